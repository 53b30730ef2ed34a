"""Garment measurements to body ranges, with the ease of sizer/data/garment_ease.toml."""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from sizer.catalog.model import FitIntent, Stretch
from sizer.dimensions import DIMENSION_IDS, DimensionKind, get_dimension
from sizer.errors import DataFileError
from sizer.resources import data, read_toml

EASE_FILE = "garment_ease.toml"


@dataclass(frozen=True)
class EaseTable:
    stretch_fraction: dict[Stretch, float]
    default: dict[str, dict[FitIntent, tuple[float, float]]]  # dimension -> fit -> (min, max) cm
    by_category: dict[str, dict[str, dict[FitIntent, tuple[float, float]]]]

    @property
    def dimensions(self) -> tuple[str, ...]:
        """Dimensions a garment table may give (``garment_<dimension>`` columns)."""
        return tuple(self.default)

    def ease_cm(self, category: str, dimension: str, fit: FitIntent) -> tuple[float, float]:
        table = self.by_category.get(category, {}).get(dimension) or self.default[dimension]
        return table[fit]

    def body_range_cm(self, category: str, dimension: str, garment_cm: float, fit: FitIntent,
                      stretch: Stretch) -> tuple[float, float]:
        """The body measurements a garment measurement fits: (G − ease_max, G − ease_min + stretch)."""
        ease_min, ease_max = self.ease_cm(category, dimension, fit)
        low = garment_cm - ease_max
        high = garment_cm - ease_min
        if get_dimension(dimension).kind is DimensionKind.GIRTH:
            high += self.stretch_fraction[stretch] * garment_cm
        return low, high


@functools.lru_cache(maxsize=1)
def load_ease_table() -> EaseTable:
    """The bundled ease table, validated; a malformed file names the table and field."""
    node = data(EASE_FILE)
    path = str(node)
    raw = read_toml(node, "the ease table")
    stretch_raw = raw.get("stretch_fraction", {})
    stretch: dict[Stretch, float] = {}
    for level in Stretch:
        value = stretch_raw.get(level.value)
        if not isinstance(value, (int, float)) or not 0 <= value < 0.5:
            raise DataFileError(path, "[stretch_fraction]", level.value, "expected a fraction from 0 to 0.5")
        stretch[level] = float(value)
    default = {dim: _fit_table(path, f"[ease.{dim}]", dim, table) for dim, table in raw.get("ease", {}).items()}
    by_category = {
        category: {dim: _fit_table(path, f"[category.{category}.{dim}]", dim, table) for dim, table in dims.items()}
        for category, dims in raw.get("category", {}).items()
    }
    for category, dims in by_category.items():
        for dim in dims:
            if dim not in default:
                raise DataFileError(path, f"[category.{category}.{dim}]", dim,
                                    "a category override needs a default under [ease]")
    return EaseTable(stretch, default, by_category)


def _fit_table(path: str, location: str, dimension: str, table: object) -> dict[FitIntent, tuple[float, float]]:
    if dimension not in DIMENSION_IDS:
        raise DataFileError(path, location, dimension, f"not a dimension; valid: {', '.join(DIMENSION_IDS)}")
    if not isinstance(table, dict):
        raise DataFileError(path, location, None, "expected a table of slim/regular/relaxed")
    result: dict[FitIntent, tuple[float, float]] = {}
    for fit in FitIntent:
        pair = table.get(fit.value)
        if (not isinstance(pair, list) or len(pair) != 2
                or not all(isinstance(v, (int, float)) and math.isfinite(v) for v in pair) or pair[0] >= pair[1]):
            raise DataFileError(path, location, fit.value, "expected [ease_min_cm, ease_max_cm] with min < max")
        result[fit] = (float(pair[0]), float(pair[1]))
    return result
