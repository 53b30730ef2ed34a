"""Writes a catalogue back to the file format it was imported from (CSV or XLSX, atomically).

One row per listing and size, with the columns of sizer.catalog.columns: body ranges as
``<dimension>_min``/``<dimension>_max``, tech-pack rows as ``garment_<dimension>`` (their body
ranges come from ease again on import), chart rows as the label alone.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from sizer.catalog.model import FIT_INTENTS, STRETCHES, TABLE_SOURCES, Catalog, TableSource
from sizer.export.tables import write_table


def catalog_table(catalog: Catalog) -> tuple[list[str], list[list[Any]]]:
    """The catalogue as columns and rows of its import format."""
    garment_dims = [j for j in range(len(catalog.dimensions)) if not all(
        math.isnan(v) for v in catalog.garment_cm[:, j].tolist())]
    columns = ["listing_id", "title", "category", "size_label", "size_system", "fit", "stretch"]
    if catalog.explicit_segments:
        columns.append("segment")
    for dim in catalog.dimensions:
        columns += [f"{dim}_min", f"{dim}_max"]
    columns += [f"garment_{catalog.dimensions[j]}" for j in garment_dims]
    rows: list[list[Any]] = []
    listing_of_row = catalog.size_listing_index
    for r in range(catalog.size_count):
        i = int(listing_of_row[r])
        source = TABLE_SOURCES[catalog.source_codes[r]]
        row: list[Any] = [catalog.listing_ids[i], catalog.titles[i], catalog.categories[i], catalog.size_labels[r],
                          catalog.size_systems[i], FIT_INTENTS[catalog.fit_codes[i]].value,
                          STRETCHES[catalog.stretch_codes[i]].value]
        if catalog.explicit_segments:
            row.append(catalog.segment(i).value)
        for j in range(len(catalog.dimensions)):
            if source is TableSource.BODY_RANGES and not math.isnan(catalog.body_min_cm[r, j]):
                row += [_number(catalog.body_min_cm[r, j]), _number(catalog.body_max_cm[r, j])]
            else:
                row += ["", ""]
        for j in garment_dims:
            value = catalog.garment_cm[r, j]
            row.append(_number(value) if source is TableSource.GARMENT and not math.isnan(value) else "")
        rows.append(row)
    return columns, rows


def save_catalog(path: str | Path, catalog: Catalog) -> Path:
    """Write ``catalog`` to ``path`` (.csv or .xlsx), atomically; it imports back to the same listings."""
    columns, rows = catalog_table(catalog)
    return write_table(path, columns, rows, sheet_title="Catalogue")


def _number(value: float) -> float | int:
    rounded = round(float(value), 2)  # float32 storage: 41.1 reads back as 41.09999847
    return int(rounded) if rounded == int(rounded) else rounded
