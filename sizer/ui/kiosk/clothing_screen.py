"""The kiosk's one-tap clothing question, asked between the height and the camera.

Fitted and regular clothes are measured (the session subtracts the layer's allowance); loose
clothes hide the body's shape, so the shopper is told why they cannot be measured and what to do
instead (the same refusal and advice as the Measure page and ``sizer measure``), and no capture
starts. The same screen shows that refusal when the silhouette itself shows loose clothes.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from sizer.ui.kiosk.screens import Screen, make_button, make_label, replace_layout
from sizer.vision.clothing import Clothing

ANSWERS = (Clothing.FITTED, Clothing.REGULAR, Clothing.LOOSE)


class ClothingScreen(Screen):
    chosen = Signal(str)  # "fitted" or "regular": measure
    refused = Signal()  # "loose": the advice is shown, no capture
    back = Signal()
    start_over = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("clothing_screen", parent)
        self.title = make_label("title", "clothing_title")
        self.hint = make_label("subtitle", "clothing_hint")
        self.buttons: dict[Clothing, QPushButton] = {}
        self.examples = {}
        for answer in ANSWERS:
            button = make_button(f"clothing_{answer.value}", primary=answer is not Clothing.LOOSE)
            button.setProperty("scale", "big")
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, a=answer: self.answer(a))
            self.buttons[answer] = button
            self.examples[answer] = make_label("muted", f"clothing_{answer.value}_examples")
        self.advice = make_label("warning", "clothing_advice")
        self.advice.hide()
        self.back_button = make_button("clothing_back")
        self.back_button.clicked.connect(self.back)
        self.start_over_button = make_button("clothing_start_over")
        self.start_over_button.clicked.connect(self.start_over)
        self._refusal_from_camera = False
        self._arrange(portrait=True)
        self.retranslate()

    def set_orientation(self, portrait: bool) -> None:
        self._arrange(portrait)

    def _arrange(self, portrait: bool) -> None:
        """Portrait: the three answers one under the other; landscape: side by side, so it all fits 1080 px."""
        answers = QBoxLayout(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        answers.setSpacing(40)
        for answer in ANSWERS:
            column = QVBoxLayout()
            column.setSpacing(10)
            column.addWidget(self.buttons[answer])
            column.addWidget(self.examples[answer])
            answers.addLayout(column, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(30)
        buttons.addWidget(self.back_button, 1)
        buttons.addWidget(self.start_over_button, 1)
        layout = QVBoxLayout()
        margin = 80 if portrait else 40
        layout.setContentsMargins(80, margin, 80, margin)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(60 if portrait else 30)
        layout.addLayout(answers)
        layout.addSpacing(40 if portrait else 20)
        layout.addWidget(self.advice)
        layout.addStretch(2)
        layout.addLayout(buttons)
        replace_layout(self, layout)

    def retranslate(self) -> None:
        self.title.setText(self.tr("What are you wearing?"))
        self.hint.setText(self.tr("Clothes change the outline the camera sees. Tap the closest answer."))
        names = {Clothing.FITTED: self.tr("Fitted"), Clothing.REGULAR: self.tr("Regular"),
                 Clothing.LOOSE: self.tr("Loose")}
        examples = {Clothing.FITTED: self.tr("T-shirt and leggings, sportswear"),
                    Clothing.REGULAR: self.tr("A shirt and trousers that follow the body without hanging"),
                    Clothing.LOOSE: self.tr("A hoodie, a loose dress or wide trousers")}
        for answer in ANSWERS:
            self.buttons[answer].setText(names[answer])
            self.examples[answer].setText(examples[answer])
        self.back_button.setText(self.tr("Back"))
        self.start_over_button.setText(self.tr("Start over"))
        if self.advice.isVisibleTo(self):
            self.advice.setText(self.refusal_text())

    def refusal_text(self) -> str:
        """Why loose clothes cannot be measured, and what to do instead (as the Measure page says it)."""
        why = (self.tr("The camera sees loose clothes.") if self._refusal_from_camera
               else self.tr("Loose clothes cannot be measured."))
        return why + "\n" + self.tr(
            "Loose clothes hide the body's shape, so the girths would read several centimetres too big. "
            "Change into a fitted top and leggings and measure again, or measure with a tape following "
            "the illustrated measuring guide.")

    def answer(self, answer: Clothing) -> None:
        """The shopper's tap: fitted and regular go on to the camera; loose is refused with advice."""
        for other, button in self.buttons.items():
            button.setChecked(other is answer)
        if answer is Clothing.LOOSE:
            self.show_refusal(from_camera=False)
            self.refused.emit()
            return
        self.advice.hide()
        self.chosen.emit(answer.value)

    def show_refusal(self, from_camera: bool) -> None:
        """Say why the shopper cannot be measured as dressed, and what to do instead."""
        self._refusal_from_camera = from_camera
        if from_camera:
            for button in self.buttons.values():
                button.setChecked(False)
        self.advice.setText(self.refusal_text())
        self.advice.show()

    def buttons_by_value(self) -> dict[str, QPushButton]:
        return {answer.value: button for answer, button in self.buttons.items()}

    @property
    def refusal_shown(self) -> bool:
        return self.advice.isVisibleTo(self)

    def clear(self) -> None:
        for button in self.buttons.values():
            button.setChecked(False)
        self._refusal_from_camera = False
        self.advice.clear()
        self.advice.hide()

