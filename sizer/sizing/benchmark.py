"""Benchmark figures: chart loading and vectorised sizing of many synthetic bodies."""
from __future__ import annotations

import time

import numpy as np


def run_benchmark(bodies: int = 100_000, seed: int = 7) -> dict[str, float | int]:
    """Milliseconds to load every chart (fresh, uncached) and to size ``bodies`` bodies per chart."""
    from sizer.resources import charts_dir
    from sizer.sizing.library import load_directory

    import os

    folder = str(charts_dir())
    previous = os.environ.get("SIZER_CHART_CACHE")
    os.environ["SIZER_CHART_CACHE"] = "off"
    try:
        start = time.perf_counter()
        load_directory(folder)
        uncached_ms = (time.perf_counter() - start) * 1000
    finally:
        if previous is None:
            del os.environ["SIZER_CHART_CACHE"]
        else:
            os.environ["SIZER_CHART_CACHE"] = previous
    load_directory(folder)  # fills the parse cache if it is on
    start = time.perf_counter()
    library = load_directory(folder)
    load_ms = (time.perf_counter() - start) * 1000
    rng = np.random.default_rng(seed)
    figures: dict[str, float | int] = {"charts": len(library.charts),
                                       "load_all_charts_first_time_ms": round(uncached_ms, 1),
                                       "load_all_charts_ms": round(load_ms, 1)}
    slowest = 0.0
    total = 0.0
    for chart in library:
        profiles = {}
        for dim in chart.dimensions:
            low = min(chart.row_ranges(0)[dim][0], chart.row_ranges(chart.row_count - 1)[dim][0])
            high = chart.row_ranges(chart.row_count - 1)[dim][1]
            profiles[dim] = rng.uniform(low - 0.05 * (high - low), high * 1.02, bodies)
        start = time.perf_counter()
        result = chart.size_for_many(profiles)
        elapsed = (time.perf_counter() - start) * 1000
        assert len(result) == bodies
        slowest = max(slowest, elapsed)
        total += elapsed
        figures[f"size_{bodies}_{chart.id}_ms"] = round(elapsed, 1)
    figures[f"size_{bodies}_slowest_chart_ms"] = round(slowest, 1)
    figures[f"size_{bodies}_all_charts_ms"] = round(total, 1)
    return figures
