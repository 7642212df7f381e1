"""After sign-in: unsent changes of this user left in local data kept for another portal address (or by an older
version, which named its folders after the address) are looked for off the UI thread and, when found, offered to be
carried over (`sync.session.carry_over`: they keep their keys, so nothing is sent twice)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.context import AppContext
from desktop.tasks import Task
from desktop.views.widgets.errors import show_error
from sync.cache.changed import Changed, merge_changed
from sync.session.carry_over import StrandedWork, carry_over, stranded_work

log = logging.getLogger(__name__)


class CarryOverOffer(QObject):
    """`start()` looks; `finished(carried)` follows: how many changes were carried over (0: none found, or "not now",
    or it failed, which is shown). `question` is the open question, while it is asked."""

    finished = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.question: QMessageBox | None = None
        self._window = parent

    def start(self) -> None:
        ws = self.ctx.workspace
        (Task(stranded_work, ws.data_dir, ws.email, ws.cache_file)
         .success(self._found).failure(self._look_failed).run_on(QThreadPool.globalInstance()))

    def _look_failed(self, error: BaseException) -> None:
        log.warning("Could not look for unsent work in other caches: %r", error)
        self.finished.emit(0)

    def _found(self, found: list[StrandedWork]) -> None:
        if not found:
            self.finished.emit(0)
            return
        count = sum(w.unsent for w in found)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsent changes found"), self.tr(
            "%n change(s) of yours that were never sent are kept in local data for another portal address "
            "({places}).", "", count).format(places=", ".join(w.place for w in found)), parent=self._window)
        box.setInformativeText(self.tr("Carry them over and send them from here? Each is sent once, even if the "
                                       "portal already has it."))
        carry = box.addButton(self.tr("&Carry over"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(carry)
        box.setEscapeButton(later)
        self.question = box

        def answered() -> None:
            self.question = None
            box.deleteLater()
            if box.clickedButton() is carry:
                self._carry(found, count)
            else:
                self.finished.emit(0)

        box.finished.connect(answered)
        box.open()

    def _carry(self, found: list[StrandedWork], count: int) -> None:
        def carry_all(engine) -> Changed:
            changed: Changed = {}
            for work in found:
                merge_changed(changed, carry_over(engine, work.cache_file))
            return changed

        def failed(error: BaseException) -> None:
            show_error(error)
            self.finished.emit(0)

        (self.ctx.write(carry_all, initiator=self)
         .success(lambda _changed: self.finished.emit(count)).failure(failed).run_on(self.ctx.db_pool))
