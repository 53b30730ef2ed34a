"""Kiosk mode for pop-up stores (``sizer --kiosk``): a locked, full-screen, touch-first shopper flow.

    from sizer.ui.kiosk import run_kiosk, KioskWindow
    run_kiosk(language="zh_CN")   # runs until the admin exits through the PIN; returns the exit code
"""
from __future__ import annotations

import logging

from sizer.ui.settings import Settings

log = logging.getLogger("sizer.ui.kiosk")


def run_kiosk(language: str | None = None, settings: Settings | None = None) -> int:
    """Open the kiosk full screen and run until the admin leaves kiosk mode; returns the exit code."""
    from PySide6.QtWidgets import QApplication

    from sizer.ui.app import ensure_qapplication
    from sizer.ui.fonts import ensure_fonts
    from sizer.ui.kiosk.window import KioskWindow
    from sizer.ui.logs import setup_logging

    from sizer.ui.kiosk.memory import limit_malloc_arenas

    limit_malloc_arenas()  # before Qt and the camera start their threads
    app = ensure_qapplication()
    log_path = setup_logging()
    log.info("kiosk mode starting (log: %s)", log_path)
    ensure_fonts()
    window = KioskWindow(settings or Settings(), language)
    window.install_error_handling()
    window.exit_requested.connect(QApplication.quit)
    app.aboutToQuit.connect(window.shutdown)
    window.showFullScreen()
    return app.exec()


def __getattr__(name: str):
    if name == "KioskWindow":  # heavy (Qt widgets, the catalogue): imported when asked for
        from sizer.ui.kiosk.window import KioskWindow

        return KioskWindow
    raise AttributeError(name)
