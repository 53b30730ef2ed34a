#!/usr/bin/env python3
"""How fast the desktop app is usable, and how the catalogue table copes with 100,000 listings.

    python scripts/bench_startup.py [--runs 5]

Start-up: a fresh interpreter per run, timed from launch until the main window is shown and its
first events are processed (target: under 1.5 s); it also reports whether OpenCV or MediaPipe
were imported by then (they must not be: the Measure page loads them on first use).
Catalogue: filtering and sorting a table model over 100,000 listings.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys, time, json, tempfile
from pathlib import Path
started = time.perf_counter()
from sizer.ui.app import start_app
from sizer.ui.settings import Settings
folder = Path(tempfile.mkdtemp())
desktop = start_app(settings=Settings(folder / "settings.ini"), install_excepthook=False, log_dir=folder)
from PySide6.QtWidgets import QApplication
QApplication.instance().processEvents()
ready = time.perf_counter()
print(json.dumps({"in_process_s": ready - started, "opencv": "cv2" in sys.modules,
                  "mediapipe": "mediapipe" in sys.modules}), flush=True)
desktop.shutdown()
"""


def startup_once() -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    launched = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", CHILD], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    usable = time.perf_counter() - launched
    process.communicate(timeout=60)
    if not line:
        raise SystemExit("the app did not start: run `sizer` to see why")
    result = json.loads(line)
    result["launch_to_usable_s"] = usable
    return result


def catalogue_model_timings(listings: int = 100_000) -> dict:
    """Build a catalogue of ``listings`` by repeating the sample's, then filter and sort it."""
    import numpy as np
    from PySide6.QtWidgets import QApplication

    from sizer.catalog.importer import load_catalog
    from sizer.ui.catalogue_models import ListingsModel, replaced

    app = QApplication.instance() or QApplication([])
    sample = load_catalog()
    repeat = -(-listings // len(sample))
    take = np.tile(np.arange(len(sample)), repeat)[:listings]
    counts = np.diff(sample.size_offsets)[take]
    rows = np.concatenate([np.arange(sample.size_offsets[i], sample.size_offsets[i + 1]) for i in take])
    big = replaced(
        sample, listing_ids=np.array([f"L{n:06d}" for n in range(listings)], dtype=object),
        titles=sample.titles[take], categories=sample.categories[take], size_systems=sample.size_systems[take],
        fit_codes=sample.fit_codes[take], stretch_codes=sample.stretch_codes[take],
        size_offsets=np.concatenate([[0], np.cumsum(counts)]), size_labels=sample.size_labels[rows],
        source_codes=sample.source_codes[rows], body_min_cm=sample.body_min_cm[rows],
        body_max_cm=sample.body_max_cm[rows], garment_cm=sample.garment_cm[rows])
    model = ListingsModel()
    timings = {}
    started = time.perf_counter()
    model.set_catalog(big)
    timings["load_ms"] = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    model.set_filter("denim")
    timings["filter_text_ms"] = (time.perf_counter() - started) * 1000
    timings["filter_matches"] = model.rowCount()
    started = time.perf_counter()
    model.set_filter()
    model.sort(model.TITLE)
    timings["sort_by_title_ms"] = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    for row in range(0, 40):  # one screenful
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
    timings["paint_screenful_ms"] = (time.perf_counter() - started) * 1000
    del app
    return {"listings": listings, **{k: round(v, 1) if isinstance(v, float) else v for k, v in timings.items()}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    startup_once()  # warm the disk cache: the figure is for a normal, not a first-ever, start
    runs = [startup_once() for _ in range(args.runs)]
    usable = [r["launch_to_usable_s"] for r in runs]
    print(f"start-up to a usable window: median {statistics.median(usable):.2f} s, "
          f"worst {max(usable):.2f} s over {len(runs)} runs (target < 1.5 s)")
    print(f"  of which inside Python after the interpreter started: "
          f"{statistics.median(r['in_process_s'] for r in runs):.2f} s")
    print(f"  OpenCV loaded at start: {any(r['opencv'] for r in runs)}; "
          f"MediaPipe loaded at start: {any(r['mediapipe'] for r in runs)}")
    timings = catalogue_model_timings()
    print("catalogue table model: " + ", ".join(f"{k} {v}" for k, v in timings.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
