"""A typed body height, as people write it: "182 cm", "1.82 m", "5 ft 11", "5'11\"", "71 in".

Qt-free, so the desktop's height field and the kiosk's keypad read heights by one rule. The answer
says what it understood ("5 ft 11 in = 180.3 cm"), so a number read in the wrong unit is seen at
once, and an implausible height is refused with the range that would be valid, never scaled into
something that merely fits a spin box.
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from sizer.dimensions import get_dimension
from sizer.errors import SizerError
from sizer.units import CM_PER_INCH, LengthUnit

# The camera frames adults and older children: below this height it cannot measure (and a person
# typing "70" with centimetres selected far more likely meant inches).
MIN_MEASURABLE_STATURE_CM = 100.0


def stature_range_cm() -> tuple[float, float]:
    """The heights accepted: from what the camera can measure to the tallest plausible stature."""
    _low, high = get_dimension("stature").plausible_range_cm()
    return MIN_MEASURABLE_STATURE_CM, high


class HeightProblem(str, enum.Enum):
    """Why a typed height was refused (the UI words it in the person's language)."""

    EMPTY = "empty"
    NOT_A_HEIGHT = "not_a_height"  # the text is not a number with a unit we know
    IMPLAUSIBLE = "implausible"  # a height, but outside stature_range_cm() in any unit


class HeightEntryError(SizerError):
    def __init__(self, problem: HeightProblem, text: str, understood_cm: float | None = None):
        low, high = stature_range_cm()
        if problem is HeightProblem.IMPLAUSIBLE and understood_cm is not None:
            message = (f"{text!r} would be a height of {understood_cm:.0f} cm; expected {low:g} to {high:g} cm "
                       f"(e.g. 182 cm, 5 ft 11, 71 in)")
        elif problem is HeightProblem.EMPTY:
            message = "no height typed (e.g. 182 cm, 5 ft 11, 71 in)"
        else:
            message = f"{text!r} is not a height (e.g. 182 cm, 1.82 m, 5 ft 11, 5'11\", 71 in)"
        super().__init__(message)
        self.problem = problem
        self.text = text
        self.understood_cm = understood_cm


class HeightForm(str, enum.Enum):
    """How the height was read, so the answer can be echoed back in the same form."""

    CM = "cm"
    METRES = "m"
    INCHES = "in"
    FEET_INCHES = "ft_in"


@dataclass(frozen=True)
class HeightReading:
    cm: float
    form: HeightForm
    unit_was_typed: bool  # False: a bare number, read in the chosen (or the only plausible) unit

    @property
    def feet_inches(self) -> tuple[int, float]:
        inches = self.cm / CM_PER_INCH
        feet = int(inches // 12)
        return feet, inches - 12 * feet

    def understood(self) -> str:
        """What was understood, in the typed form and in cm: ``5 ft 11 in = 180.3 cm``."""
        if self.form is HeightForm.FEET_INCHES:
            feet, inches = self.feet_inches
            return f"{feet} ft {_plain(round(inches, 1))} in = {self.cm:.1f} cm"
        if self.form is HeightForm.INCHES:
            return f"{_plain(round(self.cm / CM_PER_INCH, 1))} in = {self.cm:.1f} cm"
        if self.form is HeightForm.METRES:
            return f"{_plain(round(self.cm / 100, 3))} m = {self.cm:.1f} cm"
        return f"{self.cm:.1f} cm"


def _plain(value: float) -> str:
    return f"{value:g}"


_NUMBER = r"\d{1,4}(?:[.,]\d{1,3})?"
_FEET_INCHES = re.compile(
    rf"""^(?P<feet>\d)\s*(?:ft|feet|foot|'|′|’)\s*(?:(?P<inches>{_NUMBER})\s*(?:in|inch|inches|"|″|”|'')?)?$""",
    re.IGNORECASE)
_SINGLE = re.compile(rf"^(?P<value>{_NUMBER})\s*(?P<unit>cm|m|mm|in|inch|inches|\"|″|”|'')?$", re.IGNORECASE)


def parse_height(text: str, default_unit: LengthUnit | str = LengthUnit.CM) -> HeightReading:
    """Read a typed height; raises :class:`HeightEntryError` naming what is wrong.

    A number with a unit is read in that unit. A bare number is read in ``default_unit`` when that
    gives a plausible height, else in the other unit when that does ("182" with inches chosen is
    182 cm, "71" with centimetres chosen is 71 in): :meth:`HeightReading.understood` says which.
    """
    cleaned = " ".join((text or "").strip().split())
    if not cleaned:
        raise HeightEntryError(HeightProblem.EMPTY, text or "")
    low, high = stature_range_cm()
    match = _FEET_INCHES.match(cleaned)
    if match:
        inches = float(match["inches"].replace(",", ".")) if match["inches"] else 0.0
        if inches >= 12:
            raise HeightEntryError(HeightProblem.NOT_A_HEIGHT, cleaned)
        reading = HeightReading((int(match["feet"]) * 12 + inches) * CM_PER_INCH, HeightForm.FEET_INCHES, True)
        return _checked(reading, cleaned)
    match = _SINGLE.match(cleaned)
    if not match:
        raise HeightEntryError(HeightProblem.NOT_A_HEIGHT, cleaned)
    value = float(match["value"].replace(",", "."))
    unit = (match["unit"] or "").lower()
    if unit == "cm":
        return _checked(HeightReading(value, HeightForm.CM, True), cleaned)
    if unit == "mm":
        return _checked(HeightReading(value / 10, HeightForm.CM, True), cleaned)
    if unit == "m":
        return _checked(HeightReading(value * 100, HeightForm.METRES, True), cleaned)
    if unit:
        return _checked(HeightReading(value * CM_PER_INCH, HeightForm.INCHES, True), cleaned)
    # A bare number: the chosen unit first, then whichever unit makes it a height.
    as_inches = HeightReading(value * CM_PER_INCH, HeightForm.INCHES, False)
    as_cm = HeightReading(value, HeightForm.CM, False)
    as_metres = HeightReading(value * 100, HeightForm.METRES, False)
    chosen = LengthUnit(default_unit)
    candidates = (as_cm, as_inches, as_metres) if chosen is LengthUnit.CM else (as_inches, as_cm, as_metres)
    for candidate in candidates:
        if low <= candidate.cm <= high:
            return candidate
    raise HeightEntryError(HeightProblem.IMPLAUSIBLE, cleaned, candidates[0].cm)


def _checked(reading: HeightReading, text: str) -> HeightReading:
    low, high = stature_range_cm()
    if not low <= reading.cm <= high:
        raise HeightEntryError(HeightProblem.IMPLAUSIBLE, text, reading.cm)
    return reading


def format_height(cm: float, unit: LengthUnit | str = LengthUnit.CM) -> str:
    """A height as it would be typed back: ``182 cm`` or ``5 ft 11.7 in``: parse_height reads it again."""
    if LengthUnit(unit) is LengthUnit.CM:
        return f"{_plain(round(cm, 1))} cm"
    feet, inches = HeightReading(cm, HeightForm.FEET_INCHES, True).feet_inches
    inches = round(inches, 1)
    if inches >= 12:  # 5 ft 11.96 in rounds up to the next foot
        feet, inches = feet + 1, 0.0
    return f"{feet} ft {_plain(inches)} in"
