"""The vectorised recommender: every profile against every size of every listing, in numpy.

For each listing the sizes are scored at once. A body measurement's *position* in a size's body
range is 0 at its minimum and 1 at its maximum; a size fits when every position is within the
tolerance of [0, 1]. Among fitting sizes the one whose positions sit closest to a *target*
position wins; the target moves with the shopper's fit preference and the listing's fit intent,
which is how they decide between two sizes. Confidence is the probability, under the profile's
measurement uncertainties (normal errors), that every measured zone really lies in the chosen
size's acceptable range, times a prior for each table measurement the profile lacks.

Listings are grouped by their number of sizes so each group is one dense array
(listings × sizes × dimensions) and the work is a few dozen array passes, chunked to stay in cache.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from sizer.catalog.model import FIT_INTENTS, Catalog
from sizer.profile import BodyProfile
from sizer.recommend.normal import normal_cdf
from sizer.recommend.settings import RecommendSettings, load_settings
from sizer.recommend.verdicts import STATUSES, ZONE_NOT_IN_TABLE, ZONE_NOT_MEASURED, RecommendationStatus

_CHUNK_ELEMENTS = 1 << 20  # per (profiles × listings × sizes × dims) block: ~4 MB float32 arrays
_NOT_FITTING = np.float32(1e3)
_UNUSABLE = np.float32(1e6)
_MIN_WIDTH_CM = 0.05  # a range given as one value still gets a width to measure positions in

STATUS_FITS = STATUSES.index(RecommendationStatus.FITS)
STATUS_BETWEEN = STATUSES.index(RecommendationStatus.BETWEEN_SIZES)
STATUS_NO_FIT = STATUSES.index(RecommendationStatus.NO_FIT)
STATUS_NO_MEASUREMENTS = STATUSES.index(RecommendationStatus.NO_MEASUREMENTS)
DECIDED_BY_PREFERENCE = 1
DECIDED_BY_INTENT = 2


@dataclass
class _Group:
    """Listings with the same number of sizes, as dense arrays over the dimensions they use."""

    listings: np.ndarray  # (L,) catalogue listing indices
    rows: np.ndarray  # (L, S) catalogue size-row indices
    dims: np.ndarray  # (D,) catalogue dimension indices
    low: np.ndarray  # (L, S, D) body range, NaN where the size does not give the dimension
    high: np.ndarray
    inv_width: np.ndarray  # 1 / (high − low)
    low_scaled: np.ndarray  # low / width, so a position is one multiply and one subtract
    upper_limit: np.ndarray  # 1 + tolerance / width: above it, tight
    lower_limit: np.ndarray  # −tolerance / width: below it, too loose
    present: np.ndarray  # (L, S, D) bool
    listing_dims: np.ndarray  # (L, D) bool: the table uses the dimension in some size
    intent_shift: np.ndarray  # (L,) target shift from each listing's fit intent
    tolerance: np.ndarray  # (D,) cm


@dataclass
class BatchRecommendations:
    """Verdicts of many profiles (axis 0) for every listing (axis 1), as arrays.

    ``best_row``/``alternative_row``: catalogue size rows (−1: none); ``status``: index into
    STATUSES; ``confidence``: [0, 1]; ``zones[p, l, j]``: index into ZONE_FITS for catalogue
    dimension ``j`` of the best (or, with no fit, the closest) size, ZONE_NOT_IN_TABLE or
    ZONE_NOT_MEASURED. With ``details``: ``decided_by`` bits, ``ruled_out`` (+1: every size too
    small at that dimension, −1: every size too big), ``uncertain`` and ``missing`` flags.
    """

    catalog: Catalog
    best_row: np.ndarray
    alternative_row: np.ndarray
    status: np.ndarray
    confidence: np.ndarray
    zones: np.ndarray
    decided_by: np.ndarray | None = None
    ruled_out: np.ndarray | None = None
    uncertain: np.ndarray | None = None
    missing: np.ndarray | None = None


def prepare(catalog: Catalog, settings: RecommendSettings | None = None) -> list[_Group]:
    """The catalogue's dense groups (built once per catalogue and kept on it)."""
    settings = settings or load_settings()
    cached = getattr(catalog, "_recommend_groups", None)
    if cached is not None and cached[0] is settings:
        return cached[1]
    tolerance_all = settings.tolerances(catalog.dimensions)
    intent_all = np.array([settings.intent_shift[f] for f in FIT_INTENTS], dtype=np.float32)
    counts = catalog.sizes_per_listing
    groups: list[_Group] = []
    for count in np.unique(counts):
        listings = np.flatnonzero(counts == count)
        rows = catalog.size_offsets[listings][:, None] + np.arange(count)[None, :]
        low_all = catalog.body_min_cm[rows]
        dims = np.flatnonzero(~np.isnan(low_all).all(axis=(0, 1)))
        low = np.ascontiguousarray(low_all[:, :, dims])
        high = np.ascontiguousarray(catalog.body_max_cm[rows][:, :, dims])
        tolerance = tolerance_all[dims]
        width = np.maximum(high - low, _MIN_WIDTH_CM)
        inv_width = (1.0 / width).astype(np.float32)
        present = ~np.isnan(low)
        groups.append(_Group(
            listings=listings, rows=rows, dims=dims, low=low, high=high, inv_width=inv_width,
            low_scaled=low * inv_width, upper_limit=1.0 + tolerance * inv_width,
            lower_limit=-tolerance * inv_width, present=present, listing_dims=present.any(axis=1),
            intent_shift=intent_all[catalog.fit_codes[listings]], tolerance=tolerance,
        ))
    catalog._recommend_groups = (settings, groups)  # type: ignore[attr-defined]
    return groups


