"""Why a change waits in the outbox, in the user's words.

`sync` keeps a failed attempt's reason as a code with its parameters (`OutboxItem.wait_code`, `wait_params`); the
English sentence beside it (`last_error`) is for the log and carries the request's URL with ids, so it is never
shown here. A code this table does not know still gets a translated sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sync.outbox.records import OutboxItem

CONTEXT = "OutboxWait"

WAIT_TEXT = {
    "portal.unreachable": QT_TRANSLATE_NOOP(
        "OutboxWait", "The portal could not be reached. It is sent as soon as the connection is back."),
    "portal.server_error": QT_TRANSLATE_NOOP(
        "OutboxWait", "The portal had a problem of its own (HTTP {status}). It is tried again by itself."),
    "portal.rate_limited": QT_TRANSLATE_NOOP(
        "OutboxWait", "The portal asked the app to slow down. It is tried again by itself."),
    "portal.busy": QT_TRANSLATE_NOOP(
        "OutboxWait", "The portal is still working on an earlier attempt. It is tried again by itself."),
    "portal.bad_answer": QT_TRANSLATE_NOOP(
        "OutboxWait", "The portal's answer could not be read. It is tried again by itself."),
    "auth.required": QT_TRANSLATE_NOOP(
        "OutboxWait", "Your sign-in has expired. It is sent once you sign in again."),
}
SERVER_ERROR_NO_STATUS = QT_TRANSLATE_NOOP(
    "OutboxWait", "The portal had a problem of its own. It is tried again by itself.")
UNKNOWN = QT_TRANSLATE_NOOP("OutboxWait", "The last attempt did not get through (problem {code}). It is tried again "
                                          "by itself.")
NO_CODE = QT_TRANSLATE_NOOP("OutboxWait", "The last attempt did not get through. It is tried again by itself.")
"""An item a version before wait codes failed to send: its reason is only the English sentence, not shown."""


def wait_reason(item: OutboxItem) -> str:
    """Why a queued item waits after a failed attempt; "" for one never tried or not waiting."""
    if item.state not in ("queued", "sending") or not (item.wait_code or item.last_error):
        return ""
    code = item.wait_code or ""
    params = dict(item.wait_params)
    if not code:
        return _tr(NO_CODE)
    if code == "portal.server_error" and not params.get("status"):
        return _tr(SERVER_ERROR_NO_STATUS)
    template = WAIT_TEXT.get(code)
    if template is None:
        return _tr(UNKNOWN).format(code=code)
    return _tr(template).format(**params) if "{" in template else _tr(template)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
