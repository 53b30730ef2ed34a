"""Recommendations of a whole catalogue to CSV, XLSX or JSON quickly (100,000 listings in seconds).

The same rows as :func:`sizer.recommend.export.recommendation_table` over
``[results.recommendation(i) ...]`` (a test holds them equal), built column by column straight
from the engine's arrays, with no :class:`Recommendation` object and no per-listing loop:

- the plain columns (labels, zones, status, confidence) are array lookups;
- a catalogue's listings say the same few things (many share a size table, a verdict and its
  particulars), so listings are grouped by everything their reasons depend on, and each group's
  reasons are built once, for one of its listings, by the same
  :func:`sizer.recommend.explain.listing_reasons` that builds one recommendation, worded by the same
  :func:`sizer.recommend.text.describe_reason`;
- equivalents come from one vectorised chart lookup per category and are worded once per answer.

CSV and XLSX are then written a column at a time (sizer.export.tables.write_csv_columns,
sizer.export.fast_xlsx.write_xlsx_columns): each distinct text is escaped once.
"""
from __future__ import annotations

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
_STATUS_CODE = {status: code for code, status in enumerate(STATUSES)}
# Size positions within a listing that fit in a bit mask of one int64.
_MASK_SIZES = 62


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


def _rows_of(offsets: np.ndarray, listings: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The size rows of ``listings`` in order, each row's listing (a position in ``listings``) and
    its place among that listing's sizes."""
    counts = offsets[listings + 1] - offsets[listings]
    owner = np.repeat(np.arange(len(listings)), counts)
    place = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    return offsets[listings][owner] + place, owner, place


def _length_twins(catalog, categories: set[str], variants_of) -> np.ndarray:
    """As explain._has_length_variants, for every size row of the listings of ``categories``, a
    category at a time: whether another size of the row's listing has the same ranges at every
    zone but the variant lengths. Ranges are compared as stored (explain compares with isclose;
    the float32 ranges of one size are written alike), NaN equal to NaN."""
    twin = np.zeros(len(catalog.size_labels), dtype=bool)
    for category in sorted(categories):
        variants = set(variants_of(category))
        keep = [j for j, d in enumerate(catalog.dimensions) if d not in variants]
        listings = np.flatnonzero(catalog.categories == category)
        rows, owner, _ = _rows_of(catalog.size_offsets, listings)
        if not len(rows):
            continue
        ranges = np.concatenate([catalog.body_min_cm[rows][:, keep], catalog.body_max_cm[rows][:, keep]], axis=1)
        signature = np.concatenate([listings[owner][:, None].astype(np.float64),
                                    np.where(np.isnan(ranges), -np.inf, ranges).astype(np.float64)], axis=1)
        _, inverse, alike = np.unique(_row_keys(signature), return_inverse=True, return_counts=True)
        twin[rows] = alike[inverse] > 1
    return twin


def _row_keys(matrix: np.ndarray) -> np.ndarray:
    """Each row of a 2-D array as one opaque value (equal exactly when the rows' bytes are equal)."""
    matrix = np.ascontiguousarray(matrix)
    return matrix.view(np.dtype((np.void, matrix.shape[1] * matrix.itemsize))).ravel()


def _groups(parts: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Listings grouped by equal values in every one of ``parts`` (1-D or 2-D int64 arrays over
    the same listings): a representative of each group and each listing's group."""
    matrix = np.concatenate([p.reshape(len(p), -1) for p in parts], axis=1)
    _, first, inverse = np.unique(_row_keys(matrix), return_index=True, return_inverse=True)
    return first, inverse.ravel()


def _bits(mask: np.ndarray) -> np.ndarray:
    """Each row of a (listings × dimensions) bool array packed into one int64 (fewer than 63 dimensions)."""
    return mask.astype(np.int64) @ (np.int64(1) << np.arange(mask.shape[1], dtype=np.int64))


def _selection(results: RecommendationSet, indices: Sequence[int] | None):
    """The catalogue, the engine's batch, the chosen listings' indices (default: every listing),
    the catalogue's dimensions, and which listings' tables use each dimension (all, and chosen)."""
    catalog, batch = results.catalog, results.batch
    chosen = (np.arange(len(catalog), dtype=np.int64) if indices is None
              else np.array([int(i) for i in indices], dtype=np.int64))
    dims_all = catalog.dimensions
    if len(dims_all) > 62:
        raise ValueError("the fast export packs a listing's dimensions into 62 bits")
    uses_all = _table_uses(catalog)
    return catalog, batch, chosen, dims_all, uses_all, uses_all[chosen]


def recommendation_columns(results: RecommendationSet, indices: Sequence[int] | None = None) \
        -> tuple[list[str], list[list[Any]]]:
    """Column names, and each column's values, of the recommendations of ``indices`` (default: every listing)."""
    from sizer.recommend.settings import load_settings

    catalog, batch, chosen, dims_all, uses_all, uses = _selection(results, indices)
    used_in = set(np.flatnonzero(uses.any(axis=0)).tolist())
    used_dims = [d for d in DIMENSION_IDS if d in {dims_all[j] for j in used_in}]
    columns = ["listing_id", "title", "category", "size_system", "size", "alternative", "closest", "confidence",
               "status", *[f"fit_{d}" for d in used_dims], "equivalents", "reasons", "would_improve"]
    n = len(chosen)

    status = batch.status[0][chosen].astype(np.int64)
    best = batch.best_row[0][chosen]
    alt = batch.alternative_row[0][chosen]
    zones = batch.zones[0][chosen]
    labels = catalog.size_labels
    label = np.where(best >= 0, labels[np.maximum(best, 0)] if len(labels) else None, None)
    alternative = np.where(alt >= 0, labels[np.maximum(alt, 0)] if len(labels) else None, None)
    sized = np.isin(status, [_STATUS_CODE[s] for s in _SIZED])
    size = np.where(sized, label, None)
    has_size = np.array([bool(s) for s in size.tolist()], dtype=bool)
    categories = catalog.categories[chosen]
    systems = catalog.size_systems[chosen]

    fit_columns = []
    for dim in used_dims:
        j = dims_all.index(dim)
        words = np.array([(z.value if z else "") for z in (zone_fit(code, dim) for code in range(5))] + [""],
                         dtype=object)
        code = zones[:, j]
        fit_columns.append(words[np.where(uses[:, j] & (code >= 0), code, 5)].tolist())
    reasons, would_improve = _reasons_columns(results, chosen, uses_all, load_settings())
    return columns, [
        catalog.listing_ids[chosen].tolist(), catalog.titles[chosen].tolist(), categories.tolist(), systems.tolist(),
        size.tolist(), np.where(has_size, alternative, None).tolist(), np.where(size == None, label, None).tolist(),  # noqa: E711
        [round(c, 3) for c in batch.confidence[0][chosen].tolist()],
        np.array([s.value for s in STATUSES], dtype=object)[status].tolist(), *fit_columns,
        _equivalents_column(catalog, categories, systems, size, best, has_size), reasons, would_improve]


def recommendation_rows(results: RecommendationSet, indices: Sequence[int] | None = None) \
        -> tuple[list[str], list[list[Any]]]:
    """Columns and rows of the recommendations of ``indices`` (default: every listing)."""
    columns, values = recommendation_columns(results, indices)
    return columns, [list(row) for row in zip(*values)]


def _equivalents_column(catalog, categories: np.ndarray, systems: np.ndarray, size: np.ndarray, best: np.ndarray,
                        has_size: np.ndarray) -> list[str]:
    """As chart_bridge.listing_equivalents, worded (see :func:`_equivalents_found`)."""
    found, _estimated = _equivalents_found(catalog, categories, systems, size, best, has_size)
    worded: dict[int, str] = {}
    return [worded.setdefault(id(f), _equivalents_text(f)) if f else "" for f in found]


def _equivalents_found(catalog, categories: np.ndarray, systems: np.ndarray, size: np.ndarray, best: np.ndarray,
                       has_size: np.ndarray) -> tuple[list[dict[str, tuple[str, ...]] | None], list[bool]]:
    """As chart_bridge.listing_equivalents per listing: the size's labels in the chart's other
    systems by its label, else from the chart's size for a body in the middle of the size's ranges
    (one vectorised lookup per category), and whether they are that estimate. Listings with the
    same answer share one dict."""
    found: list[dict[str, tuple[str, ...]] | None] = [None] * len(size)
    estimated = [False] * len(size)
    by_body: dict[str, list[int]] = {}
    by_label: dict[tuple[str, str, str], dict | None] = {}
    category_list, system_list, size_list = categories.tolist(), systems.tolist(), size.tolist()
    for p in np.flatnonzero(has_size).tolist():
        key = (category_list[p], system_list[p], size_list[p])
        if key not in by_label:
            by_label[key] = chart_bridge.equivalents(*key) or None
        answer = by_label[key]
        if answer is None:
            by_body.setdefault(key[0], []).append(p)
        else:
            found[p] = answer
    for category, members in by_body.items():
        positions = np.array(members, dtype=np.int64)
        rows = best[positions]
        answer_of, answers = chart_bridge.equivalents_by_body_arrays(
            category, catalog.dimensions, catalog.body_min_cm[rows], catalog.body_max_cm[rows])
        others: dict[tuple[int, str], dict] = {}
        for p, answer in zip(members, answer_of.tolist()):
            if answer < 0 or not answers[answer]:
                continue
            key = (answer, system_list[p])
            if key not in others:
                others[key] = {s: ls for s, ls in answers[answer].items() if s != key[1]}
            found[p], estimated[p] = others[key], True
    # the brand's own labels in other systems (label_<SYSTEM>) over the chart's, where a size has them
    brand = catalog.size_system_labels
    if any(brand.tolist()):
        best_list = best.tolist()
        for p in np.flatnonzero(has_size).tolist():
            labels = brand[best_list[p]]
            if labels:
                found[p], estimated[p] = chart_bridge.with_brand_labels(found[p], estimated[p], labels,
                                                                        system_list[p])
    return found, estimated


def _equivalents_text(found: dict[str, tuple[str, ...]]) -> str:
    # "or", never "/": labels such as CN 165/88A and US 15½ 34/35 hold a slash themselves.
    return "; ".join(f"{s} {' or '.join(ls)}" for s, ls in found.items())


# explain.length_direction's answers as group-key codes.
_DIRECTION_CODE = {None: 0, Direction.LONGER: 1, Direction.SHORTER: 2}


def _reasons_columns(results: RecommendationSet, chosen: np.ndarray, uses_all: np.ndarray, settings,
                     as_json: bool = False) -> tuple[list, list]:
    """The reasons and would_improve texts of the ``chosen`` listings (``as_json``: the reasons as
    JSON codes with parameters and would_improve as a list, as Recommendation.to_json_dict has them).

    Listings are grouped by everything :func:`listing_reasons` reads for their verdict (and
    would_improve's dimensions); each group's texts are made once, from one of its listings,
    exactly as for one recommendation. What each verdict reads:

    - every verdict: the table, the size's label, the category's length variants that were
      judged, whether the size has a length twin, the dimensions missing, uncertain or judged on a
      stand-in;
    - between sizes: also the alternative, which way it lies, what decided, the fit intent and stretch;
    - best available: also the alternative, the zone codes, and the sizes each dimension alone
      accepts (the listing's labels and, per dimension, a bit mask of the sizes accepted);
    - no fit: also which dimensions ruled the sizes out, which way, and by how much as rounded.
    """
    catalog, batch = results.catalog, results.batch
    dims_all = catalog.dimensions
    profile = results.profile
    n = len(chosen)
    uses = uses_all[chosen]
    status = batch.status[0][chosen].astype(np.int64)
    best, alt = batch.best_row[0][chosen], batch.alternative_row[0][chosen]
    zones = batch.zones[0][chosen].astype(np.int64)
    judged = uses & (zones >= 0)  # the dimensions whose fit is not None
    stand_in_dims = np.array([d not in profile.measurements_cm and d in settings.substitutes for d in dims_all],
                             dtype=bool)
    uncertain = uses & batch.uncertain[0][chosen] & ~(judged & stand_in_dims)
    missing = uses & batch.missing[0][chosen]

    label_list = catalog.size_labels.tolist()
    label_code: dict[Any, int] = {None: -1}
    best_label = [label_code.setdefault(label_list[b], len(label_code)) if b >= 0 else -1 for b in best.tolist()]
    alt_label = [label_code.setdefault(label_list[a], len(label_code)) if a >= 0 else -1 for a in alt.tolist()]
    _, table = np.unique(_bits(uses), return_inverse=True)

    zone_table = load_zone_table()
    category_list = catalog.categories[chosen].tolist()
    variants_of: dict[str, tuple[str, ...]] = {c: tuple(zone_table.of(c).variants) for c in set(category_list)}
    variant_id = {v: k for k, v in enumerate(sorted(set(variants_of.values())))}
    variants = np.array([variant_id[variants_of[c]] for c in category_list], dtype=np.int64)
    with_variants = {c for c, v in variants_of.items() if v}
    twin_rows = _length_twins(catalog, with_variants, lambda c: variants_of[c])
    twin = np.zeros(n, dtype=np.int64)
    asks_twin = np.array([c in with_variants for c in category_list], dtype=bool) & (best >= 0)
    twin[asks_twin] = twin_rows[best[asks_twin]]

    common = [table.ravel().astype(np.int64), np.array(best_label, dtype=np.int64), variants, twin,
              _bits(judged), _bits(missing), _bits(uncertain)]
    reasons_texts: list = [""] * n
    improve_texts: list = [""] * n
    one = _OneListing(results, uses_all, settings, variants_of, twin_rows)
    for state in STATUSES:
        members = np.flatnonzero(status == _STATUS_CODE[state])
        if not len(members):
            continue
        parts = [part[members] for part in common]
        if state in (RecommendationStatus.BETWEEN_SIZES, RecommendationStatus.BEST_AVAILABLE):
            parts.append(np.array(alt_label, dtype=np.int64)[members])
        if state is RecommendationStatus.BETWEEN_SIZES:
            listings = chosen[members]
            parts += [(best[members] > alt[members]).astype(np.int64), batch.decided_by[0][listings].astype(np.int64),
                      catalog.fit_codes[listings].astype(np.int64), catalog.stretch_codes[listings].astype(np.int64),
                      # the zones say whether the body sits at the roomy edge; two lengths of one size
                      # are worded as longer/shorter
                      np.where(uses[members], zones[members], -9),
                      _length_directions(catalog, listings, judged[members], variants_of, best[members], alt[members])]
        elif state is RecommendationStatus.BEST_AVAILABLE:
            parts += [np.where(uses[members], zones[members], -9), _accepted_sizes(results, chosen[members], settings)]
        elif state is RecommendationStatus.NO_FIT:
            parts += _ruled_out(batch, chosen[members], uses[members])
        first, group = _groups(parts)
        say = one.payload if as_json else one.texts
        said = [say(int(chosen[members[k]])) for k in first.tolist()]
        for position, g in zip(members.tolist(), group.tolist()):
            reasons_texts[position], improve_texts[position] = said[g]
    return reasons_texts, improve_texts


def _length_directions(catalog, listings: np.ndarray, judged: np.ndarray, variants_of, best: np.ndarray,
                       alt: np.ndarray) -> np.ndarray:
    """explain.length_direction per listing, as a code (0 none, 1 longer, 2 shorter), for the listings
    whose category has length variants (the judged ones among them, as listing_reasons gets them)."""
    dims_all = catalog.dimensions
    column = {d: j for j, d in enumerate(dims_all)}
    codes = np.zeros(len(listings), dtype=np.int64)
    for k, category in enumerate(catalog.categories[listings].tolist()):
        if not variants_of[category]:
            continue
        variants = [d for d in variants_of[category] if d in column and judged[k, column[d]]]
        direction = length_direction(catalog.body_min_cm, catalog.body_max_cm, dims_all, variants,
                                     int(best[k]), int(alt[k]))
        codes[k] = _DIRECTION_CODE[direction]
    return codes


def _accepted_sizes(results: RecommendationSet, listings: np.ndarray, settings) -> np.ndarray:
    """What explain._fits_by_zone reads, per listing: an id of its labels in order, and per
    dimension a bit mask of the sizes the body's measurement alone accepts (a listing with more
    sizes than a mask holds gets a group of its own)."""
    from sizer.recommend.engine import profile_arrays

    catalog = results.catalog
    n, n_dims = len(listings), len(catalog.dimensions)
    body = profile_arrays([results.profile], catalog.dimensions, settings)[0][0]
    tolerance = settings.tolerances(catalog.dimensions)
    rows, owner, place = _rows_of(catalog.size_offsets, listings)
    with np.errstate(invalid="ignore"):
        accepts = (catalog.body_min_cm[rows] - tolerance <= body) & (body <= catalog.body_max_cm[rows] + tolerance)
    small = place < _MASK_SIZES
    weights = np.where(small, np.int64(1) << np.minimum(place, _MASK_SIZES).astype(np.int64), 0)
    masks = np.zeros((n, n_dims), dtype=np.int64)
    counts = np.diff(catalog.size_offsets)[listings]
    if len(rows):  # the rows are in listing order: sum each listing's run
        starts = np.cumsum(counts) - counts
        masks[counts > 0] = np.add.reduceat(accepts.astype(np.int64) * weights[:, None], starts[counts > 0], axis=0)
    masks[:, np.isnan(body)] = 0
    label_list = catalog.size_labels.tolist()
    offsets = catalog.size_offsets.tolist()
    sequence_id: dict[tuple, int] = {}
    sequences = np.array([sequence_id.setdefault(tuple(label_list[offsets[i]:offsets[i + 1]]), len(sequence_id))
                          for i in listings.tolist()], dtype=np.int64)
    too_many = counts > _MASK_SIZES
    sequences[too_many] = -1 - np.flatnonzero(too_many)
    return np.concatenate([sequences[:, None], masks], axis=1)


def _ruled_out(batch, listings: np.ndarray, uses: np.ndarray) -> list[np.ndarray]:
    """What a no-fit verdict's ruled_out_by reads, per listing: the dimensions that ruled every size
    out, which way, and by how many cm as it rounds them (as int64 bit patterns of the float)."""
    ruled = batch.ruled_out[0][listings] * uses
    by_cm = np.zeros(ruled.shape, dtype=np.float64)
    if batch.beyond_cm is not None and ruled.any():
        exact = batch.beyond_cm[0][listings][ruled != 0].astype(np.float64)
        distinct, back = np.unique(exact, return_inverse=True)
        by_cm[ruled != 0] = np.array([round(v, 1) for v in distinct.tolist()])[back]
    return [_bits(ruled > 0), _bits(ruled < 0), by_cm.view(np.int64)]


class _OneListing:
    """One listing's reasons and would_improve texts, read from the engine's arrays as
    explain.build_recommendation reads them, by the same listing_reasons and describe_reason."""

    def __init__(self, results: RecommendationSet, uses_all: np.ndarray, settings, variants_of,
                 twin_rows: np.ndarray):
        from sizer.recommend.engine import profile_arrays

        self.results, self.uses_all, self.settings, self.variants_of = results, uses_all, settings, variants_of
        self.twin_rows = twin_rows  # _length_twins of every category with length variants
        self.body = profile_arrays([results.profile], results.catalog.dimensions, settings)[0][0]
        self.tolerance = settings.tolerances(results.catalog.dimensions)

    def texts(self, i: int) -> tuple[str, str]:
        reasons, would_improve = self.reasons(i)
        return "; ".join(describe_reason(r) for r in reasons), ", ".join(would_improve)

    def payload(self, i: int) -> tuple[list[dict], list[str]]:
        reasons, would_improve = self.reasons(i)
        return [r.to_json_dict() for r in reasons], list(would_improve)

    def reasons(self, i: int) -> tuple[list, tuple[str, ...]]:
        results = self.results
        catalog, batch = results.catalog, results.batch
        dims_all = catalog.dimensions
        state = STATUSES[int(batch.status[0, i])]
        table = np.flatnonzero(self.uses_all[i]).tolist()
        zone_row = batch.zones[0, i].tolist()
        b, a = int(batch.best_row[0, i]), int(batch.alternative_row[0, i])
        label = str(catalog.size_labels[b]) if b >= 0 else None
        alternative = str(catalog.size_labels[a]) if a >= 0 else None
        fit = {dims_all[j]: zone_fit(zone_row[j], dims_all[j]) for j in table}
        missing_row, uncertain_row = batch.missing[0, i].tolist(), batch.uncertain[0, i].tolist()
        missing_dims = [dims_all[j] for j in table if missing_row[j]]
        uncertain_dims = [dims_all[j] for j in table if uncertain_row[j]]
        measured, substitutes = results.profile.measurements_cm, self.settings.substitutes
        stand_ins = {dim: substitutes[dim][0] for dim, zone in fit.items()
                     if zone is not None and dim not in measured and dim in substitutes}
        uncertain_dims = [d for d in uncertain_dims if d not in stand_ins]
        category = str(catalog.categories[i])
        variants = [d for d in self.variants_of[category] if fit.get(d) is not None]

        def ruled_out_by() -> list[dict]:
            ruled_row, beyond_row = batch.ruled_out[0, i].tolist(), batch.beyond_cm[0, i].tolist()
            return [{"dimension": dims_all[j], "body_is": Direction.LARGER if ruled_row[j] > 0 else Direction.SMALLER,
                     "by_cm": round(float(beyond_row[j]), 1)} for j in table if ruled_row[j]]

        reasons = listing_reasons(state, [dims_all[j] for j in table], fit, label, alternative, b, a,
                                  int(batch.decided_by[0, i]), FIT_INTENTS[catalog.fit_codes[i]],
                                  STRETCHES[catalog.stretch_codes[i]], results.profile.fit_preference,
                                  ruled_out_by=ruled_out_by, fits_by_zone=lambda: self.fits_by_zone(i, table),
                                  variants=variants, has_length_variants=lambda: bool(self.twin_rows[b]),
                                  length_direction=lambda: length_direction(catalog.body_min_cm, catalog.body_max_cm,
                                                                            dims_all, variants, b, a),
                                  missing=missing_dims, uncertain=uncertain_dims, stand_ins=stand_ins)
        return reasons, tuple(dict.fromkeys(missing_dims + uncertain_dims + list(stand_ins)))

    def fits_by_zone(self, i: int, table: list[int]) -> dict[str, list[str]]:
        # As explain._fits_by_zone: the sizes each measured dimension alone accepts.
        catalog, body, tolerance = self.results.catalog, self.body, self.tolerance
        start, stop = int(catalog.size_offsets[i]), int(catalog.size_offsets[i + 1])
        with np.errstate(invalid="ignore"):
            accepts = ((catalog.body_min_cm[start:stop] - tolerance <= body)
                       & (body <= catalog.body_max_cm[start:stop] + tolerance))
        listing_labels = catalog.size_labels[start:stop].tolist()
        return {catalog.dimensions[j]: [listing_labels[k] for k in np.flatnonzero(accepts[:, j]).tolist()]
                for j in table if not np.isnan(body[j])}


def recommendations_json(results: RecommendationSet, indices: Sequence[int] | None = None) -> dict[str, Any]:
    """``{"recommendations": [...]}`` of ``indices`` (default: every listing): what
    sizer.recommend.export.recommendations_payload gives for ``[results.recommendation(i) ...]``
    (a test holds them equal), from the engine's arrays with the reasons built once per group."""
    from sizer.recommend.settings import load_settings

    catalog, batch, chosen, dims_all, uses_all, uses = _selection(results, indices)
    status = batch.status[0][chosen].astype(np.int64)
    best, alt = batch.best_row[0][chosen], batch.alternative_row[0][chosen]
    zones = batch.zones[0][chosen].astype(np.int64)
    labels = catalog.size_labels.tolist()
    sized = np.isin(status, [_STATUS_CODE[s] for s in _SIZED]) & (best >= 0)
    size = np.array([labels[b] if ok else None for b, ok in zip(best.tolist(), sized.tolist())], dtype=object)
    categories, systems = catalog.categories[chosen], catalog.size_systems[chosen]
    found, estimated = _equivalents_found(catalog, categories, systems, size, best, sized)
    reasons, would_improve = _reasons_columns(results, chosen, uses_all, load_settings(), as_json=True)
    # A listing's fit names every dimension its table gives, in the catalogue's order, each zone
    # worded; listings with one pattern of zones share one dict.
    zone_words = [[(z.value if z else None) for z in (zone_fit(code, dim) for code in range(5))] + [None]
                  for dim in dims_all]
    patterns, pattern_of = np.unique(np.where(uses, np.where((zones >= 0) & (zones < 5), zones, 5), -1), axis=0,
                                     return_inverse=True)
    fits = [{dims_all[j]: zone_words[j][z] for j, z in enumerate(row) if z >= 0} for row in patterns.tolist()]
    status_words = [s.value for s in STATUSES]
    label_or_none = labels + [None]  # index -1: no such row
    best_list, alt_list = best.tolist(), alt.tolist()
    sizes = size.tolist()
    alternative = [label_or_none[a] if s is not None else None for a, s in zip(alt_list, sizes)]
    closest = [label_or_none[b] if s is None else None for b, s in zip(best_list, sizes)]
    confidence = [round(c, 3) for c in batch.confidence[0][chosen].tolist()]
    states = [status_words[c] for c in status.tolist()]
    no_system = [s or None for s in systems.tolist()]
    equivalents_of: dict[int, dict] = {}
    equivalents = [equivalents_of.setdefault(id(f), {s: list(ls) for s, ls in f.items()}) if f else {}
                   for f in found]
    out = [{"listing_id": i, "title": t, "category": c, "size_system": y, "size": z, "alternative": a,
            "closest": x, "confidence": f, "status": st, "fit": fits[p], "equivalents": e,
            "equivalents_estimated": es, "reasons": r, "would_improve": w}
           for i, t, c, y, z, a, x, f, st, p, e, es, r, w in zip(
               catalog.listing_ids[chosen].tolist(), catalog.titles[chosen].tolist(), categories.tolist(), no_system,
               sizes, alternative, closest, confidence, states, pattern_of.ravel().tolist(), equivalents, estimated,
               reasons, would_improve)]
    return {"recommendations": out}


def export_recommendation_set(path: str | Path, results: RecommendationSet,
                              indices: Sequence[int] | None = None) -> Path:
    """Write the recommendations (.csv, .xlsx or .json) of ``indices`` (default: all), atomically."""
    from sizer.export.tables import export_format

    kind = export_format(path)
    if kind == "json":
        import json

        from sizer.atomic import atomic_open

        # One listing a line: json's C encoder (an indented dump runs the pure-Python one, 20 times
        # slower), and a file that still reads, and diffs, listing by listing; written as encoded.
        listings = recommendations_json(results, indices)["recommendations"]
        encode = json.JSONEncoder(ensure_ascii=False).encode
        with atomic_open(path, "w", encoding="utf-8") as stream:
            stream.write('{"recommendations": [')
            for k in range(0, len(listings), 5000):
                stream.write(("\n" if k == 0 else ",\n") + ",\n".join(map(encode, listings[k:k + 5000])))
            stream.write("\n]}\n" if listings else "]}\n")
        return Path(path)
    columns, values = recommendation_columns(results, indices)
    if kind == "csv":
        from sizer.export.tables import write_csv_columns

        return write_csv_columns(path, columns, values)
    from sizer.export.fast_xlsx import write_xlsx_columns

    return write_xlsx_columns(path, columns, values, sheet_title="Recommendations")
