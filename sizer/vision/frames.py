"""Frame sources behind one interface: webcam, video file, folder of images, still image.

Nothing downstream knows which one it has: ``read()`` returns the next BGR frame or None at the
end (a still image repeats for ``repeat`` frames). Open, read on one thread, close (or ``with``).
Frames are never written anywhere.
"""
from __future__ import annotations

from pathlib import Path
from typing import Protocol

import numpy as np

from sizer.errors import MeasurementInputError
from sizer.problems import Problem

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".webp")
PAD_GREY = 114  # letterbox bars: mid-grey, so they neither darken nor brighten the picture's exposure check


def fit_frame(frame: np.ndarray, frame_size: tuple[int, int] | None) -> np.ndarray:
    """``frame`` at exactly ``frame_size`` (width, height): scaled to fit, aspect kept, centred on grey bars.

    Every source of a pipeline delivers one size, whatever the camera does: a webcam that
    switches resolution mid-stream (another app, a driver reset, a hot-plug) must not reach the
    pose model's frame-to-frame smoothing at a new size. The aspect is kept so that body
    proportions, and so the measurements, are not stretched.
    """
    if not frame_size:
        return frame
    import cv2

    target_w, target_h = frame_size
    height, width = frame.shape[:2]
    if (width, height) == (target_w, target_h):
        return frame
    scale = min(target_w / width, target_h / height)
    new_w, new_h = max(1, round(width * scale)), max(1, round(height * scale))
    resized = cv2.resize(frame, (new_w, new_h), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    if (new_w, new_h) == (target_w, target_h):
        return resized
    canvas = np.full((target_h, target_w) + frame.shape[2:], PAD_GREY, dtype=frame.dtype)
    x0, y0 = (target_w - new_w) // 2, (target_h - new_h) // 2
    canvas[y0:y0 + new_h, x0:x0 + new_w] = resized
    return canvas


class FrameSource(Protocol):
    def read(self) -> np.ndarray | None:
        """The next BGR uint8 frame, or None when the source has ended."""

    def close(self) -> None:
        ...


class _Closing:
    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __iter__(self):
        while (frame := self.read()) is not None:
            yield frame


class CaptureSource(_Closing):
    """A webcam (``device`` = index) or a video file (``device`` = path) through cv2.VideoCapture."""

    def __init__(self, device: int | str, width: int | None = None, height: int | None = None,
                 fps: float | None = None, frame_size: tuple[int, int] | None = None):
        import cv2

        self._capture = cv2.VideoCapture(device)
        if not self._capture.isOpened():
            what = (Problem("camera_number", number=device + 1, index=device) if isinstance(device, int)
                    else Problem("video_named", path=device))
            raise MeasurementInputError(Problem("camera_cannot_open", what=what), Problem("advice_camera_in_use"))
        for prop, value in ((cv2.CAP_PROP_FRAME_WIDTH, width), (cv2.CAP_PROP_FRAME_HEIGHT, height),
                            (cv2.CAP_PROP_FPS, fps)):
            if value:
                self._capture.set(prop, value)
        self._frame_size = frame_size

    def read(self) -> np.ndarray | None:
        ok, frame = self._capture.read()
        if not ok:
            return None
        return fit_frame(frame, self._frame_size)

    def close(self) -> None:
        self._capture.release()


def WebcamSource(index: int = 0, width: int = 640, height: int = 480, fps: float = 30,
                 frame_size: tuple[int, int] | None = None) -> CaptureSource:
    """A webcam asked for ``width`` x ``height``; with ``frame_size``, every frame is delivered at that size
    even when the camera ignores the request or changes resolution mid-stream."""
    return CaptureSource(index, width, height, fps, frame_size=frame_size)


def VideoFileSource(path: str | Path, frame_size: tuple[int, int] | None = None) -> CaptureSource:
    if not Path(path).is_file():
        raise MeasurementInputError(Problem("video_no_such_file", path=path), Problem("advice_give_video"))
    return CaptureSource(str(path), frame_size=frame_size)


class ImageFolderSource(_Closing):
    """The images of a folder in name order (optionally looped ``loops`` times)."""

    def __init__(self, folder: str | Path, frame_size: tuple[int, int] | None = None, loops: int = 1):
        self._paths = sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        if not self._paths:
            raise MeasurementInputError(Problem("folder_no_images", folder=folder),
                                        Problem("advice_put_images", suffixes=list(IMAGE_SUFFIXES)))
        self._frame_size = frame_size
        self._order = self._paths * max(loops, 1)
        self._next = 0

    def read(self) -> np.ndarray | None:
        import cv2

        while self._next < len(self._order):
            path = self._order[self._next]
            self._next += 1
            frame = cv2.imdecode(np.fromfile(str(path), np.uint8), cv2.IMREAD_COLOR)
            if frame is not None:
                return fit_frame(frame, self._frame_size)
        return None

    def close(self) -> None:
        self._next = len(self._order)


class StillImageSource(_Closing):
    """One image (a file or an array) repeated ``repeat`` times."""

    def __init__(self, image: str | Path | np.ndarray, repeat: int = 1, frame_size: tuple[int, int] | None = None):
        if isinstance(image, np.ndarray):
            frame = image
        else:
            from sizer.vision.images import load_photo

            frame = load_photo(image)
        self._frame = fit_frame(frame, frame_size)
        self._left = repeat

    def read(self) -> np.ndarray | None:
        if self._left <= 0:
            return None
        self._left -= 1
        return self._frame

    def close(self) -> None:
        self._left = 0


class SizedSource(_Closing):
    """Any source, its frames delivered at one size (see :func:`fit_frame`)."""

    def __init__(self, source: FrameSource, frame_size: tuple[int, int]):
        self._source = source
        self.frame_size = frame_size

    def read(self) -> np.ndarray | None:
        frame = self._source.read()
        return None if frame is None else fit_frame(frame, self.frame_size)

    def close(self) -> None:
        self._source.close()


def open_source(spec: str | int, frame_size: tuple[int, int] | None = None) -> FrameSource:
    """A source from a command-line style spec: a camera index, a folder, an image or a video."""
    if isinstance(spec, int) or (isinstance(spec, str) and spec.isdigit()):
        if frame_size:
            return WebcamSource(int(spec), frame_size[0], frame_size[1], frame_size=frame_size)
        return WebcamSource(int(spec))
    path = Path(spec)
    if path.is_dir():
        return ImageFolderSource(path, frame_size)
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return StillImageSource(path, frame_size=frame_size)
    return VideoFileSource(path, frame_size)
