"""The Users page's list (an account's tens of users, read whole) and the assignment picker's two lists (thousands
of machines: filtered and keyset-paged in SQL by `sync.users.queries`, a page at a time as the view scrolls)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from desktop.context import AppContext
from desktop.models.base import Column, RowTableModel, Tint
from sync.users import queries
from sync.users.records import ManagedUser, PickerFilter, PickerProduct

translate = QCoreApplication.translate  # a bare name lupdate recognises

ROLE_NAMES = {"admin": QT_TRANSLATE_NOOP("UsersModel", "Administrator"),
              "customer": QT_TRANSLATE_NOOP("UsersModel", "Customer")}


def role_label(role: str) -> str:
    return translate("UsersModel", ROLE_NAMES[role]) if role in ROLE_NAMES else role


def status_text(user: ManagedUser) -> str:
    if user.sync_state == "rejected":
        return translate("UsersModel", "Refused by the portal")
    if user.sync_state == "pending":
        return translate("UsersModel", "Not sent yet")
    if not user.active:
        return translate("UsersModel", "Deactivated")
    return translate("UsersModel", "Invited") if user.invitation_pending else translate("UsersModel", "Active")


def _tint(user: ManagedUser) -> Tint | None:
    if user.sync_state == "rejected":
        return Tint.ERROR
    if user.sync_state == "pending":
        return Tint.PENDING
    return Tint.MUTED if not user.active else None


class UsersModel(RowTableModel[ManagedUser]):
    tr_context = "UsersModel"
    columns = (
        Column("name", QT_TRANSLATE_NOOP("UsersModel", "Name"), lambda u: u.name),
        Column("email", QT_TRANSLATE_NOOP("UsersModel", "E-mail"), lambda u: u.email),
        Column("role", QT_TRANSLATE_NOOP("UsersModel", "Role"), lambda u: u.role, text=role_label),
        Column("status", QT_TRANSLATE_NOOP("UsersModel", "Status"), status_text, tint=_tint),
        Column("machines", QT_TRANSLATE_NOOP("UsersModel", "Machines"), lambda u: u.assigned_count, numeric=True),
    )

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.watch(ctx, "user", "outbox")

    def reload(self) -> None:
        self.set_rows(queries.managed_users(self.ctx.engine))

    def fetch_row(self, row_id: str) -> ManagedUser | None:
        raise NotImplementedError  # a few dozen rows: re-read them all

    def refresh_all(self) -> None:
        fresh = queries.managed_users(self.ctx.engine)
        if [u.id for u in fresh] == [u.id for u in self.rows]:
            self._rows = fresh
            if fresh:
                self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, self.columnCount() - 1))
            return
        self.set_rows(fresh)

    def rows_appeared(self, ids: set[str]) -> None:
        self.refresh_all()

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        return 0, Qt.SortOrder.AscendingOrder


class PickerModel(RowTableModel[PickerProduct]):
    """One side of the picker: the machines assigned to the user (`assigned`) or the others, matching a filter."""

    tr_context = "UsersModel"
    page_size = 100
    """A few screens of rows: a filter re-reads the first page of both lists at every word typed."""
    columns = (
        Column("serial", QT_TRANSLATE_NOOP("UsersModel", "Serial number"), lambda p: p.serial),
        Column("model", QT_TRANSLATE_NOOP("UsersModel", "Model"), lambda p: p.model, tooltip=lambda p: p.model),
        Column("site", QT_TRANSLATE_NOOP("UsersModel", "Site"), lambda p: p.site_name),
        Column("location", QT_TRANSLATE_NOOP("UsersModel", "Location"), lambda p: p.location,
               tooltip=lambda p: p.location),
    )

    def __init__(self, ctx: AppContext, user_id: str, *, assigned: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user_id = user_id
        self.assigned = assigned
        self.filter = PickerFilter()

    def set_filter(self, flt: PickerFilter) -> None:
        self.filter = flt
        self.reload()

    def fetch_page(self, after: PickerProduct | None, limit: int) -> list[PickerProduct]:
        return queries.picker_page(self.ctx.engine, self.user_id, assigned=self.assigned, flt=self.filter,
                                   after=after, limit=limit)

    def fetch_row(self, row_id: str) -> PickerProduct | None:
        raise NotImplementedError

    def matching_ids(self) -> list[str]:
        return queries.matching_ids(self.ctx.engine, self.user_id, assigned=self.assigned, flt=self.filter)
