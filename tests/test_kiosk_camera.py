"""The kiosk camera: an unplugged or frozen camera is detected, the screen says so, and it comes back."""
from __future__ import annotations

import threading

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from kiosk_support import FakeProcessor, FakeSource, enter_height, fast_settings, letterboxed_sample, make_window  # noqa: F401
from sizer.errors import MeasurementInputError
from sizer.ui.kiosk.camera import MAX_STUCK_WORKERS, stuck_workers
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
    enter_height(window, "170")
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


def test_a_camera_whose_read_never_returns_does_not_leak_a_thread_per_reconnect(make_window, qtbot, tmp_path):
    from sizer.ui.capture_worker import live_workers

    settings = fast_settings(tmp_path)
    settings.set(KIOSK_CAMERA_STALL_S, 0.2)
    release = threading.Event()

    def hanging_camera():  # every reopened camera hangs in its read too
        return FakeSource(freeze_after=2, release=release)

    window = make_window(settings, source_factory=hanging_camera, processor_factory=FakeProcessor)
    try:
        start_capture(window, qtbot)
        window.supervisor._startup_allowance_s = 0.0
        qtbot.waitUntil(lambda: window.supervisor.lost, timeout=3000)
        qtbot.wait(3500)  # reconnects would come at 0.5, 1 and 2 s
        running = [w for w in live_workers() if w.isRunning()]
        assert len(running) <= MAX_STUCK_WORKERS, f"{len(running)} capture threads hang in a read"
        assert window.capture.camera_lost
    finally:
        release.set()
    window.wipe()
    qtbot.waitUntil(lambda: not stuck_workers(), timeout=3000)


# -- one frame size for the shared pose model ------------------------------------------------------
def test_frames_of_any_size_are_fitted_to_one_size_without_stretching():
    from sizer.vision.frames import PAD_GREY, fit_frame

    wide = np.zeros((720, 1280, 3), np.uint8)
    fitted = fit_frame(wide, (640, 480))
    assert fitted.shape == (480, 640, 3)
    assert (fitted[:60] == PAD_GREY).all() and (fitted[-60:] == PAD_GREY).all()  # 16:9 in 4:3: bars, no stretch
    assert (fitted[60:420] == 0).all()
    assert fit_frame(np.zeros((480, 640, 3), np.uint8), (640, 480)).shape == (480, 640, 3)


class ResolutionSwitchingCapture:
    """A cv2.VideoCapture stand-in for a webcam that changes resolution after a few frames."""

    def __init__(self, device):
        self.reads = 0

    def isOpened(self):
        return True

    def set(self, prop, value):
        return True

    def read(self):
        self.reads += 1
        shape = (480, 640, 3) if self.reads <= 3 else (720, 1280, 3)
        return True, np.full(shape, 100, np.uint8)

    def release(self):
        pass


def test_a_webcam_that_changes_resolution_still_delivers_one_size(monkeypatch):
    from sizer.vision.frames import open_source

    monkeypatch.setattr(cv2, "VideoCapture", ResolutionSwitchingCapture)
    with open_source("0", frame_size=(640, 480)) as source:
        sizes = {source.read().shape for _ in range(6)}
    assert sizes == {(480, 640, 3)}


def test_the_kiosk_fits_every_source_to_the_pipeline_size(make_window, qtbot):
    seen = []

    class Recorder(FakeProcessor):
        def process(self, frame):
            seen.append(frame.shape)
            return super().process(frame)

    class BigThenSmall(FakeSource):
        def read(self):
            frame = super().read()
            return None if frame is None else np.zeros((720, 1280, 3) if self.read_count % 2 else (240, 320, 3),
                                                       np.uint8)

    window = make_window(source_factory=BigThenSmall, processor_factory=Recorder)
    start_capture(window, qtbot)
    qtbot.waitUntil(lambda: len(seen) >= 4, timeout=3000)
    assert set(seen) == {(480, 640, 3)}


@pytest.mark.slow
def test_the_pose_model_survives_a_resolution_change_and_a_failed_graph():
    pytest.importorskip("mediapipe")
    from sizer.vision.pose import MediaPipePoseBackend, PoseMode

    frame = letterboxed_sample("front")
    with MediaPipePoseBackend(PoseMode.TRACKING) as backend:
        assert backend.process(frame) is not None
        assert backend.process(cv2.resize(frame, (1280, 960))) is not None  # a new size: tracking restarts
        assert backend.process(frame) is not None
        # Break the graph as MediaPipe's smoothing does when fed a new size behind our back...
        with pytest.raises(RuntimeError):
            backend._pose.process(cv2.cvtColor(cv2.resize(frame, (320, 240)), cv2.COLOR_BGR2RGB))
        # ...and the next call makes it anew instead of failing for good.
        assert backend.process(frame) is not None and backend.rebuilds == 1
        assert backend.process(frame) is not None
        with pytest.raises(RuntimeError):  # broken once more: closing (Exit kiosk mode) must still work
            backend._pose.process(cv2.cvtColor(cv2.resize(frame, (320, 240)), cv2.COLOR_BGR2RGB))


def test_each_shopper_starts_with_fresh_tracking():
    from sizer.ui.kiosk.capture import SharedPoseModels

    class ResettableBackend(CountingBackend):
        resets = 0

        def reset(self):
            ResettableBackend.resets += 1

    models = SharedPoseModels(ResettableBackend, ResettableBackend)
    frame = letterboxed_sample("front")
    for shopper in range(3):
        models.pipeline(170.0).process(frame)
    assert ResettableBackend.resets == 2  # before the second and the third shopper (the first had a new model)
    models.close()
