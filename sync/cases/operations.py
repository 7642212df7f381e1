"""The app's writes on support cases. Each is ONE write transaction: the optimistic cache rows and their outbox items
together, so a case, reply or action is either on screen *and* queued for the portal, or neither.

Items of one case share the group key `case:<id>`, so a case's creation, its attachments, replies and actions reach
the portal in the order the user made them, and a rejected one holds the rest until the user acts.

Attachments are copied into `<data_dir>/attachments/<case_id>/<attachment_id>-<name>` when queued (nothing depends
on the original staying where it was); the outbox item names the copy and `sync.engine.push` reads it at send time.

Body keys starting with "_" stay local (`sync.engine.push.wire_request` strips them): "_if_match" is sent as the If-Match
header, "_from_state"/"_to_state" (with the resolved and expected answer times before the move) and
"_from_email_updates" let a rejected or discarded item put back what its optimistic change replaced
(`sync.cases.rows`).
"""

from __future__ import annotations

import re
import shutil
import uuid
from pathlib import Path
from typing import Sequence

from sqlalchemy import Connection, Engine, insert, select, update

from domain import attachments as rules
from domain import cases as case_rules
from domain import problems
from domain.cases import CaseRuleError, check_transition
from domain.clock import utc_now
from domain.email import email_problem
from domain.problems import Problem
from domain.text_limits import (
    MAX_CONTACT_NAME,
    MAX_EMAIL,
    MAX_SUBJECT,
    MAX_TEXT,
    one_line_problem,
)
from sync.cache.changed import Changed, merge_changed
from sync.cache.db import writer
from sync.cache.schema import case_attachments, case_messages, cases, me, products
from sync.cache.schema import outbox as queue
from sync.cache.stamps import from_iso, to_iso
from sync.cases.apply import case_title
from sync.cases.drafts import CaseDraft, case_body, case_draft, draft_row_values  # noqa: F401 - CaseDraft: callers import it from here
from sync.cases.drafts import tidy as _tidy
from sync.cases.requests import (
    ACTION_KIND,
    ATTACHMENT_KIND,
    CASE_KIND,
    MESSAGE_KIND,
    PATCH_KIND,
    group_key,
    recounted_deadline,
)
from sync.cases.rows import CaseRows
from sync.outbox import queue as outbox

ALLOWED_ATTACHMENT_SUFFIXES: tuple[str, ...] = rules.ALLOWED_SUFFIXES
MAX_ATTACHMENT_BYTES = rules.MAX_BYTES
ATTACHMENTS_FOLDER = "attachments"
_UNSAFE_NAME = re.compile(r"[^\w.\- ]+")



class CaseInputError(ValueError):
    """The input breaks a rule; `problems` says which, each with its field, code and params (no sentence: the
    desktop and the command line word them). `str()` is for logs."""

    def __init__(self, found: Sequence[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in found))
        self.problems = tuple(found)

    @property
    def fields(self) -> dict[str, list[Problem]]:
        """The problems per field, in the order found."""
        grouped: dict[str, list[Problem]] = {}
        for problem in self.problems:
            grouped.setdefault(problem.field, []).append(problem)
        return grouped


class UnknownCase(LookupError):
    """The case is not in the cache (never synced, or no longer visible to this user)."""


# --- checks -------------------------------------------------------------------------------------------------------

def check_case_draft(engine: Engine, draft: CaseDraft) -> dict[str, Problem]:
    """Every problem with a draft, one per field ({} when it can be queued). Offline: the product must be in the cache."""
    with engine.connect() as conn:
        return _draft_errors(conn, draft)


def check_attachment(path: Path) -> Problem | None:
    """None when the file can be attached, else why not (missing, unreadable, empty, too large, type not allowed,
    content that does not match its type). Reads the file (at most 10 MB): call it off the UI thread for big files."""
    path = Path(path)
    problem = rules.type_problem(path.name)
    if problem:
        return problem
    try:
        if not path.is_file():
            return rules.file_problem(path.name, problems.CASE_ATTACHMENT_NOT_A_FILE if path.exists()
                                      else problems.CASE_ATTACHMENT_MISSING)
        if path.stat().st_size > MAX_ATTACHMENT_BYTES:
            return rules.too_large(path.name)
        data = path.read_bytes()
    except OSError as exc:
        return rules.file_problem(path.name, problems.CASE_ATTACHMENT_UNREADABLE, reason=_os_reason(exc))
    return rules.content_problem(path.name, data)


