"""A large on-screen number keypad for touch screens (height entry, admin PIN)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

BACKSPACE = "⌫"


class Keypad(QWidget):
    digit = Signal(str)  # "0".."9"
    backspace = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keypad")
        grid = QGridLayout(self)
        grid.setSpacing(12)
        self.buttons: dict[str, QPushButton] = {}
        keys = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", BACKSPACE)
        for position, key in enumerate(keys):
            if not key:
                continue
            button = QPushButton(key)
            button.setObjectName(f"key_{'back' if key == BACKSPACE else key}")
            button.setProperty("role", "key")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            if key == BACKSPACE:
                button.setAccessibleName(self.tr("Delete"))
                button.clicked.connect(self.backspace)
            else:
                button.clicked.connect(lambda _=False, k=key: self.digit.emit(k))
            self.buttons[key] = button
            grid.addWidget(button, position // 3, position % 3)

    def press(self, keys: str) -> None:
        """Type ``keys`` as if tapped (digits; '<' is backspace): for tests and screenshots."""
        for key in keys:
            self.buttons[BACKSPACE if key == "<" else key].click()