def profile_arrays(profiles: Sequence[BodyProfile], dimensions: Sequence[str],
                   settings: RecommendSettings) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Measurements (NaN: not measured), uncertainties (cm) and target shifts of the profiles."""
    defaults = settings.default_uncertainties(dimensions)
    measured = np.full((len(profiles), len(dimensions)), np.nan, dtype=np.float32)
    sigma = np.tile(defaults, (len(profiles), 1))
    shift = np.empty(len(profiles), dtype=np.float32)
    for p, profile in enumerate(profiles):
        for j, dim in enumerate(dimensions):
            if dim in profile.measurements_cm:
                measured[p, j] = profile.measurements_cm[dim]
                given = profile.uncertainty_cm.get(dim)
                if given is not None and given > 0:
                    sigma[p, j] = given
        shift[p] = settings.preference_shift[profile.fit_preference]
    return measured, sigma, shift


def recommend_arrays(catalog: Catalog, measured: np.ndarray, sigma: np.ndarray, preference_shift: np.ndarray,
                     *, details: bool = False, settings: RecommendSettings | None = None) -> BatchRecommendations:
    """The core: profiles given as arrays over ``catalog.dimensions`` (see :func:`profile_arrays`)."""
    settings = settings or load_settings()
    n_profiles, n_listings, n_dims = measured.shape[0], len(catalog), len(catalog.dimensions)
    out = BatchRecommendations(
        catalog=catalog,
        best_row=np.full((n_profiles, n_listings), -1, dtype=np.int64),
        alternative_row=np.full((n_profiles, n_listings), -1, dtype=np.int64),
        status=np.full((n_profiles, n_listings), STATUS_NO_MEASUREMENTS, dtype=np.int8),
        confidence=np.zeros((n_profiles, n_listings), dtype=np.float32),
        zones=np.full((n_profiles, n_listings, n_dims), ZONE_NOT_IN_TABLE, dtype=np.int8),
    )
    if details:
        out.decided_by = np.zeros((n_profiles, n_listings), dtype=np.int8)
        out.ruled_out = np.zeros((n_profiles, n_listings, n_dims), dtype=np.int8)
        out.uncertain = np.zeros((n_profiles, n_listings, n_dims), dtype=bool)
        out.missing = np.zeros((n_profiles, n_listings, n_dims), dtype=bool)
    for group in prepare(catalog, settings):
        n_group, n_sizes = group.rows.shape
        per_profile = n_sizes * max(len(group.dims), 1)
        listing_block = max(1, min(n_group, _CHUNK_ELEMENTS // per_profile))
        profile_block = max(1, _CHUNK_ELEMENTS // (per_profile * listing_block))
        m_all = np.ascontiguousarray(measured[:, group.dims])
        s_all = np.ascontiguousarray(sigma[:, group.dims])
        for l0 in range(0, n_group, listing_block):
            ls = slice(l0, l0 + listing_block)
            for p0 in range(0, n_profiles, profile_block):
                ps = slice(p0, p0 + profile_block)
                _evaluate_block(group, ls, m_all[ps], s_all[ps], preference_shift[ps], settings, out, ps, details)
    return out


def _evaluate_block(group: _Group, ls: slice, m: np.ndarray, sigma: np.ndarray, pref: np.ndarray,
                    settings: RecommendSettings, out: BatchRecommendations, ps: slice, details: bool) -> None:
    inv_width = group.inv_width[ls]
    upper, lower = group.upper_limit[ls], group.lower_limit[ls]
    n_l = inv_width.shape[0]
    n_sizes = inv_width.shape[1]
    n_p = m.shape[0]
    mb = m[:, None, None, :]
    # Position of the body in each size's range: (profiles, listings, sizes, dims); NaN where
    # the size lacks the dimension or the profile lacks the measurement.
    pos = mb * inv_width
    pos -= group.low_scaled[ls]
    over = pos > upper
    under = pos < lower
    bad = (over | under).any(axis=-1)
    target = settings.neutral_target + pref[:, None] + group.intent_shift[ls][None, :]
    dev = pos - target[:, :, None, None]
    np.square(dev, out=dev)
    used = ~np.isnan(dev)
    n_used = used.sum(axis=-1)
    np.copyto(dev, 0.0, where=~used)
    score = dev.sum(axis=-1)
    score += bad * _NOT_FITTING
    score += (n_used == 0) * _UNUSABLE

    best = score.argmin(axis=-1)  # (P, L)
    p_idx = np.arange(n_p)[:, None]
    l_idx = np.arange(n_l)[None, :]
    best_bad = bad[p_idx, l_idx, best]
    if n_sizes > 1:
        score[p_idx, l_idx, best] = np.inf
        alt = score.argmin(axis=-1)
        alt_fits = ~bad[p_idx, l_idx, alt] & (n_used[p_idx, l_idx, alt] > 0)
    else:
        alt = np.full_like(best, -1)
        alt_fits = np.zeros_like(best_bad)

    # Everything below works on the best (and alternative) size only: (P, L, D).
    pos_b = pos[p_idx, l_idx, best]
    present_b = group.present[ls][l_idx, best]
    measured_d = ~np.isnan(m)[:, None, :]  # (P, 1, D)
    zones = np.full(pos_b.shape, ZONE_NOT_IN_TABLE, dtype=np.int8)
    zones[present_b & ~measured_d] = ZONE_NOT_MEASURED
    upper_b, lower_b = upper[l_idx, best], lower[l_idx, best]
    valid = present_b & measured_d
    zone_code = np.select(
        [pos_b > upper_b, pos_b > settings.snug_from, pos_b >= settings.loose_below, pos_b >= lower_b],
        [0, 1, 2, 3], default=4).astype(np.int8)
    zones[valid] = zone_code[valid]

    low_b, high_b = group.low[ls][l_idx, best], group.high[ls][l_idx, best]
    tol = group.tolerance
    s = sigma[:, None, :]
    probability = normal_cdf((high_b + tol - mb[:, :, 0, :]) / s) - normal_cdf((low_b - tol - mb[:, :, 0, :]) / s)
    probability = np.where(valid, probability, 1.0)
    listing_dims = group.listing_dims[ls][None, :, :]
    missing = listing_dims & ~measured_d
    n_missing = missing.sum(axis=-1)
    confidence = probability.prod(axis=-1) * settings.missing_dimension_fit ** n_missing

    no_measurements = n_used[p_idx, l_idx, best] == 0
    between = ~best_bad & alt_fits & ((zone_code != 2) & valid).any(axis=-1)
    status = np.where(no_measurements, STATUS_NO_MEASUREMENTS,
                      np.where(best_bad, STATUS_NO_FIT, np.where(between, STATUS_BETWEEN, STATUS_FITS)))
    # With no size, the confidence is that none fits: 1 − P(the closest fits).
    confidence = np.where(best_bad, 1.0 - confidence, confidence)
    confidence = np.where(no_measurements, 0.0, confidence)

    rows = group.rows[ls]
    listings = group.listings[ls]
    out.best_row[ps, listings] = np.where(no_measurements, -1, rows[l_idx, best])
    out.alternative_row[ps, listings] = np.where(alt_fits & ~best_bad, rows[l_idx, np.maximum(alt, 0)], -1)
    out.status[ps, listings] = status
    out.confidence[ps, listings] = np.clip(confidence, 0.0, 1.0)
    zone_block = np.full((n_p, n_l, out.zones.shape[2]), ZONE_NOT_IN_TABLE, dtype=np.int8)
    zone_block[:, :, group.dims] = zones
    out.zones[ps, listings] = zone_block
    if not details:
        return

    # Between sizes: would the neutral target (no preference, no intent) have chosen the other?
    pos_a = pos[p_idx, l_idx, np.maximum(alt, 0)]
    neutral = settings.neutral_target
    neutral_best = np.nansum((pos_b - neutral) ** 2, axis=-1)
    neutral_alt = np.nansum((pos_a - neutral) ** 2, axis=-1)
    flipped = between & (neutral_alt < neutral_best)
    chose_smaller = best < alt  # rows run from the smallest size to the largest
    pref_b = pref[:, None]
    intent_b = group.intent_shift[ls][None, :]
    # A positive shift (snug preference, relaxed cut) pulls towards the smaller size.
    by_pref = flipped & (((pref_b > 0) & chose_smaller) | ((pref_b < 0) & ~chose_smaller))
    by_intent = flipped & (((intent_b > 0) & chose_smaller) | ((intent_b < 0) & ~chose_smaller))
    out.decided_by[ps, listings] = by_pref * DECIDED_BY_PREFERENCE + by_intent * DECIDED_BY_INTENT

    present = group.present[ls][None]
    all_over = ((over | ~present).all(axis=2)) & listing_dims & measured_d & best_bad[:, :, None]
    all_under = ((under | ~present).all(axis=2)) & listing_dims & measured_d & best_bad[:, :, None]
    ruled = np.zeros((n_p, n_l, out.zones.shape[2]), dtype=np.int8)
    ruled[:, :, group.dims] = all_over.astype(np.int8) - all_under.astype(np.int8)
    out.ruled_out[ps, listings] = ruled

    width_b = high_b - low_b
    uncertain = valid & (s > settings.uncertain_share_of_range * width_b)
    flags = np.zeros((n_p, n_l, out.zones.shape[2]), dtype=bool)
    flags[:, :, group.dims] = uncertain
    out.uncertain[ps, listings] = flags
    flags = np.zeros_like(flags)
    flags[:, :, group.dims] = missing
    out.missing[ps, listings] = flags


class RecommendationSet:
    """One profile's verdicts for a whole catalogue: arrays, and objects on demand."""

    def __init__(self, profile: BodyProfile, batch: BatchRecommendations):
        self.profile = profile
        self.batch = batch
        self.catalog = batch.catalog

    def __len__(self) -> int:
        return len(self.catalog)

    def recommendation(self, key: int | str):
        """The verdict for the listing at a position (or with an id), with its reasons."""
        from sizer.recommend.explain import build_recommendation

        index = self.catalog.index_of(key) if isinstance(key, str) else int(key)
        return build_recommendation(self, index)

    def __iter__(self):
        return (self.recommendation(i) for i in range(len(self)))


def recommend(profile: BodyProfile, catalog: Catalog, *, settings: RecommendSettings | None = None) -> RecommendationSet:
    """One body against every listing of the catalogue."""
    settings = settings or load_settings()
    measured, sigma, shift = profile_arrays([profile], catalog.dimensions, settings)
    batch = recommend_arrays(catalog, measured, sigma, shift, details=True, settings=settings)
    return RecommendationSet(profile, batch)


def recommend_many(profiles: Sequence[BodyProfile], catalog: Catalog, *, details: bool = False,
                   settings: RecommendSettings | None = None) -> BatchRecommendations:
    """Many bodies against every listing: arrays of (profiles × listings)."""
    settings = settings or load_settings()
    measured, sigma, shift = profile_arrays(profiles, catalog.dimensions, settings)
    return recommend_arrays(catalog, measured, sigma, shift, details=details, settings=settings)
