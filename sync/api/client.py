"""HTTP client of the Portal API on `requests`.

Reads (GET) are retried in place by urllib3 for connection errors and 502/503/504, with backoff and Retry-After;
writes (POST) are tried exactly once, because the sync engine owns their retries (it keeps the Idempotency-Key and
schedules the next attempt durably). Every call has a (connect, read) timeout.

The access token lives in memory (in the shared `TokenStore`). On a 401 the client refreshes once with the refresh
token from the keyring, saves the rotated one and repeats the call; if that fails the user must sign in again.
"""

from __future__ import annotations

import logging
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from domain import problems
from domain.wire import ChangePage, Guide, Me, MeterReading, PortalInfo, TokenPair
from sync.api.credentials import TokenStore
from sync.api.decode import decode, error_for, json_body, problem_of
from sync.api.errors import (
    AuthFailed,
    AuthRequired,
    BadAnswer,
    NotAPortal,
    PortalUnreachable,
    RateLimited,
    SignInThrottled,
)

log = logging.getLogger(__name__)
_ERRNO_TEXT = re.compile(r"\[Errno -?\d+\] ([^'\")\]]+)")

DEFAULT_TIMEOUT = (5.0, 30.0)
MAX_INLINE_RETRY_AFTER = 10.0
"""A GET told to come back later than this is not waited for inside the call: the error goes up and sync retries."""


class _CappedRetry(Retry):
    """urllib3's Retry, but it refuses to sleep for a long Retry-After inside a call (it would freeze the sync)."""

    def sleep_for_retry(self, response=None) -> bool:
        retry_after = self.get_retry_after(response) if response is not None else None
        if retry_after is not None and retry_after > MAX_INLINE_RETRY_AFTER:
            raise _TooLongToWait()
        return super().sleep_for_retry(response)


class _TooLongToWait(Exception):
    pass


def default_get_retry(backoff_factor: float = 0.5) -> Retry:
    return _CappedRetry(total=3, connect=3, read=2, status=3, backoff_factor=backoff_factor, backoff_max=8,
                        status_forcelist=(502, 503, 504), allowed_methods=frozenset({"GET"}),
                        respect_retry_after_header=True, raise_on_status=False)


@dataclass(frozen=True)
class Answer:
    """A successful write: the status, the decoded JSON (None for 204) and whether the portal replayed it."""
    status: int
    data: Any
    replayed: bool


