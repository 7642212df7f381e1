"""The cache's tables. Alembic migrations in `sync/cache/migrations` create and evolve them; this module is the
single description the queries use. Dates are ISO strings (sortable), JSON columns hold small dicts.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

account = Table(
    "account", metadata,
    Column("id", String, primary_key=True),
    Column("name", String, nullable=False),
    Column("org_number", String, nullable=False),
    Column("time_zone", String, nullable=False, server_default="Europe/Oslo"),
)

me = Table(
    "me", metadata,
    Column("id", Integer, primary_key=True),  # always 1: the signed-in user of this cache file
    Column("user_id", String, nullable=False),
    Column("email", String, nullable=False),
    Column("name", String, nullable=False),
    Column("role", String, nullable=False),
    Column("account_id", String, nullable=False),
)

users = Table(
    "users", metadata,
    Column("id", String, primary_key=True),
    Column("email", String, nullable=False),
    Column("name", String, nullable=False),
    Column("role", String, nullable=False),
    Column("account_id", String, nullable=False),
)

sites = Table(
    "sites", metadata,
    Column("id", String, primary_key=True),
    Column("name", String, nullable=False),
    Column("address", String, nullable=False),
    Column("postcode", String, nullable=False),
    Column("city", String, nullable=False),
)

products = Table(
    "products", metadata,
    Column("id", String, primary_key=True),
    Column("serial", String, nullable=False),
    Column("model", String, nullable=False),
    Column("family", String, nullable=False),
    Column("site_id", String, nullable=False),
    Column("site_name", String, nullable=False),
    Column("location", String, nullable=False),
    Column("contact_name", String, nullable=False, server_default=""),
    Column("contact_email", String, nullable=False, server_default=""),
    Column("counters_json", Text, nullable=False),   # [{"key": "total", "label": "Total"}, ...]
    Column("contract_number", String, nullable=False),
    Column("response_time_hours", Integer, nullable=False),
    Column("billing_cycle", String, nullable=False),
    Column("reading_window_days", Integer, nullable=False),
    Column("normal_monthly_volume", Integer, nullable=False),
    Column("assigned_user_ids_json", Text, nullable=False, server_default="[]"),
    Column("version", Integer, nullable=False),
    Column("search_text", Text, nullable=False),      # lower-cased serial, model, site, location: filtered with LIKE
    Index("ix_products_serial", "serial"),
    Index("ix_products_model", "model", "id"),
    Index("ix_products_site", "site_name", "id"),
    Index("ix_products_location", "location", "id"),
)

readings = Table(
    "readings", metadata,
    Column("id", String, primary_key=True),           # the client-made UUID for our own readings, else the portal's
    Column("product_id", String, nullable=False),
    Column("reading_date", String, nullable=False),   # YYYY-MM-DD in the account's time zone
    Column("values_json", Text, nullable=False),      # {"total": 123, ...}
    Column("status", String, nullable=False),         # pending | accepted | rejected | estimated
    Column("submitted_at", String, nullable=True),    # ISO datetime (UTC) the portal recorded
    Column("submitted_by", String, nullable=False, server_default=""),
    Index("ix_readings_product_date", "product_id", "reading_date"),
)

outbox = Table(
    "outbox", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),  # order of queuing; sent in this order per group
    Column("idempotency_key", String, nullable=False, unique=True),
    Column("kind", String, nullable=False),           # e.g. "meter_reading.create"
    Column("method", String, nullable=False),
    Column("path", String, nullable=False),
    Column("body_json", Text, nullable=False),
    Column("entity", String, nullable=False),         # cache table the optimistic row lives in
    Column("entity_id", String, nullable=False),
    Column("group_key", String, nullable=False),      # items of one group go in order; e.g. "product:<id>"
    Column("summary", String, nullable=False),        # what the user sees in the pending list
    Column("state", String, nullable=False),          # queued | sending | sent | rejected
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("next_attempt_at", String, nullable=True), # ISO UTC; NULL means now
    Column("last_error", Text, nullable=True),        # transient failure text (network, 5xx)
    Column("problem_json", Text, nullable=True),      # the portal's problem details when rejected
    Column("created_at", String, nullable=False),
    Column("sent_at", String, nullable=True),
    Index("ix_outbox_state_group", "state", "group_key", "seq"),
)

sync_state = Table(
    "sync_state", metadata,
    Column("key", String, primary_key=True),          # cursor | last_sync_at | last_pull_at | last_error
    Column("value", Text, nullable=True),
)
