"""A seeded simulator of orders and returns, to check the returns analysis against known truth.

A catalogue of listings with contiguous body-range size tables is made; chosen sizes are planted
off by known centimetres (the garment fits bodies that much larger or smaller than its chart
says), some whole listings too. Shoppers are real bodies (ANSUR II, when its files are given; a
documented normal population otherwise) who measure themselves with error, pick the size whose
chart ranges hold their measurements (some by habit one size off, some bracketing two sizes),
and send a garment back when it does not fit their true body, saying why most of the time, or
exchange it for the neighbouring size; others come back for reasons unrelated to fit.
Every listing draws its own shoppers' habits (measurement error, fit tolerance, how many misfits
come back), so the analysis, which assumes one self-measurement error, is checked off its own
assumptions.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from sizer.catalog.model import Catalog, CatalogBuilder, SizeEntry, TableSource
from sizer.returns.orders import OrderLines, bracketing

# ANSUR II column (mm) -> body dimension (cm). Women's chestcircumference is taken over the bust.
ANSUR_COLUMNS = {"stature": "stature", "chestcircumference": "chest_girth", "waistcircumference": "waist_girth",
                 "buttockcircumference": "hip_girth", "neckcircumferencebase": "neck_girth"}
# Fallback when ANSUR II is not beside the project: means and SDs (cm) and the correlation of
# girths, rounded from the ANSUR II 2012 summary statistics (Gordon et al. 2014).
FALLBACK = {
    "male": {"stature": (175.6, 6.9), "chest_girth": (106.7, 8.7), "waist_girth": (94.1, 11.1),
             "hip_girth": (102.7, 7.3), "neck_girth": (41.3, 2.6)},
    "female": {"stature": (162.8, 6.5), "chest_girth": (95.1, 8.2), "waist_girth": (85.2, 10.3),
               "hip_girth": (101.9, 8.0), "neck_girth": (34.4, 2.1)},
}
_GIRTH_CORRELATION = 0.8


@dataclass(frozen=True)
class Population:
    """Bodies (cm) by sex: ``bodies[sex][dimension]`` arrays of equal length."""

    bodies: dict[str, dict[str, np.ndarray]]
    source: str


def load_population(ansur_dir: str | Path | None, seed: int = 0) -> Population:
    """ANSUR II's 6,068 soldiers when ``ansur_dir`` holds its files, else the fallback population."""
    if ansur_dir is not None and (Path(ansur_dir) / "ansur2_male.csv").exists():
        bodies: dict[str, dict[str, np.ndarray]] = {}
        for sex in ("male", "female"):
            with open(Path(ansur_dir) / f"ansur2_{sex}.csv", encoding="latin-1", newline="") as stream:
                reader = csv.reader(stream)
                header = [h.strip().lower() for h in next(reader)]
                rows = list(reader)
            columns = {dim: np.array([float(r[header.index(col)]) for r in rows]) / 10.0
                       for col, dim in ANSUR_COLUMNS.items()}
            bodies[sex] = columns
        return Population(bodies, "ANSUR II")
    rng = np.random.default_rng(seed)
    bodies = {}
    for sex, stats in FALLBACK.items():
        dims = list(stats)
        k = len(dims)
        corr = np.full((k, k), _GIRTH_CORRELATION) + (1 - _GIRTH_CORRELATION) * np.eye(k)
        corr[0, 1:] = corr[1:, 0] = 0.35  # stature and girths correlate weakly
        sd = np.array([stats[d][1] for d in dims])
        draws = rng.multivariate_normal([stats[d][0] for d in dims], corr * np.outer(sd, sd), size=4000)
        bodies[sex] = {d: draws[:, j] for j, d in enumerate(dims)}
    return Population(bodies, "fallback normal population")


@dataclass(frozen=True)
class ListingPlan:
    listing_id: str
    sex: str
    dimensions: tuple[str, str]  # main dimension first
    starts_cm: tuple[float, float]  # lower bound of the smallest size
    grading_cm: tuple[float, float]
    labels: tuple[str, ...]
    offsets_cm: tuple[float, ...]  # planted shift of each size (main dimension; negative: runs small)


