"""Edits of an open catalogue, checked by the importer's own rules (sizer.catalog.rules and the
chart checks): an edit that a file could not contain is refused with the reason, so a catalogue
the app saves always reopens. Each edit returns a new Catalog (the recommender caches per object)."""
from __future__ import annotations

import numpy as np

from sizer import plausibility
from sizer.catalog import chart_bridge, rules
from sizer.catalog.segments import SEGMENTS
from sizer.catalog.model import TABLE_SOURCES, Catalog, TableSource
from sizer.errors import SizerError, UnknownChoiceError
from sizer.problems import Problem


class EditError(SizerError):
    """An edit the catalogue cannot take; the message says why and what would be valid."""


def edit_listing_text(catalog: Catalog, listing: int, field: str, value: str) -> Catalog:
    """Set a listing's ``title`` or ``size_system``."""
    text = rules.clean_text(str(value))
    lid = catalog.listing_ids[listing]
    if field == "title":
        if not text:
            raise EditError(Problem("edit_title_empty", listing=lid))
        column = catalog.titles.copy()
    elif field == "size_system":
        category = str(catalog.categories[listing])
        if text:
            try:
                chart_bridge.check_system(category, text)
            except UnknownChoiceError as error:
                raise EditError(Problem("edit_unknown_system", listing=lid, value=repr(error.value), category=category,
                                        systems=list(error.choices))) from None
        start, stop = int(catalog.size_offsets[listing]), int(catalog.size_offsets[listing + 1])
        chart_rows = catalog.source_codes[start:stop] == TABLE_SOURCES.index(TableSource.CHART)
        if chart_rows.any() and text != catalog.size_systems[listing]:
            raise EditError(Problem("edit_chart_labels_fixed", listing=lid, system=catalog.size_systems[listing]))
        column = catalog.size_systems.copy()
    else:
        raise ValueError(field)
    column[listing] = text
    return catalog.replaced(**{"titles" if field == "title" else "size_systems": column})


def edit_size_bound(catalog: Catalog, row: int, dimension: int, bound: str, cm: float) -> tuple[Catalog, int]:
    """Set the minimum or maximum (``bound``) of a typed body range; the listing's sizes are then
    ordered small to large again. Returns the new catalogue and the size row's new index."""
    dim = catalog.dimensions[dimension]
    label = catalog.size_labels[row]
    if TABLE_SOURCES[catalog.source_codes[row]] is not TableSource.BODY_RANGES:
        raise EditError(Problem("edit_range_not_typed", label=label))
    # held to whom the listing is for, as the import is (a 37 cm chest is no men's size)
    segment = SEGMENTS[int(catalog.segment_codes[int(np.searchsorted(catalog.size_offsets, row, side="right")) - 1])]
    b = rules.bounds((dim,), segment)
    low_plausible, high_plausible, _, _ = b.of(dim)
    if not np.isfinite(cm) or not b.body_ok(dim, cm):
        slip = plausibility.unit_slip(dim, [cm], segment) if np.isfinite(cm) else None
        raise EditError(Problem("edit_implausible_body_for", label=label, value=float(cm), dimension=dim,
                                expected=plausibility.expected_range(low_plausible, high_plausible, segment),
                                hint=Problem("hint_unit_slip", slip=slip.sentence()) if slip else ""))
    low, high = float(catalog.body_min_cm[row, dimension]), float(catalog.body_max_cm[row, dimension])
    low, high = (cm, high) if bound == "min" else (low, cm)
    if not low < high:
        raise EditError(Problem("edit_min_not_below_max", label=label, low=float(low), high=float(high)))
    body_min, body_max = catalog.body_min_cm.copy(), catalog.body_max_cm.copy()
    open_min, open_max = catalog.open_min.copy(), catalog.open_max.copy()
    if bound == "min":
        body_min[row, dimension] = cm
        open_min[row, dimension] = False
    else:
        body_max[row, dimension] = cm
        open_max[row, dimension] = False
    # The listing's sizes, small to large again (the same order as import).
    listing = int(np.searchsorted(catalog.size_offsets, row, side="right") - 1)
    start, stop = int(catalog.size_offsets[listing]), int(catalog.size_offsets[listing + 1])
    order = np.arange(catalog.size_count)
    local = np.argsort(rules.size_magnitudes(body_min[start:stop], body_max[start:stop], catalog.dimensions),
                       kind="stable")
    order[start:stop] = start + local
    columns = {name: getattr(catalog, name)[order] for name in ("size_labels", "source_codes", "garment_cm", "size_skus",
                                                                    "size_system_labels")}
    columns.update(body_min_cm=body_min[order], body_max_cm=body_max[order], open_min=open_min[order],
                   open_max=open_max[order])
    return catalog.replaced(**columns), int(np.flatnonzero(order == row)[0])
