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
from collections.abc import Iterator
from typing import Any

import numpy as np

from sizer.catalog import chart_bridge, rules
from sizer.catalog.columns import MeasurementRole
from sizer.catalog.ease import load_ease_table
from sizer.catalog.segments import category_segment
from sizer.catalog.model import FIT_INTENTS, STRETCHES, TABLE_SOURCES, Catalog, FitIntent, Stretch, TableSource
from sizer.dimensions import DIMENSION_IDS
from sizer.errors import SizerError
from sizer.units import CM_PER_INCH

_CHUNK_ROWS = 50_000
_NOT_SURE = None


class _Doubt(Exception):
    """Something the fast path does not decide: the row-by-row importer will."""


def fast_build(rows: Iterator[tuple[int, list[Any]]], plan, source: str,
               columns: list[list[str]] | None = None) -> tuple[Catalog, int] | None:
    """The catalogue of a table of text cells that has no problem at all, and its row count;
    None when any row might have one. The rules are sizer.catalog.rules, as row by row.
    ``columns``: the table's columns already split (RawTable.columns), instead of ``rows``."""
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


def _cleaned_split_column(column: list[str]) -> list[str]:
    """A column split from quote-free lines (text, no line breaks): cleaned only if it needs it."""
    distinct = set(column)
    if not rules.any_needs_cleaning(distinct):
        return column
    cleaned = {value: rules.clean_text(value) for value in distinct}
    return [cleaned[value] for value in column]


