"""A case's files under its conversation: name and size, and Open — which may first download the file (network),
so it runs on the general pool, never on the database thread or the UI thread, and says why when it cannot.

A file is handed to the system's handler only if it passes the shared attachment rule (`domain.attachments`) again,
right before: its type on the allow-list and its content what its name says (checked off the UI thread after the
download, and the name once more just before opening). A portal, a proxy or a changed file on disk could otherwise
get the app to run a program or a macro document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.formatting import format_size
from desktop.tasks import Task
from desktop.views.cases.case_problems import code_text, rejection_text
from desktop.views.widgets.labels import bold, plain_label, plain_tooltip
from domain import attachments as attachment_rules
from domain import problems as codes
from domain.problems import Problem
from sync.api.errors import AuthRequired, PortalError, PortalUnreachable, Rejected
from sync.cases.attachment_download import UnknownAttachment
from sync.cases.thread import AttachmentRow
from sync.session import downloads as attachment_files

translate = QCoreApplication.translate  # the bare name lupdate recognises


class NotOpened(Exception):
    """The file is not one the app hands to the system: `problem` says why (the shared attachment rule)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def fetch_to_open(workspace, case_id: str, attachment_id: str) -> Path:
    """The local copy (downloaded if need be), checked again with the shared rule; else `NotOpened`."""
    path = attachment_files.fetch_attachment(workspace, case_id, attachment_id)
    problem = attachment_rules.content_problem(path.name, path.read_bytes())
    if problem is not None:
        raise NotOpened(problem)
    return path


class CaseAttachmentsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._opening = False
        self.heading = bold(QLabel(self.tr("Attachments")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.setMaximumHeight(90)
        self.open_button = QPushButton(self.tr("&Open"))
        self.status = plain_label(selectable=False)
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.list)
        layout.addWidget(self.status)  # the full width: why a file is not opened is a sentence or two
        self.open_button.clicked.connect(self.open_selected)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_open_button())

    def set_rows(self, rows: list[AttachmentRow]) -> None:
        """Show `rows`, keeping the selected file selected; the panel hides itself when the case has none."""
        current = self.selected()
        self.list.clear()
        for row in rows:
            text = f"{row.file_name}  ({format_size(row.size)})"
            if row.sync_status == "pending":
                text += "  " + self.tr("waiting to be sent")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row)
            item.setToolTip(plain_tooltip(row.file_name))  # a file name from the portal: never markup
            self.list.addItem(item)
            if current is not None and current.id == row.id:
                self.list.setCurrentItem(item)
        self.setVisible(bool(rows))
        if rows and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self._update_open_button()

    def clear_status(self) -> None:
        self.status.clear()

    def selected(self) -> AttachmentRow | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def open_selected(self) -> Task | None:
        row = self.selected()
        if row is None or self._opening:
            return None
        self._opening = True
        self._update_open_button()
        self.status.setText(self.tr("Opening {name}…").format(name=row.file_name))
        task = Task(fetch_to_open, self._ctx.workspace, row.case_id, row.id)
        return task.success(self._ready).failure(self._failed).run_on(self._ctx.pool)

    def _update_open_button(self) -> None:
        self.open_button.setEnabled(self.selected() is not None and not self._opening)

    def _ready(self, path: Path) -> None:
        self._opening = False
        self._update_open_button()
        self.status.clear()
        if problem := attachment_rules.type_problem(path.name):  # the last look, with no I/O on the UI thread
            self.status.setText(attachment_error_text(NotOpened(problem)))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.status.setText(self.tr("No program to open this file; it is saved at {path}").format(path=str(path)))

    def _failed(self, error: BaseException) -> None:
        self._opening = False
        self._update_open_button()
        self.status.setText(attachment_error_text(error))


def attachment_error_text(error: BaseException) -> str:
    if isinstance(error, NotOpened):
        problem = error.problem
        if problem.code in (codes.CASE_ATTACHMENT_TYPE_NOT_ALLOWED, codes.CASE_ATTACHMENT_NO_EXTENSION):
            reason = translate("CaseAttachmentsPanel", "The app opens only {allowed} files.").format(
                allowed=attachment_rules.allowed_types())
        else:
            reason = code_text(problem.code, problem.params)
        return translate("CaseAttachmentsPanel", "{name} is not opened, for your safety. {reason}").format(
            name=problem.params.get("name", ""), reason=reason)
    if isinstance(error, PortalUnreachable):
        return translate("CaseAttachmentsPanel",
                         "You are offline. The file can be opened once the portal is reachable.")
    if isinstance(error, AuthRequired):
        return translate("CaseAttachmentsPanel", "Sign in again to download this file.")
    if isinstance(error, Rejected):  # in our words for its code, never the portal's English
        return translate("CaseAttachmentsPanel", "The portal refused the file: {reason}").format(
            reason=rejection_text({"code": error.problem.code}))
    if isinstance(error, UnknownAttachment):
        if error.code == UnknownAttachment.COPY_GONE:
            return translate("CaseAttachmentsPanel", "The copy of {name} on this computer is gone, and the portal "
                                                     "does not have the file yet. Attach it again.").format(
                name=error.file_name)
        return translate("CaseAttachmentsPanel", "This file is not on this computer yet; synchronise and try again.")
    if isinstance(error, PortalError):
        return translate("CaseAttachmentsPanel", "The file could not be downloaded now; try again later.")
    if isinstance(error, OSError):
        return translate("CaseAttachmentsPanel", "The file could not be saved: {reason}").format(
            reason=error.strerror or str(error))
    return translate("CaseAttachmentsPanel", "The file could not be opened.")
