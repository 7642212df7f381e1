"""The portal's own store: its tables, and an engine tuned so that concurrent requests neither corrupt nor deadlock it.

Writes are serialised twice over: an in-process lock (uvicorn runs sync endpoints in a thread pool, and queuing on a
lock is fairer and cheaper than SQLite's busy-wait) and, on SQLite, `BEGIN IMMEDIATE` with a busy timeout, which
covers a second process on the same file. The delta feed relies on this: with one writer at a time, change-log
sequence numbers are handed out in commit order (see `portal.changes`).

Dates are ISO strings (`YYYY-MM-DD`, sortable); moments are ISO strings in UTC; JSON columns hold small documents.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager, nullcontext
from typing import Iterator

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    inspect,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

BUSY_TIMEOUT_MS = 30_000

metadata = MetaData()

feed_meta = Table(
    "feed_meta", metadata,
    Column("key", String, primary_key=True),
    Column("value", String, nullable=False),
)

accounts = Table(
    "accounts", metadata,
    Column("id", String, primary_key=True),
    Column("name", String, nullable=False),
    Column("org_number", String, nullable=False),
    Column("time_zone", String, nullable=False),
    # The account's own data an administrator keeps right (`portal.account_edits`), and its row version (the ETag).
    Column("billing_street", String, nullable=False, default="", server_default="''"),
    Column("billing_postcode", String, nullable=False, default="", server_default="''"),
    Column("billing_city", String, nullable=False, default="", server_default="''"),
    Column("visiting_street", String, nullable=False, default="", server_default="''"),
    Column("visiting_postcode", String, nullable=False, default="", server_default="''"),
    Column("visiting_city", String, nullable=False, default="", server_default="''"),
    Column("phone", String, nullable=False, default="", server_default="''"),
    Column("main_contact", String, nullable=False, default="", server_default="''"),
    Column("invoice_email", String, nullable=False, default="", server_default="''"),
    Column("version", Integer, nullable=False, default=1, server_default="1"),
)

users = Table(
    "users", metadata,
    Column("id", String, primary_key=True),
    Column("account_id", String, ForeignKey("accounts.id"), nullable=False),
    Column("email", String, nullable=False, unique=True),
    Column("name", String, nullable=False),
    Column("role", String, nullable=False),
    Column("password_hash", String, nullable=False),
    # Bumped whenever the set of things this user may see changes; a feed cursor from another epoch forces a reset.
    Column("visibility_epoch", Integer, nullable=False, default=0),
    # What a new case chooses for e-mail updates when its CaseIn leaves `email_updates` out (1 = send them).
    Column("email_updates_default", Integer, nullable=False, default=1, server_default="1"),
    # The language the service desk (and the demo agent) writes to this user in: "nb" or "en".
    Column("language", String, nullable=False, default="nb", server_default="'nb'"),
    # 0 once an administrator deactivated the user: no sign-in (`portal.auth`), no session.
    Column("active", Integer, nullable=False, default=1, server_default="1"),
    # Version of name, role and active: the user's ETag (`portal.users`).
    Column("version", Integer, nullable=False, default=1, server_default="1"),
)

invitations = Table(
    # One-time links to set a password (`portal.invitations`): the token itself is only ever in the mail.
    "invitations", metadata,
    Column("token_hash", String, primary_key=True),  # SHA-256 of the token
    Column("user_id", String, ForeignKey("users.id"), nullable=False),
    Column("created_at", String, nullable=False),
    Column("expires_at", String, nullable=False),
    Column("used_at", String, nullable=True),
    Index("ix_invitations_user", "user_id"),
)

sites = Table(
    "sites", metadata,
    Column("id", String, primary_key=True),
    Column("account_id", String, ForeignKey("accounts.id"), nullable=False),
    Column("name", String, nullable=False),
    Column("address", String, nullable=False),
    Column("postcode", String, nullable=False),
    Column("city", String, nullable=False),
)

products = Table(
    "products", metadata,
    Column("id", String, primary_key=True),
    Column("account_id", String, ForeignKey("accounts.id"), nullable=False),
    Column("site_id", String, ForeignKey("sites.id"), nullable=False),
    Column("serial", String, nullable=False),
    Column("model", String, nullable=False),
    Column("family", String, nullable=False),
    # One line for the lists: building, floor and room composed (`domain.product_data`), or the free text of a product
    # registered before the parts were kept.
    Column("location", String, nullable=False),
    Column("building", String, nullable=False, default="", server_default="''"),
    Column("floor", String, nullable=False, default="", server_default="''"),
    Column("room", String, nullable=False, default="", server_default="''"),
    Column("cost_centre", String, nullable=False, default="", server_default="''"),
    Column("internal_name", String, nullable=False, default="", server_default="''"),
    Column("contact_name", String, nullable=False, default=""),
    Column("contact_email", String, nullable=False, default=""),
    Column("counters_json", Text, nullable=False),
    Column("contract_number", String, nullable=False),
    Column("response_time_hours", Integer, nullable=False),
    Column("billing_cycle", String, nullable=False),
    Column("reading_window_days", Integer, nullable=False),
    Column("normal_monthly_volume", Integer, nullable=False),
    Column("version", Integer, nullable=False, default=1),
    # How many of one article one supplies order may hold (the contract's), and whether the machine is still under
    # contract at all (an inactive one takes no orders).
    Column("order_line_limit", Integer, nullable=False, default=10, server_default="10"),
    Column("active", Integer, nullable=False, default=1, server_default="1"),
    # The day a completed removal took it away (YYYY-MM-DD); NULL while it is in the active fleet.
    Column("removed_on", String, nullable=True),
    Index("ix_products_account", "account_id", "serial"),
)

assignments = Table(
    "assignments", metadata,
    Column("user_id", String, ForeignKey("users.id"), primary_key=True),
    Column("product_id", String, ForeignKey("products.id"), primary_key=True),
    Index("ix_assignments_product", "product_id"),
)

meter_readings = Table(
    "meter_readings", metadata,
    Column("id", String, primary_key=True),
    Column("product_id", String, ForeignKey("products.id"), nullable=False),
    Column("reading_date", String, nullable=False),
    Column("values_json", Text, nullable=False),
    Column("status", String, nullable=False),
    Column("submitted_at", String, nullable=False),
    Column("submitted_by", String, nullable=False),
    Index("ux_readings_product_day", "product_id", "reading_date", unique=True),
)

tokens = Table(
    "tokens", metadata,
    Column("token_hash", String, primary_key=True),  # SHA-256 of the token: a stolen database yields no tokens
    Column("kind", String, nullable=False),  # access | refresh
    Column("user_id", String, ForeignKey("users.id"), nullable=False),
    Column("session_id", String, nullable=False),  # one sign-in; refresh rotates within it, logout ends it
    Column("expires_at", Float, nullable=False),  # POSIX seconds
    # A refresh token once used (`portal.auth.rotate_refresh_token`): when, the hash of the refresh token that replaced
    # it, and the pair it was answered with, sealed with the used token itself, for one quick retry.
    Column("used_at", Float, nullable=True),
    Column("replaced_by", String, nullable=True),
    Column("replay", LargeBinary, nullable=True),
    Index("ix_tokens_user", "user_id"),
    Index("ix_tokens_session", "session_id"),
)

idempotency_keys = Table(
    "idempotency_keys", metadata,
    Column("user_id", String, primary_key=True),
    Column("key", String, primary_key=True),
    Column("fingerprint", String, nullable=False),  # SHA-256 of method, path and canonical body
    Column("state", String, nullable=False),  # in_progress | completed
    Column("status_code", Integer, nullable=True),
    Column("body", LargeBinary, nullable=True),
    Column("headers_json", Text, nullable=True),
    Column("created_at", String, nullable=False),
    Index("ix_idempotency_created", "created_at"),
)

cases = Table(
    "cases", metadata,
    Column("id", String, primary_key=True),
    Column("number", Integer, nullable=False, unique=True),
    Column("account_id", String, ForeignKey("accounts.id"), nullable=False),
    Column("type", String, nullable=False),  # support | account_question
    Column("product_id", String, ForeignKey("products.id"), nullable=True),
    Column("category", String, nullable=False),
    Column("department", String, nullable=False),
    Column("subject", String, nullable=False),
    Column("description", Text, nullable=False),
    Column("contact_name", String, nullable=False, default=""),
    Column("contact_email", String, nullable=False, default=""),
    Column("state", String, nullable=False),
    Column("created_at", String, nullable=False),
    Column("expected_response_at", String, nullable=False),
    Column("email_updates", Integer, nullable=False),  # the author's choice; other users': case_email_choices
    Column("created_by_user_id", String, ForeignKey("users.id"), nullable=False),
    Column("created_by", String, nullable=False),  # e-mail at the time
    Column("resolved_at", String, nullable=True),
    Column("body_hash", String, nullable=False),  # SHA-256 of the CaseIn: a repeat of the same id must match it
    Column("version", Integer, nullable=False, default=1),
    Index("ix_cases_account", "account_id", "created_at"),
    Index("ix_cases_product", "product_id"),
)

case_requests = Table(
    # What a relocation or removal case asks for (`portal.product_requests`); the case itself is in `cases`.
    "case_requests", metadata,
    Column("case_id", String, ForeignKey("cases.id"), primary_key=True),
    Column("product_id", String, ForeignKey("products.id"), nullable=False),
    Column("kind", String, nullable=False),  # relocation | removal
    Column("desired_date", String, nullable=False),  # YYYY-MM-DD
    Column("details_json", Text, nullable=False),  # the kind's own fields (RelocationDetails / RemovalDetails)
    Column("completed_on", String, nullable=True),  # YYYY-MM-DD, set by the agent's completion
    Index("ix_case_requests_product", "product_id"),
)

case_email_choices = Table(
    # Whether a user other than the case's author wants its e-mail updates (the author's choice is `cases.
    # email_updates`). Each user's own: nobody can turn another's mails on or off.
    "case_email_choices", metadata,
    Column("case_id", String, ForeignKey("cases.id"), primary_key=True),
    Column("user_id", String, ForeignKey("users.id"), primary_key=True),
    Column("email_updates", Integer, nullable=False),
)

case_messages = Table(
    "case_messages", metadata,
    Column("id", String, primary_key=True),
    Column("case_id", String, ForeignKey("cases.id"), nullable=False),
    Column("position", Integer, nullable=False),  # 1, 2, … within the case: the order, even within one moment
    Column("author_kind", String, nullable=False),  # customer | agent | system
    Column("author_user_id", String, nullable=True),
    Column("author_name", String, nullable=False),
    Column("body", Text, nullable=False),
    Column("created_at", String, nullable=False),
    Index("ix_case_messages_case", "case_id", "created_at"),
)

case_events = Table(
    "case_events", metadata,
    Column("id", String, primary_key=True),
    Column("case_id", String, ForeignKey("cases.id"), nullable=False),
    Column("position", Integer, nullable=False),  # 1, 2, … within the case: the order, even within one moment
    Column("from_state", String, nullable=True),
    Column("to_state", String, nullable=False),
    Column("action", String, nullable=False),
    Column("actor_kind", String, nullable=False),
    Column("actor_name", String, nullable=False),
    Column("created_at", String, nullable=False),
    Index("ix_case_events_case", "case_id", "created_at"),
)

case_attachments = Table(
    "case_attachments", metadata,
    Column("id", String, primary_key=True),
    Column("case_id", String, ForeignKey("cases.id"), nullable=False),
    Column("file_name", String, nullable=False),
    Column("content_type", String, nullable=False),
    Column("size", Integer, nullable=False),
    Column("sha256", String, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("created_at", String, nullable=False),
    Column("uploaded_by", String, nullable=False),
    Index("ix_case_attachments_case", "case_id"),
)

articles = Table(
    # The vendor's supplies catalogue: the same for every account; `article_models` says which models each fits.
    "articles", metadata,
    Column("id", String, primary_key=True),  # the article number
    Column("name_nb", String, nullable=False),
    Column("name_en", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("colour", String, nullable=True),
    Column("page_yield", Integer, nullable=True),
    Column("position", Integer, nullable=False),  # the catalogue's own order: black before cyan, toner before drum
)

article_models = Table(
    "article_models", metadata,
    Column("article_id", String, ForeignKey("articles.id"), primary_key=True),
    Column("model", String, primary_key=True),
    Index("ix_article_models_model", "model"),
)

orders = Table(
    "orders", metadata,
    Column("id", String, primary_key=True),
    Column("number", Integer, nullable=False, unique=True),
    Column("account_id", String, ForeignKey("accounts.id"), nullable=False),
    Column("product_id", String, ForeignKey("products.id"), nullable=False),
    Column("state", String, nullable=False),
    Column("site_id", String, ForeignKey("sites.id"), nullable=False),
    Column("recipient", String, nullable=False),
    Column("phone", String, nullable=False, default=""),
    Column("note", Text, nullable=False, default=""),
    Column("created_at", String, nullable=False),
    Column("created_by_user_id", String, ForeignKey("users.id"), nullable=False),
    Column("created_by", String, nullable=False),  # e-mail at the time
    Column("confirmed_at", String, nullable=True),
    Column("shipped_at", String, nullable=True),
    Column("delivered_at", String, nullable=True),
    Column("cancelled_at", String, nullable=True),
    Column("carrier", String, nullable=True),
    Column("tracking_ref", String, nullable=True),
    Column("body_hash", String, nullable=False),  # SHA-256 of the OrderIn: a repeat of the same id must match it
    Column("version", Integer, nullable=False, default=1),
    Index("ix_orders_account", "account_id", "created_at"),
    Index("ix_orders_product", "product_id"),
    Index("ix_orders_state", "state"),
)

order_lines = Table(
    "order_lines", metadata,
    Column("order_id", String, ForeignKey("orders.id"), primary_key=True),
    Column("position", Integer, primary_key=True),  # 1, 2, … as the customer listed them
    Column("article_id", String, ForeignKey("articles.id"), nullable=False),
    Column("quantity", Integer, nullable=False),
)

outgoing_mail = Table(
    "outgoing_mail", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", String, nullable=True),
    Column("to_address", String, nullable=False),
    Column("subject", String, nullable=False),
    Column("body", Text, nullable=False),
    Column("reason", String, nullable=False),  # agent_reply | state_change | invitation
    Column("created_at", String, nullable=False),
    Column("sent_at", String, nullable=True),  # set by an SMTP sender, when one is configured
    # Set when the sender gave up on the row (it cannot be built, or it was refused too often): never tried again.
    Column("parked_at", String, nullable=True),
    Column("parked_reason", Text, nullable=True),
)

change_log = Table(
    "change_log", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("account_id", String, nullable=False),
    Column("entity", String, nullable=False),  # account, user, site, product, meter_reading, case, case_message, …
    Column("entity_id", String, nullable=False),
    Column("product_id", String, nullable=True),  # scopes products and readings to who may see that product
    Column("op", String, nullable=False),  # upsert | delete
    Index("ix_change_log_account_seq", "account_id", "seq"),
    sqlite_autoincrement=True,  # never reuse a seq, even after the newest row is deleted
)


class Store:
    """The engine plus the two ways in: `read()` (a consistent snapshot) and `write()` (one writer at a time)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = _make_engine(url)
        self._writer = self.engine.execution_options(sqlite_immediate=True)
        self._write_lock = threading.RLock()
        # One shared in-memory connection cannot hold two transactions at once: then reads queue on the lock too.
        self._reads_share_the_writer = isinstance(self.engine.pool, StaticPool)

    def create_schema(self) -> None:
        with self.write() as conn:
            metadata.create_all(conn)
            _add_missing_columns(conn)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        guard = self._write_lock if self._reads_share_the_writer else nullcontext()
        with guard, self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self._write_lock, self._writer.connect() as conn, conn.begin():
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()


