"""The published length formulas behind shoe, ring and hat sizes, in one place.

Shoe sizes (Wikipedia "Shoe size", after the trade definitions): a size counts the length of the
last, and the last is one allowance (two Paris points, 4/3 cm, for every system) longer than the foot:
- Paris point (Continental Europe): 1 pt = 2/3 cm, size = 3/2 × last length in cm.
- Barleycorn (UK/US): 1 bc = 1/3 in; UK adult = 3 × last in inches − 25, US men's = UK + 1,
  US women's = UK + 2 (retailers' tables), UK children's = 3 × last − 12, US children's = 3 × last − 11⅔.
- Mondopoint (ISO 9407): the foot length itself, in millimetres; Japan labels it in cm.
Rings: ISO 8653 size = inner circumference in mm; US size n has inner diameter
0.458 + 0.032·n in; UK letters step 1.25 mm of circumference from A (Wikipedia "Ring size",
Bureau of Standards); Japan (JIS) size n has inner diameter (n + 38)/3 mm.
Hats: US size = head diameter in inches (girth / π) to the eighth; UK = US − 1/8.
"""
from __future__ import annotations

import math

CM_PER_INCH = 2.54
PARIS_POINT_CM = 2.0 / 3.0
BARLEYCORN_IN = 1.0 / 3.0
# One allowance for every system: the last is two Paris points (4/3 cm) longer than the foot, so
# EU = 1.5 x foot + 2 (the retailers' rule) and the UK and US sizes come from the same last; with
# separate allowances (2 Paris points, 2 barleycorns) UK/US ran a half size above the EU label.
LAST_ALLOWANCE_CM = 2.0 * PARIS_POINT_CM
# Women's UK/US lasts are a quarter barleycorn (1/12 in) longer for the same foot: with US women =
# UK + 2 (the retail tables), that is the offset at which the cited women's table is reproduced
# (footsizechart: US 6 = EU 37, US 7.5 = UK 5.5 = EU 38, US 8 = EU 39); half a barleycorn put US 6
# and UK 5 one EU size below every published table (EU 36 and 37 where they give 36.5-37.5 and 37.5-38).
WOMEN_LAST_ALLOWANCE_CM = LAST_ALLOWANCE_CM + 0.25 * BARLEYCORN_IN * 2.54

UK_ADULT_ZERO = 25.0
US_MEN_OVER_UK = 1.0
US_WOMEN_OVER_UK = 2.0  # the retailers' women's tables: US 7.5 = UK 5.5 (Wikipedia's formula says 2.5)
UK_CHILD_ZERO = 12.0
US_CHILD_ZERO = 11.0 + 2.0 / 3.0


def last_cm(foot_cm: float, allowance_cm: float = LAST_ALLOWANCE_CM) -> float:
    """Length of the last made for a foot ``foot_cm`` long (every system's sizes count the last)."""
    return foot_cm + allowance_cm


def eu_shoe_size(foot_cm: float, allowance_cm: float = LAST_ALLOWANCE_CM) -> float:
    """Paris-point size (unrounded) of the shoe made for a foot ``foot_cm`` long."""
    return last_cm(foot_cm, allowance_cm) / PARIS_POINT_CM


def _last_in(foot_cm: float, allowance_cm: float = LAST_ALLOWANCE_CM) -> float:
    return last_cm(foot_cm, allowance_cm) / CM_PER_INCH


def uk_shoe_size(foot_cm: float, allowance_cm: float = LAST_ALLOWANCE_CM) -> float:
    """UK adult barleycorn size (unrounded)."""
    return _last_in(foot_cm, allowance_cm) / BARLEYCORN_IN - UK_ADULT_ZERO


def us_men_shoe_size(foot_cm: float) -> float:
    return uk_shoe_size(foot_cm) + US_MEN_OVER_UK


def us_women_shoe_size(foot_cm: float) -> float:
    """US women's size on the women's last (its UK size + 2)."""
    return uk_shoe_size(foot_cm, WOMEN_LAST_ALLOWANCE_CM) + US_WOMEN_OVER_UK


def uk_child_shoe_size(foot_cm: float) -> float:
    """UK children's size (unrounded); 13½ is followed by adult 1 (child 14)."""
    return _last_in(foot_cm) / BARLEYCORN_IN - UK_CHILD_ZERO


def us_child_shoe_size(foot_cm: float) -> float:
    """US children's size (unrounded); 13½C is followed by youth 1Y (child 14)."""
    return _last_in(foot_cm) / BARLEYCORN_IN - US_CHILD_ZERO


def mondopoint_mm(foot_cm: float) -> float:
    return foot_cm * 10.0


def foot_cm_for_eu(size: float) -> float:
    """Inverse of :func:`eu_shoe_size`."""
    return size * PARIS_POINT_CM - LAST_ALLOWANCE_CM


def _foot_cm_for_barleycorns(size: float, zero: float) -> float:
    return (size + zero) * BARLEYCORN_IN * CM_PER_INCH - LAST_ALLOWANCE_CM


def foot_cm_for_uk(size: float) -> float:
    """Inverse of :func:`uk_shoe_size`."""
    return _foot_cm_for_barleycorns(size, UK_ADULT_ZERO)


def foot_cm_for_uk_child(size: float) -> float:
    return _foot_cm_for_barleycorns(size, UK_CHILD_ZERO)


def foot_cm_for_us_child(size: float) -> float:
    return _foot_cm_for_barleycorns(size, US_CHILD_ZERO)


# Rings ---------------------------------------------------------------------------------------
US_RING_ZERO_DIAMETER_IN = 0.458
US_RING_STEP_DIAMETER_IN = 0.032  # ISO 8653 table: US 7 = 54.4 mm, US 3 = 44.2 mm, US 13 = 69.7 mm
UK_RING_A_CIRCUMFERENCE_MM = 37.5
UK_RING_STEP_MM = 1.25
UK_RING_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def us_ring_circumference_mm(size: float) -> float:
    return math.pi * (US_RING_ZERO_DIAMETER_IN + US_RING_STEP_DIAMETER_IN * size) * 25.4


def us_ring_size(circumference_mm: float) -> float:
    return (circumference_mm / (math.pi * 25.4) - US_RING_ZERO_DIAMETER_IN) / US_RING_STEP_DIAMETER_IN


def uk_ring_circumference_mm(steps_from_a: float) -> float:
    """UK letter size ``steps_from_a`` letters above A (half letters are 0.5)."""
    return UK_RING_A_CIRCUMFERENCE_MM + UK_RING_STEP_MM * steps_from_a


def jp_ring_circumference_mm(size: float) -> float:
    return math.pi * (size + 38.0) / 3.0


def jp_ring_size(circumference_mm: float) -> float:
    return 3.0 * circumference_mm / math.pi - 38.0


# Hats ----------------------------------------------------------------------------------------
UK_HAT_UNDER_US_IN = 1.0 / 8.0


def us_hat_size(head_girth_cm: float) -> float:
    """US hat size: the head's diameter in inches (unrounded)."""
    return head_girth_cm / CM_PER_INCH / math.pi


def head_girth_cm_for_us_hat(size: float) -> float:
    return size * math.pi * CM_PER_INCH
