"""A queued change of the user's own preferences reads as what it changes: the e-mail default, the service desk's
language, or both, in the user's language."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

from desktop import i18n
from desktop.views.account.pending_kinds import describe_preferences
from sync.outbox.records import OutboxItem


def _item(body: dict) -> OutboxItem:
    return OutboxItem(seq=1, idempotency_key="k", kind="me.patch", method="PATCH", path="/me", body=body,
                      entity="me", entity_id="1", group_key="me", summary="(English summary)", state="queued",
                      attempts=0, next_attempt_at=None, last_error=None, problem=None,
                      created_at=datetime(2026, 11, 25, tzinfo=UTC), sent_at=None)


@pytest.fixture(params=["en", "nb"])
def language(request, qapp):
    previous = QLocale()
    assert i18n.install_language(request.param) == request.param
    yield request.param
    i18n.reset()
    QLocale.setDefault(previous)


EXPECTED = {
    "en": ("New cases: e-mail updates off", "The service desk writes to you in English",
           "The service desk writes to you in Norwegian bokmål"),
    "nb": ("Nye saker: e-postvarsler av", "Kundeservice skriver til deg på engelsk",
           "Kundeservice skriver til deg på norsk bokmål"),
}


def test_each_preference_reads_as_what_it_changes(language):
    off, english, bokmal = EXPECTED[language]
    assert describe_preferences(None, _item({"email_updates_default": False, "_from_email_updates_default": True})) \
        == off
    assert describe_preferences(None, _item({"language": "en", "_from_language": "nb"})) == english
    assert describe_preferences(None, _item({"language": "nb", "_from_language": None})) == bokmal
    both = describe_preferences(None, _item({"email_updates_default": False, "language": "en"}))
    assert both == f"{off}; {english}"
