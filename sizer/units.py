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


# A body range is shown to a tenth (of a cm or an inch); a narrower range (a ring size spans a third
# of a millimetre, a shoe size a few) gets more decimals, up to this many, so its two ends differ.
RANGE_DECIMALS = 1
MAX_RANGE_DECIMALS = 3


def range_decimals(widths_cm, unit: LengthUnit | str = LengthUnit.CM) -> int:
    """The decimals that keep apart both ends of the narrowest of ``widths_cm`` (cm) in ``unit``:
    one rule for every table of ranges (a size guide, a chart, `sizer size`)."""
    narrowest = min((w for w in widths_cm if w > 0), default=None)
    if narrowest is None:
        return RANGE_DECIMALS
    width = narrowest if LengthUnit(unit) is LengthUnit.CM else cm_to_in(narrowest)
    decimals = RANGE_DECIMALS
    # two steps of the last decimal across the range: 4.80–4.83, not 4.8–4.8
    while decimals < MAX_RANGE_DECIMALS and width < 2 * 10 ** -decimals:
        decimals += 1
    return decimals


def format_range_end(cm: float, unit: LengthUnit | str = LengthUnit.CM, decimals: int = RANGE_DECIMALS) -> str:
    """One end of a range at ``decimals`` (from :func:`range_decimals`): ``88``, ``27.2``, ``4.80``."""
    value = cm if LengthUnit(unit) is LengthUnit.CM else cm_to_in(cm)
    if decimals <= RANGE_DECIMALS:
        return f"{round(value, decimals):g}"
    return f"{value:.{decimals}f}"  # every end of a fine table at one precision: 4.80, 4.83


def format_range(low_cm: float, high_cm: float, unit: LengthUnit | str = LengthUnit.CM, *,
                 decimals: int | None = None, with_unit: bool = True) -> str:
    """A body range for display: ``88–94 cm``, ``4.80–4.83 cm`` (a ring), ``10.63–10.72 in``.
    ``decimals`` defaults to what this range itself needs; a table passes its narrowest row's."""
    unit = LengthUnit(unit)
    if decimals is None:
        decimals = range_decimals([high_cm - low_cm], unit)
    text = f"{format_range_end(low_cm, unit, decimals)}–{format_range_end(high_cm, unit, decimals)}"
    return f"{text} {'cm' if unit is LengthUnit.CM else 'in'}" if with_unit else text