# --- operations ---------------------------------------------------------------------------------------------------

def queue_case(engine: Engine, draft: CaseDraft, attachments: Sequence[Path] = (), *, data_dir: Path,
               case_id: str | None = None) -> Changed:
    """Queue a new case and its attachments (copied into the data folder). The new id is the one in changed["case"].
    Raises CaseInputError."""
    draft = _tidy(draft)
    case_id = case_id or str(uuid.uuid4())
    with engine.connect() as conn:
        errors = _draft_errors(conn, draft)
        if conn.execute(select(cases.c.id).where(cases.c.id == case_id)).first() is not None:
            errors["id"] = Problem("id", problems.CASE_ID_TAKEN)
    found = [*errors.values(), *_attachment_problems(attachments)]
    if found:
        raise CaseInputError(found)
    copies = _copy_all(data_dir, case_id, attachments)
    try:
        with writer(engine).begin() as conn:
            changed = _insert_case(conn, case_id, draft)
            return merge_changed(changed, _queue_attachments(conn, data_dir, case_id, copies, draft.subject, None))
    except BaseException:
        _remove_copies(data_dir, copies)
        raise


def resend_case(engine: Engine, seq: int, draft: CaseDraft) -> Changed:
    """The user corrected a rejected new case: queue it again as `draft` (a new key; the case keeps its id, and the
    attachments and replies held behind it follow it). Raises CaseInputError, outbox.OutboxStateError when the item
    is not a rejected case any more."""
    draft = _tidy(draft)
    item = outbox.outbox_item(engine, seq)
    if item is None or item.kind != CASE_KIND or item.state != "rejected":
        raise outbox.OutboxStateError("This case is no longer waiting for a correction.",
                                      state=item.state if item is not None else None)
    with engine.connect() as conn:
        errors = _draft_errors(conn, draft)
    if errors:
        raise CaseInputError(list(errors.values()))
    body = case_body(item.entity_id, draft)
    with writer(engine).begin() as conn:
        outbox.requeue(conn, seq, body, summary=f"New case: {draft.subject}")
        CaseRows().resent(conn, item.entity_id, body)
    return {"case": {item.entity_id}, "outbox": {str(seq)}}



def queue_reply(engine: Engine, case_id: str, body: str, attachments: Sequence[Path] = (), *,
                data_dir: Path) -> Changed:
    """Queue a reply in the case's thread (and its attachments). Raises CaseInputError for bad text or files,
    CaseRuleError when the case takes no replies (resolved, closed, cancelled), UnknownCase."""
    text = body.strip()
    found: list[Problem] = []
    if not text:
        found.append(Problem("body", problems.CASE_REPLY_MISSING))
    elif len(text) > MAX_TEXT:
        found.append(Problem("body", problems.CASE_REPLY_TOO_LONG, {"max": MAX_TEXT}))
    found += _attachment_problems(attachments)
    if found:
        raise CaseInputError(found)
    with engine.connect() as conn:
        _reply_target(_case(conn, case_id))  # refuse before copying any file
    copies = _copy_all(data_dir, case_id, attachments)
    try:
        with writer(engine).begin() as conn:
            case = _case(conn, case_id)  # again: a sync may have moved it meanwhile
            changed = _insert_message(conn, case, text, _reply_target(case))
            return merge_changed(changed, _queue_attachments(conn, data_dir, case_id, copies, case.subject,
                                                                  case.number))
    except BaseException:
        _remove_copies(data_dir, copies)
        raise


