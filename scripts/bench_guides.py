#!/usr/bin/env python3
"""Print how long the measuring guides take to load and render (no target; figures for the report).

Usage: python scripts/bench_guides.py
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(label: str, action) -> None:
    start = time.perf_counter()
    result = action()
    print(f"{label:<52} {1000 * (time.perf_counter() - start):8.1f} ms{'' if result is None else f'  ({result})'}")


def main() -> int:
    from sizer import guides

    timed("load every guide, both languages (cold)",
          lambda: sum(len(guides.load_all_guides(lang)) for lang in guides.languages()))
    from sizer.ui.documents import guides as documents
    from sizer.ui.documents.gui_application import ensure_gui_application

    timed("start headless Qt and register fonts", lambda: ensure_gui_application() and None)
    ids = list(guides.guide_ids())
    for lang in guides.languages():
        timed(f"{len(ids)} PNGs at 400 px, {lang}", lambda: [documents.render_guide_png(g, lang, 400) for g in ids]
              and None)
        timed(f"{len(ids)} PNGs at 1600 px, {lang}", lambda: [documents.render_guide_png(g, lang, 1600) for g in ids]
              and None)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "guides.pdf"
            timed(f"booklet PDF, A4, {lang}", lambda: documents.write_guide_pdf(ids, lang, path, "A4"))
            print(f"{'':<52} {path.stat().st_size / 1024:8.0f} kB")
        timed(f"booklet HTML, {lang}", lambda: f"{len(documents.booklet_html(ids, lang)) / 1024:.0f} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
