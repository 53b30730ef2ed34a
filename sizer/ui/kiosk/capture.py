"""The kiosk's capture processor: pose, quality checks and the guided session, gated by the countdown.

It runs on the capture worker's thread (sizer.ui.capture_worker). While the screen counts down,
frames are analysed for guidance but not collected; ``gate`` (a threading.Event the screen sets)
opens collection. The frame is drawn on and shown, never stored.
"""
from __future__ import annotations

import importlib
import sys
import threading
from dataclasses import dataclass

import numpy as np

from sizer.ui.capture_worker import ProcessedFrame
from sizer.vision.live import LivePipeline, draw_overlay
from sizer.vision.session import CaptureSession, Guidance, SessionStep, guidance_for


def import_pose_library() -> None:
    """Import MediaPipe on a short-lived thread of its own, once.

    MediaPipe's import keeps the exception of its optional audio back-end (``sd_error`` in
    ``mediapipe.tasks.python.audio.core.audio_record``) with its traceback, and so every frame of the
    importing stack. Imported lazily from the capture worker, that stack holds the worker's last
    camera frame and the first shopper's profile for the life of the process; imported here, it
    holds only this function's thread.
    """
    if "mediapipe" in sys.modules:
        return
    importer = threading.Thread(target=importlib.import_module, args=("mediapipe",), name="import-mediapipe")
    importer.start()
    importer.join()


@dataclass(frozen=True)
class CaptureStatus:
    step: SessionStep
    guidance: Guidance
    progress: float  # 0..1 over both views
    collecting: bool  # the countdown is over and good frames count

    @property
    def person_visible(self) -> bool:
        return self.guidance is not Guidance.STEP_INTO_VIEW


class KioskCaptureProcessor:
    """Frame in, overlay + status out; the BodyProfile as ``result`` on the frame that completes it."""

    def __init__(self, stature_cm: float, frames_per_view: int, gate: threading.Event,
                 pipeline: LivePipeline | None = None):
        self._pipeline = pipeline if pipeline is not None else LivePipeline(stature_cm)
        self._session = CaptureSession(stature_cm, frames_per_view=frames_per_view)
        self._gate = gate

    def process(self, frame_bgr: np.ndarray) -> ProcessedFrame:
        analysis = self._pipeline.process(frame_bgr, self._session.expected_view)
        collecting = self._gate.is_set()
        if collecting:
            state = self._session.feed(analysis)
            guidance = state.guidance
        else:  # counting down: tell the person what to fix, collect nothing yet
            state = self._session.state
            guidance = guidance_for(analysis)
        overlay = draw_overlay(frame_bgr.copy(), analysis)
        result = self._session.result() if state.step is SessionStep.DONE else None
        return ProcessedFrame(overlay, CaptureStatus(state.step, guidance, state.progress, collecting), result)

    def close(self) -> None:
        self._pipeline.close()
