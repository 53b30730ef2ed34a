"""The rules a catalogue's values obey, written once for every way a catalogue is made.

The row-by-row importer (which names every problem), the column-wise fast path (which checks
whole columns with numpy) and the catalogue editor all ask here: which text a cell really holds,
which bounds a body or garment measurement must stay inside, how an open-ended size is closed
for arithmetic, and in which order a listing's sizes go. Each rule has a scalar form (for one
cell and its message) and an array form computed from the same numbers.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from sizer import plausibility
from sizer.catalog.segments import Segment
from sizer.dimensions import get_dimension
from sizer.export.cells import restore_neutralised

# A garment measures more than the body it fits (ease), at most this much above the body ceiling.
GARMENT_ALLOWANCE_CM = 30.0
# Excel's own limit for one cell; longer text is no catalogue value.
MAX_TEXT_LENGTH = 32_767

# C0 and C1 control characters other than tab and newline: XLSX cannot hold them (openpyxl raises),
# terminals obey them (ESC starts escape sequences), and no catalogue value needs them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(value: str) -> str:
    """A text cell as the catalogue keeps it: trimmed, control characters removed, and the
    apostrophe that a formula-safe export put in front taken off again."""
    if _CONTROL.search(value):
        value = _CONTROL.sub("", value)
    return restore_neutralised(value.strip())


_EDGE_SPACE = re.compile(r"^[^\S\n]|[^\S\n]$", re.MULTILINE)


def any_needs_cleaning(values) -> bool:
    """True when :func:`clean_text` would change any of ``values`` (text without line breaks),
    checked on them joined: a few C-level scans instead of a call per value."""
    joined = "\n".join(values)
    return "'" in joined or _CONTROL.search(joined) is not None or _EDGE_SPACE.search(joined) is not None


def needs_cleaning(value: str) -> bool:
    """True when :func:`clean_text` would change ``value`` (the fast path cleans only those)."""
    return value != value.strip() or "'" in value or _CONTROL.search(value) is not None


@dataclass(frozen=True)
class Bounds:
    """Per dimension (arrays over ``dims``): the plausible range and the accepted range around it."""

    dims: tuple[str, ...]
    low: np.ndarray  # plausible minimum, cm
    high: np.ndarray  # plausible maximum, cm
    floor: np.ndarray  # smallest accepted body or garment value
    ceiling: np.ndarray  # largest accepted body value

    @property
    def garment_ceiling(self) -> np.ndarray:
        return self.ceiling + GARMENT_ALLOWANCE_CM

    def of(self, dim: str) -> tuple[float, float, float, float]:
        """(plausible low, plausible high, floor, ceiling) of one dimension, as floats."""
        j = self.dims.index(dim)
        return float(self.low[j]), float(self.high[j]), float(self.floor[j]), float(self.ceiling[j])

    def body_ok(self, dim: str, value: float) -> bool:
        _, _, floor, ceiling = self.of(dim)
        return floor <= value <= ceiling

    def garment_ok(self, dim: str, value: float) -> bool:
        _, _, floor, ceiling = self.of(dim)
        return floor <= value <= ceiling + GARMENT_ALLOWANCE_CM


@functools.lru_cache(maxsize=256)
def bounds(dims: Sequence[str], segment: Segment | None = None) -> Bounds:
    """The bounds of ``dims`` for a listing of ``segment`` (adults', children's, or the widest when
    None or unisex; see sizer.plausibility)."""
    dims = tuple(dims)
    # the one rule of profiles, people files and `sizer size` too: beyond it, a unit mix-up, not a body
    plausible = np.array([plausibility.plausible_range_cm(d, segment) for d in dims],
                         dtype=np.float64).reshape(-1, 2)
    accepted = np.array([plausibility.accepted_range_cm(d, segment) for d in dims],
                        dtype=np.float64).reshape(-1, 2)
    return Bounds(dims, plausible[:, 0], plausible[:, 1], accepted[:, 0], accepted[:, 1])


def outside_body(values: np.ndarray, given: np.ndarray, b: Bounds) -> np.ndarray:
    """Mask of given body values outside the accepted range (``values`` shape (n, len(dims)))."""
    return given & ((values < b.floor) | (values > b.ceiling))


def outside_garment(values: np.ndarray, given: np.ndarray, b: Bounds) -> np.ndarray:
    return given & ((values < b.floor) | (values > b.garment_ceiling))


def closed_range(low: float | None, high: float | None, dim: str) -> tuple[float, float]:
    """An open-ended size ("up to 80 cm", "110 cm and over") reaches the plausible end of its
    dimension for arithmetic; the catalogue also keeps, explicitly, that the end was not given."""
    plausible_low, plausible_high = get_dimension(dim).plausible_range_cm()
    return (plausible_low if low is None else low), (plausible_high if high is None else high)


def close_open_ends(low: np.ndarray, high: np.ndarray, has_min: np.ndarray, has_max: np.ndarray,
                    b: Bounds) -> tuple[np.ndarray, np.ndarray]:
    """:func:`closed_range` on whole columns: rows with a body range but one end missing."""
    has_body = has_min | has_max
    return (np.where(has_body & ~has_min, b.low, low), np.where(has_body & ~has_max, b.high, high))


def size_magnitudes(low: np.ndarray, high: np.ndarray, dims: Sequence[str]) -> np.ndarray:
    """How large each size row is, to order a listing's sizes small to large: the mean of its
    range midpoints, each relative to its dimension's adult maximum so a foot length and a girth
    weigh alike; 0 for a row without ranges. Ties keep the file's order (the sorts are stable)."""
    low = np.asarray(low, dtype=np.float64).reshape(-1, len(dims))
    high = np.asarray(high, dtype=np.float64).reshape(-1, len(dims))
    adult_max = np.array([get_dimension(d).adult_range_cm[1] for d in dims], dtype=np.float64)
    present = ~np.isnan(low)
    relative = np.where(present, (low + high) / 2.0 / adult_max, 0.0)
    counts = present.sum(axis=1)
    return np.where(counts > 0, relative.sum(axis=1) / np.maximum(counts, 1), 0.0)


def size_order(listing_of_row: np.ndarray, magnitudes: np.ndarray) -> np.ndarray:
    """Row order that groups each listing's sizes (listings in ``listing_of_row`` order) from
    small to large, ties in file order."""
    n = len(magnitudes)
    return np.lexsort((np.arange(n), magnitudes, listing_of_row))
