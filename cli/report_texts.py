"""The reports' words for the command line, in English and in bokmål: titles, column names, header facts and the
codes a report's cells hold (a reading's status, a case's state). `sync.reports` speaks in keys (`model.Text`);
this is where the command line makes them text, as the desktop will through its catalogue (the same keys through
`tr()`). A report's refusals (`sync.reports.request`) are worded here in English, as the CLI's other problems are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Mapping

from cli.output import DATE_FORMAT
from sync.reports import request as refusals
from sync.reports.model import Text

EN: dict[str, str] = {
    "report.readings": "Meter readings", "report.fleet": "Fleet summary", "report.due": "Readings due",
    "report.cases": "Open cases", "report.orders": "Supplies orders",
    "table.readings": "Readings", "table.fleet": "Volumes", "table.due": "Due", "table.cases": "Cases",
    "table.orders": "Orders",
    "chart.site_volumes": "Pages per month per site", "unit.pages": "Pages", "sheet.about": "About",
    "legend.estimated": "Italic: counted from an estimated reading", "page.of": "Page {page} of {pages}",
    "fact.account": "Account", "fact.period": "Period", "fact.due_on": "Due on", "fact.site": "Site",
    "fact.all_sites": "All sites", "fact.machines": "Machines", "fact.all_machines": "All machines",
    "fact.user": "Made by", "fact.made": "Made",
    "col.site": "Site", "col.serial": "Serial", "col.model": "Model", "col.location": "Location", "col.cost_centre": "Cost centre",
    "col.counter_type": "Counter type", "col.month": "{month}", "col.month_plain": "Month", "col.total": "Total",
    "col.date": "Date", "col.status": "Status", "col.counter": "{counter}", "col.volume": "{counter} since previous",
    "col.window_opens": "Window opens", "col.window_closes": "Window closes", "col.last_reading": "Last reading",
    "col.last_value": "Last {counter}", "col.new_value": "{counter} now", "col.case_number": "Case",
    "col.subject": "Subject", "col.state": "State", "col.created": "Created", "col.age_days": "Age (days)",
    "col.expected_answer": "Answer expected", "col.last_message_at": "Last message", "col.last_message": "Message",
    "col.order_number": "Order", "col.lines": "Lines", "col.carrier": "Carrier", "col.tracking": "Tracking",
    "col.delivered": "Delivered",
    "flag.no_reading": "No reading", "flag.overdue": "Overdue", "value.yes": "Yes",
    "status.accepted": "Accepted", "status.estimated": "Estimated", "status.pending": "Not sent yet",
    "status.rejected": "Refused",
    "case_state.new": "New", "case_state.in_progress": "In progress", "case_state.awaiting_customer": "Awaiting you",
    "case_state.resolved": "Resolved", "case_state.closed": "Closed", "case_state.cancelled": "Cancelled",
    "order_state.submitted": "Submitted", "order_state.confirmed": "Confirmed", "order_state.shipped": "Shipped",
    "order_state.delivered": "Delivered", "order_state.cancelled": "Cancelled",
    "counter_type.bw": "Black/white", "counter_type.colour": "Colour",
    "counter_type.large_format": "Large format (m²)",
    "counter.total": "Total", "counter.bw": "Black/white", "counter.colour": "Colour",
    "counter.large_format_m2": "Large format (m²)",
    "report.product_list": "Machines", "report.case_list": "Cases", "table.product_list": "Machines",
    "table.case_list": "Cases", "fact.search": "Search", "fact.filter": "Showing",
    "filter.due_only": "Only machines whose reading is due",
    "case_filter.open": "Open cases", "case_filter.awaiting": "Cases awaiting you",
    "case_filter.resolved": "Resolved cases", "case_filter.all": "All cases",
    "col.last_total": "Last total", "flag.due": "Due", "col.category": "Category", "col.last_activity": "Last activity",
    "case_category.error_code": "Error code on the display", "case_category.print_quality": "Print quality",
    "case_category.paper_jam": "Paper jam", "case_category.scan_send": "Scanning and sending",
    "case_category.network": "Network and printing from PCs", "case_category.supplies": "Toner and supplies",
    "case_category.invoice": "Invoice", "case_category.contract": "Contract", "case_category.address": "Address",
    "case_category.other": "Other", "case_category.relocation": "Relocation", "case_category.removal": "Removal",
    "case_category.support": "Support", "case_category.account_question": "Account question",
    "empty.readings": "No readings in this period for this selection.",
    "empty.fleet": "No machines in this selection.",
    "empty.due": "No machines are due on {day}.",
    "empty.cases": "No case made in this period is still open.",
    "empty.orders": "No supplies orders in this period for this selection.",
    "empty.list": "Nothing to list for this filter and search.",
}

NB: dict[str, str] = {
    "report.readings": "Måleravlesninger", "report.fleet": "Flåteoversikt", "report.due": "Avlesninger som forfaller",
    "report.cases": "Åpne saker", "report.orders": "Rekvisitabestillinger",
    "table.readings": "Avlesninger", "table.fleet": "Volum", "table.due": "Forfaller", "table.cases": "Saker",
    "table.orders": "Bestillinger",
    "chart.site_volumes": "Sider per måned per sted", "unit.pages": "Sider", "sheet.about": "Om rapporten",
    "legend.estimated": "Kursiv: regnet fra en estimert avlesning", "page.of": "Side {page} av {pages}",
    "fact.account": "Konto", "fact.period": "Periode", "fact.due_on": "Forfaller den", "fact.site": "Sted",
    "fact.all_sites": "Alle steder", "fact.machines": "Maskiner", "fact.all_machines": "Alle maskiner",
    "fact.user": "Laget av", "fact.made": "Laget",
    "col.site": "Sted", "col.serial": "Serienummer", "col.model": "Modell", "col.location": "Plassering", "col.cost_centre": "Koststed",
    "col.counter_type": "Telleverktype", "col.month": "{month}", "col.month_plain": "Måned", "col.total": "Sum",
    "col.date": "Dato", "col.status": "Status", "col.counter": "{counter}", "col.volume": "{counter} siden forrige",
    "col.window_opens": "Vinduet åpner", "col.window_closes": "Vinduet lukker", "col.last_reading": "Siste avlesning",
    "col.last_value": "Siste {counter}", "col.new_value": "{counter} nå", "col.case_number": "Sak",
    "col.subject": "Emne", "col.state": "Tilstand", "col.created": "Opprettet", "col.age_days": "Alder (dager)",
    "col.expected_answer": "Svar ventet", "col.last_message_at": "Siste melding", "col.last_message": "Melding",
    "col.order_number": "Bestilling", "col.lines": "Linjer", "col.carrier": "Transportør", "col.tracking": "Sporing",
    "col.delivered": "Levert",
    "flag.no_reading": "Ingen avlesning", "flag.overdue": "Forsinket", "value.yes": "Ja",
    "status.accepted": "Godkjent", "status.estimated": "Estimert", "status.pending": "Ikke sendt ennå",
    "status.rejected": "Avvist",
    "case_state.new": "Ny", "case_state.in_progress": "Under arbeid", "case_state.awaiting_customer": "Venter på deg",
    "case_state.resolved": "Løst", "case_state.closed": "Lukket", "case_state.cancelled": "Avbrutt",
    "order_state.submitted": "Sendt inn", "order_state.confirmed": "Bekreftet", "order_state.shipped": "Sendt",
    "order_state.delivered": "Levert", "order_state.cancelled": "Avbestilt",
    "counter_type.bw": "Svart-hvitt", "counter_type.colour": "Farge", "counter_type.large_format": "Storformat (m²)",
    "counter.total": "Totalt", "counter.bw": "Svart-hvitt", "counter.colour": "Farge",
    "counter.large_format_m2": "Storformat (m²)",
    "report.product_list": "Maskiner", "report.case_list": "Saker", "table.product_list": "Maskinliste",
    "table.case_list": "Saksliste", "fact.search": "Søk", "fact.filter": "Viser",
    "filter.due_only": "Bare maskiner som skal avleses",
    "case_filter.open": "Åpne saker", "case_filter.awaiting": "Saker som venter på deg",
    "case_filter.resolved": "Løste saker", "case_filter.all": "Alle saker",
    "col.last_total": "Siste totalt", "flag.due": "Skal avleses", "col.category": "Kategori",
    "col.last_activity": "Siste aktivitet",
    "case_category.error_code": "Feilkode i displayet", "case_category.print_quality": "Utskriftskvalitet",
    "case_category.paper_jam": "Papirstopp", "case_category.scan_send": "Skanning og sending",
    "case_category.network": "Nettverk og utskrift fra PC", "case_category.supplies": "Toner og rekvisita",
    "case_category.invoice": "Faktura", "case_category.contract": "Avtale", "case_category.address": "Adresse",
    "case_category.other": "Annet", "case_category.relocation": "Flytting", "case_category.removal": "Fjerning",
    "case_category.support": "Brukerstøtte", "case_category.account_question": "Spørsmål om kontoen",
    "empty.readings": "Ingen avlesninger i denne perioden for dette utvalget.",
    "empty.fleet": "Ingen maskiner i dette utvalget.",
    "empty.due": "Ingen maskiner skal leses av {day}.",
    "empty.cases": "Ingen saker fra denne perioden er fortsatt åpne.",
    "empty.orders": "Ingen rekvisitabestillinger i denne perioden for dette utvalget.",
    "empty.list": "Ingenting å vise for dette filteret og søket.",
}

TABLES: dict[str, dict[str, str]] = {"en": EN, "nb": NB}
MONTHS = {"en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"),
          "nb": ("jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des.")}
"""The short month names the app's QLocale gives (en_NO, nb_NO), written out: the CLI writes XLSX and CSV without Qt,
and a report must read the same from either (tests/desktop/views/reports/test_month_names.py compares them)."""


@dataclass(frozen=True)
class CliWords:
    """`sync.reports.model.Words` from the tables above. A key it lacks is shown as the key (a test keeps the
    tables complete for every key the reports use). A counter's name inside a title starts in lower case ("Last
    black/white", "Siste svart-hvitt"); an unknown counter is named by its key as the portal sent it."""
    language: str

    def text(self, item: Text) -> str:
        table = TABLES[self.language]
        template = table.get(item.key, item.key)
        return template.format(**{name: self._param(name, value, first=template.startswith(f"{{{name}}}"))
                                  for name, value in item.params.items()})

    def _param(self, name: str, value: object, *, first: bool) -> str:
        if name == "month" and isinstance(value, date):
            return f"{MONTHS[self.language][value.month - 1]} {value.year}"
        if name == "counter":
            counter = TABLES[self.language].get(f"counter.{value}", str(value))
            known = f"counter.{value}" in TABLES[self.language]
            return counter if first or not known else counter[0].lower() + counter[1:]
        return str(value)


REFUSALS: dict[str, str] = {
    refusals.PERIOD_REVERSED: "The period ends ({last}) before it starts ({first}).",
    refusals.UNKNOWN_SITE: "No site named '{site}' in your fleet; the sites are: {known}.",
    refusals.UNKNOWN_SERIAL: "No machine with serial {serial} in your fleet.",
    refusals.NO_PERIOD: "The {kind} report needs a period: give --from and --to.",
}


def refusal_text(code: str, params: Mapping[str, object]) -> str:
    shown = {k: (v.strftime(DATE_FORMAT) if isinstance(v, date) else ", ".join(v) if isinstance(v, tuple) else v)
             for k, v in params.items()}
    return REFUSALS.get(code, code).format(**shown)
