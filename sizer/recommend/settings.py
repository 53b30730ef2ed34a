"""The recommender's thresholds, read from sizer/data/recommend.toml (the file says why each is so)."""
from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from sizer.catalog.model import FitIntent, Stretch
from sizer.dimensions import get_dimension
from sizer.errors import DataFileError
from sizer.profile import FitPreference
from sizer.resources import data, read_toml

SETTINGS_FILE = "recommend.toml"


@dataclass(frozen=True)
class RecommendSettings:
    snug_from: float
    loose_below: float
    tolerance_cm: dict[str, float]  # by dimension kind ("girth", ...) and by dimension id
    default_uncertainty_cm: dict[str, float]
    neutral_target: float
    preference_shift: dict[FitPreference, float]
    intent_shift: dict[FitIntent, float]
    stretch_shift: dict[Stretch, float]
    missing_dimension_fit: float
    uncertain_share_of_range: float
    no_size_probability: float  # "no size" only when the body is at least this likely past the span
    substitutes: dict[str, tuple[str, float]]  # dimension -> (stand-in dimension, extra uncertainty cm)
    # Fit cost per tolerance's worth of body beyond the size's range, by dimension kind:
    # (body bigger than the size: tight or too short, body smaller: loose or too long).
    over_cost: dict[str, float]
    under_cost: dict[str, float]
    position_cost: float  # weight of the distance from the target position inside a range

    @property
    def no_size_margin_sd(self) -> float:
        """How many standard deviations of the measurement past the span a body must lie for
        "no size" (the normal quantile of :attr:`no_size_probability`)."""
        from statistics import NormalDist

        return NormalDist().inv_cdf(self.no_size_probability)

    def over_costs(self, dimensions: Sequence[str]) -> np.ndarray:
        return np.array([self.over_cost[get_dimension(d).kind.value] for d in dimensions], dtype=np.float32)

    def under_costs(self, dimensions: Sequence[str]) -> np.ndarray:
        return np.array([self.under_cost[get_dimension(d).kind.value] for d in dimensions], dtype=np.float32)

    def tolerances(self, dimensions: Sequence[str]) -> np.ndarray:
        return np.array([_by_dimension(self.tolerance_cm, d) for d in dimensions], dtype=np.float32)

    def default_uncertainties(self, dimensions: Sequence[str]) -> np.ndarray:
        return np.array([_by_dimension(self.default_uncertainty_cm, d) for d in dimensions], dtype=np.float32)


def _by_dimension(table: dict[str, float], dimension: str) -> float:
    if dimension in table:
        return table[dimension]
    return table[get_dimension(dimension).kind.value]


@functools.lru_cache(maxsize=1)
def load_settings() -> RecommendSettings:
    node = data(SETTINGS_FILE)
    path = str(node)
    raw = read_toml(node, "the recommender settings")

    def number(table: str, key: str, low: float, high: float) -> float:
        value = raw.get(table, {})
        for part in key.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            raise DataFileError(path, f"[{table}]", key, f"expected a number from {low:g} to {high:g}")
        return float(value)

    def lengths(table: str) -> dict[str, float]:
        values = {key: number(table, key, 0.0, 20.0) for key in raw.get(table, {})}
        for kind in ("girth", "length", "breadth"):
            if kind not in values:
                raise DataFileError(path, f"[{table}]", kind, "a value per dimension kind is required")
        for key in values:
            if key not in ("girth", "length", "breadth"):
                get_dimension(key)  # an unknown dimension raises with the valid ones
        return values

    substitutes: dict[str, tuple[str, float]] = {}
    for dim, table in raw.get("substitutes", {}).items():
        get_dimension(dim)
        source = table.get("from") if isinstance(table, dict) else None
        if not isinstance(source, str):
            raise DataFileError(path, f"[substitutes.{dim}]", "from", "expected a dimension id")
        get_dimension(source)
        substitutes[dim] = (source, number("substitutes", f"{dim}.extra_uncertainty_cm", 0.0, 20.0))

    return RecommendSettings(
        snug_from=number("zones", "snug_from", 0.5, 1.0),
        loose_below=number("zones", "loose_below", 0.0, 0.5),
        tolerance_cm=lengths("tolerance_cm"),
        default_uncertainty_cm=lengths("default_uncertainty_cm"),
        neutral_target=number("target_position", "neutral", 0.0, 1.0),
        preference_shift={p: number("target_position", f"preference.{p.value}", -0.5, 0.5) for p in FitPreference},
        intent_shift={f: number("target_position", f"fit_intent.{f.value}", -0.5, 0.5) for f in FitIntent},
        stretch_shift={f: number("target_position", f"stretch.{f.value}", -0.5, 0.5) for f in Stretch},
        missing_dimension_fit=number("confidence", "missing_dimension_fit", 0.0, 1.0),
        uncertain_share_of_range=number("confidence", "uncertain_share_of_range", 0.0, 10.0),
        no_size_probability=number("confidence", "no_size_probability", 0.5, 0.999),
        substitutes=substitutes,
        over_cost={kind: number("cost", f"{kind}.over", 0.0, 100.0) for kind in ("girth", "length", "breadth")},
        under_cost={kind: number("cost", f"{kind}.under", 0.0, 100.0) for kind in ("girth", "length", "breadth")},
        position_cost=number("cost", "position", 0.0, 10.0),
    )
