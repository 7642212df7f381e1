"""The products page and the reading dialog, on a cache filled directly (no portal, no network)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.formatting import format_number
from desktop.models.products import ProductsModel
from desktop.views.products.products_page import ProductsPage
from desktop.views.readings.reading_dialog import ReadingDialog
from sync.outbox.queue import outbox_items
from sync.readings import queries as reading_queries
from tests.support.cache_rows import insert_rows, product_values
from tests.desktop.pages_fixtures import (  # noqa: F401
    NORMAL_VOLUME,
    TODAY,
    big_cache,
    big_ctx,
    offline_ctx,
    product_id,
    small_cache,
)

Col = ProductsModel.Col
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the offscreen platform's remark


@pytest.fixture
def page(qtbot, offline_ctx):
    widget = ProductsPage(offline_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


@pytest.fixture
def big_page(qtbot, big_ctx):
    widget = ProductsPage(big_ctx)
    qtbot.addWidget(widget)
    return widget


def open_dialog(page: ProductsPage, qtbot, pid: str = product_id(0)) -> ReadingDialog:
    assert page.select_product(pid)
    page.new_item()
    dialog = page.reading_dialog
    assert dialog is not None and dialog.product.id == pid
    qtbot.waitExposed(dialog)
    return dialog


def type_values(qtbot, dialog: ReadingDialog, **texts: str) -> None:
    for key, text in texts.items():
        dialog.fields[key].clear()
        qtbot.keyClicks(dialog.fields[key], text)


def last(dialog: ReadingDialog, key: str) -> int:
    return dialog.product.last_values[key]


def valid_values(dialog: ReadingDialog, rise: int = 1500) -> dict[str, str]:
    return {k: str(v + rise) for k, v in dialog.product.last_values.items()}


# --- list, paging, filters, sorting -----------------------------------------------------------------------------

def test_the_list_loads_one_page_and_counts_every_machine(english_ui, big_page):
    assert big_page.model.rowCount() == big_page.model.page_size
    assert big_page.count_label.text() == f"{format_number(1200)} machines"
    assert big_page.title() == "Products"


def test_typing_in_the_search_box_filters_in_sql_after_a_short_pause(english_ui, big_page, qtbot):
    big_page.focus_search()
    qtbot.keyClicks(big_page.search, "sn0001")
    qtbot.waitUntil(lambda: big_page.model.filter.text == "sn0001")
    assert big_page.count_label.text() == "10 machines"
    assert all(r.serial.startswith("SN0001") for r in big_page.model.rows)


def test_site_and_due_filters(big_page):
    big_page.site_combo.setCurrentIndex(big_page.site_combo.findData("bergen"))
    assert {r.site_id for r in big_page.model.rows} == {"bergen"}
    bergen = big_page.model.total_count()
    big_page.due_check.setChecked(True)
    assert all(r.reading_due for r in big_page.model.rows)
    assert 0 < big_page.model.total_count() < bergen


def test_clicking_a_header_requeries_in_that_order(big_page, qtbot):
    header = big_page.table.horizontalHeader()
    with qtbot.waitSignal(big_page.model.modelReset):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=header.viewport().rect().topLeft() + _section_centre(header, Col.MODEL))
    assert big_page.model.filter.sort == "model"
    big_page.table.sortByColumn(Col.LAST_READING, Qt.SortOrder.DescendingOrder)
    assert big_page.model.filter.sort == "last_reading" and big_page.model.filter.descending
    first = big_page.model.rows[0]
    assert first.last_reading_date == max(r.last_reading_date for r in big_page.model.rows)


def test_a_column_sql_cannot_sort_keeps_the_current_order(big_page):
    big_page.table.sortByColumn(Col.LAST_TOTAL, Qt.SortOrder.DescendingOrder)
    assert big_page.model.filter.sort == "serial"
    assert big_page.table.horizontalHeader().sortIndicatorSection() == Col.SERIAL


def _section_centre(header, section):
    from PySide6.QtCore import QPoint
    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


# --- detail -----------------------------------------------------------------------------------------------------

def test_the_detail_shows_contract_history_and_a_volume_chart(english_ui, page):
    assert page.select_product(product_id(0))
    detail = page.detail
    assert detail.heading.text() == "Konica C300i"
    assert detail.fact("serial") == "SN00000"
    assert detail.fact("contract") == "K-10000"
    assert detail.fact("response") == "8 business hours"
    assert detail.fact("cycle") == "Monthly"
    assert "5 days" in detail.fact("window")
    assert detail.fact("due") == "No"
    assert detail.history_model.rowCount() == 25
    assert detail.history_model.rows[0].reading_date.isoformat() == "2026-11-26"
    assert detail.chart.bar_count() >= 23
    assert len(detail.chart.categories()) == 24


def test_a_due_machine_says_so_in_the_detail(page):
    page.select_product(product_id(3))
    assert page.detail.fact("due").startswith("Yes")


def test_the_reading_window_says_now_while_open_and_next_before_it_opens(page, offline_ctx):
    page.select_product(product_id(0))
    assert "(now: " in page.detail.fact("window")  # monthly, 5 days: 26.–30.11, and it is the 27th
    quarterly = product_values(99, serial="QTR00099") | {"billing_cycle": "quarterly"}
    insert_rows(offline_ctx.engine, [], [quarterly])
    page.model.reload()
    assert page.select_product(quarterly["id"])
    assert "(next: " in page.detail.fact("window")  # the quarter's window opens on 27.12


def test_the_facts_stand_in_one_column_when_the_pane_is_narrow(page, qtbot):
    page.select_product(product_id(0))
    detail = page.detail
    contract, serial = detail._values["contract"], detail._values["serial"]
    page.splitter.setSizes([1280 - 700, 700])
    qtbot.waitUntil(lambda: contract.mapTo(detail, contract.rect().topLeft()).y()
                    == serial.mapTo(detail, serial.rect().topLeft()).y())  # side by side
    page.splitter.setSizes([1280 - 420, 420])
    qtbot.waitUntil(lambda: contract.mapTo(detail, contract.rect().topLeft()).y()
                    > serial.mapTo(detail, serial.rect().topLeft()).y())  # below: one column


def test_new_item_without_a_selection_explains(page, qtbot):
    with qtbot.waitSignal(page.status_message) as message:
        page.new_item()
    assert "Select a machine" in message.args[0]
    assert page.reading_dialog is None


# --- the reading dialog -----------------------------------------------------------------------------------------

def test_a_new_reading_is_queued_and_the_list_refreshes_in_place(page, qtbot, offline_ctx):
    page.select_product(product_id(3))
    scroll = page.table.verticalScrollBar().value()
    dialog = open_dialog(page, qtbot, product_id(3))
    assert dialog.date_edit.date().toPython() == TODAY
    type_values(qtbot, dialog, **valid_values(dialog))
    assert dialog.save_button.isEnabled()
    with qtbot.assertNotEmitted(page.model.modelReset), qtbot.waitSignal(dialog.reading_queued) as queued:
        qtbot.keyClick(dialog.fields["colour"], Qt.Key.Key_Return)
    item = queued.args[0]
    assert [i.seq for i in outbox_items(offline_ctx.engine)] == [item.seq]
    assert item.kind == "meter_reading.create" and item.state == "queued"
    assert item.body["values"] == {k: int(v) for k, v in valid_values(dialog).items()}
    qtbot.waitUntil(lambda: page.reading_dialog is None)  # closed and deleted
    assert page.current_product().id == product_id(3)
    assert page.current_product().last_reading_date == TODAY and not page.current_product().reading_due
    assert page.table.verticalScrollBar().value() == scroll
    assert page.detail.history_model.rows[0].status == "pending"
    assert page.detail.fact("due") == "No"


@pytest.mark.parametrize("text, expected", [
    ("12000", "{n} is lower than the previous reading"),
    ("12a", "Use digits only."),
    ("-5", "A counter cannot be negative."),
    ("1,5", "A counter is a whole number, without decimals."),
    ("9999999999999", "The value is too large for a counter."),
])
def test_a_bad_value_shows_the_reason_under_its_field(page, qtbot, text, expected):
    dialog = open_dialog(page, qtbot)
    values = valid_values(dialog)
    values["total"] = text
    type_values(qtbot, dialog, **values)
    message = dialog.messages["total"]
    assert expected.format(n=format_number(12000)) in message.text()
    assert message.isVisible() and message.property("severity") == "error"
    assert dialog.fields["total"].property("severity") == "error"
    assert not dialog.messages["bw"].isVisible()
    assert not dialog.save_button.isEnabled()


def test_the_decrease_message_names_the_previous_value_and_date(page, qtbot):
    from desktop.formatting import format_date
    dialog = open_dialog(page, qtbot)
    type_values(qtbot, dialog, total="12000")
    assert dialog.messages["total"].text() == (
        f"{format_number(12000)} is lower than the previous reading {format_number(last(dialog, 'total'))} of "
        f"{format_date(dialog.product.last_reading_date)}.")


def test_an_unusual_jump_warns_and_asks_for_confirmation(page, qtbot):
    dialog = open_dialog(page, qtbot)
    values = valid_values(dialog)
    values["colour"] = str(last(dialog, "colour") + 20 * NORMAL_VOLUME)
    type_values(qtbot, dialog, **values)
    assert dialog.messages["colour"].property("severity") == "warning"
    assert "rose by" in dialog.messages["colour"].text()
    assert dialog.confirm_box.isVisible() and not dialog.save_button.isEnabled()
    dialog.confirm_box.setChecked(True)
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.reading_queued):
        dialog.save()


def test_a_second_reading_the_same_day_is_refused_at_the_date(page, qtbot):
    dialog = open_dialog(page, qtbot, product_id(4))  # read on 26.11.2026
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-1))
    assert "already a reading" in dialog.date_message.text()
    assert not dialog.save_button.isEnabled()


def test_enter_with_an_incomplete_reading_saves_nothing(page, qtbot, offline_ctx):
    dialog = open_dialog(page, qtbot)
    type_values(qtbot, dialog, total=valid_values(dialog)["total"])
    qtbot.keyClick(dialog.fields["total"], Qt.Key.Key_Return)
    assert dialog.isVisible() and outbox_items(offline_ctx.engine) == []


def test_closing_a_half_filled_dialog_asks_first(page, qtbot, monkeypatch):
    dialog = open_dialog(page, qtbot)
    type_values(qtbot, dialog, total="5")
    monkeypatch.setattr(dialog, "confirm_discard", lambda: False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    monkeypatch.setattr(dialog, "confirm_discard", lambda: True)
    dialog.close()
    assert not dialog.isVisible()


def test_an_empty_dialog_closes_without_asking(page, qtbot, monkeypatch):
    dialog = open_dialog(page, qtbot)
    monkeypatch.setattr(dialog, "confirm_discard", lambda: pytest.fail("asked although nothing was typed"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_machine_with_one_counter_gets_one_field(page, qtbot):
    dialog = open_dialog(page, qtbot, product_id(1))
    assert list(dialog.fields) == ["total"]
    assert dialog.fields["total"].accessibleName() == "New value of Total"
    assert format_number(last(dialog, "total")) in dialog.last_labels["total"].text()


def test_the_readings_query_sees_the_queued_reading(page, qtbot, offline_ctx):
    dialog = open_dialog(page, qtbot, product_id(1))
    type_values(qtbot, dialog, **valid_values(dialog))
    with qtbot.waitSignal(dialog.reading_queued):
        dialog.save()
    newest = reading_queries.reading_history(offline_ctx.engine, product_id(1), limit=1)[0]
    assert newest.reading_date == TODAY and newest.status == "pending"
    row = page.model.row_of(product_id(1))
    assert page.model.rows[row].last_reading_date == TODAY


# --- against the real demo portal's synced data ------------------------------------------------------------------

@pytest.mark.e2e
def test_the_page_shows_the_synced_demo_fleet(english_ui, qtbot, ctx):
    widget = ProductsPage(ctx)
    qtbot.addWidget(widget)
    count = widget.model.total_count()
    assert count > 0 and widget.count_label.text() == f"{format_number(count)} machines"
    assert widget.select_product(widget.model.rows[0].id)
    assert widget.detail.history_model.rowCount() > 0
    assert widget.detail.chart.bar_count() > 0


def test_a_value_is_shown_grouped_once_the_field_is_left(page, qtbot):
    dialog = open_dialog(page, qtbot, product_id(1))
    value = last(dialog, "total") + 1500
    type_values(qtbot, dialog, total=str(value))
    dialog.fields["total"].editingFinished.emit()
    assert dialog.fields["total"].text() == format_number(value)
    assert dialog.check.values == {"total": value} and dialog.save_button.isEnabled()


def test_columns_fit_the_first_machines_a_first_sync_brings(qtbot, tmp_path):
    """On a first start the page opens on an empty cache; the widths must follow the first rows, not the headers."""
    from sync.cache.db import open_cache
    from tests.desktop.pages_fixtures import fill_cache, make_context

    engine = open_cache(tmp_path / "empty.sqlite")
    ctx = make_context(engine)
    widget = ProductsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    empty_width = widget.table.columnWidth(Col.SERIAL)

    fill_cache(engine, 5)
    ctx.notify_changed("product")  # what the shell announces after a pull
    qtbot.waitUntil(lambda: widget.model.rowCount() == 5)
    table, header = widget.table, widget.table.horizontalHeader()
    digit = table.fontMetrics().horizontalAdvance("0")
    for column, cap in ((Col.SERIAL, 16), (Col.MODEL, 24), (Col.SITE, 18)):
        fitted = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert table.columnWidth(column) == max(min(fitted, cap * digit), header.sectionSizeHint(column))
    assert table.columnWidth(Col.SERIAL) == max(table.sizeHintForColumn(Col.SERIAL),
                                                header.sectionSizeHint(Col.SERIAL))  # serials are never cut
    assert table.columnWidth(Col.SERIAL) != empty_width
    assert ctx.wait_idle()
