"""Which sizes run small or large, by how many centimetres, and how sure: the returns analysis.

Counts per listing and size come first (orders, kept, returned too small / too large / for
other reasons; bracketed orders apart). Then a hierarchical Bayesian model of {kept, too small,
too large} per size (Dirichlet-multinomial, shrunk towards its listing, the listing towards its
category, the category towards the whole file) gives each size a posterior over its rates, and
a probit model of fit turns rates into an offset in cm of the size's body ranges:

    offset_cm = -tau/2 * (probit(p_too_small) - probit(p_too_large)),  tau = sqrt(g^2/12 + s^2)

(g: the listing's grading step at that size, s: the error of measuring oneself; see
sizer/data/returns_model.toml and docs/returns.md). The posterior of the offset is approximated
by a normal (delta method over the Dirichlet posterior), so a million order lines take well
under a second; tests check it against Monte Carlo draws.
"""
from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from sizer.catalog.model import Catalog
from sizer.resources import data, read_toml
from sizer.returns.orders import OrderLines
from sizer.returns.probit import normal_cdf, probit

MAX_MORE_ORDERS = 100_000  # "more than this" when the data may never settle it (offset right at the threshold)


class Verdict(str, enum.Enum):
    RUNS_SMALL = "runs_small"
    RUNS_LARGE = "runs_large"
    TRUE_TO_SIZE = "true_to_size"
    NOT_ENOUGH_DATA = "not_enough_data"


class Scope(str, enum.Enum):
    """Whether a flag concerns one mis-graded size or the whole listing's cut."""

    SIZE = "size"
    LISTING = "listing"


@dataclass(frozen=True)
class ModelSettings:
    size_weight: float
    listing_weight: float
    category_weight: float
    self_measurement_sd_cm: float
    min_offset_cm: float
    model_sd_cm: float
    reported_share: float
    default_grading_cm: float
    min_probability: float
    min_orders: int
    true_to_size_probability: float
    whole_listing_share: float


@lru_cache(maxsize=1)
def model_settings() -> ModelSettings:
    raw = read_toml(data("returns_model.toml"), "the returns model settings")
    prior, fit, flags = raw["prior"], raw["fit"], raw["flags"]
    return ModelSettings(float(prior["size_weight_orders"]), float(prior["listing_weight_orders"]),
                         float(prior["category_weight_orders"]), float(fit["self_measurement_sd_cm"]),
                         float(fit["min_offset_cm"]), float(fit["model_sd_cm"]),
                         float(fit["reported_share"]), float(fit["default_grading_cm"]),
                         float(flags["min_probability"]), int(flags["min_orders"]),
                         float(flags["true_to_size_probability"]), float(flags["whole_listing_share"]))


@dataclass
class SizeCounts:
    """Per catalogue size row: units sold (``orders``, bracketed ones excluded), kept, returned
    too small / too large / other; the bracketed units and their returns apart."""

    orders: np.ndarray
    kept: np.ndarray
    too_small: np.ndarray
    too_large: np.ndarray
    other: np.ndarray
    bracketed_orders: np.ndarray
    bracketed_returned: np.ndarray


