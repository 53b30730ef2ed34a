"""Shared set-up of the kiosk tests: isolated fast settings, a window that is always shut down, fakes."""
from __future__ import annotations

import copy
import threading
import time
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from sizer.profile import BodyProfile
from sizer.resources import as_path, asset
from sizer.ui.capture_worker import ProcessedFrame, live_workers
from sizer.ui.kiosk.capture import CaptureStatus
from sizer.ui.settings import (KIOSK_CAMERA_STALL_S, KIOSK_COUNTDOWN_S, KIOSK_FRAMES_PER_VIEW, KIOSK_IDLE_TIMEOUT_S,
                               Settings)
from sizer.vision.session import Guidance, SessionStep

FRAME_SIZE = (640, 480)
PROFILE = BodyProfile({"stature": 176.0, "chest_girth": 98.0, "waist_girth": 84.0, "hip_girth": 99.0,
                       "neck_girth": 38.5, "inside_leg": 80.0, "arm_length": 60.0, "shoulder_width": 46.0},
                      {"chest_girth": 2.0, "waist_girth": 2.5, "hip_girth": 2.0})


def fast_settings(path: Path) -> Settings:
    """Settings for tests: no countdown, few frames, short stall and idle times; never the user's."""
    settings = Settings(path / "kiosk.ini")
    settings.set(KIOSK_COUNTDOWN_S, 0)
    settings.set(KIOSK_FRAMES_PER_VIEW, 2)
    settings.set(KIOSK_CAMERA_STALL_S, 1.0)
    settings.set(KIOSK_IDLE_TIMEOUT_S, 30.0)
    return settings


def letterboxed_sample(view: str) -> np.ndarray:
    """The bundled sample person (front or side) on a 640x480 frame, as a webcam would show them."""
    image = cv2.imread(str(as_path(asset("samples", f"person_{view}.png"))))
    height = FRAME_SIZE[1] - 20
    person = cv2.resize(image, (round(image.shape[1] * height / image.shape[0]), height), interpolation=cv2.INTER_AREA)
    canvas = np.full((FRAME_SIZE[1], FRAME_SIZE[0], 3), person[2, 2], np.uint8)
    x0 = (FRAME_SIZE[0] - person.shape[1]) // 2
    canvas[10:10 + height, x0:x0 + person.shape[1]] = person
    return canvas


def write_sample_video(path: Path, front_frames: int = 6, side_frames: int = 14) -> Path:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, FRAME_SIZE)
    front, side = letterboxed_sample("front"), letterboxed_sample("side")
    for frame in [front] * front_frames + [side] * side_frames:
        writer.write(frame)
    writer.release()
    return path


class FakeSource:
    """Grey frames at ~100 fps; ``fail_after`` frames then the read fails (an unplugged camera)."""

    def __init__(self, fail_after: int | None = None, freeze_after: int | None = None,
                 release: threading.Event | None = None):
        self.read_count = 0
        self._fail_after = fail_after
        self._freeze_after = freeze_after
        self._release = release
        self._frame = np.full((FRAME_SIZE[1], FRAME_SIZE[0], 3), 90, np.uint8)

    def read(self) -> np.ndarray | None:
        self.read_count += 1
        if self._fail_after is not None and self.read_count > self._fail_after:
            return None
        if self._freeze_after is not None and self.read_count > self._freeze_after:
            self._release.wait(10)  # a frozen driver: the read blocks until the test ends
            return None
        time.sleep(0.01)
        return self._frame

    def close(self) -> None:
        pass


