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
    *(Column(name, String, nullable=False, server_default="") for name in (
        "billing_street", "billing_postcode", "billing_city", "visiting_street", "visiting_postcode", "visiting_city",
        "phone", "main_contact", "invoice_email")),
    Column("version", Integer, nullable=False, server_default="0"),  # the portal's; 0 before it told us
)

me = Table(
    "me", metadata,
    Column("id", Integer, primary_key=True),  # always 1: the signed-in user of this cache file
    Column("user_id", String, nullable=False),
    Column("email", String, nullable=False),
    Column("name", String, nullable=False),
    Column("role", String, nullable=False),
    Column("account_id", String, nullable=False),
    Column("email_updates_default", Integer, nullable=False, server_default="1"),  # new cases start with it
    Column("language", String, nullable=True),  # the service desk writes to the user in it; None: not known yet
)

users = Table(
    "users", metadata,
    Column("id", String, primary_key=True),
    Column("email", String, nullable=False),
    Column("name", String, nullable=False),
    Column("role", String, nullable=False),
    Column("account_id", String, nullable=False),
    # migration 0014: as an administrator manages them (`sync.users`)
    Column("active", Integer, nullable=False, server_default="1"),
    Column("invitation_pending", Integer, nullable=False, server_default="0"),
    Column("version", Integer, nullable=False, server_default="1"),  # the base of an edit's If-Match
)

user_products = Table(
    # Which products are assigned to whom (the portal's `User.assigned_product_ids`), with unsent changes applied.
    "user_products", metadata,
    Column("user_id", String, primary_key=True),
    Column("product_id", String, primary_key=True),
    Index("ix_user_products_product", "product_id", "user_id"),
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
    Column("order_line_limit", Integer, nullable=False, server_default="10"),  # migration 0010: of one article
    Column("active", Integer, nullable=False, server_default="1"),             # 0: the contract ended, no orders
    # migration 0011: its open relocation or removal as the portal shows it ({case_id, number, kind, desired_date}),
    # and the day a removal took it away (YYYY-MM-DD; NULL while it is in the active fleet)
    Column("open_request_json", Text, nullable=True),
    Column("removed_on", String, nullable=True),
    # migration 0012: the data the customer keeps right (`domain.product_data`); `location` is the one line composed
    # of building, floor and room
    Column("building", String, nullable=False, server_default=""),
    Column("floor", String, nullable=False, server_default=""),
    Column("room", String, nullable=False, server_default=""),
    Column("cost_centre", String, nullable=False, server_default=""),
    Column("internal_name", String, nullable=False, server_default=""),
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
    Column("last_error", Text, nullable=True),        # transient failure text (network, 5xx), English, for the log
    Column("wait_code", String, nullable=True),       # why it waits, as a code (migration 0007): portal.unreachable…
    Column("wait_params_json", Text, nullable=True),  # that code's parameters, e.g. {"status": 503}
    Column("problem_json", Text, nullable=True),      # the portal's problem details when rejected
    Column("created_at", String, nullable=False),
    Column("sent_at", String, nullable=True),
    Index("ix_outbox_state_group", "state", "group_key", "seq"),
)

# --- support cases (migration 0002) -------------------------------------------------------------------------------
# `sync_status` on case rows: synced (the portal's copy) | pending (made here, queued) | rejected (the portal refused
# it; the outbox item holds the reason). Times are ISO UTC strings; `number` is NULL until the portal gives one.