def count_sizes(lines: OrderLines) -> SizeCounts:
    n = lines.catalog.size_count
    single = ~lines.bracketed

    def total(values: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return np.bincount(lines.size_rows[mask], weights=values[mask], minlength=n).astype(np.int64)

    orders = total(lines.quantity, single)
    small, large, other = (total(v, single) for v in (lines.too_small, lines.too_large, lines.other))
    return SizeCounts(orders, orders - small - large - other, small, large, other,
                      total(lines.quantity, lines.bracketed), total(lines.returned, lines.bracketed))


def grading_cm(catalog: Catalog, default_cm: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per size row: the grading step (cm) of its listing's main dimension at that size (the mean
    distance between its range's midpoint and its neighbours'); the grading step of every
    dimension (rows x dimensions; 0 where a dimension does not change or is not given); and per
    listing the column of its main dimension.
    The main dimension is the one that grows most from size to size (chest for a shirt, waist
    for jeans whose leg length stays)."""
    mid = (catalog.body_min_cm.astype(np.float64) + catalog.body_max_cm) / 2.0
    n_rows, n_dims = mid.shape
    steps = np.full((n_rows, n_dims), np.nan)
    main = np.full(n_rows, default_cm)
    listing = catalog.size_listing_index
    starts = catalog.size_offsets[listing]
    stops = catalog.size_offsets[listing + 1]
    rows = np.arange(n_rows)
    has_prev = rows > starts
    has_next = rows < stops - 1
    prev = np.where(has_prev, rows - 1, rows)
    nxt = np.where(has_next, rows + 1, rows)
    with np.errstate(invalid="ignore"):
        down = np.abs(mid - mid[prev])
        up = np.abs(mid[nxt] - mid)
        count = has_prev.astype(float)[:, None] + has_next.astype(float)[:, None]
        summed = np.where(has_prev[:, None], down, 0.0) + np.where(has_next[:, None], up, 0.0)
        steps = np.where(count > 0, summed / np.maximum(count, 1), np.nan)
        steps = np.where(np.isnan(mid), np.nan, steps)
    # The main dimension of each listing: the largest mean step over its sizes.
    sums = np.zeros((len(catalog), n_dims))
    np.add.at(sums, listing, np.nan_to_num(steps))
    main_dim = np.argmax(sums, axis=1) if n_dims else np.zeros(len(catalog), dtype=np.int64)
    if n_dims:
        main_step = steps[rows, main_dim[listing]]
        main = np.where(np.isfinite(main_step) & (main_step > 0), main_step, default_cm)
    return main, np.where(np.isnan(steps), 0.0, steps), main_dim


def _probit(p: np.ndarray) -> np.ndarray:
    return probit(np.clip(p, 1e-9, 1 - 1e-9))


def _normal_density(z: np.ndarray) -> np.ndarray:
    return np.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)


def _normal_cdf(z: np.ndarray) -> np.ndarray:
    return normal_cdf(np.asarray(z, dtype=np.float64))


def edge_density_ratio(catalog: Catalog, units: np.ndarray) -> np.ndarray:
    """Per size row: how many more buyers sit at its upper edge than at its lower one.

    Misfits come from the edges of a size: too small from buyers near its top, too large from
    those near its bottom. Where bodies are rarer (the smallest and largest sizes, the tails of
    the population), a true-to-size garment still gets more too-small returns on XS and more
    too-large ones on 3XL; dividing each tail by the density of buyers at its edge removes that.
    The density at an edge is the mean of the sales of the two sizes it separates; beyond the
    last size it is extrapolated geometrically (bounded to a factor 4)."""
    n = units.astype(np.float64) + 1.0
    listing = catalog.size_listing_index
    rows = np.arange(len(n))
    starts = catalog.size_offsets[listing]
    stops = catalog.size_offsets[listing + 1]
    has_prev, has_next = rows > starts, rows < stops - 1
    prev = n[np.where(has_prev, rows - 1, rows)]
    nxt = n[np.where(has_next, rows + 1, rows)]
    beyond_low = np.where(has_next, n * np.clip(n / nxt, 0.25, 4.0), n)
    beyond_high = np.where(has_prev, n * np.clip(n / prev, 0.25, 4.0), n)
    below = np.where(has_prev, prev, beyond_low)
    above = np.where(has_next, nxt, beyond_high)
    return (n + above) / (n + below)


def offset_posterior(alpha: np.ndarray, tau_cm: np.ndarray, edge_ratio: np.ndarray | None = None,
                     model_sd_cm: float = 0.0, reported_share: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """Mean and standard deviation (cm) of the offset under Dirichlet(alpha) over
    (kept, too small, too large), by the delta method on the probit transform; ``edge_ratio``
    (see :func:`edge_density_ratio`) takes the buyers' density out of the two tails first;
    ``model_sd_cm`` is the model's own error, added so that no amount of data makes it surer
    than its assumptions (shoppers' habits differ from shop to shop)."""
    a0 = alpha.sum(axis=1)
    ps, pl = alpha[:, 1] / a0, alpha[:, 2] / a0
    if edge_ratio is not None:
        root = np.sqrt(edge_ratio)
        ps, pl = ps / root, pl * root
    # Only a share of the misfits come back saying so: the tails of the fit are larger than seen.
    ps, pl = ps / reported_share, pl / reported_share
    zs, zl = _probit(ps), _probit(pl)
    mean = -tau_cm / 2.0 * (zs - zl)
    denominator = a0 * a0 * (a0 + 1.0)
    var_s = alpha[:, 1] * (a0 - alpha[:, 1]) / denominator
    var_l = alpha[:, 2] * (a0 - alpha[:, 2]) / denominator
    cov = -alpha[:, 1] * alpha[:, 2] / denominator
    gs, gl = 1.0 / _normal_density(zs), 1.0 / _normal_density(zl)
    scale = (tau_cm / 2.0 / reported_share) ** 2
    if edge_ratio is not None:
        var_s, var_l, cov = var_s / edge_ratio, var_l * edge_ratio, cov
    variance = scale * (gs * gs * var_s + gl * gl * var_l - 2.0 * gs * gl * cov)
    return mean, np.sqrt(np.maximum(variance, 1e-12) + model_sd_cm ** 2)


@dataclass
class Finding:
    listing_id: str
    size_label: str
    verdict: Verdict
    probability: float  # of the verdict (runs small/large: that it does; true to size: that |offset| is small)
    offset_cm: float | None  # proposed shift of the size's body ranges; None unless flagged
    estimated_offset_cm: float  # the posterior mean, flagged or not
    offset_sd_cm: float
    orders: int
    kept: int
    returned_too_small: int
    returned_too_large: int
    returned_other: int
    bracketed_orders: int
    bracketed_returned: int
    more_orders_needed: int | None  # not_enough_data: about how many more would settle it
    scope: Scope
    grading_cm: float

    @property
    def return_rates(self) -> tuple[float, float, float]:
        """Shares of the size's orders returned too small, too large, other."""
        n = max(self.orders, 1)
        return self.returned_too_small / n, self.returned_too_large / n, self.returned_other / n

    def to_json(self) -> dict:
        return {"listing_id": self.listing_id, "size_label": self.size_label, "verdict": self.verdict.value,
                "probability": round(self.probability, 4),
                "offset_cm": None if self.offset_cm is None else round(self.offset_cm, 1),
                "orders": self.orders, "returned_too_small": self.returned_too_small,
                "returned_too_large": self.returned_too_large, "returned_other": self.returned_other,
                "kept": self.kept, "bracketed_orders": self.bracketed_orders,
                "bracketed_returned": self.bracketed_returned, "scope": self.scope.value,
                "estimated_offset_cm": round(self.estimated_offset_cm, 2),
                "offset_sd_cm": round(self.offset_sd_cm, 2), "more_orders_needed": self.more_orders_needed}


@dataclass
class ListingSummary:
    listing_id: str
    title: str
    category: str
    orders: int
    verdict: Verdict  # runs_small/large: the whole listing; true_to_size: none or single sizes
    probability: float
    offset_cm: float | None
    flagged_sizes: int
    recommended_orders: int  # lines where the size bought was the one Sizer advised
    recommended_kept_rate: float | None
    other_kept_rate: float | None  # kept rate of lines that did not follow (or had no) advice


@dataclass
class Analysis:
    catalog: Catalog
    findings: list[Finding]
    listings: list[ListingSummary]
    summary: dict

    def findings_of(self, listing_id: str) -> list[Finding]:
        return [f for f in self.findings if f.listing_id == listing_id]

    def to_json(self) -> dict:
        return {"findings": [f.to_json() for f in self.findings], "summary": self.summary,
                "listings": [{"listing_id": s.listing_id, "title": s.title, "category": s.category,
                              "orders": s.orders, "verdict": s.verdict.value, "probability": round(s.probability, 4),
                              "offset_cm": None if s.offset_cm is None else round(s.offset_cm, 1),
                              "flagged_sizes": s.flagged_sizes, "recommended_orders": s.recommended_orders,
                              "recommended_kept_rate": _round(s.recommended_kept_rate),
                              "other_kept_rate": _round(s.other_kept_rate)} for s in self.listings]}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _pooled(counts: np.ndarray, groups: np.ndarray, n_groups: int) -> np.ndarray:
    pooled = np.zeros((n_groups, 3))
    np.add.at(pooled, groups, counts)
    return pooled


def _shrunk(counts: np.ndarray, prior_mean: np.ndarray, weight: float) -> np.ndarray:
    total = counts.sum(axis=1, keepdims=True)
    return (counts + weight * prior_mean) / (total + weight)


def _verdicts(mean: np.ndarray, sd: np.ndarray, n: np.ndarray, settings: ModelSettings
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Verdict codes (0 small, 1 large, 2 true to size, 3 not enough data), the probability of
    the verdict (of the best-supported one when not enough data) and the orders still needed."""
    m = settings.min_offset_cm
    p_small = _normal_cdf((-m - mean) / sd)
    p_large = _normal_cdf((mean - m) / sd)
    p_true = np.clip(1.0 - p_small - p_large, 0.0, 1.0)
    enough = n >= settings.min_orders
    code = np.full(len(mean), 3, dtype=np.int8)
    code[enough & (p_small >= settings.min_probability)] = 0
    code[enough & (p_large >= settings.min_probability)] = 1
    code[enough & (code == 3) & (p_true >= settings.true_to_size_probability)] = 2
    probability = np.choose(np.clip(code, 0, 2), [p_small, p_large, p_true])
    best = np.maximum(np.maximum(p_small, p_large), p_true)
    probability = np.where(code == 3, best, probability)
    # More orders shrink sd like 1/sqrt(n): how many until the current estimate would decide?
    z_flag = float(_probit(np.array([settings.min_probability]))[0])
    z_true = float(_probit(np.array([0.5 + settings.true_to_size_probability / 2.0]))[0])
    distance = np.abs(np.abs(mean) - m)
    z_needed = np.where(np.abs(mean) > m, z_flag, z_true)
    sd_needed = np.maximum(distance / z_needed, 1e-6)
    total_needed = (n + settings.size_weight) * (sd / sd_needed) ** 2 - settings.size_weight
    more = np.maximum(np.ceil(total_needed - n), settings.min_orders - n)
    more = np.where(code == 3, np.clip(np.maximum(more, 1), 1, MAX_MORE_ORDERS), 0).astype(np.int64)
    return code, probability, more


_VERDICTS = (Verdict.RUNS_SMALL, Verdict.RUNS_LARGE, Verdict.TRUE_TO_SIZE, Verdict.NOT_ENOUGH_DATA)


def analyse(lines: OrderLines, settings: ModelSettings | None = None) -> Analysis:
    """Findings for every size sold at least once, and a summary per listing."""
    settings = settings or model_settings()
    catalog = lines.catalog
    counts = count_sizes(lines)
    model = np.stack([counts.kept, counts.too_small, counts.too_large], axis=1).astype(np.float64)
    listing = catalog.size_listing_index
    category_codes = np.unique(catalog.categories.astype(str), return_inverse=True)[1].astype(np.int64)
    n_listings = len(catalog)
    by_listing = _pooled(model, listing, n_listings)
    n_categories = int(category_codes.max()) + 1 if n_listings else 0
    by_category = _pooled(by_listing, category_codes, n_categories)
    overall = (model.sum(axis=0) + 1.0) / (model.sum() + 3.0)
    category_mean = _shrunk(by_category, overall[None, :], settings.category_weight)
    listing_mean = _shrunk(by_listing, category_mean[category_codes], settings.listing_weight)
    alpha = model + settings.size_weight * listing_mean[listing]
    main_step, _, _ = grading_cm(catalog, settings.default_grading_cm)
    tau = np.sqrt(main_step ** 2 / 12.0 + settings.self_measurement_sd_cm ** 2)
    edge_ratio = edge_density_ratio(catalog, counts.orders + counts.bracketed_orders)
    mean, sd = offset_posterior(alpha, tau, edge_ratio, settings.model_sd_cm, settings.reported_share)
    n_model = model.sum(axis=1)
    code, probability, more = _verdicts(mean, sd, n_model, settings)

    # The listing as a whole, from its pooled counts (shrunk towards its category).
    sizes_per_listing = catalog.sizes_per_listing
    listing_tau = np.sqrt(np.bincount(listing, weights=tau ** 2, minlength=n_listings) / np.maximum(sizes_per_listing, 1))
    l_alpha = by_listing + settings.listing_weight * category_mean[category_codes]
    l_mean, l_sd = offset_posterior(l_alpha, listing_tau, None, settings.model_sd_cm, settings.reported_share)
    l_code, l_probability, _ = _verdicts(l_mean, l_sd, by_listing.sum(axis=1), settings)
    judged = n_model >= settings.min_orders
    leaning_small = np.bincount(listing, weights=(judged & (mean < 0)).astype(float), minlength=n_listings)
    leaning_large = np.bincount(listing, weights=(judged & (mean > 0)).astype(float), minlength=n_listings)
    judged_sizes = np.maximum(np.bincount(listing, weights=judged.astype(float), minlength=n_listings), 1)
    whole = np.where(l_code == 0, leaning_small / judged_sizes >= settings.whole_listing_share,
                     np.where(l_code == 1, leaning_large / judged_sizes >= settings.whole_listing_share, False))

    # One number for a listing that runs small or large as a whole: the sizes that make it so (flagged,
    # the listing's way) each move by it, and it is what the CLI, the app and the reports say. It is
    # their offsets' mean, weighted by precision (1/sd²); l_mean, from the pooled counts, only when no
    # size is flagged that way. (Two figures before: "the listing runs small by 3.9 cm" beside its
    # sizes moving 5.0 cm.)
    in_whole = (code <= 1) & whole[listing] & (code == l_code[listing])
    precision = np.where(in_whole, 1.0 / sd ** 2, 0.0)
    weight = np.bincount(listing, weights=precision, minlength=n_listings)
    listing_offset = np.where(weight > 0, np.bincount(listing, weights=precision * mean, minlength=n_listings)
                              / np.maximum(weight, 1e-300), l_mean)

    sold = np.flatnonzero((counts.orders + counts.bracketed_orders) > 0)
    findings: list[Finding] = []
    for r in sold.tolist():
        i = int(listing[r])
        flagged = code[r] in (0, 1)
        findings.append(Finding(
            listing_id=str(catalog.listing_ids[i]), size_label=str(catalog.size_labels[r]), verdict=_VERDICTS[code[r]],
            probability=float(probability[r]),
            offset_cm=(float(listing_offset[i]) if in_whole[r] else float(mean[r])) if flagged else None,
            estimated_offset_cm=float(mean[r]), offset_sd_cm=float(sd[r]), orders=int(counts.orders[r]),
            kept=int(counts.kept[r]), returned_too_small=int(counts.too_small[r]),
            returned_too_large=int(counts.too_large[r]), returned_other=int(counts.other[r]),
            bracketed_orders=int(counts.bracketed_orders[r]), bracketed_returned=int(counts.bracketed_returned[r]),
            more_orders_needed=int(more[r]) if code[r] == 3 else None,
            scope=Scope.LISTING if in_whole[r] else Scope.SIZE,
            grading_cm=float(main_step[r])))

    listings = _listing_summaries(lines, catalog, counts, l_code, l_probability, listing_offset, whole, code)
    flagged_small = sum(f.verdict is Verdict.RUNS_SMALL for f in findings)
    flagged_large = sum(f.verdict is Verdict.RUNS_LARGE for f in findings)
    total_orders = int(lines.quantity.sum())
    with_advice = int(lines.quantity[lines.recommended_rows >= 0].sum())
    followed_rate, followed_units, other_rate = _recommended_kept_rate(lines, np.ones(len(lines), dtype=bool))
    summary = {
        "order_lines": len(lines), "orders": lines.order_count,
        "units": total_orders, "returned_units": int(lines.returned.sum()),
        "returned_too_small": int(lines.too_small.sum()), "returned_too_large": int(lines.too_large.sum()),
        "returned_other": int(lines.other.sum()), "bracketed_units": int(lines.quantity[lines.bracketed].sum()),
        "sizes": len(findings), "runs_small": flagged_small, "runs_large": flagged_large,
        "true_to_size": sum(f.verdict is Verdict.TRUE_TO_SIZE for f in findings),
        "not_enough_data": sum(f.verdict is Verdict.NOT_ENOUGH_DATA for f in findings),
        "listings_running_small": sum(s.verdict is Verdict.RUNS_SMALL for s in listings),
        "listings_running_large": sum(s.verdict is Verdict.RUNS_LARGE for s in listings),
        "units_with_recommendation": with_advice,
        "units_bought_as_recommended": followed_units,
        "recommended_kept_rate": _round(followed_rate),
        "other_kept_rate": _round(other_rate),
        "thresholds": {"min_probability": settings.min_probability, "min_orders": settings.min_orders,
                       "min_offset_cm": settings.min_offset_cm,
                       "true_to_size_probability": settings.true_to_size_probability},
        "sources": lines.sources,
    }
    return Analysis(catalog, findings, listings, summary)


def _recommended_kept_rate(lines: OrderLines, mask: np.ndarray) -> tuple[float | None, int, float | None]:
    """Kept rate of the units bought in the advised size, their count, and the kept rate of the rest."""
    advised = mask & (lines.recommended_rows >= 0)
    followed = advised & (lines.recommended_rows == lines.size_rows)
    units = int(lines.quantity[followed].sum())
    rate = None if units == 0 else 1.0 - float(lines.returned[followed].sum()) / units
    rest = mask & ~followed
    rest_units = int(lines.quantity[rest].sum())
    rest_rate = None if rest_units == 0 or not advised.any() else 1.0 - float(lines.returned[rest].sum()) / rest_units
    return rate, units, rest_rate


def _listing_summaries(lines: OrderLines, catalog: Catalog, counts: SizeCounts, l_code: np.ndarray,
                       l_probability: np.ndarray, listing_offset: np.ndarray, whole: np.ndarray, code: np.ndarray
                       ) -> list[ListingSummary]:
    listing = catalog.size_listing_index
    n = len(catalog)
    units = np.bincount(listing, weights=counts.orders + counts.bracketed_orders, minlength=n)
    flagged = np.bincount(listing, weights=(code <= 1).astype(float), minlength=n)
    line_listing = listing[lines.size_rows]
    advised = lines.recommended_rows >= 0
    followed = advised & (lines.recommended_rows == lines.size_rows)
    has_advice = np.bincount(line_listing, weights=advised.astype(float), minlength=n) > 0

    def per_listing(values: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return np.bincount(line_listing[mask], weights=values[mask], minlength=n)

    followed_units = per_listing(lines.quantity, followed)
    followed_back = per_listing(lines.returned, followed)
    rest_units = per_listing(lines.quantity, ~followed)
    rest_back = per_listing(lines.returned, ~followed)
    summaries = []
    for i in np.flatnonzero(units > 0).tolist():
        rate = rest = None
        if has_advice[i] and followed_units[i] > 0:
            rate = 1.0 - followed_back[i] / followed_units[i]
        if has_advice[i] and rest_units[i] > 0:
            rest = 1.0 - rest_back[i] / rest_units[i]
        verdict = _VERDICTS[l_code[i]] if (l_code[i] <= 1 and whole[i]) else (
            Verdict.NOT_ENOUGH_DATA if l_code[i] == 3 else Verdict.TRUE_TO_SIZE)
        summaries.append(ListingSummary(
            str(catalog.listing_ids[i]), str(catalog.titles[i]), str(catalog.categories[i]), int(units[i]), verdict,
            float(l_probability[i]),
            float(listing_offset[i]) if verdict in (Verdict.RUNS_SMALL, Verdict.RUNS_LARGE) else None,
            int(flagged[i]), int(followed_units[i]), rate, rest))
    return summaries
