"""The Returns page end to end: open orders, see the flags and the chart, apply, undo, export."""
from __future__ import annotations

import sys
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt

from sizer.catalog.importer import import_catalog
from sizer.catalog.writer import save_catalog
from sizer.returns.mapping import propose_mapping
from sizer.ui.main_window import MainWindow
from sizer.ui.pages.catalogue_page import CataloguePage
from sizer.ui.pages.returns_page import ColumnMappingDialog, ReturnsPage

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from returns_support import SIZER_HEADER, SIZES, orders_rows, small_catalog, write_csv  # noqa: E402

BALANCED = (160, 10, 10, 12)


@pytest.fixture
def files(tmp_path):
    catalog_path = save_catalog(tmp_path / "catalogue.csv", small_catalog())
    counts = {(listing, s): BALANCED for listing in ("SH-1", "SH-2") for s in SIZES}
    counts[("SH-2", "L")] = (120, 60, 2, 12)  # L runs small
    return catalog_path, write_csv(tmp_path / "orders.csv", SIZER_HEADER, orders_rows(counts))


@pytest.fixture
def window(qtbot, context, monkeypatch, tmp_path):
    monkeypatch.setenv("SIZER_CONFIG_DIR", str(tmp_path / "config"))
    main = MainWindow(context, [CataloguePage, ReturnsPage])
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    yield main
    main.shutdown()


def _button(page, action):
    from PySide6.QtWidgets import QToolBar

    return page.findChild(QToolBar).widgetForAction(action)


def _bars(page):
    return [item for item in page.plot.getPlotItem().items if isinstance(item, pg.BarGraphItem)]


def test_open_orders_see_the_flag_apply_the_correction_and_undo_it(qtbot, window, files, dialogs):
    catalog_path, orders_path = files
    page = window.show_page("returns_page")
    assert page.title() == "Returns" and not page.report_action.isEnabled()
    assert page.load_catalogue(catalog_path)
    assert page.load_orders(orders_path)
    assert not dialogs
    # The flagged listing comes first and is shown: its chart, its sizes, the evidence in words.
    assert page.selected_listing() == "SH-2"
    assert page.listings.item(0, 3).text() == "sizes flagged: 1"
    assert len(_bars(page)) == 3  # too small, too large, other, stacked
    verdicts = {page.sizes.item(r, page.SIZE).text(): page.sizes.item(r, page.VERDICT).text()
                for r in range(page.sizes.rowCount())}
    assert verdicts["L"] == "runs small" and verdicts["M"] == "true to size"
    assert page.selected_size() == "L"
    evidence = page.evidence.toPlainText()
    assert "Size L runs small" in evidence and "60 came back too small" in evidence
    assert "Sizes running small: 1" in page.summary.text()
    assert "Proposed body ranges" in evidence and "Chest girth" in evidence and "96–100" in evidence

    before = catalog_path.read_bytes()
    assert page.apply_action.isEnabled()
    qtbot.mouseClick(_button(page, page.apply_action), Qt.MouseButton.LeftButton)
    assert catalog_path.read_bytes() != before
    corrected = import_catalog(catalog_path).catalog.listing("SH-2").size("L").body_ranges_cm["chest_girth"]
    assert corrected[0] < 96.0
    assert page.undo_action.isEnabled() and "Undo puts the catalogue back" in page.last_notice
    assert list(catalog_path.parent.glob("catalogue.before-returns-*.csv"))
    # The catalogue page now holds the corrected tables, so its recommendations use them.
    catalogue_page = window.page_named("catalogue_page")
    qtbot.waitUntil(lambda: catalogue_page.path == catalog_path)
    assert catalogue_page.catalog.listing("SH-2").size("L").body_ranges_cm["chest_girth"] == pytest.approx(corrected)

    qtbot.mouseClick(_button(page, page.undo_action), Qt.MouseButton.LeftButton)
    assert catalog_path.read_bytes() == before
    assert not page.undo_action.isEnabled()
    assert page.session.catalog.listing("SH-2").size("L").body_ranges_cm["chest_girth"] == (96.0, 100.0)


def test_unsaved_catalogue_edits_are_never_overwritten(qtbot, window, files, dialogs):
    catalog_path, orders_path = files
    page = window.show_page("returns_page")
    page.load_catalogue(catalog_path)
    page.load_orders(orders_path)
    from sizer.catalog.session import CatalogueFile

    window.context.kept["catalogue"] = CatalogueFile(page.session.catalog, catalog_path, dirty=True)  # not saved
    before = catalog_path.read_bytes()
    assert not page.apply_selected()
    assert catalog_path.read_bytes() == before and "not saved" in dialogs[-1][1]


def test_bad_orders_show_one_message_and_keep_the_previous_analysis(qtbot, window, files, dialogs, tmp_path):
    catalog_path, orders_path = files
    page = window.show_page("returns_page")
    page.load_catalogue(catalog_path)
    page.load_orders(orders_path)
    bad = write_csv(tmp_path / "bad.csv", SIZER_HEADER, [["1", "2025-01-01", "SH-9", "M", "1", "0", "", "", "", "",
                                                         "", ""]])
    page.ask_accept_valid_rows = lambda error: False  # "analyse the other rows?" no
    assert not page.load_orders(bad)
    assert len(dialogs) == 1 and "nothing was changed" in dialogs[0][1] and "row 2" in dialogs[0][2]
    assert page.session.analysis is not None and page.listings.rowCount() == 2


