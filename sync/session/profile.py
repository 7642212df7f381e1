"""The remembered login: which portal and e-mail to open next time, and when. No secrets: the refresh token is in the
keyring (`sync.api.credentials`), the password nowhere.

Written atomically (temp file + rename) so a crash never leaves half a JSON file that would lose the login.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from domain.clock import utc_now
from sync.session.paths import profile_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Profile:
    portal_url: str
    email: str
    remember: bool
    last_used: datetime
    portal_id: str | None = None  # the portal's identity, so an offline start finds its cache (`paths.cache_path`)


def load_profile(data_dir: Path) -> Profile | None:
    """The saved profile, or None when there is none or it cannot be read (a broken file is logged, not fatal)."""
    path = profile_path(data_dir)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Profile(portal_url=str(raw["portal_url"]), email=str(raw["email"]), remember=bool(raw["remember"]),
                       last_used=datetime.fromisoformat(raw["last_used"]),
                       portal_id=str(raw["portal_id"]) if raw.get("portal_id") else None)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("Ignoring unreadable profile %s: %s", path, exc)
        return None


def save_profile(data_dir: Path, portal_url: str, email: str, *, remember: bool = True,
                 last_used: datetime | None = None, portal_id: str | None = None) -> Profile:
    profile = Profile(portal_url, email, remember, last_used or utc_now(), portal_id)
    path = profile_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = asdict(profile) | {"last_used": profile.last_used.isoformat()}
    temp = path.with_suffix(".tmp")
    temp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.replace(temp, path)
    return profile


def forget_profile(data_dir: Path) -> None:
    profile_path(data_dir).unlink(missing_ok=True)
