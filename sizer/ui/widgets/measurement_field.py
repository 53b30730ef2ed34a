"""An input for one body measurement: value in the chosen unit, its uncertainty, and a "?" that
opens the measuring guide for that dimension."""
from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QToolButton, QWidget

from sizer.dimensions import get_dimension
from sizer.plausibility import accepted_range_cm, implausible
from sizer.profile import implausible_problem
from sizer.ui.i18n import fill
from sizer.ui.icons import icon
from sizer.ui.numbers import length, uncertainty
from sizer.ui.problem_texts import problem_text
from sizer.ui.widgets.wheel_guard import guard
from sizer.units import LengthUnit, cm_to_in, in_to_cm


class MeasurementField(QWidget):
    """Edits one dimension in cm inside, shown in cm or inches. Empty reads as ``None``.

    A value can be typed anywhere in the widest range any body has (so nothing is clamped behind
    the person's back); whether it is plausible for whom it is measured (an adult's chest is not
    37 cm) is the one rule of sizer.plausibility, as in the CLI, the kiosk and the imports: see
    :meth:`problem`.
    """

    value_changed = Signal(str, object)  # dimension id, value in cm or None
    guide_requested = Signal(str)  # dimension id

    def __init__(self, dimension_id: str, name: str, unit: LengthUnit = LengthUnit.CM,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.dimension_id = dimension_id
        self.dimension = get_dimension(dimension_id)
        self._unit = LengthUnit.CM
        self._uncertainty_cm: float | None = None
        self.segment = None  # whom it is measured for (sizer.catalog.segments.Segment), None: anyone
        # What the camera (or a loaded profile) said before the person changed it by hand.
        self._measured: tuple[float, float | None] | None = None
        self.edited_by_hand = False
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
        guard(self.spin)  # the wheel scrolls the page past it unless it has focus
        self.label.setBuddy(self.spin)
        self.uncertainty_label = QLabel()
        self.uncertainty_label.setObjectName(f"uncertainty_{dimension_id}")
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
        # A NaN (a height no frame measured) is "not measured", never a number to show or save.
        if value_cm is not None and not math.isfinite(value_cm):
            value_cm = None
        if uncertainty_cm is not None and not math.isfinite(uncertainty_cm):
            uncertainty_cm = None
        self._uncertainty_cm = uncertainty_cm
        self._measured = None if value_cm is None else (value_cm, uncertainty_cm)
        self.edited_by_hand = False
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
            # A value typed by hand is the person's own: the camera's uncertainty no longer applies,
            # and the field says so (with what was measured) instead of silently dropping the ±.
            self._uncertainty_cm = None
            self.edited_by_hand = self._measured is not None
            self._show_uncertainty()
        self.value_changed.emit(self.dimension_id, self.value_cm())

    def set_unit(self, unit: LengthUnit | str) -> None:
        value = self.value_cm() if hasattr(self, "spin") and self.spin.maximum() > 0 else None
        self._unit = LengthUnit.CM if LengthUnit(unit) is LengthUnit.CM else LengthUnit.IN
        low, high = accepted_range_cm(self.dimension_id)  # the widest: the segment's check is problem()
        to_unit = (lambda v: v) if self._unit is LengthUnit.CM else cm_to_in
        self.spin.blockSignals(True)
        # One step below the plausible minimum stands for "not measured" (the special value).
        step = 0.5 if self._unit is LengthUnit.CM else 0.25
        self.spin.setRange(round(to_unit(low), 1) - step, round(to_unit(high), 1))
        self.spin.setSingleStep(step)
        self.spin.setSuffix(" cm" if self._unit is LengthUnit.CM else " in")
        self.spin.blockSignals(False)
        measured, edited = self._measured, self.edited_by_hand
        self.set_value_cm(value, self._uncertainty_cm)
        self._measured, self.edited_by_hand = measured, edited
        self._show_uncertainty()

    # Plausibility --------------------------------------------------------------------------
    def set_segment(self, segment) -> None:
        self.segment = segment
        self._show_uncertainty()

    def problem(self):
        """Why the value shown is no plausible body measurement for :attr:`segment` (a Problem,
        with the unit it looks like), or None: sizer.plausibility's one rule."""
        value = self.value_cm()
        if value is None:
            return None
        inches = self._unit is LengthUnit.IN
        miss = implausible(self.dimension_id, value, self.segment, inches=inches)
        if miss is None:
            return None
        typed = round(self.spin.value(), 2)
        return implausible_problem(self.dimension_id, typed, "in" if inches else "cm", miss,
                                   miss.slip.sentence() if miss.slip else None)

    def _show_uncertainty(self) -> None:
        problem = self.problem() if hasattr(self, "spin") else None
        self.spin.setStyleSheet("QDoubleSpinBox { color: #B00020; }" if problem is not None else "")
        if problem is not None:
            self.uncertainty_label.setText("⚠")
            self.uncertainty_label.setToolTip(problem_text(problem))
            return
        if self.edited_by_hand and self._measured is not None and self.value_cm() is not None:
            value, spread = self._measured
            was = length(value, self._unit) + ("" if spread is None else " ± " + uncertainty(spread, self._unit))
            self.uncertainty_label.setText("✎ " + self.tr("by hand"))
            self.uncertainty_label.setToolTip(fill(self.tr("Changed by hand; it was %1"), was))
            return
        if self._uncertainty_cm is None or self.value_cm() is None:
            self.uncertainty_label.setText("")
            self.uncertainty_label.setToolTip("")
            return
        self.uncertainty_label.setText("± " + uncertainty(self._uncertainty_cm, self._unit))
        self.uncertainty_label.setToolTip(self.tr("Estimated uncertainty of the camera measurement"))
