"""Turns errors into ONE readable message for the person, with the log file's path.

Installed as ``sys.excepthook``, so an exception in any slot or event handler is logged with its
traceback and shown in a dialog instead of vanishing into a console nobody sees. A failing frame
that fails again every frame must not flood the screen: while a dialog is open further errors are
only logged, and an error already shown is not shown again (it is counted in the log).
"""
from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sizer.errors import SizerError
from sizer.ui.problem_texts import error_text

log = logging.getLogger("sizer.ui")

# (title, message, details) -> shows them; tests pass a recorder instead of a modal dialog.
ShowDialog = Callable[[str, str, str], None]



class ErrorReporter(QObject):
    def __init__(self, log_path: Path | None, show_dialog: ShowDialog | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.log_path = log_path
        self._show_dialog = show_dialog if show_dialog is not None else self._message_box
        self._dialog_open = False
        self._shown: set[str] = set()
        self.suppressed = 0  # errors logged but not shown (repeats, or while a dialog was open)
        self._previous_hook = None

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.handle_exception

    def uninstall(self) -> None:
        if self._previous_hook is not None and sys.excepthook == self.handle_exception:
            sys.excepthook = self._previous_hook
        self._previous_hook = None

    def handle_exception(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        if isinstance(exc, SizerError):
            log.warning("%s", exc)
            self.report(error_text(exc), details, is_bug=False)
        else:
            log.error("unexpected error\n%s", details)
            self.report(f"{exc_type.__name__}: {exc}", details, is_bug=True)

    def report(self, message: str, details: str = "", is_bug: bool = False, key: str | None = None) -> bool:
        """Show ``message`` once; returns whether a dialog was shown (False: only logged).

        ``key`` groups repeats (e.g. "camera"); by default the message itself is the key.
        """
        key = key or message
        if self._dialog_open or key in self._shown:
            self.suppressed += 1
            log.info("not shown again (%d suppressed): %s", self.suppressed, message.splitlines()[0] if message else "")
            return False
        self._shown.add(key)
        if not is_bug:
            log.warning("%s", message)
        title = QCoreApplication.translate("ErrorReporter", "Sizer: something went wrong") if is_bug else QCoreApplication.translate("ErrorReporter", "Sizer")
        text = message
        if self.log_path is not None:
            text += "\n\n" + QCoreApplication.translate("ErrorReporter", "Details were written to the log file:\n%1").replace("%1", str(self.log_path))
        self._dialog_open = True
        try:
            self._show_dialog(title, text, details)
        finally:
            self._dialog_open = False
        return True

    def forget(self, key: str) -> None:
        """Allow ``key`` to be shown again (e.g. after the person restarted the camera)."""
        self._shown.discard(key)

    @staticmethod
    def _message_box(title: str, text: str, details: str) -> None:
        parent: QWidget | None = QApplication.activeWindow()
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # error texts quote file names and data
        if details:
            box.setDetailedText(details)
        box.exec()
