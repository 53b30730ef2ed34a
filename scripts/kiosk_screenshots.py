#!/usr/bin/env python3
"""Render every kiosk screen offscreen to PNG (docs/screenshots/kiosk-*.png), portrait and landscape.

    python scripts/kiosk_screenshots.py [--out docs/screenshots]

Portrait 1080x1920 for every screen; landscape 1920x1080 for the attract, capture and results
screens; the results in Chinese too. The capture and results screens show a real measurement of
the bundled sample person (assets/samples), so the pictures show the kiosk at work.
"""
from __future__ import annotations

import argparse
import copy
import os
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the letterboxed sample frames the kiosk tests use


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from kiosk_support import letterboxed_sample
    from sizer.atomic import atomic_path
    from sizer.ui.capture_worker import LiveFrame, bgr_to_qimage
    from sizer.ui.fonts import ensure_fonts
    from sizer.ui.kiosk.capture import KioskCaptureProcessor, import_pose_library
    from sizer.ui.kiosk.window import KioskWindow
    from sizer.ui.kiosk.pin import hash_pin
    from sizer.ui.settings import KIOSK_PIN_HASH, KIOSK_PRODUCTS, Settings
    from sizer.vision.clothing import Clothing

    app = QApplication([sys.argv[0]])
    ensure_fonts()
    import_pose_library()
    settings = Settings(Path(tempfile.mkdtemp()) / "kiosk.ini")
    settings.set(KIOSK_PRODUCTS, ("MP-4101", "MS-3001", "MT-4001", "MP-4104", "SU-9001", "SM-6001", "MT-4002", "HT-8001"))
    settings.set(KIOSK_PIN_HASH, hash_pin("2468"))

    # One real capture of the sample person: a live frame for the capture screen, a profile for the results.
    gate = threading.Event()
    gate.set()
    processor = KioskCaptureProcessor(182.0, 3, gate)  # its own pipeline: closed below
    front, side = letterboxed_sample("front"), letterboxed_sample("side")
    live_front = None
    profile = None
    for frame in [front] * 5 + [side] * 12:
        processed = processor.process(frame)
        if live_front is None and processed.status.collecting:
            live_front = LiveFrame(bgr_to_qimage(processed.overlay_bgr), processed.status, 1)
        if processed.result is not None:
            profile = processed.result
            break
    processor.close()
    if profile is None:
        raise SystemExit("the sample capture did not complete")

    def save(window: KioskWindow, name: str) -> None:
        app.processEvents()
        path = args.out / f"kiosk-{name}.png"
        with atomic_path(path) as temp:
            if not window.grab().save(str(temp), "PNG"):
                raise SystemExit(f"could not write {path}")
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    def shopper_results(window: KioskWindow, language: str) -> None:
        from sizer.catalog.segments import Segment

        window.choose_language(language)
        window.shopper.segment = Segment.MEN  # he touched "Men" on the attract screen
        window.shopper.height_cm = 182.0
        window._capture_finished(copy.deepcopy(profile))  # a fresh one each time: the wipe overwrites it

    for (width, height), orientation in (((1080, 1920), "portrait"), ((1920, 1080), "landscape")):
        window = KioskWindow(settings, "en", source_factory=lambda: None)
        window.resize(width, height)
        window.show()
        portrait = orientation == "portrait"
        save(window, f"attract-{orientation}")
        if portrait:
            window.attract.start.emit()
            save(window, "language-portrait")
            window.choose_language("en")
            save(window, "consent-portrait")
            window._show(window.height_entry)
            window.height_entry.keypad.press("178")
            save(window, "height-portrait")
            window._show(window.clothing)
            save(window, "clothing-portrait")
            window.clothing.answer(Clothing.LOOSE)  # refused, with the advice
            save(window, "clothing-loose-portrait")
            window.clothing.clear()
        window.choose_language("en")
        window._show(window.capture)
        window.capture.begin(0)
        window.capture.show_frame(live_front)
        save(window, f"capture-{orientation}")
        if portrait:
            window.capture.begin(3)  # the countdown before the front view starts with the first picture
            window.capture.show_frame(live_front)
            save(window, "countdown-portrait")
            window.capture._countdown_timer.stop()
            window.capture.set_camera_lost(True)
            save(window, "camera-lost-portrait")
            window.capture._ask_for_staff()  # a minute later
            save(window, "call-staff-portrait")
        window.capture.clear()
        shopper_results(window, "en")
        save(window, f"results-{orientation}")
        if portrait:
            window._idle_warning()  # nobody touched the screen for a while
            save(window, "still-there-portrait")
            window.touch_idle()
            window.wipe()
            shopper_results(window, "zh_CN")
            save(window, "results-zh_CN-portrait")
            window.open_admin()
            window.pin.keypad.press("12")
            save(window, "pin-portrait")
            window._pin_unlocked()
            save(window, "admin-portrait")
        window.shutdown()
        window._may_close = True
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
