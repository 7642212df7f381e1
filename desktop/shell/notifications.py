"""Desktop notifications for what a sync brought: an agent's reply, a case that changed state, a change the portal
refused. The sync stores them as notices (`sync.notices`) in the same transaction as the data; this reads the unshown
ones off the UI thread, marks them shown, shows them in the system tray (or, with no tray, in the status bar) and
remembers what the last message was about, so a click on it opens that case or the rejected change.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from desktop import icons
from desktop.context import AppContext
from desktop.models.lookup import Lookup
from desktop.models.outbox import refusal_headline
from desktop.views.cases.case_labels import state_label
from sync import notices
from sync.cases import queries as case_queries
from sync.cases.queries import CaseRow
from sync.notices import Notice
from sync.outbox import queue as outbox
from sync.outbox.records import OutboxItem

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # the bare name lupdate recognises

SUMMARY_OVER = 3
"""More notices than this at once become one summary message instead of a burst of bubbles."""
MESSAGE_MS = 15_000
BODY_CHARS = 240


class Notifications(QObject):
    """The translation context of the summaries' plurals (see `desktop.i18n` on why not `translate`)."""


@dataclass(frozen=True)
class Found:
    """A notice and the case it is about (None for a rejected change, or a case no longer cached); for a refused
    change, `change` is that change in the user's words (its kind's description, never the stored summary) and
    `reason` why it was refused, worded from the refusal's codes (never the portal's English)."""
    notice: Notice
    case: CaseRow | None
    change: str | None = None
    reason: str = ""


@dataclass(frozen=True)
class Shown:
    """What a message said and what a click on it opens: entity "case" (entity_id: the case id) or "outbox"."""
    title: str
    text: str
    entity: str
    entity_id: str
    kind: str = ""
    """The notice's kind when it is one the status bar must carry without a tray ("access_lost")."""


def take_unshown(engine) -> list[Found]:
    """Runs on the database thread: the unshown notices (with their cases), marked shown in the same go, so a
    notice is shown once even when two checks overlap."""
    found = notices.unshown_notices(engine)
    notices.mark_shown(engine, [n.id for n in found])
    return [Found(n, case_queries.case_row(engine, n.entity_id) if n.entity == "case" else None) for n in found]


