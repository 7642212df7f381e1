"""The registry is complete: every request kind a feature queues and every entity the feed can carry has its
handlers, and one name serves each thing (the kind's prefix is its entity)."""

import ast
from pathlib import Path
from typing import get_args

import pytest

from domain.wire import EntityName
from sync.features import ENTITIES, FEATURES, FEED, KINDS, request_kind

SYNC = Path(__file__).resolve().parents[2] / "sync"


def queued_kinds() -> set[str]:
    """Every `*_KIND = "entity.verb"` constant in the sync feature packages: the kinds the app can queue."""
    found = set()
    for source in SYNC.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                    and any(isinstance(t, ast.Name) and t.id.endswith("_KIND") for t in node.targets)):
                found.add(node.value.value)
    return found


def test_every_queued_kind_is_registered():
    kinds = queued_kinds()
    assert {"meter_reading.create", "case.create", "me.patch"} <= kinds
    assert kinds <= set(KINDS), f"no feature declares {sorted(kinds - set(KINDS))}"


def test_every_feed_entity_has_a_handler():
    assert set(get_args(EntityName)) <= set(FEED), f"not handled: {sorted(set(get_args(EntityName)) - set(FEED))}"


@pytest.mark.parametrize("name", sorted(KINDS))
def test_each_kind_has_row_handlers_and_is_named_after_its_entity(name):
    kind = request_kind(name)
    for method in ("sent", "rejected", "resent", "discarded"):
        assert callable(getattr(kind.rows, method, None)), f"{name} has no {method}"
    assert kind.entity in ENTITIES, f"{name} is not named after an entity a feature declares"


def test_no_two_features_claim_one_name():
    kinds = [k.name for f in FEATURES for k in f.kinds]
    entities = [e.name for f in FEATURES for e in f.feed]
    assert len(kinds) == len(set(kinds)) and len(entities) == len(set(entities))


def test_an_unknown_kind_is_refused_by_name():
    with pytest.raises(ValueError, match="no_such.kind"):
        request_kind("no_such.kind")
