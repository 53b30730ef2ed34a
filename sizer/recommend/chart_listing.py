"""A size chart as a one-listing catalogue, so `sizer size` decides with the same recommender as
`sizer recommend`, the Catalogue page and the kiosk (one rule for an exact boundary, gaps, zones
that disagree)."""
from __future__ import annotations

import functools
from dataclasses import dataclass

from sizer.catalog.model import Catalog, CatalogBuilder, SizeEntry, TableSource
from sizer.profile import BodyProfile
from sizer.recommend.engine import recommend
from sizer.recommend.verdicts import Recommendation


@dataclass(frozen=True)
class ChartRecommendation:
    row: int  # the chart row recommended, −1: none (outside the chart)
    recommendation: Recommendation


def row_names(chart) -> list[str]:
    """One name per chart row, for the reasons' words: its label in the system that tells the most
    rows apart (EU 48, US W32 L32), with the system; a row that still repeats one gets its number."""
    def label(row: int, system: str) -> str:
        return " / ".join(chart.row_labels(row).get(system, []))

    systems = list(chart.systems)
    best = max(systems, key=lambda s: len({label(r, s) for r in range(chart.row_count)})) if systems else ""
    names = [f"{best} {label(r, best)}".strip() for r in range(chart.row_count)]
    seen: dict[str, int] = {}
    for name in names:
        seen[name] = seen.get(name, 0) + 1
    return [name if seen[name] == 1 else f"{name} (row {r + 1})" for r, name in enumerate(names)]


@functools.lru_cache(maxsize=64)
def _chart_catalog(chart) -> tuple[Catalog, dict[str, int]]:
    builder = CatalogBuilder()
    builder.add_listing(chart.id, chart.id, chart.id, "")
    names = row_names(chart)
    for row, name in enumerate(names):
        builder.add_size(chart.id, SizeEntry(name, TableSource.BODY_RANGES, chart.row_ranges(row)))
    return builder.build(source=f"chart {chart.id}"), {name: row for row, name in enumerate(names)}


def recommend_on_chart(chart, measurements_cm: dict[str, float],
                       uncertainty_cm: dict[str, float] | None = None) -> ChartRecommendation:
    """The chart row the recommender picks for these measurements (labels: ``chart.row_labels(row)``)."""
    used = {d: v for d, v in measurements_cm.items() if d in chart.dimensions}
    profile = BodyProfile(used, dict(uncertainty_cm or {}))
    catalog, rows = _chart_catalog(chart)
    recommendation = recommend(profile, catalog).recommendation(0)
    row = rows[recommendation.size] if recommendation.size is not None else -1
    return ChartRecommendation(row, recommendation)