def _build(rows, plan, source: str, given_columns=None) -> tuple[Catalog, int] | None:
    used_indices = sorted({*plan.fields.values(), *(m.index for m in plan.measurements)})
    width = max(used_indices) + 1
    if given_columns is not None and len(given_columns) >= width and all(given_columns[plan.fields["listing_id"]]):
        if type(given_columns).__name__ == "PlainColumns":  # reading.PlainColumns: checked clean as a whole
            columns = list(given_columns)
        else:
            columns = [_cleaned_split_column(column) if j in used_indices else []
                       for j, column in enumerate(given_columns)]
    else:
        columns = _columns(rows, width, set(used_indices), plan.fields["listing_id"])
    ids = columns[plan.fields["listing_id"]]
    n = len(ids)
    if n == 0:
        raise _Doubt
    empty = [""] * n
    titles = columns[plan.fields["title"]]
    categories = columns[plan.fields["category"]]
    labels = columns[plan.fields["size_label"]]
    if "segment" in plan.fields:
        raise _Doubt  # the row-by-row reader checks and keeps the segment column
    systems = columns[plan.fields["size_system"]] if "size_system" in plan.fields else empty
    fits = columns[plan.fields["fit"]] if "fit" in plan.fields else empty
    stretches = columns[plan.fields["stretch"]] if "stretch" in plan.fields else empty
    if not (all(ids) and all(titles) and all(categories) and all(labels)):
        raise _Doubt

    # Each distinct value checked once.
    valid_categories = set(chart_bridge.category_ids())
    if not set(categories) <= valid_categories:
        raise _Doubt
    for category, system in set(zip(categories, systems)):
        if system:
            chart_bridge.check_system(category, system)  # raises: doubt
    fit_of = {text: FitIntent(text.lower()) if text else FitIntent.REGULAR for text in set(fits)}
    stretch_of = {text: Stretch(text.lower()) if text else Stretch.NONE for text in set(stretches)}

    # Every row of a listing repeats its fields; each label once per listing.
    listing_rows = set(zip(ids, titles, categories, systems, fits, stretches))
    # Later rows overwrite earlier ones, so reading backwards leaves each id's first row.
    first_index: dict[str, int] = dict(zip(reversed(ids), range(n - 1, -1, -1)))
    if len(listing_rows) != len(first_index) or len(set(zip(ids, labels))) != n:
        raise _Doubt

    # Only the dimensions this file can use: its measurement columns and its categories' charts.
    wanted_dims = {m.dimension for m in plan.measurements}
    for category in set(categories):
        wanted_dims.update(chart_bridge.chart_dimensions(category))
    dims = [d for d in DIMENSION_IDS if d in wanted_dims]
    column_of = {d: j for j, d in enumerate(dims)}
    low = np.full((n, len(dims)), np.nan)
    high = np.full((n, len(dims)), np.nan)
    garment = np.full((n, len(dims)), np.nan)
    given = {role: np.zeros((n, len(dims)), dtype=bool) for role in MeasurementRole}
    for measurement in plan.measurements:
        # A measurement column repeats few values: each distinct text is parsed once.
        number_of = {text: _positive_number(text) for text in set(columns[measurement.index])}
        values = np.fromiter(map(number_of.__getitem__, columns[measurement.index]), dtype=np.float64, count=n)
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
    # Each row held to its listing's segment (the row-by-row reader's rule), per row as arrays.
    segment_of = {category: category_segment(category) for category in set(categories)}
    segments = list(dict.fromkeys(segment_of.values()))
    if len(segments) == 1:
        checks = rules.bounds(tuple(dims), segments[0])
    else:
        per_segment = [rules.bounds(tuple(dims), segment) for segment in segments]
        code_of = {category: segments.index(segment) for category, segment in segment_of.items()}
        codes = np.fromiter(map(code_of.__getitem__, categories), dtype=np.int64, count=n)
        checks = rules.Bounds(tuple(dims), *(np.stack([getattr(b, part) for b in per_segment])[codes]
                                             for part in ("low", "high", "floor", "ceiling")))
    if rules.outside_body(low, has_min, checks).any() or rules.outside_body(high, has_max, checks).any():
        raise _Doubt
    if rules.outside_garment(garment, has_garment, checks).any():
        raise _Doubt
    low, high = rules.close_open_ends(low, high, has_min, has_max, bounds)
    if (has_body & (low > high)).any():
        raise _Doubt
    open_min, open_max = has_body & ~has_min, has_body & ~has_max

    fit_code = {text: FIT_INTENTS.index(fit) for text, fit in fit_of.items()}
    stretch_code = {text: STRETCHES.index(stretch) for text, stretch in stretch_of.items()}
    fit_codes_row = np.fromiter(map(fit_code.__getitem__, fits), dtype=np.int8, count=n)
    stretch_codes_row = np.fromiter(map(stretch_code.__getitem__, stretches), dtype=np.int8, count=n)
    if has_garment.any():
        _garment_to_body(garment, has_garment, low, high, categories, fit_codes_row, stretch_codes_row, dims)

    # Rows without measurements are labels of the standard chart.
    chart_rows = np.flatnonzero(~(has_body | has_garment).any(axis=1))
    rows_of_label: dict[tuple[str, str, str], list[int]] = {}
    for i in chart_rows.tolist():
        rows_of_label.setdefault((categories[i], systems[i], labels[i]), []).append(i)
    for (category, system, label), members in rows_of_label.items():
        if not system:
            raise _Doubt
        for dim, (lo, hi) in chart_bridge.body_ranges(category, system, label).items():
            low[members, column_of[dim]] = lo
            high[members, column_of[dim]] = hi
    source_codes = np.full(n, TABLE_SOURCES.index(TableSource.BODY_RANGES), dtype=np.int8)
    source_codes[has_garment.any(axis=1)] = TABLE_SOURCES.index(TableSource.GARMENT)
    source_codes[chart_rows] = TABLE_SOURCES.index(TableSource.CHART)

    # Listings in order of first appearance; sizes small to large, ties in file order.
    listing_of_row_first = np.fromiter(map(first_index.__getitem__, ids), dtype=np.int64, count=n)
    present = ~np.isnan(low)
    order = rules.size_order(listing_of_row_first, rules.size_magnitudes(low, high, dims))
    listing_firsts, starts = np.unique(listing_of_row_first[order], return_index=True)
    offsets = np.append(starts, n).astype(np.int64)

    used = np.flatnonzero(present.any(axis=0))
    ids_arr = np.asarray(ids, dtype=object)
    catalog = Catalog(
        dimensions=[dims[j] for j in used],
        listing_ids=ids_arr[listing_firsts],
        titles=np.asarray(titles, dtype=object)[listing_firsts],
        categories=np.asarray(categories, dtype=object)[listing_firsts],
        size_systems=np.asarray(systems, dtype=object)[listing_firsts],
        fit_codes=fit_codes_row[listing_firsts],
        stretch_codes=stretch_codes_row[listing_firsts],
        size_offsets=offsets,
        size_labels=np.asarray(labels, dtype=object)[order],
        source_codes=source_codes[order],
        body_min_cm=low[order][:, used].astype(np.float32),
        body_max_cm=high[order][:, used].astype(np.float32),
        garment_cm=garment[order][:, used].astype(np.float32),
        source=source,
        open_min=open_min[order][:, used], open_max=open_max[order][:, used],
    )
    return catalog, n


def _garment_to_body(garment, has_garment, low, high, categories, fit_codes, stretch_codes, dims) -> None:
    """Body ranges from garment measurements with the ease table (EaseTable.body_range_cm, the
    same rule as row by row, on arrays), one (category, fit, stretch) at a time."""
    ease = load_ease_table()
    garment_rows = np.flatnonzero(has_garment.any(axis=1))
    keys = {}
    for i in garment_rows:
        keys.setdefault((categories[i], int(fit_codes[i]), int(stretch_codes[i])), []).append(i)
    for (category, fit_code, stretch_code), members in keys.items():
        rows = np.asarray(members)
        fit, stretch = FIT_INTENTS[fit_code], STRETCHES[stretch_code]
        for j, dim in enumerate(dims):
            mask = has_garment[rows, j]
            if not mask.any():
                continue
            if dim not in ease.dimensions:
                raise _Doubt
            low[rows[mask], j], high[rows[mask], j] = ease.body_range_cm(category, dim, garment[rows[mask], j],
                                                                       fit, stretch)
