"""Migration 0013 gives the cached account its addresses, phone, main contact, invoice e-mail and portal version,
and a place for the portal's copy: a cache from before it keeps its account (empty new fields, version 0, no copy)
and fills them from the next `/v1/me` or feed; an edit made on such a row is based on version 0 until then."""

from __future__ import annotations

from sqlalchemy import text

from domain.wire import Account
from sync.account import queries
from sync.account.apply import upsert_account
from sync.cache.db import SCHEMA_HEAD, open_cache, schema_revision, writer
from tests.sync.cache.older_cache import cache_at


def test_a_cache_at_0011_keeps_its_account_and_learns_the_rest_from_the_portal(tmp_path):
    path = tmp_path / "cache.sqlite"
    with cache_at(path, "0011") as conn:
        conn.execute(text("INSERT INTO account (id, name, org_number, time_zone) "
                          "VALUES ('a-1', 'Acme AS', '974760673', 'Europe/Oslo')"))
    migrated = open_cache(path)
    assert schema_revision(migrated) == SCHEMA_HEAD  # 0012 and 0014 on the way leave the account as it is
    before = queries.current_account(migrated)
    assert (before.name, before.org_number, before.invoice_email, before.version) == ("Acme AS", "974760673", "", 0)
    with writer(migrated).begin() as conn:
        upsert_account(conn, Account(id="a-1", name="Acme AS", org_number="974760673",
                                     invoice_email="faktura@acme.no", billing_postcode="0155", version=7))
    after = queries.current_account(migrated)
    migrated.dispose()
    assert (after.invoice_email, after.billing_postcode, after.version) == ("faktura@acme.no", "0155", 7)
