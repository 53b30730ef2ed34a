"""Coverage benchmark of the recommender on real bodies (ANSUR II), issue 11's figures.

    .venv/bin/python scripts/bench_recommend_ansur.py [--people 1000] [--seed 11] [--json]

A seeded sample of ANSUR II people (half women, half men; measured by trained anthropometrists,
millimetres turned into centimetres and mapped to the sizer.dimensions vocabulary) goes through
the bundled sample catalogue and the multi-zone tables of tests/multizone_tables.py (a shirt by
collar and chest with sleeve lengths, a dress by bust/waist/hip, jeans by waist/hip with inseams,
whole-inch charts with gaps). Women meet the women's and unisex listings, men the men's and unisex.
It prints, over the (person, listing) pairs where the body lies inside the chart's span:
  coverage: the share that gets a size (target at least 98 %);
  tight while a non-tight size exists: how often the size is tight in a girth while another is
  not (target 0);
  just outside the span (by less than the measurement's uncertainty admits, recommend.toml
  no_size_probability): pairs given the end size as best available; none beyond that (target 0);
and the run time of the whole people x listings run (one vectorised call).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from multizone_tables import add_multizone_listings  # noqa: E402
from sizer.catalog.importer import import_catalog, sample_catalog_path  # noqa: E402
from sizer.catalog.model import CatalogBuilder  # noqa: E402
from sizer.catalog.segments import SEGMENTS, Segment, segment_rank  # noqa: E402
from sizer.profile import BodyProfile  # noqa: E402
from sizer.recommend.engine import STATUSES, profile_arrays, recommend_arrays  # noqa: E402
from sizer.recommend.settings import load_settings  # noqa: E402
from sizer.recommend.spans import (inside_span, off_while_a_fitting_size_exists,  # noqa: E402
                                   tight_while_not_tight_exists)

DEFAULT_ANSUR = REPO.parent / "shared" / "data" / "ansur2"

# ANSUR II column (mm) -> sizer dimension (cm). Chest circumference is taken at the bust point,
# so for women it is the bust girth; the neck where a collar sits (below the Adam's apple);
# crotch height stands for the inside leg; spine-to-wrist sleeve length is cervicale to wrist.
COMMON = {
    "stature": "stature", "waistcircumference": "waist_girth", "buttockcircumference": "hip_girth",
    "neckcircumference": "neck_girth", "crotchheight": "inside_leg", "sleevelengthspinewrist": "sleeve_length",
    "footlength": "foot_length", "footbreadthhorizontal": "foot_width", "handcircumference": "hand_girth",
    "headcircumference": "head_girth", "biacromialbreadth": "shoulder_width",
}
CHEST = {"male": "chest_girth", "female": "bust_girth"}


def read_people(folder: Path, sex: str) -> list[dict[str, float]]:
    with (folder / f"ansur2_{sex}.csv").open(encoding="latin-1", newline="") as handle:
        rows = list(csv.DictReader(handle))
    columns = {**COMMON, "chestcircumference": CHEST[sex]}
    people = []
    for row in rows:
        lower = {k.lower(): v for k, v in row.items()}
        people.append({dim: float(lower[col]) / 10.0 for col, dim in columns.items()})
    return people


def sample_people(folder: Path, n: int, seed: int) -> tuple[list[BodyProfile], np.ndarray]:
    rng = np.random.default_rng(seed)
    profiles, segments = [], []
    for sex, segment, count in (("female", Segment.WOMEN, n // 2), ("male", Segment.MEN, n - n // 2)):
        people = read_people(folder, sex)
        for k in rng.choice(len(people), size=count, replace=False):
            profiles.append(BodyProfile(people[int(k)], segment=segment))
            segments.append(segment)
    return profiles, np.array(segments, dtype=object)


def benchmark_catalog():
    sample = import_catalog(sample_catalog_path()).catalog
    builder = CatalogBuilder()
    for listing in sample:
        builder.add_listing(listing.listing_id, listing.title, listing.category, listing.size_system, listing.fit,
                            listing.stretch, listing.segment)
        for size in listing.sizes:
            builder.add_size(listing.listing_id, size)
    add_multizone_listings(builder)
    return builder.build(source="sample catalogue + multi-zone tables")


def run(folder: Path, n_people: int, seed: int) -> dict:
    settings = load_settings()
    profiles, segments = sample_people(folder, n_people, seed)
    catalog = benchmark_catalog()
    started = time.perf_counter()
    measured, sigma, shift = profile_arrays(profiles, catalog.dimensions, settings)
    batch = recommend_arrays(catalog, measured, sigma, shift, settings=settings)
    seconds = time.perf_counter() - started

    listing_segments = [SEGMENTS[c] for c in catalog.segment_codes]
    meant = np.array([[segment_rank(s, ls) < 2 for ls in listing_segments] for s in segments])  # women's for women
    span = inside_span(catalog, measured, settings) & meant
    # where the recommender answers: the span widened by what each measurement's uncertainty admits
    answered = inside_span(catalog, measured, settings, sigma) & meant
    sized = batch.sized()
    tight = tight_while_not_tight_exists(catalog, measured, batch.best_row, sized, settings) & meant
    passed_over = off_while_a_fitting_size_exists(catalog, measured, batch.best_row, sized, settings) & span
    covered = sized & span
    per_listing = {}
    for i in range(len(catalog)):
        pairs = int(span[:, i].sum())
        if pairs:
            per_listing[str(catalog.listing_ids[i])] = {"pairs_in_span": pairs,
                                                        "coverage": round(float(covered[:, i].sum()) / pairs, 4)}
    statuses = {STATUSES[s].value: int(((batch.status == s) & span).sum()) for s in range(len(STATUSES))}
    return {
        "people": len(profiles), "listings": len(catalog), "sizes": int(catalog.size_count),
        "pairs_meant_for_them": int(meant.sum()), "pairs_in_span": int(span.sum()),
        "coverage": round(float(covered.sum()) / max(1, int(span.sum())), 4),
        "tight_while_not_tight_exists": int(tight.sum()),
        "sized_outside_span": int((sized & ~answered & meant).sum()),
        "sized_within_uncertainty_of_span": int((sized & answered & ~span).sum()),
        "pairs_within_uncertainty_of_span": int((answered & ~span).sum()),
        "off_while_a_fitting_size_exists": int(passed_over.sum()),
        "statuses_in_span": statuses,
        "seconds": round(seconds, 3),
        "per_listing": per_listing,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1000, help="people sampled (half women, half men)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--ansur", type=Path, default=DEFAULT_ANSUR, help="folder with ansur2_male/female.csv")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not (args.ansur / "ansur2_male.csv").exists():
        print(f"ANSUR II not found in {args.ansur}", file=sys.stderr)
        return 2
    figures = run(args.ansur, args.people, args.seed)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"{figures['people']} ANSUR II people x {figures['listings']} listings ({figures['sizes']} sizes), "
          f"{figures['pairs_meant_for_them']} pairs of the person's segment, {figures['pairs_in_span']} inside the span")
    print(f"coverage (inside the span, a size given): {figures['coverage']:.2%} (target >= 98%)")
    print(f"tight in a girth while a non-tight size exists: {figures['tight_while_not_tight_exists']} (target 0)")
    print(f"chosen size off somewhere while one within the tolerance everywhere exists: "
          f"{figures['off_while_a_fitting_size_exists']}")
    print(f"just outside the span, within the measurement's uncertainty: {figures['pairs_within_uncertainty_of_span']} "
          f"pairs, {figures['sized_within_uncertainty_of_span']} given the end size (best available); sized beyond "
          f"it: {figures['sized_outside_span']} (target 0)")
    print(f"run time, {figures['people']} x {figures['listings']} listings: {figures['seconds']:.3f} s")
    print(f"statuses inside the span: {figures['statuses_in_span']}")
    worst = sorted(figures["per_listing"].items(), key=lambda item: item[1]["coverage"])[:5]
    print("lowest coverage: " + ", ".join(f"{lid} {v['coverage']:.1%} of {v['pairs_in_span']}" for lid, v in worst))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
