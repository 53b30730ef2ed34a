"""Size charts page: finding a size by likeness, highlights, the Systems menu, columns, CSV numbers."""
from __future__ import annotations

import csv

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from sizer.ui.pages.charts_page import ChartsPage
from sizer.ui.settings import DEFAULT_SYSTEMS, LAST_CATEGORY


def make_page(qtbot, context) -> ChartsPage:
    page = ChartsPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def type_label(qtbot, page: ChartsPage, system: str, text: str) -> None:
    page.find_system.setCurrentText(system)
    page.find_label.clear()
    qtbot.keyClicks(page.find_label, text)
    qtbot.keyClick(page.find_label, Qt.Key.Key_Return)


def test_it_opens_on_a_common_category(qtbot, context):
    assert context.settings.get(LAST_CATEGORY) == ""
    assert make_page(qtbot, context).chart.id == "womens_tops"


def test_find_a_size_by_likeness_and_the_old_highlight_goes(qtbot, context):
    page = make_page(qtbot, context)
    page.select_category("womens_tops")
    type_label(qtbot, page, "INT", "2xl")  # the chart spells it XXL
    assert set(page.lit_cells()["INT"]) == {"XXL"}
    page.find_label.clear()
    qtbot.keyClicks(page.find_label, "xx")
    assert page.suggestions.stringList()[:2] == ["XXS", "XXL"]  # by likeness, ranked
    type_label(qtbot, page, "US", "8")
    assert page.lit_cells()["US"] == ["8"]
    type_label(qtbot, page, "US", "99")  # unknown: says so, and 8 no longer stands lit
    assert page.lit_cells() == {} and "has no size 99" in page.summary.text()


def test_the_systems_menu_stays_open_while_ticking_and_columns_keep_their_order(qtbot, context):
    context.settings.set(DEFAULT_SYSTEMS, ("EU", "US", "INT"))  # chosen in another order
    page = make_page(qtbot, context)
    page.select_category("womens_tops")
    order = [s for s in page.chart.systems if s in ("EU", "US", "INT")]
    assert page.shown_systems == order  # the chart's order, not the settings'
    page.systems_menu.popup(page.mapToGlobal(QPoint(10, 10)))
    qtbot.waitExposed(page.systems_menu)
    uk = next(a for a in page.systems_menu.actions() if a.text() == "UK")
    QTest.mouseClick(page.systems_menu, Qt.MouseButton.LeftButton, pos=page.systems_menu.actionGeometry(uk).center())
    assert page.systems_menu.isVisible() and uk.isChecked() and "UK" in page.shown_systems
    us = next(a for a in page.systems_menu.actions() if a.text() == "US")
    QTest.mouseClick(page.systems_menu, Qt.MouseButton.LeftButton, pos=page.systems_menu.actionGeometry(us).center())
    QTest.mouseClick(page.systems_menu, Qt.MouseButton.LeftButton, pos=page.systems_menu.actionGeometry(us).center())
    assert page.shown_systems == [s for s in page.chart.systems if s in ("EU", "US", "INT", "UK")]
    assert page.headers()[:len(page.shown_systems)] == page.shown_systems
    page.systems_menu.hide()


def test_csv_export_writes_minimum_and_maximum_as_numbers(qtbot, context, tmp_path):
    page = make_page(qtbot, context)
    page.select_category("womens_tops")
    out = tmp_path / "chart.csv"
    page.write_csv(out)
    with open(out, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    header = rows[0]
    low, high = header.index("Bust girth min (cm)"), header.index("Bust girth max (cm)")
    us8 = next(r for r in rows[1:] if r[header.index("US")] == "8")
    assert (float(us8[low]), float(us8[high])) == (86.0, 90.0)
    assert not any("–" in cell for row in rows for cell in row)


def test_ring_and_shoe_ranges_show_millimetres_and_every_row_is_distinct(qtbot, context):
    page = make_page(qtbot, context)
    for chart_id in ("rings", "shoes_men"):
        page.select_category(chart_id)
        column = len(page.shown_systems)  # the first dimension
        ranges = [page.table.item(row, column).text() for row in range(page.table.rowCount())]
        widths = [high - low for row in range(page.chart.row_count)
                  for low, high in page.chart.row_ranges(row).values()]
        # "5–5" before; rows a few hundredths of a millimetre wide (where two systems' steps
        # nearly meet) may still read one number
        collapsed = [text for text, width in zip(ranges, widths) if width >= 0.03
                     and text.split("–")[0] == text.split("–")[1]]
        assert collapsed == [], chart_id
    page.select_category("womens_tops")  # whole-centimetre charts keep their half-centimetre look
    column = len(page.shown_systems)
    assert "." not in page.table.item(0, column).text().replace(".5", "")


def test_several_labels_of_one_system_are_joined_by_the_languages_or_not_a_slash(qtbot, context):
    """A slash is part of labels (CN 165/88A), so two labels in one cell are joined by a word."""
    from sizer.catalog.size_guide import size_guide_text

    for language in ("en", "zh_CN", "de"):
        context.language = language
        page = make_page(qtbot, context)
        page.select_category("bras")
        page.set_system_shown("US", True)
        column = page.shown_systems.index("US")
        cells = [page.table.item(r, column).text() for r in range(page.table.rowCount())]
        word = size_guide_text(language)["several_labels"]
        assert f"28DD{word}28E" in cells and not any(" / " in c for c in cells)
        row = cells.index(f"28DD{word}28E")
        page.table.setCurrentCell(row, column)  # clicking the cell lights its first label's row
        assert f"28DD{word}28E" in page.lit_cells()["US"]
        assert f"28DD{word}28E" in [str(v) for v in page.export_rows()[row]]