cases = Table(
    "cases", metadata,
    Column("id", String, primary_key=True),           # the client-made UUID (the portal keeps it)
    Column("number", String, nullable=True),          # CS0001234; NULL while the case waits in the outbox
    Column("type", String, nullable=False),           # support | account_question
    Column("product_id", String, nullable=True),
    Column("category", String, nullable=False),
    Column("department", String, nullable=False),
    Column("subject", String, nullable=False),
    Column("description", Text, nullable=False),
    Column("contact_name", String, nullable=False, server_default=""),
    Column("contact_email", String, nullable=False, server_default=""),
    Column("state", String, nullable=False),
    Column("created_at", String, nullable=False),
    Column("expected_response_at", String, nullable=True),
    Column("email_updates", Integer, nullable=False, server_default="1"),
    Column("created_by", String, nullable=False, server_default=""),
    Column("resolved_at", String, nullable=True),
    Column("version", Integer, nullable=False, server_default="0"),
    Column("last_activity_at", String, nullable=False),   # newest of created_at and its messages and events: sort key
    Column("unread", Integer, nullable=False, server_default="0"),  # 1 when an agent wrote since the user last looked
    Column("sync_status", String, nullable=False, server_default="synced"),
    Column("search_text", Text, nullable=False, server_default=""),  # lower-cased number, subject, serial, text
    # the portal's own copy of what our waiting requests change (migration 0004); NULL until the portal sent one
    Column("portal_state", String, nullable=True),
    Column("portal_resolved_at", String, nullable=True),
    Column("portal_email_updates", Integer, nullable=True),
    Column("portal_expected_response_at", String, nullable=True),  # migration 0009
    # what a relocation or removal asks for (migration 0011): the portal's `Case.request` as JSON; NULL otherwise
    Column("request_json", Text, nullable=True),
    Index("ix_cases_activity", "last_activity_at", "id"),
    Index("ix_cases_state_activity", "state", "last_activity_at", "id"),
    Index("ix_cases_created", "created_at", "id"),
    Index("ix_cases_number", "number"),
    Index("ix_cases_product", "product_id"),
)

case_messages = Table(
    "case_messages", metadata,
    Column("id", String, primary_key=True),
    Column("case_id", String, nullable=False),
    Column("author_kind", String, nullable=False),    # customer | agent | system
    Column("author_name", String, nullable=False),
    Column("body", Text, nullable=False),             # plain text, shown as text
    Column("created_at", String, nullable=False),
    Column("sync_status", String, nullable=False, server_default="synced"),
    Index("ix_case_messages_case", "case_id", "created_at", "id"),
)

case_events = Table(
    "case_events", metadata,
    Column("id", String, primary_key=True),
    Column("case_id", String, nullable=False),
    Column("from_state", String, nullable=True),
    Column("to_state", String, nullable=False),
    Column("action", String, nullable=False),
    Column("actor_kind", String, nullable=False),
    Column("actor_name", String, nullable=False),
    Column("created_at", String, nullable=False),
    Index("ix_case_events_case", "case_id", "created_at", "id"),
)

case_attachments = Table(
    "case_attachments", metadata,
    Column("id", String, primary_key=True),
    Column("case_id", String, nullable=False),
    Column("file_name", String, nullable=False),
    Column("content_type", String, nullable=False, server_default=""),
    Column("size", Integer, nullable=False),
    Column("created_at", String, nullable=False),
    Column("uploaded_by", String, nullable=False, server_default=""),
    Column("local_path", String, nullable=True),      # relative to the data folder: our copy, or the downloaded file
    Column("sync_status", String, nullable=False, server_default="synced"),
    Index("ix_case_attachments_case", "case_id"),
)

guides = Table(
    "guides", metadata,
    Column("id", String, primary_key=True),
    Column("language", String, primary_key=True),     # nb | en
    Column("title", String, nullable=False),
    Column("summary", Text, nullable=False),
    Column("category", String, nullable=False),
    Column("families_json", Text, nullable=False),    # ["A3 colour MFP", ...]; [] for every family
    Column("keywords_json", Text, nullable=False),
    Column("start_step", String, nullable=False),
    Column("steps_json", Text, nullable=False),       # [GuideStep as JSON, ...]
    Column("version", Integer, nullable=False),
)
# guides_fts: an FTS5 table (guide_id UNINDEXED, language UNINDEXED, title, summary, keywords, body), kept by
# `sync.guides.pull` beside `guides`. SQLAlchemy cannot describe virtual tables; migration 0002 creates it.

notices = Table(
    "notices", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String, nullable=False),           # reply | state | rejected
    Column("entity", String, nullable=False),         # what a click opens: "cases" or "outbox"
    Column("entity_id", String, nullable=False),      # the case id, or the outbox seq
    Column("title", String, nullable=False),          # e.g. "CS0001234: Paper jam in tray 2" (data, not markup)
    Column("detail", Text, nullable=False),           # e.g. the first line of the agent's reply, or the new state
    Column("created_at", String, nullable=False),
    Column("shown", Integer, nullable=False, server_default="0"),
    Index("ix_notices_shown", "shown", "id"),
)

sync_state = Table(
    "sync_state", metadata,
    Column("key", String, primary_key=True),          # cursor | last_sync_at | last_pull_at | last_error
    Column("value", Text, nullable=True),
)