class PortalClient:
    """One portal, one user. Not shared between threads: give each thread its own client on the same TokenStore."""

    def __init__(self, base_url: str, *, tokens: TokenStore, timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 get_retry: Retry | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.tokens = tokens
        self.timeout = timeout
        self._reads = _session(get_retry or default_get_retry())
        self._writes = _session(Retry(total=0, read=False, status=False, redirect=False, raise_on_status=False))

    def close(self) -> None:
        self._reads.close()
        self._writes.close()

    # --- auth ---------------------------------------------------------------------------------------------------
    def sign_in(self, email: str, password: str) -> TokenPair:
        """Exchange e-mail and password for tokens and keep them. Raises AuthFailed on wrong credentials and
        SignInThrottled (with the seconds to wait) after too many of them."""
        response = self._call("POST", "/auth/token", json={"email": email, "password": password}, auth=False)
        if 400 <= response.status_code < 500 and (_code(response) == problems.AUTH_INVALID_CREDENTIALS or
                                                  (response.status_code == 401 and _is_problem(response))):
            raise AuthFailed("Wrong e-mail or password.")
        try:
            pair = self._as_portal(response, TokenPair)
        except RateLimited as exc:
            raise SignInThrottled(f"Too many wrong passwords; sign-in waits (Retry-After {exc.retry_after}) ({exc})",
                                  retry_after=exc.retry_after) from exc
        self._keep(pair)
        return pair

    def sign_out(self) -> None:
        """Revoke this session's refresh token at the portal. Callers treat this as best effort."""
        token = self.tokens.load_refresh_token()
        if not token:
            return
        response = self._authorized("POST", "/auth/logout", json={"refresh_token": token})
        if response.status_code >= 400:
            raise error_for(response)

    def refresh(self) -> None:
        """Swap the refresh token for a new pair (the portal rotates it). AuthRequired when it is refused."""
        with self.tokens.lock:
            token = self.tokens.load_refresh_token()
            if not token:
                raise AuthRequired("You are not signed in to this portal. Please sign in.")
            response = self._refresh_with(token)
            if _refused(response):
                # Another process (the app and the CLI) may have rotated the token a moment ago: use its new one.
                newer = self.tokens.load_refresh_token()
                if newer and newer != token:
                    response = self._refresh_with(newer)
            if _refused(response):
                log.info("Refresh refused with HTTP %s", response.status_code)
                raise AuthRequired("Your sign-in has expired. Please sign in again.")
            self._keep(self._ok(response, TokenPair))

    def _refresh_with(self, token: str) -> requests.Response:
        return self._call("POST", "/auth/refresh", json={"refresh_token": token}, auth=False)

    # --- reads --------------------------------------------------------------------------------------------------
    def portal_id(self) -> str | None:
        """This portal's identity (`GET /v1/portal`, no sign-in); None from a portal too old to have one (its 404
        problem details). Asked first at sign-in, so an address that is no portal is `NotAPortal` before any password
        goes to it."""
        response = self._call("GET", "/portal", auth=False)
        if response.status_code == 404 and _is_problem(response):
            return None
        return self._as_portal(response, PortalInfo).portal_id

    def me(self) -> Me:
        return self.get("/me", Me)

    def changes(self, cursor: str | None, *, limit: int = 500) -> ChangePage:
        params = {"limit": limit} | ({"cursor": cursor} if cursor else {})
        return self.get("/changes", ChangePage, params=params)

    def meter_readings(self, product_id: str) -> list[MeterReading]:
        return self.get(f"/products/{product_id}/meter-readings", list[MeterReading])

    def guides(self, etag: str | None) -> tuple[list[Guide] | None, str | None]:
        """All self-help guides and their ETag; (None, etag) when they did not change since `etag` (304)."""
        response = self._authorized("GET", "/guides", headers={"If-None-Match": etag} if etag else None)
        if response.status_code == 304:
            return None, etag
        return self._ok(response, list[Guide]), response.headers.get("ETag")

    def download(self, path: str, target: Path, *, chunk_size: int = 64 * 1024) -> int:
        """Stream a file (e.g. an attachment) into `target` (replaced whole: written beside it, then renamed).
        Returns its size. Raises a typed error for anything but 2xx; `target` is then left as it was."""
        response = self._authorized("GET", path, stream=True, headers={"Accept": "*/*"})
        with response:
            if not 200 <= response.status_code < 300:
                raise error_for(response)
            partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
            size = 0
            try:
                with open(partial, "wb") as out:
                    for chunk in response.iter_content(chunk_size):
                        out.write(chunk)
                        size += len(chunk)
                os.replace(partial, target)
            except requests.exceptions.RequestException as exc:
                raise PortalUnreachable(f"The download broke off ({self.base_url}/v1{path}): {_reason(exc)}") \
                    from exc
            finally:
                partial.unlink(missing_ok=True)
        return size

    def get(self, path: str, shape: Any, *, params: Mapping[str, Any] | None = None) -> Any:
        return self._ok(self._authorized("GET", path, params=params), shape)

    # --- writes -------------------------------------------------------------------------------------------------
    def send(self, method: str, path: str, body: Mapping[str, Any], *, idempotency_key: str,
             headers: Mapping[str, str] | None = None) -> Answer:
        """One attempt at a write (with extra `headers`, e.g. If-Match). Raises a typed error for anything but 2xx."""
        response = self._authorized(method, path, json=dict(body),
                                    headers={**(headers or {}), "Idempotency-Key": idempotency_key})
        if not 200 <= response.status_code < 300:
            raise error_for(response)
        data = json_body(response) if response.status_code != 204 else None
        return Answer(response.status_code, data, response.headers.get("Idempotent-Replayed", "").lower() == "true")

    # --- plumbing -----------------------------------------------------------------------------------------------
    def _authorized(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        if self.tokens.access_token is None:
            self.refresh()
        used = self.tokens.access_token
        response = self._call(method, path, **kwargs)
        if response.status_code != 401:
            return response
        response.close()  # a streamed answer would hold its connection otherwise
        with self.tokens.lock:
            if self.tokens.access_token == used:  # nobody else refreshed meanwhile
                self.refresh()
        response = self._call(method, path, **kwargs)
        if response.status_code == 401:
            raise AuthRequired("The portal refused our renewed sign-in. Please sign in again.")
        return response

    def _call(self, method: str, path: str, *, auth: bool = True, headers: Mapping[str, str] | None = None,
              **kwargs: Any) -> requests.Response:
        url = f"{self.base_url}/v1{path}"
        sent = {"Accept": "application/json", **(headers or {})}
        if method != "GET":
            sent.setdefault("Idempotency-Key", str(uuid.uuid4()))
        if auth and self.tokens.access_token:
            sent["Authorization"] = f"Bearer {self.tokens.access_token}"
        session = self._reads if method == "GET" else self._writes
        try:
            return session.request(method, url, headers=sent, timeout=self.timeout, **kwargs)
        except requests.exceptions.RetryError as exc:
            raise PortalUnreachable(f"The portal kept failing ({url}): {_reason(exc)}") from exc
        except _TooLongToWait as exc:
            raise PortalUnreachable(f"The portal asked us to come back later ({url})") from exc
        except requests.exceptions.Timeout as exc:
            raise PortalUnreachable(f"The portal did not answer in time ({url})") from exc
        except requests.exceptions.RequestException as exc:
            raise PortalUnreachable(f"The portal cannot be reached ({url}): {_reason(exc)}") from exc

    def _ok(self, response: requests.Response, shape: Any) -> Any:
        if not 200 <= response.status_code < 300:
            raise error_for(response)
        return decode(response, shape)

    def _as_portal(self, response: requests.Response, shape: Any) -> Any:
        """`_ok` for the answers of sign-in, where what a portal never sends (a web page, another service's JSON, a
        4xx without problem details) means the address is not a portal: `NotAPortal`. The portal's own trouble (5xx,
        429) stays what it is."""
        if response.status_code >= 500 or response.status_code == 429:
            raise error_for(response)
        try:
            return self._ok(response, shape)
        except NotAPortal:
            raise
        except BadAnswer as exc:
            raise NotAPortal(f"The address answered, but it is not a service portal: {exc}") from exc

    def _keep(self, pair: TokenPair) -> None:
        self.tokens.access_token = pair.access_token
        self.tokens.save_refresh_token(pair.refresh_token)


def _session(retry: Retry) -> requests.Session:
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry, pool_connections=2, pool_maxsize=4)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def _refused(response: requests.Response) -> bool:
    return 400 <= response.status_code < 500 and response.status_code != 429


def _is_problem(response: requests.Response) -> bool:
    """Whether the answer carries the portal's problem details (every error of the portal does)."""
    try:
        problem_of(response)
    except BadAnswer:
        return False
    return True


def _code(response: requests.Response) -> str | None:
    try:
        data = response.json()
    except ValueError:
        return None
    return data.get("code") if isinstance(data, dict) else None


def _reason(exc: Exception) -> str:
    """The part of a urllib3 error chain a person can use: "Connection refused", "Name or service not known"."""
    inner = exc.args[0] if exc.args else exc
    text = str(getattr(inner, "reason", inner))
    found = _ERRNO_TEXT.search(text)
    return found.group(1).strip() if found else text[:200]
