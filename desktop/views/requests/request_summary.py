"""One line of what a relocation or removal asks for, for the case's detail: the day, and where to (or why and from
where), in the user's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.requests.request_labels import reason_label
from desktop.views.requests.request_problems import day_text
from domain.product_requests import new_location
from sync.cases.product_requests import request_of
from sync.products import queries as product_queries

translate = QCoreApplication.translate  # the bare name lupdate recognises


def request_summary(engine, case_id: str) -> str:
    """Empty for a case that asks for nothing of the kind."""
    record = request_of(engine, case_id)
    if record is None:
        return ""
    details = record.details
    parts = [translate("RequestSummary", "Desired: {day}").format(day=day_text(record.desired_date))]
    if record.kind == "relocation":
        site = next((s.name for s in product_queries.sites_list(engine) if s.id == details.get("site_id")), None)
        where = site or ", ".join(p for p in (details.get("address"), details.get("city")) if p)
        location = new_location(details.get("building") or "", details.get("floor") or "", details.get("room") or "")
        parts.append(translate("RequestSummary", "to {place}").format(place=" – ".join(
            p for p in (where, location) if p)))
        if details.get("contact_name"):
            parts.append(f"{details['contact_name']} {details.get('contact_phone') or ''}".strip())
        if details.get("network_change"):
            parts.append(translate("RequestSummary", "network settings change"))
    else:
        parts.append(reason_label(str(details.get("reason") or "")))
        if details.get("wipe_disk"):
            parts.append(translate("RequestSummary", "disk wiped with a certificate"))
    if record.completed_on:
        parts.append(translate("RequestSummary", "done {day}").format(day=day_text(record.completed_on)))
    return " · ".join(parts)
