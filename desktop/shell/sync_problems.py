"""What went wrong in a sync round, in the user's words: `sync` reports it as a code (`SyncReport.error_code`), the
English text beside it is for the log only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # the bare name lupdate recognises


def sync_problem_text(code: str | None) -> str:
    texts = {
        "portal.server_error": lambda: translate(
            "SyncProblems", "the portal had a problem of its own. Your changes are kept and tried again by themselves."),
        "portal.rate_limited": lambda: translate(
            "SyncProblems", "the portal asked the app to slow down. The next try comes by itself."),
        "portal.busy": lambda: translate(
            "SyncProblems", "the portal is still working on an earlier attempt. The next try comes by itself."),
        "portal.bad_answer": lambda: translate(
            "SyncProblems", "the portal's answer could not be read (a proxy in the way, or a portal of another "
            "version). Your changes are kept and tried again."),
        "sync.unexpected": lambda: translate(
            "SyncProblems", "something unexpected went wrong; it is written to the log. Your changes are kept."),
    }
    text = texts.get(code or "")
    if text is not None:
        return text()
    return translate("SyncProblems", "problem {code}. It is tried again by itself.").format(code=code or "?")
