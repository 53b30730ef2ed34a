"""One way to offer the shipped languages wherever a person picks the language of something:
each by its own name (日本語, Deutsch), ``currentData()`` its code."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from sizer.languages import native_name, shipped_languages


class LanguageChoice(QComboBox):
    def __init__(self, chosen: str, parent: QWidget | None = None):
        super().__init__(parent)
        for code in shipped_languages():
            self.addItem(native_name(code), code)
        self.choose(chosen)

    def choose(self, code: str) -> None:
        self.setCurrentIndex(max(0, self.findData(code)))
