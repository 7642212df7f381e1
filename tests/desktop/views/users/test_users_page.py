"""The Users page and its dialogs with real widgets on a cache (no portal): the list, a new user refused as typed
for an address a user already has, then queued and "not sent yet"; a role change and the last administrator kept;
the assignment picker moving selected machines and all that match a site; and the models under
QAbstractItemModelTester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.models.users import PickerModel, UsersModel
from desktop.views.users.assignment_picker import AssignmentPicker
from desktop.views.users.new_user_dialog import NewUserDialog
from desktop.views.users.users_page import UsersPage
from domain.wire import User
from sync.cache.db import writer
from sync.cache.schema import me
from sync.outbox import queue as outbox
from sync.users import queries
from sync.users.apply import write_user
from sync.users.records import PickerFilter
from tests.desktop.pages_fixtures import offline_ctx, product_id, small_cache  # noqa: F401

pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints"), pytest.mark.usefixtures("english_ui")]


def add_users(engine, *extra: User) -> None:
    with writer(engine).begin() as conn:
        conn.execute(me.insert().values(id=1, user_id="u-anne", email="anne@example.no", name="Anne Admin",
                                        role="admin", account_id="a-1"))
        write_user(conn, User(id="u-anne", email="anne@example.no", name="Anne Admin", role="admin",
                              account_id="a-1"))
        write_user(conn, User(id="u-kari", email="kari@example.no", name="Kari Nordmann", role="customer",
                              account_id="a-1", assigned_product_ids=[product_id(0), product_id(1)]))
        for user in extra:
            write_user(conn, user)


@pytest.fixture
def ctx(offline_ctx):  # noqa: F811
    add_users(offline_ctx.engine)
    return offline_ctx


@pytest.fixture
def page(qtbot, ctx):
    widget = UsersPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    return widget


def cell(model, row: int, key: str) -> str:
    return model.index(row, model.column_of(key)).data()


def test_the_list_shows_role_status_and_machines(page):
    model = page.model
    assert [cell(model, r, "name") for r in range(model.rowCount())] == ["Anne Admin", "Kari Nordmann"]
    assert [cell(model, 1, k) for k in ("role", "status", "machines")] == ["Customer", "Active", "2"]


def test_a_taken_address_is_refused_as_typed_and_a_good_user_is_queued(qtbot, ctx, page):
    dialog = NewUserDialog(ctx, page)
    qtbot.addWidget(dialog)
    dialog.show()
    create = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not create.isEnabled() and not dialog.errors["name"].isVisible()  # nothing typed: nothing red
    qtbot.keyClicks(dialog.name, "Per Persen")
    qtbot.keyClicks(dialog.email, "KARI@example.no")
    assert dialog.errors["email"].text() == "This e-mail address already belongs to a user."
    assert not create.isEnabled()
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "per@example")
    assert dialog.errors["email"].text().startswith("This is not an e-mail address")
    qtbot.keyClicks(dialog.email, ".no")
    assert not dialog.errors["email"].isVisible() and create.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        create.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    row = page.model.row_of(dialog.created_id)
    assert cell(page.model, row, "status") == "Not sent yet"
    [item] = outbox.outbox_items(ctx.engine)
    assert (item.kind, item.body["email"]) == ("user.create", "per@example.no")


def select(page, user_id: str) -> None:
    assert page.select_item(user_id)


def test_a_role_change_is_queued_and_the_last_admin_is_kept(qtbot, ctx, page):
    select(page, "u-kari")
    assert page.role_button.text() == "Make &administrator"
    page.role_button.click()
    qtbot.waitUntil(lambda: cell(page.model, page.model.row_of("u-kari"), "role") == "Administrator",
                    timeout=10_000)
    assert page.role_button.text() == "Make &customer"
    assert [i.kind for i in outbox.outbox_items(ctx.engine)] == ["user.update"]
    page.role_button.click()  # back to customer: the queued change takes it in place
    qtbot.waitUntil(lambda: cell(page.model, page.model.row_of("u-kari"), "role") == "Customer", timeout=10_000)
    select(page, "u-anne")
    page.active_button.click()
    qtbot.waitUntil(page.message.isVisible, timeout=10_000)
    assert page.message.text().startswith("The account's last active administrator stays one.")
    assert len(outbox.outbox_items(ctx.engine)) == 1


def select_rows(view, rows) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        view.selectionModel().select(view.model().index(row, 0), flags)


def test_the_picker_assigns_selected_machines_and_takes_away_all_of_a_site(qtbot, ctx, page):
    kari = next(u for u in queries.managed_users(ctx.engine) if u.id == "u-kari")
    picker = AssignmentPicker(ctx, kari, page)
    qtbot.addWidget(picker)
    picker.show()
    assert picker.counts() == (38, 2)
    assert picker.assigned_title.text() == "Assigned (2)"
    select_rows(picker.available_view, [0, 1, 2])
    assert picker.assign_button.isEnabled()
    picker.assign_button.click()
    qtbot.waitUntil(lambda: picker.assigned_title.text() == "Assigned (5)", timeout=10_000)  # the lists re-read
    assert picker.available.rowCount() == 35
    picker.site.setCurrentIndex(picker.site.findText("Oslo HQ"))
    oslo = picker.counts()[1]
    assert 0 < oslo < 5 and all(p.site_name == "Oslo HQ" for p in picker.assigned.rows)
    picker.unassign_all_button.click()
    qtbot.waitUntil(lambda: picker.assigned_title.text() == "Assigned (0)", timeout=10_000)
    picker.site.setCurrentIndex(0)
    assert picker.counts()[1] == 5 - oslo
    assert [i.kind for i in outbox.outbox_items(ctx.engine)] == ["user.assign", "user.assign"]


def test_the_picker_filter_waits_for_typing_then_filters_in_sql(qtbot, ctx, page):
    kari = next(u for u in queries.managed_users(ctx.engine) if u.id == "u-kari")
    picker = AssignmentPicker(ctx, kari, page)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.search, "sn0003")
    qtbot.waitUntil(lambda: picker.counts()[0] == 10, timeout=10_000)  # SN00030 … SN00039, once the filter ran
    assert {p.serial[:6] for p in picker.available.rows} == {"SN0003"}


def test_the_models_pass_the_model_tester(qtmodeltester, ctx):
    users = UsersModel(ctx)
    users.reload()
    qtmodeltester.check(users)
    for assigned in (False, True):
        picker = PickerModel(ctx, "u-kari", assigned=assigned)
        picker.page_size = 7
        picker.set_filter(PickerFilter(model=""))
        qtmodeltester.check(picker)
        picker.load_all()
        assert picker.rowCount() == (2 if assigned else 38)
        assert picker.index(0, 0).data(Qt.ItemDataRole.DisplayRole)


def test_a_refused_new_user_is_corrected_and_queued_again(qtbot, ctx, page):
    from desktop.views.users.pending_kinds import KINDS
    from sync.engine import replay
    from sync.users.operations import queue_create_user

    user_id = queue_create_user(ctx.engine, "Per Persen", "per@example.no").value
    [item] = outbox.outbox_items(ctx.engine)
    assert outbox.claim(ctx.engine, item.seq)
    replay.rejected(ctx.engine, item, {"status": 422, "code": "user.email_taken", "title": "taken",
                                       "errors": [{"field": "email", "code": "user.email_taken", "message": "x"}]})
    page.model.refresh_all()  # written here without the app's write helper: nothing announced it
    assert cell(page.model, page.model.row_of(user_id), "status") == "Refused by the portal"

    from desktop.views.pending.pending_page import PendingPage
    pending = PendingPage(ctx)
    qtbot.addWidget(pending)
    edit = next(k for k in KINDS if k.name == "user.create").edit
    edit(pending, outbox.outbox_items(ctx.engine)[0])
    dialog = pending.resend_dialog  # a child of the page, gone with it
    assert (dialog.name.text(), dialog.email.text()) == ("Per Persen", "per@example.no")
    assert not dialog.errors["email"].isVisible()  # its own address is no clash
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "per.persen@example.no")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    [again] = outbox.outbox_items(ctx.engine)
    assert (again.state, again.body["email"], again.entity_id) == ("queued", "per.persen@example.no", user_id)
    qtbot.waitUntil(lambda: cell(page.model, page.model.row_of(user_id), "email") == "per.persen@example.no",
                    timeout=10_000)


def test_a_half_typed_new_user_comes_back_after_a_crash(qtbot, ctx, page):
    dialog = NewUserDialog(ctx, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Per Persen")
    qtbot.keyClicks(dialog.email, "per@exa")
    with qtbot.waitSignal(dialog.kept_draft.saved, timeout=10_000):
        dialog.kept_draft.flush()
    again = NewUserDialog(ctx, page)  # the first one never closed: the app died with it open
    qtbot.addWidget(again)
    assert (again.name.text(), again.email.text()) == ("Per Persen", "per@exa")
    assert again.errors["email"].text().startswith("This is not an e-mail address")
