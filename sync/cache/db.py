"""Open the cache file: create its folder, migrate it to the newest schema with Alembic, and tune SQLite.

WAL lets the UI read while the sync thread writes; `synchronous=FULL` makes a committed outbox row survive a power
cut, which is the promise the outbox exists for.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError

MIGRATIONS = Path(__file__).with_name("migrations")
SCHEMA_HEAD = "0014"
"""The newest migration's revision (a test keeps it equal to Alembic's head). A cache already there opens without
importing Alembic at all, which saves about a tenth of a second of every start."""
BUSY_TIMEOUT_MS = 10_000

CacheHandle = Engine
"""What the app holds of the cache: an opaque handle it passes to `sync`'s queries and operations. Only `sync`
opens a connection on it (the import contracts keep SQLAlchemy out of `desktop`)."""


def open_cache(path: Path) -> Engine:
    """An engine on the cache at `path`, migrated to head. Safe to call from several processes at once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000,
                                                                "check_same_thread": False})
    event.listen(engine, "connect", _tune_connection)
    event.listen(engine, "begin", _begin)
    migrate(engine)
    return engine


def cache_file(engine: Engine) -> Path | None:
    """The file behind `engine` (None in memory): what the advice for a damaged or unwritable cache names."""
    database = engine.url.database
    return Path(database) if database and database != ":memory:" else None


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions take SQLite's write lock at BEGIN (see `_begin`). Use it for writes."""
    return engine.execution_options(sqlite_immediate=True)


def migrate(engine: Engine) -> None:
    if schema_revision(engine) == SCHEMA_HEAD:
        return
    from alembic import command  # noqa: PLC0415 - only when there is something to migrate
    from alembic.config import Config  # noqa: PLC0415

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with writer(engine).begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def schema_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError:  # a new file: no alembic_version table yet
        return None


def _tune_connection(dbapi_connection, _record) -> None:
    # pysqlite's own transaction handling would delay BEGIN; we issue it ourselves (see _begin_immediate_when_writing).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _begin(connection) -> None:
    """Reads begin deferred (they never block the writer under WAL); writes begin IMMEDIATE, so two writers queue
    on the busy timeout instead of failing when both try to upgrade a read lock."""
    immediate = connection.get_execution_options().get("sqlite_immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
