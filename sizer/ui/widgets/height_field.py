"""The height entry: type a height as people write it ("182 cm", "5 ft 11", "5'11\"", "71 in").

The text is read by the core's :func:`sizer.height_entry.parse_height`, the same rule as the
kiosk's, and the line under it says what was understood ("5 ft 11 in = 180.3 cm"), or why it was
refused. A height in the wrong unit is therefore seen at once, never silently rescaled.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from sizer.height_entry import HeightEntryError, HeightProblem, format_height, parse_height, stature_range_cm
from sizer.ui.i18n import fill
from sizer.ui.icons import icon
from sizer.ui.numbers import local_digits, number
from sizer.units import LengthUnit
from sizer.ui.widgets.wrapping_label import WrappingLabel


class HeightField(QWidget):
    """The person's height in cm (None until a plausible height is typed)."""

    value_changed = Signal(str, object)  # "stature", the height in cm or None
    guide_requested = Signal(str)

    dimension_id = "stature"

    def __init__(self, name: str, unit: LengthUnit = LengthUnit.CM, parent: QWidget | None = None):
        super().__init__(parent)
        self._unit = LengthUnit.CM if LengthUnit(unit) is LengthUnit.CM else LengthUnit.IN
        self._cm: float | None = None
        self.label = QLabel(f"&{name}:")
        self.label.setObjectName("label_stature")
        self.edit = QLineEdit()
        self.edit.setObjectName("field_stature")
        self.edit.setAccessibleName(name)
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("e.g. 182 cm, 5 ft 11, 5'11\", 71 in"))
        self.edit.setToolTip(self.tr("Type your height in cm, in feet and inches, or in inches; "
                                     "the line below says what was understood."))
        self.edit.editingFinished.connect(self._read)
        self.label.setBuddy(self.edit)
        self.understood = WrappingLabel()
        self.understood.setObjectName("height_understood")
        self.understood.setWordWrap(True)
        self.help_button = QToolButton()
        self.help_button.setObjectName("guide_stature")
        self.help_button.setIcon(icon("help"))
        self.help_button.setAutoRaise(True)
        tip = fill(self.tr("How to measure: %1"), name)
        self.help_button.setToolTip(tip)
        self.help_button.setAccessibleName(tip)
        self.help_button.clicked.connect(lambda: self.guide_requested.emit(self.dimension_id))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.understood)
        self.setFocusProxy(self.edit)
        self._show_understood()

    def prompt(self) -> str:
        return self.tr("Enter your height: the camera measures everything else in proportion to it.")

    def value_cm(self) -> float | None:
        return self._cm

    def set_value_cm(self, value_cm: float | None, _uncertainty_cm: float | None = None) -> None:
        """Show a known height (from the settings or a profile) without emitting value_changed."""
        low, high = stature_range_cm()
        self._cm = value_cm if value_cm is not None and low <= value_cm <= high else None
        self.edit.setText("" if self._cm is None else local_digits(format_height(self._cm, self._unit)))
        self._show_understood()

    def set_unit(self, unit: LengthUnit | str) -> None:
        """Only how a known height is written back changes; what was typed is read by its own unit."""
        self._unit = LengthUnit.CM if LengthUnit(unit) is LengthUnit.CM else LengthUnit.IN
        if self._cm is not None:
            self.edit.setText(local_digits(format_height(self._cm, self._unit)))
            self._show_understood()

    def enter_text(self, text: str) -> float | None:
        """Type ``text`` and read it, as Enter would (tests, the Xvfb driver)."""
        self.edit.setText(text)
        self._read()
        return self._cm

    def _read(self) -> None:
        text = self.edit.text()
        before = self._cm
        try:
            reading = parse_height(text, self._unit)
        except HeightEntryError as error:
            self._cm = None
            self.understood.setStyleSheet("color: #b71c1c;")
            self.understood.setText(self._refusal(error))
        else:
            self._cm = reading.cm
            self._show_understood(reading.understood())
        if self._cm != before:
            self.value_changed.emit(self.dimension_id, self._cm)

    def _show_understood(self, understood: str | None = None) -> None:
        self.understood.setStyleSheet("color: palette(mid);")
        if self._cm is None:
            # Nothing typed yet: the camera needs the height, so say so where the person looks.
            self.understood.setText(self.prompt())
            return
        if understood is None:
            understood = parse_height(self.edit.text(), self._unit).understood()
        self.understood.setText(fill(self.tr("Understood: %1"), local_digits(understood)))

    def _refusal(self, error: HeightEntryError) -> str:
        low, high = stature_range_cm()
        if error.problem is HeightProblem.EMPTY:
            return self.tr("Enter your height, e.g. 182 cm or 5 ft 11.")
        if error.problem is HeightProblem.IMPLAUSIBLE:
            return fill(self.tr("%1 is not a height the camera can measure: enter %2 to %3 cm "
                                "(e.g. 182 cm, 5 ft 11, 71 in)."), error.text, number(low), number(high))
        return fill(self.tr("“%1” is not a height: write it like 182 cm, 1.82 m, 5 ft 11, 5'11\" or 71 in."),
                    error.text)
