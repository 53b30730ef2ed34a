"""Reads the measurement cells brands write: "34-36", "34–36", "34/36", "34 to 36", "92,5", "34½".

One parser for the column-mapping import and the brand size-chart import, so a cell means the same
wherever it is read. Values come back as written (no unit conversion); the caller knows the unit.
"""
from __future__ import annotations

import math
import re
from typing import Any

_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625,
              "⅞": 0.875}
_NUMBER = r"\d+(?:[.,]\d+)?\s*(?:[½¼¾⅓⅔⅛⅜⅝⅞]|\s\d/\d)?"
# Separators between two bounds: hyphen, en/em dash, minus, slash, tilde, "to", "bis", "à", 至, 到, ～.
_SEPARATOR = r"\s*(?:-|–|—|−|/|~|～|〜|to|bis|à|a|至|到)\s*"
_UNIT = r"\s*(?:cm|cms|in|inch|inches|\"|″|”|厘米|公分|英寸)?\.?\s*"
_RANGE_RE = re.compile(rf"^\s*(?P<low>{_NUMBER}){_UNIT}{_SEPARATOR}(?P<high>{_NUMBER}){_UNIT}$", re.IGNORECASE)
_SINGLE_RE = re.compile(rf"^\s*(?P<value>{_NUMBER}){_UNIT}$", re.IGNORECASE)
_UNIT_IN_CELL = re.compile(r"(?:\d|\s)(?P<unit>cm|cms|厘米|公分|in|inch|inches|英寸|\"|″|”)\.?\s*$", re.IGNORECASE)


def parse_number(text: str) -> float | None:
    """``"92,5"`` -> 92.5, ``"34½"`` -> 34.5, ``"34 1/2"`` -> 34.5; None when it is not a number."""
    text = text.strip()
    fraction = 0.0
    if text and text[-1] in _FRACTIONS:
        fraction, text = _FRACTIONS[text[-1]], text[:-1].strip()
    else:
        match = re.match(r"^(\d+(?:[.,]\d+)?)\s+(\d)/(\d)$", text)
        if match and int(match[3]):
            fraction, text = int(match[2]) / int(match[3]), match[1]
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    value += fraction
    return value if math.isfinite(value) else None


def parse_measure(value: Any) -> tuple[float, float] | None:
    """A cell as (low, high) as written: a range gives its two bounds, one value gives (v, v).

    None for an empty cell or text that is not a measurement. Bounds written high-to-low ("36-34")
    are swapped; a "34/36" cell is a range here, since the caller only asks this of measurement cells.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
        return (number, number) if math.isfinite(number) else None
    text = str(value).strip()
    if not text:
        return None
    match = _RANGE_RE.match(text)
    if match:
        low, high = parse_number(match["low"]), parse_number(match["high"])
        if low is None or high is None:
            return None
        return (min(low, high), max(low, high))
    match = _SINGLE_RE.match(text)
    if match:
        number = parse_number(match["value"])
        return None if number is None else (number, number)
    return None


def unit_in_cell(value: Any) -> str | None:
    """"in" or "cm" when the cell itself says its unit ("34-36 in", '34"', "86 cm"), else None."""
    if not isinstance(value, str):
        return None
    match = _UNIT_IN_CELL.search(value.strip())
    if not match:
        return None
    return "cm" if match["unit"].lower() in ("cm", "cms", "厘米", "公分") else "in"
