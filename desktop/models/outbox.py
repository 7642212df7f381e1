"""Every change made on this computer on its way to the portal: waiting, being sent, sent, or refused (with the
portal's reason). Backs the Pending changes page.

The queue is small (it empties as it is sent), so `sync.outbox.queue.outbox_items` reads it whole and the model hands it
to the view page by page; `watch(ctx, "outbox")` keeps it current in place.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Literal, Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from desktop.context import AppContext
from desktop.counter_names import counter_name
from desktop.models.base import OBJECT_ROLE, SORT_ROLE, Column, RowTableModel, Tint  # noqa: F401 - roles re-exported
from desktop.models.lookup import Lookup
from desktop.models.outbox_wait import wait_reason
from domain import problems
from sync.outbox import queue as outbox
from sync.outbox.records import OutboxItem, OutboxState

CONTEXT = "OutboxModel"

OutboxFilter = Literal["all", "waiting", "rejected", "sent"]
FILTERS: dict[OutboxFilter, tuple[OutboxState, ...] | None] = {
    "all": None, "waiting": ("queued", "sending"), "rejected": ("rejected",), "sent": ("sent",)}

SUMMARY, STATE, ATTEMPTS, CREATED, REASON = range(5)

STATE_TEXT = {
    "queued": QT_TRANSLATE_NOOP("OutboxModel", "Waiting to be sent"),
    "retrying": QT_TRANSLATE_NOOP("OutboxModel", "Waiting – will try again"),
    "held": QT_TRANSLATE_NOOP("OutboxModel", "Waiting for a rejected change"),
    "sending": QT_TRANSLATE_NOOP("OutboxModel", "Sending…"),
    "sent": QT_TRANSLATE_NOOP("OutboxModel", "Sent"),
    "rejected": QT_TRANSLATE_NOOP("OutboxModel", "Rejected"),
}
STATE_TOOLTIP = {
    "retrying": QT_TRANSLATE_NOOP("OutboxModel", "The last attempt did not reach the portal; it is tried again "
                                                 "automatically."),
    "held": QT_TRANSLATE_NOOP("OutboxModel", "An earlier change for the same machine was rejected; this one is sent "
                                             "after you fix or discard that one."),
    "rejected": QT_TRANSLATE_NOOP("OutboxModel", "The portal refused this change. Edit and send it again, or "
                                                 "discard it."),
}
PROBLEM_TEXT = {
    problems.METER_READING_DECREASED: QT_TRANSLATE_NOOP("OutboxModel", "A counter is lower than its previous reading."),
    problems.METER_ALREADY_SUBMITTED_TODAY: QT_TRANSLATE_NOOP(
        "OutboxModel", "This machine already has a reading for that day; only one a day is allowed."),
    problems.METER_UNKNOWN_COUNTER: QT_TRANSLATE_NOOP("OutboxModel", "The machine has no such counter."),
    problems.METER_INVALID_VALUE: QT_TRANSLATE_NOOP("OutboxModel", "A counter value is not a whole number of 0 or more."),
    problems.METER_FUTURE_DATE: QT_TRANSLATE_NOOP("OutboxModel", "The reading is dated in the future."),
    problems.METER_MISSING_COUNTER: QT_TRANSLATE_NOOP("OutboxModel", "A counter of the machine has no value."),
    problems.FORBIDDEN: QT_TRANSLATE_NOOP("OutboxModel", "Your user may not do this for this machine."),
    problems.NOT_FOUND: QT_TRANSLATE_NOOP("OutboxModel", "The portal does not know this machine (any more)."),
    problems.VALIDATION_FAILED: QT_TRANSLATE_NOOP("OutboxModel", "The portal found the request invalid."),
    problems.CONFLICT_ETAG: QT_TRANSLATE_NOOP("OutboxModel", "Someone else changed it meanwhile."),
}
"""The portal's stable problem codes of a reading's refusal in the user's language. The portal's own words (its
`detail`, the errors' `message`) are English for the log and never shown."""
ANY_KIND_TEXT = {
    problems.LOCAL_ACCESS_LOST: QT_TRANSLATE_NOOP(
        "OutboxModel", "You no longer have access to the machine {serial} ({model}), so this change cannot be sent. "
                       "Discard it, or ask your administrator to assign the machine to you again."),
}
"""Refusals any kind of change can meet, worded here whatever the change (a reading, a case, an order), with the
problem's params: the codes `sync.engine.access` refuses with when the user loses a machine."""
ONLY_DISCARD = frozenset({problems.LOCAL_ACCESS_LOST})
"""Refusals no edit can put right: Pending changes offers only to discard them."""
ONLY_DISCARD_TOOLTIP = QT_TRANSLATE_NOOP("OutboxModel", "This change can no longer be sent; read why, then discard "
                                                        "it.")
REFUSED_UNKNOWN = QT_TRANSLATE_NOOP("OutboxModel", "The portal refused this change (problem {code}).")
REFUSED_NO_CODE = QT_TRANSLATE_NOOP("OutboxModel", "The portal refused this change.")
COUNTER_PROBLEM = QT_TRANSLATE_NOOP("OutboxModel", "{counter}: {problem}")

_STATE_ORDER = {"rejected": 0, "sending": 1, "queued": 2, "sent": 3}


def _tr(text: str) -> str:
    """For texts marked with QT_TRANSLATE_NOOP("OutboxModel", ...) above."""
    return QCoreApplication.translate(CONTEXT, text)


translate = QCoreApplication.translate  # the bare name lupdate recognises: translate("Context", "text")


class OutboxModel(RowTableModel[OutboxItem]):
    tr_context = CONTEXT
    page_size = 100

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._filter: OutboxFilter = "all"
        self._sort_key, self._descending = "seq", True
        self._all: list[OutboxItem] = []
        self._held: set[int] = set()
        self._lookup = Lookup(ctx)
        self.set_columns(self._make_columns())
        self.watch(ctx, "outbox", "meter_reading")  # a page's new reading is announced by its reading id

    # --- filter and sort ---------------------------------------------------------------------------------------

    @property
    def filter(self) -> OutboxFilter:
        return self._filter

    def set_filter(self, name: OutboxFilter) -> None:
        if name not in FILTERS:
            raise ValueError(f"unknown outbox filter {name!r}")
        self._filter = name
        self.reload()

    def apply_sort(self, key: str, descending: bool) -> None:
        self._sort_key, self._descending = key, descending
        self.reload()

    # --- RowTableModel hooks -----------------------------------------------------------------------------------

    def row_id(self, row: OutboxItem) -> str:
        return str(row.seq)

    def fetch_page(self, after: OutboxItem | None, limit: int) -> list[OutboxItem]:
        if after is None:
            self._load_all()
            start = 0
        else:
            start = next((i + 1 for i, item in enumerate(self._all) if item.seq == after.seq), len(self._all))
        return self._all[start:start + limit]

    def fetch_row(self, row_id: str) -> OutboxItem | None:
        item = outbox.outbox_item(self._ctx.engine, int(row_id))
        wanted = FILTERS[self._filter]
        if item is None or (wanted is not None and item.state not in wanted):
            return None
        self._held = outbox.held_seqs(outbox.outbox_items(self._ctx.engine, ("queued", "rejected")))
        return item

    def rows_appeared(self, ids: set[str]) -> None:
        self.refresh_all()

    # --- what a row shows --------------------------------------------------------------------------------------

    def state_key(self, item: OutboxItem) -> str:
        """The state as the user sees it: queued items are split into waiting, retrying and held."""
        if item.state == "queued":
            if item.seq in self._held:
                return "held"
            if item.attempts and item.last_error:
                return "retrying"
        return item.state

    def describe(self, item: OutboxItem) -> str:
        """The change in the user's words and locale, as its feature describes its kind (`desktop.features`)."""
        from desktop.features import PENDING_KINDS  # noqa: PLC0415 - the features' views load with this page

        kind = PENDING_KINDS.get(item.kind)
        if kind is None:  # a kind a newer version queued into this cache
            return translate("OutboxModel", "A change of a kind this version does not know ({kind})").format(
                kind=item.kind)
        return kind.describe(self._lookup, item)

    def _load_all(self) -> None:
        engine = self._ctx.engine
        self._lookup.clear()
        items = outbox.outbox_items(engine, FILTERS[self._filter])
        self._held = outbox.held_seqs(outbox.outbox_items(engine, ("queued", "rejected")))
        self._all = sorted(items, key=self._sort_value, reverse=self._descending)

    def _sort_value(self, item: OutboxItem) -> tuple:
        key = {
            "seq": lambda: item.seq,
            "summary": lambda: self.describe(item).casefold(),
            "state": lambda: _STATE_ORDER.get(item.state, 9),
            "attempts": lambda: item.attempts,
            "created": lambda: item.created_at,
            "reason": lambda: reason_column_text(item).casefold(),
        }[self._sort_key]()
        return key, item.seq

    def _make_columns(self) -> Sequence[Column]:
        return (
            Column("summary", QT_TRANSLATE_NOOP("OutboxModel", "Change"), self.describe, sort="summary",
                   tooltip=self.describe),
            Column("state", QT_TRANSLATE_NOOP("OutboxModel", "State"), lambda item: item.state,
                   text=lambda _state: "", sort="state", tooltip=self._state_tooltip, tint=_tint),
            Column("attempts", QT_TRANSLATE_NOOP("OutboxModel", "Attempts"), lambda item: item.attempts,
                   numeric=True, sort="attempts"),
            Column("created", QT_TRANSLATE_NOOP("OutboxModel", "Made"), lambda item: item.created_at,
                   sort="created"),
            Column("reason", QT_TRANSLATE_NOOP("OutboxModel", "Reason or last error"),
                   reason_column_text, text=lambda reason: " ".join(str(reason).split()), sort="reason",
                   tooltip=lambda item: reason_text(item) or None),
        )

    def cell_data(self, row: OutboxItem, column: Column, index, role: int) -> object:
        if column.key == "state" and role == Qt.ItemDataRole.DisplayRole:
            return _tr(STATE_TEXT[self.state_key(row)])
        return None

    def _state_tooltip(self, item: OutboxItem) -> str | None:
        if item.state == "rejected" and not can_be_put_right(item):
            return _tr(ONLY_DISCARD_TOOLTIP)
        tip = STATE_TOOLTIP.get(self.state_key(item))
        return _tr(tip) if tip else None


def _tint(item: OutboxItem) -> Tint | None:
    return {"rejected": Tint.ERROR, "queued": Tint.PENDING, "sending": Tint.PENDING, "sent": Tint.MUTED}.get(
        item.state)


def reason_headline(item: OutboxItem) -> str:
    """Why the portal (or this app, for a `local.*` code) refused `item`, in the user's words and from its codes
    only; "" when nothing was refused. A case's item is worded by the cases' catalogue, which knows every code the
    portal sends for cases; a reading's by `PROBLEM_TEXT` (a code it does not know still reads as a refusal)."""
    return refusal_headline(item.problem, about_case=item.case_id is not None)


def refusal_headline(problem: Mapping[str, object] | None, *, about_case: bool) -> str:
    """`reason_headline` for a refusal's problem (code, params, errors) when the item itself may be gone."""
    if not problem:
        return ""
    code = str(problem.get("code") or "")
    if code in ANY_KIND_TEXT:
        return any_kind_text(code, problem.get("params"))
    if code.startswith(("user.", "invitation.", "password.")):
        from desktop.views.users.user_problems import user_refusal_text  # noqa: PLC0415 - the users' words

        return user_refusal_text(problem)
    if about_case or code.startswith(("local.", "order.")):
        from desktop.views.cases.case_problems import rejection_text  # noqa: PLC0415 - the cases' words

        return rejection_text(problem)
    if code.startswith("product."):
        from desktop.views.products.product_fields import refusal_text  # noqa: PLC0415 - a machine data edit's words

        if text := refusal_text(code):
            return text
    if code in PROBLEM_TEXT:
        return _tr(PROBLEM_TEXT[code])
    return _tr(REFUSED_UNKNOWN).format(code=code) if code else _tr(REFUSED_NO_CODE)


def any_kind_text(code: str, params: object) -> str:
    """A refusal of `ANY_KIND_TEXT` with its params (a missing one reads as empty rather than as a brace)."""
    given = {str(k): str(v) for k, v in params.items()} if isinstance(params, Mapping) else {}
    return _tr(ANY_KIND_TEXT[code]).format_map(defaultdict(str, given))


def can_be_put_right(item: OutboxItem) -> bool:
    """Whether a refused item may be edited and sent again (else only discarded); see `ONLY_DISCARD`."""
    return not (item.problem and str(item.problem.get("code") or "") in ONLY_DISCARD)


def reason_details(item: OutboxItem) -> str:
    """What a refused reading's problem says more than its headline: each counter the portal found at fault, named in
    the user's language with its code's words, one a line ("Colour: A counter is lower than its previous reading.").
    "" for anything else (a case's refusal is worded whole by its headline)."""
    if not item.problem or item.case_id is not None or not can_be_put_right(item):
        return ""
    headline = reason_headline(item)
    lines: list[str] = []
    for error in item.problem.get("errors") or ():
        if not isinstance(error, Mapping):
            continue
        field, code = str(error.get("field") or ""), str(error.get("code") or "")
        if not field.startswith("values.") or code not in PROBLEM_TEXT:
            continue
        line = _tr(COUNTER_PROBLEM).format(counter=counter_name(field.removeprefix("values.")),
                                           problem=_tr(PROBLEM_TEXT[code]))
        if line not in lines and line != headline:
            lines.append(line)
    return "\n".join(lines)


def waiting_reason(item: OutboxItem) -> str:
    """Why an unsent item waits ("" for a refused one, whose reason is `reason_headline`)."""
    return "" if item.state == "rejected" else wait_reason(item)


def reason_text(item: OutboxItem) -> str:
    """The whole reason in the user's words: a refusal's headline and details, or why it waits."""
    if item.state == "rejected":
        return "\n".join(part for part in (reason_headline(item), reason_details(item)) if part)
    return wait_reason(item)


def reason_column_text(item: OutboxItem) -> str:
    """The reason column's one line: a refusal's headline, or why it waits."""
    return reason_headline(item) if item.state == "rejected" else wait_reason(item)
