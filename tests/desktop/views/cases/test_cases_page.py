"""The cases list (model and page) on a cache filled directly: columns and their words, bold unread rows, filters
with their counts, search, SQL sorting, paging on to a case, selection kept across refreshes, empty states."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import insert, select, update

from desktop.formatting import format_datetime
from desktop.models.base import OBJECT_ROLE, SORT_ROLE
from desktop.models.cases import CasesModel
from desktop.views.cases.cases_page import CasesPage
from desktop.views.widgets.tables import select_row
from domain.clock import utc_now
from sync.cache.db import open_cache, writer
from sync.cache.schema import cases, me
from sync.cache.stamps import to_iso
from sync.cases.queries import CaseQuery
from tests.desktop.pages_fixtures import make_context
from tests.support.cache_rows import T0, case_values, insert_rows, product_values

Col = CasesModel.Col
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the offscreen platform's remark

PRODUCT = product_values(1, serial="XKB000001", model="bizhub C300i")


def standard_cases() -> list[dict]:
    """Eight cases: two of each kind the filters tell apart, one pending, one rejected, two unread."""
    return [
        case_values(1, product=PRODUCT, state="new", subject="Papirstopp i skuff 2", activity=T0 + timedelta(hours=9)),
        case_values(2, product=PRODUCT, state="in_progress", subject="Striper på arket", category="print_quality",
                    unread=True, activity=T0 + timedelta(hours=8)),
        case_values(3, product=PRODUCT, state="awaiting_customer", subject="Hvilken feilkode?",
                    category="error_code", unread=True, activity=T0 + timedelta(hours=7)),
        case_values(4, product=None, state="awaiting_customer", subject="Faktura for oktober", category="invoice",
                    activity=T0 + timedelta(hours=6)),
        case_values(5, product=PRODUCT, state="resolved", subject="Toner ikke gjenkjent", category="supplies",
                    activity=T0 + timedelta(hours=5)),
        case_values(6, product=None, state="closed", subject="Ny kontaktperson", category="contract",
                    activity=T0 + timedelta(hours=4)),
        case_values(7, product=PRODUCT, state="new", subject="Skann til e-post", category="scan_send", number=None,
                    sync_status="pending", activity=T0 + timedelta(hours=10)),
        case_values(8, product=PRODUCT, state="new", subject="Nettverk nede", category="network",
                    sync_status="rejected", activity=T0 + timedelta(hours=3)),
    ]


@pytest.fixture
def case_cache(tmp_path):
    engine = open_cache(tmp_path / "cache.sqlite")
    insert_rows(engine, standard_cases(), [PRODUCT])
    yield engine
    engine.dispose()


@pytest.fixture
def ctx(qapp, case_cache):
    context = make_context(case_cache)
    yield context
    assert context.wait_idle()


@pytest.fixture
def page(qtbot, ctx):
    widget = CasesPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def shown_ids(model) -> list[str]:
    return [model.index(r, 0).data(OBJECT_ROLE).id for r in range(model.rowCount())]


def cell(model, case_id: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.index(model.row_of(case_id), column).data(role)


# --- the model --------------------------------------------------------------------------------------------------

def test_model_passes_the_model_tester(qtmodeltester, ctx):
    model = CasesModel(ctx, query=CaseQuery(filter="all"), now=lambda: T0)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 8


def test_model_columns_say_what_a_person_reads(ctx):
    model = CasesModel(ctx, query=CaseQuery(filter="all"), now=lambda: T0)
    model.reload()
    assert cell(model, "c000001", Col.NUMBER) == "CS0000001"
    assert cell(model, "c000007", Col.NUMBER) == "Not sent yet"
    assert cell(model, "c000001", Col.PRODUCT) == "XKB000001 bizhub C300i"
    assert cell(model, "c000004", Col.PRODUCT) == "Account question"
    assert cell(model, "c000002", Col.CATEGORY) == "Print quality"
    assert cell(model, "c000004", Col.CATEGORY) == "Invoice"
    assert cell(model, "c000001", Col.STATE) == "New"
    assert cell(model, "c000002", Col.STATE) == "In progress"
    assert cell(model, "c000003", Col.STATE) == "Awaiting your reply"
    assert cell(model, "c000005", Col.STATE) == "Resolved"
    assert cell(model, "c000006", Col.STATE) == "Closed"
    assert cell(model, "c000007", Col.STATE) == "Waiting to be sent"
    assert cell(model, "c000008", Col.STATE) == "Rejected by the portal"
    row = cell(model, "c000001", Col.SUBJECT, OBJECT_ROLE)
    assert cell(model, "c000001", Col.LAST_ACTIVITY) == format_datetime(row.last_activity_at) != ""
    assert cell(model, "c000001", Col.EXPECTED_RESPONSE) == format_datetime(row.expected_response_at) != ""
    assert cell(model, "c000001", Col.STATE, SORT_ROLE) == "new"
    assert cell(model, "c000008", Col.STATE, Qt.ItemDataRole.ToolTipRole)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Number", "Subject", "Product", "Category", "State", "Last activity", "Expected response"]


def test_unread_rows_are_bold_and_say_so(ctx):
    model = CasesModel(ctx, query=CaseQuery(filter="all"), now=lambda: T0)
    model.reload()
    for column in range(model.columnCount()):
        font = cell(model, "c000002", column, Qt.ItemDataRole.FontRole)
        assert isinstance(font, QFont) and font.bold()
        assert cell(model, "c000001", column, Qt.ItemDataRole.FontRole) is None
    assert cell(model, "c000002", 0, Qt.ItemDataRole.AccessibleDescriptionRole) == "Unread"


def test_model_refreshes_a_changed_case_in_place(qtbot, ctx, case_cache):
    model = CasesModel(ctx, query=CaseQuery(filter="all"), now=lambda: T0)
    model.reload()
    with writer(case_cache).begin() as conn:
        conn.execute(update(cases).where(cases.c.id == "c000001").values(state="in_progress", unread=1))
    with qtbot.wait_signal(model.dataChanged), qtbot.assert_not_emitted(model.modelReset):
        ctx.notify_changed("case", {"c000001"})
    assert cell(model, "c000001", Col.STATE) == "In progress"
    assert cell(model, "c000001", 0, Qt.ItemDataRole.FontRole).bold()


def test_model_pages_lazily_and_loads_until_a_case(qtbot, tmp_path, qapp):
    engine = open_cache(tmp_path / "many.sqlite")
    insert_rows(engine, [case_values(i, state="new") for i in range(1, 651)])
    context = make_context(engine)
    model = CasesModel(context)
    model.reload()
    assert model.rowCount() == 200 and model.canFetchMore(QModelIndex())
    position = model.load_until("c000003")  # the oldest but two: on the fourth page
    assert position == 647 and model.rowCount() == 650
    assert model.load_until("missing") is None
    assert context.wait_idle()
    engine.dispose()


# --- the page ---------------------------------------------------------------------------------------------------

def test_filters_show_their_counts_and_rows(qtbot, page):
    assert page.filter_buttons["open"].text() in ("Open", "Open (6)")  # named at once, counted on the database thread
    expected = {"open": "Open (6)", "awaiting": "Awaiting your reply (2)", "resolved": "Resolved (2)",
                "all": "All (8)"}
    qtbot.waitUntil(lambda: {flt: button.text() for flt, button in page.filter_buttons.items()} == expected)
    assert page.filter_buttons["open"].isChecked()
    assert shown_ids(page.model) == ["c000007", "c000001", "c000002", "c000003", "c000004", "c000008"]
    page.filter_buttons["awaiting"].click()
    assert shown_ids(page.model) == ["c000003", "c000004"]
    page.filter_buttons["resolved"].click()
    assert shown_ids(page.model) == ["c000005", "c000006"]
    page.filter_buttons["all"].click()
    assert len(shown_ids(page.model)) == 8
    page.show_filter("nonsense")
    assert page.model.query.filter == "all"


def test_search_is_debounced_and_runs_in_sql(qtbot, page):
    page.filter_buttons["all"].click()
    qtbot.keyClicks(page.search, "STRIPER PÅ")
    assert len(shown_ids(page.model)) == 8  # not yet: the search waits for the typing to pause
    qtbot.waitUntil(lambda: shown_ids(page.model) == ["c000002"])
    page.search.clear()
    qtbot.keyClicks(page.search, "%")
    page.search.returnPressed.emit()
    assert shown_ids(page.model) == []
    assert not page.list_area.showing_rows() and page.list_area.clear_button.isVisible()
    assert "“%”" in page.list_area.message.text()


def test_header_click_sorts_in_sql(page):
    page.filter_buttons["all"].click()
    page.table.sortByColumn(Col.SUBJECT, Qt.SortOrder.AscendingOrder)
    assert page.model.query.sort == "subject" and not page.model.query.descending
    subjects = [page.model.index(r, Col.SUBJECT).data() for r in range(page.model.rowCount())]
    assert subjects == sorted(subjects, key=str.lower)
    page.table.sortByColumn(Col.NUMBER, Qt.SortOrder.DescendingOrder)
    assert shown_ids(page.model)[0] == "c000007"  # not sent yet: newer than every number
    page.table.sortByColumn(Col.CATEGORY, Qt.SortOrder.AscendingOrder)  # not sortable: the SQL order stays
    assert page.model.query.sort == "number"
    assert page.table.horizontalHeader().sortIndicatorSection() == Col.NUMBER


def test_selecting_an_unread_case_shows_it_and_marks_it_read(qtbot, page, ctx, case_cache):
    page.show_case("c000002")
    assert page.detail.case_id == "c000002"
    assert page.current_case().id == "c000002"
    ctx.wait_idle()
    qtbot.waitUntil(lambda: not cell(page.model, "c000002", 0, OBJECT_ROLE).unread)
    with case_cache.connect() as conn:
        assert conn.execute(select(cases.c.unread).where(cases.c.id == "c000002")).scalar_one() == 0
    assert cell(page.model, "c000002", 0, Qt.ItemDataRole.FontRole) is None


def test_show_case_switches_to_all_when_the_filter_hides_it(page):
    page.search.setText("faktura")
    page.search.returnPressed.emit()
    assert page.show_case("c000006")  # closed: not open, and not "faktura"
    assert page.model.query.filter == "all" and page.model.query.text == ""
    assert page.filter_buttons["all"].isChecked() and page.search.text() == ""
    assert page.current_case().id == "c000006"
    assert not page.show_case("missing")


def test_selection_survives_a_sync_that_reorders_the_list(page, ctx, case_cache):
    page.filter_buttons["all"].click()
    page.show_case("c000005")
    with writer(case_cache).begin() as conn:
        conn.execute(update(cases).where(cases.c.id == "c000006").values(
            last_activity_at=(T0 + timedelta(days=3)).isoformat(timespec="microseconds"), state="resolved"))
    ctx.notify_changed("case_message", None)  # a pull: every entity announced as ALL
    ctx.notify_changed("case", None)
    assert shown_ids(page.model)[0] == "c000006"
    assert page.current_case().id == "c000005" and page.detail.case_id == "c000005"


def test_counts_follow_cache_changes(qtbot, page, ctx, case_cache):
    insert_rows(case_cache, [case_values(20, product=PRODUCT, state="awaiting_customer", subject="Nytt spørsmål",
                                         activity=T0 + timedelta(days=1))])
    ctx.notify_changed("case", None)
    # counted on the database thread
    qtbot.waitUntil(lambda: page.filter_buttons["awaiting"].text() == "Awaiting your reply (3)")
    qtbot.waitUntil(lambda: page.filter_buttons["open"].text() == "Open (7)")
    assert shown_ids(page.model)[0] == "c000020"


def test_empty_states_say_what_to_do(qtbot, qapp, tmp_path):
    engine = open_cache(tmp_path / "empty.sqlite")
    context = make_context(engine)
    widget = CasesPage(context)
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.list_area.showing_rows() and not widget.list_area.clear_button.isVisible()
    assert widget.list_area.message.text() == "No open cases. Start with Self-help, or open a new case."
    widget.show_filter("awaiting")
    assert widget.list_area.message.text() == "Nothing is waiting for your reply."
    qtbot.waitUntil(lambda: widget.filter_buttons["all"].text() == "All (0)")
    insert_rows(engine, [case_values(1, state="awaiting_customer")])
    context.notify_changed("case", {"c000001"})
    assert widget.list_area.showing_rows() and shown_ids(widget.model) == ["c000001"]
    assert context.wait_idle()
    engine.dispose()


def test_new_case_opens_the_dialog_and_selects_the_queued_case(qtbot, page, case_cache):
    page.new_item()
    dialog = page.new_case_dialog
    assert dialog is not None and dialog.isVisible()
    page.new_item()
    assert page.new_case_dialog is dialog  # one at a time
    insert_rows(case_cache, [case_values(30, product=PRODUCT, number=None, sync_status="pending", state="new",
                                         subject="Helt ny sak", activity=T0 + timedelta(days=5))])
    dialog.case_queued.emit("c000030")
    assert page.current_case().id == "c000030" and page.detail.case_id == "c000030"
    qtbot.waitUntil(lambda: page.filter_buttons["open"].text() == "Open (7)")
    dialog.close()


def test_enter_on_a_case_moves_the_keyboard_to_its_conversation(qtbot, page):
    page.show_case("c000001")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.detail.isAncestorOf(page.focusWidget()) or page.focusWidget() is page.detail


def test_state_is_saved_and_restored(qtbot, page, ctx):
    page.splitter.setSizes([500, 700])
    page.save_state()
    sizes = page.splitter.sizes()
    again = CasesPage(ctx)
    qtbot.addWidget(again)
    again.resize(page.size())
    again.show()
    assert again.splitter.sizes() == sizes


def test_category_and_expected_response_start_hidden_and_the_header_menu_shows_them(page):
    assert page.table.isColumnHidden(Col.CATEGORY) and page.table.isColumnHidden(Col.EXPECTED_RESPONSE)
    assert not page.table.isColumnHidden(Col.SUBJECT) and "subject" not in page.column_actions
    page.column_actions["category"].setChecked(True)
    assert not page.table.isColumnHidden(Col.CATEGORY)
    page.column_actions["state"].setChecked(False)
    assert page.table.isColumnHidden(Col.STATE)


# --- overdue ------------------------------------------------------------------------------------------------------

def test_an_expected_answer_in_the_past_is_marked_overdue(ctx, case_cache):
    """Case 2 (in progress) was expected by T0 + 10 h; case 3 and 4 wait for the customer, 5 and 6 are done, 7 is
    not sent yet: only what the service desk still owes can be overdue."""
    late = T0 + timedelta(hours=10)
    model = CasesModel(ctx, query=CaseQuery(filter="all"), now=lambda: late)
    model.reload()
    assert cell(model, "c000002", Col.STATE) == "In progress – overdue"
    assert cell(model, "c000002", Col.EXPECTED_RESPONSE) == f"{format_datetime(late)} – overdue"
    assert cell(model, "c000002", Col.STATE, Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(model, "c000002", Col.STATE, Qt.ItemDataRole.ToolTipRole) == (
        f"The service desk's answer was expected by {format_datetime(late)}.")
    assert cell(model, "c000001", Col.STATE) == "New – overdue"  # expected by T0 + 9 h
    for case_id in ("c000003", "c000004", "c000005", "c000006", "c000007", "c000008"):
        assert "overdue" not in cell(model, case_id, Col.STATE), case_id
    early = CasesModel(ctx, query=CaseQuery(filter="all"), now=lambda: late - timedelta(seconds=1))
    early.reload()
    assert cell(early, "c000002", Col.STATE) == "In progress"
    assert cell(early, "c000002", Col.EXPECTED_RESPONSE) == format_datetime(late)
    assert cell(early, "c000002", Col.STATE, Qt.ItemDataRole.BackgroundRole) is None


# --- the case the user looks at stays --------------------------------------------------------------------------

def resolve_on_the_portal(ctx, case_cache, case_id: str) -> None:
    """What a pull does when the agent resolved the case: the row changes and the pull announces every case."""
    with writer(case_cache).begin() as conn:
        conn.execute(update(cases).where(cases.c.id == case_id).values(
            state="resolved", resolved_at=to_iso(utc_now()), last_activity_at=to_iso(T0 + timedelta(hours=1))))
    ctx.broadcast({"case": {case_id}}, pulled=True)


def test_a_case_resolved_while_open_stays_selected_and_shown_until_the_user_moves_on(qtbot, page, ctx, case_cache):
    assert page.model.query.filter == "open"
    assert page.show_case("c000002")
    resolve_on_the_portal(ctx, case_cache, "c000002")
    assert page.current_case() is not None and page.current_case().id == "c000002"
    assert page.current_case().state == "resolved"
    assert page.detail.case_id == "c000002" and page.detail.stack.currentIndex() == 1
    assert page.detail.facts_label.text().endswith("Resolved")
    qtbot.waitUntil(lambda: page.filter_buttons["open"].text() == "Open (5)")  # the counts say what the filter holds
    select_row(page.table, page.model.row_of("c000001"))  # the user moves on
    ctx.broadcast({"case": None}, pulled=True)
    assert "c000002" not in shown_ids(page.model) and page.current_case().id == "c000001"


def test_a_case_reopened_on_the_resolved_filter_stays_and_shows_its_new_state(qtbot, page, ctx, case_cache,
                                                                           monkeypatch):
    with writer(case_cache).begin() as conn:
        conn.execute(update(cases).where(cases.c.id == "c000005").values(resolved_at=to_iso(utc_now()),
                                                                         created_by="kari@example.no"))
        conn.execute(insert(me).values(id=1, user_id="u-kari", email="kari@example.no", name="Kari Nordmann",
                                       role="customer", account_id="acc-1"))  # the author: she may reopen it
    page.show_filter("resolved")
    assert page.show_case("c000005")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.detail.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.case.state == "in_progress", timeout=5000)
    ctx.broadcast({"case": None}, pulled=True)  # the next sync round re-reads the list
    assert page.current_case().id == "c000005" and page.current_case().state == "in_progress"
    assert page.detail.case_id == "c000005" and not page.detail.reply_box.isHidden()
    page.show_filter("open")  # changing the filter is moving on; the reopened case is open now
    assert page.current_case().id == "c000005"
    page.show_filter("resolved")
    assert "c000005" not in shown_ids(page.model) and page.detail.case_id is None


def test_the_kept_case_is_not_listed_twice_when_paging_on(qtbot, ctx, case_cache):
    model = CasesModel(ctx, query=CaseQuery(filter="open"))
    model.page_size = 2
    model.keep_shown("c000005")  # resolved: not in "open"
    model.reload()
    model.load_all()
    ids = shown_ids(model)
    assert ids[0] == "c000005" and len(ids) == len(set(ids)) == 7
