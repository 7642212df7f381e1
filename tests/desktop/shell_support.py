"""Helpers for the shell's tests (login, main window, pending changes): readings the rules accept, a reading the
portal rejects for real, and a stand-in for the sync controller."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from sqlalchemy import Engine

from domain import clock
from sync.engine.rounds import SyncEngine
from sync.outbox import queue as outbox
from sync.outbox.records import OutboxItem
from sync.products import queries as product_queries
from sync.products.records import ProductFilter, ProductRow
from sync.readings import operations
from tests.desktop.conftest import CUSTOMER, signed_in_workspace


def unread_product(engine: Engine, *, skip: set[str] = frozenset()) -> ProductRow:
    """A product with an earlier reading and none today, so a higher reading today is accepted."""
    today = clock.today()
    for product in product_queries.product_page(engine, ProductFilter(), today=today, limit=1000):
        has_all = all(k in product.last_values for k in product.counter_keys)
        if product.id not in skip and product.last_reading_date and product.last_reading_date < today and has_all:
            return product
    raise AssertionError("no product left without a reading today")


def next_values(product: ProductRow, rise: int = 100) -> dict[str, int]:
    return {key: product.last_values[key] + rise for key in product.counter_keys}


def queue_next_reading(engine: Engine, product: ProductRow | None = None, rise: int = 100) -> OutboxItem:
    product = product or unread_product(engine)
    return operations.queue_reading(engine, product.id, clock.today(), next_values(product, rise),
                                    today=clock.today()).value


def make_rejection(workspace, portal_url: str, other_dir: Path) -> OutboxItem:
    """Kari, on another computer, reports a machine first; our (stale) reading for the same day is then refused by
    the portal with its own reason. Returns our rejected outbox item."""
    other = signed_in_workspace(other_dir, portal_url, CUSTOMER, remember=False)
    try:
        product = unread_product(other.engine)
        queue_next_reading(other.engine, product, rise=50)
        with SyncEngine(other) as engine:
            assert engine.run_once().pushed == 1
    finally:
        other.close()
    ours = product_queries.product(workspace.engine, product.id, today=clock.today())
    queue_next_reading(workspace.engine, ours, rise=70)
    with SyncEngine(workspace) as engine:
        report = engine.run_once()
    assert report.rejected == 1, report
    return outbox.outbox_items(workspace.engine, ("rejected",))[0]


class FakeSync(QObject):
    """What MainWindow needs of the SyncController, without a sync thread or a portal."""
    sync_started = Signal()
    sync_progress = Signal(str, int, int)
    sync_finished = Signal(object)
    auth_required = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.requests = 0

    def request_sync(self) -> None:
        self.requests += 1

    def set_interval(self, _minutes: int) -> None:
        pass
