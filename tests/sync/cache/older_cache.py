"""A cache file as an older version left it: migrated only up to `revision`, for a migration test to fill with that
version's rows before the app opens (and migrates) it."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, create_engine

from sync.cache.db import MIGRATIONS


@contextmanager
def cache_at(path: Path, revision: str) -> Iterator[Connection]:
    """A transaction on the cache at `path`, at `revision`; committed and closed when the block ends."""
    engine = create_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            yield conn
    finally:
        engine.dispose()
