"""How a typed size label is matched to a chart's label: tolerant of case, spaces and fraction spelling only."""
from __future__ import annotations

import functools
import math
import re

_GLYPHS = {"½": " 1/2", "¼": " 1/4", "¾": " 3/4", "⅛": " 1/8", "⅜": " 3/8", "⅝": " 5/8", "⅞": " 7/8",
           "⅓": " 1/3", "⅔": " 2/3", "\u2044": "/"}
# "15 1/2", "7 3/8" or "42 2/3": a whole number and a proper fraction in halves, thirds, quarters or
# eighths; "32/33" (a shirt sleeve range) is not a fraction and is left alone.
_MIXED = re.compile(r"(?<![\d.])(\d+)\s+([1-7])/([2348])(?![\d/])")
_COMMA_DECIMAL = re.compile(r"(?<=\d),(?=\d(?!\d*\s*[,/]\s*\d))")  # "42,5" as written in Europe
_SPACES = re.compile(r"\s+")
_THIRDS = re.compile(r"^(\d+)\.(33|333|3333|67|667|6667|66|666)$")


def _to_decimal(match: re.Match[str]) -> str:
    numerator, denominator = int(match[2]), int(match[3])
    if numerator >= denominator:
        return match[0]
    value = int(match[1]) + numerator / denominator
    return f"{round(value, 4):g}"


@functools.lru_cache(maxsize=8192)
def spaced_key(label: str) -> str:
    """:func:`label_key` with single spaces kept between words (for reading shortened labels)."""
    text = str(label).strip()
    for glyph, spelled in _GLYPHS.items():
        text = text.replace(glyph, spelled)
    text = _COMMA_DECIMAL.sub(".", text)
    text = _MIXED.sub(_to_decimal, text)
    return _SPACES.sub(" ", text).strip().casefold()


@functools.lru_cache(maxsize=8192)
def label_key(label: str) -> str:
    """The form two labels are compared in: ``"w32 l32"`` and ``"W32 L32"`` share one key,
    as do ``"15½"``, ``"15 1/2"`` and ``"15.5"``, and ``"42⅔"``, ``"42 2/3"``; different values never do."""
    return _SPACES.sub("", spaced_key(label))


def label_number(label: str) -> float | None:
    """The number a label is, when it is one (``"42⅔"`` = 42.667, ``"7¼"`` = 7.25), else None."""
    key = label_key(label)
    thirds = _THIRDS.match(key)
    if thirds:
        return int(thirds[1]) + (1 / 3 if thirds[2].startswith("3") else 2 / 3)
    try:
        value = float(key)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


_LETTER_SIZE = re.compile(r"^(?:(?P<xs>X*)(?P<letter>[SL])|M|(?P<n>[1-9])X(?P<nletter>[SL])?)$")


@functools.lru_cache(maxsize=8192)
def letter_size(label: str) -> tuple[int, str] | None:
    """A letter size as (how many X, S/M/L): ``"XXL"``, ``"2XL"`` and ``"2X"`` are (2, "L"),
    ``"XXXL"`` and ``"3XL"`` (3, "L"), ``"XXS"`` and ``"2XS"`` (2, "S"), ``"M"`` (0, "M"); None for
    any other label. ``"2X"`` without a letter is the big-and-tall spelling of 2XL."""
    match = _LETTER_SIZE.match(_SPACES.sub("", str(label)).upper())
    if match is None:
        return None
    if match["n"]:
        return int(match["n"]), match["nletter"] or "L"
    if match["letter"]:
        return len(match["xs"]), match["letter"]
    return 0, "M"


def letter_rank(size: tuple[int, str]) -> int:
    """Letter sizes in order: ... XXS < XS < S < M < L < XL < XXL ..."""
    count, letter = size
    return {"S": -1 - count, "M": 0, "L": 1 + count}[letter]


# Fractions a size label carries as a decimal in the channels' valid values (Amazon's footwear_size,
# Google's size: "8.5") and as a glyph in charts that print them so ("8½"); thirds (EU 42⅔) are
# written as glyphs everywhere, there is no short decimal for them.
_DECIMAL_GLYPHS = {"½": ".5", "¼": ".25", "¾": ".75", "⅛": ".125", "⅜": ".375", "⅝": ".625", "⅞": ".875"}
_GLYPH_AFTER_NUMBER = re.compile(r"(?<=\d)\s*([½¼¾⅛⅜⅝⅞])")
_HALVING_FRACTION = re.compile(r"(?<![\d.])(\d+)\s+([1-7])/([248])(?![\d/])")  # "8 1/2", "7 3/4"
_DECIMAL_PART = re.compile(r"(?<![\d.,])(\d+)\.(5|25|75|125|375|625|875)(?![\d])")


def spell_fractions(label: str, glyphs: bool) -> str:
    """``label`` with its half (quarter, eighth) size in one spelling, however it was typed
    ("8 1/2", "8½", "8,5", "8.5"): decimals ("8.5") when ``glyphs`` is False, the channels'
    spelling; glyphs ("8½") when True, for a chart that writes its halves so. The rest of the
    label (letters, systems, "32/34" ranges) as written; a label that is no half size unchanged."""
    text = _GLYPH_AFTER_NUMBER.sub(lambda m: _DECIMAL_GLYPHS[m[1]], str(label))
    text = _COMMA_DECIMAL.sub(".", text)
    text = _HALVING_FRACTION.sub(lambda m: _to_decimal(m) if int(m[2]) < int(m[3]) else m[0], text)
    if glyphs:
        by_decimal = {decimal[1:]: glyph for glyph, decimal in _DECIMAL_GLYPHS.items()}
        text = _DECIMAL_PART.sub(lambda m: m[1] + by_decimal[m[2]], text)
    return text
