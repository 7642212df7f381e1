"""The one list of features. The sync machinery finds every request kind and feed entity here; adding a feature is
its own package and one line below (see docs/architecture.md, "Adding a feature").

Imported on use by the engine: the features bring the wire models (pydantic), which the app does not need to paint
its first window.
"""

from __future__ import annotations

from sync.account.feature import ACCOUNT
from sync.cases.feature import CASES
from sync.edits.register import edit_kinds, feed_of
from sync.edits.store import BROADCAST as EDIT_BROADCAST
from sync.feature_spec import EditableEntity, Feature, FeedEntity, RequestKind
from sync.guides.feature import GUIDES
from sync.orders.feature import ORDERS
from sync.products.feature import PRODUCTS
from sync.readings.feature import READINGS
from sync.users.feature import USERS

FEATURES: tuple[Feature, ...] = (ACCOUNT, PRODUCTS, READINGS, CASES, GUIDES, ORDERS, USERS)

KINDS: dict[str, RequestKind] = {kind.name: kind for feature in FEATURES
                                 for kind in (*feature.kinds, *edit_kinds(feature))}
FEED: dict[str, FeedEntity] = {entity.name: feed_of(feature, entity) for feature in FEATURES
                               for entity in feature.feed}
EDITABLE: dict[str, EditableEntity] = {spec.entity: spec for feature in FEATURES for spec in feature.editable}
"""The entities edited offline with conflicts shown (`sync.edits`), by name: what a conflict's answer is given."""
ENTITIES: frozenset[str] = (frozenset(FEED) | {name for feature in FEATURES for name in feature.entities}
                            | ({EDIT_BROADCAST} if EDITABLE else set()))
"""Every entity a feature writes: the names `cache_changed` carries (beside "outbox" and "notice")."""


def request_kind(name: str) -> RequestKind:
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"No feature declares the request kind {name!r}") from None