def queue_case_action(engine: Engine, case_id: str, action: str) -> Changed:
    """Queue "cancel" or "reopen". Raises CaseRuleError when the cached case does not allow it, UnknownCase."""
    if action not in ("cancel", "reopen"):
        raise CaseRuleError(problems.CASE_TRANSITION_NOT_ALLOWED, f"Unknown action '{action}'.")
    with writer(engine).begin() as conn:
        case = _case(conn, case_id)
        target = check_transition(case.state, action, actor_role="customer", resolved_at=from_iso(case.resolved_at),
                                  now=utc_now())
        now = utc_now()
        values = {"state": target, "last_activity_at": _later(case.last_activity_at, now),
                  "expected_response_at": recounted_deadline(conn, case, target, now)}
        if action == "reopen":
            values["resolved_at"] = None
        conn.execute(update(cases).where(cases.c.id == case_id).values(**values))
        verb = "Cancel" if action == "cancel" else "Reopen"
        item = outbox.enqueue(
            conn, kind=ACTION_KIND, method="POST", path=f"/cases/{case_id}/actions",
            body={"action": action, **_moved(case, target)}, entity="case", entity_id=case_id,
            group_key=group_key(case_id), summary=f"{verb} case {case_title(case.number, case.subject)}", now=now)
        return {"case": {case_id}, "outbox": {str(item.seq)}}


def queue_email_updates(engine: Engine, case_id: str, on: bool) -> Changed:
    """Queue the per-case e-mail choice: PATCH with If-Match on the cached version. A case still waiting in the queue
    takes the choice into its own creation instead when that was never tried (one request, no version to match).

    When earlier changes of the case still wait in the queue (a reply with a file, a reopen), each will move the
    portal's version past the cached one, so the PATCH goes without If-Match rather than being refused for our own
    changes: the choice is the user's own setting, the last word is theirs."""
    with writer(engine).begin() as conn:
        case = _case(conn, case_id)
        conn.execute(update(cases).where(cases.c.id == case_id).values(email_updates=int(on)))
        create = _queued_create(conn, case_id)
        if create is not None and outbox.update_body(conn, create.seq, {**create.body, "email_updates": bool(on)}):
            return {"case": {case_id}, "outbox": {str(create.seq)}}
        body = {"email_updates": bool(on), "_from_email_updates": bool(case.email_updates)}
        if case.version and not _unsent_in_group(conn, case_id):
            body["_if_match"] = f'"{case.version}"'
        item = outbox.enqueue(
            conn, kind=PATCH_KIND, method="PATCH", path=f"/cases/{case_id}", body=body, entity="case",
            entity_id=case_id, group_key=group_key(case_id),
            summary=f"E-mail updates {'on' if on else 'off'} for case {case_title(case.number, case.subject)}")
        return {"case": {case_id}, "outbox": {str(item.seq)}}


def mark_case_read(engine: Engine, case_id: str) -> Changed:
    """The user looked at the case: unread = 0 (local only, nothing is sent)."""
    with writer(engine).begin() as conn:
        done = conn.execute(update(cases).where(cases.c.id == case_id, cases.c.unread != 0).values(unread=0)).rowcount
    return {"case": {case_id}} if done else {}


def attachment_folder(data_dir: Path, case_id: str) -> Path:
    """Where the files of a case live: our copies and the downloads."""
    return Path(data_dir) / ATTACHMENTS_FOLDER / _safe_name(case_id)


def local_file_name(attachment_id: str, file_name: str) -> str:
    """`<attachment id>-<name>`: unique within the case folder, still recognisable when opened."""
    return f"{_safe_name(attachment_id)}-{_safe_name(Path(file_name).name) or 'file'}"


# --- the rows -----------------------------------------------------------------------------------------------------

def _insert_case(conn: Connection, case_id: str, draft: CaseDraft) -> Changed:
    now = utc_now()
    who = _me(conn)
    conn.execute(insert(cases).values(
        id=case_id, number=None, state="new", created_at=to_iso(now), created_by=who.email, resolved_at=None,
        version=0, last_activity_at=to_iso(now), unread=0, sync_status="pending",
        **draft_row_values(conn, draft, now)))
    item = outbox.enqueue(conn, kind=CASE_KIND, method="POST", path="/cases", body=case_body(case_id, draft),
                          entity="case", entity_id=case_id, group_key=group_key(case_id),
                          summary=f"New case: {draft.subject}")
    return {"case": {case_id}, "outbox": {str(item.seq)}}



