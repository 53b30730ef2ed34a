"""Render the Returns page offscreen, in English and Chinese, for the README.

    .venv/bin/python scripts/returns_screenshots.py [--out docs/screenshots]

The orders are simulated (sizer.returns.simulate, seeded; the fallback population, so the
pictures do not depend on ../shared): eight listings, two of which run small as a whole.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def render(language: str, out: Path, folder: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    from sizer.ui.app import start_app
    from sizer.ui.i18n import install_translators
    from sizer.ui.settings import Settings

    desktop = start_app(language=language, settings=Settings(folder / f"{language}.ini"), install_excepthook=False,
                        log_dir=folder)
    window = desktop.window
    window.resize(1400, 860)
    page = window.show_page("returns_page")
    page.load_catalogue(folder / "catalogue.csv")
    page.load_orders(folder / "orders.csv")
    page.listings.selectRow(1)
    for _ in range(5):
        QApplication.processEvents()
    path = out / f"returns_{language}.png"
    window.grab().save(str(path))
    desktop.shutdown()
    install_translators("en")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    from sizer.catalog.writer import save_catalog
    from sizer.returns.simulate import simulate

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        simulation = simulate(n_listings=8, orders_per_listing=1500, seed=5, ansur_dir=None, keep_rows=True)
        save_catalog(folder / "catalogue.csv", simulation.catalog)
        simulation.write_csv(folder / "orders.csv")
        args.out.mkdir(parents=True, exist_ok=True)
        for language in ("en", "zh_CN"):
            print(render(language, args.out, folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
