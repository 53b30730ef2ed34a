"""A listing's size guide as plain text cells: its sizes in the chosen systems and units.

The renderers (HTML, PNG, PDF in sizer/ui/documents/size_guide*.py) only lay these cells out;
every label, conversion, range and word is decided here, without Qt.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from sizer.catalog import chart_bridge
from sizer.catalog.model import Listing
from sizer.dimensions import DIMENSION_IDS, get_dimension
from sizer.errors import DataFileError, SizerError, UnknownChoiceError
from sizer.resources import data, read_toml
from sizer.units import LengthUnit, format_length

TEXT_FILE = "size_guide_text.toml"
TEXT_KEYS = ("title", "size", "body_heading", "garment_prefix", "how_to_measure", "note", "up_to", "and_over",
             "brand_system", "estimated_note", "fit.slim", "fit.regular", "fit.relaxed", "stretch.none", "stretch.some",
             "stretch.high")
GUIDE_UNITS = (LengthUnit.CM.value, LengthUnit.IN.value)


@dataclass(frozen=True)
class SizeGuideTable:
    """Everything a size guide shows. ``rows[i][j]`` is the text under ``columns[j]``."""

    listing_id: str
    title: str  # the listing's title
    heading: str  # "Size guide"
    subtitle: str  # "Slim fit · Some stretch"
    columns: tuple[str, ...]
    label_columns: int  # the first columns are size labels, the rest measurements
    rows: tuple[tuple[str, ...], ...]
    dimensions: tuple[str, ...]  # the body dimensions the table uses
    guide_ids: tuple[str, ...]  # measuring guides to print: each dimension's, and the flat-garment
    # guide when the table gives garment measurements (so buyers can compare a garment they own)
    note: str
    how_to_measure: str
    language: str
    unit: str


@functools.lru_cache(maxsize=1)
def _texts() -> dict[str, dict[str, str]]:
    node = data(TEXT_FILE)
    raw = read_toml(node, "the size-guide texts")
    texts: dict[str, dict[str, str]] = {}
    for lang, table in raw.items():
        flat: dict[str, str] = {}
        for key in TEXT_KEYS:
            value = table
            for part in key.split("."):
                value = value.get(part) if isinstance(value, dict) else None
            if not isinstance(value, str) or not value:
                raise DataFileError(str(node), f"[{lang}]", key, "missing or empty; every language gives every text")
            flat[key] = value
        texts[lang] = flat
    return texts


def size_guide_languages() -> tuple[str, ...]:
    return tuple(_texts())


def size_guide_text(lang: str) -> dict[str, str]:
    texts = _texts()
    if lang not in texts:
        raise UnknownChoiceError("language", lang, texts)
    return texts[lang]


def build_size_guide_table(listing: Listing, systems: Sequence[str] = (), unit: str = "cm",
                           lang: str = "en") -> SizeGuideTable:
    """The listing's sizes, one row each: its own label, the label in each of ``systems`` (from the
    chart engine; "—" where the chart has none), then the body range of every dimension in ``unit``
    and, for tech-pack tables, the garment measurements."""
    from sizer.guides import GARMENT_FLAT, dimension_name

    if unit not in GUIDE_UNITS:
        raise UnknownChoiceError("unit", unit, GUIDE_UNITS)
    text = size_guide_text(lang)
    valid_systems = chart_bridge.systems(listing.category)
    for system in systems:
        if system not in valid_systems:
            raise UnknownChoiceError(f"{listing.category} size system", system, valid_systems)
    if not listing.sizes:
        raise SizerError(f"listing {listing.listing_id!r} has no sizes")
    own = listing.size_system or text["brand_system"]
    others = [s for s in dict.fromkeys(systems) if s != listing.size_system]
    dims = listing.dimensions
    garment_dims = [d for d in DIMENSION_IDS if any(d in s.garment_cm for s in listing.sizes)]
    suffix = "cm" if unit == "cm" else "in"
    columns = [f"{text['size']} ({own})", *others,
               *[f"{dimension_name(d, lang)} ({suffix})" for d in dims],
               *[f"{text['garment_prefix']}: {dimension_name(d, lang)} ({suffix})" for d in garment_dims]]
    rows = []
    any_estimated = False
    for size in listing.sizes:
        cells = [size.label]
        found, estimated = chart_bridge.listing_equivalents(listing.category, listing.size_system, size.label,
                                                            size.body_ranges_cm)
        for system in others:
            text_cell = _labels_text(found.get(system, ()))
            # "≈": the chart does not know the brand's label; this is its size for the same body.
            if estimated and text_cell != "—":
                text_cell = f"≈ {text_cell}"
                any_estimated = True
            cells.append(text_cell)
        for d in dims:
            cells.append(_range_text(d, size.body_ranges_cm.get(d), unit, text))
        for d in garment_dims:
            value = size.garment_cm.get(d)
            cells.append(_show(value, unit) if value is not None else "—")
        rows.append(tuple(cells))
    subtitle = f"{text['fit.' + listing.fit.value]} · {text['stretch.' + listing.stretch.value]}"
    return SizeGuideTable(
        listing_id=listing.listing_id, title=listing.title, heading=text["title"], subtitle=subtitle,
        columns=tuple(columns), label_columns=1 + len(others), rows=tuple(rows), dimensions=dims,
        guide_ids=(*dims, GARMENT_FLAT) if garment_dims else dims,
        note=f"{text['note']} {text['estimated_note']}" if any_estimated else text["note"], how_to_measure=text["how_to_measure"], language=lang, unit=unit,
    )


def _labels_text(labels: Sequence[str]) -> str:
    """Up to three equivalent labels in full; more (shirt collar × sleeve combinations) as a span."""
    if not labels:
        return "—"
    if len(labels) <= 3:
        return " / ".join(labels)
    return f"{labels[0]} … {labels[-1]}"


def _range_text(dimension: str, bounds: tuple[float, float] | None, unit: str, text: dict[str, str]) -> str:
    if bounds is None:
        return "—"
    low, high = bounds
    plausible_low, plausible_high = get_dimension(dimension).plausible_range_cm()
    show = functools.partial(_show, unit=unit)
    # Open-ended sizes reach the plausible end of the dimension (see the importer).
    if low <= plausible_low and high >= plausible_high:
        return "—"
    if low <= plausible_low:
        return text["up_to"].format(value=show(high))
    if high >= plausible_high:
        return text["and_over"].format(value=show(low))
    return f"{show(low)}–{show(high)}"


def _show(cm: float, unit: str) -> str:
    """Millimetre precision in cm (shoe and ring sizes differ by a few mm), one decimal in inches."""
    if unit == LengthUnit.CM.value:
        return f"{round(cm, 1):g}"
    return format_length(cm, LengthUnit.IN, with_unit=False)
