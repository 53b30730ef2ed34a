"""Recommendations of a whole catalogue to CSV or XLSX quickly (100,000 listings in seconds).

The same rows as :func:`sizer.recommend.export.recommendation_table` over
``[results.recommendation(i) ...]`` (a test holds them equal), built straight from the engine's
arrays: they are turned into Python lists once instead of being indexed as numpy scalars per
listing, the per-listing dimension masks are computed for the whole catalogue at once, and
no :class:`Recommendation` object is made; the reasons follow
:func:`sizer.recommend.explain.build_recommendation` step by step and are worded by the same
:func:`sizer.recommend.text.describe_reason`. XLSX is written by a streaming writer of the sheet's XML
(sizer/export/fast_xlsx.py) instead of a cell object per value.
"""
from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from sizer.catalog import chart_bridge
from sizer.catalog.model import FIT_INTENTS, STRETCHES
from sizer.catalog.segments import load_zone_table
from sizer.dimensions import DIMENSION_IDS
from sizer.recommend.engine import RecommendationSet
from sizer.recommend.explain import length_direction, listing_reasons
from sizer.recommend.text import describe_reason
from sizer.recommend.verdicts import STATUSES, Direction, RecommendationStatus, zone_fit

_SIZED = (RecommendationStatus.FITS, RecommendationStatus.BETWEEN_SIZES, RecommendationStatus.BEST_AVAILABLE)


def _table_uses(catalog) -> np.ndarray:
    """(listings × dimensions): whether a listing's size table gives the dimension."""
    offsets = catalog.size_offsets
    if len(catalog) == 0:
        return np.zeros((0, len(catalog.dimensions)), dtype=bool)
    given = ~np.isnan(catalog.body_min_cm)
    counts = np.diff(offsets)
    uses = np.zeros((len(catalog), len(catalog.dimensions)), dtype=bool)
    nonempty = counts > 0
    if given.size:
        uses[nonempty] = np.logical_or.reduceat(given, offsets[:-1][nonempty], axis=0)
    return uses


class _LengthTwins:
    """As explain._has_length_variants, for every size row at once, a category at a time: whether
    another size of the row's listing has the same ranges at every zone but the variant lengths.
    Ranges are compared as stored (explain compares with isclose; the float32 ranges of one size
    are written alike), NaN equal to NaN."""

    def __init__(self, catalog, variants_of):
        self._catalog, self._variants_of = catalog, variants_of
        self._twin = np.zeros(len(catalog.size_labels), dtype=bool)
        self._done: set[str] = set()

    def has_twin(self, category: str, row: int) -> bool:
        if category not in self._done:
            self._mark(category)
            self._done.add(category)
        return bool(self._twin[row])

    def _mark(self, category: str) -> None:
        catalog = self._catalog
        variants = set(self._variants_of(category))
        keep = [j for j, d in enumerate(catalog.dimensions) if d not in variants]
        offsets = catalog.size_offsets
        listings = np.flatnonzero(catalog.categories == category)
        counts = offsets[listings + 1] - offsets[listings]
        rows = np.repeat(offsets[listings], counts) + (np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts,
                                                                                          counts))
        if not len(rows):
            return
        ranges = np.concatenate([catalog.body_min_cm[rows][:, keep], catalog.body_max_cm[rows][:, keep]], axis=1)
        signature = np.concatenate([np.repeat(listings, counts)[:, None].astype(np.float64),
                                    np.where(np.isnan(ranges), -np.inf, ranges).astype(np.float64)], axis=1)
        keys = np.ascontiguousarray(signature).view(np.dtype((np.void, signature.shape[1] * 8))).ravel()
        _, inverse, alike = np.unique(keys, return_inverse=True, return_counts=True)
        self._twin[rows] = alike[inverse] > 1


