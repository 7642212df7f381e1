"""The one date field every reading form uses: the locale's short date, a calendar, and no day after today (the
portal refuses future readings, so the field never offers one)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def reading_date_edit(today: date, accessible_name: str, initial: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    edit.setMaximumDate(to_qdate(today))
    edit.setDate(to_qdate(initial or today))
    edit.setAccessibleName(accessible_name)
    return edit
