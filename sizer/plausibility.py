"""Which body measurements are plausible for whom, and the unit slip an implausible one betrays.

One rule for every place a typed measurement is checked (catalogue import and editing, a profile
JSON, the people file of `sizer recommend --profiles`, `sizer size`): the ranges per dimension are
those of sizer/dimensions.py (adults', children's), and a listing or person for adults (men, women) is held to the
adult range of the dimension, one for children to the child range, and only one for anyone
(unisex, or not said) to the widest. So a chest of 37 cm on a men's shirt is refused, though a
baby's chest measures that; and when the numbers would be plausible in inches (or millimetres)
the message says so, with the converted range.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sizer.catalog.segments import CHILD_SEGMENTS, Segment
from sizer.dimensions import get_dimension
from sizer.problems import Problem
from sizer.units import CM_PER_INCH

ADULT_SEGMENTS = frozenset({Segment.MEN, Segment.WOMEN})
# How far outside the plausible range a value is still accepted (a tall outlier, a loose tape):
# beyond it, a unit mix-up is likelier than a body.
PLAUSIBLE_SLACK = 0.10


def plausible_range_cm(dimension: str, segment: Segment | None = None) -> tuple[float, float]:
    """The plausible range of ``dimension`` for ``segment``: adults', children's, or the widest."""
    dim = get_dimension(dimension)
    if segment in ADULT_SEGMENTS:
        return dim.adult_range_cm
    if segment in CHILD_SEGMENTS:
        return dim.child_range_cm
    return dim.plausible_range_cm()


def accepted_range_cm(dimension: str, segment: Segment | None = None) -> tuple[float, float]:
    """:func:`plausible_range_cm` widened by :data:`PLAUSIBLE_SLACK`: what an import accepts."""
    low, high = plausible_range_cm(dimension, segment)
    return low * (1 - PLAUSIBLE_SLACK), high * (1 + PLAUSIBLE_SLACK)


def expected_range(low_cm: float, high_cm: float, segment: Segment | None = None) -> Problem:
    """``70 to 160 cm for adults`` (or children, or without whom for anyone), for a message."""
    code = {"adults": "range_for_adults", "children": "range_for_children"}.get(whose(segment), "range_cm")
    return Problem(code, low=float(low_cm), high=float(high_cm))


def whose(segment: Segment | None) -> str:
    """Who the range is of, for a message: "adults", "children" or "bodies"."""
    if segment in ADULT_SEGMENTS:
        return "adults"
    if segment in CHILD_SEGMENTS:
        return "children"
    return "bodies"


@dataclass(frozen=True)
class UnitSlip:
    """Values that are plausible only in another unit: ``unit`` ("in" or "mm") and the range in cm."""

    unit: str
    values: tuple[float, ...]  # as typed
    cm: tuple[float, ...]  # what they are in cm, read in ``unit``

    def sentence(self) -> Problem:
        """``looks like inches: 37–40 in = 94–102 cm?`` (or millimetres, or centimetres in an inch column)."""
        if self.unit == "cm":
            return Problem("unit_slip_cm", typed=_span(self.values))
        return Problem(f"unit_slip_{self.unit}", typed=_span(self.values), cm=_span(self.cm, whole=True))


def _span(values: Sequence[float], whole: bool = False) -> str:
    """``37–40``, or one number when every value is the same."""
    def show(v: float) -> str:
        if whole:  # a converted value: whole cm, or mm for a small one (54.5 mm = 5.45 cm)
            return f"{round(v):g}" if v >= 20 else f"{round(v, 2):g}"
        return f"{round(v, 1):g}"

    low, high = show(min(values)), show(max(values))
    return low if low == high else f"{low}–{high}"


@dataclass(frozen=True)
class Implausible:
    """A measurement outside what is accepted: the range to say (``expected``) and the unit slip it betrays."""

    expected: Problem
    slip: UnitSlip | None


def implausible(dimension: str, value_cm: float, segment: Segment | None = None,
                inches: bool = False) -> Implausible | None:
    """None when a person's (or a size's body) ``value_cm`` is within :func:`accepted_range_cm` for
    ``segment``; else what to say: the plausible range and, when the number fits another unit, that
    unit (``inches``: it was typed in inches)."""
    low, high = accepted_range_cm(dimension, segment)
    if low <= value_cm <= high:
        return None
    shown_low, shown_high = plausible_range_cm(dimension, segment)
    return Implausible(expected_range(shown_low, shown_high, segment),
                       unit_slip(dimension, [value_cm], segment, inches=inches))


def unit_slip(dimension: str, values_cm: Sequence[float], segment: Segment | None = None,
              inches: bool = False, accepted: tuple[float, float] | None = None) -> UnitSlip | None:
    """The unit in which ``values_cm`` (typed as cm, or as inches when ``inches``) would all be
    plausible for ``segment`` (within ``accepted``, default :func:`accepted_range_cm`), when they
    are not as typed: inches in a cm column, millimetres, or cm in an inch column."""
    values = [float(v) for v in values_cm]
    if not values:
        return None
    low, high = accepted if accepted is not None else accepted_range_cm(dimension, segment)
    if all(low <= v <= high for v in values):
        return None
    typed = tuple(v / CM_PER_INCH for v in values) if inches else tuple(values)
    if inches:
        candidates = (("cm", list(typed)),)
    else:
        candidates = (("in", [v * CM_PER_INCH for v in values]), ("mm", [v / 10 for v in values]))
    for unit, converted in candidates:
        if all(low <= c <= high for c in converted):
            return UnitSlip(unit, typed, tuple(converted))
    return None
