"""The benchmark must keep running as the schema and the views change (it broke once on a new cache column). This
runs it on a tiny fleet and checks that it printed every figure; it asserts no timings (those belong to the script's
own runs on a quiet machine)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIGURES = ("app start", "products page open", "meter round page open", "cases page open",
           "case with 500 messages open", "orders page open", "orders filter", "orders scroll",
           "assignment picker filter", "initial pull", "push of", "peak memory", "fleet summary to XLSX (", "fleet summary to XLSX: peak memory",
           "fleet summary to PDF (")


def test_the_benchmark_runs_on_a_tiny_fleet():
    done = subprocess.run([sys.executable, "bench/benchmark.py", "--machines", "20", "--readings-per-machine", "2",
                           "--cases", "50", "--orders", "500"], cwd=ROOT, capture_output=True, text=True, timeout=240,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-3000:]
    missing = [name for name in FIGURES if name not in done.stdout]
    assert missing == [], done.stdout[-3000:]
