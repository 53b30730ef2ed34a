"""Lengths: centimetres inside, inches only at the edges (exactly 2.54 cm to the inch)."""
from __future__ import annotations

import enum
import re
from fractions import Fraction

from sizer.errors import SizerError

CM_PER_INCH = 2.54


class LengthUnit(str, enum.Enum):
    """How lengths are shown to a person."""

    CM = "cm"
    IN = "in"  # decimal inches, one decimal
    IN_FRACTION = "in_frac"  # inches to the nearest eighth, e.g. 32⅜ in


def cm_to_in(cm: float) -> float:
    return cm / CM_PER_INCH


def in_to_cm(inches: float) -> float:
    return inches * CM_PER_INCH


_FRACTION_GLYPHS = {
    Fraction(1, 8): "⅛", Fraction(1, 4): "¼", Fraction(3, 8): "⅜", Fraction(1, 2): "½",
    Fraction(5, 8): "⅝", Fraction(3, 4): "¾", Fraction(7, 8): "⅞",
}
_GLYPH_VALUES = {glyph: value for value, glyph in _FRACTION_GLYPHS.items()}


def round_cm(cm: float, step: float = 0.5) -> float:
    """Round to the nearest ``step`` cm (half-centimetres by default, as tape measures read)."""
    return round(cm / step) * step


def format_length(cm: float, unit: LengthUnit | str = LengthUnit.CM, *, with_unit: bool = True,
                  fine: bool = False) -> str:
    """A length for display: ``92.5 cm``, ``36.4 in`` or ``36⅜ in``.

    ``fine`` shows tenths of a millimetre (``5.44 cm``) or hundredths of an inch (``2.14 in``, also
    for the fraction unit): ring girths and shoe foot lengths step by a millimetre or two.
    """
    unit = LengthUnit(unit)
    if fine:
        text = f"{cm:.2f}" if unit is LengthUnit.CM else f"{cm_to_in(cm):.2f}"
    elif unit is LengthUnit.CM:
        value = round_cm(cm)
        text = f"{value:.0f}" if value == int(value) else f"{value:.1f}"
    elif unit is LengthUnit.IN:
        text = f"{cm_to_in(cm):.1f}"
    else:
        eighths = round(cm_to_in(cm) * 8)
        whole, rest = divmod(eighths, 8)
        glyph = _FRACTION_GLYPHS.get(Fraction(rest, 8), "")
        text = f"{whole}{glyph}" if whole or not glyph else glyph
    if not with_unit:
        return text
    return f"{text} {'cm' if unit is LengthUnit.CM else 'in'}"


def format_uncertainty(cm: float, unit: LengthUnit | str = LengthUnit.CM, *, with_unit: bool = True) -> str:
    """A measurement's uncertainty (the number after ±), by one rule wherever it is shown: to a
    tenth of the unit, like the measurement it qualifies (``2.3 cm``, ``0.9 in``). Rounding it to
    the half centimetre as lengths are would turn 2.3 into 2.5 on one screen and not another."""
    unit = LengthUnit(unit)
    value = cm if unit is LengthUnit.CM else cm_to_in(cm)
    text = f"{value:.1f}"
    return f"{text} {'cm' if unit is LengthUnit.CM else 'in'}" if with_unit else text


_LENGTH_RE = re.compile(
    r"""^\s*(?P<whole>\d+(?:[.,]\d+)?)?\s*
        (?:(?P<num>\d+)\s*/\s*(?P<den>\d+)|(?P<glyph>[⅛¼⅜½⅝¾⅞]))?\s*
        (?P<unit>cm|mm|in|inch|inches|"|″)?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)


def parse_length(text: str, default_unit: LengthUnit | str = LengthUnit.CM) -> float:
    """Parse a typed length (``92``, ``92.5 cm``, ``36 1/2 in``, ``36½"``, ``920 mm``) to cm."""
    match = _LENGTH_RE.match(text or "")
    if not match or not (match["whole"] or match["num"] or match["glyph"]):
        raise SizerError(f"not a length: {text!r} (examples: 92.5 cm, 36 1/2 in, 36½\")")
    value = float(match["whole"].replace(",", ".")) if match["whole"] else 0.0
    if match["num"]:
        if int(match["den"]) == 0:
            raise SizerError(f"not a length: {text!r} (division by zero)")
        value += int(match["num"]) / int(match["den"])
    elif match["glyph"]:
        value += float(_GLYPH_VALUES[match["glyph"]])
    unit = (match["unit"] or LengthUnit(default_unit).value).lower()
    if unit == "mm":
        return value / 10.0
    if unit in ("in", "inch", "inches", '"', "″", LengthUnit.IN_FRACTION.value):
        return in_to_cm(value)
    return value
