"""The app's Marketplace files… on a catalogue opened from the merchant's Amazon flat file writes
back the file's own product type, variation theme and body type (QA finding #12), as `sizer preset`."""
from __future__ import annotations

import csv
from pathlib import Path

from sizer.ui.pages.catalogue_page import CataloguePage

FLAT_FILE = Path(__file__).parents[1] / "fixtures" / "qa_presets" / "amazon_flat_file.txt"


def test_marketplace_files_keep_the_amazon_flat_files_own_fields(qtbot, context, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sizer.catalog.mapping import MappingStore, propose_mapping
    from sizer.ui.preset_dialog import PresetDialog
    from sizer.ui.settings import LAST_CATALOGUE

    monkeypatch.setenv("SIZER_MAPPINGS_FILE", str(tmp_path / "mappings.json"))
    flat_file = tmp_path / "amazon_flat_file.txt"
    flat_file.write_bytes(FLAT_FILE.read_bytes())
    proposal = propose_mapping(flat_file)
    MappingStore().remember(proposal.layout, proposal.mapping)
    context.settings.set(LAST_CATALOGUE, str(flat_file))
    page = CataloguePage(context)  # reopens the flat file through its remembered mapping
    qtbot.addWidget(page)
    assert page.mapped and page.path == flat_file
    target = tmp_path / "attributes.tsv"
    monkeypatch.setattr("sizer.ui.pages.catalogue_page.choose_save_file", lambda *args: target)

    def answer():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PresetDialog) and w.isVisible())
        dialog.channel.setCurrentIndex(dialog.channel.findData("amazon-attributes"))
        dialog.save_button.click()

    QTimer.singleShot(0, answer)
    page.export_marketplace_files()
    qtbot.waitUntil(target.exists, timeout=5000)
    rows = {row["item_sku"]: row for row in csv.DictReader(target.open(encoding="utf-8"), delimiter="\t")}
    assert rows["NW-POLO-NVY-S"]["variation_theme"] == "SizeColor"
    assert rows["NW-POLO-NVY-3XL"]["shirt_body_type"] == "Big"
    assert rows["NW-KDRESS-2T"]["apparel_size"] == "2T" and not rows["NW-KDRESS-2T"]["shirt_size"]
