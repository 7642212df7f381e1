"""The areas of the main window, in navigation order, each declared once: its key, icon, where its page class lives
(imported when the page is first built, not before: listing five pages must not load five pages' code before the
first paint), its title, its navigation badge (a function run on the database thread, and the entities whose
changes make it count again) and who may see it.

Adding an area is one line here and a `Page` subclass in `desktop/views/<feature>/`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from desktop.shell import page_titles

if TYPE_CHECKING:
    from desktop.shell.page import Badge
    from sync.account.records import UserRow


def everyone(_user: "UserRow | None") -> bool:
    return True


def administrators(user: "UserRow | None") -> bool:
    """An area only an administrator of the account has (it comes and goes when their role changes at a sync)."""
    return user is not None and user.role == "admin"


@dataclass(frozen=True)
class PageSpec:
    key: str
    icon: str
    page: str
    """"module:Class" of its `Page`."""
    title: Callable[[], str]
    badge: str | None = None
    """"module:function": function(engine) → `Badge`, run on the database thread."""
    badge_entities: frozenset[str] = field(default_factory=frozenset)
    visible: Callable[["UserRow | None"], bool] = everyone
    """Whether the signed-in user has this area (administrator-only areas say so here)."""

    def page_class(self) -> type:
        return _load(self.page)

    def badge_function(self) -> "Callable[..., Badge] | None":
        return _load(self.badge) if self.badge else None


def _load(path: str):
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


PAGES = (
    PageSpec("products", "products", "desktop.views.products.products_page:ProductsPage", page_titles.products),
    PageSpec("meter_round", "meter", "desktop.views.readings.meter_round_page:MeterRoundPage", page_titles.meter_round),
    PageSpec("cases", "cases", "desktop.views.cases.cases_page:CasesPage", page_titles.cases,
             badge="desktop.views.cases.badge:cases_badge",
             badge_entities=frozenset({"case", "case_message", "case_event"})),
    PageSpec("orders", "orders", "desktop.views.orders.orders_page:OrdersPage", page_titles.orders),
    PageSpec("reports", "reports", "desktop.views.reports.reports_page:ReportsPage", page_titles.reports),
    PageSpec("account", "account", "desktop.views.account.account_page:AccountPage", page_titles.account),
    PageSpec("self_help", "self_help", "desktop.views.self_help.self_help_page:SelfHelpPage", page_titles.self_help),
    PageSpec("pending", "pending", "desktop.views.pending.pending_page:PendingPage", page_titles.pending,
             badge="desktop.views.pending.badge:pending_badge", badge_entities=frozenset({"outbox"})),
    PageSpec("users", "users", "desktop.views.users.users_page:UsersPage", page_titles.users, visible=administrators),
)
