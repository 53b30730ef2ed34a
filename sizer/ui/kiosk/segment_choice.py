"""The attract screen's "who is it for?" buttons: women, men, kids. A touch on one starts the
session with that segment (the results then show that segment's products, and unisex ones,
first, and leave out the others); a touch anywhere else starts it without one."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QWidget

from sizer.catalog.segments import Segment
from sizer.ui.kiosk.screens import make_button

KIOSK_SEGMENTS = (Segment.WOMEN, Segment.MEN, Segment.KIDS)


class SegmentChoice(QWidget):
    chosen = Signal(object)  # a Segment

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("segment_choice")
        self.buttons: dict[Segment, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(30)
        for segment in KIOSK_SEGMENTS:
            button = make_button(f"segment_{segment.value}", primary=True)
            button.clicked.connect(lambda _checked=False, s=segment: self.chosen.emit(s))
            layout.addWidget(button, 1)
            self.buttons[segment] = button
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the kiosk installed the shopper's language
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {Segment.WOMEN: self.tr("Women"), Segment.MEN: self.tr("Men"), Segment.KIDS: self.tr("Kids")}
        for segment, button in self.buttons.items():
            button.setText(texts[segment])


def install_segment_choice(attract: QWidget) -> SegmentChoice:
    """Put the buttons on the attract screen, above its "touch the screen" line."""
    choice = SegmentChoice(attract)
    layout = attract.layout()
    assert isinstance(layout, QBoxLayout)
    layout.insertWidget(layout.indexOf(attract.touch), choice)  # type: ignore[attr-defined]
    layout.insertSpacing(layout.indexOf(attract.touch), 30)  # type: ignore[attr-defined]
    return choice
