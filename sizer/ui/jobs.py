"""Short background jobs (import, export) on a QThreadPool, results delivered on the GUI thread.

One helper owns the pool, so tests can hand it a :class:`ImmediatePool` that runs each job at
once on the calling thread (Picard's FakeThreadPool idea): the flow stays the same, minus threads.
"""
from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("sizer.ui.jobs")


class _Relay(QObject):
    # Lives on the GUI thread: a signal emitted from a pool thread is delivered there (queued).
    succeeded = Signal(int, object)  # job number, result
    failed = Signal(int, object, str)  # job number, the exception, its formatted traceback


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self._number = number
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # noqa: BLE001 - every failure is reported to the GUI
            self._relay.failed.emit(self._number, error, traceback.format_exc())
        else:
            self._relay.succeeded.emit(self._number, result)


class ImmediatePool:
    """Stands in for QThreadPool in tests: runs every job synchronously when started."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - QThreadPool's name
        return True

    def activeThreadCount(self) -> int:  # noqa: N802
        return 0


class JobRunner(QObject):
    """Runs ``work()`` off the GUI thread and calls ``on_done(result)`` or ``on_error(exc, tb)`` on it."""

    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool | ImmediatePool | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = pool if pool is not None else QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)
        self._pending: dict[int, tuple[Callable[[Any], None], Callable[[BaseException, str], None]]] = {}
        self._next_number = 0
        self._latest: dict[str, int] = {}  # per ``latest`` key, the number of the newest job
        self._keys: dict[int, str] = {}

    def submit(self, work: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[BaseException, str], None], latest: str | None = None) -> None:
        """Run ``work`` in the pool. With a ``latest`` key, only the newest job of that key reports:
        a job for an older request that finishes after a newer one is dropped (a generation token),
        so a slow result for an old profile never replaces the current one's."""
        self._next_number += 1
        self._pending[self._next_number] = (on_done, on_error)
        if latest is not None:
            self._latest[latest] = self._next_number
            self._keys[self._next_number] = latest
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self.pool.start(_Job(self._next_number, work, self._relay))

    def _succeeded(self, number: int, result: Any) -> None:
        stale = self._is_stale(number)
        on_done, _ = self._finish(number)
        if stale:
            log.debug("dropped the result of superseded job %d", number)
        else:
            on_done(result)

    def _failed(self, number: int, error: BaseException, details: str) -> None:
        stale = self._is_stale(number)
        _, on_error = self._finish(number)
        if not stale:
            on_error(error, details)

    def _is_stale(self, number: int) -> bool:
        key = self._keys.get(number)
        return key is not None and self._latest.get(key) != number

    def _finish(self, number: int):
        key = self._keys.pop(number, None)
        if key is not None and self._latest.get(key) == number:
            del self._latest[key]
        callbacks = self._pending.pop(number)
        if not self._pending:
            self.busy_changed.emit(False)
        return callbacks

    def is_busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until every started job has run (closing the window, tests)."""
        return self.pool.waitForDone(msecs)
