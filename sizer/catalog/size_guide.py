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
from sizer.problems import Problem, quoted
from sizer.resources import data, read_toml
from sizer.units import CM_PER_INCH, LengthUnit, format_length, format_range, format_range_end, range_decimals

TEXT_FILE = "size_guide_text.toml"
TEXT_KEYS = ("title", "size", "body_heading", "garment_prefix", "how_to_measure", "note", "up_to", "and_over",
             "brand_system", "estimated_note", "key_measurement", "garment_note", "fit.slim", "fit.regular", "fit.relaxed", "stretch.none", "stretch.some",
             "stretch.high", "several_labels", "several_note", "min_column", "max_column", "title_separator")
GUIDE_UNITS = (LengthUnit.CM.value, LengthUnit.IN.value, "both")
PAPER_SIZES = ("A4", "Letter")
# Letter is the paper of the United States, Canada and Mexico (and a few others); elsewhere A4.
_LETTER_SYSTEMS = ("US", "MX", "CA")


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
    unit: str  # cm, in or both
    primary_dimension: str | None = None  # the body measurement that decides the size, shown first
    key_measurement: str = ""  # "Measure your bust girth first: it decides the size."
    systems: tuple[str, ...] = ()  # the other systems shown, in column order
    # The numbers behind the range cells, in cm: per row, per dimension (low, high), an open end
    # ("up to 84") None, a dimension the size does not give None; and the garment values per row.
    bounds_cm: tuple[tuple[tuple[float | None, float | None] | None, ...], ...] = ()
    garment_dimensions: tuple[str, ...] = ()
    garment_cm: tuple[tuple[float | None, ...], ...] = ()
    separator: str = " · "  # between heading and title (and fit and stretch): CJK has no spaces beside "・"

    @property
    def full_title(self) -> str:
        """ "Size guide · Women's Crew Tee"; "サイズガイド・Women's Crew Tee"."""
        return f"{self.heading}{self.separator}{self.title}"

    @property
    def primary_column(self) -> int | None:
        """The column of the primary dimension's body range, or None."""
        if self.primary_dimension is None:
            return None
        return self.label_columns + self.dimensions.index(self.primary_dimension)


