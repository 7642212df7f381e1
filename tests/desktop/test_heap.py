"""`desktop.heap`: frozen objects leave the collector's generations (run in a child process: a freeze in the test
process would keep every later test's garbage cycles)."""

from __future__ import annotations

import subprocess
import sys

CHILD = """
import gc
import importlib
heap = importlib.import_module("desktop.heap")
before = len(gc.get_objects())
frozen = heap.freeze_long_lived()
print(frozen > 1000, len(gc.get_objects()) < before // 10, gc.get_freeze_count() == frozen)
"""


def test_a_freeze_takes_the_objects_out_of_the_collectors_walk():
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == ["True", "True", "True"]
