"""Pose backends: the one place that knows which pose/segmentation model runs.

A backend turns an RGB/BGR frame into :class:`PoseResult` (33 BlazePose landmarks in pixels, their
visibility, and a person mask). MediaPipe's BlazePose is the shipped backend; another model can be
plugged in by implementing :class:`PoseBackend` with the same landmark numbering.
"""
from __future__ import annotations

import contextlib
import enum
import importlib
import logging
import os
import sys
import threading
from dataclasses import dataclass
from typing import Protocol

import numpy as np

log = logging.getLogger("sizer.vision.pose")

class Landmark(enum.IntEnum):
    """BlazePose landmark indices used by the measurement (the model has 33)."""

    NOSE = 0
    LEFT_EYE = 2
    RIGHT_EYE = 5
    LEFT_EAR = 7
    RIGHT_EAR = 8
    LEFT_SHOULDER = 11
    RIGHT_SHOULDER = 12
    LEFT_ELBOW = 13
    RIGHT_ELBOW = 14
    LEFT_WRIST = 15
    RIGHT_WRIST = 16
    LEFT_PINKY = 17
    RIGHT_PINKY = 18
    LEFT_INDEX = 19
    RIGHT_INDEX = 20
    LEFT_HIP = 23
    RIGHT_HIP = 24
    LEFT_KNEE = 25
    RIGHT_KNEE = 26
    LEFT_ANKLE = 27
    RIGHT_ANKLE = 28
    LEFT_HEEL = 29
    RIGHT_HEEL = 30
    LEFT_FOOT_INDEX = 31
    RIGHT_FOOT_INDEX = 32


LANDMARK_COUNT = 33

# Bones drawn by the overlay (pairs of landmark indices).
SKELETON = (
    (11, 12), (11, 13), (13, 15), (12, 14), (14, 16), (11, 23), (12, 24), (23, 24),
    (23, 25), (25, 27), (27, 29), (29, 31), (27, 31), (24, 26), (26, 28), (28, 30), (30, 32), (28, 32),
)


@dataclass
class PoseResult:
    """One person's pose in one frame.

    ``points_px``: (33, 2) float32 pixel x, y in the analysed frame; ``visibility``: (33,) 0..1;
    ``mask``: (h, w) float32 0..1 person probability at the frame's resolution (None when the
    backend has no segmentation).
    """

    points_px: np.ndarray
    visibility: np.ndarray
    mask: np.ndarray | None
    frame_size: tuple[int, int]  # (width, height)
    # (33, 3) metres about the hips' centre (x: the person's left->right as seen, y down, z away
    # from the camera), when the backend estimates them: the turn analysis reads the body's yaw.
    world_points: np.ndarray | None = None

    def point(self, landmark: int) -> np.ndarray:
        return self.points_px[int(landmark)]

    def visible(self, landmark: int, threshold: float = 0.5) -> bool:
        return bool(self.visibility[int(landmark)] >= threshold)


class PoseMode(enum.Enum):
    STILL = "still"  # every image on its own (photos)
    TRACKING = "tracking"  # consecutive frames of one video: faster, steadier


class PoseBackend(Protocol):
    """Finds one person's pose and silhouette. Open once, reuse for many frames, close.

    A backend may also offer ``reset()``: forget the tracking state (the previous frames' pose
    and silhouette), so one person's video does not steer the next person's first frames.
    """

    def process(self, frame_bgr: np.ndarray) -> PoseResult | None:
        """The pose in a BGR uint8 frame, or None when no person is found."""

    def close(self) -> None:
        ...


def reset_tracking(backend: PoseBackend) -> None:
    """Forget ``backend``'s tracking state, if it keeps any (see :class:`PoseBackend`)."""
    reset = getattr(backend, "reset", None)
    if callable(reset):
        reset()


def import_pose_library() -> None:
    """Import MediaPipe once, on a short-lived thread of its own.

    MediaPipe's import keeps the exception of its optional audio back-end (``sd_error`` in
    ``mediapipe.tasks.python.audio.core.audio_record``) with its traceback, and so every frame of
    the importing stack. Imported from a camera worker, that stack would hold the worker's last
    frame and the first shopper's profile for the life of the process; imported here, it holds
    only this function's finished thread.
    """
    if "mediapipe" in sys.modules:
        return
    importer = threading.Thread(target=importlib.import_module, args=("mediapipe",), name="import-mediapipe")
    importer.start()
    importer.join()


