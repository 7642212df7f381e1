"""The users' queued writes in the cache, without a portal: what is checked offline, what the optimistic rows show,
that two offline changes make one request, and what a refusal or a discard puts back."""

from __future__ import annotations

import pytest

from domain import problems
from domain.wire import User
from sync.cache.db import writer
from sync.cache.schema import me
from sync.engine import replay
from sync.outbox import queue as outbox
from sync.users import queries
from sync.users.apply import write_user
from sync.users.operations import (
    UserInputError,
    queue_assignments,
    queue_create_user,
    queue_user_change,
)
from sync.users.records import PickerFilter


@pytest.fixture
def admin_cache(cache):
    """The seeded cache (p-1, p-2, p-3) as the administrator Anne sees it, with the customer Kari owning p-1."""
    with writer(cache).begin() as conn:
        conn.execute(me.update().values(role="admin", user_id="u-anne", email="anne@example.no"))
        write_user(conn, User(id="u-anne", email="anne@example.no", name="Anne", role="admin", account_id="a-1"))
        write_user(conn, User(id="u-1", email="kari@example.no", name="Kari", role="customer", account_id="a-1",
                              assigned_product_ids=["p-1"], version=4))
    return cache


def user(engine, user_id):
    return next(u for u in queries.managed_users(engine) if u.id == user_id)


def refused(call) -> list[tuple[str, str]]:
    with pytest.raises(UserInputError) as caught:
        call()
    return [(p.field, p.code) for p in caught.value.problems]


def test_a_new_user_is_checked_offline_and_shown_at_once(admin_cache):
    assert refused(lambda: queue_create_user(admin_cache, "", "KARI@example.no")) == [
        ("name", problems.USER_NAME_MISSING), ("email", problems.USER_EMAIL_TAKEN)]
    assert refused(lambda: queue_create_user(admin_cache, "Per", "per@example.no", product_ids=["nope"])) == [
        ("products", problems.USER_PRODUCT_UNKNOWN)]
    written = queue_create_user(admin_cache, " Per ", "Per@Example.no", product_ids=["p-2", "p-3"])
    per = user(admin_cache, written.value)
    assert (per.name, per.email, per.assigned_count, per.sync_state) == ("Per", "per@example.no", 2, "pending")
    [item] = outbox.outbox_items(admin_cache)
    assert item.body == {"id": written.value, "name": "Per", "email": "per@example.no", "role": "customer",
                         "product_ids": ["p-2", "p-3"]}


def test_the_last_admin_is_kept_offline(admin_cache):
    assert refused(lambda: queue_user_change(admin_cache, "u-anne", role="customer")) == [
        ("role", problems.USER_LAST_ADMIN)]
    assert refused(lambda: queue_user_change(admin_cache, "u-anne", active=False)) == [
        ("active", problems.USER_LAST_ADMIN)]
    assert refused(lambda: queue_user_change(admin_cache, "nobody", active=False)) == [
        ("user", problems.USER_UNKNOWN)]


def test_two_offline_changes_are_one_request_with_the_first_if_match(admin_cache):
    queue_user_change(admin_cache, "u-1", role="admin")
    queue_user_change(admin_cache, "u-1", active=False)
    [item] = outbox.outbox_items(admin_cache)
    assert (item.method, item.path) == ("PATCH", "/users/u-1")
    assert item.body == {"role": "admin", "active": False, "_from_role": "customer", "_from_active": True,
                         "_email": "kari@example.no", "_if_match": '"4"'}
    kari = user(admin_cache, "u-1")
    assert (kari.role, kari.active, kari.sync_state) == ("admin", False, "pending")
    assert outbox.claim(admin_cache, item.seq)
    replay.rejected(admin_cache, outbox.outbox_items(admin_cache)[0],
                    {"status": 412, "code": problems.CONFLICT_ETAG, "title": "changed"})
    kari = user(admin_cache, "u-1")
    assert (kari.role, kari.active, kari.sync_state) == ("customer", True, "rejected")


def test_assignments_show_at_once_survive_the_feed_and_are_undone_by_a_discard(admin_cache):
    queue_assignments(admin_cache, "u-1", assign_ids=["p-2", "p-3"], unassign_ids=["p-1"])
    mine = queries.picker_page(admin_cache, "u-1", assigned=True)
    assert [p.id for p in mine] == ["p-2", "p-3"]
    with writer(admin_cache).begin() as conn:  # the feed brings the portal's copy, which has not had it yet
        write_user(conn, User(id="u-1", email="kari@example.no", name="Kari", role="customer", account_id="a-1",
                              assigned_product_ids=["p-1"], version=4))
    assert [p.id for p in queries.picker_page(admin_cache, "u-1", assigned=True)] == ["p-2", "p-3"]
    [item] = outbox.outbox_items(admin_cache)
    replay.discard(admin_cache, item.seq)
    assert [p.id for p in queries.picker_page(admin_cache, "u-1", assigned=True)] == ["p-1"]
    assert queue_assignments(admin_cache, "u-1", assign_ids=["p-1"]) == {}


def test_the_picker_filters_and_pages_in_sql(admin_cache):
    free = queries.picker_page(admin_cache, "u-1", assigned=False)
    assert [p.serial for p in free] == ["SN200", "SN300"]
    assert [p.serial for p in queries.picker_page(admin_cache, "u-1", assigned=False, after=free[0])] == ["SN300"]
    assert queries.picker_counts(admin_cache, "u-1", PickerFilter(text="sn3")) == (1, 0)
    assert queries.picker_counts(admin_cache, "u-1") == (2, 1)
    assert queries.matching_ids(admin_cache, "u-1", assigned=False, flt=PickerFilter(site_id="site-1")) != []
    assert queries.picker_counts(admin_cache, "u-1", PickerFilter(model="nope")) == (0, 0)
