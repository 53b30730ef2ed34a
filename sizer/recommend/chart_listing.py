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
    """One name per chart row, for the reasons' words, made of the chart's own labels only: its
    label in the system that tells the most rows apart (EU 48, US W32 L32), with the system; rows
    that share it get the label of the next system that tells them apart ("UK 8½, EU 42" and
    "UK 8½, EU 43"), and, only if no system does, the body range they cover."""
    def label(row: int, system: str) -> str:
        return " / ".join(chart.row_labels(row).get(system, []))

    systems = list(chart.systems)
    best = max(systems, key=lambda s: len({label(r, s) for r in range(chart.row_count)})) if systems else ""
    # a row without a label in that system is named in the first system that has one for it
    first = [best if label(r, best) else next((s for s in systems if label(r, s)), best) for r in range(chart.row_count)]
    parts = [[f"{first[r]} {label(r, first[r])}".strip()] for r in range(chart.row_count)]
    used = [{first[r]} for r in range(chart.row_count)]
    for _ in range(len(systems)):
        groups: dict[str, list[int]] = {}
        for r, name in enumerate(parts):
            groups.setdefault(_joined(name), []).append(r)
        repeated = [rows for rows in groups.values() if len(rows) > 1]
        progress = False
        for rows in repeated:
            # the system that tells most of these rows apart, one that labels every one of them first
            free = [s for s in systems if s not in used[rows[0]]]
            def power(s: str, rows=rows) -> tuple[bool, bool, int]:
                told = len({label(r, s) for r in rows})
                return told == len(rows), all(label(r, s) for r in rows), told

            telling = max(free, key=power, default=None)
            if telling is None or len({label(r, telling) for r in rows}) < 2:
                continue
            progress = True
            for r in rows:
                used[r].add(telling)
                if label(r, telling):
                    parts[r].append(f"{telling} {label(r, telling)}")
        if not progress:
            break
    names = [_joined(name) for name in parts]
    groups = {}
    for r, name in enumerate(names):
        groups.setdefault(name, []).append(r)
    for name, rows in groups.items():
        if len(rows) < 2:
            continue
        # labelled alike in every system (lengths a chart gives no label): the ranges that differ
        differing = [d for d in chart.dimensions if len({chart.row_ranges(r).get(d) for r in rows}) > 1]
        for r in rows:
            ranges = chart.row_ranges(r)
            names[r] = f"{name} [{_span({d: ranges[d] for d in differing if d in ranges})}]"
    seen: dict[str, int] = {}
    for name in names:
        seen[name] = seen.get(name, 0) + 1
    return [name if seen[name] == 1 else f"{name} (row {r + 1})" for r, name in enumerate(names)]


def _joined(parts: list[str]) -> str:
    """"UK 8½", or "UK 8½ (EU 43)" when another system's label tells it apart."""
    return parts[0] + (f" ({', '.join(parts[1:])})" if len(parts) > 1 else "")


def _span(ranges: dict[str, tuple[float, float]]) -> str:
    from sizer.units import format_range

    return ", ".join(f"{dim.replace('_', ' ')} {format_range(low, high)}" for dim, (low, high) in ranges.items())


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
