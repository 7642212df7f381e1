"""The reports' words in the desktop's language: a `sync.reports.model.Words` whose every key goes through `tr()`
(context "ReportWords", the key as the disambiguation, so "Due" the table and "Due" the flag can read differently),
and the reports' refusals worded for the page. The command line words the same keys in `cli.report_texts`; a test
keeps the two key sets the same.

Make it on the UI thread (the catalogue is read once, there); a worker may then use it: a builder, a writer, paper.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from desktop import i18n
from desktop.counter_names import counter_name
from desktop.formatting import format_date
from sync.reports import request as refusals
from sync.reports.model import Text

translate = QCoreApplication.translate  # the bare name lupdate recognises: translate("Context", "text")

COUNTER_KEYS = ("total", "bw", "colour", "large_format_m2")
"""The counters `counter.<key>` names (through `desktop.counter_names`, as every other screen names them)."""


def _texts() -> dict[str, str]:
    return {
        "report.readings": translate("ReportWords", "Meter readings", "report.readings"),
        "report.fleet": translate("ReportWords", "Fleet summary", "report.fleet"),
        "report.due": translate("ReportWords", "Readings due", "report.due"),
        "report.cases": translate("ReportWords", "Open cases", "report.cases"),
        "report.orders": translate("ReportWords", "Supplies orders", "report.orders"),
        "table.readings": translate("ReportWords", "Readings", "table.readings"),
        "table.fleet": translate("ReportWords", "Volumes", "table.fleet"),
        "table.due": translate("ReportWords", "Due", "table.due"),
        "table.cases": translate("ReportWords", "Cases", "table.cases"),
        "table.orders": translate("ReportWords", "Orders", "table.orders"),
        "chart.site_volumes": translate("ReportWords", "Pages per month per site", "chart.site_volumes"),
        "unit.pages": translate("ReportWords", "Pages", "unit.pages"),
        "sheet.about": translate("ReportWords", "About", "sheet.about"),
        "legend.estimated": translate("ReportWords", "Italic: counted from an estimated reading", "legend.estimated"),
        "page.of": translate("ReportWords", "Page {page} of {pages}", "page.of"),
        "fact.account": translate("ReportWords", "Account", "fact.account"),
        "fact.period": translate("ReportWords", "Period", "fact.period"),
        "fact.due_on": translate("ReportWords", "Due on", "fact.due_on"),
        "fact.site": translate("ReportWords", "Site", "fact.site"),
        "fact.all_sites": translate("ReportWords", "All sites", "fact.all_sites"),
        "fact.machines": translate("ReportWords", "Machines", "fact.machines"),
        "fact.all_machines": translate("ReportWords", "All machines", "fact.all_machines"),
        "fact.user": translate("ReportWords", "Made by", "fact.user"),
        "fact.made": translate("ReportWords", "Made", "fact.made"),
        "col.site": translate("ReportWords", "Site", "col.site"),
        "col.serial": translate("ReportWords", "Serial", "col.serial"),
        "col.model": translate("ReportWords", "Model", "col.model"),
        "col.location": translate("ReportWords", "Location", "col.location"),
        "col.cost_centre": translate("ReportWords", "Cost centre", "col.cost_centre"),
        "col.counter_type": translate("ReportWords", "Counter type", "col.counter_type"),
        "col.month_plain": translate("ReportWords", "Month", "col.month_plain"),
        "col.total": translate("ReportWords", "Total", "col.total"),
        "col.date": translate("ReportWords", "Date", "col.date"),
        "col.status": translate("ReportWords", "Status", "col.status"),
        "col.volume": translate("ReportWords", "{counter} since previous", "col.volume"),
        "col.window_opens": translate("ReportWords", "Window opens", "col.window_opens"),
        "col.window_closes": translate("ReportWords", "Window closes", "col.window_closes"),
        "col.last_reading": translate("ReportWords", "Last reading", "col.last_reading"),
        "col.last_value": translate("ReportWords", "Last {counter}", "col.last_value"),
        "col.new_value": translate("ReportWords", "{counter} now", "col.new_value"),
        "col.case_number": translate("ReportWords", "Case", "col.case_number"),
        "col.subject": translate("ReportWords", "Subject", "col.subject"),
        "col.state": translate("ReportWords", "State", "col.state"),
        "col.created": translate("ReportWords", "Created", "col.created"),
        "col.age_days": translate("ReportWords", "Age (days)", "col.age_days"),
        "col.expected_answer": translate("ReportWords", "Answer expected", "col.expected_answer"),
        "col.last_message_at": translate("ReportWords", "Last message", "col.last_message_at"),
        "col.last_message": translate("ReportWords", "Message", "col.last_message"),
        "col.order_number": translate("ReportWords", "Order", "col.order_number"),
        "col.lines": translate("ReportWords", "Lines", "col.lines"),
        "col.carrier": translate("ReportWords", "Carrier", "col.carrier"),
        "col.tracking": translate("ReportWords", "Tracking", "col.tracking"),
        "col.delivered": translate("ReportWords", "Delivered", "col.delivered"),
        "flag.no_reading": translate("ReportWords", "No reading", "flag.no_reading"),
        "flag.overdue": translate("ReportWords", "Overdue", "flag.overdue"),
        "value.yes": translate("ReportWords", "Yes", "value.yes"),
        "status.accepted": translate("ReportWords", "Accepted", "status.accepted"),
        "status.estimated": translate("ReportWords", "Estimated", "status.estimated"),
        "status.pending": translate("ReportWords", "Not sent yet", "status.pending"),
        "status.rejected": translate("ReportWords", "Refused", "status.rejected"),
        "case_state.new": translate("ReportWords", "New", "case_state.new"),
        "case_state.in_progress": translate("ReportWords", "In progress", "case_state.in_progress"),
        "case_state.awaiting_customer": translate("ReportWords", "Awaiting you", "case_state.awaiting_customer"),
        "case_state.resolved": translate("ReportWords", "Resolved", "case_state.resolved"),
        "case_state.closed": translate("ReportWords", "Closed", "case_state.closed"),
        "case_state.cancelled": translate("ReportWords", "Cancelled", "case_state.cancelled"),
        "order_state.submitted": translate("ReportWords", "Submitted", "order_state.submitted"),
        "order_state.confirmed": translate("ReportWords", "Confirmed", "order_state.confirmed"),
        "order_state.shipped": translate("ReportWords", "Shipped", "order_state.shipped"),
        "order_state.delivered": translate("ReportWords", "Delivered", "order_state.delivered"),
        "order_state.cancelled": translate("ReportWords", "Cancelled", "order_state.cancelled"),
        "counter_type.bw": translate("ReportWords", "Black/white", "counter_type.bw"),
        "counter_type.colour": translate("ReportWords", "Colour", "counter_type.colour"),
        "counter_type.large_format": translate("ReportWords", "Large format (m²)", "counter_type.large_format"),
        "report.product_list": translate("ReportWords", "Machines", "report.product_list"),
        "report.case_list": translate("ReportWords", "Cases", "report.case_list"),
        "table.product_list": translate("ReportWords", "Machines", "table.product_list"),
        "table.case_list": translate("ReportWords", "Cases", "table.case_list"),
        "fact.search": translate("ReportWords", "Search", "fact.search"),
        "fact.filter": translate("ReportWords", "Showing", "fact.filter"),
        "filter.due_only": translate("ReportWords", "Only machines whose reading is due", "filter.due_only"),
        "case_filter.open": translate("ReportWords", "Open cases", "case_filter.open"),
        "case_filter.awaiting": translate("ReportWords", "Cases awaiting you", "case_filter.awaiting"),
        "case_filter.resolved": translate("ReportWords", "Resolved cases", "case_filter.resolved"),
        "case_filter.all": translate("ReportWords", "All cases", "case_filter.all"),
        "col.last_total": translate("ReportWords", "Last total", "col.last_total"),
        "flag.due": translate("ReportWords", "Due", "flag.due"),
        "col.category": translate("ReportWords", "Category", "col.category"),
        "col.last_activity": translate("ReportWords", "Last activity", "col.last_activity"),
        "case_category.error_code": translate("ReportWords", "Error code on the display", "case_category.error_code"),
        "case_category.print_quality": translate("ReportWords", "Print quality", "case_category.print_quality"),
        "case_category.paper_jam": translate("ReportWords", "Paper jam", "case_category.paper_jam"),
        "case_category.scan_send": translate("ReportWords", "Scanning and sending", "case_category.scan_send"),
        "case_category.network": translate("ReportWords", "Network and printing from PCs", "case_category.network"),
        "case_category.supplies": translate("ReportWords", "Toner and supplies", "case_category.supplies"),
        "case_category.invoice": translate("ReportWords", "Invoice", "case_category.invoice"),
        "case_category.contract": translate("ReportWords", "Contract", "case_category.contract"),
        "case_category.address": translate("ReportWords", "Address", "case_category.address"),
        "case_category.other": translate("ReportWords", "Other", "case_category.other"),
        "case_category.relocation": translate("ReportWords", "Relocation", "case_category.relocation"),
        "case_category.removal": translate("ReportWords", "Removal", "case_category.removal"),
        "case_category.support": translate("ReportWords", "Support", "case_category.support"),
        "case_category.account_question": translate("ReportWords", "Account question",
                                                    "case_category.account_question"),
        "empty.readings": translate("ReportWords", "No readings in this period for this selection.",
                                    "empty.readings"),
        "empty.fleet": translate("ReportWords", "No machines in this selection.", "empty.fleet"),
        "empty.due": translate("ReportWords", "No machines are due on {day}.", "empty.due"),
        "empty.cases": translate("ReportWords", "No case made in this period is still open.", "empty.cases"),
        "empty.orders": translate("ReportWords", "No supplies orders in this period for this selection.",
                                  "empty.orders"),
        "empty.list": translate("ReportWords", "Nothing to list for this filter and search.", "empty.list"),
    }


class ReportWords:
    """The keys' texts in the interface's language (`language`: "nb" or "en", which also says how paper and the
    writers write dates and numbers). A key it lacks reads as the key (a test keeps the table complete)."""

    def __init__(self, language: str | None = None) -> None:
        self.language = language or i18n.current_language()
        self._texts = _texts()
        self._texts.update({f"counter.{key}": counter_name(key) for key in COUNTER_KEYS})
        locale = QLocale()
        self._months = tuple(locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13))
        """Read here, once: a worker and the preview may word at the same time, and plain strings are safe to share."""

    def has(self, key: str) -> bool:
        return key in self._texts or key in ("col.month", "col.counter")

    def text(self, item: Text) -> str:
        if item.key == "col.month":
            return self._month(item.params["month"])
        if item.key == "col.counter":
            return self._counter(item.params["counter"], first=True)
        template = self._texts.get(item.key, item.key)
        return template.format(**{name: self._param(name, value, first=template.startswith(f"{{{name}}}"))
                                  for name, value in item.params.items()})

    def _param(self, name: str, value: object, *, first: bool) -> str:
        if name == "month" and isinstance(value, date):
            return self._month(value)
        if name == "counter":
            return self._counter(value, first=first)
        return str(value)

    def _month(self, month: date) -> str:
        return f"{self._months[month.month - 1]} {month.year}"

    def _counter(self, key: object, *, first: bool) -> str:
        """A known counter's name, in lower case inside a title ("Last black/white"); an unknown one as its key."""
        name = self._texts.get(f"counter.{key}")
        if name is None:
            return str(key)
        return name if first else name[0].lower() + name[1:]


def refusal_text(code: str, params: Mapping[str, object]) -> str:
    """A report's refusal (`sync.reports.request`) as a sentence for the page, beside the field it is about."""
    if code == refusals.PERIOD_REVERSED:
        return translate("ReportWords", "The period ends ({last}) before it starts ({first}).").format(
            last=format_date(params["last"]), first=format_date(params["first"]))
    if code == refusals.UNKNOWN_SITE:
        return translate("ReportWords", "No site named “{site}” in your fleet.").format(site=params["site"])
    if code == refusals.UNKNOWN_SERIAL:
        return translate("ReportWords", "No machine with serial {serial} in your fleet.").format(
            serial=params["serial"])
    if code == refusals.NO_PERIOD:
        return translate("ReportWords", "This report needs a period: choose one above.")
    return translate("ReportWords", "The report cannot be made ({code}).").format(code=code)
