"""Writes a catalogue to CSV or XLSX (atomically), faithfully to the file it came from.

One row per listing and size, with the columns of sizer.catalog.columns: body ranges as
``<dimension>_min``/``<dimension>_max`` (an open end stays empty), tech-pack rows as
``garment_<dimension>`` (their body ranges come from ease again on import), chart rows as the
label alone; the brand's own labels of a size in other systems as ``label_<SYSTEM>`` columns. Given the source's :class:`SourceLayout`, the file keeps the source's columns in
their order and spelling (inch columns in inches), adds only columns an edit needs, and keeps
the source's encoding, byte-order mark (only if it had one), delimiter, title rows and decimal
commas ("96,5", which German and French Excel need to see a number).

Before anything is written, the rows are imported again in memory with the importer's own
rules: a catalogue Sizer saves always reopens without errors, or it is not saved at all.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np

from sizer.catalog.columns import OPTIONAL_COLUMNS, REQUIRED_COLUMNS, MeasurementRole, label_column, \
    normalise_header, parse_label_column, parse_measurement_column
from sizer.catalog.model import FIT_INTENTS, STRETCHES, TABLE_SOURCES, Catalog, FitIntent, Stretch, TableSource, \
    label_systems
from sizer.catalog.reading import RawTable, SourceLayout
from sizer.errors import SizerError
from sizer.export.tables import CsvDialect, write_table
from sizer.units import CM_PER_INCH


class CatalogSaveError(SizerError):
    """The catalogue would not reopen as it is; nothing was written."""


def catalog_table(catalog: Catalog, layout: SourceLayout | None = None) -> tuple[list[str], list[list[Any]]]:
    """The catalogue as columns and rows of its import format (the source's columns when given)."""
    columns = _columns(catalog, layout)
    # A file that names the size type in its own column keeps it there, beside the regular category.
    typed = "size_type" in {normalise_header(c) for c in columns}
    getters = [_getter(catalog, name, typed) for name in columns]
    listing_of_row = catalog.size_listing_index
    rows: list[list[Any]] = []
    for r in range(catalog.size_count):
        i = int(listing_of_row[r])
        source = TABLE_SOURCES[catalog.source_codes[r]]
        rows.append([get(r, i, source) for get in getters])
    return columns, rows


def _columns(catalog: Catalog, layout: SourceLayout | None) -> list[str]:
    garment_dims = [d for j, d in enumerate(catalog.dimensions) if not np.isnan(catalog.garment_cm[:, j]).all()]
    typed = _typed_body_ranges(catalog)
    body_dims = [d for j, d in enumerate(catalog.dimensions) if typed[:, j].any()]
    needed = list(REQUIRED_COLUMNS)
    if layout is None:
        # the size type is in the category (womens_tops_petite) unless the source had its own column
        needed += [c for c in OPTIONAL_COLUMNS if c not in ("size_type", "sku")
                   and (c != "segment" or catalog.explicit_segments)]
        if any(catalog.size_skus.tolist()):
            needed.append("sku")
    else:
        if any(catalog.size_skus.tolist()):
            needed.append("sku")
        if catalog.explicit_segments:
            needed.append("segment")
        if any(catalog.size_systems.tolist()):
            needed.append("size_system")
        if (catalog.fit_codes != FIT_INTENTS.index(FitIntent.REGULAR)).any():
            needed.append("fit")
        if (catalog.stretch_codes != STRETCHES.index(Stretch.NONE)).any():
            needed.append("stretch")
    # the brand's own labels in other systems, one label_<SYSTEM> column each
    needed += [label_column(system) for system in label_systems(catalog)]
    needed_measurements = [(d, MeasurementRole.BODY_MIN) for d in body_dims] + \
                          [(d, MeasurementRole.BODY_MAX) for d in body_dims] + \
                          [(d, MeasurementRole.GARMENT) for d in garment_dims]
    if layout is None:
        columns = list(needed)
        for dim in body_dims:
            columns += [f"{dim}_min", f"{dim}_max"]
        return columns + [f"garment_{d}" for d in garment_dims]
    columns = list(layout.header)
    have_fields = {normalise_header(c) for c in columns}
    have_fields |= {label_column(parse_label_column(f)) for f in have_fields if parse_label_column(f)}
    have_measurements = set()
    for name in columns:
        parsed = parse_measurement_column(normalise_header(name))
        if parsed:
            have_measurements.add(parsed[:2])
    columns += [f for f in needed if f not in have_fields]
    for dim, role in needed_measurements:
        if (dim, role) not in have_measurements:
            columns.append(f"garment_{dim}" if role is MeasurementRole.GARMENT else f"{dim}_{role.value}")
    return columns


def _typed_body_ranges(catalog: Catalog) -> np.ndarray:
    """(size rows x dimensions): the body range was given in the file, so it is written back. A
    garment row's ranges at its garment dimensions come from ease (the garment value is written
    instead), but a garment row may also give body ranges at other dimensions; chart rows take
    theirs from the chart."""
    given = ~np.isnan(catalog.body_min_cm)
    body_rows = (catalog.source_codes == TABLE_SOURCES.index(TableSource.BODY_RANGES))[:, None]
    garment_rows = (catalog.source_codes == TABLE_SOURCES.index(TableSource.GARMENT))[:, None]
    return given & (body_rows | (garment_rows & np.isnan(catalog.garment_cm)))


def _getter(catalog: Catalog, name: str, typed: bool = False):
    from sizer.catalog import chart_bridge

    key = normalise_header(name)
    if key == "listing_id":
        return lambda r, i, source: catalog.listing_ids[i]
    if key == "title":
        return lambda r, i, source: catalog.titles[i]
    if key == "category":
        if typed:
            return lambda r, i, source: chart_bridge.base_category(str(catalog.categories[i]))
        return lambda r, i, source: catalog.categories[i]
    if key == "size_type":
        return lambda r, i, source: chart_bridge.size_type(str(catalog.categories[i]))
    if key == "size_label":
        return lambda r, i, source: catalog.size_labels[r]
    if key == "size_system":
        return lambda r, i, source: catalog.size_systems[i]
    if key == "fit":
        return lambda r, i, source: FIT_INTENTS[catalog.fit_codes[i]].value
    if key == "stretch":
        return lambda r, i, source: STRETCHES[catalog.stretch_codes[i]].value
    if key == "segment":
        return lambda r, i, source: catalog.segment(i).value
    if key == "sku":
        return lambda r, i, source: catalog.size_skus[r]
    system = parse_label_column(key)
    if system:
        return lambda r, i, source: catalog.size_system_labels[r].get(system, "")
    parsed = parse_measurement_column(key)
    if parsed is None or parsed[0] not in catalog.dimensions:
        return lambda r, i, source: ""  # an empty column of the source, or a dimension no size uses
    dim, role, inches = parsed
    j = catalog.dimensions.index(dim)
    scale = 1 / CM_PER_INCH if inches else 1.0
    if role is MeasurementRole.GARMENT:
        def garment(r, i, source):
            value = catalog.garment_cm[r, j]
            return _number(value * scale) if source is TableSource.GARMENT and not math.isnan(value) else ""
        return garment
    values, open_end = ((catalog.body_min_cm, catalog.open_min) if role is MeasurementRole.BODY_MIN
                        else (catalog.body_max_cm, catalog.open_max))
    typed_rows = _typed_body_ranges(catalog)[:, j].tolist()

    def body(r, i, source):
        if not typed_rows[r] or open_end[r, j]:
            return ""
        return _number(values[r, j] * scale)
    return body


def save_catalog(path: str | Path, catalog: Catalog, layout: SourceLayout | None = None) -> Path:
    """Write ``catalog`` to ``path`` (.csv or .xlsx), atomically, after checking that it reopens."""
    path = Path(path)
    columns, rows = catalog_table(catalog, layout)
    dialect = None
    if layout is not None and layout.format == "csv" and path.suffix.lower() == ".csv":
        dialect = CsvDialect(layout.encoding, layout.bom, layout.delimiter, layout.line_terminator, layout.title_rows)
        if layout.decimal_comma and layout.delimiter != ",":
            # "96.5" in a file German or French Excel opens is text or a date, not a number.
            rows = [[_decimal_comma(v) for v in row] for row in rows]
    check_reopens(columns, rows, str(path))
    sheet = layout.sheet if layout is not None and layout.sheet else "Catalogue"
    return write_table(path, columns, rows, sheet_title=sheet, dialect=dialect)


def check_reopens(columns: list[str], rows: list[list[Any]], where: str) -> None:
    """Import the rows in memory with the importer's rules; any problem stops the save."""
    from sizer.catalog.importer import CatalogImportError, import_table

    def table() -> RawTable:
        text_rows = ((n, ["" if v is None else str(v) for v in row]) for n, row in enumerate(rows, start=2))
        return RawTable(list(columns), text_rows, "the catalogue being saved", reopen=table)

    try:
        import_table(table(), source=where)
    except CatalogImportError as error:
        shown = "; ".join(str(issue) for issue in error.issues[:3])
        more = f" (and {len(error.issues) - 3} more)" if len(error.issues) > 3 else ""
        raise CatalogSaveError(f"{where} was not saved: it would not reopen without errors: {shown}{more}") from None


def _decimal_comma(value: Any) -> Any:
    return str(value).replace(".", ",") if isinstance(value, float) else value


def _number(value: float) -> float | int:
    rounded = round(float(value), 2)  # float32 storage: 41.1 reads back as 41.09999847
    return int(rounded) if rounded == int(rounded) else rounded
