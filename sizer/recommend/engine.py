"""The vectorised recommender: every profile against every size of every listing, in numpy.

It decides like a good shop assistant. For each size of a listing it computes the *expected fit
cost* over the measurement's distribution (normal, with the profile's uncertainty): per zone, the
expected centimetres of body beyond the size's maximum (tight, or a length too short) and below
its minimum (loose, or long), tight costing more than loose (recommend.toml [cost]), plus a small
term for the distance from the target position in the range, which moves with the shopper's fit
preference and the listing's fit intent and so breaks ties between two fitting sizes. Zones weigh
by the category's decisive zones (category_zones.toml). The size with the least cost wins, in two
steps: first on every zone but the category's variant lengths (inseam, sleeve, a suit's height),
then among the sizes with those same girths on the variant lengths. A size tight in a girth is
never chosen while a size exists that is not.

A body always gets the best size while it lies within the chart's span (between the smallest
size's minimum and the largest size's maximum, with the tolerance) at every decisive zone; "no
size" only outside it, with the way and the distance.
Confidence is the probability, under the measurement uncertainties, that every measured zone really
lies in the chosen size's acceptable range, times a prior for each table measurement the profile lacks.

Listings are grouped by their number of sizes and the dimensions they use, so each group is one dense array
(listings × sizes × dimensions) and the work is a few dozen array passes, chunked to stay in cache.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from sizer.catalog.model import FIT_INTENTS, STRETCHES, Catalog
from sizer.catalog.segments import load_zone_table
from sizer.dimensions import DimensionKind, get_dimension
from sizer.profile import BodyProfile
from sizer.recommend.normal import normal_cdf
from sizer.recommend.settings import RecommendSettings, load_settings
from sizer.recommend.verdicts import STATUSES, ZONE_NOT_IN_TABLE, ZONE_NOT_MEASURED, RecommendationStatus

_CHUNK_ELEMENTS = 1 << 18  # (profiles × listings × sizes) per block: 1 MB float32 planes, reused; smaller
# blocks cost more in per-call overhead than they gain in cache (measured: 2^15 to 2^19)
_TIGHT_GIRTH = np.float32(1e4)  # a size tight in a girth loses to any size that is not
_UNUSABLE = np.float32(1e6)
_MIN_WIDTH_CM = 0.05  # a range given as one value still gets a width to measure positions in

STATUS_FITS = STATUSES.index(RecommendationStatus.FITS)
STATUS_BETWEEN = STATUSES.index(RecommendationStatus.BETWEEN_SIZES)
STATUS_BEST_AVAILABLE = STATUSES.index(RecommendationStatus.BEST_AVAILABLE)
STATUS_NO_FIT = STATUSES.index(RecommendationStatus.NO_FIT)
STATUS_NO_MEASUREMENTS = STATUSES.index(RecommendationStatus.NO_MEASUREMENTS)
STATUSES_WITH_SIZE = (STATUS_FITS, STATUS_BETWEEN, STATUS_BEST_AVAILABLE)
DECIDED_BY_PREFERENCE = 1
DECIDED_BY_INTENT = 2


def _tail_table(step: float, top: float) -> np.ndarray:
    """g(−a) = φ(a) − a·Φ(−a) for a = 0, step, 2·step, …, top (and 0 past it)."""
    from math import erfc, exp, pi, sqrt

    a = np.arange(0.0, top + step, step)
    values = [exp(-0.5 * v * v) / sqrt(2 * pi) - v * 0.5 * erfc(v / sqrt(2)) for v in a]
    return np.array([*values, 0.0], dtype=np.float32)


_TAIL_STEP = 0.004  # the table's error is under step/2 · Φ(−a) ≤ 0.001 σ: a hundredth of a millimetre
_TAIL_TOP = 8.0
_TAIL = _tail_table(_TAIL_STEP, _TAIL_TOP)


def expected_excess(mean: np.ndarray, sigma: np.ndarray, limit: np.ndarray) -> np.ndarray:
    """E[max(0, X − limit)] for X ~ N(mean, sigma²): σ·g(z), z = (mean − limit)/σ, g(z) = φ(z) + z·Φ(z).

    This runs over every size of every listing for every profile, so g comes from a table:
    g(z) = max(z, 0) + g(−|z|), and g(−|z|) is looked up (a few array passes instead of an
    exponential and a polynomial)."""
    z = np.subtract(mean, limit, dtype=np.float32)
    return _excess_in_place(z, sigma, _Scratch())


def _excess_in_place(z: np.ndarray, sigma: np.ndarray, scratch: "_Scratch") -> np.ndarray:
    """:func:`expected_excess` with ``z`` holding mean − limit on entry and the result on exit:
    no array is allocated (the work planes come from ``scratch``), which in this inner loop
    costs more than the arithmetic."""
    z /= sigma
    index = np.abs(z, out=scratch.plane("index", z.shape, np.float32))
    index *= np.float32(1.0 / _TAIL_STEP)
    index += np.float32(0.5)  # the nearest entry
    np.fmin(index, np.float32(len(_TAIL) - 1), out=index)  # fmin: NaN (a size without the zone) to the end
    entry = scratch.plane("entry", z.shape, np.intp)
    np.copyto(entry, index, casting="unsafe")  # truncation, as astype
    tail = _TAIL.take(entry, out=scratch.plane("tail", z.shape, np.float32))
    np.maximum(z, np.float32(0.0), out=z)
    z += tail
    z *= sigma
    return z


class _Scratch:
    """Work planes reused from block to block (by name, grown when a block needs more)."""

    def __init__(self) -> None:
        self._buffers: dict[str, np.ndarray] = {}

    def plane(self, name: str, shape: tuple[int, ...], dtype) -> np.ndarray:
        size = int(np.prod(shape))
        buffer = self._buffers.get(name)
        if buffer is None or buffer.size < size or buffer.dtype != dtype:
            buffer = self._buffers[name] = np.empty(max(size, _CHUNK_ELEMENTS), dtype=dtype)
        return buffer[:size].reshape(shape)

    def zeros(self, name: str, shape: tuple[int, ...], dtype) -> np.ndarray:
        plane = self.plane(name, shape, dtype)
        plane.fill(0)
        return plane


@dataclass
class _Group:
    """Listings with the same number of sizes and the same dimensions, as dense arrays.

    The arrays are dimension-major, (D, L, S), so the inner loops run over long contiguous
    (listings × sizes) planes, one dimension at a time, instead of over a short last axis.
    """

    listings: np.ndarray  # (L,) catalogue listing indices
    rows: np.ndarray  # (L, S) catalogue size-row indices
    dims: np.ndarray  # (D,) catalogue dimension indices
    low: np.ndarray  # (D, L, S) body range, NaN where the size does not give the dimension
    high: np.ndarray
    inv_width: np.ndarray  # 1 / (high − low)
    low_scaled: np.ndarray  # low / width, so a position is one multiply and one subtract
    high_tol: np.ndarray  # (D, L, S) high + tolerance: a body above it is off (tight, or too short)
    low_tol: np.ndarray  # low − tolerance: below it, off (too loose, or too long)
    upper_limit: np.ndarray  # 1 + tolerance / width: above it, tight
    lower_limit: np.ndarray  # −tolerance / width: below it, too loose
    present: np.ndarray  # (D, L, S) bool
    complete: np.ndarray  # (D,) bool: every size gives the dimension (the fast path)
    listing_dims: np.ndarray  # (L, D) bool: the table uses the dimension in some size
    intent_shift: np.ndarray  # (L,) target shift from each listing's fit intent and stretch
    tolerance: np.ndarray  # (D,) cm
    weight: np.ndarray  # (D, L) the zone's weight in the listing's category
    variant: np.ndarray  # (D, L) bool: a variant length of the listing's category, chosen after the size
    decisive: np.ndarray  # (D, L) bool: outside the span here, no size
    girth: np.ndarray  # (D,) bool: a girth or breadth (tight cannot be worn)
    over_cost: np.ndarray  # (D,) per tolerance beyond the maximum
    under_cost: np.ndarray  # (D,) per tolerance below the minimum
    span_low: np.ndarray  # (D, L) the smallest size's minimum − tolerance
    span_high: np.ndarray  # (D, L) the largest size's maximum + tolerance


@dataclass
class BatchRecommendations:
    """Verdicts of many profiles (axis 0) for every listing (axis 1), as arrays.

    ``best_row``/``alternative_row``: catalogue size rows (−1: none); ``status``: index into
    STATUSES; ``confidence``: [0, 1]; ``zones[p, l, j]``: index into ZONE_FITS for catalogue
    dimension ``j`` of the best (or, with no size, the closest) size, ZONE_NOT_IN_TABLE or
    ZONE_NOT_MEASURED. With ``details``: ``decided_by`` bits, ``ruled_out`` (+1: the body is
    beyond the largest size at that dimension, −1: below the smallest) with ``beyond_cm`` (how far
    past that size's range), ``uncertain`` and ``missing`` flags.
    """

    catalog: Catalog
    best_row: np.ndarray
    alternative_row: np.ndarray
    status: np.ndarray
    confidence: np.ndarray
    zones: np.ndarray
    decided_by: np.ndarray | None = None
    ruled_out: np.ndarray | None = None
    beyond_cm: np.ndarray | None = None
    uncertain: np.ndarray | None = None
    missing: np.ndarray | None = None

    def sized(self) -> np.ndarray:
        """(profiles × listings) bool: a size is recommended."""
        return np.isin(self.status, STATUSES_WITH_SIZE)


def prepare(catalog: Catalog, settings: RecommendSettings | None = None) -> list[_Group]:
    """The catalogue's dense groups (built once per catalogue and kept on it)."""
    settings = settings or load_settings()
    cached = getattr(catalog, "_recommend_groups", None)
    if cached is not None and cached[0] is settings:
        return cached[1]
    tolerance_all = settings.tolerances(catalog.dimensions)
    over_all = settings.over_costs(catalog.dimensions)
    under_all = settings.under_costs(catalog.dimensions)
    girth_all = np.array([get_dimension(d).kind is not DimensionKind.LENGTH for d in catalog.dimensions], dtype=bool)
    weight_all, variant_all, decisive_all = _category_zones(catalog)
    intent_all = np.array([settings.intent_shift[f] for f in FIT_INTENTS], dtype=np.float32)
    stretch_all = np.array([settings.stretch_shift[f] for f in STRETCHES], dtype=np.float32)
    counts = catalog.sizes_per_listing
    # Group by size count and by the set of dimensions the table uses, so no group carries
    # planes of NaN for dimensions only other listings have.
    given = ~np.isnan(catalog.body_min_cm)
    row_bits = (given.astype(np.int64) << np.arange(given.shape[1], dtype=np.int64)).sum(axis=1)
    listing_bits = np.bitwise_or.reduceat(row_bits, catalog.size_offsets[:-1]) if len(catalog) else row_bits[:0]
    keys = (counts.astype(np.int64) << 32) | listing_bits  # one sortable key per (size count, dimensions)
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.concatenate([[True], sorted_keys[1:] != sorted_keys[:-1]])) if len(keys) else []
    groups: list[_Group] = []
    for start, stop in zip(starts, [*starts[1:], len(keys)]):
        listings = order[start:stop]
        count, bits = int(sorted_keys[start] >> 32), int(sorted_keys[start] & 0xFFFFFFFF)
        rows = catalog.size_offsets[listings][:, None] + np.arange(count)[None, :]
        dims = np.flatnonzero((int(bits) >> np.arange(given.shape[1])) & 1)
        low = np.ascontiguousarray(np.moveaxis(catalog.body_min_cm[rows][:, :, dims], 2, 0))
        high = np.ascontiguousarray(np.moveaxis(catalog.body_max_cm[rows][:, :, dims], 2, 0))
        tolerance = tolerance_all[dims]
        width = np.maximum(high - low, _MIN_WIDTH_CM)
        inv_width = np.float32(1.0) / width
        present = ~np.isnan(low)
        codes = catalog.category_codes[listings]
        groups.append(_Group(
            listings=listings, rows=rows, dims=dims, low=low, high=high, inv_width=inv_width,
            low_scaled=low * inv_width, high_tol=high + tolerance[:, None, None],
            low_tol=low - tolerance[:, None, None], upper_limit=1.0 + tolerance[:, None, None] * inv_width,
            lower_limit=-tolerance[:, None, None] * inv_width, present=present,
            complete=present.reshape(len(dims), -1).all(axis=1), listing_dims=present.any(axis=2).T,
            intent_shift=intent_all[catalog.fit_codes[listings]] + stretch_all[catalog.stretch_codes[listings]],
            tolerance=tolerance,
            weight=np.ascontiguousarray(weight_all[codes][:, dims].T),
            variant=np.ascontiguousarray(variant_all[codes][:, dims].T),
            decisive=np.ascontiguousarray(decisive_all[codes][:, dims].T),
            girth=girth_all[dims], over_cost=over_all[dims], under_cost=under_all[dims],
            span_low=np.nanmin(np.where(present, low, np.inf), axis=2) - tolerance[:, None],
            span_high=np.nanmax(np.where(present, high, -np.inf), axis=2) + tolerance[:, None],
        ))
    catalog._recommend_groups = (settings, groups)  # type: ignore[attr-defined]
    return groups


