"""Kiosk mode for pop-up stores (``sizer --kiosk``): a locked, full-screen, touch-first shopper flow.

    from sizer.ui.kiosk import run_kiosk, KioskWindow
    run_kiosk(language="zh_CN")   # runs until the admin exits through the PIN; returns the exit code
"""
from __future__ import annotations

import logging
import os
import sys

from sizer.ui.settings import KIOSK_PIN_HASH, Settings

log = logging.getLogger("sizer.ui.kiosk")

NO_PIN_MESSAGE = ("kiosk mode needs an admin PIN first (it is the only way out of kiosk mode): set one with "
                  "`sizer kiosk set-pin`, or in the desktop app under File > Settings > Kiosk admin PIN")
EXIT_NO_PIN = 2


def run_kiosk(language: str | None = None, settings: Settings | None = None) -> int:
    """Open the kiosk full screen and run until the admin leaves kiosk mode; returns the exit code."""
    from PySide6.QtWidgets import QApplication

    from sizer.ui.app import ensure_qapplication
    from sizer.ui.fonts import ensure_fonts
    from sizer.ui.kiosk.window import KioskWindow
    from sizer.ui.logs import setup_logging

    from sizer.ui.kiosk.memory import limit_malloc_arenas

    settings = settings or Settings()
    log_path = setup_logging()
    if not settings.get(KIOSK_PIN_HASH):
        # Never chosen on the shopper's screen: the first visitor to find the gesture would own the kiosk.
        log.error("kiosk mode not started: %s", NO_PIN_MESSAGE)
        print(f"sizer: error: {NO_PIN_MESSAGE}", file=sys.stderr)
        return EXIT_NO_PIN
    limit_malloc_arenas()  # before Qt and the camera start their threads
    app = ensure_qapplication()
    log.info("kiosk mode starting (log: %s)", log_path)
    ensure_fonts()
    window = KioskWindow(settings, language)
    window.install_error_handling()
    window.exit_requested.connect(QApplication.quit)
    app.aboutToQuit.connect(window.shutdown)
    window.lock_screen()  # full screen, keyboard grabbed, taken back from the window manager at once
    code = app.exec()
    from sizer.ui.kiosk.camera import stuck_workers

    if stuck_workers():
        # A thread hung in the camera driver cannot be stopped, and Qt aborts when a running
        # QThread is destroyed at exit: end the process here instead, with the log flushed.
        log.error("%d camera thread(s) still blocked in a read at exit; ending the process", len(stuck_workers()))
        logging.shutdown()
        os._exit(code)
    return code


def __getattr__(name: str):
    if name == "KioskWindow":  # heavy (Qt widgets, the catalogue): imported when asked for
        from sizer.ui.kiosk.window import KioskWindow

        return KioskWindow
    raise AttributeError(name)
