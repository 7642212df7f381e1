"""Edits of versioned entities, made offline and never silently lost or overwritten.

An entity whose portal resource carries a version (ETag / If-Match: a product, the account) registers ONE
`sync.feature_spec.EditableEntity` with its feature (`Feature(..., editable=(spec,))`). Then:

- `operations.edit` applies the user's change to the cached row at once (optimistic) and queues a PATCH
  "<entity>.edit" carrying only the changed fields and `_if_match`, the version the edit was based on; the values it
  replaced are kept beside it (`entity_edits`), one row per outbox item;
- the feed may bring a newer version meanwhile (someone else's change): the cache takes the portal's row and the
  pending edit is laid over it again, and the portal's values of the edited fields are kept as "theirs";
- the portal answers 200: the cache takes its answer, the edit is done;
- the portal answers 412 (stale): nothing is dropped or overwritten. The edit becomes a conflict (base, mine and
  theirs per field) and the cache keeps showing the user's values until they choose (`operations.resolve`): keep
  mine (sent again on the portal's version), take the portal's (the cache gets theirs, the edit is gone), or a choice
  per field;
- any other refusal: the item is refused like any other (Pending changes), and discarding it puts back the values it
  replaced (or the portal's newer ones).
"""