# --- drafts (migration 0006) ---------------------------------------------------------------------------------------
drafts = Table(
    "drafts", metadata,
    Column("kind", String, primary_key=True),         # the form: meter_round | reading | new_case | reply
    Column("key", String, primary_key=True),          # which one of it: "" for a single form, a product or case id
    Column("payload_json", Text, nullable=False),     # what the form holds, as the form itself describes it
    Column("updated_at", String, nullable=False),     # ISO UTC: when it was last written ("your draft from 14:05")
)
"""What the user typed in a form and has not sent yet, so a crash or a closed laptop loses nothing."""

# --- supplies (migration 0010) -------------------------------------------------------------------------------------
articles = Table(
    "articles", metadata,
    Column("id", String, primary_key=True),           # the article number
    Column("name_nb", String, nullable=False),
    Column("name_en", String, nullable=False),
    Column("kind", String, nullable=False),           # toner | ink | drum | waste_toner | staples | … (domain)
    Column("colour", String, nullable=True),
    Column("page_yield", Integer, nullable=True),
    Column("sort_key", String, nullable=False),       # kind, then colour, then number: toner black first
)

article_models = Table(
    "article_models", metadata,
    Column("article_id", String, primary_key=True),
    Column("model", String, primary_key=True),        # a product model the article fits (as products.model)
    Index("ix_article_models_model", "model", "article_id"),
)

# `sync_status` as on cases: synced | pending (made here, queued) | rejected. `portal_state` is the state the portal
# last said (NULL until it has the order): a refused or dropped cancel puts it back.
orders = Table(
    "orders", metadata,
    Column("id", String, primary_key=True),           # the client-made UUID
    Column("number", String, nullable=True),          # "OR0001001"; NULL until the portal has it
    Column("product_id", String, nullable=False),
    Column("state", String, nullable=False),          # submitted | confirmed | shipped | delivered | cancelled
    Column("created_at", String, nullable=False),
    Column("created_by", String, nullable=False, server_default=""),
    Column("confirmed_at", String, nullable=True),
    Column("shipped_at", String, nullable=True),
    Column("delivered_at", String, nullable=True),
    Column("cancelled_at", String, nullable=True),
    Column("carrier", String, nullable=True),
    Column("tracking_ref", String, nullable=True),
    Column("note", Text, nullable=False, server_default=""),
    Column("delivery_json", Text, nullable=False, server_default="{}"),  # the wire Delivery (or what we asked for)
    Column("version", Integer, nullable=False, server_default="0"),
    Column("sync_status", String, nullable=False, server_default="synced"),
    Column("portal_state", String, nullable=True),
    Column("search_text", Text, nullable=False, server_default=""),  # number, machine, articles, tracking, note
    Index("ix_orders_created", "created_at", "id"),
    Index("ix_orders_state_created", "state", "created_at", "id"),
    Index("ix_orders_product", "product_id", "created_at"),
)

order_lines = Table(
    "order_lines", metadata,
    Column("order_id", String, primary_key=True),
    Column("position", Integer, primary_key=True),    # 1, 2, … as the user listed them
    Column("article_id", String, nullable=False),
    Column("quantity", Integer, nullable=False),
)

entity_edits = Table(
    # An edit of a versioned entity (`sync.edits`), one per outbox item (`seq`) until it is sent or discarded: the
    # version and values it was based on, what the user made them, and the portal's newer values once the feed
    # brought them. `state`: pending (queued or being sent), conflict (the portal refused it as stale, 412: the user
    # chooses), refused (another refusal: fixed and resent, or discarded, on Pending changes).
    "entity_edits", metadata,
    Column("seq", Integer, primary_key=True),
    Column("entity", String, nullable=False),
    Column("entity_id", String, nullable=False),
    Column("base_version", Integer, nullable=False),
    Column("base_json", Text, nullable=False),     # {field: value} as the edit found them
    Column("mine_json", Text, nullable=False),     # {field: value} as the user made them
    Column("theirs_version", Integer, nullable=True),
    Column("theirs_json", Text, nullable=True),    # {field: value} of the portal's newer version, the same fields
    Column("state", String, nullable=False, server_default="pending"),  # pending | conflict | refused
    Index("ix_entity_edits_entity", "entity", "entity_id", "seq"),
)
