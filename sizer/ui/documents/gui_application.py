"""A QGuiApplication for rendering documents from the command line, with no screen needed."""
from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication

from sizer.ui.fonts import ensure_fonts


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new headless one; the bundled fonts are registered."""
    app = QGuiApplication.instance()
    if app is None:
        # The CLI renders PNG and PDF on servers and kiosks without a display.
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    ensure_fonts()
    return app  # type: ignore[return-value]
