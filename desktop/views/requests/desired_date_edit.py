"""The desired date of a request: a date field with a calendar that greys out every day that cannot be chosen
(before the earliest, past a year, weekends, public holidays, these in red) and says why a chosen day cannot be
(`problem`): the rule is `domain.product_requests.desired_date_problem`, the same the portal applies."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QHBoxLayout, QWidget

from desktop.colours import message_color, muted_color
from desktop.views.requests.request_problems import day_text
from domain.business_hours import holiday_name
from domain.problems import Problem
from domain.product_requests import (
    desired_date_problem,
    earliest_desired_date,
    first_possible_date,
    latest_desired_date,
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class DesiredDateEdit(QWidget):
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(_qdate(today))  # the past is never a choice; later refusals are explained
        self.edit.setMaximumDate(_qdate(latest_desired_date(today) + timedelta(days=62)))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.edit.setCalendarWidget(self.calendar)
        self.edit.setDate(_qdate(first_possible_date(today)))
        self.edit.setAccessibleName(self.tr("Desired date"))
        self.edit.setToolTip(self.tr("A business day, from {earliest} and at most a year ahead").format(
            earliest=day_text(earliest_desired_date(today))))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.calendar.currentPageChanged.connect(self._mark_month)
        self._mark_month(self.calendar.yearShown(), self.calendar.monthShown())

    def date(self) -> date:
        return _day(self.edit.date())

    def set_date(self, day: date) -> None:
        self.edit.setDate(_qdate(day))

    def problem(self) -> Problem | None:
        return desired_date_problem(self.date(), self.today)

    def _mark_month(self, year: int, month: int) -> None:
        """Grey each day of the shown month (and the days around it) that cannot be chosen, holidays in red."""
        grey, red = QTextCharFormat(), QTextCharFormat()
        grey.setForeground(muted_color(self.palette()))
        red.setForeground(message_color("error"))
        first = date(year, month, 1) - timedelta(days=7)
        for offset in range(50):
            day = first + timedelta(days=offset)
            if desired_date_problem(day, self.today) is None:
                self.calendar.setDateTextFormat(_qdate(day), QTextCharFormat())
            else:
                self.calendar.setDateTextFormat(_qdate(day), red if holiday_name(day) else grey)
