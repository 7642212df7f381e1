"""The table models: Qt's model tester on every one (first page, after fetchMore, after a filter change), lazy SQL
paging, SQL sorting, locale formatting and in-place refresh on cache changes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt

from desktop.models.base import ID_ROLE, OBJECT_ROLE, PAGE_SIZE, SORT_ROLE
from desktop.models.meter_round import MeterRoundModel
from desktop.models.products import ProductsModel
from desktop.models.readings import ReadingsModel
from desktop.views.readings.import_readings_dialog import (
    ImportPreviewModel,
    PreviewLine,
)
from sync.products import queries as product_queries
from sync.products.records import ProductFilter
from tests.desktop.pages_fixtures import (  # noqa: F401
    TODAY,
    big_cache,
    big_ctx,
    offline_ctx,
    product_id,
    small_cache,
)

Col = ProductsModel.Col


@pytest.fixture
def norwegian():
    previous = QLocale()
    QLocale.setDefault(QLocale("nb_NO"))
    yield
    QLocale.setDefault(previous)


# --- products ---------------------------------------------------------------------------------------------------

def test_products_model_loads_one_page_and_fetches_more_lazily(big_ctx):
    model = ProductsModel(big_ctx)
    model.reload()
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    ids = [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())]
    assert len(set(ids)) == len(ids)
    model.load_all()
    assert model.rowCount() == 1200 and not model.canFetchMore(QModelIndex())


def test_products_model_passes_the_model_tester_paged_and_filtered(big_ctx, qtmodeltester):
    model = ProductsModel(big_ctx)
    model.reload()
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.update_filter(text="bergen")
    qtmodeltester.check(model)
    model.update_filter(text="", due_only=True, site_id="oslo")
    qtmodeltester.check(model)


def test_fetch_more_inserts_with_an_inclusive_last_row(big_ctx, qtbot):
    model = ProductsModel(big_ctx)
    model.reload()
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.fetchMore(QModelIndex())
    _parent, first, last = inserted.args
    assert (first, last) == (PAGE_SIZE, 2 * PAGE_SIZE - 1)


@pytest.mark.parametrize("column, key", [(Col.SERIAL, "serial"), (Col.MODEL, "model"), (Col.SITE, "site"),
                                         (Col.LOCATION, "location"), (Col.LAST_READING, "last_reading")])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_by_a_column_requeries_in_sql(big_ctx, column, key, order):
    model = ProductsModel(big_ctx)
    model.reload()
    model.sort(column, order)
    descending = order == Qt.SortOrder.DescendingOrder
    assert model.filter.sort == key and model.filter.descending is descending
    expected = product_queries.product_page(big_ctx.engine, ProductFilter(sort=key, descending=descending), today=TODAY,
                                    limit=PAGE_SIZE)
    assert [r.id for r in model.rows] == [r.id for r in expected]
    model.fetchMore(QModelIndex())
    values = [model.data(model.index(r, column), SORT_ROLE) or "" for r in range(model.rowCount())]
    values = [v.isoformat() if isinstance(v, date) else v for v in values]
    assert values == sorted(values, reverse=descending)


@pytest.mark.parametrize("column", [Col.LAST_TOTAL, Col.DUE])
def test_columns_sql_cannot_sort_ignore_a_sort_request(big_ctx, column):
    model = ProductsModel(big_ctx)
    model.reload()
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert model.filter == ProductFilter()


def test_filters_narrow_the_count_in_sql(big_ctx):
    model = ProductsModel(big_ctx)
    model.reload()
    everything = model.total_count()
    model.update_filter(text="SN0001")
    assert model.total_count() == model.rowCount() == 10
    assert all("SN0001" in r.serial for r in model.rows)
    model.update_filter(text="", site_id="bergen")
    assert 0 < model.total_count() < everything and {r.site_name for r in model.rows} == {"Bergen office"}
    model.update_filter(site_id=None, due_only=True)
    assert 0 < model.total_count() < everything and all(r.reading_due for r in model.rows)


def test_display_is_formatted_in_the_locale_with_raw_values_behind(offline_ctx, norwegian):
    model = ProductsModel(offline_ctx)
    model.reload()
    row = model.row_of(product_id(2))
    product = model.data(model.index(row, 0), OBJECT_ROLE)
    assert product.id == product_id(2)
    total = model.index(row, Col.LAST_TOTAL)
    assert model.data(total, SORT_ROLE) == product.last_values["total"]
    assert model.data(total) == QLocale("nb_NO").toString(product.last_values["total"])
    assert "\u00a0" in model.data(total)  # 172 200: grouped the Norwegian way
    assert model.data(model.index(row, Col.LAST_READING)) == "25.10.2026"
    assert model.data(total, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight.value
    assert not model.data(model.index(row, Col.SERIAL), Qt.ItemDataRole.TextAlignmentRole) \
        & Qt.AlignmentFlag.AlignRight.value
    assert model.data(model.index(row, Col.DUE)) == "Due"
    assert model.data(model.index(row, Col.DUE), Qt.ItemDataRole.BackgroundRole) is not None


def test_pending_last_reading_is_marked(offline_ctx):
    model = ProductsModel(offline_ctx)
    model.reload()
    pending = model.index(model.row_of(product_id(1)), Col.LAST_READING)
    assert model.data(pending, Qt.ItemDataRole.BackgroundRole) is not None
    assert "sent to the portal" in model.data(pending, Qt.ItemDataRole.ToolTipRole)


def test_a_changed_product_refreshes_only_its_row(offline_ctx, qtbot):
    from sqlalchemy import update

    from sync.cache.db import writer
    from sync.cache.schema import products
    model = ProductsModel(offline_ctx)
    model.reload()
    row = model.row_of(product_id(3))
    with writer(offline_ctx.engine).begin() as conn:
        conn.execute(update(products).where(products.c.id == product_id(3)).values(location="Moved to the cellar"))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged) as changed:
        offline_ctx.notify_changed("product", {product_id(3)})
    top_left, bottom_right = changed.args[:2]
    assert top_left.row() == bottom_right.row() == row
    assert model.data(model.index(row, Col.LOCATION)) == "Moved to the cellar"


def test_a_full_refresh_keeps_rows_when_the_order_did_not_change(offline_ctx, qtbot):
    model = ProductsModel(offline_ctx)
    model.reload()
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        offline_ctx.notify_changed("product")


# --- readings ---------------------------------------------------------------------------------------------------

def test_readings_model_pages_newest_first_and_marks_status(offline_ctx, qtmodeltester):
    model = ReadingsModel(offline_ctx)
    model.page_size = 10
    model.set_product(product_queries.product(offline_ctx.engine, product_id(1), today=TODAY))
    assert model.rowCount() == 10 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.load_all()
    assert model.rowCount() == 24
    dates = [model.data(model.index(r, 0), SORT_ROLE) for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    status = model.index(0, model.status_section)
    assert model.data(status) == "Pending"
    assert model.data(status, Qt.ItemDataRole.BackgroundRole) is not None
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == \
        ["Date", "Total", "Status"]
    qtmodeltester.check(model)


def test_readings_model_shows_rejected_readings_struck_out(offline_ctx):
    model = ReadingsModel(offline_ctx)
    model.set_product(product_queries.product(offline_ctx.engine, product_id(5), today=TODAY))
    rejected = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0), OBJECT_ROLE).status ==
                    "rejected")
    assert model.data(model.index(rejected, model.status_section)) == "Rejected"
    assert model.data(model.index(rejected, 1), Qt.ItemDataRole.FontRole).strikeOut()
    assert "refused" in model.data(model.index(rejected, model.status_section), Qt.ItemDataRole.ToolTipRole)


def test_readings_model_without_a_product_is_empty(offline_ctx, qtmodeltester):
    model = ReadingsModel(offline_ctx)
    model.set_product(None)
    assert model.rowCount() == 0
    qtmodeltester.check(model)


# --- meter round ------------------------------------------------------------------------------------------------

def _new_cell(model: MeterRoundModel, pid: str, key: str):
    return model.index(model.row_of(pid), model.column_of(f"new:{key}"))


def test_meter_round_model_passes_the_model_tester_with_drafts_and_filters(big_ctx, qtmodeltester):
    model = MeterRoundModel(big_ctx)
    model.reload()
    qtmodeltester.check(model)
    model.setData(_new_cell(model, product_id(1), "total"), "12a")
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    model.update_filter(due_only=True)
    qtmodeltester.check(model)
    model.clear_drafts()


def test_meter_round_columns_follow_the_fleets_counters(offline_ctx):
    model = MeterRoundModel(offline_ctx)
    model.reload()
    assert model.counter_keys() == ["total", "bw", "colour", "large_format_m2"]
    mono = model.row_of(product_id(1))
    bw = model.index(mono, model.column_of("new:bw"))
    assert not model.flags(bw) & Qt.ItemFlag.ItemIsEditable and not model.flags(bw) & Qt.ItemFlag.ItemIsEnabled
    assert not model.setData(bw, "5")
    assert model.flags(model.index(mono, model.column_of("new:total"))) & Qt.ItemFlag.ItemIsEditable
    assert model.headerData(model.column_of("new:bw"), Qt.Orientation.Horizontal) == "Black/white\nnew"


def test_meter_round_cell_says_why_a_value_is_wrong(offline_ctx):
    model = MeterRoundModel(offline_ctx)
    model.reload()
    cell = _new_cell(model, product_id(1), "total")
    assert model.setData(cell, "1000")
    assert model.data(cell, Qt.ItemDataRole.EditRole) == "1000"
    assert "lower than the previous reading" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) is not None
    assert "lower than" in model.message_for(cell)
    assert model.ready_entries() == [] and model.attention_count() == 1


def test_meter_round_drafts_survive_a_filter_change_and_a_sort(offline_ctx):
    model = MeterRoundModel(offline_ctx)
    model.reload()
    last = model.row_at(model.row_of(product_id(1))).last_values["total"]
    model.setData(_new_cell(model, product_id(1), "total"), str(last + 500))
    model.update_filter(text="SN00003")
    assert model.row_of(product_id(1)) is None
    model.update_filter(text="")
    model.sort(model.MODEL, Qt.SortOrder.DescendingOrder)
    assert model.data(_new_cell(model, product_id(1), "total"), Qt.ItemDataRole.EditRole) == str(last + 500)
    assert [e.product_id for e in model.ready_entries()] == [product_id(1)]


# --- import preview ---------------------------------------------------------------------------------------------

def test_import_preview_model_passes_the_model_tester(offline_ctx, qtmodeltester):
    product = product_queries.product(offline_ctx.engine, product_id(1), today=TODAY)
    model = ImportPreviewModel()
    model.set_rows([PreviewLine(2, "SN00001", "ok", "", product, TODAY, {"total": 200_000}),
                    PreviewLine(3, "", "error", "Line 3: '32.11.2026' is not a date.")])
    qtmodeltester.check(model)
    assert model.data(model.index(1, model.STATUS)) == "Error"
    assert model.data(model.index(1, model.MESSAGE), Qt.ItemDataRole.ToolTipRole).startswith("Line 3")
    assert len(model.entries()) == 1


def test_a_sent_reading_updates_the_products_last_reading_status(offline_ctx, qtbot):
    from sqlalchemy import update

    from sync.cache.db import writer
    from sync.cache.schema import readings
    model = ProductsModel(offline_ctx)
    model.reload()
    cell = model.index(model.row_of(product_id(1)), Col.LAST_READING)
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) is not None  # pending
    with writer(offline_ctx.engine).begin() as conn:
        conn.execute(update(readings).where(readings.c.product_id == product_id(1)).values(status="accepted"))
    with qtbot.assertNotEmitted(model.modelReset):
        offline_ctx.notify_changed("meter_reading")  # a pull
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) is None
