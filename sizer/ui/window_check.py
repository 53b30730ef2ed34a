"""The self-test's window check: start the app as ``sizer`` does, offscreen, and look at it.

Called by ``sizer --self-test`` (sizer/selftest.py), which stays Qt-free by importing this module
only when the check runs.
"""
from __future__ import annotations

import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication

from sizer.resources import as_path, asset
from sizer.selftest import require
from sizer.ui.app import start_app
from sizer.ui.fonts import CJK_FAMILY, ensure_fonts
from sizer.ui.settings import Settings

MIN_DISTINCT_COLOURS = 8  # a drawn window has text, icons and frames; a blank one has one or two


def check_main_window_offscreen(expected: Mapping[str, Any]) -> str:
    """Build and draw the main window; raises SelfTestFailure saying what is wrong."""
    with tempfile.TemporaryDirectory(prefix="sizer-selftest-") as scratch:
        # Scratch settings: a self-test must not change the person's saved window or choices.
        desktop = start_app(language=expected["language"], settings=Settings(Path(scratch) / "settings.ini"),
                            argv=["sizer"], install_excepthook=False)
        app = QApplication.instance()
        try:
            app.processEvents()
            window = desktop.window
            require(window.isVisible(), "the main window did not show")
            pages = [page.objectName() for page in window.pages]
            absent = [name for name in expected["pages"] if name not in pages]
            require(not absent, f"the main window lacks pages {absent} (it has {pages})")
            image = window.grab().toImage()
            require(not image.isNull(), "the main window could not be drawn")
            colours = distinct_colours(image)
            require(colours >= MIN_DISTINCT_COLOURS, f"the main window drew almost nothing ({colours} colours)")
            require(CJK_FAMILY in ensure_fonts(), f"the bundled font {CJK_FAMILY} is not registered")
            folder = as_path(asset("translations"))
            for language in expected["translations"]:
                translator = QTranslator()
                require(translator.load(f"sizer_{language}", str(folder)),
                        f"compiled translation sizer_{language}.qm is missing from {folder}")
            size = f"{image.width()}x{image.height()}"
        finally:
            desktop.shutdown()
            desktop.window.close()
            app.processEvents()
    return (f"main window drawn ({app.platformName()} platform, {size} px, {len(pages)} pages); "
            f"translations: {', '.join(expected['translations'])}")


def distinct_colours(image) -> int:
    """How many colours a 64x40 thumbnail of ``image`` has (cheap, enough to tell blank from drawn)."""
    small = image.scaled(64, 40, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation)
    return len({small.pixel(x, y) for x in range(small.width()) for y in range(small.height())})
