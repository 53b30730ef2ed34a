"""Desktop-app test set-up: isolated settings, recorded error dialogs, no leftover threads/timers."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QStandardPaths, QThread, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from sizer.ui.context import AppContext
from sizer.ui.error_reporter import ErrorReporter
from sizer.ui.jobs import ImmediatePool, JobRunner
from sizer.ui.settings import Settings


@pytest.fixture(scope="session", autouse=True)
def _qt_test_mode():
    # Any QStandardPaths look-up goes to a test folder, never the user's.
    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Fresh settings in a throw-away INI file: never the user's."""
    return Settings(tmp_path / "settings.ini")


class DialogRecorder(list):
    """Stands in for the error dialog: records (title, text, details) instead of blocking."""

    def __call__(self, title: str, text: str, details: str) -> None:
        self.append((title, text, details))


@pytest.fixture
def dialogs() -> DialogRecorder:
    return DialogRecorder()


@pytest.fixture
def context(qapp, settings: Settings, dialogs: DialogRecorder, tmp_path: Path) -> AppContext:
    from sizer.ui.fonts import ensure_fonts

    ensure_fonts()
    reporter = ErrorReporter(tmp_path / "sizer.log", show_dialog=dialogs)
    return AppContext(settings, reporter, JobRunner(pool=ImmediatePool()), "en")


@pytest.fixture(autouse=True)
def no_running_qt_threads_or_timers(qapp):
    """A test must stop every QThread, pool job and timer it starts (napari's habit)."""
    from sizer.ui import capture_worker

    yield
    QThreadPool.globalInstance().waitForDone(5000)
    running = [w for w in capture_worker.live_workers() if w.isRunning()]
    assert not running, f"test left capture workers running: {running}"
    # Widgets of finished tests are freed first, and the garbage collector is kept out of the scan:
    # a collection in the middle of it could free a widget tree (its Python owner gone) whose
    # members are still in the list, and touching a freed widget crashes the interpreter.
    gc.collect()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.disable()
    try:
        widgets = [w for w in QApplication.allWidgets() if shiboken6.isValid(w)]
        # Timers of Sizer's widgets; Qt's own (a status bar's message timeout) are Qt's business.
        timers = [t for w in widgets if not type(w).__module__.startswith("PySide6")
                  for t in w.findChildren(QTimer) if t.isActive() and t.parent() is w]
        threads = [t for w in widgets for t in w.findChildren(QThread) if t.isRunning()]
        del widgets
    finally:
        gc.enable()
    assert not timers, f"test left timers running: {[(t.objectName(), t.parent()) for t in timers]}"
    assert not threads, f"test left QThreads running: {threads}"
