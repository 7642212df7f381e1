"""The Reports page over a cache filled directly (40 machines, two years of readings; see pages_fixtures), with a
few cases and orders so that those reports have rows, and a way to stand in for the save dialog."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import insert

from desktop.views.reports import report_files
from sync.cache.db import writer
from sync.cache.schema import cases, order_lines, orders
from sync.cache.stamps import to_iso
from tests.desktop.pages_fixtures import (  # noqa: F401
    big_cache,
    big_ctx,
    offline_ctx,
    product_id,
    small_cache,
)

CASE_NOW = datetime(2026, 11, 20, 9, tzinfo=UTC)


def add_cases(engine) -> None:
    """Five open cases this month (three of them paper jams) and two resolved; case n on machine n."""
    states = ["new", "in_progress", "awaiting_customer", "in_progress", "new", "resolved", "resolved"]
    with writer(engine).begin() as conn:
        for n, state in enumerate(states):
            moment = CASE_NOW - timedelta(days=n)
            subject = "Paper jam in tray 2" if n in (0, 2, 5) else f"Lines on prints {n}"
            conn.execute(insert(cases).values(
                id=f"c{n}", number=f"CS{1000 + n}", type="support", product_id=product_id(n),
                category="paper_jam" if "jam" in subject else "print_quality", department="technical_support",
                subject=subject, description="", state=state, created_at=to_iso(moment),
                expected_response_at=to_iso(moment + timedelta(hours=8)), last_activity_at=to_iso(moment),
                search_text=f"cs{1000 + n} {subject} sn{n:05d}".lower()))
        conn.execute(insert(orders), [{"id": "o1", "number": "OR0001001", "product_id": product_id(0),
                                       "state": "shipped", "created_at": to_iso(CASE_NOW)}])
        conn.execute(insert(order_lines), [{"order_id": "o1", "position": 1, "article_id": "TN-BK", "quantity": 2}])


@pytest.fixture
def seeded_ctx(offline_ctx):  # noqa: F811
    add_cases(offline_ctx.engine)
    return offline_ctx


@pytest.fixture
def save_to(monkeypatch):
    """`save_to(path)`: the save dialog answers `path` (and records what it was offered)."""
    offered: list[tuple] = []

    def answer(path):
        def dialog(parent, title, suggested, name_filter):
            offered.append((title, suggested, name_filter))
            return (str(path) if path else "", name_filter)
        monkeypatch.setattr(report_files.QFileDialog, "getSaveFileName", staticmethod(dialog))
        return offered
    return answer
