"""The cases feature as the sync machinery sees it: seven request kinds (a new case, a reply, an attachment, a
cancel/reopen, the e-mail choice, a relocation and a removal), the feed's cases with their messages and events, and the notices a feed page's
news becomes."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from domain import problems
from domain.wire import Case, CaseAttachment, CaseEvent, CaseMessage
from sync.cases import apply as case_apply
from sync.cases.product_requests import RELOCATION_KIND, REMOVAL_KIND, RequestRows
from sync.cases.requests import (
    ACTION_KIND,
    ATTACHMENT_KIND,
    CASE_KIND,
    MESSAGE_KIND,
    PATCH_KIND,
)
from sync.cases.rows import (
    CaseAttachmentRows,
    CaseChangeRows,
    CaseMessageRows,
    CaseRows,
)
from sync.feature_spec import Feature, FeedEntity, FeedPage, RequestKind
from sync.outbox.records import LocalProblem, OutboxItem


def attachment_body(_item: OutboxItem, body: dict[str, Any], data_dir: Path | None) -> dict[str, Any]:
    """An attachment's body names our copy ("local_path", relative to the data folder); its bytes go out as base64
    read at send time, so the queue holds no megabytes of JSON and the same Idempotency-Key always carries the same
    file."""
    local_path = str(body["local_path"])
    path = (data_dir or Path()) / local_path
    try:
        data = base64.b64encode(path.read_bytes()).decode("ascii")
    except OSError as exc:
        raise LocalProblem(problems.LOCAL_ATTACHMENT_MISSING, "The attachment's file is gone",
                           f"The copy of this attachment ({local_path}) can no longer be read "
                           f"({exc.strerror or exc}); discard this item and attach the file again.",
                           {"name": str(body.get("file_name") or Path(local_path).name)}) from exc
    return {"id": body["id"], "file_name": body["file_name"], "data_base64": data}


def _news(page: FeedPage) -> case_apply.News:
    return page.state.setdefault("cases", case_apply.News(enabled=page.notify))


CASES = Feature(
    name="cases",
    kinds=(RequestKind(CASE_KIND, CaseRows(), answer=Case),
           RequestKind(MESSAGE_KIND, CaseMessageRows(), answer=CaseMessage),
           RequestKind(ATTACHMENT_KIND, CaseAttachmentRows(), answer=CaseAttachment, wire_body=attachment_body),
           RequestKind(ACTION_KIND, CaseChangeRows(), answer=Case),
           RequestKind(PATCH_KIND, CaseChangeRows(), answer=Case),
           RequestKind(RELOCATION_KIND, RequestRows(), answer=Case),
           RequestKind(REMOVAL_KIND, RequestRows(), answer=Case)),
    feed=(FeedEntity("case", lambda conn, data, _page: case_apply.upsert_case(conn, Case.model_validate(data)),
                     case_apply.delete_case),
          FeedEntity("case_message", lambda conn, data, page: case_apply.upsert_message(
              conn, CaseMessage.model_validate(data), _news(page)), case_apply.delete_message),
          FeedEntity("case_event", lambda conn, data, page: case_apply.upsert_event(
              conn, CaseEvent.model_validate(data), _news(page)), case_apply.delete_event)),
    reset=case_apply.reset_cases,
    after_page=lambda conn, page: case_apply.write_notices(conn, _news(page)),
    before_upsert={"product": case_apply.product_arriving},
    entities=("case_attachment",),
    item_product=case_apply.item_product,
)
