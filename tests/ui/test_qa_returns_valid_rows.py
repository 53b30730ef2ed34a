"""Returns page: orders with bad rows offer to analyse the other rows, as the catalogue import does."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sizer.catalog.writer import save_catalog
from sizer.ui.main_window import MainWindow
from sizer.ui.pages.catalogue_page import CataloguePage
from sizer.ui.pages.returns_page import ReturnsPage

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from returns_support import SIZER_HEADER, SIZES, orders_rows, small_catalog, write_csv  # noqa: E402


@pytest.fixture
def window(qtbot, context, monkeypatch, tmp_path):
    monkeypatch.setenv("SIZER_CONFIG_DIR", str(tmp_path / "config"))
    main = MainWindow(context, [CataloguePage, ReturnsPage])
    qtbot.addWidget(main)
    main.show()
    yield main
    main.shutdown()


def test_bad_order_rows_can_be_left_out_and_the_rest_analysed(qtbot, window, tmp_path, dialogs):
    catalog_path = save_catalog(tmp_path / "catalogue.csv", small_catalog())
    rows = orders_rows({(listing, s): (20, 2, 2, 2) for listing in ("SH-1", "SH-2") for s in SIZES})
    rows += [["#x1", "2025-01-01", "SH-9", "M", "1", "0", "", "", "", "", "", ""],
             ["#x2", "2025-01-01", "SH-1", "M", "-1", "0", "", "", "", "", "", ""]]
    orders = write_csv(tmp_path / "orders.csv", SIZER_HEADER, rows)
    page = window.show_page("returns_page")
    page.load_catalogue(catalog_path)
    asked = []
    page.ask_accept_valid_rows = lambda error: asked.append(error) or True
    assert page.load_orders(orders)
    assert len(asked) == 1 and asked[0].rows_only and asked[0].bad_rows == {str(orders): {len(rows), len(rows) + 1}}
    assert page.session.analysis.summary["order_lines"] == len(rows) - 2 and page.session.skipped_rows == 2
    assert dialogs == []  # no error shown: the person chose to leave the rows out
    assert "rows left out for problems: 2" in page.last_notice
    page.ask_accept_valid_rows = lambda error: False
    assert not page.load_orders(orders) and len(dialogs) == 1 and "nothing was changed" in dialogs[0][1]
