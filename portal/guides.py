"""The guided self-help guides the portal serves: built once from `portal.guide_data`, with one ETag over them all so
a client that already has them gets a 304 instead of the whole list again."""

from __future__ import annotations

import hashlib
from functools import lru_cache

from domain.wire import Guide
from portal.guide_data import SOURCES
from portal.guide_data.tree import to_guides


@lru_cache(maxsize=1)
def all_guides() -> tuple[Guide, ...]:
    """Every guide in every language, ordered by id then language (nb before en)."""
    return tuple(guide for source in SOURCES for guide in to_guides(source))


@lru_cache(maxsize=1)
def guides_json() -> bytes:
    return b"[" + b",".join(guide.model_dump_json().encode() for guide in all_guides()) + b"]"


def etag() -> str:
    """A strong ETag: the hash of the exact bytes served, so any text change gives a new one."""
    return f'"{hashlib.sha256(guides_json()).hexdigest()[:32]}"'


def not_modified(if_none_match: str | None) -> bool:
    """Whether an If-None-Match header names the current guides (weak comparison, as RFC 9110 asks for GET)."""
    if not if_none_match:
        return False
    tags = [tag.strip().removeprefix("W/") for tag in if_none_match.split(",")]
    return "*" in tags or etag() in tags