def default_paper(listing: Listing, systems: Sequence[str] = ()) -> str:
    """Letter for a listing sized in the US system (or shown first in it), A4 for everyone else."""
    first = listing.size_system or (systems[0] if systems else "")
    return "Letter" if first in _LETTER_SYSTEMS else "A4"


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
    """The listing's sizes, one row each: its own label, the label in each of ``systems`` (the
    brand's own label there when its chart gave one, else the chart engine's; "—" where it has none), then the body range of every dimension in ``unit``
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
        raise SizerError(Problem("listing_has_no_sizes", listing=quoted(listing.listing_id)))
    own = listing.size_system or text["brand_system"]
    others = [s for s in dict.fromkeys(systems) if s != listing.size_system]
    dims = _primary_first(listing)
    garment_dims = [d for d in DIMENSION_IDS if any(d in s.garment_cm for s in listing.sizes)]
    suffix = {"cm": "cm", "in": "in", "both": "cm / in"}[unit]
    columns = [f"{text['size']} ({own})", *others,
               *[f"{dimension_name(d, lang)} ({suffix})" for d in dims],
               *[f"{text['garment_prefix']}: {dimension_name(d, lang)} ({suffix})" for d in garment_dims]]
    rows, bounds, garments = [], [], []
    any_estimated = any_several = False
    # one precision per column: its narrowest range's (a ring column to the tenth of a millimetre)
    widths = {d: [s.body_ranges_cm[d][1] - s.body_ranges_cm[d][0] for s in listing.sizes if d in s.body_ranges_cm]
              for d in dims}
    for size in listing.sizes:
        cells = [chart_bridge.chart_spelling(listing.category, listing.size_system, size.label)]
        found, estimated = chart_bridge.listing_equivalents(listing.category, listing.size_system, size.label,
                                                            size.body_ranges_cm)
        for system in others:
            if size.labels.get(system):
                # the brand's own label in that system, as its chart gave it: no estimate
                cells.append(size.labels[system])
                continue
            labels = found.get(system, ())
            any_several = any_several or len(labels) > 1
            text_cell = _labels_text(labels, text["several_labels"])
            # "≈": the chart does not know the brand's label; this is its size for the same body.
            if estimated and text_cell != "—":
                text_cell = f"≈ {text_cell}"
                any_estimated = True
            cells.append(text_cell)
        for d in dims:
            cells.append(_range_text(d, size.body_ranges_cm.get(d), unit, text, widths[d]))
        for d in garment_dims:
            value = size.garment_cm.get(d)
            cells.append(_show_both(value, unit) if value is not None else "—")
        rows.append(tuple(cells))
        bounds.append(tuple(_bounds(d, size.body_ranges_cm.get(d)) for d in dims))
        garments.append(tuple(size.garment_cm.get(d) for d in garment_dims))
    subtitle = text["title_separator"].join((text["fit." + listing.fit.value], text["stretch." + listing.stretch.value]))
    primary = dims[0] if dims else None
    primary_name = dimension_name(primary, lang) if primary else ""
    # Mid-sentence: "Measure your bust girth first" (no effect on scripts without case); {name} keeps
    # the name as written, for languages whose nouns keep their capital (German "Taillenumfang").
    key = text["key_measurement"].format(dimension=primary_name[:1].lower() + primary_name[1:],
                                         name=primary_name) if primary else ""
    note = f"{text['note']} {text['estimated_note']}" if any_estimated else text["note"]
    if any_several:
        note += " " + text["several_note"]
    if garment_dims:
        note += " " + text["garment_note"]
    return SizeGuideTable(
        listing_id=listing.listing_id, title=listing.title, heading=text["title"], subtitle=subtitle,
        columns=tuple(columns), label_columns=1 + len(others), rows=tuple(rows), dimensions=dims,
        guide_ids=(*dims, GARMENT_FLAT) if garment_dims else dims,
        note=note, how_to_measure=text["how_to_measure"], language=lang, unit=unit,
        primary_dimension=primary, key_measurement=key, systems=tuple(others),
        bounds_cm=tuple(bounds), garment_dimensions=tuple(garment_dims), garment_cm=tuple(garments),
        separator=text["title_separator"],
    )


def _bounds(dimension: str, bounds: tuple[float, float] | None) -> tuple[float | None, float | None] | None:
    if bounds is None:
        return None
    plausible_low, plausible_high = get_dimension(dimension).plausible_range_cm()
    low, high = bounds
    if low <= plausible_low and high >= plausible_high:
        return None
    return (None if low <= plausible_low else low), (None if high >= plausible_high else high)


def size_guide_numbers(table: SizeGuideTable) -> tuple[list[str], list[list]]:
    """The table for spreadsheets and data feeds: the label columns as text, then every body
    range as two numbers (min and max, in each unit shown; an open end empty) and every garment
    measurement as a number, never "74–78" text a spreadsheet cannot sort or compute with."""
    from sizer.guides import dimension_name

    text = size_guide_text(table.language)
    units = ("cm", "in") if table.unit == "both" else (table.unit,)
    columns = list(table.columns[:table.label_columns])
    for d in table.dimensions:
        name = dimension_name(d, table.language)
        for unit in units:
            columns += [text["min_column"].format(column=name, unit=unit),
                        text["max_column"].format(column=name, unit=unit)]
    for d in table.garment_dimensions:
        name = f"{text['garment_prefix']}: {dimension_name(d, table.language)}"
        columns += [f"{name} ({unit})" for unit in units]
    rows = []
    for cells, bounds, garments in zip(table.rows, table.bounds_cm, table.garment_cm):
        row: list = ["" if c == "—" else c for c in cells[:table.label_columns]]
        for pair in bounds:
            for unit in units:
                row += [_number(v, unit) for v in (pair or (None, None))]
        for value in garments:
            row += [_number(value, unit) for unit in units]
        rows.append(row)
    return columns, rows


def _number(cm: float | None, unit: str) -> float | int | None:
    if cm is None:
        return None
    # Hundredths: a ring's sizes are a few tenths of a millimetre apart.
    value = round(cm, 2) if unit == "cm" else round(cm / CM_PER_INCH, 2)
    return int(value) if value.is_integer() else value


def _primary_first(listing: Listing) -> tuple[str, ...]:
    """The listing's dimensions with the ones its category's chart sizes by first (a top's bust
    girth, a trouser's waist), so the shopper measures what decides the size before the rest."""
    dims = listing.dimensions
    try:
        sizing = chart_bridge.chart_dimensions(listing.category)
    except (UnknownChoiceError, SizerError):
        sizing = ()
    first = [d for d in sizing if d in dims]
    return (*first, *[d for d in dims if d not in first])


def several_labels_text(labels: Sequence[str], lang: str) -> str:
    """Equivalent labels of one system as every screen and file shows them: joined by ``lang``'s
    "or" (sizer/data/size_guide_text.toml ``several_labels``), more than three as a span."""
    texts = _texts()
    return _labels_text(labels, texts.get(lang, texts["en"])["several_labels"])


def _labels_text(labels: Sequence[str], separator: str) -> str:
    """Up to three equivalent labels in full, joined by the language's "or" (never "/", which is
    part of labels such as CN 165/88A and US 15½ 34/35); more (shirt collar × sleeve
    combinations) as a span."""
    if not labels:
        return "—"
    if len(labels) <= 3:
        return separator.join(labels)
    return f"{labels[0]} … {labels[-1]}"


def _range_text(dimension: str, bounds: tuple[float, float] | None, unit: str, text: dict[str, str],
                widths: Sequence[float] = ()) -> str:
    if unit == "both":
        cm, inches = (_range_text(dimension, bounds, u, text, widths) for u in ("cm", "in"))
        return cm if cm == "—" else f"{cm} / {inches}"
    if bounds is None:
        return "—"
    low, high = bounds
    plausible_low, plausible_high = get_dimension(dimension).plausible_range_cm()
    decimals = range_decimals([*widths, high - low], unit)
    show = functools.partial(format_range_end, unit=unit, decimals=decimals)
    # Open-ended sizes reach the plausible end of the dimension (see the importer).
    if low <= plausible_low and high >= plausible_high:
        return "—"
    if low <= plausible_low:
        return text["up_to"].format(value=show(high))
    if high >= plausible_high:
        return text["and_over"].format(value=show(low))
    return format_range(low, high, unit, decimals=decimals, with_unit=False)


def _show_both(cm: float, unit: str) -> str:
    return f"{_show(cm, 'cm')} / {_show(cm, 'in')}" if unit == "both" else _show(cm, unit)


def _show(cm: float, unit: str) -> str:
    """Millimetre precision in cm (shoe and ring sizes differ by a few mm), one decimal in inches."""
    if unit == LengthUnit.CM.value:
        return f"{round(cm, 1):g}"
    return format_length(cm, LengthUnit.IN, with_unit=False)
