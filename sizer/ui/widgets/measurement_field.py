"""An input for one body measurement: value in the chosen unit, its uncertainty, and a "?" that
opens the measuring guide for that dimension."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QToolButton, QWidget

from sizer.dimensions import get_dimension
from sizer.ui.icons import icon
from sizer.units import LengthUnit, cm_to_in, format_length, in_to_cm


class MeasurementField(QWidget):
    """Edits one dimension in cm inside, shown in cm or inches. Empty reads as ``None``."""

    value_changed = Signal(str, object)  # dimension id, value in cm or None
    guide_requested = Signal(str)  # dimension id

    def __init__(self, dimension_id: str, name: str, unit: LengthUnit = LengthUnit.CM,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.dimension_id = dimension_id
        self.dimension = get_dimension(dimension_id)
        self._unit = LengthUnit.CM
        self._uncertainty_cm: float | None = None
        self.label = QLabel(f"&{name}:")
        self.label.setObjectName(f"label_{dimension_id}")
        self.spin = QDoubleSpinBox()
        self.spin.setObjectName(f"field_{dimension_id}")
        self.spin.setAccessibleName(name)
        self.spin.setToolTip(self.dimension.definition)
        self.spin.setDecimals(1)
        self.spin.setSpecialValueText("—")  # shown at the minimum, which means "not measured"
        self.spin.setKeyboardTracking(False)
        self.spin.setMinimumWidth(110)
        self.label.setBuddy(self.spin)
        self.uncertainty_label = QLabel()
        self.uncertainty_label.setMinimumWidth(70)
        self.help_button = QToolButton()
        self.help_button.setObjectName(f"guide_{dimension_id}")
        self.help_button.setIcon(icon("help"))
        self.help_button.setAutoRaise(True)
        tip = self.tr("How to measure: %1").replace("%1", name)
        self.help_button.setToolTip(tip)
        self.help_button.setAccessibleName(tip)
        self.help_button.clicked.connect(lambda: self.guide_requested.emit(self.dimension_id))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin, 1)
        layout.addWidget(self.uncertainty_label)
        layout.addWidget(self.help_button)
        self.setFocusProxy(self.spin)
        self.set_unit(unit)
        self._programmatic = False
        self.spin.valueChanged.connect(self._edited)

    # Values ------------------------------------------------------------------------------
    def value_cm(self) -> float | None:
        if self.spin.value() <= self.spin.minimum():
            return None
        shown = self.spin.value()
        return shown if self._unit is LengthUnit.CM else in_to_cm(shown)

    def uncertainty_cm(self) -> float | None:
        """The camera's uncertainty of the value shown (None once the value is typed by hand)."""
        return self._uncertainty_cm if self.value_cm() is not None else None

    def set_value_cm(self, value_cm: float | None, uncertainty_cm: float | None = None) -> None:
        self._uncertainty_cm = uncertainty_cm
        self._programmatic = True
        try:
            if value_cm is None:
                self.spin.setValue(self.spin.minimum())
            else:
                self.spin.setValue(value_cm if self._unit is LengthUnit.CM else cm_to_in(value_cm))
        finally:
            self._programmatic = False
        self._show_uncertainty()

    def _edited(self, _shown: float) -> None:
        if not self._programmatic:
            # A value typed by hand is the person's own: the camera's uncertainty no longer applies.
            self._uncertainty_cm = None
            self._show_uncertainty()
        self.value_changed.emit(self.dimension_id, self.value_cm())

    def set_unit(self, unit: LengthUnit | str) -> None:
        value = self.value_cm() if hasattr(self, "spin") and self.spin.maximum() > 0 else None
        self._unit = LengthUnit.CM if LengthUnit(unit) is LengthUnit.CM else LengthUnit.IN
        low, high = self.dimension.plausible_range_cm()
        to_unit = (lambda v: v) if self._unit is LengthUnit.CM else cm_to_in
        self.spin.blockSignals(True)
        # One step below the plausible minimum stands for "not measured" (the special value).
        step = 0.5 if self._unit is LengthUnit.CM else 0.25
        self.spin.setRange(round(to_unit(low), 1) - step, round(to_unit(high), 1))
        self.spin.setSingleStep(step)
        self.spin.setSuffix(" cm" if self._unit is LengthUnit.CM else " in")
        self.spin.blockSignals(False)
        self.set_value_cm(value, self._uncertainty_cm)

    def _show_uncertainty(self) -> None:
        if self._uncertainty_cm is None or self.value_cm() is None:
            self.uncertainty_label.setText("")
            self.uncertainty_label.setToolTip("")
            return
        self.uncertainty_label.setText("± " + format_length(self._uncertainty_cm, self._unit))
        self.uncertainty_label.setToolTip(self.tr("Estimated uncertainty of the camera measurement"))
