"""The kiosk's capture processor: pose, quality checks and the guided session, gated by the countdown.

It runs on the capture worker's thread (sizer.ui.capture_worker). While the screen counts down,
frames are analysed for guidance but not collected; ``gate`` (a threading.Event the screen sets)
opens collection. The frame is drawn on and shown, never stored.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from sizer.errors import MeasurementInputError
from sizer.profile import BodyProfile
from sizer.ui.capture_worker import ProcessedFrame
from sizer.vision.clothing import LOOSE_ADVICE
from sizer.vision.live import FrameAnalysis, LivePipeline, draw_overlay
from sizer.vision.pose import (MediaPipePoseBackend, PoseBackend, PoseMode, PoseResult, import_pose_library,
                               reset_tracking)
from sizer.vision.session import CaptureSession, Guidance, SessionStep, guidance_for
from sizer.vision.view_checks import ViewProblem


class LentBackend:
    """A pose backend made on first use and lent to one session's pipeline after another.

    Closing it does nothing: its owner, :class:`SharedPoseModels`, closes the model at the end.
    The lock keeps a worker abandoned on a frozen camera from using the model at the same time
    as its successor.
    """

    def __init__(self, make: Callable[[], PoseBackend], lock: threading.Lock):
        self._make = make
        self._lock = lock
        self._backend: PoseBackend | None = None

    def process(self, frame_bgr: np.ndarray) -> PoseResult | None:
        with self._lock:
            if self._backend is None:
                self._backend = self._make()
            return self._backend.process(frame_bgr)

    def close(self) -> None:
        """Lent, not owned: the session's pipeline ends, the model stays."""

    def reset(self) -> None:
        """Forget the previous shopper's tracking state (their pose and silhouette smoothing)."""
        with self._lock:
            if self._backend is not None:
                reset_tracking(self._backend)

    def release(self) -> None:
        with self._lock:
            if self._backend is not None:
                self._backend.close()
                self._backend = None


class SharedPoseModels:
    """The kiosk's pose models, made once for all sessions.

    Making MediaPipe graphs anew for every shopper grows the process by megabytes each time (the
    soak benchmark showed ~10 MB a session); one tracking model and one crowd-check model, reused,
    keep the memory flat over a day.
    """

    def __init__(self, make_tracking: Callable[[], PoseBackend] | None = None,
                 make_still: Callable[[], PoseBackend] | None = None):
        lock = threading.Lock()
        self.tracking = LentBackend(make_tracking or (lambda: MediaPipePoseBackend(PoseMode.TRACKING)), lock)
        self.crowd = LentBackend(make_still or (lambda: MediaPipePoseBackend(PoseMode.STILL)), lock)

    def pipeline(self, stature_cm: float) -> LivePipeline:
        """A new session's pipeline on the shared models, with no tracking state from the one before."""
        self.tracking.reset()
        return LivePipeline(stature_cm, backend=self.tracking, crowd_backend=self.crowd)

    def close(self) -> None:
        self.tracking.release()
        self.crowd.release()


@dataclass(frozen=True)
class CaptureStatus:
    step: SessionStep
    guidance: Guidance
    progress: float  # 0..1 over both views
    collecting: bool  # the countdown is over and good frames count
    person_seen: bool = False  # a body was found in a picture good enough to trust (see person_seen)

    @property
    def person_visible(self) -> bool:
        """Whether someone stands in front of the camera: the only camera event that keeps a session open."""
        return self.person_seen


UNTRUSTED_PICTURE = (ViewProblem.TOO_DARK, ViewProblem.TOO_BRIGHT, ViewProblem.NO_PERSON)


def person_seen(analysis: FrameAnalysis) -> bool:
    """A person found by the pose model in a picture neither too dark nor overexposed.

    A covered lens, a dark shop after closing or a lamp shining into the camera must not keep a
    walked-away shopper's session open: guidance like "more light" is advice, not a sighting.
    """
    return analysis.pose is not None and not any(p in analysis.problems for p in UNTRUSTED_PICTURE)


@dataclass(frozen=True)
class CaptureRefusal:
    """The capture ended without measurements the shopper can use (loose clothes): why, and what to do."""

    message: str
    advice: str

    @property
    def loose_clothes(self) -> bool:
        return self.advice == LOOSE_ADVICE


class KioskCaptureProcessor:
    """Frame in, overlay + status out; on the frame that completes the capture, ``result`` is the
    BodyProfile, or a :class:`CaptureRefusal` when the session refuses to measure (loose clothes)."""

    def __init__(self, stature_cm: float, frames_per_view: int, gate: threading.Event,
                 pipeline: LivePipeline | None = None, clothing: str | None = None):
        self._pipeline = pipeline if pipeline is not None else LivePipeline(stature_cm)
        # ``clothing``: the shopper's one tap (fitted / regular / loose; None: not asked), as the
        # Measure page and ``sizer measure --clothing`` pass it to the same session.
        self._session = CaptureSession(stature_cm, frames_per_view=frames_per_view, clothing=clothing)
        self._gate = gate

    @property
    def session(self) -> CaptureSession:
        return self._session

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
        result = self._result() if state.step is SessionStep.DONE else None
        status = CaptureStatus(state.step, guidance, state.progress, collecting, person_seen(analysis))
        return ProcessedFrame(overlay, status, result)

    def _result(self) -> BodyProfile | CaptureRefusal:
        try:
            return self._session.result()
        except MeasurementInputError as refusal:  # loose clothes, said or seen: advice, not an error
            return CaptureRefusal(str(refusal).partition("\n")[0], refusal.advice)

    def close(self) -> None:
        self._pipeline.close()
