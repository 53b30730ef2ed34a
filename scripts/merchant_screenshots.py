#!/usr/bin/env python3
"""Render the merchant flows offscreen for the README (docs/screenshots/merchant-*.png):
the column-mapping step on a Shopify export, the brand-chart preview, the size-guide options,
and the size-chart picture for a listing gallery.

    python scripts/merchant_screenshots.py [--out docs/screenshots]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SIZER_MAPPINGS_FILE"] = str(Path(tempfile.mkdtemp()) / "mappings.json")
    args.out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from sizer.catalog.importer import load_catalog
    from sizer.catalog.mapping import propose_mapping
    from sizer.catalog.size_guide import build_size_guide_table
    from sizer.ui.brand_chart_dialog import BrandChartDialog
    from sizer.ui.column_mapping_dialog import CatalogueMappingDialog
    from sizer.ui.documents.size_guide import write_size_table_image
    from sizer.ui.fonts import ensure_fonts
    from sizer.ui.size_guide_dialog import SizeGuideDialog

    ensure_fonts()
    fixtures = ROOT / "tests" / "fixtures" / "merchant"
    shots = {}
    dialog = CatalogueMappingDialog(propose_mapping(fixtures / "shopify_products_export.csv"))
    dialog.show()
    shots["merchant-column-mapping.png"] = dialog
    catalog = load_catalog()
    chart = Path(tempfile.mkdtemp()) / "acme-size-chart.csv"
    chart.write_text("Women's size chart (inches)\nSize,S,M,L,XL\nUS,4-6,8-10,12-14,16\nBust,33-34,35-36,"
                     "37.5-39,40.5\nWaist,26-27,28-29,30.5-32,33.5\nHip,36-37,38-39,40.5-42,43.5\n", encoding="utf-8")
    brand = BrandChartDialog(chart, catalog.listing("WT-1001"))
    brand.show()
    shots["merchant-brand-chart.png"] = brand
    guide = SizeGuideDialog(catalog.listing("WT-1003"), ["US", "UK"], "both", "en")
    guide.form.setCurrentIndex(guide.form.findData("gallery-jpeg"))
    guide.show()
    shots["merchant-size-guide-options.png"] = guide
    app.processEvents()
    for name, widget in shots.items():
        widget.grab().save(str(args.out / name))
        print(args.out / name)
    table = build_size_guide_table(catalog.listing("WT-1003"), ["US", "UK"], "both", "en")
    picture = args.out / "merchant-gallery-picture.png"
    write_size_table_image(table, picture, 800, 800, "PNG")
    print(picture)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
