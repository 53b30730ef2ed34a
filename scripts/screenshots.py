#!/usr/bin/env python3
"""Render every page of the desktop app offscreen to PNG (docs/screenshots/), in each language.

    python scripts/screenshots.py [--out docs/screenshots] [--size 1366x768] [--languages en,zh_CN]

The Measure page is shown after a real capture from the bundled sample photos (front, then side),
and the Catalogue page recommends for that measured body, so the pictures show the app at work.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ("charts_page", "guides_page", "measure_page", "catalogue_page")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--languages", default="en,zh_CN")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    width, height = (int(v) for v in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from sizer.atomic import atomic_path
    from sizer.resources import as_path, asset
    from sizer.ui.app import start_app
    from sizer.ui.settings import Settings

    folder = Path(tempfile.mkdtemp())
    photos = [as_path(asset("samples", "person_front.png")), as_path(asset("samples", "person_side.png"))]
    suffix = "" if (width, height) == (1366, 768) else f"_{width}x{height}"
    for language in args.languages.split(","):
        desktop = start_app(language, Settings(folder / f"{language}.ini"), install_excepthook=False, log_dir=folder)
        app = QApplication.instance()
        window = desktop.window
        window.resize(width, height)
        desktop.context.jobs.wait()
        app.processEvents()

        charts = window.show_page("charts_page")
        charts.select_category("womens_tops")
        charts.highlight_label("US", "8")
        window.show_page("guides_page").show_guide("waist_girth")

        measure = window.page_named("measure_page")
        measure.frames_per_view = 5
        measure.height_field.set_value_cm(182.3)  # the sample person's height (assets/samples/README.md)
        window.show_page("measure_page")
        loop = QEventLoop()
        measure.capture_finished.connect(lambda _profile: loop.quit())
        measure.start_photos(photos)
        QTimer.singleShot(120_000, loop.quit)
        loop.exec()
        while measure.worker is not None:
            app.processEvents()
        desktop.context.jobs.wait()
        app.processEvents()

        # The sample man says he shops menswear: the Catalogue shows men's listings first, the shirt selected.
        from sizer.catalog.segments import Segment

        profile = desktop.context.profile
        if profile is not None:
            profile.segment = Segment.MEN
            desktop.context.set_profile(profile)
            desktop.context.jobs.wait()
            app.processEvents()
        catalogue = window.page_named("catalogue_page")
        shirt_row = catalogue.listings.row_of(catalogue.catalog.index_of("MS-3001"))
        if shirt_row >= 0:
            catalogue.listing_view.selectRow(shirt_row)
        for name in PAGES:
            window.show_page(name)
            app.processEvents()
            path = args.out / f"{name.removesuffix('_page')}_{language}{suffix}.png"
            with atomic_path(path) as temp:
                if not window.grab().save(str(temp), "PNG"):
                    raise SystemExit(f"could not write {path}")
            print(path)
        desktop.shutdown()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
