"""The files to send with a new case or a reply: the list, its Add and Remove buttons and the line that says why a
file was refused. The new-case dialog and the case detail lay these widgets out each in their own way.

Each file is listed at once as "checking…" and checked on the general pool, never on the UI thread (a check reads up
to 10 MB, maybe from a slow network share); a refused one leaves the list when its answer comes and why shows in
`message`. Files can also be dropped on the list or on the text boxes named with `accept_drops`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QListWidget, QListWidgetItem, QPushButton, QWidget
from shiboken6 import isValid

from desktop.context import AppContext
from desktop.tasks import Task
from desktop.views.cases.case_problems import problem_text
from desktop.views.widgets.messages import error_label, set_error
from domain import attachments as attachment_rules
from domain import problems
from domain.problems import Problem
from sync.cases import operations as case_operations


@dataclass(eq=False)
class _Entry:
    """A file in the list: "checking" until its check comes back, then "ok" (a refused one leaves the list)."""
    path: Path
    item: QListWidgetItem
    state: str = "checking"


class AttachmentFiles(QObject):
    changed = Signal()  # a file was added, checked, refused or removed

    def __init__(self, ctx: AppContext, parent: QWidget, *, list_name: str, add_text: str, remove_text: str) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._entries: list[_Entry] = []
        self._problems: list[str] = []
        self.list_widget = QListWidget(parent)
        self.list_widget.setAccessibleName(list_name)
        self.add_button = QPushButton(add_text, parent)
        self.remove_button = QPushButton(remove_text, parent)
        self.message = error_label()
        self.add_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list_widget.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.accept_drops(self.list_widget)
        self._update_buttons()

    # --- what is in it -----------------------------------------------------------------------------------------

    @property
    def files(self) -> list[Path]:
        """The files that go: those checked and found fine."""
        return [entry.path for entry in self._entries if entry.state == "ok"]

    def checking(self) -> bool:
        return any(entry.state == "checking" for entry in self._entries)

    def has_entries(self) -> bool:
        return bool(self._entries)

    def texts(self) -> list[str]:
        return [self.list_widget.item(row).text() for row in range(self.list_widget.count())]

    # --- changing it -------------------------------------------------------------------------------------------

    def choose(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self.list_widget.window(), self.tr("Attach files"), "",
            self.tr("Allowed files ({patterns})").format(
                patterns=" ".join(f"*{s}" for s in case_operations.ALLOWED_ATTACHMENT_SUFFIXES)))
        self.add_files([Path(name) for name in names])

    def add_files(self, paths: Sequence[Path]) -> None:
        self._problems = []
        set_error(self.message, None)
        for path in paths:
            path = Path(path)
            if any(entry.path == path for entry in self._entries):
                continue
            entry = self._add_entry(path, "checking")
            Task(case_operations.check_attachment, path) \
                .success(lambda problem, entry=entry: self._checked(entry, problem)) \
                .failure(lambda error, entry=entry: self._checked(entry, _unreadable(entry.path, error))) \
                .run_on(self._ctx.pool)
        self._changed()

    def set_files(self, paths: Sequence[Path]) -> None:
        """Put back files checked before (a reply draft): listed as fine, not checked again."""
        self.clear()
        for path in paths:
            self._add_entry(Path(path), "ok")
        self._changed()

    def clear(self) -> None:
        self._entries.clear()
        self.list_widget.clear()
        self._problems = []
        set_error(self.message, None)
        self._changed()

    def remove_selected(self) -> None:
        row = self.list_widget.currentRow()
        if 0 <= row < len(self._entries):
            self._drop(self._entries[row])
        self._changed()

    def accept_drops(self, *widgets: QWidget) -> None:
        """Files dragged from the file manager onto any of `widgets` are added (a text box keeps taking text)."""
        for widget in widgets:
            target = widget.viewport() if hasattr(widget, "viewport") else widget
            target.setAcceptDrops(True)
            target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and _dropped_files(event):
            event.acceptProposedAction()
            return True
        if event.type() == QEvent.Type.Drop and (paths := _dropped_files(event)):
            event.acceptProposedAction()
            self.add_files(paths)
            return True
        return super().eventFilter(watched, event)

    # --- inside ------------------------------------------------------------------------------------------------

    def _add_entry(self, path: Path, state: str) -> _Entry:
        item = QListWidgetItem(self._label(path, state))
        item.setToolTip(str(path))
        entry = _Entry(path, item, state)
        self._entries.append(entry)
        self.list_widget.addItem(item)
        return entry

    def _label(self, path: Path, state: str) -> str:
        if state == "checking":
            return self.tr("{name} — checking…").format(name=path.name)
        return self.tr("{name} — OK").format(name=path.name)

    def _checked(self, entry: _Entry, problem: Problem | None) -> None:
        if not isValid(self.list_widget) or entry not in self._entries:
            return  # the widget was deleted, or the file removed while it was checked
        if problem:
            self._drop(entry)
            self._problems.append(problem_text(problem))
            set_error(self.message, "\n".join(self._problems))
        else:
            entry.state = "ok"
            entry.item.setText(self._label(entry.path, "ok"))
        self._changed()

    def _drop(self, entry: _Entry) -> None:
        row = self._entries.index(entry)
        del self._entries[row]
        self.list_widget.takeItem(row)

    def _changed(self) -> None:
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.list_widget.currentRow() >= 0)


def _unreadable(path: Path, error: BaseException) -> Problem:
    """A check that failed outright (not a refusal): the file cannot be read, in the system's words."""
    return attachment_rules.file_problem(path.name, problems.CASE_ATTACHMENT_UNREADABLE,
                                         reason=str(error) or type(error).__name__)


def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files a drag carries (none for text, links or remote URLs)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    urls = mime.urls()
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return paths if len(paths) == len(urls) else []
