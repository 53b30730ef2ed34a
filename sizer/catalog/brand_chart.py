"""A brand's size chart from a spreadsheet, in the shapes brands publish, into Sizer's terms.

Shapes: sizes as rows (a size per row, a measurement per column) or as columns (the transpose);
several systems' labels side by side (US, UK, EU ... columns or rows); cells as ranges ("34-36",
"34–36", "34/36", "34 to 36") or single values, which are graded into ranges halfway to the
neighbouring sizes; centimetres or inches, detected from the words ("in", "inches", '"') or,
failing that, from the values (a chest of 34 is inches, 86 centimetres), and said; garment
measurements (a title or header saying garment, product, laid flat, 成衣, 平铺) kept apart from
body measurements. :func:`read_brand_chart` only reads and reports; :func:`apply_to_listing` and
:func:`chart_file_text` turn a chart into a listing's size table or a chart file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sizer.catalog.cell_values import parse_measure, unit_in_cell
from sizer.catalog.mapping import _contains, _plain, _words, chest_means_bust, name_target
from sizer.catalog.model import Catalog, CatalogBuilder, FitIntent, SizeEntry, Stretch, TableSource
from sizer.catalog.reading import read_table
from sizer.dimensions import DIMENSION_IDS, get_dimension
from sizer.errors import DataFileError, SizerError
from sizer.problems import Problem, quoted
from sizer.units import CM_PER_INCH

BRAND_LABEL = "Size"  # the column of the brand's own labels, when it names no system
_SYSTEM_WORDS = {"size", "sizes", "size label", "label", "尺码", "码数", "尺寸", "号型", "brand size", "taille",
                 "größe", "talla", "サイズ"}
_KNOWN_SYSTEMS = ("INT", "US", "UK", "EU", "DE", "FR", "IT", "ES", "JP", "CN", "KR", "AU", "BR", "RU", "MX")
# A garment measured laid flat gives half its girth (side to side across the front).
_FLAT_WORDS = ("平铺", "平量", "半胸围", "laid flat", "lying flat", "flat", "pit to pit", "armpit to armpit")
_FLAT_GIRTHS = ("chest_girth", "bust_girth", "underbust_girth", "waist_girth", "hip_girth", "thigh_girth")
# Words of a title or header that say whom a chart is for (for 胸围 / chest: a woman's is her bust).
_WOMEN_WORDS = ("women", "women's", "womens", "woman", "ladies", "lady", "female", "girls", "damen", "femme", "femmes",
                "mujer", "女", "レディース", "여성")
_MEN_WORDS = ("men", "men's", "mens", "man", "male", "boys", "herren", "homme", "hombre", "男", "メンズ", "남성")


class ChartNote(str):
    """A remark on how the sheet was read: English text (CLI, chart files) plus a code and its
    values, so the app can say it in the interface language."""

    code: str
    params: dict

    def __new__(cls, code: str, text: str, **params):
        note = super().__new__(cls, text)
        note.code, note.params = code, params
        return note


@dataclass
class BrandSize:
    labels: dict[str, str]  # system (or BRAND_LABEL) -> label
    ranges_cm: dict[str, tuple[float, float]] = field(default_factory=dict)  # body
    garment_cm: dict[str, float] = field(default_factory=dict)


@dataclass
class BrandChart:
    """What was read, and how: every guess is said, so the preview can show it before saving."""

    source: str
    orientation: str  # "sizes as rows" or "sizes as columns"
    unit: str  # cm or in, as the sheet gives the numbers (values below are in cm)
    unit_reason: str
    garment: bool
    garment_reason: str
    systems: list[str]  # label systems, in sheet order
    dimensions: list[str]  # measured dimensions, in sheet order
    sizes: list[BrandSize]
    notes: list[ChartNote] = field(default_factory=list)
    laid_flat: bool = False  # half girths measured across a flat garment, doubled on reading
    segment: str = ""  # whom the chart is for, when the sheet says or the caller knows ("women", "men")

    @property
    def primary_system(self) -> str:
        return self.systems[0]

    def preview_rows(self, unit: str = "cm", lang: str = "en") -> tuple[list[str], list[list[str]]]:
        """The chart as text cells, as it will be saved, for a preview."""
        from sizer.guides import dimension_name

        factor = 1.0 if unit == "cm" else 1 / CM_PER_INCH
        columns = [*self.systems, *[f"{dimension_name(d, lang)} ({unit})" for d in self.dimensions]]
        rows = []
        for size in self.sizes:
            cells = [size.labels.get(s, "") for s in self.systems]
            for dim in self.dimensions:
                if self.garment:
                    value = size.garment_cm.get(dim)
                    cells.append("" if value is None else f"{value * factor:.1f}".rstrip("0").rstrip("."))
                else:
                    bounds = size.ranges_cm.get(dim)
                    cells.append("" if bounds is None else
                                 f"{_short(bounds[0] * factor)}–{_short(bounds[1] * factor)}")
            rows.append(cells)
        return columns, rows


def _short(value: float) -> str:
    return f"{round(value, 1):g}"


def _grid(path: Path, encoding: str | None) -> list[list[str]]:
    table = read_table(path, encoding)
    rows = [list(table.header)] + [list(cells) for _, cells in table.rows]
    text = [["" if c is None else (f"{c:g}" if isinstance(c, float) else str(c)).strip() for c in row] for row in rows]
    width = max((len(r) for r in text), default=0)
    text = [r + [""] * (width - len(r)) for r in text]
    keep_cols = [j for j in range(width) if any(r[j] for r in text)]
    return [[r[j] for j in keep_cols] for r in text if any(r[j] for j in keep_cols)]


def _is_system(cell: str) -> str | None:
    """The system a header cell names: "US", "EU size", "UK (women)", "Size" (the brand's own)."""
    plain = _plain(cell)
    if plain in _SYSTEM_WORDS:
        return BRAND_LABEL
    for system in _KNOWN_SYSTEMS:
        word = system.lower()
        if plain == word or re.fullmatch(rf"{word}(?: size| sizes| 码| 尺码)?(?: .*)?", plain) and len(plain) < 24:
            return system
    if plain.startswith("size ") and plain[5:].upper() in _KNOWN_SYSTEMS:
        return plain[5:].upper()
    return None


def _dimension(cell: str) -> tuple[str, bool | None, str | None] | None:
    """(dimension, garment? (None: not said), unit said in the header or None)."""
    target = name_target(cell)
    if not target or target in ("size_label", "size_system"):
        return None
    match = re.match(r"^(garment_)?([a-z_]+?)(?:_(?:min|max|range))?(_in)?$", target)
    if not match or match[2] not in DIMENSION_IDS:
        return None
    plain = _plain(cell)
    unit = "in" if match[3] else ("cm" if any(_contains(plain, w) for w in _words("centimetres")) else None)
    garment = True if match[1] else (False if any(_contains(plain, w) for w in _words("body")) else None)
    return match[2], garment, unit


def read_brand_chart(path: str | Path, *, unit: str | None = None, garment: bool | None = None,
                     encoding: str | None = None, laid_flat: bool | None = None,
                     segment: str | None = None) -> BrandChart:
    """Read a brand's chart; ``unit`` ("cm"/"in"), ``garment`` and ``laid_flat`` (half girths of a
    garment measured flat, to double) override what is detected; ``segment`` (the listing's:
    "women", "men" ...) says whom it is for when the sheet does not (a woman's 胸围 is her bust)."""
    path = Path(path)
    grid = _grid(path, encoding)
    if not grid:
        raise DataFileError(str(path), None, None, Problem("brand_sheet_empty"))
    titles: list[str] = []
    while grid and sum(1 for c in grid[0] if c) == 1 and len(grid) > 2:
        titles.append(next(c for c in grid[0] if c))
        grid = grid[1:]
    header = grid[0]
    first_column = [r[0] for r in grid]
    row_dims = sum(1 for c in header if _dimension(c))
    col_dims = sum(1 for c in first_column if _dimension(c))
    if row_dims == 0 and col_dims == 0:
        raise DataFileError(str(path), Problem("location_row", row=1), None, Problem("brand_no_measurement"))
    if col_dims > row_dims:
        orientation = "sizes as columns"
        grid = [list(col) for col in zip(*grid)]
        header = grid[0]
    else:
        orientation = "sizes as rows"
    label_cols: list[tuple[int, str]] = []
    dim_cols: list[tuple[int, str, bool | None, str | None]] = []
    notes: list[ChartNote] = []
    for j, cell in enumerate(header):
        found = _dimension(cell)
        system = _is_system(cell) if found is None else None
        if found is not None:
            if any(d == found[0] for _, d, _, _ in dim_cols):
                notes.append(ChartNote("twice", f"{cell!r}: {found[0]} is given twice; the first column is used",
                                       header=cell, dimension=found[0]))
                continue
            dim_cols.append((j, *found))
        elif system is not None:
            label_cols.append((j, system))
        elif j == 0:
            label_cols.append((j, BRAND_LABEL))  # an unnamed first column holds the sizes
        elif cell:
            notes.append(ChartNote("left_out", f"{cell!r} is neither a size system nor a body measurement; left out",
                                   header=cell))
    if not label_cols:
        raise DataFileError(str(path), Problem("location_row", row=1), None, Problem("brand_no_labels"))
    seen_systems: list[str] = []
    for k, (j, system) in enumerate(label_cols):
        if system in seen_systems:
            label_cols[k] = (j, f"{system} {k + 1}")
        seen_systems.append(label_cols[k][1])
    words = " ".join(_plain(t) for t in [*titles, *header])

    # Garment or body.
    if garment is not None:
        is_garment, garment_reason = garment, "as chosen"
    elif any(g for _, _, g, _ in dim_cols if g):
        is_garment, garment_reason = True, "a header says garment"
    elif any(_contains(words, w) for w in _words("garment")):
        is_garment, garment_reason = True, "the title or a header says these are garment measurements"
    else:
        is_garment, garment_reason = False, "nothing says garment: body measurements"

    # Read every cell of every size.
    raw_sizes: list[tuple[dict[str, str], dict[str, tuple[float, float]], set[str]]] = []
    units_in_cells: dict[str, str] = {}  # unit -> the first cell that says it
    for r, row in enumerate(grid[1:], start=2):
        labels = {system: row[j] for j, system in label_cols if j < len(row) and row[j]}
        if not labels:
            continue
        values: dict[str, tuple[float, float]] = {}
        singles: set[str] = set()
        for j, dim, _, _ in dim_cols:
            cell = row[j] if j < len(row) else ""
            if not cell:
                continue
            bounds = parse_measure(cell)
            if bounds is None:
                notes.append(ChartNote("not_a_measurement",
                                       f"{'row' if orientation == 'sizes as rows' else 'column'} {r}, {header[j]!r}: "
                                       f"{cell!r} is not a measurement; left empty", place=r, header=header[j],
                                       cell=cell))
                continue
            cell_unit = unit_in_cell(cell)
            if cell_unit:
                units_in_cells.setdefault(cell_unit, cell)
            values[dim] = bounds
            if bounds[0] == bounds[1]:
                singles.add(dim)
        raw_sizes.append((labels, values, singles))
    if not raw_sizes:
        raise DataFileError(str(path), None, None, Problem("brand_no_sizes"))

    # Laid flat: half girths, doubled before anything else reads them (the unit by the values too).
    flat_headers = [t for t in [*titles, *header] if any(_contains(_plain(t), w) for w in _FLAT_WORDS)]
    flat_dims = [dim for _, dim, _, _ in dim_cols if dim in _FLAT_GIRTHS]
    if laid_flat is None:
        laid_flat = bool(flat_headers and flat_dims) and unit != "in" and _half_girths(
            raw_sizes, flat_dims, children=(_segment_said(words) or segment) in ("girls", "boys", "kids", "baby"))
    if laid_flat and flat_dims:
        half = next((a for _, v, _ in raw_sizes for d, (a, _b) in v.items() if d in flat_dims), 0.0)
        example = (half, half * 2)
        raw_sizes = [(labels, {d: ((a * 2, b * 2) if d in flat_dims else (a, b)) for d, (a, b) in values.items()},
                      singles) for labels, values, singles in raw_sizes]
        names = [h for j, h in enumerate(header) if any(j == k and d in flat_dims for k, d, _, _ in dim_cols)]
        notes.append(ChartNote("laid_flat", f"laid flat: {', '.join(repr(n) for n in names)} are half girths "
                                            f"(measured across the flat garment), doubled to whole girths "
                                            f"({_short(example[0])} → {_short(example[1])})",
                               headers=names, half=_short(example[0]), whole=_short(example[1])))
        if garment is None and not is_garment:  # only a garment lies flat
            is_garment, garment_reason = True, "measured laid flat: garment measurements"
    else:
        laid_flat = False

    # Unit: chosen, else said (header, title, cells), else by the values; the reason says where.
    said: dict[str, str] = {}
    for j, _, _, header_unit in dim_cols:
        if header_unit:
            said.setdefault(header_unit, header[j])
    for cell_unit, cell in units_in_cells.items():
        said.setdefault(cell_unit, cell)
    for text in [*titles, *header]:
        plain = _plain(text).replace("尺寸", "")  # 尺寸 (size) is no 寸 (inch)
        if any(_contains(plain, w) for w in _words("inches") if w != '"') or '"' in text:
            said.setdefault("in", text)
        if any(_contains(plain, w) for w in _words("centimetres")):
            said.setdefault("cm", text)
    if unit is not None:
        sheet_unit, unit_reason = unit, ChartNote("unit_chosen", "as chosen")
    elif len(said) == 1:
        sheet_unit, where = next(iter(said.items()))
        unit_reason = ChartNote("unit_said", f"the sheet says {'inches' if sheet_unit == 'in' else 'centimetres'} "
                                             f"in {where!r}", unit=sheet_unit, where=where)
    else:
        sheet_unit, by_values = _unit_by_values(raw_sizes, dim_cols)
        if said:
            unit_reason = ChartNote("unit_both", f"the sheet says centimetres in {said['cm']!r} and inches in "
                                                 f"{said['in']!r}; {by_values}", unit=sheet_unit, where_cm=said["cm"],
                                    where_in=said["in"])
        else:
            unit_reason = ChartNote("unit_values", by_values, unit=sheet_unit)
    factor = CM_PER_INCH if sheet_unit == "in" else 1.0

    if is_garment:
        children = (_segment_said(words) or segment) in ("girls", "boys", "kids", "baby")
        dim_cols, raw_sizes = _sleeve_from_shoulder(header, dim_cols, raw_sizes, factor, children, notes)
    dims = [dim for _, dim, _, _ in dim_cols]
    sizes = []
    for labels, values, _ in raw_sizes:
        size = BrandSize(labels)
        for dim, (low, high) in values.items():
            if is_garment:
                size.garment_cm[dim] = (low + high) / 2 * factor
            else:
                size.ranges_cm[dim] = (low * factor, high * factor)
        sizes.append(size)
    if not is_garment:
        graded = _grade_single_values(sizes, dims, [s for _, _, s in raw_sizes])
        if graded:
            notes.append(ChartNote("graded", "single values graded to ranges halfway to the next size: "
                                             + ", ".join(graded), dimensions=graded))
    chart = BrandChart(str(path), orientation, sheet_unit, unit_reason, is_garment, garment_reason,
                       [s for _, s in label_cols], dims, sizes, notes, laid_flat=laid_flat)
    said_segment = _segment_said(" ".join(_plain(t) for t in titles))
    chart.segment = said_segment or segment or ""
    chart_headers = {dim: header[j] for j, dim, _, _ in dim_cols}
    return for_segment(chart, chart.segment, chart_headers.get("chest_girth", "chest"))


# A sleeve measured from the nape or the centre back says so; a garment chart's plain 袖长 /
# "sleeve length" is measured from the shoulder seam.
_FROM_NECK = ("neck", "nape", "centre back", "center back", "cb", "back neck", "后中", "领", "颈", "后领")


def _sleeve_from_shoulder(header, dim_cols, raw_sizes, factor: float, children: bool, notes: list):
    """A garment chart's sleeve length is from the shoulder seam (ISO 8559-1's arm length, shoulder
    point to wrist), unless its header says the neck or centre back; a sleeve shorter than any arm
    (a T-shirt's 19 cm) fits no arm length and is left out, with a note."""
    found = [(k, j) for k, (j, dim, _, _) in enumerate(dim_cols) if dim == "sleeve_length"
             and not any(_contains(_plain(header[j]), w) for w in _FROM_NECK)]
    if not found or any(dim == "arm_length" for _, dim, _, _ in dim_cols):
        return dim_cols, raw_sizes
    k, j = found[0]
    dimension = get_dimension("arm_length")
    low = (dimension.child_range_cm if children else dimension.adult_range_cm)[0]
    values = [(a + b) / 2 * factor for _, v, _ in raw_sizes for d, (a, b) in v.items() if d == "sleeve_length"]
    if values and max(values) < low * 0.9:
        notes.append(ChartNote("short_sleeve", f"{header[j]!r}: a short sleeve ({_short(min(values))}–"
                                               f"{_short(max(values))} cm from the shoulder) fits no arm length; "
                                               f"left out", header=header[j], low=_short(min(values)),
                               high=_short(max(values))))
        return ([c for i, c in enumerate(dim_cols) if i != k],
                [(labels, {d: b for d, b in v.items() if d != "sleeve_length"}, singles - {"sleeve_length"})
                 for labels, v, singles in raw_sizes])
    notes.append(ChartNote("sleeve_from_shoulder", f"{header[j]!r} read as the sleeve from the shoulder seam "
                                                   f"(arm length)", header=header[j]))
    dim_cols = [(jj, "arm_length" if i == k else dim, g, u) for i, (jj, dim, g, u) in enumerate(dim_cols)]
    raw_sizes = [(labels, {("arm_length" if d == "sleeve_length" else d): b for d, b in v.items()},
                  {("arm_length" if d == "sleeve_length" else d) for d in singles}) for labels, v, singles in raw_sizes]
    return dim_cols, raw_sizes


def save_problems(chart: BrandChart, segment: str | None = None) -> list[ChartNote]:
    """What a save of the chart would refuse, by the catalogue's own bounds (sizer.catalog.rules,
    as the import that reopens a saved catalogue checks them), each with the brand-chart choice
    that would fix it: the unit, laid flat or not. ``segment``: whom the listing is for."""
    from sizer import plausibility
    from sizer.catalog import rules
    from sizer.catalog.segments import Segment
    from sizer.guides import dimension_name

    whom = Segment(segment) if segment else None
    checks = rules.bounds(tuple(chart.dimensions), whom)
    ok = checks.garment_ok if chart.garment else checks.body_ok
    to_sheet = 1 / CM_PER_INCH if chart.unit == "in" else 1.0
    problems = []
    for dim in chart.dimensions:
        if chart.garment:
            values = [size.garment_cm[dim] for size in chart.sizes if dim in size.garment_cm]
        else:
            values = [v for size in chart.sizes if dim in size.ranges_cm for v in size.ranges_cm[dim]]
        bad = [v for v in values if not ok(dim, v)]
        if not bad:
            continue
        fix = ""  # a garment's half girth first, as the import's own hint says it (a flat garment is likelier)
        if chart.garment and dim in _FLAT_GIRTHS and not chart.laid_flat and all(ok(dim, v * 2) for v in values):
            fix = "laid_flat"
        elif chart.laid_flat and dim in _FLAT_GIRTHS and all(ok(dim, v / 2) for v in values):
            fix = "not_laid_flat"
        elif chart.unit == "cm" and all(ok(dim, v * CM_PER_INCH) for v in values):
            fix = "unit_in"
        elif chart.unit == "in" and all(ok(dim, v / CM_PER_INCH) for v in values):
            fix = "unit_cm"
        low, high = plausibility.plausible_range_cm(dim, whom)
        whose = plausibility.whose(whom)
        shown = f"{_short(min(bad) * to_sheet)}" + (f"–{_short(max(bad) * to_sheet)}" if max(bad) != min(bad) else "")
        advice = {"unit_in": "the numbers look like inches: use --unit in",
                  "unit_cm": "the numbers look like centimetres: use --unit cm",
                  "laid_flat": "they look like half girths of a garment laid flat: use --laid-flat",
                  "not_laid_flat": "they look like whole girths: use --not-laid-flat",
                  "": "check the column's meaning and the numbers, or leave the column out of the sheet"}[fix]
        kind = "garment" if chart.garment else "body"
        problems.append(ChartNote(
            "implausible", f"{dimension_name(dim, 'en')}: {shown} {chart.unit} is not a plausible {kind} measurement "
                           f"({whose} measure {_short(low)} to {_short(high)} cm); {advice}",
            dimension=dim, values=shown, unit=chart.unit, garment=chart.garment, low=_short(low), high=_short(high),
            whose=whose, fix=fix))
    return problems


def segment_of(listing) -> str:
    """Whom a listing is for, as a plain value ("women"; "" when unknown)."""
    from sizer.catalog.segments import Segment

    return Segment(listing.segment).value if listing.segment else ""


def checked_segment(listing) -> str:
    """Whom the import that reopens a saved catalogue checks a listing's sizes for: its segment,
    else its category's."""
    from sizer.catalog.segments import category_segment

    return segment_of(listing) or category_segment(listing.category).value


def _segment_said(words: str) -> str | None:
    if any(_contains(words, w) for w in _WOMEN_WORDS):
        return "women"
    if any(_contains(words, w) for w in _MEN_WORDS):
        return "men"
    return None


def for_segment(chart: BrandChart, segment: str, header: str = "chest") -> BrandChart:
    """The chart as its segment reads it: on a women's (or girls') chart a chest column (胸围 means
    both) is the bust girth, which women's charts and the recommender size by."""
    if not chest_means_bust(segment) or "chest_girth" not in chart.dimensions or "bust_girth" in chart.dimensions:
        return chart
    rename = {"chest_girth": "bust_girth"}
    for size in chart.sizes:
        size.ranges_cm = {rename.get(d, d): v for d, v in size.ranges_cm.items()}
        size.garment_cm = {rename.get(d, d): v for d, v in size.garment_cm.items()}
    chart.dimensions = [rename.get(d, d) for d in chart.dimensions]
    chart.notes.append(ChartNote("bust_for_women", f"{header!r} read as bust girth: a women's chart",
                                 header=header))
    return chart


def _half_girths(raw_sizes, dims: list[str], children: bool = False) -> bool:
    """Whether the girths are halves: plausible bodies (or garments) only once doubled, in cm
    (adults', or children's for a children's chart: a child's chest of 48 is whole)."""
    votes = 0
    for dim in dims:
        dimension = get_dimension(dim)
        low, high = dimension.child_range_cm if children else dimension.adult_range_cm
        values = [(a + b) / 2 for _, v, _ in raw_sizes for d, (a, b) in v.items() if d == dim]
        if not values:
            continue
        whole = sum(low <= v <= high * 1.3 for v in values)
        doubled = sum(low <= 2 * v <= high * 1.3 for v in values)
        votes += 1 if doubled > whole else -1
    return votes > 0


def _unit_by_values(raw_sizes, dim_cols) -> tuple[str, str]:
    """Inches when the numbers are plausible bodies only once multiplied by 2.54."""
    votes_in = votes_cm = 0
    for _, dim, _, _ in dim_cols:
        low, high = get_dimension(dim).plausible_range_cm()
        values = [(a + b) / 2 for _, v, _ in raw_sizes for d, (a, b) in v.items() if d == dim]
        if not values:
            continue
        as_cm = sum(low <= v <= high for v in values)
        as_in = sum(low <= v * CM_PER_INCH <= high for v in values)
        votes_cm += as_cm > as_in
        votes_in += as_in > as_cm
    if votes_in > votes_cm:
        return "in", "nothing says the unit; the values are plausible bodies only in inches"
    return "cm", "nothing says the unit; the values are plausible bodies in centimetres"


def _grade_single_values(sizes: list[BrandSize], dims: list[str], singles: list[set[str]]) -> list[str]:
    """A dimension given as one value per size becomes ranges whose bounds lie halfway between
    neighbouring sizes (the first and last extend as far as their one neighbour is away)."""
    graded = []
    for dim in dims:
        positions = [i for i, size in enumerate(sizes) if dim in size.ranges_cm]
        if len(positions) < 2 or not all(dim in singles[i] for i in positions):
            continue
        centres = [sizes[i].ranges_cm[dim][0] for i in positions]
        if any(b <= a for a, b in zip(centres, centres[1:])):
            continue  # not increasing: cannot grade
        for k, i in enumerate(positions):
            below = (centres[k] - centres[k - 1]) / 2 if k else (centres[1] - centres[0]) / 2
            above = (centres[k + 1] - centres[k]) / 2 if k + 1 < len(centres) else below
            sizes[i].ranges_cm[dim] = (centres[k] - below, centres[k] + above)
        graded.append(dim)
    return graded


# -- into a listing -------------------------------------------------------------------------------
@dataclass
class SizeMatch:
    """How a chart's sizes meet a listing's: the sizes both have (the listing's label and SKU kept:
    the chart's 2XL is the shop's XXL), the chart's sizes the listing does not sell, and the
    listing's sizes the chart does not give."""

    system: str  # the chart's label column that gives the sizes
    pairs: list[tuple[BrandSize, SizeEntry]]
    chart_only: list[BrandSize]
    listing_only: list[SizeEntry]


def _size_key(label: str):
    from sizer.sizing.labels import label_key, letter_size

    return letter_size(label) or label_key(label)


def _label_system(target, chart: BrandChart, system: str | None) -> str:
    if system is None:
        system = target.size_system if target.size_system in chart.systems else chart.primary_system
    if system not in chart.systems:
        raise SizerError(Problem("brand_no_system_labels", system=quoted(system), systems=list(chart.systems)))
    return system


def match_sizes(listing, chart: BrandChart, system: str | None = None) -> SizeMatch:
    """The chart's sizes (in ``system``'s labels, default as :func:`apply_to_listing` picks) against
    ``listing``'s. Labels match as the shop reads them (2XL = XXL = 2X, 7½ = 7.5), and only within
    one system: the chart's labels are the listing's system's, or both are letters or the brand's
    own (UK 8 is no US 8)."""
    system = _label_system(listing, chart, system)
    same_system = system == listing.size_system or (
        system in (BRAND_LABEL, "INT") and listing.size_system in ("", "INT")) or (
        system not in _KNOWN_SYSTEMS and not listing.size_system)
    mine: dict[Any, list[SizeEntry]] = {}  # two colours' 2XL and XXL are one size: both take the chart's
    for size in listing.sizes if same_system else ():
        mine.setdefault(_size_key(size.label), []).append(size)
    pairs, chart_only, seen = [], [], set()
    for size in chart.sizes:
        label = size.labels.get(system, "")
        if not label:
            continue
        key = _size_key(label)
        if key in seen:
            raise SizerError(Problem("brand_label_twice", label=quoted(label), system=system))
        seen.add(key)
        if key in mine:
            pairs += [(size, listed) for listed in mine[key]]
        else:
            chart_only.append(size)
    matched = {id(entry) for _, entry in pairs}
    return SizeMatch(system, pairs, chart_only, [s for s in listing.sizes if id(s) not in matched])


def kept_label_systems(chart: BrandChart, system: str) -> list[str]:
    """The chart's label columns besides ``system`` that the listing's sizes keep as the brand's
    own labels in those systems (SizeEntry.labels; the catalogue's label_<SYSTEM> columns): every
    column that names a size system. Guides and channel exports then show these, not the
    standard chart's equivalents."""
    return [s for s in chart.systems if s != system and s in _KNOWN_SYSTEMS]


def dropped_label_systems(chart: BrandChart, system: str) -> list[str]:
    """The chart's label columns a listing cannot keep: columns that name no size system (the
    brand's unnamed "Size" column, or a second column of one system), besides ``system``."""
    return [s for s in chart.systems if s != system and s not in _KNOWN_SYSTEMS]


def brand_labels(chart: BrandChart, size: BrandSize, system: str) -> dict[str, str]:
    """The brand's labels of ``size`` that a listing keeps beside the one in ``system``."""
    return {s: size.labels[s] for s in kept_label_systems(chart, system) if size.labels.get(s)}


def apply_to_listing(catalog: Catalog, listing_id: str, chart: BrandChart, system: str | None = None, *,
                     add_new: bool = False, drop_missing: bool = False) -> Catalog:
    """The catalogue with the chart's measurements on ``listing_id``'s sizes.

    Labels come from ``system`` (default: the listing's own size system when the chart has it,
    else the chart's first label column). Only the sizes the listing sells take the chart's
    measurements (keeping their label and SKU) and the brand's labels in the chart's other systems
    (:func:`kept_label_systems`); ``add_new`` adds the chart's other sizes,
    ``drop_missing`` removes the listing's sizes the chart lacks (else they stay as they were).
    Garment charts keep garment measurements and get their body ranges from ease, as an imported
    tech pack does.
    """
    from sizer.catalog.ease import load_ease_table

    index = catalog.index_of(listing_id)
    target = catalog.listing(index)
    segment = segment_of(target)
    if not chart.segment and segment:
        chart = for_segment(chart, segment)
    match = match_sizes(target, chart, system)
    system = match.system
    ease = load_ease_table()
    if chart.garment:
        missing = [d for d in chart.dimensions if d not in ease.dimensions]
        if missing:
            raise SizerError(Problem("brand_garment_without_ease", dimensions=missing, known=list(ease.dimensions)))
    if not match.pairs and not match.chart_only:
        raise SizerError(Problem("brand_no_sizes_with_system", system=system))
    if not match.pairs and not add_new:
        raise SizerError(Problem("brand_no_size_in_common", chart=", ".join(s.labels[system] for s in match.chart_only),
                                 listing=", ".join(s.label for s in target.sizes)))

    def entry(size: BrandSize, label: str, skus: tuple[str, ...]) -> SizeEntry:
        labels = brand_labels(chart, size, system)
        if chart.garment:
            ranges = {d: ease.body_range_cm(target.category, d, v, target.fit, target.stretch)
                      for d, v in size.garment_cm.items()}
            return SizeEntry(label, TableSource.GARMENT, ranges, dict(size.garment_cm), skus=skus, labels=labels)
        return SizeEntry(label, TableSource.BODY_RANGES, dict(size.ranges_cm), skus=skus, labels=labels)

    pairs_of: dict[int, list[SizeEntry]] = {}
    for size, listed in match.pairs:
        pairs_of.setdefault(id(size), []).append(listed)
    entries = []
    for size in chart.sizes:
        if id(size) in pairs_of:
            entries += [entry(size, listed.label, listed.skus) for listed in pairs_of[id(size)]]
        elif add_new and any(size is other for other in match.chart_only):
            entries.append(entry(size, size.labels[system], ()))
    if not drop_missing:
        # Kept as they were; a size the standard chart gave keeps that body, whatever the new system.
        entries += [SizeEntry(s.label, TableSource.BODY_RANGES, dict(s.body_ranges_cm), dict(s.garment_cm),
                              s.open_min, s.open_max, skus=s.skus) if s.source is TableSource.CHART else s
                    for s in match.listing_only]
    from sizer.catalog import chart_bridge

    # The labels' system becomes the listing's when the category's chart knows it; else the
    # labels are the brand's own.
    new_system = system if system in chart_bridge.systems(target.category) else ""
    builder = CatalogBuilder()
    for listing in catalog:
        builder.add_listing(listing.listing_id, listing.title, listing.category,
                            new_system if listing.index == index else listing.size_system,
                            listing.fit, listing.stretch, listing.segment if catalog.explicit_segments else None)
        for size in (entries if listing.index == index else listing.sizes):
            builder.add_size(listing.listing_id, size)
    return builder.build(source=catalog.source)


# -- into a chart file -----------------------------------------------------------------------------
def chart_file_text(chart: BrandChart, chart_id: str, title: str, source_url: str, *,
                    category: str | None = None, fit: FitIntent = FitIntent.REGULAR,
                    stretch: Stretch = Stretch.NONE) -> str:
    """The chart as a size-chart file (charts/README.md's format). Garment charts need the
    ``category`` whose ease turns them into the body ranges a chart file holds."""
    from sizer.catalog.ease import load_ease_table

    if not re.fullmatch(r"[a-z0-9_]+", chart_id):
        raise SizerError(Problem("brand_bad_chart_id", chart_id=quoted(chart_id)))
    systems = [s for s in chart.systems if s in _KNOWN_SYSTEMS]
    label_source = {s: s for s in systems}
    if "INT" not in systems and (BRAND_LABEL in chart.systems or not systems):
        # The brand's own labels (XS, S, M) stand as the international letters.
        systems.insert(0, "INT")
        label_source["INT"] = BRAND_LABEL if BRAND_LABEL in chart.systems else chart.primary_system
    rows = []
    for size in chart.sizes:
        if chart.garment:
            if category is None:
                raise SizerError(Problem("brand_garment_needs_category"))
            ease = load_ease_table()
            ranges = {d: ease.body_range_cm(category, d, v, fit, stretch) for d, v in size.garment_cm.items()}
        else:
            ranges = size.ranges_cm
        rows.append((ranges, {s: size.labels.get(label_source[s], "") for s in systems}))
    dims = [d for d in DIMENSION_IDS if any(d in r for r, _ in rows)]
    lines = [f"# {title}: imported by Sizer from {Path(chart.source).name} ({chart.orientation}, "
             f"{'inches' if chart.unit == 'in' else 'cm'}, {'garment' if chart.garment else 'body'} measurements).",
             "format_version = 1", f"id = {_toml(chart_id)}", f"title = {_toml(title)}",
             f"systems = [{', '.join(_toml(s) for s in systems)}]",
             f"size_dimensions = [{', '.join(_toml(d) for d in dims)}]",
             f"notes = {_toml(' '.join(chart.notes) or 'Imported from the brand chart.')}", "",
             "[[sources]]", f"title = {_toml('Brand size chart: ' + Path(chart.source).name)}",
             f"url = {_toml(source_url)}", ""]
    if chart.garment:
        lines += ["[[conventions]]", 'topic = "Garment measurements"',
                  f"choice = {_toml(f'body ranges = garment minus the {fit.value} ease of {category}')}",
                  'reason = "The brand gives garment measurements; a chart file holds the bodies they fit."', ""]
    for ranges, labels in rows:
        lines.append("[[rows]]")
        for dim in dims:
            if dim in ranges:
                low, high = ranges[dim]
                lines.append(f"{dim} = [{_short(low)}, {_short(max(high, low + 0.1))}]")
        for system, label in labels.items():
            # "0-2" or "4/6" in a label column: two labels for one body range.
            several = re.fullmatch(r"(\d+)\s*[-/–]\s*(\d+)", label)
            if several:
                lines.append(f"{system} = [{_toml(several[1])}, {_toml(several[2])}]")
            elif label:
                lines.append(f"{system} = {_toml(label)}")
        lines.append("")
    return "\n".join(lines)


def _toml(value: Any) -> str:
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{text}"'
