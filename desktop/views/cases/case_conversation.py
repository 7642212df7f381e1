"""A case's conversation as one read-only text document: each message (author, who they are, when, the body) and the
state changes as small grey lines between them.

Everything from the portal is inserted with `QTextCursor.insertText` — plain text, never HTML — into a QTextBrowser
that follows no link, so a message like `<a href="http://evil">click</a>` reads literally. One document instead of
a widget per message keeps a 500-message case opening in a few tens of milliseconds.

A message of ours the portal refused says so under it, in red, with why and a link to where it is put right
(Pending changes): the only links in the document are ours (`pending:<seq>`), emitted as `pending_requested`.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import (QColor, QFont, QGuiApplication, QTextBlockFormat, QTextCharFormat, QTextCursor,
                           QTextDocument, QTextFormat, QPalette)
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.views.cases.case_labels import state_label
from desktop.views.cases.case_problems import refusal_text
from desktop.formatting import format_datetime
from desktop.models.base import tint_background, Tint
from desktop.views.widgets.labels import muted_color
from desktop.views.widgets.messages import message_color
from sync.cases.thread import ThreadEntry

translate = QCoreApplication.translate  # the bare name lupdate recognises

MESSAGE_INDENT = 10
"""Left margin of a message body under its header line, in pixels."""
PENDING_SCHEME = "pending"


class ConversationView(QTextBrowser):
    """Shows `set_entries(...)`. Keeps the reader's scroll position when the same case is refreshed."""

    pending_requested = Signal(int)  # the outbox seq of a refused message whose link was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setTextInteractionFlags(self.textInteractionFlags() | Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setAccessibleName(self.tr("Conversation"))
        self._shown: tuple = ()
        self.anchorClicked.connect(self._link_clicked)

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == PENDING_SCHEME and url.path().isdigit():
            self.pending_requested.emit(int(url.path()))

    def set_entries(self, entries: Sequence[ThreadEntry], *, my_name: str | None, keep_position: bool,
                    case_state: str = "") -> None:
        """Rebuild the document (only if something changed). `keep_position` keeps the scroll where the reader left
        it (or at the end if they were at the end); otherwise it opens at the newest message. `case_state` is the
        case's state now (a refused reply says what the case became)."""
        key = (case_state, *entries)
        if key == self._shown and keep_position:
            return
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        previous = bar.value()
        self._shown = key
        self.setDocument(build_document(entries, my_name=my_name, font=self.font(), parent=self,
                                        case_state=case_state))
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


def header_meta(entry: ThreadEntry, my_name: str | None) -> str:
    """What follows the author's name: the role and the time, the role left out when the name already says it
    ("Kundeservice  kundeservice")."""
    when = format_datetime(entry.created_at)
    role = author_kind_text(entry, my_name)
    if role.casefold() in (entry.author_name or "").casefold():
        return when
    return f"{role} · {when}"


def event_text(entry: ThreadEntry) -> str:
    name = entry.author_name or translate("ConversationView", "The service desk")
    if entry.action == "create":
        return translate("ConversationView", "{name} created the case").format(name=name)
    if entry.action == "reply" and entry.from_state == entry.to_state:
        return ""
    return translate("ConversationView", "{name} moved the case to {state}").format(
        name=name, state=state_label(entry.to_state or ""))


def build_document(entries: Sequence[ThreadEntry], *, my_name: str | None, font: QFont,
                   parent: QWidget | None = None, case_state: str = "") -> QTextDocument:
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
            cursor.insertText(f"  {header_meta(entry, my_name)}", styles.meta)
            if entry.sync_status == "pending":
                cursor.insertText("  " + translate("ConversationView", "waiting to be sent"), styles.pending)
            elif entry.sync_status == "rejected":
                cursor.insertText("  " + translate("ConversationView", "not delivered: refused by the portal"),
                                  styles.refused_mark)
            _block(cursor, styles.body_block_agent if entry.author_kind == "agent" else styles.body_block, False)
            cursor.insertText(entry.body, styles.refused_body if entry.sync_status == "rejected" else styles.body)
            if entry.sync_status == "rejected":
                _refusal(cursor, entry, case_state, styles)
        first = False
    cursor.endEditBlock()
    return document


def _refusal(cursor: QTextCursor, entry: ThreadEntry, case_state: str, styles: "_Styles") -> None:
    """Under a refused message: why, and the way to put it right (a link to its item in Pending changes)."""
    _block(cursor, styles.refusal_block, False)
    code = entry.refusal.code if entry.refusal else ""
    kind = "case" if entry.id.endswith(":description") else "reply"
    cursor.insertText(refusal_text(code, kind=kind, case_state=case_state), styles.refused_mark)
    if entry.refusal is None:
        return
    cursor.insertText(" ", styles.refused_mark)
    link = QTextCharFormat(styles.refused_mark)
    link.setAnchor(True)
    link.setAnchorHref(f"{PENDING_SCHEME}:{entry.refusal.seq}")
    link.setFontUnderline(True)
    link.setFontItalic(False)
    text = translate("ConversationView", "Send it as a new case or discard it in Pending changes…") \
        if kind == "reply" else translate("ConversationView", "Correct or discard it in Pending changes…")
    cursor.insertText(text, link)


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
        self.refused_mark = QTextCharFormat()
        self.refused_mark.setForeground(message_color("error"))
        self.refused_mark.setFontItalic(True)
        self.refused_body = QTextCharFormat()
        self.refused_body.setForeground(grey)
        self.refusal_block = QTextBlockFormat()
        self.refusal_block.setLeftMargin(MESSAGE_INDENT)
        self.refusal_block.setTopMargin(2)
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