class Notifier(QObject):
    """Shows notices through `tray` (None when the desktop has no tray) or, failing that, `status(text)`.
    `open_requested(entity, entity_id)` asks the window to open what the last message was about."""

    open_requested = Signal(str, str)
    shown = Signal(object)  # the Shown message, after it went to the tray or the status bar

    def __init__(self, ctx: AppContext, tray: QSystemTrayIcon | None, status: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tray = tray
        self._status = status
        self.last_shown: Shown | None = None
        if tray is not None:
            tray.messageClicked.connect(self.open_last)

    def check(self) -> None:
        """Look for unshown notices (at start and after each sync round)."""
        (self._ctx.write(take_unshown)
         .success(self.show_found)
         .failure(lambda error: log.warning("could not read the notices: %s", error))
         .run_on(self._ctx.db_pool))

    def show_found(self, found: Sequence[Found]) -> None:
        found = [self._described(f) for f in collapse(found)]
        if not found:
            return
        messages = [summary(found)] if len(found) > SUMMARY_OVER else [message(f) for f in found]
        if self._tray_works():
            for shown in messages:
                self._show(shown)
        else:
            self._show_in_status_bar(messages)

    def _described(self, found: Found) -> Found:
        if found.notice.entity != "outbox" or found.notice.kind == "access_lost":
            return found
        from desktop.features import PENDING_KINDS  # noqa: PLC0415 - only when a change was refused

        item = outbox.outbox_item(self._ctx.engine, int(found.notice.entity_id))
        kind = PENDING_KINDS.get(item.kind) if item is not None else None
        return replace(found, change=kind.describe(Lookup(self._ctx), item) if kind is not None else None,
                       reason=refusal_reason(found.notice, item))

    def open_last(self) -> None:
        """The user clicked the last message."""
        if self.last_shown is not None:
            self.open_requested.emit(self.last_shown.entity, self.last_shown.entity_id)

    def _tray_works(self) -> bool:
        return self._tray is not None and self._tray.isVisible() and self._tray.supportsMessages()

    def _show(self, shown: Shown) -> None:
        self.last_shown = shown
        icon = icons.icon("warning") if shown.entity == "outbox" else icons.app_icon()
        self._tray.showMessage(plain(shown.title), plain(shown.text), icon, MESSAGE_MS)
        self.shown.emit(shown)

    def _show_in_status_bar(self, messages: Sequence[Shown]) -> None:
        """No tray (some Linux desktops, a headless session): the newest message about a case, or about machines no
        longer yours, goes to the status bar.
        A refused change is left to the sync's own status message and the status bar's rejected count, which say
        the same thing and are not to be overwritten."""
        for shown in messages:
            log.info("notice (no system tray): %s — %s", shown.title, shown.text.replace("\n", " / "))
        about_cases = [m for m in messages if m.entity == "case" or m.kind == "access_lost"]
        if not about_cases:
            return
        shown = about_cases[-1]
        self.last_shown = shown
        line = shown.text.splitlines()[0] if shown.text else ""
        self._status(f"{shown.title} — {line}" if line else shown.title)
        self.shown.emit(shown)


def collapse(found: Sequence[Found]) -> list[Found]:
    """One notice per case: an agent usually answers and moves the case in one go, and three bubbles about one case
    would hide each other. The newest reply wins (its text says more than a state), else the newest state change.
    Refused changes are kept one by one. The order follows each case's newest notice."""
    chosen: dict[tuple[str, str], Found] = {}
    for item in found:
        key = (item.notice.entity, item.notice.entity_id if item.notice.entity == "case" else str(item.notice.id))
        earlier = chosen.pop(key, None)
        keep_earlier = earlier is not None and earlier.notice.kind == "reply" and item.notice.kind != "reply"
        chosen[key] = earlier if keep_earlier else item
    return list(chosen.values())


def message(found: Found) -> Shown:
    notice, case = found.notice, found.case
    target = (notice.entity, notice.entity_id) if notice.entity in ("outbox", "order") else ("case", notice.entity_id)
    if notice.kind == "reply":
        title = translate("Notifications", "Reply from the service desk")
        text = f"{notice.title}\n{notice.detail}"
    elif notice.kind == "state":
        label = state_label(notice.detail)
        name = case.number if case is not None and case.number else notice.title
        title = translate("Notifications", "Case {number} is now {state}").format(
            number=name, state=label[:1].lower() + label[1:])
        text = case.subject if case is not None else notice.title
    elif notice.kind == "access_lost":
        title, text = access_lost_words(notice)
    elif notice.kind == "shipped":
        carrier, tracking = notice.shipment
        title = translate("Notifications", "Your order has shipped")
        shipment = translate("Notifications", "With {carrier}, tracking {tracking}").format(
            carrier=carrier, tracking=tracking)
        text = f"{notice.title}\n{shipment}"
    else:
        title = translate("Notifications", "The portal refused a change")
        what = found.change or translate("Notifications", "A change you made (it was discarded meanwhile)")
        text = f"{what}\n{found.reason}" if found.reason else what
    return Shown(title, text, *target, kind=notice.kind if notice.kind == "access_lost" else "")


def access_lost_words(notice: Notice) -> tuple[str, str]:
    """The title and text of the notice that the user lost machines (`sync.engine.access`)."""
    machines, changes = notice.access_lost
    title = Notifications.tr("You no longer have access to %n machine(s)", "", machines)
    text = Notifications.tr("They were removed from this computer.")
    if changes:
        text += "\n" + Notifications.tr("%n unsent change(s) for them cannot be sent; see Pending changes.", "",
                                         changes)
    return title, text


def refusal_reason(notice: Notice, item: OutboxItem | None) -> str:
    """Why the portal refused the change, in the words Pending changes uses, from the codes the notice keeps (or,
    for a notice from before it kept them, the item's own problem); "" when neither is known."""
    problem, about_case = notice.problem, notice.about == "case"
    if problem is None and item is not None:
        problem, about_case = item.problem, item.case_id is not None
    return refusal_headline(problem, about_case=about_case)


def summary(found: Sequence[Found]) -> Shown:
    """One message for many notices; a click opens what the newest one is about."""
    kinds = {f.notice.kind for f in found}
    count = len(found)
    if kinds == {"reply"}:
        title = Notifications.tr("%n replies from the service desk", "", count)
    elif kinds == {"state"}:
        title = Notifications.tr("%n cases changed state", "", count)
    elif kinds == {"rejected"}:
        title = Notifications.tr("The portal refused %n changes", "", count)
    else:
        title = Notifications.tr("%n updates from the service desk", "", count)
    names = list(dict.fromkeys(_name(f) for f in reversed(found)))
    text = "\n".join(names[:SUMMARY_OVER])
    if len(names) > SUMMARY_OVER:
        text += "\n" + Notifications.tr("and %n more", "", len(names) - SUMMARY_OVER)
    newest = message(found[-1])
    return Shown(title, text, newest.entity, newest.entity_id)


def _name(found: Found) -> str:
    if found.notice.kind == "access_lost":
        return access_lost_words(found.notice)[0]
    if found.notice.entity == "outbox":
        return found.change or translate("Notifications", "A change you made (it was discarded meanwhile)")
    return found.notice.title


def plain(text: str) -> str:
    """Portal and user text for a tray bubble: some notification servers read a subset of HTML in the body, so angle
    brackets are swapped for look-alikes that no server takes as markup; long text is cut."""
    text = text.replace("<", "\u2039").replace(">", "\u203a")
    return text if len(text) <= BODY_CHARS else text[:BODY_CHARS - 1] + "…"
