"""The desktop's list of kinds is complete against the sync registry, and every kind of queued change reads in the
user's language: in Norwegian, no description is the English one, and none leaves a placeholder unfilled."""

from datetime import UTC, datetime

import pytest

from desktop.features import EDIT_FIELDS, PENDING_KINDS
from sync.features import EDITABLE, KINDS
from sync.outbox.records import OutboxItem

BODIES = {
    "meter_reading.create": {"id": "r-1", "reading_date": "2026-11-25", "values": {"total": 1234567, "colour": 5}},
    "case.create": {"id": "c-1", "subject": "Papirstopp", "type": "support"},
    "case_message.create": {"id": "m-1", "body": "Skuff 2\nigjen"},
    "case_attachment.create": {"id": "a-1", "file_name": "bilde.png", "local_path": "attachments/c-1/a-1-bilde.png"},
    "case.action": {"action": "reopen"},
    "case.patch": {"email_updates": False},
    "me.patch": {"email_updates_default": True},
    "account.edit": {"invoice_email": "faktura@nordlys.no", "phone": "22 33 44 55", "_if_match": '"3"'},
    "order.create": {"id": "o-1", "product_id": "p-1", "lines": [{"article": "3763C002", "quantity": 2}]},
    "order.cancel": {"_from_state": "submitted"},
    "case.relocation": {"id": "c-2", "product_id": "p-1", "desired_date": "2026-12-10", "room": "Rom 301"},
    "case.removal": {"id": "c-3", "product_id": "p-1", "desired_date": "2026-12-10", "reason": "replaced"},
    "product.edit": {"room": "Rom 301", "cost_centre": "4100", "_if_match": '"3"'},
    "user.create": {"id": "u-1", "name": "Per Persen", "email": "per@example.no", "role": "customer"},
    "user.update": {"role": "admin", "active": False, "_email": "per@example.no"},
    "user.assign": {"assign": ["p-1", "p-2"], "unassign": ["p-3"], "_email": "per@example.no"},
}


class NoRows:
    """Nothing in the cache: each description must still read well."""

    def product(self, _product_id):
        return None

    def case(self, _case_id):
        return None

    def order(self, _order_id):
        return None


def _item(kind: str) -> OutboxItem:
    group = ("product:p-1" if kind.startswith("meter_reading") else "me" if kind == "me.patch"
             else "order:o-1" if kind.startswith("order.") else "case:c-1")
    return OutboxItem(seq=1, idempotency_key="k", kind=kind, method="POST", path="/x", body=BODIES[kind],
                      entity=kind.split(".")[0], entity_id="e", group_key=group, summary="(English summary)",
                      state="rejected", attempts=1, next_attempt_at=None, last_error=None, problem=None,
                      created_at=datetime(2026, 11, 25, tzinfo=UTC), sent_at=None)


def test_every_kind_the_sync_registry_knows_is_described():
    assert set(PENDING_KINDS) == set(KINDS), "each sync kind needs its PendingKind in desktop.features"
    assert set(KINDS) == set(BODIES), f"add a sample body for {sorted(set(KINDS) - set(BODIES))} to BODIES above"


def test_every_editable_entity_has_its_words_for_the_conflict_dialog():
    assert set(EDIT_FIELDS) == set(EDITABLE), "each sync.features.EDITABLE entity needs its EditFields"


def _english() -> dict[str, str]:
    return {kind: PENDING_KINDS[kind].describe(NoRows(), _item(kind)) for kind in BODIES}


@pytest.mark.parametrize("kind", sorted(BODIES))
def test_each_kind_reads_in_norwegian(qapp, kind, request):
    english = _english()[kind]
    request.getfixturevalue("norwegian_ui")
    norwegian = PENDING_KINDS[kind].describe(NoRows(), _item(kind))
    assert norwegian and norwegian != english, (english, norwegian)
    assert "{" not in norwegian and "English summary" not in norwegian
