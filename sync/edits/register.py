"""How `sync.features` turns a feature's `editable` declarations into machinery: the request kind of each and its
feed entity guarded by the pending edits."""

from __future__ import annotations

from sync.edits.overlay import guarded
from sync.edits.rows import EditRows
from sync.feature_spec import EditableEntity, Feature, FeedEntity, RequestKind


def edit_kinds(feature: Feature) -> tuple[RequestKind, ...]:
    return tuple(RequestKind(spec.kind, EditRows(spec, feed_of(feature, spec).upsert), answer=spec.answer)
                 for spec in feature.editable)


def feed_of(feature: Feature, entity: FeedEntity | EditableEntity) -> FeedEntity:
    """The feature's feed entity by that name, guarded when the feature declares it editable."""
    name = entity.name if isinstance(entity, FeedEntity) else entity.entity
    feed = next(f for f in feature.feed if f.name == name)
    spec = next((s for s in feature.editable if s.entity == name), None)
    return guarded(spec, feed) if spec is not None else feed
