"""The paper tests draw on real Qt devices (QPdfWriter, QPrinter): pytest-qt's `qapp` gives the QApplication that
QtCharts needs."""

from __future__ import annotations

import pytest

from tests.paper.paper_data import full_cache


@pytest.fixture
def engine(tmp_path, qapp):
    engine = full_cache(tmp_path / "cache.sqlite")
    yield engine
    engine.dispose()
