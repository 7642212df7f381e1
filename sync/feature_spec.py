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

CachedValues = tuple[int, Mapping[str, Any]]
"""An entity's cached version and its editable fields' values."""


@dataclass(frozen=True)
class EditableEntity:
    """An entity the user edits offline whose portal resource is versioned (ETag `"<version>"`, If-Match required
    on PATCH, 412 when stale). Register it once, in the feature that owns the entity::

        ACCOUNT = Feature(name="account", feed=(FeedEntity("account", upsert, delete),), ...,
                          editable=(EditableEntity(entity="account", path="/account", fields=("name", "phone", ...),
                                                   answer=Account, read=read_account, write=write_account),))

    `sync.features` then adds the request kind "<entity>.edit" with its row handler (`sync.edits.rows`), and wraps
    the feature's feed entity of the same name so a pending edit stays laid over the portal's newer copies (see
    `sync.edits`); nothing else in the machinery names the entity. The desktop then
    queues edits with `sync.edits.operations.edit(engine, spec, entity_id, changes, summary=...)` and resolves
    conflicts with `operations.resolve`; it words the fields by their names.

    The entity's versions must rise with every change the portal makes (the feed's `version`, the ETag's number).
    """

    entity: str
    """The feed's and the broadcast's entity name ("product"); the outbox kind is "<entity>.edit"."""
    path: str
    """The PATCH path under /v1, with "{id}" for the entity's id ("/products/{id}"; "/account" has none)."""
    fields: tuple[str, ...]
    """The fields an edit may change, named as the PATCH body names them (in the order a form shows them)."""
    answer: Any
    """The wire type the PATCH answers with: the entity as the feed carries it (validated before it is applied)."""
    read: Callable[[Connection, str], CachedValues | None]
    """The cached (version, {field: value}) of an entity id, every field of `fields`; None when it is not cached."""
    write: Callable[[Connection, str, Mapping[str, Any]], None]
    """Put these field values into the cached row (keeping its version), and whatever the row derives from them
    (a product's one-line location, its search text)."""

    @property
    def kind(self) -> str:
        return f"{self.entity}.edit"

    def path_of(self, entity_id: str) -> str:
        return self.path.replace("{id}", entity_id)

    def group_key(self, entity_id: str) -> str:
        """Its edits go in order, apart from the entity's other requests (a machine's readings are not held behind
        a conflict about its room)."""
        return f"{self.entity}.edit:{entity_id}"



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
    editable: tuple[EditableEntity, ...] = ()
    """Its entities the user edits offline, guarded by the portal's version (`sync.edits`)."""
