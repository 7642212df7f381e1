"""Keeping queued work findable when the portal's address changes form: a cache made under an address (before portals
had an identity) is adopted into the portal's identity folder at sign-in, never left behind or overwritten."""

from __future__ import annotations

import logging
from pathlib import Path

from sync.session.paths import cache_path, url_cache_path

log = logging.getLogger(__name__)


def adopt_url_cache(data_dir: Path, portal_url: str, portal_id: str | None, email: str) -> Path:
    """The cache file to open for this sign-in. When the portal has an identity and no cache under it yet, the folder
    this address used before is moved there whole (cache, WAL and all). If the move fails (a file held open by
    another program) the old place is used as it is: late, but nothing is lost."""
    old = url_cache_path(data_dir, portal_url, email)
    if not portal_id:
        return old
    new = cache_path(data_dir, portal_id, email)
    if new.exists() or not old.exists():
        return new
    try:
        new.parent.parent.mkdir(parents=True, exist_ok=True)
        old.parent.rename(new.parent)
    except OSError as exc:
        log.warning("Could not move the cache %s to %s (%s); using it where it is", old.parent, new.parent, exc)
        return old
    log.info("Moved the cache of %s from %s to the portal's identity folder %s", email, old.parent, new.parent)
    return new
