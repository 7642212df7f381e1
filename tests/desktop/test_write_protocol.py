"""One write protocol: an operation returns what it changed, and `AppContext.write` broadcasts it once on success,
with its initiator, before the caller's own callback; no view or model announces a change by hand."""

import ast
from pathlib import Path

import pytest

from sync.cache.changed import Written
from sync.products import queries as product_queries
from sync.readings import operations
from tests.desktop.pages_fixtures import TODAY, offline_ctx, product_id, small_cache  # noqa: F401
from tests.desktop.shell_support import next_values

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def test_a_write_broadcasts_what_it_changed_before_the_callback(qtbot, offline_ctx):
    heard, order, failed = [], [], []
    offline_ctx.cache_changed.connect(lambda entity, ids: heard.append((entity, ids)))
    offline_ctx.changes_broadcast.connect(lambda changed, initiator: order.append(("broadcast", initiator)))
    product = product_queries.product(offline_ctx.engine, product_id(2), today=TODAY)
    task = offline_ctx.write(operations.queue_reading, product.id, TODAY, next_values(product), today=TODAY,
                             initiator="view")
    with qtbot.waitSignal(task._relay.succeeded):
        (task.success(lambda written: order.append(("callback", written))).failure(failed.append)
         .run_on(offline_ctx.db_pool))
    assert failed == []
    written = order[1][1]
    assert isinstance(written, Written) and order[0] == ("broadcast", "view") and order[1][0] == "callback"
    assert dict(heard) == {"meter_reading": {written.value.entity_id}, "product": {product_id(2)},
                           "outbox": {str(written.value.seq)}}


def test_a_failed_write_broadcasts_nothing(qtbot, offline_ctx):
    heard, failed = [], []
    offline_ctx.changes_broadcast.connect(lambda changed, initiator: heard.append(changed))
    task = offline_ctx.write(operations.queue_reading, "no-such-product", TODAY, {"total": 1}, today=TODAY)
    with qtbot.waitSignal(task._relay.failed):
        task.failure(failed.append).run_on(offline_ctx.db_pool)
    assert isinstance(failed[0], operations.UnknownProduct) and heard == []


def _announcing_calls(source: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("notify_changed", "broadcast"):
            found.append(f"{source.relative_to(DESKTOP)}:{node.lineno} .{node.func.attr}(")
    return found


@pytest.mark.parametrize("folder", ["views", "models"])
def test_no_view_or_model_announces_changes_by_hand(folder):
    sources = list((DESKTOP / folder).rglob("*.py"))
    assert len(sources) > 5
    assert [call for source in sources for call in _announcing_calls(source)] == []
