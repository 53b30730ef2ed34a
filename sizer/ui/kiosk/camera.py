"""Keeps the kiosk's camera alive: one capture worker at a time, a stall watchdog, reopening with backoff.

A camera that is unplugged fails to read; one that freezes stops delivering frames without an
error. Both end the worker; the supervisor says so (``camera_lost``) and reopens the source after
a growing delay until frames flow again (``camera_live``). A video file or image folder (a demo
kiosk) simply starts over when it ends.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from sizer.ui.capture_worker import CaptureWorker, FrameProcessor, FrameSource, LiveFrame

log = logging.getLogger("sizer.ui.kiosk")

BACKOFF_S = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0)  # then every 15 s for as long as it takes
WATCHDOG_INTERVAL_MS = 250
STARTUP_ALLOWANCE_S = 10.0  # opening a camera and loading the pose model may take this long on top
STOP_TIMEOUT_MS = 3000
LOST_STOP_TIMEOUT_MS = 200  # a frozen camera's worker is not waited for: the screen must stay live
# Workers stuck in a read that never returns (a hung driver) cannot be killed. One reopen is tried
# while one hangs (a replugged camera may work); while this many hang, none is started: reopening a
# hung camera again and again only hung another thread each time.
MAX_STUCK_WORKERS = 2
_stuck_workers: list[CaptureWorker] = []  # outlived their supervisor; kept until their read returns


def stuck_workers() -> list[CaptureWorker]:
    return [w for w in _stuck_workers if w.isRunning()]


class CameraSupervisor(QObject):
    frame = Signal(object)  # the newest LiveFrame
    capture_finished = Signal(object)  # the BodyProfile
    camera_lost = Signal(str)  # why (for the log); the screen shows a plain message
    camera_live = Signal()
    reopened = Signal()  # a new worker (and so a fresh capture session) replaced the previous one

    def __init__(self, open_source: Callable[[], FrameSource], open_processor: Callable[[], FrameProcessor],
                 stall_s: float, restart_when_ended: bool, parent: QObject | None = None,
                 startup_allowance_s: float = STARTUP_ALLOWANCE_S):
        super().__init__(parent)
        self._open_source = open_source
        self._open_processor = open_processor
        self._stall_s = stall_s
        self._startup_allowance_s = startup_allowance_s
        self._first_frame_seen = False
        self._restart_when_ended = restart_when_ended
        self._worker: CaptureWorker | None = None
        self._abandoned: list[CaptureWorker] = []  # stuck in a read that never returns; stopped later
        self._last_frame_at = 0.0
        self._failures = 0
        self.reopen_count = 0
        self._opened = 0
        self.lost = False
        self._watchdog = QTimer(self)
        self._watchdog.setObjectName("kiosk_camera_watchdog")
        self._watchdog.setInterval(WATCHDOG_INTERVAL_MS)
        self._watchdog.timeout.connect(self._check_stall)
        self._retry = QTimer(self)
        self._retry.setObjectName("kiosk_camera_retry")
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._open)

    @property
    def running(self) -> bool:
        return self._worker is not None or self._retry.isActive()

    def start(self) -> None:
        self.stop()
        self._failures = 0
        self.lost = False
        self._opened = 0
        self._open()

    def stop(self) -> None:
        """Stop the worker and every timer; safe to call at any time and more than once."""
        self._watchdog.stop()
        self._retry.stop()
        self._stop_worker()
        for worker in [w for w in self._abandoned if w.isFinished()]:
            self._abandoned.remove(worker)
            worker.deleteLater()

    def shutdown(self, timeout_ms: int = STOP_TIMEOUT_MS) -> bool:
        """Stop, and give workers stuck in a read time to end; True when none is left running."""
        self.stop()
        for worker in self._abandoned:
            worker.wait(timeout_ms)
        for worker in self._abandoned:
            if worker.isRunning():  # deleting a running QThread would abort: park it until it ends
                worker.setParent(None)
                _stuck_workers.append(worker)
                worker.finished.connect(lambda w=worker: _stuck_workers.remove(w) if w in _stuck_workers else None)
            else:
                worker.deleteLater()
        self._abandoned = []
        return not stuck_workers()

    def stuck_count(self) -> int:
        """Workers still blocked in a read: this supervisor's abandoned ones and earlier shoppers'."""
        return len([w for w in self._abandoned if w.isRunning()]) + len(stuck_workers())

    def _open(self) -> None:
        for worker in [w for w in self._abandoned if w.isFinished()]:
            self._abandoned.remove(worker)
            worker.deleteLater()
        if self.stuck_count() >= MAX_STUCK_WORKERS:
            delay = BACKOFF_S[min(self._failures, len(BACKOFF_S) - 1)]
            log.warning("the camera's last read has not returned; waiting %.1f s before opening it again", delay)
            self._retry.start(int(delay * 1000))
            return
        worker = CaptureWorker(self._open_source, self._open_processor, self)
        worker.new_frame.connect(lambda w=worker: self._take_frame(w))
        worker.finished_capture.connect(lambda result, w=worker: self._finished(w, result))
        worker.source_ended.connect(lambda w=worker: self._ended(w))
        worker.failed.connect(lambda message, details, w=worker: self._failed(w, message, details))
        self._worker = worker
        self._last_frame_at = time.monotonic()
        self._first_frame_seen = False
        worker.start()
        self._watchdog.start()
        self._opened += 1
        if self._opened > 1:
            self.reopened.emit()

    def _take_frame(self, worker: CaptureWorker) -> None:
        if worker is not self._worker:
            return
        live: LiveFrame | None = worker.take_latest()
        if live is None:
            return
        self._last_frame_at = time.monotonic()
        self._first_frame_seen = True
        if self.lost or self._failures:
            self._failures = 0
            self.lost = False
            log.info("camera delivers frames again")
            self.camera_live.emit()
        self.frame.emit(live)

    def _finished(self, worker: CaptureWorker, result: object) -> None:
        if worker is not self._worker:
            return
        self._watchdog.stop()
        self._stop_worker()
        self.capture_finished.emit(result)

    def _ended(self, worker: CaptureWorker) -> None:
        if worker is not self._worker:
            return
        if self._restart_when_ended:
            self._stop_worker()
            self._open()
        else:
            self._lose("the camera stopped delivering frames (read failed)")

    def _failed(self, worker: CaptureWorker, message: str, details: str) -> None:
        if worker is not self._worker:
            return
        log.warning("camera worker failed: %s", message)
        self._lose(f"the camera failed: {message}")

    def _check_stall(self) -> None:
        if self._worker is None:
            return
        allowed = self._stall_s if self._first_frame_seen else self._stall_s + self._startup_allowance_s
        if time.monotonic() - self._last_frame_at > allowed:
            self._lose(f"no frame for {allowed:g} s (camera frozen or gone)")

    def _lose(self, reason: str) -> None:
        self._watchdog.stop()
        self._stop_worker(LOST_STOP_TIMEOUT_MS)
        delay = BACKOFF_S[min(self._failures, len(BACKOFF_S) - 1)]
        self._failures += 1
        self.reopen_count += 1
        log.warning("%s; reopening in %.1f s (attempt %d)", reason, delay, self._failures)
        if not self.lost:
            self.lost = True
            self.camera_lost.emit(reason)
        self._retry.start(int(delay * 1000))

    def _stop_worker(self, timeout_ms: int = STOP_TIMEOUT_MS) -> None:
        worker, self._worker = self._worker, None
        if worker is None:
            return
        if worker.stop(timeout_ms):
            worker.deleteLater()
        else:  # stuck inside the camera driver: never terminate(), let it end on its own
            log.error("camera worker did not stop within %d ms; abandoning it", timeout_ms)
            self._abandoned.append(worker)
