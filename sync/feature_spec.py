"""What a feature declares to the sync machinery: its request kinds and its feed entities, and the hooks by which it
follows another feature's entities. The machinery (`sync.engine`) reads these through the one list in
`sync.features`; it never names a feature, and a feature never edits a table of the machinery.

A feature package (`sync/<feature>/`) holds its operations, queries, feed apply and optimistic-row handlers, and a
`feature.py` that builds its `Feature`; `sync.features` names it once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Protocol

from sqlalchemy import Connection, Engine

from sync.cache.changed import Changed
from sync.outbox.records import OutboxItem

if TYPE_CHECKING:
    from sync.api.client import PortalClient


class RowHandler(Protocol):
    """What happens to an item's optimistic cache row, inside the transaction that moves the item in the queue."""

    def sent(self, conn: Connection, entity_id: str, answer: Any) -> Changed:
        """The portal took it; `answer` is its reply, validated against `RequestKind.answer` (or None)."""

    def rejected(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        """Refused for good (the item carries the portal's problem)."""

    def resent(self, conn: Connection, entity_id: str, body: Mapping[str, Any]) -> Changed:
        """The user fixed a refused item: it waits in the queue again with `body`."""

    def discarded(self, conn: Connection, entity_id: str, item: OutboxItem) -> Changed:
        """The user dropped an unsent item on purpose (`item.state` says whether it was queued or refused)."""


WireBody = Callable[[OutboxItem, dict[str, Any], "Path | None"], dict[str, Any]]
"""Builds what goes on the wire from an item and its sendable body (the "_" keys are gone already), e.g. an
attachment reads its file; raises `sync.outbox.records.LocalProblem` when the item cannot be sent as it stands."""


@dataclass(frozen=True)
class RequestKind:
    name: str
    """The outbox kind, "<entity>.<verb>" (e.g. "case_message.create"); the item's entity is the prefix."""
    rows: RowHandler
    answer: Any = None
    """The wire type the portal answers with; validated before the answer touches the cache. None: not read."""
    wire_body: WireBody | None = None

    @property
    def entity(self) -> str:
        return self.name.split(".", 1)[0]


@dataclass
class FeedPage:
    """One page of the change feed being applied. `notify`: its news becomes notices (False on the first full sync
    and on a reset, which bring history, not news). `state` keeps what a feature gathers over the page, by feature
    name, for its `after_page`."""
    notify: bool
    state: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FeedEntity:
    name: str
    """The feed's entity name; the same name is the broadcast entity and the outbox entity."""
    upsert: Callable[[Connection, dict, FeedPage], Changed]
    delete: Callable[[Connection, str], Changed]


EntityHook = Callable[[Connection, Any], Changed]


@dataclass(frozen=True)
class Feature:
    name: str
    kinds: tuple[RequestKind, ...] = ()
    feed: tuple[FeedEntity, ...] = ()
    reset: Callable[[Connection], Changed] | None = None
    """A feed reset: drop the feature's replica rows, keeping its own unsent ones (they belong to the outbox)."""
    after_page: Callable[[Connection, FeedPage], Changed] | None = None
    """After each feed page, in its transaction (e.g. write the notices for what the page brought)."""
    before_upsert: Mapping[str, EntityHook] = field(default_factory=dict)
    """Another feature's entity (by name) is about to be written from the feed: hook(conn, data)."""
    after_delete: Mapping[str, EntityHook] = field(default_factory=dict)
    """Another feature's entity (by name) was deleted by the feed: hook(conn, entity_id)."""
    entities: tuple[str, ...] = ()
    """Entities it writes that the feed does not carry on their own (attachments come inside their case)."""
    item_product: Callable[[Connection, OutboxItem], str | None] | None = None
    """The machine an unsent item of this feature is about when neither its group nor its body names one (a reply:
    its case's machine), read from the cache; what `sync.engine.access` refuses when the user loses the machine."""
    pull: Callable[[Engine, "PortalClient"], Changed] | None = None
    """A read of its own after the feed (e.g. the self-help guides, one ETag'd request)."""
