"""Benchmark of the recommender: prints the two figures issue 5 sets targets for.

    .venv/bin/python scripts/bench_recommend.py [--json]

1. one profile against 100,000 listings (target < 1 s), cold (first call on the catalogue,
   including packing it into dense groups) and warm;
2. 10,000 profiles against 1,000 listings (target < 10 s), in this process after the first
   figure (its memory allocator already warm) and as the first call of a fresh process (as
   `sizer recommend --profiles` runs it: every work plane's first use costs page faults).

The catalogues are synthetic but shaped like real ones: 3 to 14 sizes per listing, one to four
dimensions per table (bras and suits have more sizes, hats and rings one dimension), the mix of
categories of the bundled sample.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sizer.catalog.model import FIT_INTENTS, STRETCHES, Catalog  # noqa: E402
from sizer.dimensions import DIMENSION_IDS  # noqa: E402
from sizer.profile import BodyProfile, FitPreference  # noqa: E402
from sizer.recommend import recommend, recommend_many  # noqa: E402
from sizer.recommend.engine import recommend_arrays, profile_arrays  # noqa: E402
from sizer.recommend.settings import load_settings  # noqa: E402

# (category, dimensions, first range minimum, grading step, range width, sizes min..max)
SHAPES = [
    ("womens_tops", ("bust_girth", "waist_girth"), (78, 62), (4, 4), (4, 4), (5, 9)),
    ("mens_tops", ("chest_girth", "waist_girth"), (86, 74), (6, 6), (6, 6), (5, 8)),
    ("mens_shirts", ("neck_girth", "chest_girth", "sleeve_length"), (36, 90, 80), (1, 4, 1), (1, 4, 3), (6, 10)),
    ("womens_trousers", ("waist_girth", "hip_girth", "inside_leg"), (60, 86, 74), (4, 4, 0), (4, 4, 8), (5, 10)),
    ("bras", ("underbust_girth", "bust_girth"), (63, 78), (2.5, 2), (5, 2), (10, 14)),
    ("shoes_women", ("foot_length",), (22.0,), (0.42,), (0.42,), (8, 12)),
    ("hats", ("head_girth",), (53,), (1.5,), (1.5,), (3, 6)),
    ("rings", ("finger_girth",), (4.6,), (0.13,), (0.13,), (10, 14)),
]


def synthetic_catalog(n_listings: int, seed: int = 1) -> Catalog:
    rng = np.random.default_rng(seed)
    dims = tuple(d for d in DIMENSION_IDS if any(d in shape[1] for shape in SHAPES))
    column = {d: j for j, d in enumerate(dims)}
    shape_of = rng.integers(0, len(SHAPES), n_listings)
    counts = np.array([rng.integers(SHAPES[s][5][0], SHAPES[s][5][1] + 1) for s in shape_of])
    offsets = np.concatenate([[0], np.cumsum(counts)])
    n_rows = int(offsets[-1])
    low = np.full((n_rows, len(dims)), np.nan, dtype=np.float32)
    high = np.full_like(low, np.nan)
    listing_of_row = np.repeat(np.arange(n_listings), counts)
    step_in_listing = np.arange(n_rows) - offsets[listing_of_row]
    jitter = rng.normal(0, 1, n_listings)  # brands run a little large or small
    for s, (_, shape_dims, start, step, width, _) in enumerate(SHAPES):
        rows = np.flatnonzero(shape_of[listing_of_row] == s)
        for d, start_d, step_d, width_d in zip(shape_dims, start, step, width):
            base = start_d + jitter[listing_of_row[rows]] * step_d * 0.3 + step_in_listing[rows] * step_d
            low[rows, column[d]] = base
            high[rows, column[d]] = base + width_d
    labels = np.array([f"S{k}" for k in step_in_listing], dtype=object)
    return Catalog(
        dimensions=dims,
        listing_ids=np.array([f"L{i:06d}" for i in range(n_listings)], dtype=object),
        titles=np.array([f"Listing {i}" for i in range(n_listings)], dtype=object),
        categories=np.array([SHAPES[s][0] for s in shape_of], dtype=object),
        size_systems=np.full(n_listings, "", dtype=object),
        fit_codes=rng.integers(0, len(FIT_INTENTS), n_listings).astype(np.int8),
        stretch_codes=rng.integers(0, len(STRETCHES), n_listings).astype(np.int8),
        size_offsets=offsets.astype(np.int64), size_labels=labels,
        source_codes=np.zeros(n_rows, dtype=np.int8), body_min_cm=low, body_max_cm=high,
        garment_cm=np.full_like(low, np.nan), source="synthetic",
    )


def synthetic_profiles(n: int, seed: int = 2) -> list[BodyProfile]:
    rng = np.random.default_rng(seed)
    means = {"chest_girth": (98, 8), "bust_girth": (94, 8), "waist_girth": (84, 10), "hip_girth": (100, 8),
             "underbust_girth": (76, 6), "neck_girth": (39, 3), "sleeve_length": (84, 4), "inside_leg": (80, 5),
             "foot_length": (25.5, 1.5), "head_girth": (57, 2), "finger_girth": (5.6, 0.5)}
    profiles = []
    preferences = list(FitPreference)
    for i in range(n):
        measured = {d: float(rng.normal(m, s)) for d, (m, s) in means.items() if rng.random() > 0.15}
        uncertainty = {d: float(rng.uniform(0.3, 2.5)) for d in measured}
        profiles.append(BodyProfile(measured, uncertainty, fit_preference=preferences[i % 3]))
    return profiles


def time_import(n_listings: int) -> dict:
    """Write a catalogue CSV (a third each of body-range, garment and standard-chart tables), import it."""
    import csv
    import tempfile

    from sizer.catalog.importer import import_catalog

    labels = ["XS", "S", "M", "L", "XL", "XXL"]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "catalog.csv"
        with open(path, "w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream)
            writer.writerow(["listing_id", "title", "category", "size_label", "size_system", "fit", "stretch",
                             "chest_girth_min", "chest_girth_max", "waist_girth_min", "waist_girth_max",
                             "garment_hip_girth"])
            for i in range(n_listings):
                for k, label in enumerate(labels):
                    if i % 3 == 0:
                        writer.writerow([f"L{i}", f"Tee {i}", "mens_tops", label, "INT", "regular", "none",
                                         82 + 6 * k, 88 + 6 * k, 70 + 6 * k, 76 + 6 * k, ""])
                    elif i % 3 == 1:
                        writer.writerow([f"L{i}", f"Chino {i}", "mens_trousers", label, "INT", "slim", "some",
                                         "", "", "", "", 92 + 5 * k])
                    else:
                        writer.writerow([f"L{i}", f"Chart tee {i}", "mens_tops", label, "INT", "", "",
                                         "", "", "", "", ""])
        start, start_cpu = time.perf_counter(), time.process_time()
        result = import_catalog(path)
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - start_cpu
    return {"listings": len(result.catalog), "rows": result.rows_imported, "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu_seconds, 2)}


def time_many_fresh() -> float:
    """10,000 profiles x 1,000 listings as the first big call of a fresh Python process."""
    import subprocess

    code = ("import sys, time; sys.path[:0] = [sys.argv[1], sys.argv[2]]\n"
            "from bench_recommend import synthetic_catalog, synthetic_profiles\n"
            "from sizer.recommend.engine import recommend_arrays, profile_arrays\n"
            "from sizer.recommend.settings import load_settings\n"
            "s = load_settings(); c = synthetic_catalog(1_000, seed=3)\n"
            "m, sg, sh = profile_arrays(synthetic_profiles(10_000), c.dimensions, s)\n"
            "t = time.perf_counter(); recommend_arrays(c, m, sg, sh, settings=s); print(time.perf_counter() - t)\n")
    here = Path(__file__).resolve().parent
    done = subprocess.run([sys.executable, "-c", code, str(here), str(here.parent)], capture_output=True, text=True,
                          check=True)
    return float(done.stdout.strip().splitlines()[-1])


def best_of(runs: int, call) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--with-import", action="store_true",
                        help="also time importing a 100,000-listing CSV (600,000 rows; takes a while)")
    args = parser.parse_args()
    settings = load_settings()

    big = synthetic_catalog(100_000)
    profile = synthetic_profiles(1)[0]
    start = time.perf_counter()
    recommend(profile, big)
    cold = time.perf_counter() - start
    warm = best_of(3, lambda: recommend(profile, big))

    small = synthetic_catalog(1_000, seed=3)
    profiles = synthetic_profiles(10_000)
    recommend_many(profiles[:10], small)  # pack the catalogue once, as an app would
    start = time.perf_counter()
    measured, sigma, shift = profile_arrays(profiles, small.dimensions, settings)
    prepare_profiles = time.perf_counter() - start
    start = time.perf_counter()
    recommend_arrays(small, measured, sigma, shift, settings=settings)
    many = time.perf_counter() - start
    many_fresh = time_many_fresh()

    figures = {
        "one_profile_100k_listings": {"listings": len(big), "size_rows": big.size_count,
                                      "cold_s": round(cold, 3), "warm_s": round(warm, 3), "target_s": 1.0},
        "10k_profiles_1k_listings": {"profiles": len(profiles), "listings": len(small),
                                     "size_rows": small.size_count, "seconds": round(prepare_profiles + many, 3),
                                     "of_which_reading_profiles_s": round(prepare_profiles, 3),
                                     "fresh_process_s": round(many_fresh, 3), "target_s": 10.0},
    }
    if args.with_import:
        figures["import_csv_100k_listings"] = time_import(100_000)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        one = figures["one_profile_100k_listings"]
        batch = figures["10k_profiles_1k_listings"]
        print(f"1 profile x {one['listings']:,} listings ({one['size_rows']:,} sizes): "
              f"{one['warm_s']:.3f} s warm, {one['cold_s']:.3f} s cold (target < 1 s)")
        print(f"{batch['profiles']:,} profiles x {batch['listings']:,} listings ({batch['size_rows']:,} sizes): "
              f"{batch['seconds']:.3f} s, of which {batch['of_which_reading_profiles_s']:.3f} s reading the "
              f"profiles; {batch['fresh_process_s']:.3f} s as a fresh process's first call (target < 10 s)")
        if args.with_import:
            imported = figures["import_csv_100k_listings"]
            print(f"import of a CSV with {imported['listings']:,} listings ({imported['rows']:,} rows): "
                  f"{imported['seconds']:.1f} s ({imported['cpu_seconds']:.1f} s of CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
