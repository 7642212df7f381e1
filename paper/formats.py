"""A report's typed cells and header facts as text on paper, in the report's language: dates, moments and numbers
the way QLocale writes them for nb_NO and en_NO (the app's locales, `desktop.i18n.LOCALES`: 25.11.2026 and
25/11/2026, 1 234 567 in both), codes through the `Words`. Moments are shown on the account's wall clock, as the
XLSX and CSV show them (`sync.reports.cells.local_moment`)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from sync.reports.cells import local_moment
from sync.reports.model import Cell, Column, Fact, Text, Words

LOCALES = {"nb": "nb_NO", "en": "en_NO"}
RANGE_DASH = " – "


class Formats:
    """The text of cells and facts for one `Words` (its language picks the locale)."""

    def __init__(self, words: Words) -> None:
        self.words = words
        self.locale = QLocale(LOCALES.get(words.language, LOCALES["en"]))
        self._date_format = self.locale.dateFormat(QLocale.FormatType.ShortFormat)
        self._time_format = self.locale.timeFormat(QLocale.FormatType.ShortFormat)
        self._codes: dict[str, str] = {}

    def number(self, value: int) -> str:
        return self.locale.toString(value)

    def day(self, value: date) -> str:
        return self.locale.toString(QDate(value.year, value.month, value.day), self._date_format)

    def moment(self, value: datetime) -> str:
        local = local_moment(value)
        clock = self.locale.toString(QTime(local.hour, local.minute), self._time_format)
        return f"{self.day(local.date())} {clock}"

    def text(self, item: Text) -> str:
        return self.words.text(item)

    def cell(self, column: Column, value: Cell) -> str:
        """`value` as printed: a set flag reads as the column's own name ("No reading"), so a row says it in a
        word, not only by a shade; a box is always empty."""
        if value is None or column.type == "box":
            return ""
        if column.type == "code":
            return self._code(f"{column.codes}.{value}")
        if column.type == "flag" or isinstance(value, bool):
            return self.text(column.title) if value else ""
        if isinstance(value, int):
            return self.number(value)
        if isinstance(value, datetime):
            return self.moment(value)
        if isinstance(value, date):
            return self.day(value)
        return str(value)

    def fact(self, fact: Fact) -> str:
        """A header fact's value: a period as "01.01.2026 – 31.03.2026", a list of serials joined by commas."""
        value = fact.value
        if isinstance(value, Text):
            return self.text(value)
        if isinstance(value, tuple):
            joint = RANGE_DASH if len(value) == 2 and all(isinstance(v, date) for v in value) else ", "
            return joint.join(self._plain(v) for v in value)
        return self._plain(value)

    def _plain(self, value: Cell) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            return self.moment(value)
        if isinstance(value, date):
            return self.day(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return self.number(value)
        return str(value)

    def _code(self, key: str) -> str:
        """Code cells repeat (a counter type, a state): each key is worded once."""
        found = self._codes.get(key)
        if found is None:
            found = self._codes[key] = self.text(Text(key))
        return found
