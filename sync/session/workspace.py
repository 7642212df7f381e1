"""One signed-in user's world: the cache file, its outbox and a portal client. The single entry point for the app and
the CLI — they never assemble these parts themselves.

`sign_in` needs the network once; after that `restore` opens the remembered login with no network at all, so the app
starts on the last synced data on a train. Signing out never deletes the cache or unsent work: the items wait for the
same user's next sign-in.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from domain.clock import utc_now
from domain.email import normalize_email
from sync.api.credentials import TokenStore
from sync.api.errors import PortalError
from sync.cache.db import cache_file, open_cache, writer
from sync.outbox import queue as outbox
from sync.session.cache_folders import adopt_url_cache
from sync.session.paths import normalize_portal_url, url_cache_path, workspace_cache_path
from sync.session.profile import Profile, forget_profile, load_profile, save_profile

if TYPE_CHECKING:
    from sync.api.client import PortalClient

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    data_dir: Path
    portal_url: str
    email: str
    engine: Engine
    _client: "PortalClient | None" = field(repr=False)
    tokens: TokenStore = field(repr=False)
    portal_id: str | None = None  # the portal's identity (`GET /v1/portal`); None for a portal without one

    @property
    def client(self) -> "PortalClient":
        """Made on first use: opening a remembered login offline needs no HTTP stack (see `sync.api`)."""
        if self._client is None:
            self._client = self.new_client()
        return self._client

    @property
    def cache_file(self) -> Path:
        return cache_file(self.engine) or workspace_cache_path(self.data_dir, self.portal_url, self.portal_id,
                                                               self.email)

    def new_client(self, **options) -> PortalClient:
        """A client of its own for another thread (a `requests.Session` is not shared across threads); same tokens."""
        from sync.api.client import PortalClient  # noqa: PLC0415 - see `client`

        return PortalClient(self.portal_url, tokens=self.tokens, **options)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        self.engine.dispose()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def sign_in(data_dir: Path, portal_url: str, email: str, password: str, *, remember: bool) -> Workspace:
    """Ask the portal who it is, check the credentials, keep the refresh token and open this user's cache there
    (keyed by the portal's identity; a cache this address had before is adopted, see `cache_folders`).

    Raises AuthFailed, PortalUnreachable, NotAPortal (the address answers, but is no portal) or BadAnswer (and
    ValueError for a malformed portal address). Without `remember` the token is kept in memory only and any
    remembered login is forgotten.
    """
    from sync.account.apply import upsert_me
    from sync.api.client import PortalClient  # noqa: PLC0415 - signing in is when the HTTP stack is first needed

    portal_url, email = normalize_portal_url(portal_url), normalize_email(email)
    tokens = TokenStore(portal_url, email, persist=remember)
    client = PortalClient(portal_url, tokens=tokens)
    try:
        portal_id = client.portal_id()
        client.sign_in(email, password)
        who = client.me()
    except BaseException:
        client.close()
        raise
    engine = open_cache(adopt_url_cache(Path(data_dir), portal_url, portal_id, email))
    with writer(engine).begin() as conn:
        upsert_me(conn, who)
    outbox.retry_now(engine)  # work left from an earlier session goes out with the first sync, not after a backoff
    if remember:
        save_profile(data_dir, portal_url, email, remember=True, last_used=utc_now(), portal_id=portal_id)
    else:
        forget_profile(data_dir)
    return Workspace(Path(data_dir), portal_url, email, engine, client, tokens, portal_id)


def remembered(data_dir: Path) -> Profile | None:
    profile = load_profile(data_dir)
    return profile if profile and profile.remember else None


def restore(data_dir: Path) -> Workspace | None:
    """The remembered login, opened from the cache with NO network call; None when nothing is remembered.

    Whether its refresh token still works is found out by the first sync (`SyncReport.auth_required`).
    """
    profile = remembered(data_dir)
    if profile is None:
        return None
    path = workspace_cache_path(data_dir, profile.portal_url, profile.portal_id, profile.email)
    if not path.exists():  # the address's old cache could not be moved at sign-in, so it is still used there
        path = url_cache_path(data_dir, profile.portal_url, profile.email)
    if not path.exists():
        return None
    tokens = TokenStore(profile.portal_url, profile.email)
    engine = open_cache(path)
    outbox.retry_now(engine)  # a start-up: try what waited at once instead of after the old backoff
    save_profile(data_dir, profile.portal_url, profile.email, remember=True, last_used=utc_now(),
                 portal_id=profile.portal_id)
    return Workspace(Path(data_dir), profile.portal_url, profile.email, engine, None, tokens, profile.portal_id)


def unsent_count(ws: Workspace) -> int:
    return outbox.unsent_count(ws.engine)


def sign_out(ws: Workspace, *, forget: bool = True) -> int:
    """Revoke the session (best effort, if online), drop the tokens and, with `forget`, the remembered login.

    Returns how many items had not reached the portal; they stay in the cache and go out at this user's next
    sign-in. The workspace is closed afterwards.
    """
    left = unsent_count(ws)
    try:
        ws.client.sign_out()
    except PortalError as exc:
        log.info("Could not revoke the session at the portal (%s); dropping it locally", exc)
    ws.tokens.forget()
    if forget:
        profile = load_profile(ws.data_dir)
        if profile and (profile.portal_url, profile.email) == (ws.portal_url, ws.email):
            forget_profile(ws.data_dir)
    ws.close()
    return left
