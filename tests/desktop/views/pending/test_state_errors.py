"""A change that moved on while the user acted on it is explained in their words (Norwegian here), from the state
sync says it is in now — never the English of `OutboxStateError`, which names queue numbers."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from desktop.views.pending.state_errors import outbox_state_text
from sync.cache.db import open_cache, writer
from sync.cache.schema import outbox as outbox_table
from sync.outbox import queue as outbox


@pytest.fixture
def engine(tmp_path):
    cache = open_cache(tmp_path / "cache.sqlite")
    yield cache
    cache.dispose()


def queued(engine) -> int:
    with writer(engine).begin() as conn:
        return outbox.enqueue(conn, kind="case.action", method="POST", path="/cases/c1/actions", body={},
                              entity="case", entity_id="c1", group_key="case:c1", summary="Cancel case").seq


def refused(engine, seq: int, *, state: str | None) -> outbox.OutboxStateError:
    """What discarding item `seq` raises once it is in `state` (None: gone)."""
    with writer(engine).begin() as conn:
        if state is None:
            conn.execute(outbox_table.delete().where(outbox_table.c.seq == seq))
        else:
            conn.execute(update(outbox_table).where(outbox_table.c.seq == seq).values(state=state))
    with pytest.raises(outbox.OutboxStateError) as raised, writer(engine).begin() as conn:
        outbox.remove(conn, seq)
    return raised.value


@pytest.mark.parametrize("state, words", [
    ("sending", "Denne endringen sendes akkurat nå, så den kan ikke lenger endres."),
    ("sent", "Denne endringen ble sendt i mellomtiden, så den kan ikke lenger endres."),
    (None, "Denne endringen venter ikke lenger her: den ble sendt eller forkastet i mellomtiden."),
])
def test_a_change_that_moved_on_is_said_in_norwegian(engine, norwegian_ui, state, words):
    error = refused(engine, queued(engine), state=state)
    assert error.state == state
    text = outbox_state_text(error)
    assert text == words and str(error) not in text and "item" not in text.lower()


def test_a_resend_of_a_change_that_is_no_longer_refused_names_its_state(engine, norwegian_ui):
    seq = queued(engine)
    with pytest.raises(outbox.OutboxStateError) as raised, writer(engine).begin() as conn:
        outbox.requeue(conn, seq, {})
    assert raised.value.state == "queued"
    assert outbox_state_text(raised.value) == "Denne endringen er allerede rettet; den venter på å bli sendt."
