"""Someone else changed what the user edited offline: both versions side by side, field by field, and the user's
choice. Keep mine (sent again on the portal's version), take the portal's (my edit is dropped, the cache gets
theirs), or choose per field and save the merge. The same dialog for every editable entity: the entity's words come
from its `EditFields` (`desktop.features.EDIT_FIELDS`), the answer goes to `sync.edits.operations.resolve`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.views.conflicts.edit_fields import EditFields, edit_problem_text
from desktop.views.widgets.labels import plain_label
from desktop.views.widgets.messages import error_label, set_error
from sync.edits import operations
from sync.edits.queries import EditConflict

MINE, THEIRS = 0, 1


class ConflictDialog(QDialog):
    def __init__(self, ctx: AppContext, conflict: EditConflict, fields: EditFields,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self.conflict, self._fields = ctx, conflict, fields
        self._busy = False
        self.setWindowTitle(self.tr("Changed by someone else"))
        heading = plain_label(fields.title(ctx, conflict.entity_id))
        font = heading.font()
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        self.intro = plain_label(self.tr(
            "While your change waited to be sent, someone else changed the same data on the portal. Nothing has "
            "been overwritten. Choose which value to keep for each field."))
        self.groups: dict[str, QButtonGroup] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for column, caption in enumerate((self.tr("Field"), self.tr("Yours"), self.tr("The portal's"),
                                          self.tr("Keep"))):
            title = QLabel(caption)
            title.setFont(font)
            grid.addWidget(title, 0, column)
        for row, field in enumerate(conflict.fields, start=1):
            self._add_field(grid, row, field)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.keep_mine_button = self.buttons.addButton(self.tr("Keep &mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_theirs_button = self.buttons.addButton(self.tr("Take the &portal's"),
                                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button = self.buttons.addButton(self.tr("&Save my choice per field"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_mine_button.clicked.connect(lambda: self.resolve({f.name: "mine" for f in conflict.fields}))
        self.take_theirs_button.clicked.connect(lambda: self.resolve({f.name: "theirs" for f in conflict.fields}))
        self.merge_button.clicked.connect(lambda: self.resolve(self.choices()))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if conflict.theirs_version is None:
            set_error(self.error, edit_problem_text("edit.theirs_unknown"))
            for button in (self.keep_mine_button, self.take_theirs_button, self.merge_button):
                button.setEnabled(False)

    def _add_field(self, grid: QGridLayout, row: int, field) -> None:
        label = self._fields.label(field.name)
        caption = QLabel(label)
        mine = plain_label(self._fields.value_text(self._ctx, field.name, field.mine))
        theirs = plain_label(self._fields.value_text(self._ctx, field.name, field.theirs)
                             if self.conflict.theirs_version is not None else "…")
        keep_mine, keep_theirs = QRadioButton(self.tr("Mine")), QRadioButton(self.tr("The portal's"))
        keep_mine.setAccessibleName(self.tr("Keep my {field}").format(field=label))
        keep_theirs.setAccessibleName(self.tr("Keep the portal's {field}").format(field=label))
        group = QButtonGroup(self)
        group.addButton(keep_mine, MINE)
        group.addButton(keep_theirs, THEIRS)
        keep_mine.setChecked(True)
        self.groups[field.name] = group
        choice = QWidget()
        choice_layout = QVBoxLayout(choice)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_layout.addWidget(keep_mine)
        choice_layout.addWidget(keep_theirs)
        for column, widget in enumerate((caption, mine, theirs, choice)):
            grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignTop)

    def choices(self) -> dict[str, str]:
        return {name: "theirs" if group.checkedId() == THEIRS else "mine" for name, group in self.groups.items()}

    def resolve(self, choices: dict[str, str]) -> None:
        if self._busy:
            return
        from sync.features import EDITABLE  # noqa: PLC0415 - the registry loads the wire models

        self._busy = True
        (self._ctx.write(operations.resolve, EDITABLE[self.conflict.entity], self.conflict.seq, choices,
                         initiator=self)
         .success(lambda _changed: self._done())
         .failure(self._failed)
         .run_on(self._ctx.db_pool))

    def _done(self) -> None:
        self._busy = False
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, operations.EditRefused):
            set_error(self.error, edit_problem_text(error.code))
            return
        from desktop.views.widgets.errors import show_error  # noqa: PLC0415
        show_error(error)


def open_conflict(ctx: AppContext, seq: int, parent: QWidget | None) -> ConflictDialog | None:
    """The dialog for the conflict of outbox item `seq`, opened (None when there is none any more)."""
    from desktop.features import EDIT_FIELDS  # noqa: PLC0415 - the features' words load with the dialog
    from sync.edits.queries import conflict  # noqa: PLC0415

    found = conflict(ctx.engine, seq)
    if found is None or found.entity not in EDIT_FIELDS:
        return None
    dialog = ConflictDialog(ctx, found, EDIT_FIELDS[found.entity], parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
