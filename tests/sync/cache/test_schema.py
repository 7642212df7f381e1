"""schema.py (what the queries use) and the Alembic migrations (what creates the file) must never drift apart."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from sync.cache.db import open_cache
from sync.cache.schema import metadata


def test_migrated_cache_matches_schema(tmp_path):
    engine = open_cache(tmp_path / "cache.sqlite")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_server_default": _defaults_differ,
                                                         "compare_type": True, "include_name": _not_fts})
        diff = compare_metadata(context, metadata)
    engine.dispose()
    assert diff == []


def _not_fts(name, type_, _parents) -> bool:
    """The FTS5 table and its shadow tables are made by raw SQL in the migration: SQLAlchemy cannot describe them."""
    return not (type_ == "table" and name.startswith("guides_fts"))


def _defaults_differ(_context, _inspected_column, _metadata_column, inspected, _metadata, rendered) -> bool:
    """Alembic reflects SQLite's DEFAULT '' as "''" but renders the model's as "''" quoted again; compare values."""
    def bare(text):
        return None if text is None else str(text).strip("()").strip("'\"")
    return bare(inspected) != bare(rendered)


def test_a_real_drift_is_detected(tmp_path):
    engine = open_cache(tmp_path / "cache.sqlite")
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE outbox ADD COLUMN stray TEXT")
        context = MigrationContext.configure(conn, opts={"compare_server_default": _defaults_differ,
                                                         "include_name": _not_fts})
        diff = compare_metadata(context, metadata)
    engine.dispose()
    assert [d[0] for d in diff] == ["remove_column"]


def test_opening_twice_is_harmless_and_sets_wal(tmp_path):
    path = tmp_path / "cache.sqlite"
    open_cache(path).dispose()
    engine = open_cache(path)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert {"outbox", "cases", "guides_fts"} <= set(inspect(engine).get_table_names())
    engine.dispose()
