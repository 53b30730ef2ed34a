"""A confirmation shown where the person is looking: over the page they work on, for a few seconds.

The status bar at the bottom of the window is easy to miss (a saved file, a page of results), so
a page's notices are also shown here, at the bottom middle of the page itself.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

SHOWN_MS = 4000


class Toast(QLabel):
    def __init__(self, page: QWidget):
        super().__init__(page)
        self.setObjectName("toast")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("QLabel#toast { background: rgba(38, 50, 56, 230); color: white; border-radius: 8px;"
                           " padding: 10px 18px; font-size: 11pt; }")
        self.hide()
        self._shown = 0  # a generation: an older notice's timeout never hides a newer one
        page.installEventFilter(self)

    def show_text(self, text: str) -> None:
        self.setText(text)
        self._shown += 1
        self._place()
        self.show()
        self.raise_()
        shown = self._shown
        QTimer.singleShot(SHOWN_MS, self, lambda: self._expire(shown))

    def _expire(self, shown: int) -> None:
        if shown == self._shown:
            self.hide()

    def _place(self) -> None:
        page = self.parentWidget()
        width = min(max(320, page.width() // 2), page.width() - 24)
        self.setFixedWidth(width)
        self.adjustSize()
        self.move((page.width() - width) // 2, page.height() - self.height() - 24)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