@dataclass
class Simulation:
    catalog: Catalog
    lines: OrderLines
    plans: list[ListingPlan]
    truth_offset_cm: np.ndarray  # per catalogue size row
    population: str
    rows: dict[str, list] = field(default_factory=dict)  # the orders as columns of a Sizer orders file

    def write_csv(self, path: str | Path) -> Path:
        """The orders as a Sizer orders file (for import benchmarks)."""
        names = list(self.rows)
        with open(path, "w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(names)
            writer.writerows(zip(*(self.rows[n] for n in names)))
        return Path(path)


_LABELS = ("XS", "S", "M", "L", "XL", "XXL")
_KINDS = (  # sex, main and second dimension, grading of the second per cm of the main
    ("male", ("chest_girth", "neck_girth"), 0.25),
    ("male", ("waist_girth", "hip_girth"), 0.8),
    ("female", ("chest_girth", "waist_girth"), 1.0),
    ("female", ("hip_girth", "waist_girth"), 1.0),
)


def plan_catalog(n_listings: int, rng: np.random.Generator, population: Population, planted_share: float = 0.25,
                 planted_cm: float = 3.0, whole_listing_share: float = 0.1) -> list[ListingPlan]:
    """Listings of 6 sizes graded 4 to 6 cm and centred, as a shop sizes its range, on its
    shoppers (the middle of the range within half a size of their median); in
    ``planted_share`` of them one of S..XL is planted ``planted_cm`` off (either way), in
    ``whole_listing_share`` every size is."""
    plans = []
    for n in range(n_listings):
        sex, dims, ratio = _KINDS[n % len(_KINDS)]
        step = float(rng.choice([4.0, 5.0, 6.0]))
        grading = (step, step * ratio)
        medians = [float(np.median(population.bodies[sex][d])) for d in dims]
        centre_shift = rng.uniform(-0.5, 0.5)
        starts = tuple(m - (len(_LABELS) / 2 + centre_shift) * g for m, g in zip(medians, grading))
        offsets = [0.0] * len(_LABELS)
        draw = rng.random()
        if draw < whole_listing_share:
            offsets = [planted_cm * float(rng.choice([-1.0, 1.0]))] * len(_LABELS)
        elif draw < whole_listing_share + planted_share:
            offsets[int(rng.integers(1, 5))] = planted_cm * float(rng.choice([-1.0, 1.0]))
        plans.append(ListingPlan(f"SIM-{n:05d}", sex, dims, starts, grading, _LABELS, tuple(offsets)))
    return plans


def build_catalog(plans: list[ListingPlan]) -> Catalog:
    builder = CatalogBuilder()
    for plan in plans:
        category = "mens_tops" if plan.sex == "male" else "womens_tops"
        builder.add_listing(plan.listing_id, f"Simulated {plan.dimensions[0]} listing", category)
        for k, label in enumerate(plan.labels):
            ranges = {dim: (round(start + k * step, 1), round(start + (k + 1) * step, 1))
                      for dim, start, step in zip(plan.dimensions, plan.starts_cm, plan.grading_cm)}
            builder.add_size(plan.listing_id, SizeEntry(label, TableSource.BODY_RANGES, ranges))
    return builder.build(source="simulated catalogue")


def simulate(n_listings: int = 40, orders_per_listing: int = 1000, seed: int = 1, ansur_dir: str | Path | None = None,
             population: Population | None = None, planted_cm: float = 3.0, keep_rows: bool = False) -> Simulation:
    """Orders and returns for ``n_listings`` planned listings, ``orders_per_listing`` shoppers each."""
    rng = np.random.default_rng(seed)
    population = population or load_population(ansur_dir, seed)
    plans = plan_catalog(n_listings, rng, population, planted_cm=planted_cm)
    catalog = build_catalog(plans)
    columns: dict[str, list[np.ndarray]] = {k: [] for k in (
        "order", "row", "quantity", "small", "large", "other", "exchanged", "recommended")}
    truth = np.zeros(catalog.size_count)
    order_base = 0
    for i, plan in enumerate(plans):
        first_row = int(catalog.size_offsets[i])
        truth[first_row:first_row + len(plan.labels)] = plan.offsets_cm
        out = _shop(plan, population, orders_per_listing, rng)
        columns["order"].append(out["order"] + order_base)
        order_base += orders_per_listing
        columns["row"].append(out["size"] + first_row)
        columns["recommended"].append(out["recommended"] + first_row)
        columns["exchanged"].append(np.where(out["exchanged"] >= 0, out["exchanged"] + first_row, -1))
        for key in ("quantity", "small", "large", "other"):
            columns[key].append(out[key])
    merged = {k: np.concatenate(v) for k, v in columns.items()}
    order_codes = merged["order"]
    lines = OrderLines(catalog=catalog, order_ids=order_codes.astype(str).astype(object), size_rows=merged["row"],
                       quantity=merged["quantity"], too_small=merged["small"], too_large=merged["large"],
                       other=merged["other"], bracketed=bracketing(order_codes, merged["row"], catalog),
                       recommended_rows=merged["recommended"], sources=["simulation"],
                       order_count=len(np.unique(order_codes)),
                       description=f"simulated orders ({population.source})")
    simulation = Simulation(catalog, lines, plans, truth, population.source)
    if keep_rows:
        simulation.rows = _as_file_rows(catalog, merged, rng)
    return simulation


def _shop(plan: ListingPlan, population: Population, n: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """``n`` shoppers of one listing: who buys which size and what comes back."""
    bodies = population.bodies[plan.sex]
    pick = rng.integers(0, len(bodies[plan.dimensions[0]]), size=n)
    sizes = len(plan.labels)
    noise_sd = rng.uniform(1.5, 3.5)  # how well this listing's shoppers measure themselves
    tolerance = rng.uniform(0.5, 2.0)  # how far outside its range a garment still fits (cm), ease
    return_share = rng.uniform(0.6, 0.95)  # misfits that come back rather than being kept
    true = np.stack([bodies[d][pick] for d in plan.dimensions], axis=1)
    measured = true + rng.normal(0.0, noise_sd, size=true.shape)
    starts = np.array(plan.starts_cm)
    steps = np.array(plan.grading_cm)
    # Chart position of each measured body per dimension, in sizes; the size the chart says.
    position = (measured - starts) / steps
    # Shoppers go by the main dimension (chest of a shirt, waist of trousers); the second is shown
    # but real pairs of girths rarely both sit in one size, and tables are graded on the main one.
    chosen = np.clip(np.floor(position[:, 0]), 0, sizes - 1).astype(np.int64)
    outside = (position[:, 0] < -0.5) | (position[:, 0] > sizes + 0.5)
    recommended = chosen.copy()
    habit = rng.random(n) < 0.1  # some buy their usual size, one off
    chosen = np.clip(chosen + np.where(habit, rng.choice([-1, 1], size=n), 0), 0, sizes - 1)
    keep = ~outside
    true, chosen, recommended = true[keep], chosen[keep], recommended[keep]
    order = np.flatnonzero(keep)
    # Some shoppers bracket: they also buy the next size up and send one back.
    bracket = rng.random(len(chosen)) < 0.05
    second = np.clip(chosen[bracket] + 1, 0, sizes - 1)
    distinct = second != chosen[bracket]
    bracket_index = np.flatnonzero(bracket)[distinct]
    size = np.concatenate([chosen, second[distinct]])
    body = np.concatenate([true, true[bracket_index]])
    order = np.concatenate([order, order[bracket_index]])
    recommended = np.concatenate([recommended, recommended[bracket_index]])
    shift = np.array(plan.offsets_cm)[size]
    ratio = steps / steps[0]
    low = starts + size[:, None] * steps + shift[:, None] * ratio
    high = low + steps
    too_small = body[:, 0] > high[:, 0] + tolerance
    too_large = ~too_small & (body[:, 0] < low[:, 0] - tolerance)
    returns_misfit = rng.random(len(size)) < return_share
    unrelated = rng.random(len(size)) < 0.06  # style, colour, changed their mind
    small = too_small & returns_misfit
    large = too_large & returns_misfit
    # Bracketers keep one of the two: the one that fits best; the other comes back ("other" if both fit).
    is_second = np.zeros(len(size), dtype=bool)
    is_second[len(chosen):] = True
    first_of = np.flatnonzero(bracket)[distinct]
    second_fits = ~(too_small | too_large)[len(chosen):]
    first_fits = ~(too_small | too_large)[first_of]
    drop_first = second_fits & ~first_fits
    other = unrelated & ~small & ~large
    both_back = np.zeros(len(size), dtype=bool)
    both_back[first_of[drop_first]] = True
    both_back[len(chosen) + np.flatnonzero(~drop_first)] = True
    other = other | (both_back & ~small & ~large)
    # Not every shopper says why; some reasons are lost as "other", and some exchange instead.
    said = rng.random(len(size)) < 0.85
    other = other | ((small | large) & ~said)
    small, large = small & said, large & said
    exchanged = np.full(len(size), -1, dtype=np.int64)
    swap = rng.random(len(size)) < 0.3
    exchanged[small & swap & (size < sizes - 1)] = size[small & swap & (size < sizes - 1)] + 1
    exchanged[large & swap & (size > 0)] = size[large & swap & (size > 0)] - 1
    one = np.ones(len(size), dtype=np.int64)
    return {"order": order, "size": size, "quantity": one, "small": small.astype(np.int64),
            "large": large.astype(np.int64), "other": other.astype(np.int64), "exchanged": exchanged,
            "recommended": recommended}


_REASON_TEXTS = {"small": ("SIZE_TOO_SMALL", "too small", "偏小", "runs small, size up"),
                 "large": ("SIZE_TOO_LARGE", "too big", "尺码偏大", "runs large"),
                 "other": ("STYLE", "changed my mind", "颜色不喜欢", "")}


def _as_file_rows(catalog: Catalog, merged: dict[str, np.ndarray], rng: np.random.Generator) -> dict[str, list]:
    """The simulated lines as the cells of a Sizer orders file."""
    n = len(merged["row"])
    listing = catalog.size_listing_index[merged["row"]]
    returned = merged["small"] + merged["large"] + merged["other"]
    reason_kind = np.where(merged["small"] > 0, 0, np.where(merged["large"] > 0, 1, 2))
    texts = [_REASON_TEXTS[k] for k in ("small", "large", "other")]
    choice = rng.integers(0, 4, size=n)
    reasons = [texts[k][c] if r else "" for k, c, r in zip(reason_kind.tolist(), choice.tolist(), returned.tolist())]
    days = rng.integers(0, 365, size=n)
    dates = (np.datetime64("2025-01-01") + days).astype(str).tolist()
    labels = catalog.size_labels
    ex = merged["exchanged"]
    exchanged_ok = (ex >= 0) & (returned > 0)
    return {
        "order_id": [f"#{o}" for o in merged["order"].tolist()], "order_date": dates,
        "listing_id": catalog.listing_ids[listing].tolist(), "size_label": labels[merged["row"]].tolist(),
        "quantity": merged["quantity"].tolist(), "returned_quantity": returned.tolist(), "return_reason": reasons,
        "exchanged_to_size": [str(labels[e]) if ok else "" for e, ok in zip(ex.tolist(), exchanged_ok.tolist())],
        "recommended_size": labels[merged["recommended"]].tolist(),
    }


def score(simulation: Simulation, findings) -> dict[str, float]:
    """Recall of planted sizes (flagged the right way), false flags of true-to-size sizes, offset error."""
    catalog = simulation.catalog
    row_of = {(str(catalog.listing_ids[catalog.size_listing_index[r]]), str(catalog.size_labels[r])): r
              for r in range(catalog.size_count)}
    planted = truth_total = false = true_total = 0
    errors = []
    for f in findings:
        r = row_of[(f.listing_id, f.size_label)]
        truth = simulation.truth_offset_cm[r]
        flagged = f.verdict.value in ("runs_small", "runs_large")
        if truth != 0:
            truth_total += 1
            right = (truth < 0 and f.verdict.value == "runs_small") or (truth > 0 and f.verdict.value == "runs_large")
            planted += right
            if right:
                errors.append(abs(f.offset_cm - truth))
        else:
            true_total += 1
            false += flagged
    # Planted sizes never sold (no finding) count as missed.
    sold = {row_of[(f.listing_id, f.size_label)] for f in findings}
    missed = int(np.sum((simulation.truth_offset_cm != 0) & ~np.isin(np.arange(catalog.size_count), list(sold))))
    truth_total += missed
    return {"recall": planted / truth_total if truth_total else float("nan"),
            "false_flag_rate": false / true_total if true_total else float("nan"),
            "offset_mean_abs_error_cm": float(np.mean(errors)) if errors else float("nan"),
            "offset_p90_abs_error_cm": float(np.percentile(errors, 90)) if errors else float("nan"),
            "planted_sizes": truth_total, "true_sizes": true_total}
