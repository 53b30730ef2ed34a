"""Catalogue page: equivalents joined by the language's "or", the sizes' SKUs shown, and the
marketplace files' notes shown to the user after writing."""
from __future__ import annotations

import dataclasses

from sizer.profile import BodyProfile
from sizer.ui.pages.catalogue_page import CataloguePage
from sizer.ui.settings import DEFAULT_SYSTEMS

PROFILE = BodyProfile({"stature": 168.0, "bust_girth": 90.0, "chest_girth": 92.0, "waist_girth": 72.0,
                       "hip_girth": 98.0, "foot_length": 24.5, "head_girth": 56.0}, {"waist_girth": 1.5})


def test_equivalents_are_joined_by_the_languages_or_never_a_slash(qtbot, context, monkeypatch):
    """CN 165/88A holds a slash: two CN equivalents read "165/88A or 170/92A", in every language."""
    from sizer.catalog.size_guide import size_guide_text

    context.settings.set(DEFAULT_SYSTEMS, ("CN", "EU"))
    for language in ("en", "zh_CN", "fr"):
        context.language = language
        page = CataloguePage(context)
        qtbot.addWidget(page)
        context.set_profile(PROFILE)
        page.listing_view.selectRow(0)
        real = page.results.recommendation
        monkeypatch.setattr(page.results, "recommendation", lambda i: dataclasses.replace(
            real(i), equivalents={"CN": ("165/88A", "170/92A"), "EU": ("38",)}))
        page._show_details()
        text = page.details.toPlainText()
        word = size_guide_text(language)["several_labels"]
        assert f"CN 165/88A{word}170/92A" in text and "165/88A / 170/92A" not in text
        monkeypatch.undo()
        context.settings.set(DEFAULT_SYSTEMS, ("CN", "EU"))


def test_the_size_table_shows_each_sizes_skus(qtbot, context, tmp_path, monkeypatch):
    """The ids the marketplace files will carry, every colour's, beside the size they belong to."""
    from pathlib import Path

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from sizer.ui.column_mapping_dialog import CatalogueMappingDialog

    monkeypatch.setenv("SIZER_MAPPINGS_FILE", str(tmp_path / "mappings.json"))
    store = Path(__file__).resolve().parent.parent / "fixtures" / "merchant" / "shopify_mixed_store_export.csv"
    page = CataloguePage(context)
    qtbot.addWidget(page)
    QTimer.singleShot(0, lambda: next(w for w in QApplication.topLevelWidgets()
                                      if isinstance(w, CatalogueMappingDialog) and w.isVisible()).import_button.click())
    page.load(store)
    row = next(r for r in range(page.listings.rowCount()) if page.listings.listing_at(r) ==
               page.catalog.index_of("classic-tee"))
    page.listing_view.selectRow(row)
    sizes = page.sizes
    column = sizes.columnCount() - 1
    assert sizes.headerData(column, Qt.Orientation.Horizontal) == "SKU"
    shown = {sizes.data(sizes.index(r, 0)): sizes.data(sizes.index(r, column)) for r in range(sizes.rowCount())}
    assert shown["S"] == "TEE 001-S, TEE 002-S" and shown["XL"] == "TEE 001-XL"
    s_row = list(shown).index("S")
    assert sizes.data(sizes.index(s_row, column), Qt.ItemDataRole.ToolTipRole) == "TEE 001-S\nTEE 002-S"
    assert not sizes.flags(sizes.index(s_row, column)) & Qt.ItemFlag.ItemIsEditable
    # A catalogue without SKUs (the bundled sample) has no empty SKU column.
    from sizer.catalog.importer import sample_catalog_path

    page.load(sample_catalog_path())
    page.listing_view.selectRow(0)
    assert all(sizes.headerData(c, Qt.Orientation.Horizontal) != "SKU" for c in range(sizes.columnCount()))