# Columns added after the first release: `create_all` leaves existing tables alone, so a portal database made by an
# older version (a demo file kept between runs) gets them here. Each is nullable or has a server default for the
# rows it has.
ACCOUNT_LATER_COLUMNS = ("billing_street", "billing_postcode", "billing_city", "visiting_street", "visiting_postcode",
                         "visiting_city", "phone", "main_contact", "invoice_email", "version")
_LATER_COLUMNS = ((users, "email_updates_default"), (outgoing_mail, "parked_at"), (outgoing_mail, "parked_reason"),
                  (users, "language"), (products, "removed_on"),
                  (tokens, "used_at"), (tokens, "replaced_by"), (tokens, "replay"),
                  (products, "order_line_limit"), (products, "active"),
                  *((accounts, name) for name in ACCOUNT_LATER_COLUMNS),
                  (products, "building"), (products, "floor"), (products, "room"), (products, "cost_centre"),
                  (products, "internal_name"), (users, "active"), (users, "version"))


def _add_missing_columns(conn: Connection) -> None:
    inspector = inspect(conn)
    for table, name in _LATER_COLUMNS:
        present = {column["name"] for column in inspector.get_columns(table.name)}
        if name not in present:
            column = table.c[name]
            kind = column.type.compile(dialect=conn.dialect)
            null = "" if column.nullable else " NOT NULL"
            default = f" DEFAULT {column.server_default.arg}" if column.server_default is not None else ""
            conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN {name} {kind}{null}{default}'))


def sqlite_url(path) -> str:
    return f"sqlite:///{path}"


def _make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    in_memory = parsed.database in (None, "", ":memory:")
    options: dict = {"connect_args": {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}}
    if in_memory:
        options["poolclass"] = StaticPool
    else:
        options.update(pool_size=10, max_overflow=20)
    engine = create_engine(url, **options)
    event.listen(engine, "connect", _tune_sqlite)
    event.listen(engine, "begin", _begin_sqlite)
    return engine


def _tune_sqlite(dbapi_connection, _record) -> None:
    # pysqlite's own transaction handling would delay BEGIN; `_begin_sqlite` issues it instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _begin_sqlite(connection) -> None:
    """Reads begin deferred (under WAL they never block the writer); writes take the write lock at BEGIN, so two
    writers queue on the busy timeout instead of failing when both try to upgrade a read lock."""
    immediate = connection.get_execution_options().get("sqlite_immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
