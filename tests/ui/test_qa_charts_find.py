"""Size charts page: Find a size reads a label the way `sizer convert` does (SizeChart.match_label)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sizer.cli import main
from sizer.ui.pages.charts_page import ChartsPage


def _find(qtbot, context, category, system, text) -> ChartsPage:
    page = ChartsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.select_category(category)
    page.find_system.setCurrentText(system)
    page.find_label.clear()
    qtbot.keyClicks(page.find_label, text)
    qtbot.keyClick(page.find_label, Qt.Key.Key_Return)
    return page


@pytest.mark.parametrize("typed", ["15 1/2", "15.5", "15½"])
def test_a_collar_typed_as_people_write_it_lights_up_as_the_cli_converts_it(qtbot, context, capsys, typed):
    page = _find(qtbot, context, "mens_shirts", "UK", typed)
    assert main(["convert", "--category", "mens_shirts", "--from", "UK", "--to", "EU", typed]) == 0
    cli_eu = capsys.readouterr().out.split()[0]
    lit = page.lit_cells()
    assert "15½" in lit["UK"] and cli_eu in lit["EU"]
    assert "has no size" not in page.summary.text()


def test_an_eu_half_size_lights_its_equivalents(qtbot, context):
    page = _find(qtbot, context, "shoes_men", "EU", "42.5")
    assert "8½" in page.lit_cells().get("UK", []) and "has no size" not in page.summary.text()


def test_a_label_no_rule_reads_is_still_refused_with_suggestions(qtbot, context):
    page = _find(qtbot, context, "mens_shirts", "UK", "15¾x")
    assert page.lit_cells() == {} and "has no size" in page.summary.text()
