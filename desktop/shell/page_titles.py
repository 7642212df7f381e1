"""The pages' names, in a module of their own: the main window lists every page at start but builds (and imports)
only the one on screen, so it must not load the others' modules just to name them. Each page class says
`title = staticmethod(page_titles.<page>)`; the translation context stays the page's own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # the bare name lupdate recognises


def app_display_name() -> str:
    """The app's one name in the user's language. It is the application's display name (which the window system
    appends to a title that does not already end with it) and the last part of the main window's title, so a title
    names the app once, in one language."""
    return translate("App", "Service Portal")


def products() -> str:
    return translate("ProductsPage", "Products")


def meter_round() -> str:
    return translate("MeterRoundPage", "Meter round")


def cases() -> str:
    return translate("CasesPage", "Cases")


def self_help() -> str:
    return translate("SelfHelpPage", "Self-help")


def pending() -> str:
    return translate("PendingPage", "Pending changes")


def orders() -> str:
    return translate("OrdersPage", "Orders")


def reports() -> str:
    return translate("ReportsPage", "Reports")


def account() -> str:
    return translate("AccountPage", "Account")


def users() -> str:
    return translate("UsersPage", "Users")
