"""The pieces every view shares (desktop.views.widgets): the error line and its field, message colours, the list
table and its detail splitter, and the search box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QWidget

from desktop.models.products import ProductsModel
from desktop.views.widgets.labels import plain_label
from desktop.views.widgets.messages import (
    color_message,
    error_label,
    message_color,
    set_error,
    show_message,
    with_error,
)
from desktop.views.widgets.search_box import search_box
from desktop.views.widgets.tables import current_object, list_detail_splitter, list_table, select_row
from tests.desktop.pages_fixtures import offline_ctx, product_id, small_cache  # noqa: F401


def test_an_error_line_is_hidden_until_it_has_something_to_say(qtbot):
    field, error = QLineEdit(), error_label()
    holder = with_error(field, error)
    qtbot.addWidget(holder)
    holder.show()
    assert not error.isVisible() and error.textFormat() == Qt.TextFormat.PlainText
    set_error(error, "This is not an e-mail address.")
    assert error.isVisible() and error.text() == "This is not an e-mail address."
    assert field.accessibleDescription() == "This is not an e-mail address."  # a screen reader says why
    set_error(error, None)
    assert not error.isVisible() and error.text() == "" and field.accessibleDescription() == ""


def test_an_error_line_under_a_layout_shows_without_a_field_to_describe(qtbot):
    row, error = QHBoxLayout(), error_label()
    row.addWidget(QLineEdit())
    holder = with_error(row, error)
    qtbot.addWidget(holder)
    holder.show()
    set_error(error, "Choose one.")
    assert error.isVisible() and error.property("field") is None


def test_messages_take_their_severitys_colour(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    for severity in ("error", "warning", None):
        color_message(label, severity)
        assert label.palette().color(label.foregroundRole()) == message_color(severity)
    assert message_color("error") != message_color("warning") != message_color(None)


class _Finding:
    def __init__(self, text: str, blocking: bool) -> None:
        self.text, self.blocking = text, blocking


def test_show_message_shows_the_worst_and_hides_when_there_is_nothing(qtbot):
    label = plain_label()
    qtbot.addWidget(label)
    label.show()
    show_message(label, [_Finding("Check the value.", False), _Finding("Too low.", True)])
    assert label.isVisible() and label.text() == "Check the value.\nToo low." and label.property("severity") == "error"
    show_message(label, [_Finding("Check the value.", False)])
    assert label.property("severity") == "warning"
    assert label.palette().color(label.foregroundRole()) == message_color("warning")
    show_message(label, [])
    assert not label.isVisible() and label.property("severity") == ""


def test_a_list_table_selects_whole_rows_and_shows_the_models_sort(qtbot, offline_ctx):
    model = ProductsModel(offline_ctx)
    model.reload()
    table = list_table(model, "Products", stretch=ProductsModel.Col.LOCATION)
    detail = QWidget()
    splitter = list_detail_splitter("productsSplitter", table, detail)
    qtbot.addWidget(splitter)
    assert table.accessibleName() == "Products" and table.isSortingEnabled()
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    header = table.horizontalHeader()
    assert header.sectionResizeMode(ProductsModel.Col.LOCATION) == QHeaderView.ResizeMode.Interactive  # it fills
    # the room the others leave by itself, never less than its fitted width (tests/desktop/views/widgets/test_cells.py)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == model.sort_column()
    assert splitter.objectName() == "productsSplitter" and splitter.widget(0) is table and splitter.widget(1) is detail
    assert not splitter.childrenCollapsible()


def test_select_row_makes_it_the_current_object(qtbot, offline_ctx):
    model = ProductsModel(offline_ctx)
    model.reload()
    table = list_table(model, "Products", stretch=ProductsModel.Col.LOCATION)
    qtbot.addWidget(table)
    assert current_object(table) is None
    row = model.row_of(product_id(7))
    select_row(table, row)
    assert current_object(table).id == product_id(7)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [row]


def test_a_search_box_says_what_it_searches(qtbot):
    box = search_box("Search serial (Ctrl+F)", "Search products")
    qtbot.addWidget(box)
    assert (box.placeholderText(), box.accessibleName(), box.isClearButtonEnabled()) == (
        "Search serial (Ctrl+F)", "Search products", True)
