"""The one list of features. The sync machinery finds every request kind and feed entity here; adding a feature is
its own package and one line below (see docs/architecture.md, "Adding a feature").

Imported on use by the engine: the features bring the wire models (pydantic), which the app does not need to paint
its first window.
"""

from __future__ import annotations

from sync.account.feature import ACCOUNT
from sync.cases.feature import CASES
from sync.feature_spec import Feature, FeedEntity, RequestKind
from sync.guides.feature import GUIDES
from sync.orders.feature import ORDERS
from sync.products.feature import PRODUCTS
from sync.readings.feature import READINGS
from sync.users.feature import USERS

FEATURES: tuple[Feature, ...] = (ACCOUNT, PRODUCTS, READINGS, CASES, GUIDES, ORDERS, USERS)

KINDS: dict[str, RequestKind] = {kind.name: kind for feature in FEATURES for kind in feature.kinds}
FEED: dict[str, FeedEntity] = {entity.name: entity for feature in FEATURES for entity in feature.feed}
ENTITIES: frozenset[str] = frozenset(FEED) | {name for feature in FEATURES for name in feature.entities}
"""Every entity a feature writes: the names `cache_changed` carries (beside "outbox" and "notice")."""


def request_kind(name: str) -> RequestKind:
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"No feature declares the request kind {name!r}") from None
