"""Glue between the capture worker and the vision core: which source, which pipeline, what to draw.

Everything here runs on the worker thread, and imports OpenCV/MediaPipe only when called, so the
app starts without them (the Measure page loads them when a capture first starts).
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from sizer.ui.capture_worker import ProcessedFrame

SILHOUETTE_BGR = np.array([230, 160, 0], dtype=np.float32)  # a blue tint over the person...
SILHOUETTE_EDGE_BGR = (255, 230, 0)  # ...and its outline in cyan, visible on any skin or clothes
SILHOUETTE_ALPHA = 0.4


class SessionProcessor:
    """Feeds each frame through the live pipeline and the guided session; draws the overlay."""

    def __init__(self, stature_cm: float, frames_per_view: int = 20, clothing: str | None = None):
        from sizer.vision.live import LivePipeline
        from sizer.vision.session import CaptureSession

        # ``clothing``: the shopper's one-tap answer (fitted / regular / loose; None: not answered).
        self.session = CaptureSession(stature_cm, frames_per_view=frames_per_view, clothing=clothing)
        self.pipeline = LivePipeline(stature_cm)

    def process(self, frame_bgr: np.ndarray) -> ProcessedFrame:
        from sizer.vision.live import draw_overlay
        from sizer.vision.session import SessionStep

        analysis = self.pipeline.process(frame_bgr, self.session.expected_view)
        state = self.session.feed(analysis)
        overlay = frame_bgr.copy()  # the source may reuse its buffer; the pipeline keeps none
        if analysis.mask is not None:
            import cv2

            person = overlay[analysis.mask].astype(np.float32)
            overlay[analysis.mask] = (person * (1 - SILHOUETTE_ALPHA) + SILHOUETTE_BGR * SILHOUETTE_ALPHA).astype(np.uint8)
            contours, _ = cv2.findContours(analysis.mask.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
            cv2.drawContours(overlay, contours, -1, SILHOUETTE_EDGE_BGR, 2, cv2.LINE_AA)
        draw_overlay(overlay, analysis)
        result = self.session.result() if state.step is SessionStep.DONE else None
        return ProcessedFrame(overlay, state, result)

    def close(self) -> None:
        self.pipeline.close()


def measure_photo_pair(photos: Sequence[Path], stature_cm: float, clothing: str | None = None):
    """A front and a side photo measured by the one photo path, ``sizer measure``'s: the same
    photos give the same numbers and uncertainties in the app as on the command line. The photos
    may be chosen in either order."""
    from sizer.errors import MeasurementInputError
    from sizer.vision.photo_measure import measure_photos
    from sizer.vision.pose import quiet_native_logs

    first, second = (Path(p) for p in photos)
    with quiet_native_logs():
        try:
            return measure_photos(first, second, stature_cm, clothing=clothing)
        except MeasurementInputError as error:
            try:
                return measure_photos(second, first, stature_cm, clothing=clothing)
            except MeasurementInputError:
                raise error from None


class PhotoSequenceSource:
    """Chosen photos shown one after the other, each held for ``frames_each`` frames, twice over
    (so a side photo picked before the front one is still seen after it)."""

    def __init__(self, photos: Sequence[Path], frames_each: int, frame_width: int = 640):
        from sizer.vision.images import load_photo

        self._frames = []
        for path in photos:
            image = load_photo(path)
            height, width = image.shape[:2]
            if width > frame_width:  # live-preview size: the pose model sees 640 px either way
                import cv2

                image = cv2.resize(image, (frame_width, round(height * frame_width / width)),
                                   interpolation=cv2.INTER_AREA)
            self._frames.append(image)
        self._order = [i for _ in range(2) for i in range(len(self._frames)) for _ in range(frames_each)]
        self._next = 0

    def read(self) -> np.ndarray | None:
        if self._next >= len(self._order):
            return None
        frame = self._frames[self._order[self._next]]
        self._next += 1
        return frame

    def close(self) -> None:
        self._next = len(self._order)


def open_camera(index: int):
    from sizer.vision.frames import WebcamSource

    return WebcamSource(index)


def open_video(path: Path):
    from sizer.vision.frames import VideoFileSource

    return VideoFileSource(path)
