#!/usr/bin/env python3
"""Soak benchmark of kiosk mode: many shopper sessions in one process; resident memory must stay flat.

    python scripts/soak_kiosk.py [--sessions 300] [--frames 0] [--frames-per-view 15]

Drives the real kiosk window offscreen with the real pose pipeline on a synthetic camera (the bundled
sample person, facing then side-on, 640x480). Every 10th shopper walks away mid-capture (the idle
wipe), every 7th camera is unplugged mid-capture (reopened by the supervisor). Prints the resident
memory after a warm-up session and at the end; the target is less than 50 MB of growth. With
``--frames N`` it runs until N camera frames were processed instead of a number of sessions.
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the letterboxed sample frames the kiosk tests use


def resident_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status (Linux only)")


class SyntheticCamera:
    """The sample person facing the camera, then side-on; or nobody (a shopper who walked away).

    ``unplug_after`` frames then the read fails once, as an unplugged webcam's does.
    """

    def __init__(self, front, side, empty, walk_away: bool, unplug_after: int | None, counter: list[int]):
        self._frames = [empty] * 400 if walk_away else [front] * 40 + [side] * 400
        self._unplug_after = unplug_after
        self._counter = counter
        self._index = 0

    def read(self):
        if self._unplug_after is not None and self._index >= self._unplug_after:
            return None
        if self._index >= len(self._frames):
            return None
        frame = self._frames[self._index]
        self._index += 1
        self._counter[0] += 1
        time.sleep(0.005)  # a camera delivers frames at its own pace, never in a busy loop
        return frame

    def close(self) -> None:
        self._frames = []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--frames", type=int, default=0, help="run until this many frames were processed")
    parser.add_argument("--frames-per-view", type=int, default=15)
    parser.add_argument("--report-every", type=int, default=50)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    import numpy as np
    from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kiosk_support import letterboxed_sample
    from sizer.ui.fonts import ensure_fonts
    from sizer.ui.kiosk.window import KioskWindow
    from sizer.ui.logs import setup_logging
    from sizer.ui.settings import (KIOSK_CAMERA_STALL_S, KIOSK_COUNTDOWN_S, KIOSK_FRAMES_PER_VIEW,
                                   KIOSK_IDLE_TIMEOUT_S, KIOSK_PRODUCTS, Settings)

    from sizer.ui.kiosk.memory import limit_malloc_arenas

    limit_malloc_arenas()  # as run_kiosk does
    app = QApplication([sys.argv[0]])
    folder = Path(tempfile.mkdtemp(prefix="sizer-soak-"))
    setup_logging(folder)
    ensure_fonts()
    settings = Settings(folder / "kiosk.ini")
    settings.set(KIOSK_COUNTDOWN_S, 0)
    settings.set(KIOSK_FRAMES_PER_VIEW, args.frames_per_view)
    settings.set(KIOSK_IDLE_TIMEOUT_S, 2.0)
    settings.set(KIOSK_CAMERA_STALL_S, 3.0)
    settings.set(KIOSK_PRODUCTS, ("MP-4101", "MS-3001", "MT-4001", "SU-9001", "MP-4104", "WD-2001"))
    front, side = letterboxed_sample("front"), letterboxed_sample("side")
    empty = np.full_like(front, int(front[2, 2].mean()))
    frames = [0]
    plan = {"walk_away": False, "unplug": False, "opened": 0}

    def open_camera():
        plan["opened"] += 1
        unplug = 10 if plan["unplug"] and plan["opened"] == 1 else None
        return SyntheticCamera(front, side, empty, plan["walk_away"], unplug, frames)

    window = KioskWindow(settings, "en", source_factory=open_camera)
    window.resize(1080, 1920)
    window.show()

    def wait_for(condition, timeout_s: float) -> bool:
        deadline = time.monotonic() + timeout_s
        while not condition():
            if time.monotonic() > deadline:
                return False
            pump()
            time.sleep(0.002)
        return True

    def pump() -> None:
        # What returning to app.exec() does between events, deleteLater() included.
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    outcomes = {"results": 0, "walked_away": 0, "unplugged": 0, "failed": 0}

    def one_session(number: int) -> None:
        plan["walk_away"] = number % 10 == 9
        plan["unplug"] = number % 7 == 6
        plan["opened"] = 0
        QTest.mouseClick(window.attract, Qt.MouseButton.LeftButton, pos=QPoint(500, 900))
        window.choose_language("zh_CN" if number % 2 else "en")
        window.consent.agree.click()
        window.height_entry.keypad.press("182")
        window.height_entry.next_button.click()
        window.clothing.buttons_by_value()["fitted" if number % 2 else "regular"].click()
        if plan["walk_away"]:
            ok = wait_for(lambda: window.current_screen() is window.attract, 30)
            outcomes["walked_away" if ok else "failed"] += 1
        else:
            ok = wait_for(lambda: window.current_screen() is window.results, 60)
            outcomes["results" if ok else "failed"] += 1
            outcomes["unplugged"] += plan["unplug"] and ok
            window.results.done_button.click()
        if not ok:
            window.wipe()
        pump()

    started = time.perf_counter()
    one_session(0)  # warm-up: libraries, model files and Qt caches load once
    gc.collect()
    start_mb = resident_mb()
    start_frames = frames[0]
    print(f"resident memory after a warm-up session: {start_mb:.1f} MB", flush=True)
    number = 1
    while (frames[0] - start_frames < args.frames) if args.frames else (number <= args.sessions):
        one_session(number)
        if number % args.report_every == 0:
            gc.collect()
            print(f"  session {number}: {resident_mb():.1f} MB, {frames[0]:,} frames, "
                  f"{time.perf_counter() - started:.0f} s", flush=True)
        number += 1
    gc.collect()
    end_mb = resident_mb()  # with the kiosk still up, as it would be at the end of a day
    elapsed = time.perf_counter() - started
    window.shutdown()
    print(f"sessions: {number} ({outcomes['results']} with results, {outcomes['walked_away']} walked away, "
          f"{outcomes['unplugged']} with the camera unplugged and reopened, {outcomes['failed']} failed)")
    print(f"frames processed: {frames[0]:,} in {elapsed:.0f} s")
    print(f"resident memory: start {start_mb:.1f} MB, end {end_mb:.1f} MB, growth {end_mb - start_mb:+.1f} MB "
          f"(target < 50 MB)")
    window._may_close = True
    window.close()
    return 0 if end_mb - start_mb < 50 and not outcomes["failed"] else 1


if __name__ == "__main__":
    sys.exit(main())
