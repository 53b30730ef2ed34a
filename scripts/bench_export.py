#!/usr/bin/env python3
"""Benchmark of the recommendations export: 100,000 listings to CSV, XLSX and JSON (target < 5 s each).

    .venv/bin/python scripts/bench_export.py [--listings 100000] [--json]

Times the export alone (the recommendation itself is scripts/bench_recommend.py's figure), wall
and CPU, and the process's peak memory. The catalogue is bench_recommend's synthetic one.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_recommend import synthetic_catalog, synthetic_profiles  # noqa: E402

from sizer.recommend import recommend  # noqa: E402
from sizer.recommend.bulk_export import export_recommendation_set  # noqa: E402


def peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listings", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    catalog = synthetic_catalog(args.listings)
    results = recommend(synthetic_profiles(1)[0], catalog)
    figures = {"listings": len(catalog), "peak_memory_before_export_mb": round(peak_mb(), 1)}
    folder = Path(tempfile.mkdtemp(prefix="sizer-bench-export-"))
    for kind in ("csv", "xlsx", "json"):
        path = folder / f"recommendations.{kind}"
        wall, cpu = time.perf_counter(), time.process_time()
        export_recommendation_set(path, results)
        figures[f"{kind}_wall_s"] = round(time.perf_counter() - wall, 2)
        figures[f"{kind}_cpu_s"] = round(time.process_time() - cpu, 2)
        figures[f"{kind}_file_mb"] = round(path.stat().st_size / 1e6, 1)
        figures[f"peak_memory_after_{kind}_mb"] = round(peak_mb(), 1)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:<32} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
