"""Numbers as the interface language writes them: 92,5 in German, 92.5 in English, 1 234 in French.

Every number the UI shows goes through here (or through Qt's own locale-aware widgets and ``%Ln``).
The core formats numbers for files and the command line, always with a decimal point; the UI either
formats the value itself (:func:`number`) or rewrites a text the core formatted (:func:`local_digits`),
so a spin box showing 92,5 never sits beside a label showing ± 1.2. The locale is Qt's default,
which sizer/ui/i18n.py sets to the interface language.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from sizer.units import LengthUnit, format_length, format_range, format_uncertainty

# A decimal point between digits, as Python writes it ("92.5", "4.80–4.83"); not a full stop after a
# sentence or the dots of a file name, which have no digit on both sides.
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def _locale() -> QLocale:
    return QLocale()


def number(value: float | int, decimals: int | None = None) -> str:
    """``value`` in the interface language. ``decimals`` None: as many as it needs (at most 3), as
    Python's ``:g`` would show it (92.5, 88, 4.83). Counts (ints) get the language's digit grouping."""
    locale = _locale()
    if isinstance(value, int) and decimals is None:
        return locale.toString(value)
    if decimals is None:
        text = f"{round(float(value), 3):.3f}".rstrip("0").rstrip(".")
        decimals = len(text.split(".")[1]) if "." in text else 0
    return locale.toString(float(value), "f", decimals)


def local_digits(text: str) -> str:
    """A text the core formatted (``92.5 cm``, ``88–94``, ``5 ft 11.5 in``) with the interface
    language's decimal mark."""
    mark = _locale().decimalPoint()
    return text if mark == "." else _DECIMAL_POINT.sub(mark, text)


def length(cm: float, unit: LengthUnit | str = LengthUnit.CM, **options) -> str:
    """sizer.units.format_length in the interface language's digits."""
    return local_digits(format_length(cm, unit, **options))


def uncertainty(cm: float, unit: LengthUnit | str = LengthUnit.CM, **options) -> str:
    """sizer.units.format_uncertainty in the interface language's digits."""
    return local_digits(format_uncertainty(cm, unit, **options))


def body_range(low_cm: float, high_cm: float, unit: LengthUnit | str = LengthUnit.CM, **options) -> str:
    """sizer.units.format_range in the interface language's digits."""
    return local_digits(format_range(low_cm, high_cm, unit, **options))
