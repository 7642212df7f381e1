"""What the main window asks of a page, and what a page may ask of the window.

A page is a `Page`: it says its title, which of the window's New / Find / Print actions it answers, whether it holds
unsaved input (and asks before it is thrown away), saves its layout, and can be opened on a named filter. The window
never branches on a page's name or probes it with `hasattr`. What a page wants from the rest of the app — open a
case, start a new case with some fields filled in, show a machine's cases, show another page on a filter with one
item selected — it asks its `Navigation`, which the
window provides; a page built on its own (a test) gets one that does nothing.

How a page is listed (icon, navigation badge, who may see it) is declared beside it in `desktop.shell.pages`, so the
window can show the whole navigation before it imports any page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop.context import AppContext


class Navigation:
    """What a page may ask of the window. The main window's own implementation is `shell.main_window.
    WindowNavigation`; this base does nothing, for pages built on their own."""

    def open_case(self, case_id: str) -> None:
        """Show a case where cases live (e.g. one the user just queued from a guide)."""

    def new_case(self, **prefill: object) -> None:
        """Open the new-case form, filled in with `prefill` (product_id, category, subject, description...)."""

    def show_cases_of(self, serial: str) -> None:
        """Every case of one machine."""

    def show_page(self, key: str, *, filter_name: str | None = None, item_id: str | None = None) -> None:
        """Another area of the window, on one of its named filters, with one of its items selected (`item_id`:
        what the page's `select_item` takes, e.g. an outbox seq for Pending changes)."""

    def report_on(self, serials: tuple[str, ...]) -> None:
        """The Reports page, its machines set to these (the products page's "Report on the selected machines…")."""


NO_NAVIGATION = Navigation()


@dataclass(frozen=True)
class Badge:
    """What a page's navigation entry says beside its title: "Cases (2 to answer)", in bold when there is news."""
    detail: str = ""
    bold: bool = False
    tooltip: str = ""
    icon: str | None = None
    count: int = 0
    """How many wait for the user: on the entry's icon when the navigation shows only icons (a narrow window)."""


class Page(QWidget):
    """The base of every area of the main window. Override what the page does; the defaults say "not here"."""

    status_message = Signal(str)  # a short message for the window's status bar

    has_new = False    # Ctrl+N makes something on this page (`new_item`)
    has_find = False   # Ctrl+F goes to its search box (`focus_search`)
    has_print = False  # Ctrl+P prints what it shows (`print_page`)

    def __init__(self, ctx: "AppContext", nav: Navigation | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.nav = nav or NO_NAVIGATION

    def title(self) -> str:
        raise NotImplementedError

    def new_item(self) -> None:
        """Ctrl+N: only called when `has_new`."""

    def focus_search(self) -> None:
        """Ctrl+F: only called when `has_find`."""

    def print_page(self) -> None:
        """Ctrl+P: only called when `has_print`."""

    def show_filter(self, name: str) -> None:
        """Open on a named filter (e.g. Pending changes on "rejected"); unknown names are ignored."""

    def select_item(self, item_id: str) -> bool:
        """Select one of the page's items by its id (e.g. Pending changes by outbox seq); False when it has none."""
        return False

    def has_unsaved_changes(self) -> bool:
        return False

    def confirm_leave(self) -> bool:
        """Asked when the window closes or signs out with unsaved input: True when the page may go."""
        return True

    def save_state(self) -> None:
        """Remember the layout (column widths, splitters) for the next start."""