def test_a_file_of_another_layout_is_mapped_once_and_remembered(qtbot, window, files, tmp_path):
    catalog_path, _ = files
    page = window.show_page("returns_page")
    page.load_catalogue(catalog_path)
    header = ["订单号", "下单时间", "款号", "尺码", "数量", "退货数量", "退货原因"]
    shop = write_csv(tmp_path / "shop.csv", header, [["A1", "2025-03-01", "SH-1", "M", "1", "1", "偏小"]])
    asked = []

    def answer(columns):
        asked.append(columns)
        dialog = ColumnMappingDialog(columns, propose_mapping(columns), page)
        qtbot.addWidget(dialog)
        return dialog.mapping(), dialog.remember.isChecked()

    page.ask_mapping = answer
    assert page.load_orders(shop) and len(asked) == 1
    assert page.session.analysis.summary["returned_too_small"] == 1
    assert page.load_orders(shop) and len(asked) == 1  # remembered: not asked again


def test_the_column_dialog_proposes_and_can_be_changed(qtbot):
    header = ["Order", "Date", "Item", "Size", "Qty"]
    dialog = ColumnMappingDialog(header, propose_mapping(header))
    qtbot.addWidget(dialog)
    assert dialog.mapping().columns == {"order_id": "Order", "order_date": "Date", "size_label": "Size",
                                        "quantity": "Qty"}
    box = dialog.findChild(type(dialog.boxes["listing_id"]), "map_listing_id")
    box.setCurrentIndex(box.findData("Item"))
    assert dialog.mapping().columns["listing_id"] == "Item"


def test_the_report_exports_with_its_charts(qtbot, window, files, tmp_path):
    catalog_path, orders_path = files
    page = window.show_page("returns_page")
    page.load_catalogue(catalog_path)
    page.load_orders(orders_path)
    assert page.write_report(tmp_path / "report.html") and page.write_report(tmp_path / "report.pdf")
    assert (tmp_path / "report.html").read_text(encoding="utf-8").count("data:image/png;base64,") == 2
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")


def test_the_sample_catalogue_is_never_overwritten(qtbot, window, tmp_path):
    page = window.show_page("returns_page")
    rows = orders_rows({("MS-3001", s): BALANCED for s in ("38", "39", "40", "41", "42", "43", "44")})
    rows += orders_rows({("MS-3001", "40"): (120, 60, 2, 12)}, start=10_000)
    path = write_csv(tmp_path / "orders.csv", SIZER_HEADER, rows)
    window.page_named("catalogue_page").load(None)
    assert page.load_orders(path)
    page.ask_save_path = lambda: tmp_path / "corrected.csv"
    page.listings.selectRow(0)
    assert page.selected_listing() == "MS-3001" and page.apply_selected()
    assert (tmp_path / "corrected.csv").exists() and page.session.catalog_path == tmp_path / "corrected.csv"
    page.undo()
    assert not (tmp_path / "corrected.csv").exists() and page.session.catalog_path is None


def test_a_listing_that_runs_small_as_a_whole_says_one_number_everywhere(qtbot, window, tmp_path, capsys):
    """QA: the CLI said "runs small (about 3.9 cm)" for the listing and its sizes moved 5.0 cm; the
    listing's number, each of its sizes', the page's and the correction are now one."""
    import re

    from sizer.cli import main

    catalog_path = save_catalog(tmp_path / "catalogue.csv", small_catalog())
    counts = {("SH-1", s): (60, 30, 3, 5) for s in SIZES}
    counts[("SH-1", "XL")] = (60, 45, 2, 5)  # one size further off than the others
    counts.update({("SH-2", s): BALANCED for s in SIZES})
    orders_path = write_csv(tmp_path / "orders.csv", SIZER_HEADER, orders_rows(counts))
    assert main(["returns", "analyse", "--catalog", str(catalog_path), "--orders", str(orders_path)]) == 0
    out = capsys.readouterr().out
    whole = re.search(r"SH-1: the whole listing runs small \(about (\d+\.\d) cm\)", out)
    assert whole, out
    sizes = re.findall(r"SH-1 .*It fits bodies about (\d+\.\d) cm smaller", out)
    assert len(sizes) == 4 and set(sizes) == {whole[1]}
    page = window.show_page("returns_page")
    assert page.load_catalogue(catalog_path) and page.load_orders(orders_path)
    assert page.selected_listing() == "SH-1"
    for row in range(page.sizes.rowCount()):
        page.sizes.selectRow(row)
        evidence = page.evidence.toPlainText()
        assert f"every size fits bodies about {whole[1]} cm smaller" in evidence
        assert f"about {whole[1]} cm smaller than its chart says" in evidence
    # and the correction moves every size of the listing by it (chest is the main dimension)
    from sizer.returns.corrections import corrected_catalog

    _, changes = corrected_catalog(page.session.catalog, page.session.analysis.findings_of("SH-1"))
    shifts = {round(c.old_cm[0] - c.new_cm[0], 1) for c in changes if c.dimension == "chest_girth"}
    assert shifts == {float(whole[1])}
