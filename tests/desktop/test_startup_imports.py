"""The window paints before the heavy parts load: pydantic (the wire models), requests and Alembic come with the
first sync or migration, off the first paint's path. A new import on that path cost 190 ms of start-up once
(settings dialog → sync.account.preferences → the feed apply → domain.wire); this keeps it from coming back unnoticed."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LATE = ("pydantic", "requests", "alembic", "domain.wire", "sync.features", "sync.api.client")


def test_the_main_window_and_its_pages_load_without_the_heavy_modules():
    code = ("import sys, desktop.app, desktop.shell.main_window, desktop.views.products.products_page, "
            "desktop.views.cases.cases_page, desktop.views.self_help.self_help_page\n"
            f"print(','.join(m for m in {LATE!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_the_window_lists_its_pages_without_importing_them():
    """Only the page on screen is built, so only its module is loaded (the others cost ~90 ms at start)."""
    code = ("import sys, desktop.app, desktop.shell.main_window\n"
            "print(','.join(m for m in sys.modules if m.endswith('_page')))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
