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


def _write_marketplace_file(qtbot, page, monkeypatch, channel: str, path, **choices) -> None:
    """Marketplace files… as a person does it: the dialog, a channel and its choices, Save…, a file name."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sizer.ui.preset_dialog import PresetDialog

    def answer():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PresetDialog) and w.isVisible())
        dialog.channel.setCurrentIndex(dialog.channel.findData(channel))
        if "brand" in choices:
            qtbot.keyClicks(dialog.brand, choices["brand"])
        dialog.save_button.click()

    monkeypatch.setattr("sizer.ui.pages.catalogue_page.choose_save_file",
                        lambda parent, settings, caption, name, filters, folder=None: path)
    QTimer.singleShot(0, answer)
    page.preset_action.trigger()


def test_marketplace_files_show_their_notes_to_the_user_in_the_interface_language(qtbot, context, tmp_path,
                                                                                  monkeypatch):
    """KC-7001 (EU 98-140) has no US size for 116: the file sends it in EU, and the app says so,
    as the CLI and the workbook's Notes sheet do, in the interface language."""
    from sizer.ui.i18n import install_translators

    page = CataloguePage(context)  # the bundled sample
    qtbot.addWidget(page)
    _write_marketplace_file(qtbot, page, monkeypatch, "google-merchant", tmp_path / "feed.tsv")
    assert (tmp_path / "feed.tsv").is_file()
    shown = page.preset_result
    assert shown is not None and shown.isVisible()
    notes = shown.note_texts()
    kids = next(n for n in notes if n.startswith("KC-7001: "))
    assert "so all 8 sizes are sent in the listing's own system EU (98 … 140)" in kids
    assert "MS-3001: sizes 39 and 40 would all be US 15.5 34/35, so all 7 sizes" in notes[0]
    assert "feed.tsv" in shown.summary.text() and "174 variants" in shown.summary.text()
    assert page.last_notice == shown.summary.text()  # also over the page and in the status bar
    shown.accept()

    # Amazon: a chart split in two and two sizes made one row are said too, and in Chinese.
    install_translators("zh_CN")
    try:
        context.language = "zh_CN"
        page = CataloguePage(context)
        qtbot.addWidget(page)
        _write_marketplace_file(qtbot, page, monkeypatch, "amazon-size-chart", tmp_path / "charts.xlsx",
                                brand="Northwind")
        shown = page.preset_result
        notes = shown.note_texts()
        kids = next(n for n in notes if n.startswith("KC-7001"))
        assert "EU" in kids and "sizes are sent" not in kids and "尺码" in kids
        assert "kids_clothing" not in kids  # the category by its name
        split = next(n for n in notes if n.startswith("WT-1003"))  # a chart of its own, and why
        assert "WT-1001" in split and "78–84" in split and "尺码表" in split and "keeps one size chart" not in split
        assert "charts.xlsx" in shown.summary.text() and "written to" not in shown.summary.text()
    finally:
        install_translators("en")


def test_a_refused_marketplace_file_names_the_duplicate_sizes_in_the_interface_language(qtbot, context, dialogs,
                                                                                        tmp_path, monkeypatch):
    """Two sizes that would be one variant: nothing is written, and the message (its details too)
    is in the interface language, naming the listing, the sizes and the file's rows."""
    from sizer.ui.i18n import install_translators

    shop = tmp_path / "shirts.csv"
    shop.write_text("listing_id,title,category,size_label,size_system,neck_girth_min,neck_girth_max\n"
                    "SH-2,Dress shirt,mens_shirts,15½ 34/35,US,38.5,39.5\n"
                    "SH-2,Dress shirt,mens_shirts,15 1/2 34/35,US,38.5,39.5\n", encoding="utf-8")
    install_translators("de")
    try:
        context.language = "de"
        page = CataloguePage(context)
        qtbot.addWidget(page)
        page.load(shop)
        _write_marketplace_file(qtbot, page, monkeypatch, "google-merchant", tmp_path / "feed.tsv")
    finally:
        install_translators("en")
    assert not (tmp_path / "feed.tsv").exists() and page.preset_result is None
    text = dialogs[-1][1]
    assert "SH-2: die Größen 15½ 34/35, 15 1/2 34/35 wären alle '15.5 34/35'" in text  # no SKUs in this catalogue to name