class MediaPipePoseBackend:
    """BlazePose (full, model_complexity=1) with segmentation, from the mediapipe wheel.

    The model files ship inside the wheel; nothing downloads. Not thread-safe: create, use and
    close it on one thread.
    """

    def __init__(self, mode: PoseMode = PoseMode.STILL, min_detection_confidence: float = 0.5):
        import_pose_library()

        self.mode = mode
        self._min_detection_confidence = min_detection_confidence
        self._pose = self._make_graph()
        self._closed = False
        self._frame_size: tuple[int, int] | None = None  # of the previous frame, in tracking mode
        self.rebuilds = 0  # graphs made anew after a failure (for logs and tests)

    def _make_graph(self):
        import mediapipe as mp  # heavy: imported only when a backend is made

        return mp.solutions.pose.Pose(
            static_image_mode=self.mode is PoseMode.STILL,
            model_complexity=1,
            smooth_landmarks=self.mode is PoseMode.TRACKING,
            enable_segmentation=True,
            smooth_segmentation=self.mode is PoseMode.TRACKING,
            min_detection_confidence=self._min_detection_confidence,
            min_tracking_confidence=0.5,
        )

    def reset(self) -> None:
        """Forget the tracking state: the next frame is found afresh, at any size.

        MediaPipe's smoothing calculators compare each frame with the previous one and fail for
        good when the size changes; a reset (cheap: the model stays loaded) starts a new run.
        A graph that has already failed cannot be reset and is made anew.
        """
        if self._closed:
            return
        self._frame_size = None
        try:
            self._pose.reset()
        except RuntimeError:
            self._rebuild()

    def _rebuild(self) -> None:
        try:
            self._pose.close()
        except (RuntimeError, ValueError):  # a failed graph reports its error again on close
            pass
        self._pose = self._make_graph()
        self._frame_size = None
        self.rebuilds += 1
        log.warning("pose model graph failed; made anew (%d so far)", self.rebuilds)

    def infer(self, frame_rgb: np.ndarray):
        """Bare model call on an RGB frame (benchmarks measure this alone)."""
        return self._pose.process(frame_rgb)

    def process(self, frame_bgr: np.ndarray) -> PoseResult | None:
        import cv2

        if self._closed:
            raise RuntimeError("pose backend used after close()")
        height, width = frame_bgr.shape[:2]
        frame_rgb = cv2.cvtColor(frame_bgr, cv2.COLOR_BGR2RGB)
        frame_rgb.flags.writeable = False  # lets MediaPipe wrap the buffer without a copy
        if self.mode is PoseMode.TRACKING and self._frame_size not in (None, (width, height)):
            self.reset()  # a new resolution: the smoothing across frames would fail
        self._frame_size = (width, height)
        try:
            results = self._pose.process(frame_rgb)
        except RuntimeError:
            # A failed MediaPipe graph fails every later call too: make it anew and try once more.
            self._rebuild()
            self._frame_size = (width, height)
            results = self._pose.process(frame_rgb)
        return result_from_mediapipe(results, width, height)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            try:
                self._pose.close()
            except RuntimeError:  # a failed graph reports its error again on close: closing must not fail
                log.warning("the pose model's graph had failed; closed anyway")

    def __enter__(self) -> "MediaPipePoseBackend":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def result_from_mediapipe(results, width: int, height: int) -> PoseResult | None:
    if results.pose_landmarks is None:
        return None
    raw = np.array([(p.x, p.y, p.visibility) for p in results.pose_landmarks.landmark], dtype=np.float32)
    points = raw[:, :2] * np.array([width, height], dtype=np.float32)
    mask = results.segmentation_mask
    if mask is not None:
        mask = np.asarray(mask, dtype=np.float32)
    world = None
    if getattr(results, "pose_world_landmarks", None) is not None:
        world = np.array([(p.x, p.y, p.z) for p in results.pose_world_landmarks.landmark], dtype=np.float32)
    return PoseResult(points, raw[:, 2], mask, (width, height), world)


@contextlib.contextmanager
def quiet_native_logs():
    """Silence the model runtime's own start-up chatter on stderr (C++ logging, not Python).

    Used by the CLI so that its output is only what it means to say; set SIZER_NATIVE_LOGS=1 to
    see the chatter when debugging. Python's own sys.stderr is flushed and restored afterwards.
    """
    if os.environ.get("SIZER_NATIVE_LOGS") == "1":
        yield
        return
    sys.stderr.flush()
    saved = os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)
