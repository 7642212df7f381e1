"""The way to the portal: a `requests` client that validates every answer with `domain.wire` and turns every failure
into one of the typed errors in `sync.api.errors`."""

from sync.api.client import Answer, PortalClient
from sync.api.errors import (AuthFailed, AuthRequired, BadAnswer, Busy, PortalError, PortalUnreachable, RateLimited,
                             Rejected, ServerError)

__all__ = ["Answer", "PortalClient", "PortalError", "PortalUnreachable", "ServerError", "RateLimited", "Busy",
           "Rejected", "AuthFailed", "AuthRequired", "BadAnswer"]