def _insert_message(conn: Connection, case, text: str, target: str) -> Changed:
    now = utc_now()
    message_id = str(uuid.uuid4())
    conn.execute(insert(case_messages).values(
        id=message_id, case_id=case.id, author_kind="customer", author_name=_me(conn).name, body=text,
        created_at=to_iso(now), sync_status="pending"))
    conn.execute(update(cases).where(cases.c.id == case.id).values(
        state=target, last_activity_at=_later(case.last_activity_at, now),
        expected_response_at=recounted_deadline(conn, case, target, now)))
    body = {"id": message_id, "body": text}
    if target != case.state:
        body |= _moved(case, target)
    item = outbox.enqueue(conn, kind=MESSAGE_KIND, method="POST", path=f"/cases/{case.id}/messages", body=body,
                          entity="case_message", entity_id=message_id, group_key=group_key(case.id),
                          summary=f"Reply on case {case_title(case.number, case.subject)}: {_first_line(text)}",
                          now=now)
    return {"case_message": {message_id}, "case": {case.id}, "outbox": {str(item.seq)}}


def _moved(case, target: str) -> dict:
    """The local body keys that let a refused or discarded move of `case` to `target` be put back
    (`sync.cases.rows`)."""
    return {"_from_state": case.state, "_to_state": target, "_from_resolved_at": case.resolved_at,
            "_from_expected_response_at": case.expected_response_at}


def _queue_attachments(conn: Connection, data_dir: Path, case_id: str, copies: Sequence[tuple[str, str, Path]],
                       subject: str, number: str | None) -> Changed:
    if not copies:
        return {}
    now, who = utc_now(), _me(conn)
    ids, seqs = set(), set()
    for attachment_id, file_name, relative in copies:
        conn.execute(insert(case_attachments).values(
            id=attachment_id, case_id=case_id, file_name=file_name,
            content_type=rules.CONTENT_TYPES.get(rules.extension_of(file_name), ""),
            size=(Path(data_dir) / relative).stat().st_size, created_at=to_iso(now), uploaded_by=who.email,
            local_path=relative.as_posix(), sync_status="pending"))
        ids.add(attachment_id)
        seqs.add(str(outbox.enqueue(
            conn, kind=ATTACHMENT_KIND, method="POST", path=f"/cases/{case_id}/attachments",
            body={"id": attachment_id, "file_name": file_name, "local_path": relative.as_posix()},
            entity="case_attachment", entity_id=attachment_id, group_key=group_key(case_id),
            summary=f"Attachment {file_name} for case {case_title(number, subject)}").seq))
    return {"case_attachment": ids, "outbox": seqs}


# --- attachments on disk ------------------------------------------------------------------------------------------

def _attachment_problems(paths: Sequence[Path]) -> list[Problem]:
    return [problem for p in paths if (problem := check_attachment(Path(p)))]


def _os_reason(exc: OSError) -> str:
    """The system's own words for a file error (in the system's language), for the user to act on."""
    return str(exc.strerror or exc)


def _copy_all(data_dir: Path, case_id: str, paths: Sequence[Path]) -> list[tuple[str, str, Path]]:
    """Copy each file into the case's folder: (attachment id, original name, path relative to the data folder)."""
    copies: list[tuple[str, str, Path]] = []
    folder = attachment_folder(data_dir, case_id)
    try:
        for path in paths:
            path = Path(path)
            folder.mkdir(parents=True, exist_ok=True)
            attachment_id = str(uuid.uuid4())
            target = folder / local_file_name(attachment_id, path.name)
            shutil.copyfile(path, target)
            copies.append((attachment_id, path.name, target.relative_to(data_dir)))
    except OSError as exc:
        _remove_copies(data_dir, copies)
        raise CaseInputError([rules.file_problem(Path(path).name, problems.CASE_ATTACHMENT_COPY_FAILED,
                                                 reason=_os_reason(exc))]) from exc
    return copies


