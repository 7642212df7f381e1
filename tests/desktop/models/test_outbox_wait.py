"""Why a change waits, worded from its code: never the English sentence for the log (it names the URL with ids)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest

from desktop.models.outbox import reason_text
from desktop.models.outbox_wait import wait_reason
from sync.outbox.records import OutboxItem

pytestmark = pytest.mark.usefixtures("english_ui")

LOG_TEXT = "The portal cannot be reached (http://127.0.0.1:8000/v1/products/0b6e…/meter-readings)"
ITEM = OutboxItem(seq=1, idempotency_key="k", kind="meter_reading.create", method="POST", path="/x", body={},
                  entity="meter_reading", entity_id="r", group_key="product:p", summary="s", state="queued",
                  attempts=1, next_attempt_at=None, last_error=LOG_TEXT, problem=None,
                  created_at=datetime(2026, 12, 3, tzinfo=timezone.utc), sent_at=None)


@pytest.mark.parametrize(("code", "params", "expected"), [
    ("portal.unreachable", {}, "The portal could not be reached. It is sent as soon as the connection is back."),
    ("portal.server_error", {"status": 503},
     "The portal had a problem of its own (HTTP 503). It is tried again by itself."),
    ("portal.server_error", {}, "The portal had a problem of its own. It is tried again by itself."),
    ("portal.teapot", {},
     "The last attempt did not get through (problem portal.teapot). It is tried again by itself."),
    (None, {}, "The last attempt did not get through. It is tried again by itself."),
])
def test_each_wait_code_has_its_words(code, params, expected):
    item = replace(ITEM, wait_code=code, wait_params=params)
    assert wait_reason(item) == reason_text(item) == expected
    assert "http" not in expected


def test_an_item_never_tried_or_refused_does_not_wait():
    assert wait_reason(replace(ITEM, attempts=0, last_error=None)) == ""
    refused = replace(ITEM, state="rejected", wait_code=None, problem={"detail": "Already read today"})
    assert wait_reason(refused) == "" and reason_text(refused) == "The portal refused this change."
