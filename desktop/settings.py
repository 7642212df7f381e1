"""Every setting the desktop app keeps, declared once with its type and default (Picard's `setting` / `persist` split).

`PREFERENCES` are the user's choices (the settings dialog edits them); `STATE` is what the app remembers on its own
(window geometry, splitter, current page, column widths). Both live in one per-user INI file
(`%APPDATA%/ServicePortal/ServicePortalDesktop.ini` on Windows), never in the registry and never with a secret in it.

    language = settings.get(settings.LANGUAGE)
    settings.put(settings.SYNC_INTERVAL_MINUTES, 30)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView

from desktop import i18n

ORGANIZATION = "ServicePortal"
APPLICATION = "ServicePortalDesktop"

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T
    choices: tuple[T, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None
    default_from: Callable[[], T] | None = None
    """Where the default comes from when it depends on the machine (the system's language); else `default`."""

    def fallback(self) -> T:
        return self.default_from() if self.default_from is not None else self.default

    def coerce(self, raw: Any) -> T:
        """The stored value as `type`, or the default when it is missing, garbled or out of range (a hand-edited
        INI file must never stop the app from starting)."""
        if raw is None:
            return self.fallback()
        try:
            value = _convert(raw, self.type)
        except (TypeError, ValueError):
            return self.fallback()
        if self.choices is not None and value not in self.choices:
            return self.fallback()
        if self.minimum is not None and value < self.minimum:
            return self.fallback()
        if self.maximum is not None and value > self.maximum:
            return self.fallback()
        return value


# --- preferences: what the user chose ------------------------------------------------------------------------------
LANGUAGE = Setting("preferences/language", str, "en", choices=("nb", "en"),
                   default_from=lambda: i18n.system_language())  # looked up when read: tests swap it
SYNC_INTERVAL_MINUTES = Setting("preferences/sync_interval_minutes", int, 15, minimum=1, maximum=240)
LAST_PORTAL_URL = Setting("preferences/last_portal_url", str, "")
LAST_EMAIL = Setting("preferences/last_email", str, "")

PREFERENCES: tuple[Setting, ...] = (LANGUAGE, SYNC_INTERVAL_MINUTES, LAST_PORTAL_URL, LAST_EMAIL)

# --- state: what the app remembers by itself -----------------------------------------------------------------------
WINDOW_GEOMETRY = Setting("state/main_window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("state/main_window/state", QByteArray, QByteArray())
NAV_SPLITTER = Setting("state/main_window/splitter", QByteArray, QByteArray())
CURRENT_PAGE = Setting("state/main_window/page", str, "products")
PRODUCTS_SPLITTER = Setting("state/products/splitter", QByteArray, QByteArray())
PRODUCT_DETAIL_SPLITTER = Setting("state/products/detail_splitter", QByteArray, QByteArray())
CASES_SPLITTER = Setting("state/cases/splitter", QByteArray, QByteArray())

STATE: tuple[Setting, ...] = (WINDOW_GEOMETRY, WINDOW_STATE, NAV_SPLITTER, CURRENT_PAGE, PRODUCTS_SPLITTER,
                              PRODUCT_DETAIL_SPLITTER, CASES_SPLITTER)


def store() -> QSettings:
    """The per-user INI settings file. Tests redirect it with `QSettings.setPath` (see tests/desktop/conftest.py)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def get(setting: Setting[T]) -> T:
    return setting.coerce(store().value(setting.key))


def put(setting: Setting[T], value: T) -> None:
    qs = store()
    qs.setValue(setting.key, value)
    qs.sync()


def reset(setting: Setting) -> None:
    store().remove(setting.key)


def header_state_key(name: str) -> str:
    return f"state/headers/{name}"


def save_header(header: QHeaderView, name: str) -> None:
    """Remember a table's column widths and order; `name` is stable per table (e.g. "products")."""
    put(Setting(header_state_key(name), QByteArray, QByteArray()), header.saveState())


def restore_header(header: QHeaderView, name: str) -> bool:
    state = get(Setting(header_state_key(name), QByteArray, QByteArray()))
    return bool(state) and header.restoreState(state)


def _convert(raw: Any, kind: type) -> Any:
    if kind is QByteArray:
        if isinstance(raw, QByteArray):
            return raw
        if isinstance(raw, (bytes, bytearray)):
            return QByteArray(bytes(raw))
        raise TypeError(f"not bytes: {raw!r}")
    if kind is bool:
        if isinstance(raw, str):
            return raw.strip().lower() in ("1", "true", "yes", "on")
        return bool(raw)
    if kind is int and isinstance(raw, str):
        return int(raw.strip())
    return kind(raw)