def _remove_copies(data_dir: Path, copies: Sequence[tuple[str, str, Path]]) -> None:
    for _id, _name, relative in copies:
        (Path(data_dir) / relative).unlink(missing_ok=True)


def _safe_name(name: str) -> str:
    return _UNSAFE_NAME.sub("_", name).strip(" .")[:100]


# --- helpers ------------------------------------------------------------------------------------------------------

def _draft_errors(conn: Connection, draft: CaseDraft) -> dict[str, Problem]:
    draft = _tidy(draft)
    found = [_type_problem(conn, draft),
             _text_problem("subject", draft.subject, MAX_SUBJECT, problems.CASE_SUBJECT_MISSING,
                           problems.CASE_SUBJECT_TOO_LONG, one_line=True),
             _text_problem("description", draft.description, MAX_TEXT, problems.CASE_DESCRIPTION_MISSING,
                           problems.CASE_DESCRIPTION_TOO_LONG),
             _text_problem("contact_name", draft.contact_name, MAX_CONTACT_NAME, None,
                           problems.CASE_CONTACT_NAME_TOO_LONG, one_line=True)]
    if draft.category not in (case_rules.categories_for(draft.type) or case_rules.CATEGORIES):
        found.append(Problem("category", problems.CASE_CATEGORY_MISSING))
    if draft.contact_email and (code := email_problem(draft.contact_email)):
        found.append(Problem("contact_email", code, {"max": MAX_EMAIL} if code == problems.EMAIL_TOO_LONG else {}))
    return {p.field: p for p in _in_form_order(found)}


def _type_problem(conn: Connection, draft: CaseDraft) -> Problem | None:
    if draft.type not in case_rules.CASE_TYPES or draft.type in case_rules.REQUEST_TYPES:  # requests: their own form
        return Problem("type", problems.CASE_TYPE_MISSING)
    if draft.type != "support":
        return Problem("product_id", problems.CASE_PRODUCT_NOT_EXPECTED) if draft.product_id else None
    if not draft.product_id:
        return Problem("product_id", problems.CASE_PRODUCT_REQUIRED)
    if conn.execute(select(products.c.id).where(products.c.id == draft.product_id)).first() is None:
        return Problem("product_id", problems.CASE_PRODUCT_UNKNOWN)
    return None


def _text_problem(name: str, text: str, limit: int, missing: str | None, too_long: str, *,
                  one_line: bool = False) -> Problem | None:
    if not text:
        return Problem(name, missing) if missing else None
    if len(text) > limit:
        return Problem(name, too_long, {"max": limit})
    return one_line_problem(name, text) if one_line else None


_FORM_ORDER = ("type", "product_id", "category", "subject", "description", "contact_name", "contact_email")


def _in_form_order(found: Sequence[Problem | None]) -> list[Problem]:
    return sorted((p for p in found if p), key=lambda p: _FORM_ORDER.index(p.field))



def _case(conn: Connection, case_id: str):
    row = conn.execute(select(cases).where(cases.c.id == case_id)).first()
    if row is None:
        raise UnknownCase(f"Case {case_id} is not in the local data; synchronise first.")
    return row


def _reply_target(case) -> str:
    """The state a reply takes the case to; CaseRuleError when it takes no replies."""
    return check_transition(case.state, "reply", actor_role="customer", resolved_at=from_iso(case.resolved_at),
                            now=utc_now())


def _queued_create(conn: Connection, case_id: str):
    """The case's creation while it still waits in the queue (not yet on its way), else None."""
    return outbox.queued_item(conn, CASE_KIND, case_id)


def _unsent_in_group(conn: Connection, case_id: str) -> bool:
    return conn.execute(select(queue.c.seq).where(queue.c.group_key == group_key(case_id),
                                                  queue.c.state.in_(outbox.UNSENT_STATES)).limit(1)).first() is not None


def _me(conn: Connection):
    row = conn.execute(select(me.c.email, me.c.name)).first()
    if row is None:
        raise UnknownCase("Nobody is signed in to this cache; sign in first.")
    return row


def _later(current: str, moment) -> str:
    return max(current, to_iso(moment))


def _first_line(text: str, limit: int = 60) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[:limit - 1] + "…"
