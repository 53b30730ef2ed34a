"""The fast path of catalogue import: a whole valid CSV checked and packed column by column.

The row-by-row importer (sizer.catalog.importer) checks every cell on its own and names every
problem; at some 20 µs a row, a 100,000-listing file (600,000 rows) takes seconds. Most files
are valid, so this path reads the columns into numpy and checks each rule on whole columns (each
distinct category, system or label once). It only ever answers "here is the catalogue" or "not
sure": on any doubt (a bad value, a decimal comma, a conflict) it returns None and the row-by-row
importer runs, so the problems are still reported one by one, and both paths build the same
catalogue (tests/test_catalog_fast_import.py checks).
"""
from __future__ import annotations

import itertools
import operator
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from sizer.catalog import chart_bridge, rules
from sizer.catalog.coded_columns import Coded, code_texts
from sizer.catalog.columns import MeasurementRole
from sizer.catalog.ease import load_ease_table
from sizer.catalog.segments import SEGMENTS, Segment, category_segment
from sizer.catalog.model import (FIT_INTENTS, SKU_SEPARATOR, STRETCHES, TABLE_SOURCES, Catalog, FitIntent, Stretch,
                                 TableSource, join_skus, labels_column, split_skus)
from sizer.dimensions import DIMENSION_IDS
from sizer.errors import SizerError
from sizer.units import CM_PER_INCH

_CHUNK_ROWS = 50_000
_NOT_SURE = None


class _Doubt(Exception):
    """Something the fast path does not decide: the row-by-row importer will."""


def fast_build(rows: Iterator[tuple[int, list[Any]]], plan, source: str,
               columns: Sequence[Coded] | None = None) -> tuple[Catalog, int] | None:
    """The catalogue of a table of text cells that has no problem at all, and its row count;
    None when any row might have one. The rules are sizer.catalog.rules, as row by row.
    ``columns``: the table's columns already coded (RawTable.columns), instead of ``rows``."""
    try:
        return _build(rows, plan, source, columns)
    except (_Doubt, SizerError, ValueError, KeyError, TypeError):
        return _NOT_SURE


def _columns(rows: Iterator[tuple[int, list[Any]]], width: int, wanted: set[int], id_column: int
             ) -> list[list[str]]:
    """The ``wanted`` columns of the table as stripped text; blank rows dropped."""
    columns: list[list[str]] = [[] for _ in range(width)]
    cells_of_rows = map(operator.itemgetter(1), rows)
    while True:
        chunk = list(itertools.islice(cells_of_rows, _CHUNK_ROWS))
        if not chunk:
            break
        if set(map(len, chunk)) != {width}:
            chunk = [(list(cells) + [""] * width)[:width] for cells in chunk]
        stripped = {j: _stripped(column) for j, column in enumerate(zip(*chunk)) if j in wanted}
        ids = stripped[id_column]
        if not all(ids):
            # A row without an id is either blank (skipped, as row by row) or a problem (doubt).
            keep = []
            for k, listing_id in enumerate(ids):
                if listing_id:
                    keep.append(k)
                elif "".join(chunk[k]).strip():  # TypeError for non-text: doubt too
                    raise _Doubt
            stripped = {j: [column[k] for k in keep] for j, column in stripped.items()}
        for j, column in stripped.items():
            columns[j].extend(column)
    return columns


def _stripped(column: tuple[str, ...]) -> list[str]:
    """The cells without surrounding whitespace. Columns repeat their values (ids six times,
    categories thousands of times), so the distinct values are checked and, as usual, kept."""
    distinct = set(column)
    if not all(type(value) is str for value in distinct):
        raise _Doubt  # an empty or problem cell of a spreadsheet: row by row says which
    if not any(map(rules.needs_cleaning, distinct)):
        return list(column)
    cleaned = {value: rules.clean_text(value) for value in distinct}
    return [cleaned[value] for value in column]


def _positive_number(text: str) -> float:
    """NaN for an empty cell; the number of a cell that holds a positive finite one; else doubt
    ("92,5", "wide", "nan" and "-1" are the row-by-row importer's to explain)."""
    if text == "":
        return np.nan
    if "_" in text:
        raise _Doubt  # Python reads "1_000" as 1000; a spreadsheet cell does not
    value = float(text)  # ValueError: doubt
    if not (value > 0 and np.isfinite(value)):
        raise _Doubt
    return value


