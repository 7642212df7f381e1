"""INSERT … ON CONFLICT(id) DO UPDATE, the way every feed entity reaches the cache.

The statement is built once per table and column set and then only executed with each row's values: a first sync of
thousands of cases spent more time building statements than SQLite spent running them (`bench/benchmark.py`).
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Connection, Table
from sqlalchemy.dialects.sqlite import insert


def upsert(conn: Connection, table: Table, row: dict, **insert_only: object) -> None:
    """Insert `row` or update the existing row with the same id; `insert_only` values are set on insert alone."""
    conn.execute(upsert_statement(table, tuple(row)), {**row, **insert_only} if insert_only else row)


@lru_cache(maxsize=64)
def upsert_statement(table: Table, columns: tuple[str, ...]):
    stmt = insert(table)
    return stmt.on_conflict_do_update(index_elements=[table.c.id],
                                      set_={k: stmt.excluded[k] for k in columns if k != "id"})
