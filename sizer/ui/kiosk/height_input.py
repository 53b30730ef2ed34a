"""The shopper's typed height, read and checked without Qt: centimetres, or feet and inches.

The kiosk's height screen only shows what this module decides: whether the typed height is a
plausible stature, and if not, why, with the allowed range in the unit the shopper chose (a
shopper typing feet and inches is answered in feet and inches, never in centimetres).

The keypad gives numbers, not text, so it needs no text parser; the range of heights accepted is
the one rule of sizer.height_entry (the desktop's height field and ``sizer measure --height-cm``).
"""
from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from sizer.height_entry import stature_range_cm
from sizer.units import LengthUnit, cm_to_in, in_to_cm

INCHES_PER_FOOT = 12


class HeightProblem(enum.Enum):
    INCOMPLETE = "incomplete"  # still typing: say nothing yet
    INCHES_OVER_11 = "inches_over_11"  # "5 ft 14 in", "1 ft 65 in"
    OUT_OF_RANGE = "out_of_range"


@dataclass(frozen=True)
class HeightReading:
    height_cm: float | None  # set when the height is usable
    problem: HeightProblem | None = None


def height_range_cm() -> tuple[float, float]:
    return stature_range_cm()


def height_range_inches() -> tuple[int, int]:
    """The range in whole inches that lies inside :func:`height_range_cm`."""
    low, high = height_range_cm()
    return math.ceil(cm_to_in(low) - 1e-9), math.floor(cm_to_in(high) + 1e-9)


def feet_inches(total_inches: int) -> tuple[int, int]:
    return divmod(total_inches, INCHES_PER_FOOT)


def read_height(unit: LengthUnit, primary: str, inches: str = "") -> HeightReading:
    """Read ``primary`` (cm, or feet) and ``inches`` (ft/in only) as typed on the keypad."""
    primary, inches = primary.strip(), inches.strip()
    if not primary.isdigit() or (inches and not inches.isdigit()):
        return HeightReading(None, HeightProblem.INCOMPLETE)
    if unit is LengthUnit.CM:
        value_cm = float(primary)
        if len(primary) < 3 and value_cm < height_range_cm()[0]:
            return HeightReading(None, HeightProblem.INCOMPLETE)  # "17" on the way to "170"
    else:
        if int(inches or 0) >= INCHES_PER_FOOT:
            return HeightReading(None, HeightProblem.INCHES_OVER_11)
        value_cm = in_to_cm(int(primary) * INCHES_PER_FOOT + int(inches or 0))
    low, high = height_range_cm()
    if not low - 1e-6 <= value_cm <= high + 1e-6:
        return HeightReading(None, HeightProblem.OUT_OF_RANGE)
    return HeightReading(value_cm)
