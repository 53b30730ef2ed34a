"""Labels that follow from the formulas: each system's rounding of a shoe, ring or hat size.

Used by scripts/generate_formula_charts.py to write the rows of those charts and by the tests to
check every committed row against the formulas. The rounding conventions are the ones the
charts' [[conventions]] tables state.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from sizer.sizing import formulas as f

LabelFn = Callable[[float], "str | None"]


def _nearest(value: float, step: float) -> float:
    """Round half up to a multiple of ``step`` (sizes round up on a tie: never too small)."""
    return math.floor(value / step + 0.5 + 1e-9) * step


def _show(value: float) -> str:
    whole = math.floor(value + 1e-9)
    rest = value - whole
    if abs(rest) < 1e-6:
        return str(whole)
    glyphs = {0.125: "⅛", 0.25: "¼", 0.375: "⅜", 0.5: "½", 0.625: "⅝", 0.75: "¾", 0.875: "⅞"}
    for fraction, glyph in glyphs.items():
        if abs(rest - fraction) < 1e-6:
            return f"{whole}{glyph}"
    return f"{value:g}"


# Shoes ---------------------------------------------------------------------------------------
def eu_shoe(foot_cm: float) -> str:
    return _show(_nearest(f.eu_shoe_size(foot_cm), 1.0))


def uk_shoe(foot_cm: float) -> str:
    return _show(_nearest(f.uk_shoe_size(foot_cm), 0.5))


def us_men_shoe(foot_cm: float) -> str:
    return _show(_nearest(f.us_men_shoe_size(foot_cm), 0.5))


def us_women_shoe(foot_cm: float) -> str:
    return _show(_nearest(f.us_women_shoe_size(foot_cm), 0.5))


def eu_women_shoe(foot_cm: float) -> str:
    return _show(_nearest(f.eu_shoe_size(foot_cm, f.WOMEN_LAST_ALLOWANCE_CM), 1.0))


def _offset(label_of: LabelFn, offset: int) -> LabelFn:
    """A Paris-point system counted from another zero: Brazil = EU - 2, Russia = EU - 1."""
    def label(foot_cm: float) -> str | None:
        eu = label_of(foot_cm)
        return None if eu is None else str(int(eu) + offset)
    return label


def uk_women_shoe(foot_cm: float) -> str:
    return _show(_nearest(f.uk_shoe_size(foot_cm, f.WOMEN_LAST_ALLOWANCE_CM), 0.5))


def mondo_mm(foot_cm: float) -> str:
    return str(int(_nearest(f.mondopoint_mm(foot_cm), 5.0)))


def jp_cm(foot_cm: float) -> str:
    return f"{_nearest(foot_cm, 0.5):g}"


def uk_kids_shoe(foot_cm: float) -> str:
    size = _nearest(f.uk_child_shoe_size(foot_cm), 0.5)
    return _show(size) if size < 14 else f"{_show(size - 13)} adult"


def us_kids_shoe(foot_cm: float) -> str:
    size = _nearest(f.us_child_shoe_size(foot_cm), 0.5)
    return f"{_show(size)}C" if size < 14 else f"{_show(size - 13)}Y"


def kids_age_group(foot_cm: float) -> str:
    """Marketplace age group of the US size (Amazon's shoe age groups): Infant 0-3.5C, Toddler
    4-10C, Little Kid 10.5C-3Y, Big Kid from 3.5Y."""
    size = _nearest(f.us_child_shoe_size(foot_cm), 0.5)
    if size < 4:
        return "Infant"
    if size < 10.5:
        return "Toddler"
    if size < 13 + 3.5:
        return "Little Kid"
    return "Big Kid"


# Rings (finger girth in cm = inner circumference / 10) -----------------------------------------
def iso_ring(girth_cm: float) -> str:
    return str(int(_nearest(girth_cm * 10, 1.0)))


def it_ring(girth_cm: float) -> str:
    return str(int(_nearest(girth_cm * 10, 1.0)) - 40)


def us_ring(girth_cm: float) -> str:
    return _show(_nearest(f.us_ring_size(girth_cm * 10), 0.5))


def uk_ring(girth_cm: float) -> str | None:
    steps = _nearest((girth_cm * 10 - f.UK_RING_A_CIRCUMFERENCE_MM) / f.UK_RING_STEP_MM, 0.5)
    index = math.floor(steps + 1e-9)
    if index < 0 or index >= len(f.UK_RING_LETTERS):
        return None
    return f.UK_RING_LETTERS[index] + ("½" if steps - index > 0.25 else "")


def jp_ring(girth_cm: float) -> str | None:
    size = int(_nearest(f.jp_ring_size(girth_cm * 10), 1.0))
    return str(size) if size >= 1 else None


# Hats ----------------------------------------------------------------------------------------
HAT_LETTERS = (("XXS", 51, 53), ("XS", 53, 55), ("S", 55, 57), ("M", 57, 59), ("L", 59, 61), ("XL", 61, 63),
               ("XXL", 63, 65), ("3XL", 65, 67))


def us_hat(girth_cm: float) -> str:
    return _show(_nearest(f.us_hat_size(girth_cm), 0.125))


def uk_hat(girth_cm: float) -> str:
    return _show(_nearest(f.us_hat_size(girth_cm), 0.125) - f.UK_HAT_UNDER_US_IN)


def cm_hat(girth_cm: float) -> str:
    return str(int(_nearest(girth_cm, 1.0)))


def int_hat(girth_cm: float) -> str | None:
    return next((name for name, low, high in HAT_LETTERS if low <= girth_cm < high), None)


@dataclass(frozen=True)
class FormulaChart:
    dimension: str
    low_cm: float
    high_cm: float
    systems: dict[str, LabelFn]


# Only the systems with their own labels; the charts' same_as tables copy them to the others
# (DE/FR/IT/ES = EU, AU/IN = UK, CN/KR = MONDO, ...).
FORMULA_CHARTS: dict[str, FormulaChart] = {
    "shoes_men": FormulaChart("foot_length", 22.5, 32.5, {
        "EU": eu_shoe, "UK": uk_shoe, "US": us_men_shoe, "JP": jp_cm, "MONDO": mondo_mm,
        "BR": _offset(eu_shoe, -2), "RU": _offset(eu_shoe, -1)}),
    "shoes_women": FormulaChart("foot_length", 20.5, 29.0, {
        "EU": eu_women_shoe, "UK": uk_women_shoe, "US": us_women_shoe, "JP": jp_cm, "MONDO": mondo_mm,
        "BR": _offset(eu_women_shoe, -2), "RU": _offset(eu_women_shoe, -1)}),
    "shoes_kids": FormulaChart("foot_length", 10.0, 23.0, {
        "EU": eu_shoe, "UK": uk_kids_shoe, "US": us_kids_shoe, "JP": jp_cm, "MONDO": mondo_mm,
        "AGE": kids_age_group}),
    "rings": FormulaChart("finger_girth", 4.0, 7.3, {
        "EU": iso_ring, "IT": it_ring, "US": us_ring, "UK": uk_ring, "JP": jp_ring}),
    "hats": FormulaChart("head_girth", 50.5, 66.5, {
        "INT": int_hat, "EU": cm_hat, "US": us_hat, "UK": uk_hat}),
}


# Bras ----------------------------------------------------------------------------------------
# Cup ladders by position (the retailer conversion tables): EU letter i is UK letter i and US letter i.
EU_CUPS = ("AA", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K")
UK_CUPS = ("AA", "A", "B", "C", "D", "DD", "E", "F", "FF", "G", "GG", "H")
US_CUPS = (("AA",), ("A",), ("B",), ("C",), ("D",), ("DD", "E"), ("DDD", "F"), ("G",), ("H",), ("I",), ("J",), ("K",))
EU_CUP_START_CM = 10.0  # EN 13402-3: AA is a bust-underbust difference of 10-12 cm, each cup 2 cm more
EU_CUP_STEP_CM = 2.0
JP_CUPS = ("AA", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K")
JP_CUP_AA_CM = 7.5  # JIS L 4006: AA = 7.5 cm difference, 2.5 cm per cup
JP_CUP_STEP_CM = 2.5
EU_BANDS = tuple(range(60, 115, 5))


def eu_cup_index(difference_cm: float) -> int:
    return math.ceil((difference_cm - EU_CUP_START_CM) / EU_CUP_STEP_CM - 1e-9) - 1


def jp_cup(difference_cm: float) -> str:
    index = int(_nearest((difference_cm - JP_CUP_AA_CM) / JP_CUP_STEP_CM, 1.0))
    return JP_CUPS[max(0, min(index, len(JP_CUPS) - 1))]


def bra_labels(band_eu: int, cup_index: int) -> dict[str, str | list[str]]:
    uk_band = 32 + (band_eu - 70) * 2 // 5
    eu_cup = EU_CUPS[cup_index]
    middle = EU_CUP_START_CM + EU_CUP_STEP_CM * (cup_index + 0.5)
    us = [f"{uk_band}{c}" for c in US_CUPS[cup_index]]
    return {
        "EU": f"{band_eu}{eu_cup}",
        "FR": f"{band_eu + 15}{eu_cup}",
        "IT": f"{(band_eu - 60) // 5} {eu_cup}",
        "UK": f"{uk_band}{UK_CUPS[cup_index]}", "US": us if len(us) > 1 else us[0],
        "AU": f"{uk_band - 22}{UK_CUPS[cup_index]}",
        "JP": f"{jp_cup(middle)}{band_eu}",
        "KR": f"{band_eu}{jp_cup(middle)}",  # Korea and China: the same 2.5 cm cups, band first
    }


def bra_rows() -> list[dict]:
    """EN 13402-3 grid: band = underbust to the nearest 5 cm; cup = bust - measured underbust, in
    2 cm steps of (min, max] (the chart's ``variant_relative_to`` makes bust_girth that difference)."""
    rows = []
    for band in EU_BANDS:
        for index in range(len(EU_CUPS)):
            low = EU_CUP_START_CM + EU_CUP_STEP_CM * index
            row = {"underbust_girth": [band - 2.5, band + 2.5], "bust_girth": [low, low + EU_CUP_STEP_CM]}
            row.update(bra_labels(band, index))
            rows.append(row)
    return rows
