"""The Catalogue page's Save after "import the valid rows": the source file is never overwritten."""
from __future__ import annotations

from pathlib import Path

from sizer.catalog.importer import import_catalog, sample_catalog_path
from sizer.ui.pages.catalogue_page import CataloguePage


def test_save_after_importing_the_valid_rows_proposes_a_new_file_and_keeps_the_source(
        qtbot, context, dialogs, tmp_path, monkeypatch):
    lines = sample_catalog_path().read_text(encoding="utf-8").splitlines()
    bad = lines[1].split(",")
    bad[0], bad[2] = "BAD-1", "no_such_category"
    source = tmp_path / "shop.csv"
    source.write_text("\n".join([lines[0], *lines[1:], ",".join(bad)]) + "\n", encoding="utf-8")
    original = source.read_bytes()
    from sizer.ui.widgets import import_issues

    monkeypatch.setattr(import_issues, "ask_accept_valid_rows", lambda parent, error: True)
    page = CataloguePage(context)
    qtbot.addWidget(page)
    page.load(source)
    assert page.path == source and page.file.partial_source == source
    proposals = []

    def choose(parent, settings, caption, name, filters, folder=None):
        proposals.append((name, folder))
        return source  # the user insists on the source file

    monkeypatch.setattr("sizer.ui.pages.catalogue_page.choose_save_file", choose)
    page.listings.setData(page.listings.index(0, page.listings.TITLE), "Renamed tee")
    assert page.dirty
    page.save_action.trigger()  # Ctrl+S
    assert proposals == [("shop (imported rows).csv", tmp_path)]  # Save acted as Save As, beside the source
    assert source.read_bytes() == original  # refused: it would have deleted the row left out
    assert page.dirty and "would delete them" in dialogs[-1][1]

    target = tmp_path / "shop (imported rows).csv"
    monkeypatch.setattr("sizer.ui.pages.catalogue_page.choose_save_file", lambda *args: target)
    page.save_action.trigger()
    assert not page.dirty and source.read_bytes() == original
    assert "Renamed tee" in import_catalog(target).catalog.titles.tolist()


def test_an_invalid_size_system_edit_is_refused_with_the_reason(qtbot, context):
    page = CataloguePage(context)
    qtbot.addWidget(page)
    refused = []
    page.listings.rejected.connect(refused.append)
    index = page.listings.index(0, page.listings.SYSTEM)
    assert not page.listings.setData(index, "XX")
    assert refused and "'XX'" in refused[0] and not page.dirty
