"""The meter round: typing checked per cell, values kept across filters, one batch per save — all offline (the
context below has no portal client at all, so any network use would fail)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from desktop.models.base import OBJECT_ROLE
from desktop.views.readings.meter_round_page import MeterRoundPage
from sync.outbox.queue import outbox_items
from sync.products import queries as product_queries
from sync.products.records import ProductFilter
from sync.readings import operations
from tests.desktop.pages_fixtures import (  # noqa: F401
    NORMAL_VOLUME,
    TODAY,
    offline_ctx,
    product_id,
    small_cache,
)

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the offscreen platform's remark


@pytest.fixture
def page(qtbot, offline_ctx):
    widget = MeterRoundPage(offline_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cell(page: MeterRoundPage, pid: str, key: str):
    model = page.model
    return model.index(model.row_of(pid), model.column_of(f"new:{key}"))


def product(page: MeterRoundPage, pid: str):
    return product_queries.product(page._ctx.engine, pid, today=TODAY)


def type_row(page: MeterRoundPage, pid: str, rise: int = 1000, **overrides: str) -> None:
    for key, value in product(page, pid).last_values.items():
        page.model.setData(cell(page, pid, key), overrides.get(key, str(value + rise)))


def test_only_due_is_on_when_machines_are_due(page):
    assert page.due_check.isChecked()
    assert page.model.filter.due_only
    assert page.model.rowCount() == page.model.total_count() == 30
    assert all(r.reading_due for r in page.model.rows)
    assert page.title() == "Meter round"
    assert page.date_edit.date().toPython() == TODAY


def test_typing_a_bad_value_marks_the_cell_and_says_why(page, qtbot):
    index = cell(page, product_id(1), "total")
    page.table.setFocus()
    page.table.setCurrentIndex(index)  # opens the editor (edit on current change)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert editor.accessibleName() == "Total new of SN00001"
    qtbot.keyClicks(editor, "1000")
    assert "lower than the previous reading" in page.message.text()  # while typing, before the cell is left
    assert editor.property("severity") == "error"
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits on the next turn of the event loop
    qtbot.waitUntil(lambda: page.model.data(index, Qt.ItemDataRole.EditRole) == "1000")
    below = page.table.currentIndex()
    assert below.row() > index.row() and below.column() == index.column()
    assert "lower than the previous reading" in page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert page.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    page.table.setCurrentIndex(index)
    assert "lower than the previous reading" in page.message.text()


def test_a_value_that_is_not_a_number_is_explained(english_ui, page):
    page.model.setData(cell(page, product_id(1), "total"), "12a")
    page.table.setCurrentIndex(cell(page, product_id(1), "total"))
    assert page.message.text() == "SN00001 (Canon iR 2630i): Total: Use digits only."


def test_a_big_jump_is_a_warning_that_does_not_block(page):
    pid = product_id(1)
    type_row(page, pid, rise=20 * NORMAL_VOLUME)
    index = cell(page, pid, "total")
    assert "rose by" in page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert page.model.check_for(pid).cell_severity("total") == "warning"
    assert [e.product_id for e in page.model.ready_entries()] == [pid]


def test_counters_a_machine_lacks_are_greyed_and_not_editable(page):
    mono = cell(page, product_id(1), "colour")
    assert not page.model.flags(mono) & Qt.ItemFlag.ItemIsEditable
    assert page.model.data(mono, Qt.ItemDataRole.BackgroundRole) is not None
    page.table.setCurrentIndex(cell(page, product_id(1), "total"))
    page.table.closePersistentEditor(cell(page, product_id(1), "total"))


def test_tab_goes_to_the_next_editable_cell(page):
    from PySide6.QtWidgets import QAbstractItemView
    page.table.setCurrentIndex(cell(page, product_id(3), "colour"))
    after = page.table.moveCursor(QAbstractItemView.CursorAction.MoveNext, Qt.KeyboardModifier.NoModifier)
    following = page.model.row_at(after.row())
    assert following.id != product_id(3) and page.model.counter_at(after) == following.counter_keys[0]


def test_typed_values_survive_filtering_and_sorting(page, qtbot):
    pid = product_id(1)
    type_row(page, pid)
    expected = page.model.data(cell(page, pid, "total"), Qt.ItemDataRole.EditRole)
    qtbot.keyClicks(page.search, "SN00003")
    qtbot.waitUntil(lambda: page.model.filter.text == "SN00003")
    assert page.model.row_of(pid) is None
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.filter.text == "")
    page.table.sortByColumn(page.model.MODEL, Qt.SortOrder.DescendingOrder)
    page.due_check.setChecked(False)
    assert page.model.data(cell(page, pid, "total"), Qt.ItemDataRole.EditRole) == expected
    assert page.has_unsaved_changes()


def test_save_queues_every_valid_row_in_one_batch_and_keeps_the_bad_ones(english_ui, page, qtbot, monkeypatch, offline_ctx):
    batches = []
    real = operations.queue_readings

    def spy(engine, entries, *, today):
        batches.append(list(entries))
        return real(engine, entries, today=today)

    monkeypatch.setattr(operations, "queue_readings", spy)
    type_row(page, product_id(1))                                   # valid, one counter
    type_row(page, product_id(3))                                   # valid, three counters
    type_row(page, product_id(2), total="1000")                     # lower than before
    page.model.setData(cell(page, product_id(5), "total"), "180000")  # bw and colour missing
    with qtbot.waitSignal(page.status_message) as message:
        qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert message.args[0] == "2 readings queued; 2 need attention"
    assert page.summary.text() == message.args[0]
    assert len(batches) == 1 and {e.product_id for e in batches[0]} == {product_id(1), product_id(3)}
    items = outbox_items(offline_ctx.engine)
    assert len(items) == 2 and {i.group_key for i in items} == {f"product:{product_id(1)}", f"product:{product_id(3)}"}
    assert set(page.model.drafts()) == {product_id(2), product_id(5)}
    assert page.model.data(cell(page, product_id(2), "total"), Qt.ItemDataRole.EditRole) == "1000"
    status = page.model.index(page.model.row_of(product_id(5)), page.model.columnCount() - 1)
    assert page.model.data(status) == "Enter all counters."
    queued = page.model.index(page.model.row_of(product_id(1)), page.model.columnCount() - 1)
    assert page.model.data(queued) == "Queued"
    assert page.model.data(queued, OBJECT_ROLE).last_reading_date == TODAY  # refreshed in place
    assert page.has_unsaved_changes()


def test_saving_again_the_same_day_is_refused_per_row(page, qtbot, offline_ctx):
    type_row(page, product_id(1))
    with qtbot.waitSignal(page.status_message):
        page.save()
    type_row(page, product_id(1), rise=2000)
    assert "already a reading" in page.model.message_for(cell(page, product_id(1), "total"))
    assert page.model.ready_entries() == []


def test_an_unconfirmed_warning_saves_nothing(page, monkeypatch, offline_ctx):
    type_row(page, product_id(1), rise=20 * NORMAL_VOLUME)
    monkeypatch.setattr(page, "confirm_warnings", lambda warnings: False)
    page.save()
    assert offline_ctx.wait_idle() and outbox_items(offline_ctx.engine) == []
    assert page.has_unsaved_changes()


def test_a_changed_round_date_rechecks_every_row(page):
    type_row(page, product_id(1))
    assert page.model.ready_entries()
    page.date_edit.setDate(page.date_edit.date().addMonths(-2))
    assert page.model.ready_entries() == []
    assert "higher than the later reading" in page.model.message_for(cell(page, product_id(1), "total"))


def test_ctrl_n_goes_to_the_first_empty_cell(page, qtbot):
    type_row(page, product_id(1))
    page.new_item()
    current = page.table.currentIndex()
    assert page.model.row_at(current.row()).id == product_id(2) and page.model.counter_at(current) == "total"


def test_no_machine_due_shows_them_all(qtbot, offline_ctx, monkeypatch):
    from tests.desktop import pages_fixtures
    monkeypatch.setattr(type(offline_ctx), "today", lambda self: TODAY.replace(day=10))
    widget = MeterRoundPage(offline_ctx)
    qtbot.addWidget(widget)
    assert not widget.due_check.isChecked()
    assert widget.model.rowCount() == product_queries.product_count(offline_ctx.engine, ProductFilter(),
                                                            today=pages_fixtures.TODAY) == 40


def test_typed_values_come_back_after_a_crash(english_ui, page, qtbot, offline_ctx):
    with qtbot.waitSignal(page.kept_draft.saved, timeout=5000):  # written shortly after typing, not only at exit
        type_row(page, product_id(3))
        page.model.setData(cell(page, product_id(1), "total"), "12a")
    again = MeterRoundPage(offline_ctx)
    qtbot.addWidget(again)
    assert again.model.drafts() == page.model.drafts()
    assert again.model.data(cell(again, product_id(1), "total"), Qt.ItemDataRole.EditRole) == "12a"
    assert [e.product_id for e in again.model.ready_entries()] == [product_id(3)]
    assert "are back (2 machines)" in again.summary.text()


def test_queued_or_cleared_values_are_not_restored(page, qtbot, offline_ctx, monkeypatch):
    type_row(page, product_id(3))
    with qtbot.waitSignal(page.status_message):
        page.save()
    page.save_state()
    again = MeterRoundPage(offline_ctx)
    qtbot.addWidget(again)
    assert again.model.drafts() == {} and not again.has_unsaved_changes()


def status_of(page: MeterRoundPage, pid: str) -> str:
    return page.model.data(page.model.index(page.model.row_of(pid), page.model.columnCount() - 1))


def test_a_row_the_portal_accepted_says_accepted(page, qtbot, offline_ctx):
    from domain.clock import utc_now
    from sync.cache.db import writer
    from sync.engine import replay

    type_row(page, product_id(3))
    with qtbot.waitSignal(page.status_message):
        page.save()
    qtbot.waitUntil(lambda: status_of(page, product_id(3)) == "Queued")
    item = outbox_items(offline_ctx.engine)[0]
    with writer(offline_ctx.engine).begin() as conn:
        changed = replay.sent(conn, item, None, utc_now())  # as the sync thread does when the portal took it
    offline_ctx.broadcast(changed)
    qtbot.waitUntil(lambda: status_of(page, product_id(3)) == "Accepted")
    again = MeterRoundPage(offline_ctx)  # the status comes from the cache, not from what this page saved
    qtbot.addWidget(again)
    again.due_check.setChecked(False)  # read today: no longer due
    assert status_of(again, product_id(3)) == "Accepted" and status_of(again, product_id(2)) == ""


def test_a_reading_the_portal_refused_says_refused(page, qtbot, offline_ctx):
    """The round's date has a refused reading: not a blank status (the refused reading is not the machine's last
    one), but "Refused" in the error tint, with where to act on it."""
    from datetime import timedelta

    from PySide6.QtCore import QDate

    from desktop.models.base import Tint, tint_background
    from sync.engine import replay

    type_row(page, product_id(3))
    with qtbot.waitSignal(page.status_message):
        page.save()
    qtbot.waitUntil(lambda: status_of(page, product_id(3)) == "Queued")
    item = outbox_items(offline_ctx.engine)[0]
    offline_ctx.broadcast(replay.rejected(offline_ctx.engine, item, {"title": "No", "detail": "Too low",
                                                                     "code": "meter.reading_decreased"}))
    qtbot.waitUntil(lambda: status_of(page, product_id(3)) == "Refused")
    status = page.model.index(page.model.row_of(product_id(3)), page.model.columnCount() - 1)
    assert status.data(Qt.ItemDataRole.ToolTipRole) == ("The portal refused the reading of this day. Fix it or "
                                                        "discard it in Pending changes.")
    assert status.data(Qt.ItemDataRole.BackgroundRole) == tint_background(Tint.ERROR)
    assert status_of(page, product_id(2)) == ""
    again = MeterRoundPage(offline_ctx)  # from the cache, not from what this page saved
    qtbot.addWidget(again)
    assert status_of(again, product_id(3)) == "Refused"  # due again: its refused reading does not count
    yesterday = TODAY - timedelta(days=1)
    again.date_edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    assert again.model.reading_date == yesterday and status_of(again, product_id(3)) == ""
    replay.discard(offline_ctx.engine, item.seq)
    offline_ctx.broadcast({"meter_reading": {item.entity_id}, "product": {product_id(3)}})
    qtbot.waitUntil(lambda: status_of(page, product_id(3)) == "")


def answer_questions(monkeypatch, answer):
    asked = []

    def question(parent, title, text, buttons, default):
        asked.append((text, buttons))
        return answer
    monkeypatch.setattr("desktop.views.readings.meter_round_page.QMessageBox.question", question)
    return asked


def test_discarding_the_drafts_clears_the_last_saves_summary(english_ui, page, qtbot, monkeypatch):
    type_row(page, product_id(3))
    type_row(page, product_id(2), total="1000")
    with qtbot.waitSignal(page.status_message):
        page.save()
    assert page.summary.text() == "1 reading queued; 1 needs attention"
    answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    page._clear()
    assert page.model.drafts() == {} and page.summary.text() == ""


def test_leaving_with_only_drafts_that_cannot_be_saved_offers_no_save(english_ui, page, monkeypatch):
    type_row(page, product_id(2), total="1000")
    page.model.setData(cell(page, product_id(5), "total"), "180000")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not page.confirm_leave() and page.model.has_drafts()
    (text, buttons), = asked
    assert not buttons & QMessageBox.StandardButton.Save and buttons & QMessageBox.StandardButton.Discard
    assert "2 machines cannot be saved" in text
    answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    assert page.confirm_leave() and not page.model.has_drafts()


def test_leaving_with_drafts_that_can_be_saved_still_offers_save(page, monkeypatch):
    type_row(page, product_id(3))
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not page.confirm_leave()
    assert asked[0][1] & QMessageBox.StandardButton.Save


def test_ctrl_n_skips_a_machine_read_on_the_rounds_date(page, qtbot):
    first = page.model.row_at(0).id
    type_row(page, first)
    with qtbot.waitSignal(page.status_message):
        page.save()
    qtbot.waitUntil(lambda: status_of(page, first) == "Queued")
    page.new_item()
    current = page.table.currentIndex()
    assert page.model.row_at(current.row()).id == page.model.row_at(1).id != first


def _nb(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0")  # nb_NO groups with a no-break space


def test_a_problem_names_its_counter_and_the_line_under_the_grid_its_machine(norwegian_ui, page, qtbot):
    """The tryout read "100 er lavere enn forrige avlesning 314 723 fra 21.11.2026." under the grid: which counter,
    of which machine?"""
    pid = product_id(2)
    before = product(page, pid)
    previous = before.last_values["total"]
    type_row(page, pid, total="100")
    page.table.setCurrentIndex(cell(page, pid, "total"))
    said = (f"Totalt 100 er lavere enn forrige avlesning {_nb(previous)} fra "
            f"{before.last_reading_date.strftime('%d.%m.%Y')}.")
    assert page.message.text() == f"{before.serial} ({before.model}): {said}"
    assert status_of(page, pid) == said  # in its row, the machine is named already
    assert page.model.data(cell(page, pid, "total"), Qt.ItemDataRole.ToolTipRole).startswith("100 er lavere")
    page.model.setData(cell(page, pid, "total"), "12a")
    assert page.message.text() == f"{before.serial} ({before.model}): Totalt: Bruk bare sifre."


def test_the_round_summary_follows_what_became_of_the_save(norwegian_ui, page, qtbot, offline_ctx):
    """The tryout's summary said "1 avlesning satt i kø" after the portal had accepted it and a bad value was typed."""
    from domain.clock import utc_now
    from sync.cache.db import writer
    from sync.engine import replay

    type_row(page, product_id(3))
    with qtbot.waitSignal(page.status_message) as message:
        page.save()
    assert message.args[0] == page.summary.text() == "1 avlesning satt i kø"
    type_row(page, product_id(2), total="100")
    assert page.summary.text() == "1 avlesning satt i kø; 1 trenger oppmerksomhet"
    item = outbox_items(offline_ctx.engine)[0]
    with writer(offline_ctx.engine).begin() as conn:
        changed = replay.sent(conn, item, None, utc_now())  # as the sync thread does when the portal took it
    offline_ctx.broadcast(changed)
    qtbot.waitUntil(lambda: page.summary.text() == "1 godtatt av portalen; 1 trenger oppmerksomhet", timeout=10_000)
    for key in product(page, product_id(2)).last_values:  # the bad values taken back
        page.model.setData(cell(page, product_id(2), key), "")
    assert page.summary.text() == "1 godtatt av portalen"


def test_the_round_summary_counts_two_in_norwegian(norwegian_ui, page, qtbot):
    type_row(page, product_id(1))
    type_row(page, product_id(3))
    type_row(page, product_id(2), total="100")
    page.model.setData(cell(page, product_id(5), "total"), "180000")
    with qtbot.waitSignal(page.status_message) as message:
        page.save()
    assert message.args[0] == "2 avlesninger satt i kø; 2 trenger oppmerksomhet"
