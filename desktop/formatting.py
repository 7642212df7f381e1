"""Dates, numbers and times in the user's chosen locale (nb_NO: 25.11.2026, 1 234 567) — always via QLocale, so a
view never formats by hand. The default QLocale is set once at start-up from the language setting."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def format_datetime(value: datetime | None) -> str:
    """A moment in the user's local time zone, e.g. 25.11.2026 14:05."""
    if value is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def format_moment_with_day(value: datetime) -> str:
    """A moment with its weekday in the user's local time zone: "fre. 04.12.2026 15:00" in Norwegian. English (and
    the C locale) write the month's name, "Fri 4 Dec 2026, 15:00": their short date would be read month first (or,
    for C, has no separators at all)."""
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    locale = QLocale()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
        return locale.toString(moment, f"ddd d MMM yyyy, {time_format}")
    day = locale.dayName(moment.date().dayOfWeek(), QLocale.FormatType.ShortFormat)
    return f"{day} {locale.toString(moment, QLocale.FormatType.ShortFormat)}"


def format_number(value: int | float | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(value)


def parse_date(text: str) -> date | None:
    """A date typed in the locale's short form (25.11.2026) or ISO (2026-11-25); None when it is neither."""
    text = text.strip()
    for fmt in (QLocale().dateFormat(QLocale.FormatType.ShortFormat), "yyyy-MM-dd", "d.M.yyyy"):
        parsed = QDate.fromString(text, fmt)
        if parsed.isValid():
            return date(parsed.year(), parsed.month(), parsed.day())
    return None


def format_size(size: int) -> str:
    """1 234 bytes → "1.2 KB" in the user's locale (the same units for every file, Qt's own wording)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
