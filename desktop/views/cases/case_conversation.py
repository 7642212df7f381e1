"""A case's conversation as one read-only text document: each message (author, who they are, when, the body) and the
state changes as small grey lines between them.

Everything from the portal is inserted with `QTextCursor.insertText` — plain text, never HTML — into a QTextBrowser
that follows no link, so a message like `<a href="http://evil">click</a>` reads literally. One document instead of
a widget per message keeps a 500-message case opening in a few tens of milliseconds.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (QColor, QFont, QGuiApplication, QTextBlockFormat, QTextCharFormat, QTextCursor,
                           QTextDocument, QTextFormat, QPalette)
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.views.cases.case_labels import state_label
from desktop.formatting import format_datetime
from desktop.models.base import tint_background, Tint
from desktop.views.widgets.labels import muted_color
from desktop.views.widgets.messages import message_color
from sync.cases.thread import ThreadEntry

translate = QCoreApplication.translate  # the bare name lupdate recognises

MESSAGE_INDENT = 10
"""Left margin of a message body under its header line, in pixels."""


class ConversationView(QTextBrowser):
    """Shows `set_entries(...)`. Keeps the reader's scroll position when the same case is refreshed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAccessibleName(self.tr("Conversation"))
        self._shown: tuple = ()

    def set_entries(self, entries: Sequence[ThreadEntry], *, my_name: str | None, keep_position: bool) -> None:
        """Rebuild the document (only if something changed). `keep_position` keeps the scroll where the reader left
        it (or at the end if they were at the end); otherwise it opens at the newest message."""
        key = tuple(entries)
        if key == self._shown and keep_position:
            return
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        previous = bar.value()
        self._shown = key
        self.setDocument(build_document(entries, my_name=my_name, font=self.font(), parent=self))
        if keep_position and not at_end:
            bar.setValue(previous)
        else:
            bar.setValue(bar.maximum())

    def clear_entries(self) -> None:
        self._shown = ()
        self.setDocument(QTextDocument(self))


def author_kind_text(entry: ThreadEntry, my_name: str | None) -> str:
    if entry.author_kind == "agent":
        return translate("ConversationView", "service desk")
    if entry.author_kind == "system":
        return translate("ConversationView", "system")
    if my_name is None or entry.author_name == my_name:
        return translate("ConversationView", "you")
    return translate("ConversationView", "your organisation")


def event_text(entry: ThreadEntry) -> str:
    name = entry.author_name or translate("ConversationView", "The service desk")
    if entry.action == "create":
        return translate("ConversationView", "{name} created the case").format(name=name)
    if entry.action == "reply" and entry.from_state == entry.to_state:
        return ""
    return translate("ConversationView", "{name} moved the case to {state}").format(
        name=name, state=state_label(entry.to_state or ""))


def build_document(entries: Sequence[ThreadEntry], *, my_name: str | None, font: QFont,
                   parent: QWidget | None = None) -> QTextDocument:
    document = QTextDocument(parent)
    document.setDefaultFont(font)
    document.setUndoRedoEnabled(False)
    styles = _Styles(font)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    first = True
    for entry in entries:
        if entry.kind == "event":
            text = event_text(entry)
            if not text:
                continue
            _block(cursor, styles.event_block, first)
            cursor.insertText(f"{text} · {format_datetime(entry.created_at)}", styles.event)
        else:
            _block(cursor, styles.header_block, first)
            cursor.insertText(entry.author_name or "?", styles.author)
            cursor.insertText(f"  {author_kind_text(entry, my_name)} · {format_datetime(entry.created_at)}",
                              styles.meta)
            if entry.sync_status == "pending":
                cursor.insertText("  " + translate("ConversationView", "waiting to be sent"), styles.pending)
            _block(cursor, styles.body_block_agent if entry.author_kind == "agent" else styles.body_block, False)
            cursor.insertText(entry.body, styles.body)
        first = False
    cursor.endEditBlock()
    return document


def _block(cursor: QTextCursor, block_format: QTextBlockFormat, first: bool) -> None:
    if first:
        cursor.setBlockFormat(block_format)
    else:
        cursor.insertBlock(block_format)


class _Styles:
    """The character and block formats of one document, in the palette's colours (light or dark)."""

    def __init__(self, font: QFont) -> None:
        palette = QGuiApplication.palette()
        grey = muted_color(palette, role=QPalette.ColorRole.Base)
        self.author = QTextCharFormat()
        self.author.setFontWeight(QFont.Weight.Bold)
        self.meta = QTextCharFormat()
        self.meta.setForeground(grey)
        self.pending = QTextCharFormat()
        self.pending.setForeground(message_color("warning"))
        self.pending.setFontItalic(True)
        self.body = QTextCharFormat()
        self.event = QTextCharFormat()
        self.event.setForeground(grey)
        self.event.setFontPointSize(max(6.0, font.pointSizeF() * 0.9))
        self.header_block = QTextBlockFormat()
        self.header_block.setTopMargin(10)
        self.body_block = QTextBlockFormat()
        self.body_block.setLeftMargin(MESSAGE_INDENT)
        self.body_block_agent = QTextBlockFormat(self.body_block)
        wash = tint_background(Tint.PENDING)
        if wash is not None:
            self.body_block_agent.setBackground(QColor(wash.color().red(), wash.color().green(), wash.color().blue(),
                                                       28))
        self.event_block = QTextBlockFormat()
        self.event_block.setTopMargin(6)
        self.event_block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.event_block.setProperty(QTextFormat.Property.UserProperty, "event")
