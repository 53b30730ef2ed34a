"""What a size table covers: the span of its decisive zones, the gaps between its ranges, and the
checks a recommendation must pass there (used by `sizer catalog check` and the coverage benchmark).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sizer.catalog.model import Catalog
from sizer.catalog.segments import load_zone_table
from sizer.dimensions import DimensionKind, get_dimension
from sizer.recommend.settings import RecommendSettings, load_settings

GAP_MIN_CM = 0.1  # a range ending at 94 and the next starting at 94.05 is a rounding, not a gap


@dataclass(frozen=True)
class RangeGap:
    """Between two sizes' ranges at one zone, no size's range: e.g. S 35-37 in, M 38-40 in."""

    listing_id: str
    dimension: str
    below: str  # the label whose range ends under the gap
    above: str  # the label whose range starts over it
    from_cm: float
    to_cm: float

    @property
    def width_cm(self) -> float:
        return self.to_cm - self.from_cm


def decisive_dimensions(catalog: Catalog, index: int) -> list[int]:
    """The catalogue dimension indices that decide the listing's size (all its zones for a category
    the zone table does not know)."""
    zones = load_zone_table().known(str(catalog.categories[index]))
    start, stop = int(catalog.size_offsets[index]), int(catalog.size_offsets[index + 1])
    used = [j for j in range(len(catalog.dimensions)) if not np.isnan(catalog.body_min_cm[start:stop, j]).all()]
    if zones is None:
        return used
    return [j for j in used if catalog.dimensions[j] in zones.decisive]


def inside_span(catalog: Catalog, measured: np.ndarray, settings: RecommendSettings | None = None) -> np.ndarray:
    """(people × listings) bool: the body lies within the chart's span at every decisive zone it
    measured (between the smallest size's minimum and the largest size's maximum, with the
    tolerance), and measured at least one of them."""
    settings = settings or load_settings()
    tolerance = settings.tolerances(catalog.dimensions)
    out = np.zeros((measured.shape[0], len(catalog)), dtype=bool)
    for i in range(len(catalog)):
        start, stop = int(catalog.size_offsets[i]), int(catalog.size_offsets[i + 1])
        ok = np.ones(measured.shape[0], dtype=bool)
        any_measured = np.zeros(measured.shape[0], dtype=bool)
        for j in decisive_dimensions(catalog, i):
            value = measured[:, j]
            given = ~np.isnan(value)
            low = np.nanmin(catalog.body_min_cm[start:stop, j]) - tolerance[j]
            high = np.nanmax(catalog.body_max_cm[start:stop, j]) + tolerance[j]
            ok &= ~given | ((value >= low) & (value <= high))
            any_measured |= given
        out[:, i] = ok & any_measured
    return out


def tight_while_not_tight_exists(catalog: Catalog, measured: np.ndarray, best_row: np.ndarray, sized: np.ndarray,
                                 settings: RecommendSettings | None = None) -> np.ndarray:
    """(people × listings) bool: the recommended size is tight in a girth (the body beyond its
    maximum plus the tolerance) while another size of the listing is tight in none."""
    settings = settings or load_settings()
    tolerance = settings.tolerances(catalog.dimensions)
    girths = [j for j, d in enumerate(catalog.dimensions) if get_dimension(d).kind is not DimensionKind.LENGTH]
    out = np.zeros(best_row.shape, dtype=bool)
    for i in range(len(catalog)):
        start, stop = int(catalog.size_offsets[i]), int(catalog.size_offsets[i + 1])
        tight = np.zeros((measured.shape[0], stop - start), dtype=bool)  # (people, sizes)
        for j in girths:
            high = catalog.body_max_cm[start:stop, j]
            tight |= (measured[:, j, None] > high[None] + tolerance[j]) & ~np.isnan(high)[None]
        some_size_not_tight = (~tight).any(axis=1)
        chosen = np.clip(best_row[:, i] - start, 0, stop - start - 1)
        chosen_tight = tight[np.arange(measured.shape[0]), chosen]
        out[:, i] = sized[:, i] & chosen_tight & some_size_not_tight
    return out


def range_gaps(catalog: Catalog) -> list[RangeGap]:
    """Every gap between consecutive ranges of a listing's zone, wider than GAP_MIN_CM."""
    gaps: list[RangeGap] = []
    for i in range(len(catalog)):
        start, stop = int(catalog.size_offsets[i]), int(catalog.size_offsets[i + 1])
        for j, dim in enumerate(catalog.dimensions):
            low, high = catalog.body_min_cm[start:stop, j], catalog.body_max_cm[start:stop, j]
            rows = np.flatnonzero(~np.isnan(low))
            if len(rows) < 2:
                continue
            order = rows[np.lexsort((high[rows], low[rows]))]
            reach = -np.inf
            reach_row = -1
            for r in order:
                if reach_row >= 0 and round(float(low[r]) - reach, 2) > GAP_MIN_CM:
                    gaps.append(RangeGap(str(catalog.listing_ids[i]), dim, str(catalog.size_labels[start + reach_row]),
                                         str(catalog.size_labels[start + r]), round(float(reach), 2),
                                         round(float(low[r]), 2)))
                if high[r] > reach:
                    reach, reach_row = float(high[r]), int(r)
    return gaps


def off_while_a_fitting_size_exists(catalog: Catalog, measured: np.ndarray, best_row: np.ndarray, sized: np.ndarray,
                                    settings: RecommendSettings | None = None) -> np.ndarray:
    """(people × listings) bool: the recommended size is beyond the tolerance at some measured zone
    while another size of the listing is within it at every one (a size that fits was passed over)."""
    settings = settings or load_settings()
    tolerance = settings.tolerances(catalog.dimensions)
    out = np.zeros(best_row.shape, dtype=bool)
    for i in range(len(catalog)):
        start, stop = int(catalog.size_offsets[i]), int(catalog.size_offsets[i + 1])
        off = np.zeros((measured.shape[0], stop - start), dtype=bool)
        for j in range(len(catalog.dimensions)):
            low, high = catalog.body_min_cm[start:stop, j], catalog.body_max_cm[start:stop, j]
            value = measured[:, j, None]
            off |= ((value > high[None] + tolerance[j]) | (value < low[None] - tolerance[j])) & ~np.isnan(low)[None]
        chosen = np.clip(best_row[:, i] - start, 0, stop - start - 1)
        out[:, i] = sized[:, i] & off[np.arange(measured.shape[0]), chosen] & (~off).any(axis=1)
    return out
