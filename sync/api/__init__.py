"""The way to the portal: a `requests` client that validates every answer with `domain.wire` and turns every failure
into one of the typed errors in `sync.api.errors`.

The client (with `requests` and pydantic behind it) is imported on first use, not with the package: the app paints
its window from the cache before the sync thread first needs the network.
"""

from typing import Any

from sync.api.errors import (
    AuthFailed,
    AuthRequired,
    BadAnswer,
    Busy,
    NotAPortal,
    PortalError,
    PortalUnreachable,
    RateLimited,
    Rejected,
    ServerError,
    SignInThrottled,
)

__all__ = ["Answer", "PortalClient", "PortalError", "PortalUnreachable", "ServerError", "RateLimited", "Busy",
           "Rejected", "AuthFailed", "AuthRequired", "BadAnswer", "NotAPortal", "SignInThrottled"]


def __getattr__(name: str) -> Any:
    if name in ("Answer", "PortalClient"):
        from sync.api import client  # noqa: PLC0415 - see the module docstring

        return getattr(client, name)
    raise AttributeError(f"module 'sync.api' has no attribute {name!r}")
