"""The camera loop on its own thread: read a frame, analyse it, keep only the newest result.

Friture's pattern: the worker fills a one-slot mailbox; the GUI pulls the newest result on a timer
at display rate and draws it, so a slow GUI never makes frames queue up, and a slow model never
stalls the GUI. The frame source and the model are opened, used and closed on the worker's thread.
The loop stops cooperatively (a flag, then ``wait()``), never by ``terminate()``.
"""
from __future__ import annotations

import logging
import threading
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import shiboken6
from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QImage

from sizer.ui.problem_texts import error_text

log = logging.getLogger("sizer.ui.capture")


class FrameSource(Protocol):
    def read(self) -> np.ndarray | None:
        """The next BGR frame, or None when the source has ended."""

    def close(self) -> None: ...


class FrameProcessor(Protocol):
    def process(self, frame_bgr: np.ndarray) -> "ProcessedFrame": ...

    def close(self) -> None: ...


@dataclass
class ProcessedFrame:
    overlay_bgr: np.ndarray  # what to show: the frame with skeleton and silhouette drawn on it
    status: Any  # what the page shows beside the preview (the capture step, its guidance...)
    result: Any = None  # set on the frame that completes the capture; the loop then ends


@dataclass
class LiveFrame:
    image: QImage
    status: Any
    index: int  # frames processed so far, to tell how many the display skipped


_live: "weakref.WeakSet[CaptureWorker]" = weakref.WeakSet()


def live_workers() -> list["CaptureWorker"]:
    """Every capture worker whose Qt object still exists (tests check none is left running)."""
    return [worker for worker in list(_live) if shiboken6.isValid(worker)]


def bgr_to_qimage(frame_bgr: np.ndarray) -> QImage:
    """A QImage that owns a copy of the pixels (the frame buffer is reused by the next read)."""
    frame = np.ascontiguousarray(frame_bgr)
    height, width = frame.shape[:2]
    image = QImage(frame.data, width, height, frame.strides[0], QImage.Format.Format_BGR888)
    return image.copy()


class CaptureWorker(QThread):
    new_frame = Signal()  # a newer LiveFrame is waiting; emitted once until it is taken
    finished_capture = Signal(object)  # the processor's result (a BodyProfile)
    source_ended = Signal()  # the video or photo folder ran out before the capture completed
    failed = Signal(str, str)  # a readable message, the traceback for the log

    def __init__(self, open_source: Callable[[], FrameSource], open_processor: Callable[[], FrameProcessor],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("CaptureWorker")
        self._open_source = open_source
        self._open_processor = open_processor
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._latest: LiveFrame | None = None
        self._announced = False
        self.frames_processed = 0
        _live.add(self)

    def take_latest(self) -> LiveFrame | None:
        """The newest frame since the last call (None if there is none): called by the GUI."""
        with self._lock:
            latest, self._latest = self._latest, None
            self._announced = False
        return latest

    def stop(self, timeout_ms: int = 10_000) -> bool:
        """Ask the loop to end and wait for it; the source and model close on the worker thread."""
        self._stop.set()
        if self.isRunning():
            return self.wait(timeout_ms)
        return True

    def run(self) -> None:
        source = processor = None
        try:
            source = self._open_source()
            processor = self._open_processor()
            while not self._stop.is_set():
                frame = source.read()
                if frame is None:
                    self.source_ended.emit()
                    break
                processed = processor.process(frame)
                self.frames_processed += 1
                live = LiveFrame(bgr_to_qimage(processed.overlay_bgr), processed.status, self.frames_processed)
                with self._lock:
                    self._latest = live  # the previous one, if not taken, is dropped: never queued
                    announce = not self._announced
                    self._announced = True
                if announce:
                    self.new_frame.emit()
                if processed.result is not None:
                    self.finished_capture.emit(processed.result)
                    break
        except Exception as error:  # noqa: BLE001 - any failure ends the loop with one message
            log.exception("capture loop failed")
            self.failed.emit(error_text(error) or type(error).__name__, traceback.format_exc())
        finally:
            for closable in (processor, source):
                if closable is not None:
                    try:
                        closable.close()
                    except Exception:  # noqa: BLE001 - closing must not hide the first error
                        log.exception("closing %r failed", closable)