class FakeProcessor:
    """Shows every frame as it is; with ``finish_after``, completes the capture with PROFILE."""

    def __init__(self, stature_cm: float, frames_per_view: int, gate: threading.Event,
                 clothing: str | None = None, finish_after: int | None = None):
        self.gate = gate
        self.clothing = clothing
        self.count = 0
        self.finish_after = finish_after

    def process(self, frame: np.ndarray) -> ProcessedFrame:
        self.count += 1
        done = self.finish_after is not None and self.count >= self.finish_after and self.gate.is_set()
        status = CaptureStatus(SessionStep.DONE if done else SessionStep.FRONT,
                               Guidance.DONE if done else Guidance.HOLD_STILL, 1.0 if done else 0.2, self.gate.is_set(),
                               person_seen=True)
        # A copy, as a real capture makes a new profile: the wipe overwrites the shopper's.
        return ProcessedFrame(frame, status, copy.deepcopy(PROFILE) if done else None)

    def close(self) -> None:
        pass


def assert_nothing_left_running(window=None) -> None:
    """No capture worker, no repeating timer of the kiosk left active."""
    running = [w for w in live_workers() if w.isRunning()]
    assert not running, f"capture workers left running: {running}"
    roots = [window] if window is not None else QApplication.topLevelWidgets()
    timers = [t.objectName() for root in roots for t in root.findChildren(QTimer) if t.isActive()]
    assert not timers, f"timers left running: {timers}"


@pytest.fixture
def make_window(qapp, qtbot, tmp_path):
    """Builds KioskWindows (1080x1920 unless told) and shuts each down after the test."""
    from sizer.ui.fonts import ensure_fonts
    from sizer.ui.kiosk.window import KioskWindow

    ensure_fonts()
    windows = []

    def build(settings: Settings | None = None, size=(1080, 1920), **kwargs) -> KioskWindow:
        window = KioskWindow(settings or fast_settings(tmp_path), "en", **kwargs)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.shutdown()
        assert_nothing_left_running(window)
        window._may_close = True
        window.close()


def tops_catalogue(n_listings: int, title=lambda i: f"Tee {i}", listing_id=lambda i: f"T{i:06d}"):
    """``n_listings`` tops with five chest-girth sizes each (built as arrays: 100,000 in well under a second)."""
    from sizer.catalog.model import Catalog

    sizes = ("XS", "S", "M", "L", "XL")
    starts = 80.0 + 4.0 * np.arange(len(sizes), dtype=np.float32)
    shift = (np.arange(n_listings, dtype=np.float32) % 7) - 3.0  # brands run a little large or small
    low = (starts[None, :] + shift[:, None]).reshape(-1, 1)
    n_rows = low.shape[0]
    return Catalog(dimensions=("chest_girth",), listing_ids=np.array([listing_id(i) for i in range(n_listings)], object),
                   titles=np.array([title(i) for i in range(n_listings)], object),
                   categories=np.full(n_listings, "mens_tops", object), size_systems=np.full(n_listings, "INT", object),
                   fit_codes=np.zeros(n_listings, np.int8), stretch_codes=np.zeros(n_listings, np.int8),
                   size_offsets=np.arange(0, n_rows + 1, len(sizes), dtype=np.int64),
                   size_labels=np.array(list(sizes) * n_listings, object), source_codes=np.zeros(n_rows, np.int8),
                   body_min_cm=low, body_max_cm=low + 4.0, garment_cm=np.full_like(low, np.nan), source="synthetic")


def enter_height(window, height_keys: str = "176", clothing: str = "fitted") -> None:
    """Type the height, go on, and answer the clothing question: the capture starts."""
    window.height_entry.keypad.press(height_keys)
    window.height_entry.next_button.click()
    assert window.current_screen() is window.clothing
    window.clothing.buttons_by_value()[clothing].click()


def finish_a_session(window, qtbot, height_keys: str = "176", clothing: str = "fitted") -> None:
    """Walk a shopper from the attract screen to the results (a FakeProcessor completes the capture)."""
    from PySide6.QtCore import QPoint, Qt

    qtbot.mouseClick(window.attract, Qt.MouseButton.LeftButton, pos=QPoint(500, 900))
    if window.current_screen() is window.language:
        window.choose_language("en")
    window.consent.agree.click()
    enter_height(window, height_keys, clothing)
    qtbot.waitUntil(lambda: window.current_screen() is window.results, timeout=10_000)