def _cleaned(coded: Coded) -> Coded:
    """A coded column whose values are text as row by row cleans it (rules.clean_text); values
    that cleaning makes one (" M" and "M") become one code. Cells that are not text (a
    spreadsheet's empty or problem cells) are doubt: row by row says which."""
    codes, values = coded
    if not all(type(value) is str for value in values):
        raise _Doubt
    has_line_breaks = "\n".join(values).count("\n") != max(len(values) - 1, 0)
    if not (has_line_breaks or rules.any_needs_cleaning(values)):
        return coded
    cleaned = [rules.clean_text(value) if rules.needs_cleaning(value) else value for value in values]
    if cleaned == values:
        return coded
    canonical = dict(zip(dict.fromkeys(cleaned), itertools.count()))
    return np.array([canonical[value] for value in cleaned], dtype=np.int64)[codes], list(canonical)


def _build(rows, plan, source: str, given_columns=None) -> tuple[Catalog, int] | None:
    label_columns = getattr(plan, "label_columns", {})
    used_indices = sorted({*plan.fields.values(), *(m.index for m in plan.measurements), *label_columns.values()})
    width = max(used_indices) + 1
    id_column = plan.fields["listing_id"]
    if given_columns is not None and len(given_columns) >= width and "" not in given_columns[id_column][1]:
        coded = {j: _cleaned(given_columns[j]) for j in used_indices}
    else:  # rows without an id may be blank rows, which _columns leaves out
        texts = _columns(rows, width, set(used_indices), id_column)
        coded = {j: _cleaned(code_texts(texts[j])) for j in used_indices}
        del texts
    n = len(coded[id_column][0])
    if n == 0:
        raise _Doubt

    def column(name: str) -> tuple[np.ndarray, list[str]]:
        if name in plan.fields:
            return coded[plan.fields[name]]
        return np.zeros(n, dtype=np.int64), [""]  # an absent optional column: empty everywhere

    if "size_type" in plan.fields:
        raise _Doubt  # the row-by-row reader turns a category and a size type into the typed chart's id
    ids, titles, categories, labels = (column(name) for name in ("listing_id", "title", "category", "size_label"))
    systems, fits, stretches, segments, skus = (column(name) for name in ("size_system", "fit", "stretch", "segment",
                                                                           "sku"))
    if any("" in values for _, values in (ids, titles, categories, labels)):
        raise _Doubt

    # Each distinct value checked once.
    if not set(categories[1]) <= set(chart_bridge.category_ids()):
        raise _Doubt
    for category, system in _distinct_pairs(categories, systems):
        if system:
            chart_bridge.check_system(category, system)  # raises: doubt
    fit_of = [FitIntent(text.lower()) if text else FitIntent.REGULAR for text in fits[1]]
    stretch_of = [Stretch(text.lower()) if text else Stretch.NONE for text in stretches[1]]
    segment_of = [Segment(text.lower()) if text else None for text in segments[1]]

    # Every row of a listing repeats its fields (the segment is its first row's, as row by row);
    # each label once per listing.
    _, first_rows, id_of_row = np.unique(ids[0], return_index=True, return_inverse=True)
    listing_of_row_first = first_rows[id_of_row]
    for codes, _ in (titles, categories, systems, fits, stretches):
        if not np.array_equal(codes, codes[listing_of_row_first]):
            raise _Doubt
    if len(np.unique(ids[0] * len(labels[1]) + labels[0])) != n:
        raise _Doubt

    # Only the dimensions this file can use: its measurement columns and its categories' charts.
    wanted_dims = {m.dimension for m in plan.measurements}
    for category in categories[1]:
        wanted_dims.update(chart_bridge.chart_dimensions(category))
    dims = [d for d in DIMENSION_IDS if d in wanted_dims]
    column_of = {d: j for j, d in enumerate(dims)}
    low = np.full((n, len(dims)), np.nan)
    high = np.full((n, len(dims)), np.nan)
    garment = np.full((n, len(dims)), np.nan)
    given = {role: np.zeros((n, len(dims)), dtype=bool) for role in MeasurementRole}
    for measurement in plan.measurements:
        codes, texts_of_code = coded[measurement.index]
        values = np.array([_positive_number(text) for text in texts_of_code], dtype=np.float64)[codes]
        present = ~np.isnan(values)
        if not present.any():
            continue
        if measurement.inches:
            values *= CM_PER_INCH
        j = column_of[measurement.dimension]
        target = {MeasurementRole.BODY_MIN: low, MeasurementRole.BODY_MAX: high,
                  MeasurementRole.GARMENT: garment}[measurement.role]
        target[present, j] = values[present]
        given[measurement.role][present, j] = True

    has_min, has_max = given[MeasurementRole.BODY_MIN], given[MeasurementRole.BODY_MAX]
    has_body = has_min | has_max
    has_garment = given[MeasurementRole.GARMENT]
    if (has_body & has_garment).any():
        raise _Doubt
    bounds = rules.bounds(tuple(dims))
    # Each row held to whom its listing is for (its first row's segment, else its category's), as
    # row by row (sizer.plausibility): one bounds per distinct (segment, category), per row as arrays.
    n_categories = len(categories[1])
    key = segments[0][listing_of_row_first] * n_categories + categories[0]
    distinct_keys, key_of_row = np.unique(key, return_inverse=True)
    whom = [segment_of[int(k) // n_categories] or category_segment(categories[1][int(k) % n_categories])
            for k in distinct_keys.tolist()]
    kinds = list(dict.fromkeys(whom))
    if len(kinds) == 1:
        checks = rules.bounds(tuple(dims), kinds[0])
    else:
        per_kind = [rules.bounds(tuple(dims), kind) for kind in kinds]
        kind_of_row = np.array([kinds.index(w) for w in whom], dtype=np.int64)[key_of_row]
        checks = rules.Bounds(tuple(dims), *(np.stack([getattr(b, part) for b in per_kind])[kind_of_row]
                                             for part in ("low", "high", "floor", "ceiling")))
    if rules.outside_body(low, has_min, checks).any() or rules.outside_body(high, has_max, checks).any():
        raise _Doubt
    if rules.outside_garment(garment, has_garment, checks).any():
        raise _Doubt
    low, high = rules.close_open_ends(low, high, has_min, has_max, bounds)
    if (has_body & (low > high)).any():
        raise _Doubt
    open_min, open_max = has_body & ~has_min, has_body & ~has_max

    fit_codes_row = np.array([FIT_INTENTS.index(fit) for fit in fit_of], dtype=np.int8)[fits[0]]
    stretch_codes_row = np.array([STRETCHES.index(stretch) for stretch in stretch_of], dtype=np.int8)[stretches[0]]
    if has_garment.any():
        _garment_to_body(garment, has_garment, low, high, categories, fit_codes_row, stretch_codes_row, dims)

    # Rows without measurements are labels of the standard chart.
    chart_rows = np.flatnonzero(~(has_body | has_garment).any(axis=1))
    for (category, system, label), members in _groups(chart_rows, categories, systems, labels):
        if not system:
            raise _Doubt
        for dim, (lo, hi) in chart_bridge.body_ranges(category, system, label).items():
            low[members, column_of[dim]] = lo
            high[members, column_of[dim]] = hi
    source_codes = np.full(n, TABLE_SOURCES.index(TableSource.BODY_RANGES), dtype=np.int8)
    source_codes[has_garment.any(axis=1)] = TABLE_SOURCES.index(TableSource.GARMENT)
    source_codes[chart_rows] = TABLE_SOURCES.index(TableSource.CHART)

    # Listings in order of first appearance; sizes small to large, ties in file order.
    present = ~np.isnan(low)
    order = rules.size_order(listing_of_row_first, rules.size_magnitudes(low, high, dims))
    listing_firsts, starts = np.unique(listing_of_row_first[order], return_index=True)
    offsets = np.append(starts, n).astype(np.int64)

    def per_listing(coded_column) -> np.ndarray:
        codes, values = coded_column
        return np.asarray(values, dtype=object)[codes[listing_firsts]]

    used = np.flatnonzero(present.any(axis=0))
    catalog = Catalog(
        dimensions=[dims[j] for j in used],
        listing_ids=per_listing(ids),
        titles=per_listing(titles),
        categories=per_listing(categories),
        size_systems=per_listing(systems),
        fit_codes=fit_codes_row[listing_firsts],
        stretch_codes=stretch_codes_row[listing_firsts],
        size_offsets=offsets,
        size_labels=np.asarray(labels[1], dtype=object)[labels[0][order]],
        source_codes=source_codes[order],
        body_min_cm=low[order][:, used].astype(np.float32),
        body_max_cm=high[order][:, used].astype(np.float32),
        garment_cm=garment[order][:, used].astype(np.float32),
        source=source,
        open_min=open_min[order][:, used], open_max=open_max[order][:, used],
        segment_codes=_segment_codes(segment_of, segments[0][listing_firsts], per_listing(categories)),
        # a size's several SKUs ("A;B") spelt as the importer's SizeEntry spells them ("A; B")
        size_skus=np.asarray([join_skus(split_skus(v)) if SKU_SEPARATOR in v else v for v in skus[1]],
                             dtype=object)[skus[0][order]],
        size_system_labels=_system_labels({system: coded[j] for system, j in label_columns.items()}, order, n),
    )
    return catalog, n


def _system_labels(columns: dict[str, Coded], order: np.ndarray, n: int) -> np.ndarray | None:
    """Per size row (in ``order``), the brand's labels in other systems that its label_<system>
    cells give, as the row-by-row importer's SizeEntry.labels; None when the file has no such column."""
    if not columns:
        return None
    per_system = [(system, np.asarray(values, dtype=object)[codes[order]].tolist())
                  for system, (codes, values) in columns.items()]
    return labels_column([{system: texts[r] for system, texts in per_system if texts[r]} for r in range(n)])


def _segment_codes(segment_of: list, codes: np.ndarray, categories: np.ndarray) -> np.ndarray | None:
    """Each listing's given segment, the category's where it gave none; None when no listing
    gave one (the catalogue then infers them all, as CatalogBuilder does)."""
    given = [segment_of[k] for k in codes.tolist()]
    if all(segment is None for segment in given):
        return None
    return np.array([SEGMENTS.index(segment or category_segment(category))
                     for segment, category in zip(given, categories.tolist())], dtype=np.int8)


def _distinct_pairs(first, second) -> list[tuple[str, str]]:
    """The distinct (value, value) pairs of two coded columns, in code order."""
    keys = np.unique(first[0] * len(second[1]) + second[0])
    return [(first[1][k // len(second[1])], second[1][k % len(second[1])]) for k in keys.tolist()]


def _groups(rows: np.ndarray, *coded_columns):
    """The ``rows`` grouped by their values in the coded columns: ((value, ...), row indices)."""
    if len(rows) == 0:
        return
    key = np.zeros(len(rows), dtype=np.int64)
    for codes, values in coded_columns:
        key = key * len(values) + codes[rows]
    distinct, group = np.unique(key, return_inverse=True)
    order = np.argsort(group, kind="stable")
    bounds = np.searchsorted(group[order], np.arange(len(distinct) + 1))
    for g, k in enumerate(distinct.tolist()):
        parts = []
        for codes, values in reversed(coded_columns):
            k, code = divmod(k, len(values))
            parts.append(values[code])
        yield tuple(reversed(parts)), rows[order[bounds[g]:bounds[g + 1]]]


def _garment_to_body(garment, has_garment, low, high, categories, fit_codes, stretch_codes, dims) -> None:
    """Body ranges from garment measurements with the ease table (EaseTable.body_range_cm, the
    same rule as row by row, on arrays), one (category, fit, stretch) at a time. ``categories``
    is coded (codes per row, values)."""
    ease = load_ease_table()
    garment_rows = np.flatnonzero(has_garment.any(axis=1))
    fit_column = (fit_codes.astype(np.int64), list(range(len(FIT_INTENTS))))
    stretch_column = (stretch_codes.astype(np.int64), list(range(len(STRETCHES))))
    for (category, fit_code, stretch_code), rows in _groups(garment_rows, categories, fit_column, stretch_column):
        fit, stretch = FIT_INTENTS[fit_code], STRETCHES[stretch_code]
        for j, dim in enumerate(dims):
            mask = has_garment[rows, j]
            if not mask.any():
                continue
            if dim not in ease.dimensions:
                raise _Doubt
            low[rows[mask], j], high[rows[mask], j] = ease.body_range_cm(category, dim, garment[rows[mask], j],
                                                                       fit, stretch)
