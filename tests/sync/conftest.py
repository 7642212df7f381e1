"""Fixtures of the sync suite: a migrated cache with a small fleet, and the real portal for end-to-end tests."""

from __future__ import annotations

from datetime import date

import pytest

from sync.cache.db import open_cache
from tests.sync import factories

TODAY = date(2026, 11, 25)


@pytest.fixture
def cache(tmp_path):
    """A migrated cache holding two colour machines (p-1 SN100 with a reading on 2026-10-01) and a mono one."""
    engine = open_cache(tmp_path / "cache.sqlite")
    factories.seed(engine, factories.product("p-1", "SN100"), factories.product("p-2", "SN200"),
                   factories.product("p-3", "SN300", counters=("total",)),
                   readings=(factories.reading("r-1", "p-1", date(2026, 10, 1),
                                               {"total": 10_000, "bw": 8_000, "colour": 2_000}),))
    yield engine
    engine.dispose()


@pytest.fixture
def portal(tmp_path):
    """The real portal (demo data, fresh database) served on 127.0.0.1 for one test; yields its base URL."""
    from tests.support.portal_server import running_portal
    with running_portal(tmp_path / "portal.sqlite") as url:
        yield url
