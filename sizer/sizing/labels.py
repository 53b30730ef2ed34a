"""How a typed size label is matched to a chart's label: tolerant of case, spaces and fraction spelling only."""
from __future__ import annotations

import functools
import re

_GLYPHS = {"½": " 1/2", "¼": " 1/4", "¾": " 3/4", "⅛": " 1/8", "⅜": " 3/8", "⅝": " 5/8", "⅞": " 7/8"}
# "15 1/2" or "7 3/8": a whole number and a proper fraction in halves, quarters or eighths;
# "32/33" (a shirt sleeve range) is not a fraction and is left alone.
_MIXED = re.compile(r"(?<![\d.])(\d+)\s+([1357])/([248])(?![\d/])")
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=8192)
def label_key(label: str) -> str:
    """The form two labels are compared in: ``"w32 l32"`` and ``"W32 L32"`` share one key,
    as do ``"15½"``, ``"15 1/2"`` and ``"15.5"``; different values never do."""
    text = str(label)
    for glyph, spelled in _GLYPHS.items():
        text = text.replace(glyph, spelled)

    def to_decimal(match: re.Match[str]) -> str:
        value = int(match[1]) + int(match[2]) / int(match[3])
        return f"{value:g}"

    text = _MIXED.sub(to_decimal, text)
    return _SPACES.sub("", text).casefold()
