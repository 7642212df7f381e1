"""Case operations against the cache: offline checks of drafts and files, the optimistic rows and outbox items each
operation writes in one transaction, and what rejection and discarding do to them."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from pydantic import ValidationError
from sqlalchemy import select, update

from domain import problems
from domain import text_limits as limits
from domain.cases import CaseRuleError
from domain.clock import utc_now
from domain.problems import Problem
from domain.wire import CaseIn
from sync.cache.db import writer
from sync.cache.schema import case_attachments, case_messages, cases, notices
from sync.cases.apply import upsert_case
from sync.cases.operations import (
    ALLOWED_ATTACHMENT_SUFFIXES,
    MAX_ATTACHMENT_BYTES,
    CaseDraft,
    CaseInputError,
    UnknownCase,
    case_body,
    case_draft,
    check_attachment,
    check_case_draft,
    mark_case_read,
    queue_case,
    queue_case_action,
    queue_email_updates,
    queue_reply,
    resend_case,
)
from sync.engine import replay
from sync.engine.push import wire_request
from sync.outbox import queue as outbox
from sync.outbox.records import LocalProblem
from tests.support import email_samples
from tests.sync.case_factories import portal_case

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _draft(**changes) -> CaseDraft:
    fields = dict(type="support", product_id="p-1", category="paper_jam", subject="Paper jam in tray 2",
                  description="It jams every third sheet.", contact_name="Kari", contact_email="kari@example.no")
    return CaseDraft(**(fields | changes))


def _row(cache, table, row_id):
    with cache.connect() as conn:
        return conn.execute(select(table).where(table.c.id == row_id)).first()


# --- check_case_draft ---------------------------------------------------------------------------------------------

def test_a_good_draft_has_no_errors(cache):
    assert check_case_draft(cache, _draft()) == {}
    assert check_case_draft(cache, _draft(type="account_question", product_id=None, category="invoice")) == {}


@pytest.mark.parametrize(("changes", "field", "code", "params"), [
    ({"product_id": None}, "product_id", problems.CASE_PRODUCT_REQUIRED, {}),
    ({"product_id": "p-unknown"}, "product_id", problems.CASE_PRODUCT_UNKNOWN, {}),
    ({"type": "account_question", "category": "invoice"}, "product_id", problems.CASE_PRODUCT_NOT_EXPECTED, {}),
    ({"type": "relocation"}, "type", problems.CASE_TYPE_MISSING, {}),
    ({"category": "coffee"}, "category", problems.CASE_CATEGORY_MISSING, {}),
    ({"subject": "   "}, "subject", problems.CASE_SUBJECT_MISSING, {}),
    ({"subject": "x" * 201}, "subject", problems.CASE_SUBJECT_TOO_LONG, {"max": 200}),
    ({"description": "\n \n"}, "description", problems.CASE_DESCRIPTION_MISSING, {}),
    ({"description": "x" * 20_001}, "description", problems.CASE_DESCRIPTION_TOO_LONG, {"max": 20000}),
    ({"contact_email": "kari at example"}, "contact_email", problems.EMAIL_INVALID, {}),
    ({"contact_email": "a@b.no" + "x" * 250}, "contact_email", problems.EMAIL_TOO_LONG, {"max": 254}),
    ({"contact_name": "K" * 121}, "contact_name", problems.CASE_CONTACT_NAME_TOO_LONG, {"max": 120}),
])
def test_a_bad_draft_names_the_field_and_says_why(cache, changes, field, code, params):
    errors = check_case_draft(cache, _draft(**changes))
    assert list(errors) == [field]
    assert errors[field] == Problem(field, code, params)


def _text_of_length(field: str, length: int) -> str:
    return "k" * (length - len("@example.no")) + "@example.no" if field == "contact_email" else "x" * length


@pytest.mark.parametrize(("field", "limit"), [("subject", limits.MAX_SUBJECT), ("description", limits.MAX_TEXT),
                                              ("contact_name", limits.MAX_CONTACT_NAME),
                                              ("contact_email", limits.MAX_EMAIL)])
def test_the_offline_check_allows_exactly_what_the_wire_allows(cache, field, limit):
    at_limit = _draft(**{field: _text_of_length(field, limit)})
    assert check_case_draft(cache, at_limit) == {}
    CaseIn(**case_body("c-1", at_limit))  # the portal's own type takes it
    over = _draft(**{field: _text_of_length(field, limit + 1)})
    assert list(check_case_draft(cache, over)) == [field]
    with pytest.raises(ValidationError):
        CaseIn(**case_body("c-1", over))


@pytest.mark.parametrize("typed", email_samples.GOOD)
def test_a_good_contact_e_mail_passes_the_shared_rule(cache, typed):
    assert check_case_draft(cache, _draft(contact_email=typed)) == {}


@pytest.mark.parametrize("typed", email_samples.INVALID)
def test_an_invalid_contact_e_mail_is_refused_by_the_shared_rule(cache, typed):
    assert check_case_draft(cache, _draft(contact_email=typed)) == {
        "contact_email": Problem("contact_email", problems.EMAIL_INVALID)}


@pytest.mark.parametrize("typed", email_samples.TOO_LONG)
def test_a_too_long_contact_e_mail_is_refused_by_the_shared_rule(cache, typed):
    assert check_case_draft(cache, _draft(contact_email=typed)) == {
        "contact_email": Problem("contact_email", problems.EMAIL_TOO_LONG, {"max": limits.MAX_EMAIL})}


def test_no_contact_e_mail_is_fine(cache):
    assert check_case_draft(cache, _draft(contact_email="   ")) == {}


def test_queue_case_refuses_a_bad_draft_and_writes_nothing(cache, tmp_path):
    with pytest.raises(CaseInputError) as refused:
        queue_case(cache, _draft(subject="", product_id="p-unknown"), data_dir=tmp_path)
    assert set(refused.value.fields) == {"subject", "product_id"}
    assert [p.code for p in refused.value.problems] == [problems.CASE_PRODUCT_UNKNOWN, problems.CASE_SUBJECT_MISSING]
    assert outbox.outbox_items(cache) == []
    with cache.connect() as conn:
        assert conn.execute(select(cases)).all() == []


# --- check_attachment ---------------------------------------------------------------------------------------------

def test_allowed_files_pass(tmp_path):
    assert ALLOWED_ATTACHMENT_SUFFIXES == (".pdf", ".png", ".jpg", ".jpeg", ".txt", ".log", ".csv")
    (tmp_path / "shot.PNG").write_bytes(PNG)
    (tmp_path / "log.txt").write_text("E-501 at 10:02\n")
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.7\n...")
    assert [check_attachment(tmp_path / n) for n in ("shot.PNG", "log.txt", "doc.pdf")] == [None, None, None]


def test_bad_files_are_refused_with_a_reason(tmp_path):
    (tmp_path / "tool.exe").write_bytes(b"MZ\x90\x00")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "big.txt").write_bytes(b"a" * (MAX_ATTACHMENT_BYTES + 1))
    (tmp_path / "fake.png").write_bytes(b"GIF89a....")
    (tmp_path / "binary.log").write_bytes(b"abc\x00def")
    (tmp_path / "README").write_text("no extension")
    (tmp_path / "folder.txt").mkdir()
    found = {name: check_attachment(tmp_path / name) for name in
             ("tool.exe", "empty.txt", "big.txt", "fake.png", "binary.log", "README", "missing.pdf", "folder.txt")}
    allowed = ".pdf, .png, .jpg, .jpeg, .txt, .log, .csv"
    assert {name: (p.field, p.code, dict(p.params)) for name, p in found.items()} == {
        "tool.exe": ("attachments", problems.CASE_ATTACHMENT_TYPE_NOT_ALLOWED,
                     {"name": "tool.exe", "type": ".exe", "allowed": allowed}),
        "empty.txt": ("attachments", problems.CASE_ATTACHMENT_EMPTY, {"name": "empty.txt"}),
        "big.txt": ("attachments", problems.CASE_ATTACHMENT_TOO_LARGE, {"name": "big.txt", "max_mb": 10}),
        "fake.png": ("attachments", problems.CASE_ATTACHMENT_CONTENT_MISMATCH, {"name": "fake.png", "type": "png"}),
        "binary.log": ("attachments", problems.CASE_ATTACHMENT_BINARY_TEXT, {"name": "binary.log"}),
        "README": ("attachments", problems.CASE_ATTACHMENT_NO_EXTENSION, {"name": "README", "allowed": allowed}),
        "missing.pdf": ("attachments", problems.CASE_ATTACHMENT_MISSING, {"name": "missing.pdf"}),
        "folder.txt": ("attachments", problems.CASE_ATTACHMENT_NOT_A_FILE, {"name": "folder.txt"}),
    }


def test_an_unreadable_file_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("secret")

    def refuse(_self):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(type(path), "read_bytes", refuse)
    assert check_attachment(path) == Problem("attachments", problems.CASE_ATTACHMENT_UNREADABLE,
                                             {"name": "locked.txt", "reason": "Permission denied"})


def test_queue_case_refuses_a_bad_attachment_and_copies_nothing(cache, tmp_path):
    (tmp_path / "ok.txt").write_text("fine")
    (tmp_path / "tool.exe").write_bytes(b"MZ")
    with pytest.raises(CaseInputError) as refused:
        queue_case(cache, _draft(), [tmp_path / "ok.txt", tmp_path / "tool.exe"], data_dir=tmp_path / "data")
    assert [(p.field, p.code, p.params["name"]) for p in refused.value.problems] == [
        ("attachments", problems.CASE_ATTACHMENT_TYPE_NOT_ALLOWED, "tool.exe")]
    assert not (tmp_path / "data").exists()
    assert outbox.outbox_items(cache) == []


# --- queue_case ---------------------------------------------------------------------------------------------------

def test_queue_case_writes_the_pending_case_its_copies_and_ordered_items(cache, tmp_path):
    original = tmp_path / "photo.png"
    original.write_bytes(PNG)
    data_dir = tmp_path / "data"
    changed = queue_case(cache, _draft(subject="  Paper   jam "), [original], data_dir=data_dir)
    (case_id,) = changed["case"]
    original.unlink()  # nothing depends on the original staying

    row = _row(cache, cases, case_id)
    assert (row.number, row.state, row.sync_status, row.department, row.subject) == (
        None, "new", "pending", "technical_support", "Paper jam")
    assert row.search_text == "paper jam it jams every third sheet. sn100 bizhub c300i"
    assert row.expected_response_at > row.created_at and row.created_by == "kari@example.no"

    items = outbox.outbox_items(cache)
    assert [(i.kind, i.method, i.path, i.group_key) for i in items] == [
        ("case.create", "POST", "/cases", f"case:{case_id}"),
        ("case_attachment.create", "POST", f"/cases/{case_id}/attachments", f"case:{case_id}")]
    assert items[0].body["id"] == case_id and items[0].body["subject"] == "Paper jam"
    attachment = _row(cache, case_attachments, items[1].entity_id)
    assert (attachment.file_name, attachment.size, attachment.sync_status) == ("photo.png", len(PNG), "pending")
    assert attachment.local_path == f"attachments/{case_id}/{attachment.id}-photo.png"
    assert (data_dir / attachment.local_path).read_bytes() == PNG

    body, headers = wire_request(items[1], data_dir)
    assert headers == {} and body["file_name"] == "photo.png" and set(body) == {"id", "file_name", "data_base64"}
    assert changed["case_attachment"] == {attachment.id} and len(changed["outbox"]) == 2


def test_a_vanished_copy_cannot_be_sent_and_says_so(cache, tmp_path):
    (tmp_path / "a.txt").write_text("hello")
    queue_case(cache, _draft(), [tmp_path / "a.txt"], data_dir=tmp_path / "data")
    item = outbox.outbox_items(cache)[1]
    (tmp_path / "data" / item.body["local_path"]).unlink()
    with pytest.raises(LocalProblem) as problem:
        wire_request(item, tmp_path / "data")
    assert "can no longer be read" in problem.value.problem()["detail"]


def test_a_chosen_case_id_is_used_once(cache, tmp_path):
    changed = queue_case(cache, _draft(), data_dir=tmp_path, case_id="c-chosen")
    assert changed["case"] == {"c-chosen"}
    with pytest.raises(CaseInputError) as refused:
        queue_case(cache, _draft(), data_dir=tmp_path, case_id="c-chosen")
    assert refused.value.problems == (Problem("id", problems.CASE_ID_TAKEN),)


def test_discarding_a_queued_case_takes_its_replies_attachments_and_items_along(cache, tmp_path):
    (tmp_path / "a.txt").write_text("hello")
    case_id = next(iter(queue_case(cache, _draft(), [tmp_path / "a.txt"], data_dir=tmp_path)["case"]))
    queue_reply(cache, case_id, "More details", data_dir=tmp_path)
    first = outbox.outbox_items(cache)[0]
    changed = replay.discard(cache, first.seq)
    assert changed["case"] == {case_id} and changed["outbox"] is None
    assert outbox.outbox_items(cache) == []
    with cache.connect() as conn:
        assert conn.execute(select(cases)).all() == []
        assert conn.execute(select(case_messages)).all() == []
        assert conn.execute(select(case_attachments)).all() == []


def test_a_rejected_case_is_marked_and_the_user_gets_a_notice(cache, tmp_path):
    case_id = next(iter(queue_case(cache, _draft(), data_dir=tmp_path)["case"]))
    item = outbox.outbox_items(cache)[0]
    assert outbox.claim(cache, item.seq)
    changed = replay.rejected(cache, item, {"title": "Not found", "status": 404, "code": "not_found",
                                                 "detail": "The product does not exist or is not visible to you."})
    assert changed["case"] == {case_id}
    assert _row(cache, cases, case_id).sync_status == "rejected"
    with cache.connect() as conn:
        notice = conn.execute(select(notices)).one()
    assert (notice.kind, notice.entity, notice.entity_id) == ("rejected", "outbox", str(item.seq))
    assert notice.title == "New case: Paper jam in tray 2"
    assert json.loads(notice.detail) == {"code": "not_found", "params": {}, "errors": [], "about": "case"}
    assert "not visible to you" not in notice.detail  # the portal's English is for the log


def test_a_rejected_case_corrected_by_the_user_goes_again_with_its_files_behind_it(cache, tmp_path):
    photo = tmp_path / "jam.png"
    photo.write_bytes(PNG)
    case_id = next(iter(queue_case(cache, _draft(), [photo], data_dir=tmp_path / "data")["case"]))
    create, attachment = outbox.outbox_items(cache)
    assert outbox.claim(cache, create.seq)
    replay.rejected(cache, create, {"title": "Not found", "status": 404, "code": "not_found"})

    fixed = _draft(product_id="p-2", category="print_quality", subject="Faded print", description="Pale pages.")
    changed = resend_case(cache, create.seq, fixed)
    assert changed == {"case": {case_id}, "outbox": {str(create.seq)}}
    again, held = outbox.outbox_items(cache)
    assert (again.seq, again.state, again.summary) == (create.seq, "queued", "New case: Faded print")
    assert again.idempotency_key != create.idempotency_key  # the old key belongs to the old body
    assert again.body == case_body(case_id, fixed) and (held.seq, held.state) == (attachment.seq, "queued")
    row = _row(cache, cases, case_id)
    assert (row.sync_status, row.product_id, row.category, row.department, row.subject) == (
        "pending", "p-2", "print_quality", "technical_support", "Faded print")
    assert "sn200" in row.search_text and "sn100" not in row.search_text


def test_a_correction_is_checked_and_only_a_rejected_case_can_take_one(cache, tmp_path):
    queue_case(cache, _draft(), data_dir=tmp_path)
    item = outbox.outbox_items(cache)[0]
    with pytest.raises(outbox.OutboxStateError):
        resend_case(cache, item.seq, _draft())  # still queued: nothing to correct
    assert outbox.claim(cache, item.seq)
    replay.rejected(cache, item, {"title": "No", "status": 422, "code": "validation"})
    with pytest.raises(CaseInputError) as refused:
        resend_case(cache, item.seq, _draft(subject="  ", product_id="p-nowhere"))
    assert set(refused.value.fields) == {"subject", "product_id"}
    assert outbox.outbox_items(cache)[0].state == "rejected"
    assert case_draft(item.body) == _draft()  # the dialog starts from what was sent


# --- replies, actions, e-mail, read -------------------------------------------------------------------------------

def _synced_case(cache, state="awaiting_customer", **changes):
    with writer(cache).begin() as conn:
        upsert_case(conn, portal_case("c-1", state=state, **changes))
    return "c-1"


def test_a_reply_is_pending_moves_an_awaiting_case_on_and_is_put_back_when_rejected(cache, tmp_path):
    case_id = _synced_case(cache)
    changed = queue_reply(cache, case_id, "  Tried that, still jams.  ", data_dir=tmp_path)
    (message_id,) = changed["case_message"]
    message = _row(cache, case_messages, message_id)
    assert (message.body, message.author_kind, message.author_name, message.sync_status) == (
        "Tried that, still jams.", "customer", "Kari", "pending")
    assert _row(cache, cases, case_id).state == "in_progress"
    item = outbox.outbox_items(cache)[0]
    assert (item.path, item.group_key, item.entity) == (f"/cases/{case_id}/messages", "case:c-1", "case_message")
    body, _ = wire_request(item, tmp_path)
    assert body == {"id": message_id, "body": "Tried that, still jams."}  # our "_" keys stay home

    assert outbox.claim(cache, item.seq)
    replay.rejected(cache, item, {"title": "No", "status": 422, "code": "case.transition_not_allowed"})
    assert _row(cache, case_messages, message_id).sync_status == "rejected"
    assert _row(cache, cases, case_id).state == "awaiting_customer"


def test_replies_are_refused_on_closed_cases_and_empty_ones_anywhere(cache, tmp_path):
    _synced_case(cache, state="closed")
    with pytest.raises(CaseRuleError):
        queue_reply(cache, "c-1", "hello?", data_dir=tmp_path)
    with pytest.raises(CaseInputError) as refused:
        queue_reply(cache, "c-1", "   ", data_dir=tmp_path)
    assert refused.value.problems == (Problem("body", problems.CASE_REPLY_MISSING),)
    with pytest.raises(UnknownCase):
        queue_reply(cache, "c-nowhere", "hello", data_dir=tmp_path)
    assert outbox.outbox_items(cache) == []


def test_cancel_is_optimistic_and_discarding_it_puts_the_state_back(cache):
    case_id = _synced_case(cache, state="in_progress")
    queue_case_action(cache, case_id, "cancel")
    assert _row(cache, cases, case_id).state == "cancelled"
    item = outbox.outbox_items(cache)[0]
    assert (item.kind, item.path, item.entity, wire_request(item, None)[0]) == (
        "case.action", "/cases/c-1/actions", "case", {"action": "cancel"})
    replay.discard(cache, item.seq)
    assert _row(cache, cases, case_id).state == "in_progress"


def test_reopen_is_checked_offline_against_the_14_day_window(cache):
    old = utc_now() - timedelta(days=15)
    _synced_case(cache, state="resolved", resolved_at=old)
    with pytest.raises(CaseRuleError) as refused:
        queue_case_action(cache, "c-1", "reopen")
    assert refused.value.code == "case.reopen_window_passed"
    with pytest.raises(CaseRuleError):
        queue_case_action(cache, "c-1", "cancel")
    with pytest.raises(CaseRuleError):
        queue_case_action(cache, "c-1", "close")  # an agent's action
    assert outbox.outbox_items(cache) == []


def test_a_rejected_reopen_puts_the_resolved_state_back(cache):
    resolved = utc_now() - timedelta(days=2)
    _synced_case(cache, state="resolved", resolved_at=resolved)
    queue_case_action(cache, "c-1", "reopen")
    assert (_row(cache, cases, "c-1").state, _row(cache, cases, "c-1").resolved_at) == ("in_progress", None)
    item = outbox.outbox_items(cache)[0]
    assert outbox.claim(cache, item.seq)
    replay.rejected(cache, item, {"title": "No", "status": 422, "code": "case.transition_not_allowed"})
    row = _row(cache, cases, "c-1")
    assert row.state == "resolved" and row.resolved_at is not None


def test_email_updates_patch_carries_if_match_and_a_queued_case_takes_it_in_place(cache, tmp_path):
    _synced_case(cache, version=4)
    queue_email_updates(cache, "c-1", False)
    item = outbox.outbox_items(cache)[0]
    assert (item.kind, item.method, item.path) == ("case.patch", "PATCH", "/cases/c-1")
    assert wire_request(item, None) == ({"email_updates": False}, {"If-Match": '"4"'})
    assert _row(cache, cases, "c-1").email_updates == 0

    pending = next(iter(queue_case(cache, _draft(), data_dir=tmp_path)["case"]))
    queue_email_updates(cache, pending, False)
    create = [i for i in outbox.outbox_items(cache) if i.entity_id == pending]
    assert len(create) == 1 and create[0].body["email_updates"] is False


def test_mark_case_read(cache):
    _synced_case(cache)
    with writer(cache).begin() as conn:
        conn.execute(update(cases).values(unread=1))
    assert mark_case_read(cache, "c-1") == {"case": {"c-1"}}
    assert _row(cache, cases, "c-1").unread == 0
    assert mark_case_read(cache, "c-1") == {}


def test_the_body_of_a_case_item_is_a_valid_case_in(cache, tmp_path):
    from domain.wire import CaseIn
    queue_case(cache, _draft(type="account_question", product_id=None, category="invoice"), data_dir=tmp_path)
    item = outbox.outbox_items(cache)[0]
    CaseIn.model_validate(json.loads(json.dumps(wire_request(item, tmp_path)[0])))
    assert datetime.fromisoformat(_row(cache, cases, item.entity_id).expected_response_at) > datetime.now(timezone.utc)


def test_the_portal_judges_files_with_the_offline_rule_itself():
    from domain import attachments as shared
    from portal import attachments as portal_rules
    assert portal_rules.rules is shared and shared.MAX_BYTES == portal_rules.MAX_BYTES == MAX_ATTACHMENT_BYTES
    assert not hasattr(portal_rules, "CONTENT_TYPES") and not hasattr(portal_rules, "MAGIC"), "no copy to drift"


class _ThreadClient:
    """Answers a reply like the portal; any other request is a test failure."""
    base_url = "http://portal.test"

    def __init__(self):
        self.sent = []

    def send(self, method, path, body, *, idempotency_key):
        self.sent.append(path)
        assert path.endswith("/messages"), f"unexpected request {method} {path}"
        from sync.api import Answer
        return Answer(201, {"id": body["id"], "case_id": "c-1", "author_kind": "customer", "author_name": "Kari",
                            "body": body["body"], "created_at": utc_now().isoformat()}, False)


def test_push_rejects_an_attachment_whose_copy_is_gone_and_sends_the_rest(cache, tmp_path):
    from sync.api.backoff import Backoff
    from sync.engine.push import push
    _synced_case(cache, state="in_progress")
    (tmp_path / "a.txt").write_text("hello")
    changed = queue_reply(cache, "c-1", "See the log.", [tmp_path / "a.txt"], data_dir=tmp_path / "data")
    (attachment_id,) = changed["case_attachment"]
    for copy in (tmp_path / "data").rglob("*.txt"):
        copy.unlink()
    client = _ThreadClient()
    result = push(cache, client, backoff=Backoff(base=0), now=utc_now, progress=lambda *a: None,
                  cancelled=lambda: False, data_dir=tmp_path / "data")
    assert (result.pushed, result.rejected, client.sent) == (1, 1, ["/cases/c-1/messages"])
    item = outbox.item_for_entity(cache, "case_attachment", attachment_id)
    assert item.state == "rejected" and item.problem["code"] == "local.attachment_missing"
    assert "can no longer be read" in item.reason
    assert _row(cache, case_attachments, attachment_id).sync_status == "rejected"
    with cache.connect() as conn:
        assert [(n.kind, n.entity_id) for n in conn.execute(select(notices))] == [("rejected", str(item.seq))]


def test_email_updates_behind_our_own_unsent_changes_goes_without_if_match(cache, tmp_path):
    _synced_case(cache, state="in_progress", version=2)
    queue_reply(cache, "c-1", "A reply first", data_dir=tmp_path)
    queue_email_updates(cache, "c-1", False)
    patch = outbox.outbox_items(cache)[-1]
    assert patch.kind == "case.patch" and wire_request(patch, None) == ({"email_updates": False}, {})
