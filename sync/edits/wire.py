"""An edit's outbox body: the changed fields (sent), `_if_match` (sent as the If-Match header) and nothing else;
what the edit replaced stays in `entity_edits`, not in the queue."""

from __future__ import annotations

from typing import Any, Mapping


def etag(version: int) -> str:
    return f'"{version}"'


def body(mine: Mapping[str, Any], base_version: int) -> dict[str, Any]:
    return {**mine, "_if_match": etag(base_version)}
