"""Small pieces the case detail view, the new-case dialog and the self-help page share: plain-text labels, the error
line under a field, file sizes, and the expected answer time (from the cache or, for a case still in the outbox,
computed offline with the business calendar)."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel

from desktop.i18n import current_language
from desktop.views.readings.reading_dialog import message_color
from domain import business_hours
from domain.cases import ACCOUNT_QUESTION_RESPONSE_HOURS

translate = QCoreApplication.translate  # the bare name lupdate recognises


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = True) -> QLabel:
    """Text that may come from the portal or the user: always plain text, never interpreted as HTML or a link."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setOpenExternalLinks(False)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def error_label() -> QLabel:
    """The message line under a field: red, plain text, hidden while empty."""
    label = plain_label(selectable=False)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, message_color("error"))
    label.setPalette(palette)
    label.hide()
    return label


def set_error(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))


def muted_color(palette: QPalette) -> QColor:
    """Secondary text: the text colour 40 % of the way towards the background (readable in light and dark mode;
    the palette's disabled colour is too faint for text a user must read)."""
    text, window = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    return QColor(round(text.red() * 0.6 + window.red() * 0.4), round(text.green() * 0.6 + window.green() * 0.4),
                  round(text.blue() * 0.6 + window.blue() * 0.4))


def muted(label: QLabel) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_color(palette))
    label.setPalette(palette)
    return label


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font: QFont = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def format_moment_with_day(moment: datetime) -> str:
    """"Thu 26.11.2026 12:00" in the user's locale and time zone."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    locale = QLocale()
    return f"{locale.dayName(local.date().dayOfWeek(), QLocale.FormatType.ShortFormat)} " \
           f"{locale.toString(local, QLocale.FormatType.ShortFormat)}"


def expected_answer_at(*, created_at: datetime, cached: datetime | None, case_type: str,
                       response_time_hours: int | None, now: datetime | None = None) -> datetime | None:
    """The portal's expected answer time when we have it; else (a case not sent yet) the same rule computed offline:
    the product's contract response time, or 16 business hours for an account question, counted from `created_at`
    (or `now`, for a draft). None for a support case whose product is no longer cached."""
    if cached is not None:
        return cached
    hours = ACCOUNT_QUESTION_RESPONSE_HOURS if case_type == "account_question" else response_time_hours
    if hours is None:
        return None
    return business_hours.expected_response_at(now or created_at or datetime.now(timezone.utc), hours)


def expected_answer_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return translate("CaseWidgets", "Expected answer by {moment}").format(moment=format_moment_with_day(moment))


def guide_language() -> str:
    """The guides' language that matches the UI: bokmål when the app speaks Norwegian, else English."""
    return current_language()
