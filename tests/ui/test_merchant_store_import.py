"""A mixed Shopify store (letter-sized tees, US and EU shoes, UK dresses, toddler sizes) opened in
the app through the mapping step: each product gets its own size system, the merchant's SKUs and
whom each product is for survive Save As and reopening."""
from __future__ import annotations

import csv
from pathlib import Path

from sizer.ui.pages.catalogue_page import CataloguePage

MIXED_STORE = Path(__file__).resolve().parent.parent / "fixtures" / "merchant" / "shopify_mixed_store_export.csv"


def test_a_mixed_store_opens_with_each_products_size_system_and_saves_its_skus(qtbot, context, tmp_path,
                                                                              monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sizer.ui.column_mapping_dialog import CatalogueMappingDialog

    monkeypatch.setenv("SIZER_MAPPINGS_FILE", str(tmp_path / "mappings.json"))
    export = tmp_path / "products_export_1.csv"
    export.write_bytes(MIXED_STORE.read_bytes())
    page = CataloguePage(context)
    qtbot.addWidget(page)
    seen = []

    def answer_the_dialog():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CatalogueMappingDialog) and w.isVisible())
        seen.append(dialog.combos["Size system (product.metafields.custom.size_system)"].currentData())
        dialog.import_button.click()

    QTimer.singleShot(0, answer_the_dialog)
    page.load(export)
    assert seen == ["size_system"]
    listings = {listing.listing_id: listing for listing in page.catalog}
    assert {lid: l.size_system for lid, l in listings.items()} == {
        "classic-tee": "INT", "trail-runner": "US", "city-loafer": "EU", "toddler-crew-tee": "US", "tea-dress": "UK"}
    target = tmp_path / "catalogue.csv"
    monkeypatch.setattr("sizer.ui.pages.catalogue_page.choose_save_file",
                        lambda parent, settings, caption, name, filters, folder=None, refuse=None: target)
    assert page.save()
    with target.open(encoding="utf-8-sig") as handle:
        saved = {row["sku"]: row for row in csv.DictReader(handle)}
    assert saved["TEE 001-2XL"]["listing_id"] == "classic-tee" and saved["TEE 001-2XL"]["segment"] == "unisex"
    assert saved["KID TEE-3T"]["size_system"] == "US"
    page.load(target)  # Sizer's own file now: no mapping step
    reopened = page.catalog.listing("classic-tee")
    assert reopened.segment == "unisex" and reopened.size("2XL").sku == "TEE 001-2XL"