def _category_zones(catalog: Catalog) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per category code (rows) and catalogue dimension (columns): weight, variant and decisive flags.

    A category the zone table does not know (a merchant's own chart) weighs every zone alike and
    treats every zone as decisive, so it never gets a size while outside any zone's span.
    """
    table = load_zone_table()
    n_categories, n_dims = len(catalog.category_names), len(catalog.dimensions)
    weight = np.full((n_categories, n_dims), table.other_weight, dtype=np.float32)
    variant = np.zeros((n_categories, n_dims), dtype=bool)
    decisive = np.zeros((n_categories, n_dims), dtype=bool)
    for c, category in enumerate(catalog.category_names):
        zones = table.known(category)
        if zones is None:
            weight[c] = 1.0
            decisive[c] = True
            continue
        for j, dim in enumerate(catalog.dimensions):
            if dim in zones.decisive:
                weight[c, j] = zones.decisive[dim]
                decisive[c, j] = True
            elif dim in zones.variants:
                weight[c, j] = 1.0
                variant[c, j] = True
    return weight, variant, decisive


def profile_arrays(profiles: Sequence[BodyProfile], dimensions: Sequence[str],
                   settings: RecommendSettings) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Measurements (NaN: not measured), uncertainties (cm) and target shifts of the profiles.

    A dimension the profile lacks is taken from its stand-in (recommend.toml [substitutes]) when
    the profile has that, with the stand-in's uncertainty widened accordingly.
    """
    defaults = settings.default_uncertainties(dimensions)
    measured = np.full((len(profiles), len(dimensions)), np.nan, dtype=np.float32)
    sigma = np.tile(defaults, (len(profiles), 1))
    shift = np.empty(len(profiles), dtype=np.float32)
    for p, profile in enumerate(profiles):
        for j, dim in enumerate(dimensions):
            value, extra = profile.measurements_cm.get(dim), 0.0
            source = dim
            if value is None and dim in settings.substitutes:
                source, extra = settings.substitutes[dim]
                value = profile.measurements_cm.get(source)
            if value is None:
                continue
            measured[p, j] = value
            given = profile.uncertainty_cm.get(source)
            base = given if given is not None and given > 0 else defaults[j]
            sigma[p, j] = np.hypot(base, extra)
        shift[p] = settings.preference_shift[profile.fit_preference]
    return measured, sigma, shift


def recommend_arrays(catalog: Catalog, measured: np.ndarray, sigma: np.ndarray, preference_shift: np.ndarray,
                     *, details: bool = False, settings: RecommendSettings | None = None) -> BatchRecommendations:
    """The core: profiles given as arrays over ``catalog.dimensions`` (see :func:`profile_arrays`)."""
    settings = settings or load_settings()
    n_profiles, n_listings, n_dims = measured.shape[0], len(catalog), len(catalog.dimensions)
    sigma = np.maximum(sigma, np.float32(0.05))  # a measurement given as exact still has a reading error
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
        out.beyond_cm = np.zeros((n_profiles, n_listings, n_dims), dtype=np.float32)
        out.uncertain = np.zeros((n_profiles, n_listings, n_dims), dtype=bool)
        out.missing = np.zeros((n_profiles, n_listings, n_dims), dtype=bool)
    scratch = _Scratch()
    for group in prepare(catalog, settings):
        n_group, n_sizes = group.rows.shape
        m_group = measured[:, group.dims]
        is_measured = ~np.isnan(m_group)
        # Profiles that measured the same of this group's dimensions are scored together, on
        # those dimensions only: no NaN reaches the inner loops.
        signature = (is_measured.astype(np.int64) << np.arange(len(group.dims), dtype=np.int64)).sum(axis=1)
        for bits in np.unique(signature):
            profiles = np.flatnonzero(signature == bits)
            used = np.flatnonzero((int(bits) >> np.arange(len(group.dims))) & 1)
            if not len(used):
                _no_measurements(group, profiles, out, details)
                continue
            listing_block = max(1, min(n_group, _CHUNK_ELEMENTS // n_sizes))
            profile_block = max(1, _CHUNK_ELEMENTS // (n_sizes * listing_block))
            m_used = np.ascontiguousarray(m_group[profiles][:, used])
            s_used = np.ascontiguousarray(sigma[:, group.dims][profiles][:, used])
            for l0 in range(0, n_group, listing_block):
                ls = slice(l0, l0 + listing_block)
                for p0 in range(0, len(profiles), profile_block):
                    ps = slice(p0, p0 + profile_block)
                    _evaluate_block(group, ls, used, m_used[ps], s_used[ps], preference_shift[profiles[ps]],
                                    settings, out, profiles[ps], details, scratch)
    return out


def _no_measurements(group: _Group, profiles: np.ndarray, out: BatchRecommendations, details: bool) -> None:
    """Profiles with none of the group's measurements: every table dimension is unmeasured."""
    cells = np.ix_(profiles, group.listings, group.dims)
    out.zones[cells] = np.where(group.listing_dims, ZONE_NOT_MEASURED, ZONE_NOT_IN_TABLE)[None]
    if details:
        out.missing[cells] = group.listing_dims[None]


def _evaluate_block(group: _Group, ls: slice, used: np.ndarray, m: np.ndarray, sigma: np.ndarray, pref: np.ndarray,
                    settings: RecommendSettings, out: BatchRecommendations, profiles: np.ndarray,
                    details: bool, scratch: _Scratch) -> None:
    """Score every size of listings ``ls`` of the group for profiles that measured ``used``."""
    n_p = m.shape[0]
    n_l, n_sizes = group.rows[ls].shape
    shape = (n_p, n_l, n_sizes)
    intent = group.intent_shift[ls]
    target = (settings.neutral_target + pref[:, None] + intent[None, :])[:, :, None]  # (P, L, 1)
    size_cost = scratch.zeros("size_cost", shape, np.float32)  # every zone but the variant lengths
    has_variants = bool(group.variant[:, ls].any())  # unmeasured variants too: then the middle one
    variant_cost = scratch.zeros("variant_cost", shape, np.float32) if has_variants else None
    neutral_cost = np.zeros(shape, dtype=np.float32) if details else None
    bad = scratch.zeros("bad", shape, bool)  # some zone beyond the tolerance
    tight_girth = scratch.zeros("tight_girth", shape, bool)
    beyond_point = scratch.plane("beyond_point", shape, bool)
    outside = np.zeros((n_p, n_l), dtype=bool)
    n_dims = len(group.dims)
    ruled = np.zeros((n_p, n_l, n_dims), dtype=np.int8) if details else None
    beyond = np.zeros((n_p, n_l, n_dims), dtype=np.float32) if details else None
    position_cost = np.float32(settings.position_cost)
    for k, d in enumerate(used):
        mk = m[:, k, None, None]
        sk = sigma[:, k, None, None]
        low, high = group.low[d, ls][None], group.high[d, ls][None]
        tol = np.float32(group.tolerance[d])
        # Expected centimetres beyond the maximum (tight or short) and below the minimum (loose or long),
        # every plane written in place (the same arithmetic as expected_excess, without allocating).
        cost = _excess_in_place(np.subtract(mk, high, out=scratch.plane("cost", shape, np.float32)), sk, scratch)
        cost *= np.float32(group.over_cost[d] / tol)
        under = _excess_in_place(np.subtract(low, mk, out=scratch.plane("under", shape, np.float32)), sk, scratch)
        under *= np.float32(group.under_cost[d] / tol)
        cost += under
        pos = np.multiply(mk, group.inv_width[d, ls][None], out=scratch.plane("pos", shape, np.float32))
        pos -= group.low_scaled[d, ls][None]
        np.clip(pos, -1.0, 2.0, out=pos)
        weight = group.weight[d, ls][None, :, None]
        if details:
            neutral_cost += weight * (cost + position_cost * (pos - settings.neutral_target) ** 2)
        pos -= target
        np.square(pos, out=pos)
        pos *= position_cost
        cost += pos
        cost *= weight
        if not group.complete[d]:
            np.copyto(cost, 0.0, where=~group.present[d, ls][None])
        variant = group.variant[d, ls]
        if not variant.any():
            size_cost += cost
        elif variant.all():
            variant_cost += cost
        else:
            is_variant = variant[None, :, None]
            size_cost += np.where(is_variant, 0.0, cost)
            variant_cost += np.where(is_variant, cost, 0.0)
        # Off: beyond the tolerance either way (NaN, a size without the zone, compares False).
        np.greater(mk, group.high_tol[d, ls][None], out=beyond_point)
        bad |= beyond_point
        if group.girth[d]:
            tight_girth |= beyond_point
        np.less(mk, group.low_tol[d, ls][None], out=beyond_point)
        bad |= beyond_point
        # Outside the chart's span at a decisive zone: no size. Elsewhere (a tee's waist bigger than
        # its largest size's) the best size, with that zone said to be tight.
        m2 = m[:, k, None]
        decisive = group.decisive[d, ls][None]
        above_rules = (m2 > group.span_high[d, ls][None]) & decisive
        below_rules = (m2 < group.span_low[d, ls][None]) & decisive
        outside |= above_rules | below_rules
        if details:
            ruled[:, :, d] = above_rules.astype(np.int8) - below_rules.astype(np.int8)
            beyond[:, :, d] = np.where(above_rules, m2 - (group.span_high[d, ls][None] - tol),
                                       np.where(below_rules, (group.span_low[d, ls][None] + tol) - m2, 0.0))
    # Never tight in a girth while a size exists that is not.
    if tight_girth.any():
        any_not_tight = ~tight_girth.all(axis=-1, keepdims=True)
        size_cost += np.where(tight_girth & any_not_tight, _TIGHT_GIRTH, np.float32(0.0))
    size_usable = group.present[used][:, ls].any(axis=0)  # (L, S): the size gives a used dimension
    if not size_usable.all():
        size_cost += np.where(size_usable, 0.0, _UNUSABLE).astype(np.float32)[None]

    if has_variants:
        # First the size on every zone but the variants; then, among the sizes with the same cost
        # there (the same girths), the variant lengths choose, the middle one when they are not measured.
        least = size_cost.min(axis=-1, keepdims=True)
        candidates = size_cost <= least + np.float32(1e-5) * (1.0 + np.abs(least))
        index = np.arange(n_sizes, dtype=np.float32)
        middle = (candidates * index).sum(axis=-1, keepdims=True) / candidates.sum(axis=-1, keepdims=True)
        choice = np.where(candidates, variant_cost + np.float32(1e-4) * np.abs(index - middle), np.inf)
        best = choice.argmin(axis=-1)  # (P, L)
        total = size_cost + variant_cost
        # With the variant lengths unmeasured, the runner-up is another size, not another length of it.
        unmeasured = ~group.variant[used][:, ls].any(axis=0)  # (L,)
        if unmeasured.any():
            total[candidates & unmeasured[None, :, None]] = np.inf
    else:
        best = size_cost.argmin(axis=-1)
        total = size_cost
    p_idx = np.arange(n_p)[:, None]
    l_idx = np.arange(n_l)[None, :]
    best_bad = bad[p_idx, l_idx, best]
    if n_sizes > 1:
        total[p_idx, l_idx, best] = np.inf
        alt = total.argmin(axis=-1)
        alt_fits = ~bad[p_idx, l_idx, alt] & size_usable[l_idx, alt] & np.isfinite(total[p_idx, l_idx, alt])
    else:
        alt = np.zeros_like(best)
        alt_fits = np.zeros_like(best_bad)

    # From here on, only the best (and alternative) size of each listing: (P, L) planes.
    zones = np.full((n_p, n_l, n_dims), ZONE_NOT_IN_TABLE, dtype=np.int8)
    # The best size's entries by one flat index into each (listings × sizes) plane: a take is
    # several times cheaper than the equivalent two-axis fancy index.
    flat_best = l_idx * n_sizes + best  # (P, L)

    def at_best(plane: np.ndarray) -> np.ndarray:
        return np.ascontiguousarray(plane).reshape(-1).take(flat_best)

    present_b = np.ascontiguousarray(group.present[:, ls]).reshape(n_dims, -1).take(flat_best, axis=1)  # (D, P, L)
    zones[np.moveaxis(present_b, 0, 2)] = ZONE_NOT_MEASURED
    probability = np.ones((n_p, n_l), dtype=np.float32)
    off_good = np.zeros((n_p, n_l), dtype=bool)
    uncertain = np.zeros((n_p, n_l, n_dims), dtype=bool) if details else None
    for k, d in enumerate(used):
        mk = m[:, k][:, None]
        pos_b = mk * at_best(group.inv_width[d, ls]) - at_best(group.low_scaled[d, ls])
        upper_b = at_best(group.upper_limit[d, ls])
        lower_b = at_best(group.lower_limit[d, ls])
        valid = present_b[d]
        # 0 tight, 1 snug, 2 good, 3 loose, 4 too loose: the thresholds are nested (lower ≤ 0 ≤
        # loose_below ≤ snug_from ≤ 1 ≤ upper), so the code is 4 less the thresholds passed.
        code = np.full((n_p, n_l), 4, dtype=np.int8)
        code -= pos_b >= lower_b
        code -= pos_b >= settings.loose_below
        code -= pos_b > settings.snug_from
        code -= pos_b > upper_b
        zones[:, :, d][valid] = code[valid]
        off_good |= valid & (code != 2)
        low_b = at_best(group.low[d, ls])
        high_b = at_best(group.high[d, ls])
        tol = group.tolerance[d]
        sk = sigma[:, k][:, None]
        p_dim = normal_cdf((high_b + tol - mk) / sk) - normal_cdf((low_b - tol - mk) / sk)
        probability *= np.where(valid, p_dim, 1.0).astype(np.float32)
        if details:
            uncertain[:, :, d] = valid & (sk > settings.uncertain_share_of_range * (high_b - low_b))

    listing_dims = group.listing_dims[ls][None]  # (1, L, D)
    measured_dims = np.zeros(n_dims, dtype=bool)
    measured_dims[used] = True
    missing = listing_dims & ~measured_dims
    confidence = probability * np.float32(settings.missing_dimension_fit) ** missing.sum(axis=-1)

    between = ~best_bad & alt_fits & off_good
    status = np.where(outside, STATUS_NO_FIT,
                      np.where(best_bad, STATUS_BEST_AVAILABLE, np.where(between, STATUS_BETWEEN, STATUS_FITS)))
    # With no size, the confidence is that none fits: 1 − P(the closest fits).
    confidence = np.where(outside, 1.0 - confidence, confidence)

    rows = group.rows[ls]
    cells = np.ix_(profiles, group.listings[ls])
    out.best_row[cells] = rows[l_idx, best]
    # The runner-up when it is within the tolerance everywhere, also beside a best-available size
    # (a loose M chosen over an S at its tight edge: the shopper hears of both).
    out.alternative_row[cells] = np.where(alt_fits & ~outside, rows[l_idx, alt], -1)
    out.status[cells] = status
    out.confidence[cells] = np.clip(confidence, 0.0, 1.0)
    dim_cells = np.ix_(profiles, group.listings[ls], group.dims)
    out.zones[dim_cells] = zones
    if not details:
        return

    # Between sizes: would the neutral target (no preference, no intent) have chosen the other?
    flipped = between & (neutral_cost[p_idx, l_idx, alt] < neutral_cost[p_idx, l_idx, best])
    chose_smaller = best < alt  # rows run from the smallest size to the largest
    pref_b = pref[:, None]
    intent_b = intent[None, :]
    # A positive shift (snug preference, relaxed cut) pulls towards the smaller size.
    by_pref = flipped & (((pref_b > 0) & chose_smaller) | ((pref_b < 0) & ~chose_smaller))
    by_intent = flipped & (((intent_b > 0) & chose_smaller) | ((intent_b < 0) & ~chose_smaller))
    out.decided_by[cells] = by_pref * DECIDED_BY_PREFERENCE + by_intent * DECIDED_BY_INTENT
    out.ruled_out[dim_cells] = ruled
    out.beyond_cm[dim_cells] = beyond
    out.uncertain[dim_cells] = uncertain
    out.missing[dim_cells] = np.broadcast_to(missing, (n_p, n_l, n_dims))


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
