"""The Qt binding the app runs on keeps Python's reference counts right.

PySide6 6.12.0 took one reference from None on every Qt call that returns nothing; on Python 3.11, where None is
not immortal, some 5,000 calls into a session the interpreter aborted with "none_dealloc". pyproject.toml keeps
that release out; this test fails on any release that brings the fault back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_qt_calls_returning_nothing_leave_none_counted(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2_000):
        widget.setVisible(False)
    # Other code may take or drop a few references meanwhile; the fault took exactly one per call.
    assert sys.getrefcount(None) > before - 100
