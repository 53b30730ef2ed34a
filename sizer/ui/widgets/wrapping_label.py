"""A word-wrapped label that breaks Chinese and Japanese between phrases, not inside words.

Qt breaks CJK text between any two characters, so a desktop dialog's Japanese note may end a line
in the middle of a word ("カメ / ラ", "サイ / ズ"). The label shows its plain text with each clause
(or, where a clause is wider than the line, each piece of it) bound by WORD JOINERs, the same rule
the kiosk uses (sizer.ui.kiosk.phrases); ``text()`` gives back the text as it was set. Rich text
and text without CJK characters are shown as they are.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6 import QtGui
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from sizer.ui.kiosk.phrases import fit_cjk, has_cjk
from sizer.ui.kiosk.wrapping import longest_unbreakable_px


class WrappingLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._source = ""
        self.setWordWrap(True)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._source = text
        self._show_source()

    def text(self) -> str:
        return self._source

    def clear(self) -> None:
        self._source = ""
        super().clear()

    def _bindable(self) -> bool:
        rich = self.textFormat() == Qt.TextFormat.RichText or (
            self.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(self._source))
        return self.wordWrap() and not rich and has_cjk(self._source)

    def _show_source(self) -> None:
        shown = self._source
        if self._bindable():
            width = self.contentsRect().width() - 2 * max(0, self.indent())
            if width > 0:
                metrics = self.fontMetrics()
                shown = fit_cjk(self._source, lambda piece: metrics.horizontalAdvance(piece) <= width)
        if shown != super().text():
            super().setText(shown)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # The bound clauses must not stop the window from narrowing: ask for the source's widest
        # unbreakable piece (one CJK character), as an unbound label would.
        hint = super().minimumSizeHint()
        if not self._bindable():
            return hint
        frame = self.width() - self.contentsRect().width() + 2 * max(0, self.indent())
        return QSize(min(hint.width(), longest_unbreakable_px(self._source, self.font()) + frame), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._show_source()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._show_source()
