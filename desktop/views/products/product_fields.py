"""A product's editable data in the user's words: each field's caption, how its value reads, the problems of
`domain.product_data` at the field, and the product as the conflict dialog names it (`EDIT_FIELDS`)."""

from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.context import AppContext
from desktop.views.conflicts.edit_fields import EditFields
from domain import problems as codes
from domain.problems import Problem
from sync.products import queries as product_queries

CONTEXT = "ProductFields"

LABELS: dict[str, str] = {
    "site_id": QT_TRANSLATE_NOOP("ProductFields", "Site"),
    "building": QT_TRANSLATE_NOOP("ProductFields", "Building"),
    "floor": QT_TRANSLATE_NOOP("ProductFields", "Floor"),
    "room": QT_TRANSLATE_NOOP("ProductFields", "Room"),
    "cost_centre": QT_TRANSLATE_NOOP("ProductFields", "Cost centre"),
    "contact_name": QT_TRANSLATE_NOOP("ProductFields", "Contact person"),
    "contact_email": QT_TRANSLATE_NOOP("ProductFields", "Contact's e-mail"),
    "internal_name": QT_TRANSLATE_NOOP("ProductFields", "Internal name"),
}

TEXTS: dict[str, str] = {
    codes.PRODUCT_SITE_UNKNOWN: QT_TRANSLATE_NOOP(
        "ProductFields", "This site is not in your account's data any more; choose another."),
    codes.PRODUCT_LOCATION_MISSING: QT_TRANSLATE_NOOP(
        "ProductFields", "Say where the machine stands: the building, floor or room."),
    codes.PRODUCT_TEXT_TOO_LONG: QT_TRANSLATE_NOOP("ProductFields", "This can be at most {max} characters."),
}
"""The codes of `domain.product_data`; an e-mail's and a one-line text's are the cases' (`case_problems`)."""


def field_label(name: str) -> str:
    return QCoreApplication.translate(CONTEXT, LABELS[name]) if name in LABELS else name


def value_text(ctx: AppContext, name: str, value: Any) -> str:
    if name == "site_id":
        sites = {site.id: site.name for site in product_queries.sites_list(ctx.engine)}
        return sites.get(str(value), str(value))
    return str(value) if value not in (None, "") else QCoreApplication.translate("ProductFields", "(empty)")


def product_title(ctx: AppContext, product_id: str) -> str:
    product = product_queries.product(ctx.engine, product_id, today=ctx.today())
    if product is None:
        return QCoreApplication.translate("ProductFields", "A machine no longer in your list")
    return f"{product.model} · {product.serial}"


def problem_text(problem: Problem) -> str:
    template = TEXTS.get(problem.code)
    if template is None:
        from desktop.views.cases.case_problems import problem_text as case_text  # noqa: PLC0415 - e-mail, one line
        return case_text(problem)
    return QCoreApplication.translate(CONTEXT, template).format_map(_Params(problem.params))


TOO_LONG_HEADLINE = QT_TRANSLATE_NOOP("ProductFields", "A text of the machine's data is too long.")


def product_headline(code: str) -> str:
    """Our words for a product-data code a refusal names without params (`case_problems.headline_text` asks, so
    Pending changes words a refused edit); "" for a code that is not the product data's."""
    if code == codes.PRODUCT_TEXT_TOO_LONG:
        return QCoreApplication.translate(CONTEXT, TOO_LONG_HEADLINE)
    return refusal_text(code)


def refusal_text(code: str) -> str:
    """The words for a code the portal refused an edit with (no params come with it); "" when its words need some."""
    template = TEXTS.get(code, "{")
    return "" if "{" in template else QCoreApplication.translate(CONTEXT, template)


class _Params(dict):
    def __init__(self, params: Mapping[str, object]) -> None:
        super().__init__(params)

    def __missing__(self, key: str) -> str:
        return ""


PRODUCT_FIELDS = EditFields(label=field_label, value_text=value_text, title=product_title)
