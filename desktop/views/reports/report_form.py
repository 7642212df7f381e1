"""What the user asks a report for: which report, its period (a preset or a typed range), the day for readings due
and the machines (all, one site, or the machines chosen on the Products page). It checks the range as it is typed
(a period that ends before it starts is said under it and the report cannot be made) and shows a report's refusal
beside the choice it is about. It makes the `ReportRequest`; the page runs it."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from desktop.views.readings.reading_date_edit import from_qdate, to_qdate
from desktop.views.reports.periods import PRESETS, file_stem, preset_period
from desktop.views.reports.report_words import ReportWords, refusal_text
from desktop.views.widgets.messages import error_label, set_error, with_error
from sync.reports import request as refusals
from sync.reports.model import Text
from sync.reports.request import Period, ReportRequest

KINDS = ("readings", "fleet", "due", "cases", "orders")
SELECTED = "selected"
"""The machines combo's value for "the machines chosen on the Products page" (else a site's name, or None)."""


class ReportForm(QWidget):
    changed = Signal()    # any choice changed: a report shown before no longer matches it
    submitted = Signal()  # Enter in the form: the page's default action, Preview

    def __init__(self, today: date, sites: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._serials: tuple[str, ...] = ()
        self._build(sites)
        self._connect()
        self._preset_chosen()

    def _build(self, sites: list[str]) -> None:
        words = ReportWords()
        self.report_combo = QComboBox()
        for kind in KINDS:
            self.report_combo.addItem(words.text(Text(f"report.{kind}")), kind)
        self.period_combo = QComboBox()
        for preset, text in zip(PRESETS, (self.tr("This month"), self.tr("Last month"), self.tr("This year"),
                                          self.tr("Last year"), self.tr("From … to …"))):
            self.period_combo.addItem(text, preset)
        self.from_edit = self._date_edit(self.tr("First day of the period"))
        self.to_edit = self._date_edit(self.tr("Last day of the period"))
        self.to_label = QLabel(self.tr("to"))
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.from_edit)
        dates.addWidget(self.to_label)
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        self.period_error = error_label()
        self.period_error.setProperty("field", self.to_edit)
        self.day_edit = self._date_edit(self.tr("The day the readings are due"))
        self.day_edit.setDate(to_qdate(self._today))
        self.machines_combo = QComboBox()
        self.machines_combo.setAccessibleName(self.tr("Machines"))
        self.machines_combo.addItem(self.tr("All machines"), None)
        for site in sites:
            self.machines_combo.addItem(self.tr("Site: {site}").format(site=site), site)
        self.machines_combo.addItem(self.tr("From the Products page…"), SELECTED)
        self.machines_error = error_label()
        self.machines_error.setProperty("field", self.machines_combo)
        self.period_row = QWidget()
        period_box = QFormLayout(self.period_row)
        period_box.setContentsMargins(0, 0, 0, 0)
        period_box.addRow(self.period_combo)
        period_box.addRow(with_error(dates, self.period_error))
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: a narrow column
        self.form.addRow(self.tr("&Report:"), self.report_combo)
        self.form.addRow(self.tr("Per&iod:"), self.period_row)
        self.form.addRow(self.tr("Due o&n:"), self.day_edit)
        self.form.addRow(self.tr("&Machines:"), with_error(self.machines_combo, self.machines_error))
        self.report_combo.setAccessibleName(self.tr("Report"))
        self.period_combo.setAccessibleName(self.tr("Period"))

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        edit.setAccessibleName(name)
        return edit

    def _connect(self) -> None:
        self.report_combo.currentIndexChanged.connect(self._follow_choices)
        self.period_combo.currentIndexChanged.connect(self._preset_chosen)
        for edit in (self.from_edit, self.to_edit, self.day_edit):
            edit.dateChanged.connect(self._follow_choices)
        self.machines_combo.currentIndexChanged.connect(self._machines_chosen)

    # --- what is chosen ----------------------------------------------------------------------------------------

    def kind(self) -> str:
        return self.report_combo.currentData()

    def period(self) -> Period | None:
        if self.kind() == "due":
            return None
        return Period(from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date()))

    def day(self) -> date:
        return from_qdate(self.day_edit.date()) if self.kind() == "due" else self._today

    def site(self) -> str | None:
        value = self.machines_combo.currentData()
        return None if value == SELECTED else value

    def serials(self) -> tuple[str, ...]:
        return self._serials if self.machines_combo.currentData() == SELECTED else ()

    def is_ready(self) -> bool:
        """False while the typed range ends before it starts, or the Products page's machines are chosen but none
        were selected there (the error under the choice says so)."""
        period = self.period()
        return (period is None or period.last >= period.first) and not self._no_machines_selected()

    def _no_machines_selected(self) -> bool:
        return self.machines_combo.currentData() == SELECTED and not self._serials

    def request(self, now: datetime, language: str) -> ReportRequest:
        return ReportRequest(now=now, today=self.day(), period=self.period(), site=self.site(),
                             serials=self.serials(), language=language)

    def file_stem(self) -> str:
        """The default file name in the user's language ("avlesninger-2026-10"), ASCII so that it travels as a mail
        attachment."""
        return file_stem(self._stem_word(), self.period(), self.day())

    def _stem_word(self) -> str:
        return {"readings": self.tr("readings", "file name: ASCII, no spaces"),
                "fleet": self.tr("fleet", "file name: ASCII, no spaces"),
                "due": self.tr("due", "file name: ASCII, no spaces"),
                "cases": self.tr("cases", "file name: ASCII, no spaces"),
                "orders": self.tr("orders", "file name: ASCII, no spaces")}[self.kind()]

    # --- choosing ----------------------------------------------------------------------------------------------

    def choose(self, kind: str | None = None, preset: str | None = None, *, first: date | None = None,
               last: date | None = None, day: date | None = None, site: str | None = None) -> None:
        """Set choices as the user would (tests, and the page opened from elsewhere)."""
        if kind is not None:
            self.report_combo.setCurrentIndex(self.report_combo.findData(kind))
        if preset is not None:
            self.period_combo.setCurrentIndex(self.period_combo.findData(preset))
        if first is not None:
            self.from_edit.setDate(to_qdate(first))
        if last is not None:
            self.to_edit.setDate(to_qdate(last))
        if day is not None:
            self.day_edit.setDate(to_qdate(day))
        if site is not None:
            self.machines_combo.setCurrentIndex(self.machines_combo.findData(site))

    def choose_machines(self, serials: tuple[str, ...]) -> None:
        """The machines chosen on the Products page: one entry that names how many, chosen now."""
        self._serials = tuple(serials)
        index = self.machines_combo.findData(SELECTED)
        text = self.tr("%n machine(s) chosen on the Products page", "", len(serials))
        if index < 0:
            self.machines_combo.addItem(text, SELECTED)
            index = self.machines_combo.count() - 1
        self.machines_combo.setItemText(index, text)
        self.machines_combo.setItemData(index, ", ".join(serials), Qt.ItemDataRole.ToolTipRole)
        already = self.machines_combo.currentIndex() == index
        self.machines_combo.setCurrentIndex(index)
        if already:  # chosen before the Products page had a selection: its error goes now
            self._machines_chosen()

    def set_sites(self, sites: list[str]) -> None:
        """The cache's sites again (a sync brought or took one); the choice stays when its site is still there."""
        chosen = self.machines_combo.currentData()
        self.machines_combo.blockSignals(True)
        while self.machines_combo.count() > 1 and self.machines_combo.itemData(1) != SELECTED:
            self.machines_combo.removeItem(1)
        for at, site in enumerate(sites, start=1):
            self.machines_combo.insertItem(at, self.tr("Site: {site}").format(site=site), site)
        self.machines_combo.setCurrentIndex(max(0, self.machines_combo.findData(chosen)))
        self.machines_combo.blockSignals(False)
        if self.machines_combo.currentData() != chosen:
            self.changed.emit()

    def show_refusal(self, code: str, params: dict) -> None:
        """A builder's refusal, beside the choice it is about."""
        text = refusal_text(code, params)
        if code in (refusals.PERIOD_REVERSED, refusals.NO_PERIOD):
            set_error(self.period_error, text)
        else:
            set_error(self.machines_error, text)

    def _preset_chosen(self) -> None:
        preset = self.period_combo.currentData()
        typed = preset == "range"
        if not typed:
            period = preset_period(preset, self._today)
            for edit, day in ((self.from_edit, period.first), (self.to_edit, period.last)):
                edit.blockSignals(True)
                edit.setDate(to_qdate(day))
                edit.blockSignals(False)
        self._follow_choices()

    def _machines_chosen(self) -> None:
        set_error(self.machines_error, self.tr(
            "No machines are selected on the Products page. Select them there (Ctrl+click the rows), then "
            "right-click and choose “Report on the selected machines…”.") if self._no_machines_selected() else None)
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter that a choice did not take (a closed combo, a date edit once it has read the typed date) previews:
        a page has no default button, so the form makes Enter its default action."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _follow_choices(self) -> None:
        due = self.kind() == "due"
        self.form.setRowVisible(self.period_row, not due)
        self.form.setRowVisible(self.day_edit, due)
        typed = self.period_combo.currentData() == "range"
        for widget in (self.from_edit, self.to_edit):
            widget.setEnabled(typed)
        period = self.period()
        reversed_ = period is not None and period.last < period.first
        set_error(self.period_error, refusal_text(refusals.PERIOD_REVERSED, {"first": period.first,
                                                                           "last": period.last})
                  if reversed_ else None)
        self.changed.emit()