def recommendation_rows(results: RecommendationSet, indices: Sequence[int] | None = None) \
        -> tuple[list[str], list[list[Any]]]:
    """Columns and rows of the recommendations of ``indices`` (default: every listing)."""
    from sizer.recommend.settings import load_settings

    catalog, batch = results.catalog, results.batch
    indices = list(range(len(catalog))) if indices is None else [int(i) for i in indices]
    uses = _table_uses(catalog)
    dims_all = catalog.dimensions
    used_cols = np.flatnonzero(uses[indices].any(axis=0)) if indices else np.array([], dtype=int)
    used_dims = [d for d in DIMENSION_IDS if d in {dims_all[j] for j in used_cols}]
    columns = ["listing_id", "title", "category", "size_system", "size", "alternative", "closest", "confidence",
               "status", *[f"fit_{d}" for d in used_dims], "equivalents", "reasons", "would_improve"]

    status = batch.status[0].tolist()
    best = batch.best_row[0].tolist()
    alt = batch.alternative_row[0].tolist()
    confidence = batch.confidence[0].tolist()
    decided = batch.decided_by[0].tolist()
    zones = batch.zones[0].tolist()
    missing = batch.missing[0].tolist()
    uncertain = batch.uncertain[0].tolist()
    ruled_out, beyond = batch.ruled_out[0], batch.beyond_cm[0] if batch.beyond_cm is not None else None
    labels = catalog.size_labels.tolist()
    offsets = catalog.size_offsets.tolist()
    ids, titles = catalog.listing_ids.tolist(), catalog.titles.tolist()
    categories, systems = catalog.categories.tolist(), catalog.size_systems.tolist()
    fit_codes = catalog.fit_codes.tolist()
    stretch_codes = catalog.stretch_codes.tolist()
    body_min, body_max = catalog.body_min_cm, catalog.body_max_cm
    settings = load_settings()
    measured = results.profile.measurements_cm
    substitutes = settings.substitutes
    preference = results.profile.fit_preference
    # Per dimension, the engine's zone codes as ZoneFits (lengths speak of length).
    zone_values = [[zone_fit(code, dim) for code in range(5)] for dim in dims_all]
    zone_table = load_zone_table()
    variants_of: dict[str, tuple[str, ...]] = {}
    # Each listing's table (the dimensions its sizes give) as an index into the distinct tables.
    # (A row of flags packed into one integer, as there are fewer than 63 dimensions: np.unique of
    # integers, not of rows, is quick.)
    packed = uses.astype(np.int64) @ (np.int64(1) << np.arange(uses.shape[1], dtype=np.int64))
    distinct_keys, table_of = np.unique(packed, return_inverse=True)
    tables = [[j for j in range(uses.shape[1]) if key >> j & 1] for key in distinct_keys.tolist()]
    table_of = table_of.tolist()
    body = None
    # The body ranges of every listing's best size, as lists, in one step.
    best_rows = np.maximum(np.asarray(best, dtype=np.int64)[indices] if indices else np.zeros(0, np.int64), 0)
    best_low = body_min[best_rows].tolist() if len(best_rows) else []
    best_high = body_max[best_rows].tolist() if len(best_rows) else []

    accepts = None  # (size rows × dimensions): the size accepts the body's value of that dimension

    def fits_by_zone(i: int) -> dict[str, list[str]]:
        # As explain._fits_by_zone: the sizes each measured dimension alone accepts.
        nonlocal accepts, body
        if accepts is None:
            from sizer.recommend.engine import profile_arrays

            body = profile_arrays([results.profile], dims_all, settings)[0][0]
            tolerance = settings.tolerances(dims_all)
            with np.errstate(invalid="ignore"):
                accepts = (body_min - tolerance <= body) & (body <= body_max + tolerance)
            body = np.isnan(body).tolist()
        start, stop = offsets[i], offsets[i + 1]
        wanted = [j for j in tables[table_of[i]] if not body[j]]
        listing_labels = labels[start:stop]
        return {dims_all[j]: list(itertools.compress(listing_labels, ok))
                for j, ok in zip(wanted, accepts[start:stop, wanted].T.tolist())}

    memo: dict[tuple, str] = {}

    def reasons_text(i, state, table, fit, label, alternative, b, a, missing_dims, uncertain_dims, stand_ins,
                     variants) -> str:
        """build_recommendation's reasons (the same listing_reasons), worded by describe_reason."""
        def ruled_out_by() -> list[dict]:
            ruled_row, beyond_row = ruled_out[i].tolist(), beyond[i].tolist()
            return [{"dimension": dims_all[j], "body_is": Direction.LARGER if ruled_row[j] > 0 else Direction.SMALLER,
                     "by_cm": round(float(beyond_row[j]), 1)} for j in table if ruled_row[j]]

        reasons = listing_reasons(state, [dims_all[j] for j in table], fit, label, alternative, b, a, decided[i],
                                  FIT_INTENTS[fit_codes[i]], STRETCHES[stretch_codes[i]], preference,
                                  ruled_out_by=ruled_out_by, fits_by_zone=lambda: fits_by_zone(i), variants=variants,
                                  has_length_variants=lambda: has_length_twin(i, b),
                                  length_direction=lambda: length_direction(body_min, body_max, dims_all, variants, b, a),
                                  missing=missing_dims,
                                  uncertain=uncertain_dims, stand_ins=stand_ins)
        return "; ".join(describe_reason(r) for r in reasons)

    twins = _LengthTwins(catalog, lambda category: zone_table.of(category).variants)

    def has_length_twin(i: int, row: int) -> bool:
        return twins.has_twin(categories[i], row)

    rows: list[list[Any]] = []
    by_body: dict[str, list[tuple[int, str, dict]]] = {}  # category -> (row, system, ranges) to look up
    for position, i in enumerate(indices):
        state = STATUSES[status[i]]
        table = tables[table_of[i]]
        zone_row = zones[i]
        b, a = best[i], alt[i]
        label = labels[b] if b >= 0 else None
        alternative = labels[a] if a >= 0 else None
        fit: dict[str, Any] = {}
        ranges: dict[str, tuple[float, float]] = {}
        low_row, high_row = best_low[position], best_high[position]
        for j in table:
            dim = dims_all[j]
            code = zone_row[j]
            fit[dim] = zone_values[j][code] if code >= 0 else None
            if b >= 0 and low_row[j] == low_row[j]:  # not NaN
                ranges[dim] = (low_row[j], high_row[j])
        missing_row, uncertain_row = missing[i], uncertain[i]
        missing_dims = [dims_all[j] for j in table if missing_row[j]]
        uncertain_dims = [dims_all[j] for j in table if uncertain_row[j]]
        stand_ins = {dim: substitutes[dim][0] for dim, zone in fit.items()
                     if zone is not None and dim not in measured and dim in substitutes}
        uncertain_dims = [d for d in uncertain_dims if d not in stand_ins]
        category_variants = variants_of.get(categories[i])
        if category_variants is None:
            category_variants = variants_of[categories[i]] = tuple(zone_table.of(categories[i]).variants)
        variants = [d for d in category_variants if fit.get(d) is not None]
        args = (i, state, table, fit, label, alternative, b, a, missing_dims, uncertain_dims, stand_ins, variants)
        if state in (RecommendationStatus.FITS, RecommendationStatus.BETWEEN_SIZES) and not variants:
            # The same verdict words for the same inputs: say them once.
            # (between sizes, the zones too: they say whether the body is at the edge of the larger one)
            key = (status[i], tuple(table), label, alternative, b > a, decided[i], fit_codes[i], stretch_codes[i],
                   tuple(missing_dims), tuple(uncertain_dims), tuple(stand_ins.items()),
                   tuple(fit.values()) if state is RecommendationStatus.BETWEEN_SIZES else ())
            text = memo.get(key)
            if text is None:
                text = memo[key] = reasons_text(*args)
        else:
            text = reasons_text(*args)
        size = label if state in _SIZED else None
        equivalents = ""
        if size:
            # As chart_bridge.listing_equivalents: by the label, else (after the loop, for all at
            # once) from the chart's size for a body in the middle of the size's ranges.
            by_label = chart_bridge.equivalents(categories[i], systems[i], size)
            if by_label:
                equivalents = _equivalents_text(by_label)
            else:
                by_body.setdefault(categories[i], []).append((len(rows), systems[i], ranges))
        fit_cells = [(fit[d].value if fit[d] else "") if d in fit else "" for d in used_dims]
        rows.append([ids[i], titles[i], categories[i], systems[i], size, alternative if size else None,
                     label if size is None else None, round(confidence[i], 3), state.value, *fit_cells,
                     equivalents, text,
                     ", ".join(dict.fromkeys(missing_dims + uncertain_dims + list(stand_ins)))])
    equivalents_column = columns.index("equivalents")
    for category, sizes in by_body.items():
        found_list = chart_bridge.equivalents_by_body_many(category, [ranges for _, _, ranges in sizes])
        for (row, system, _), found in zip(sizes, found_list):
            rows[row][equivalents_column] = _equivalents_text({s: ls for s, ls in found.items() if s != system})
    return columns, rows


def _equivalents_text(found: dict[str, tuple[str, ...]]) -> str:
    return "; ".join(f"{s} {' / '.join(ls)}" for s, ls in found.items())


def export_recommendation_set(path: str | Path, results: RecommendationSet,
                              indices: Sequence[int] | None = None) -> Path:
    """Write the recommendations (.csv, .xlsx or .json) of ``indices`` (default: all), atomically."""
    from sizer.export.tables import export_format

    kind = export_format(path)
    if kind == "json":
        from sizer.recommend.export import export_recommendations

        chosen = range(len(results)) if indices is None else indices
        return export_recommendations(path, [results.recommendation(i) for i in chosen])
    columns, rows = recommendation_rows(results, indices)
    if kind == "csv":
        from sizer.export.tables import write_table

        return write_table(path, columns, rows, sheet_title="Recommendations")
    from sizer.export.fast_xlsx import write_xlsx

    return write_xlsx(path, columns, rows, sheet_title="Recommendations")
