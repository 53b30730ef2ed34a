"""The kiosk camera: an unplugged or frozen camera is detected, the screen says so, and it comes back."""
from __future__ import annotations

import threading

import cv2
from PySide6.QtCore import QPoint, Qt

from kiosk_support import FakeProcessor, FakeSource, fast_settings, letterboxed_sample, make_window  # noqa: F401
from sizer.errors import MeasurementInputError
from sizer.ui.kiosk.camera import stuck_workers
from sizer.ui.settings import KIOSK_CAMERA, KIOSK_CAMERA_STALL_S


class SourceSequence:
    """Opens the given sources in turn (an exception is raised as the camera failing to open)."""

    def __init__(self, *sources):
        self.sources = list(sources)
        self.opened = 0

    def __call__(self):
        source = self.sources[min(self.opened, len(self.sources) - 1)]
        self.opened += 1
        if isinstance(source, Exception):
            raise source
        return source


def start_capture(window, qtbot) -> None:
    qtbot.mouseClick(window.attract, Qt.MouseButton.LeftButton, pos=QPoint(500, 900))
    window.choose_language("en")
    window.consent.agree.click()
    window.height_entry.keypad.press("170")
    window.height_entry.next_button.click()
    assert window.current_screen() is window.capture


def test_an_unplugged_camera_is_reported_and_reopened_with_backoff(make_window, qtbot):
    sources = SourceSequence(FakeSource(fail_after=5), MeasurementInputError("cannot open camera 0"), FakeSource())
    window = make_window(source_factory=sources, processor_factory=FakeProcessor)
    start_capture(window, qtbot)
    message = window.capture.camera_message
    qtbot.waitUntil(lambda: message.isVisibleTo(window.capture), timeout=3000)
    assert "Reconnecting" in message.text() and not window.capture.preview.has_image()
    # Unplugged, then not there at the first retry, then back: frames flow and the message goes.
    qtbot.waitUntil(lambda: not message.isVisibleTo(window.capture), timeout=6000)
    qtbot.waitUntil(window.capture.preview.has_image, timeout=2000)
    assert sources.opened == 3 and window.supervisor.reopen_count == 2
    assert window.current_screen() is window.capture
    window.capture.start_over_button.click()
    assert window.supervisor is None and window.current_screen() is window.attract


def test_a_frozen_camera_is_detected_by_the_watchdog(make_window, qtbot, tmp_path):
    settings = fast_settings(tmp_path)
    settings.set(KIOSK_CAMERA_STALL_S, 0.4)
    release = threading.Event()
    sources = SourceSequence(FakeSource(freeze_after=3, release=release), FakeSource())
    window = make_window(settings, source_factory=sources, processor_factory=FakeProcessor)
    try:
        start_capture(window, qtbot)
        message = window.capture.camera_message
        qtbot.waitUntil(lambda: message.isVisibleTo(window.capture), timeout=3000)
        qtbot.waitUntil(lambda: not message.isVisibleTo(window.capture), timeout=4000)
        assert sources.opened == 2 and window.capture.preview.has_image()
    finally:
        release.set()  # the frozen driver call returns at last; its abandoned worker can end
    window.wipe()
    assert not stuck_workers()


def test_a_demo_video_folder_starts_over_when_it_ends_without_alarming_anyone(make_window, qtbot, tmp_path):
    folder = tmp_path / "demo"
    folder.mkdir()
    for index in range(3):
        cv2.imwrite(str(folder / f"{index}.png"), letterboxed_sample("front"))
    settings = fast_settings(tmp_path)
    settings.set(KIOSK_CAMERA, str(folder))
    reopened = []
    window = make_window(settings, processor_factory=FakeProcessor)
    start_capture(window, qtbot)
    window.supervisor.reopened.connect(lambda: reopened.append(True))
    qtbot.waitUntil(lambda: len(reopened) >= 2, timeout=8000)
    assert not window.capture.camera_message.isVisibleTo(window.capture)
    assert not window.supervisor.lost


class CountingBackend:
    made = 0

    def __init__(self):
        CountingBackend.made += 1
        self.closed = False
        self.frames = 0

    def process(self, frame):
        assert not self.closed
        self.frames += 1
        return None  # nobody in view

    def close(self):
        self.closed = True


def test_sessions_share_one_pose_model_that_closes_with_the_kiosk():
    from sizer.ui.kiosk.capture import KioskCaptureProcessor, SharedPoseModels
    from sizer.vision.session import Guidance

    CountingBackend.made = 0
    models = SharedPoseModels(CountingBackend, CountingBackend)
    gate = threading.Event()
    gate.set()
    frame = letterboxed_sample("front")
    for _ in range(3):  # three shoppers, one after the other
        processor = KioskCaptureProcessor(170.0, 2, gate, models.pipeline(170.0))
        status = processor.process(frame).status
        assert status.guidance is Guidance.STEP_INTO_VIEW and not status.person_visible
        processor.close()
    assert CountingBackend.made == 1  # the tracking model; no pose, so no crowd check was needed
    backend = models.tracking._backend
    assert backend.frames == 3 and not backend.closed
    models.close()
    assert backend.closed and models.tracking._backend is None
