"""Where the app keeps its files: one data folder per Windows user (AppData via `platformdirs`), inside it one SQLite
cache per portal and user, a logs folder and the remembered-login profile. This module is the one place that decides.

One cache per portal *and* user keeps two people on a shared PC from seeing each other's fleet, and a test portal from
mixing with the production one. The portal is named by its identity (`GET /v1/portal`, kept in the profile for an
offline start), not by the address's spelling: another port, a trailing slash or an alias must not strand queued work
in a folder nobody opens again. Caches made before portals had an identity (or for a portal without one) are named
after the normalised address (`url_cache_path`); `sync.session.workspace` adopts them. Folder names are made safe for
every file system we meet (Windows forbids `:`, reserves `CON`, is case-insensitive), so the e-mail is slugged and
suffixed with a short hash.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs

from domain.email import normalize_email

APP_NAME = "ServicePortalDesktop"
APP_AUTHOR = "ServicePortal"
DATA_DIR_ENV = "PORTAL_DATA_DIR"

CACHE_FILE = "cache.sqlite"
PORTAL_ID_PREFIX = "portal-"  # an address's folder is its host name, which is never "portal-" and a UUID

_UNSAFE = re.compile(r"[^a-z0-9._-]+")


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The caller's choice (`--data-dir`), else `$PORTAL_DATA_DIR`, else the per-user default."""
    chosen = explicit or os.environ.get(DATA_DIR_ENV)
    return Path(chosen).expanduser() if chosen else default_data_dir()


def normalize_portal_url(url: str) -> str:
    """`https://Portal.example.no/v1/` → `https://portal.example.no`: one spelling per portal, so one cache.

    Raises ValueError for anything that is not an http(s) URL with a host.
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"Not a portal address: {url!r} (expected e.g. https://portal.example.no)")
    path = parts.path.rstrip("/")
    if path.endswith("/v1"):
        path = path[:-3]
    host = parts.hostname.lower()
    netloc = f"[{host}]" if ":" in host else host
    if parts.port:
        netloc += f":{parts.port}"
    return f"{parts.scheme}://{netloc}{path}"


def portal_folder_name(portal_url: str) -> str:
    parts = urlsplit(normalize_portal_url(portal_url))
    name = parts.hostname + (f"_{parts.port}" if parts.port else "") + parts.path.replace("/", "_")
    return _slug(name)


def email_folder_name(email: str) -> str:
    email = normalize_email(email)
    digest = hashlib.sha1(email.encode("utf-8")).hexdigest()[:8]
    return f"{_slug(email.replace('@', '_at_'))[:60]}-{digest}"


def cache_path(data_dir: Path, portal_id: str, email: str) -> Path:
    """The cache of this user at the portal with this identity (the id the portal answers at `GET /v1/portal`)."""
    return Path(data_dir) / f"{PORTAL_ID_PREFIX}{_slug(portal_id)}" / email_folder_name(email) / CACHE_FILE


def url_cache_path(data_dir: Path, portal_url: str, email: str) -> Path:
    """Where a cache was kept before portals had an identity, and still is for a portal that has none."""
    return Path(data_dir) / portal_folder_name(portal_url) / email_folder_name(email) / CACHE_FILE


def workspace_cache_path(data_dir: Path, portal_url: str, portal_id: str | None, email: str) -> Path:
    """The cache a workspace opens: keyed by the portal's identity when it has one, else by its address."""
    if portal_id:
        return cache_path(data_dir, portal_id, email)
    return url_cache_path(data_dir, portal_url, email)


def user_caches(data_dir: Path, email: str) -> list[Path]:
    """Every cache file of this user in the data folder, whatever portal or address it was made for."""
    return sorted(Path(data_dir).glob(f"*/{email_folder_name(email)}/{CACHE_FILE}"))


def logs_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "logs"


def profile_path(data_dir: Path) -> Path:
    return Path(data_dir) / "profile.json"


def _slug(text: str) -> str:
    return _UNSAFE.sub("_", text.lower()).strip("._") or "_"
