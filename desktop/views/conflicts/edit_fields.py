"""What the conflict dialog needs to know of an editable entity's fields, declared once per entity on the desktop
side (`desktop.features.EDIT_FIELDS`, beside `sync.features.EDITABLE`): each field's caption, how a value reads,
and what the entity is called. The dialog itself (`conflict_dialog.py`) is the same for every entity.

The edits' own refusals (`edit.*` codes) are worded here too."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.context import AppContext
from domain import problems as codes

CONTEXT = "EditProblems"


@dataclass(frozen=True)
class EditFields:
    label: Callable[[str], str]
    """A field's caption in the user's language ("Room")."""
    value_text: Callable[[AppContext, str, Any], str]
    """How a value of that field reads (a site's id as its name; an empty text as "(empty)")."""
    title: Callable[[AppContext, str], str]
    """What the entity is, for the dialog's heading ("Konica C300i · SN00001")."""


TEXTS: dict[str, str] = {
    codes.EDIT_ENTITY_GONE: QT_TRANSLATE_NOOP("EditProblems", "This is no longer in your data; sync and look again."),
    codes.EDIT_UNRESOLVED: QT_TRANSLATE_NOOP(
        "EditProblems", "An earlier change of this waits for you on Pending changes (the portal refused it or someone "
                        "else changed the same data). Answer it there first."),
    codes.EDIT_CONFLICT_GONE: QT_TRANSLATE_NOOP("EditProblems", "This was answered already."),
    codes.EDIT_THEIRS_UNKNOWN: QT_TRANSLATE_NOOP(
        "EditProblems", "The portal's version has not arrived yet. Sync (F5), then choose."),
}


def edit_problem_text(code: str) -> str:
    template = TEXTS.get(code)
    if template is None:
        from desktop.views.cases.case_problems import code_text  # noqa: PLC0415 - the shared unknown-code words
        return code_text(code)
    return QCoreApplication.translate(CONTEXT, template)
