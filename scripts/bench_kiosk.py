#!/usr/bin/env python3
"""Time the kiosk's results and wipe on a 100,000-listing catalogue (target: each under 0.5 s).

    python scripts/bench_kiosk.py [--listings 100000] [--repeat 5] [--json]

Runs the real KioskWindow offscreen on a synthetic catalogue (scripts/bench_recommend.py's):
"results" is a shopper's capture finishing until the results screen is laid out (every listing
scored, the first page of cards built, the QR code drawn); "wipe" is Start over until the
deleted cards are gone. Both with no product ticked (the whole catalogue, paged) and with eight
ticked. The first session of a process also loads the recommender's settings: reported apart.
"""
from __future__ import annotations

import argparse
import copy
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listings", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from bench_recommend import synthetic_catalog
    from sizer.cli import print_figures
    from sizer.profile import BodyProfile
    from sizer.ui.fonts import ensure_fonts
    from sizer.ui.kiosk.window import KioskWindow
    from sizer.ui.settings import KIOSK_PRODUCTS, Settings

    app = QApplication([sys.argv[0]])
    ensure_fonts()
    catalogue = synthetic_catalog(args.listings)
    profile = BodyProfile({"stature": 176.0, "chest_girth": 98.0, "waist_girth": 84.0, "hip_girth": 99.0,
                           "neck_girth": 38.5, "inside_leg": 80.0, "arm_length": 60.0, "shoulder_width": 46.0,
                           "head_girth": 57.0, "foot_length": 26.5, "hand_girth": 21.0, "finger_girth": 6.0},
                          {"chest_girth": 2.0, "waist_girth": 2.5, "hip_girth": 2.0})

    def flush() -> None:
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()

    def sessions(ticked: tuple[str, ...]) -> dict[str, float]:
        settings = Settings(Path(tempfile.mkdtemp()) / "kiosk.ini")
        settings.set(KIOSK_PRODUCTS, ticked)
        window = KioskWindow(settings, "en", source_factory=lambda: None, processor_factory=lambda *a: None,
                             catalogue_loader=lambda path: catalogue, printers=lambda: [])
        window.resize(1080, 1920)
        window.show()
        results, wipes = [], []
        for _ in range(args.repeat + 1):
            window.choose_language("en")
            window.shopper.height_cm = 176.0
            started = time.perf_counter()
            window._capture_finished(copy.deepcopy(profile))
            app.processEvents()  # laid out and painted
            results.append(time.perf_counter() - started)
            started = time.perf_counter()
            window.wipe()
            flush()
            wipes.append(time.perf_counter() - started)
        cards = len(window.results.product_cards())
        window.shutdown()
        window._may_close = True
        window.close()
        assert cards == 0
        return {"first_results_s": round(results[0], 3), "results_s": round(statistics.median(results[1:]), 3),
                "results_max_s": round(max(results[1:]), 3), "wipe_s": round(statistics.median(wipes[1:]), 3),
                "wipe_max_s": round(max(wipes[1:]), 3)}

    figures: dict[str, object] = {"listings": len(catalogue)}
    for name, ticked in (("all_listings_paged", ()),
                         ("eight_ticked", tuple(str(catalogue.listing_ids[i]) for i in range(0, 80_000, 10_000)))):
        for key, value in sessions(ticked).items():
            figures[f"{name}.{key}"] = value
    print_figures(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
