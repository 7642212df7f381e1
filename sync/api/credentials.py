"""Where the refresh token lives: the OS keyring (Windows Credential Manager), never a file of ours.

When the machine has no working keyring backend the token is kept in this process's memory only, so the user signs
in again next time; `secure_storage_available()` lets the app say so instead of silently losing the login. Passwords
are never stored anywhere. The short-lived access token is only ever in memory.
"""

from __future__ import annotations

import logging
import threading

import keyring
import keyring.errors

log = logging.getLogger(__name__)

SERVICE_PREFIX = "ServicePortalDesktop:"

_memory: dict[tuple[str, str], str] = {}
_memory_lock = threading.Lock()
_keyring_failed = False


def service_name(portal_url: str) -> str:
    return SERVICE_PREFIX + portal_url


def secure_storage_available() -> bool:
    """False when tokens can only be kept in memory (no keyring backend, or it failed in this process)."""
    if _keyring_failed:
        return False
    try:
        from keyring.backends import fail
        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:  # noqa: BLE001 - any backend trouble means "not available"
        return False


class TokenStore:
    """The tokens of one user at one portal. Thread-safe: the sync thread and the UI may both refresh."""

    def __init__(self, portal_url: str, email: str, *, persist: bool = True) -> None:
        self.portal_url = portal_url
        self.email = email
        self.persist = persist
        self.access_token: str | None = None
        self.lock = threading.RLock()

    @property
    def _key(self) -> tuple[str, str]:
        return service_name(self.portal_url), self.email

    def load_refresh_token(self) -> str | None:
        with self.lock:
            if self.persist and not _keyring_failed:
                try:
                    token = keyring.get_password(*self._key)
                    if token is not None:
                        return token
                except keyring.errors.KeyringError as exc:
                    _give_up_on_keyring(exc)
            with _memory_lock:
                return _memory.get(self._key)

    def save_refresh_token(self, token: str) -> None:
        with self.lock:
            if self.persist and not _keyring_failed:
                try:
                    keyring.set_password(*self._key, token)
                    with _memory_lock:
                        _memory.pop(self._key, None)
                    return
                except keyring.errors.KeyringError as exc:
                    _give_up_on_keyring(exc)
            with _memory_lock:
                _memory[self._key] = token

    def forget(self) -> None:
        """Drop both tokens (sign-out). A token that was never stored is fine."""
        with self.lock:
            self.access_token = None
            with _memory_lock:
                _memory.pop(self._key, None)
            if not self.persist or _keyring_failed:
                return
            try:
                keyring.delete_password(*self._key)
            except keyring.errors.PasswordDeleteError:
                pass
            except keyring.errors.KeyringError as exc:
                _give_up_on_keyring(exc)


def _give_up_on_keyring(exc: Exception) -> None:
    global _keyring_failed
    log.warning("No usable keyring (%s); keeping sign-in tokens in memory only", exc)
    _keyring_failed = True


def reset_for_tests() -> None:
    """Forget that the keyring failed and every in-memory token (tests swap keyring backends)."""
    global _keyring_failed
    _keyring_failed = False
    with _memory_lock:
        _memory.clear()
