"""The meter round when there is nothing to show or to save: Save says why it is off (never "0 readings"), and a
filter that leaves no machine says so in the table's place, with a way back."""

from __future__ import annotations

import pytest

from desktop.views.readings.meter_round_page import MeterRoundPage
from tests.desktop.pages_fixtures import (  # noqa: F401
    TODAY,
    offline_ctx,
    product_id,
    small_cache,
)
from tests.desktop.views.readings.test_meter_round_page import cell, type_row

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the offscreen platform's remark


@pytest.fixture
def round_page(qtbot, offline_ctx, norwegian_ui):
    widget = MeterRoundPage(offline_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_with_nothing_complete_save_is_off_and_says_why(round_page):
    button = round_page.save_button
    width = button.width()
    assert not button.isEnabled() and "0" not in button.text()
    assert button.toolTip() == "Ingen fullstendige avlesninger ennå: skriv inn tellerne for en maskin i tabellen."

    round_page.model.setData(cell(round_page, product_id(1), "total"), "12a")
    assert not button.isEnabled()
    assert button.toolTip().startswith("Ingen fullstendige avlesninger ennå: en maskin lagres når alle tellerne")

    type_row(round_page, product_id(2))
    assert button.isEnabled() and button.width() == width
    assert button.toolTip() == "Sett 1 fullstendig avlesning i kø (Ctrl+S); den sendes når du er tilkoblet."
    type_row(round_page, product_id(3))
    assert button.toolTip().startswith("Sett 2 fullstendige avlesninger i kø")
