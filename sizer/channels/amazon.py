"""Amazon: the size-chart workbook and the size attributes of every child listing.

Size charts: Amazon keeps one chart per marketplace, brand, department and product type and
wants body measurements (one value or a range) in the marketplace's unit, the local size first
(sizer/data/channels.toml cites the rules). Listings of one group whose tables disagree are merged
(widest range per size) and the disagreement is listed on the workbook's Notes sheet.

Attributes: the apparel size fields of the Clothing flat file (apparel_size_system,
apparel_size_class, apparel_size, apparel_size_to, apparel_body_type, apparel_height_type, with
target_gender and age_range_description), or for shoes the footwear ones.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sizer.catalog.model import Catalog, Listing
from sizer.channels.amazon_flat_file import FlatFileFields
from sizer.channels.common import (Variant, amazon_age_range, channel_values, check_choice, check_distinct,
                                   duplicate_labels, is_letter_size, listing_audience, listing_variants, size_class,
                                   size_type, variant_ids)
from sizer.dimensions import DIMENSION_IDS, get_dimension
from sizer.errors import SizerError
from sizer.problems import Problem
from sizer.guides import dimension_name
from sizer.sizing.labels import spell_fractions
from sizer.units import CM_PER_INCH

APPAREL_FIELDS = ("size_system", "size_class", "size", "size_to", "body_type", "height_type")
SHIRT_FIELDS = ("size_system", "size_class", "size", "size_to", "neck_size", "neck_size_to", "sleeve_length",
                "sleeve_length_to", "body_type", "height_type")
BOTTOMS_FIELDS = ("size_system", "size_class", "size", "size_to", "waist_size", "inseam_size", "body_type",
                  "height_type")
GROUP_FIELDS = {"apparel": APPAREL_FIELDS, "shirt": SHIRT_FIELDS, "bottoms": BOTTOMS_FIELDS}
ATTRIBUTE_COLUMNS = ("item_sku", "parent_sku", "parent_child", "relationship_type", "variation_theme",
                     "department_name", "target_gender", "age_range_description",
                     *[f"{group}_{name}" for group, names in GROUP_FIELDS.items() for name in names],
                     "footwear_size_system", "footwear_age_group", "footwear_gender",
                     "footwear_size_class", "footwear_width", "footwear_size", "size_name")
# "15½ 34/35", "16 32", "15.5" (collar in inches, sleeve or sleeve range) and "39" (collar in cm);
# "W32 L34", "W32" (waist and inseam).
_COLLAR_RE = re.compile(r"^(\d+(?:\.\d+)?)(?:\s+(\d+(?:\.\d+)?)(?:\s*/\s*(\d+(?:\.\d+)?))?)?$")
_WAIST_RE = re.compile(r"^w\s*(\d+(?:\.\d+)?)(?:\s*l\s*(\d+(?:\.\d+)?))?$")


def amazon_alpha(label: str) -> str:
    """Amazon's spelling of a letter size: XXS, XS ... XL, XXL, then 3XL, 4XL, 5XL (2XL -> XXL, XXXL -> 3XL)."""
    text = label.strip().upper()
    match = re.fullmatch(r"(\d)X([SL])|(X+)([SL])", text)
    if not match:
        return text
    count = int(match[1]) if match[1] else len(match[3])
    letter = match[2] or match[4]
    return ("X" * count if count <= 2 else f"{count}X") + letter


def marketplaces() -> tuple[str, ...]:
    return tuple(channel_values()["amazon"]["marketplaces"])


def _market(marketplace: str) -> dict:
    return channel_values()["amazon"]["marketplaces"][check_choice("Amazon marketplace", marketplace, marketplaces())]


@dataclass
class SizeChart:
    """One Amazon size chart: its key (marketplace, brand, department, product type) and rows.

    ``part`` is 1, or 2, 3 ... for listings of one key whose size tables disagree: they are never
    merged into one row per size that fits neither (see :func:`build_size_charts`)."""

    marketplace: str
    brand: str
    department: str
    product_type: str
    unit: str
    local_system: str
    dimensions: list[str] = field(default_factory=list)
    rows: dict[str, dict] = field(default_factory=dict)  # local label -> {"label_size", "ranges", "listing"}
    listings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    part: int = 1

    @property
    def key(self) -> str:
        key = f"{self.marketplace} · {self.brand} · {self.department} · {self.product_type}"
        return key if self.part == 1 else f"{key} ({self.part})"

    def header(self) -> list[str]:
        suffix = "in" if self.unit == "in" else "cm"
        columns = [f"Size ({self.local_system or 'brand'})", "Manufacturer size"]
        for dim in self.dimensions:
            name = dimension_name(dim, "en")
            columns += [f"{name} from ({suffix})", f"{name} to ({suffix})"]
        return columns

    def table(self) -> list[list]:
        factor = 1 / CM_PER_INCH if self.unit == "in" else 1.0
        out = []
        for label, row in self.rows.items():
            # The merchant's own label when it is another size name, in the same spelling of halves ("8.5")
            manufacturer = spell_fractions(row["label_size"], glyphs=False)
            cells: list = [label, manufacturer if manufacturer != label else ""]
            for dim in self.dimensions:
                bounds = row["ranges"].get(dim)
                if bounds is None:
                    cells += ["", ""]
                    continue
                # An open-ended size ("up to 84 cm") reaches the plausible end: that end stays empty.
                plausible_low, plausible_high = get_dimension(dim).plausible_range_cm()
                digits = 1 if self.unit == "in" else 0
                cells.append("" if bounds[0] <= plausible_low else round(bounds[0] * factor, digits))
                cells.append("" if bounds[1] >= plausible_high else round(bounds[1] * factor, digits))
            out.append(cells)
        return out


# Two listings' ranges for one size that differ by more than this are two size tables.
_SAME_RANGE_CM = 0.5


def _listing_rows(listing: Listing, system: str) -> tuple[dict[str, dict], str, list[str]]:
    """The listing's chart rows (local label -> row), in size order; their system; notes."""
    variants, notes = listing_variants(listing, system, spell)
    rows: dict[str, dict] = {}
    clashes = []
    for variant in variants:
        if not variant.size.body_ranges_cm:
            continue
        known = rows.get(variant.label)
        ranges = dict(variant.size.body_ranges_cm)
        if known is not None and not _agree(known["ranges"], ranges):
            clashes.append((known["label_size"], variant.size.label, variant.label))
            continue
        if known is not None:
            notes.append(Problem("preset_note_same_ranges", listing=listing.listing_id, first=known["label_size"],
                                 second=variant.size.label, label=variant.label))
        rows.setdefault(variant.label, {"label_size": variant.size.label, "ranges": ranges,
                                        "listing": listing.listing_id})
    if clashes:
        check_distinct("Amazon size chart", [(listing.listing_id, label, [a, b], []) for a, b, label in clashes])
    order = _size_order(listing)
    return dict(sorted(rows.items(), key=lambda item: order(item[1]["ranges"]))), variants[0].system if variants \
        else system, notes


def _size_order(listing: Listing):
    """Sizes ordered by the body they fit: the dimension the category sizes by first."""
    from sizer.catalog import chart_bridge

    try:
        first = list(chart_bridge.chart_dimensions(listing.category))
    except SizerError:
        first = []
    dims = [*first, *[d for d in DIMENSION_IDS if d not in first]]

    def key(ranges: dict[str, tuple[float, float]]) -> tuple:
        return tuple((ranges[d][0] + ranges[d][1]) / 2 if d in ranges else float("inf") for d in dims)

    return key


def _agree(a: dict[str, tuple[float, float]], b: dict[str, tuple[float, float]]) -> bool:
    return all(abs(a[d][0] - b[d][0]) <= _SAME_RANGE_CM and abs(a[d][1] - b[d][1]) <= _SAME_RANGE_CM
               for d in a.keys() & b.keys())


def _first_disagreement(chart: SizeChart, rows: dict[str, dict], order) -> Problem:
    for label, row in rows.items():
        known = chart.rows.get(label)
        if known is None:
            continue
        for dim in sorted(known["ranges"].keys() & row["ranges"].keys(), key=DIMENSION_IDS.index):
            (a, b), (c, d) = known["ranges"][dim], row["ranges"][dim]
            if abs(a - c) > _SAME_RANGE_CM or abs(b - d) > _SAME_RANGE_CM:
                return Problem("preset_why_size_differs", label=label, dimension=dimension_name(dim, "en").lower(),
                               low=round(c, 1), high=round(d, 1), listing=row["listing"], other_low=round(a, 1),
                               other_high=round(b, 1), other=known["listing"])
    merged = sorted([*chart.rows.items(), *[(k, v) for k, v in rows.items() if k not in chart.rows]],
                    key=lambda item: order(item[1]["ranges"]))
    for dim in sorted({d for _, row in merged for d in row["ranges"]}, key=DIMENSION_IDS.index):
        ranged = [(label, row) for label, row in merged if dim in row["ranges"]]
        for (label_a, a), (label_b, b) in zip(ranged, ranged[1:]):
            if b["ranges"][dim][0] < a["ranges"][dim][0] - _SAME_RANGE_CM:
                return Problem("preset_why_out_of_order", label=label_b, listing=b["listing"],
                               dimension=dimension_name(dim, "en").lower(), low=round(b["ranges"][dim][0], 1),
                               other_label=label_a, other=a["listing"], other_low=round(a["ranges"][dim][0], 1))
    return Problem("preset_why_overlap")


def _fits(chart: SizeChart, rows: dict[str, dict], order) -> bool:
    """Whether a listing's rows join ``chart``: the same ranges for every shared size, and the
    merged rows still in one order (no size between two others that fits a smaller body)."""
    if any(label in chart.rows and not _agree(chart.rows[label]["ranges"], row["ranges"])
           for label, row in rows.items()):
        return False
    merged = {**chart.rows, **{k: v for k, v in rows.items() if k not in chart.rows}}
    ordered = sorted(merged.values(), key=lambda row: order(row["ranges"]))
    for dim in {d for row in merged.values() for d in row["ranges"]}:
        lows = [row["ranges"][dim][0] for row in ordered if dim in row["ranges"]]
        if any(b < a - _SAME_RANGE_CM for a, b in zip(lows, lows[1:])):
            return False
    return True


def build_size_charts(catalog: Catalog, marketplace: str, brand: str,
                      listings: Iterable[Listing] | None = None, kept: FlatFileFields | None = None) -> list[SizeChart]:
    """One chart per department and product type for ``brand`` in ``marketplace``.

    Each chart has one row per size, in size order, each with its own ranges. The listings of one
    department and product type share their chart when their size tables agree (the same ranges
    for the same size); a listing that disagrees, or whose sizes are in another system (see
    sizer.channels.common.listing_variants), gets a chart of its own (part 2, 3 ...) and a note
    saying which listings and which size, because merging would give a size that fits neither.
    ``kept``: the merchant's Amazon flat file's own product types, which win over the category's."""
    market = _market(marketplace)
    charts: dict[tuple[str, str], list[SizeChart]] = {}
    for listing in (listings if listings is not None else catalog):
        who = listing_audience(listing)  # the department its attribute rows give it (a unisex tee: unisex-adult)
        product_type = _product_type(listing, who, kept)
        key = (who.amazon_department, product_type)
        rows, system, notes = _listing_rows(listing, market["system"])
        system = system or market["system"]  # the brand's own labels stand under the local size, as in the attributes
        order = _size_order(listing)
        parts = charts.setdefault(key, [])
        chart = next((c for c in parts if c.local_system == system and _fits(c, rows, order)), None)
        if chart is None:
            chart = SizeChart(marketplace, brand, who.amazon_department, product_type, market["unit"],
                              system, part=len(parts) + 1)
            if parts:
                first = parts[0]
                why = (Problem("preset_why_other_system", system=system or Problem("brand_own_labels"),
                               chart_system=first.local_system or Problem("brand_own_labels"))
                       if first.local_system != system else _first_disagreement(first, rows, order))
                chart.notes.append(Problem("preset_note_chart_split", listing=listing.listing_id,
                                           listings=list(first.listings), why=why, chart=chart.key))
            parts.append(chart)
        chart.notes += notes
        chart.listings.append(listing.listing_id)
        for dim in listing.dimensions:
            if dim not in chart.dimensions:
                chart.dimensions.append(dim)
        for label, row in rows.items():
            chart.rows.setdefault(label, row)
        chart.rows = dict(sorted(chart.rows.items(), key=lambda item: order(item[1]["ranges"])))
    out = [chart for parts in charts.values() for chart in parts]
    for chart in out:
        chart.dimensions.sort(key=DIMENSION_IDS.index)
    return out


def write_size_chart_workbook(charts: list[SizeChart], path: str | Path) -> Path:
    """One sheet per chart (its key in the first rows, then the table), and a Notes sheet."""
    import openpyxl
    from openpyxl.styles import Font

    from sizer.atomic import atomic_path
    from sizer.export.cells import is_formula_like

    def append(sheet, values) -> None:
        # Text a spreadsheet would take for a formula ("=...", "-5") stays text, shown as typed.
        sheet.append(values)
        for cell in sheet[sheet.max_row]:
            if is_formula_like(cell.value):
                cell.data_type = "s"
                cell.quotePrefix = True

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    used: set[str] = set()
    for chart in charts:
        title = f"{chart.department} {chart.product_type}" + ("" if chart.part == 1 else f" ({chart.part})")
        title = title[:31]
        while title in used:
            title = title[:28] + f" {len(used)}"
        used.add(title)
        sheet = workbook.create_sheet(title)
        for key, value in (("Marketplace", chart.marketplace), ("Brand", chart.brand),
                           ("Department", chart.department), ("Product type", chart.product_type),
                           ("Measurements", "body"), ("Unit", chart.unit)):
            append(sheet, [key, value])
            sheet.cell(sheet.max_row, 1).font = bold
        sheet.append([])
        sheet.append(chart.header())
        for cell in sheet[sheet.max_row]:
            cell.font = bold
        for row in chart.table():
            append(sheet, row)
    notes = workbook.create_sheet("Notes")
    notes.append(["Chart", "Listings", "Note"])
    for chart in charts:
        notes.append([chart.key, ", ".join(chart.listings), ""])
        for note in chart.notes:
            notes.append([chart.key, "", note])
    with atomic_path(path) as temp:
        workbook.save(temp)
    return Path(path)


def spell(label: str) -> str:
    """A label as Amazon's size fields write it: letters in Amazon's spelling, the rest as they are."""
    return amazon_alpha(label) if size_class(label) == "Alpha" else label


def _number(text: str | None) -> str:
    return "" if text is None else f"{float(text):g}"


def size_fields(group: str, label: str, collar: bool) -> dict[str, str]:
    """The size fields of ``group`` (apparel, shirt, bottoms; without the prefix) for ``label``.

    Shirts sized by the collar fill neck size and sleeve length ("15½ 34/35": neck 15.5, sleeve
    34 to 35; "39": neck 39), trousers sized by waist and inseam fill those ("W32 L34"); the
    size itself is then the neck or waist, so size and class stay filled as the template asks."""
    from sizer.sizing.labels import spaced_key

    rules = channel_values()["amazon"]
    klass = size_class(label)
    out = dict.fromkeys(GROUP_FIELDS[group], "")
    if klass == "Alpha":
        out.update(size_class=klass, size=amazon_alpha(label))
        return out
    low, dash, high = (part.strip() for part in label.partition("-"))
    if dash and size_class(low) == size_class(high) == "Alpha":  # "S-M": Amazon's Alpha Range
        out.update(size_class="Alpha Range", size=amazon_alpha(low), size_to=amazon_alpha(high))
        return out
    key = spaced_key(label)
    collar_match = _COLLAR_RE.match(key) if group == "shirt" and collar else None
    waist_match = _WAIST_RE.match(key) if group == "bottoms" else None
    if collar_match:
        out.update(size_class=rules["collar_size_class"], size=_number(collar_match[1]),
                   neck_size=_number(collar_match[1]), sleeve_length=_number(collar_match[2]),
                   sleeve_length_to=_number(collar_match[3]))
    elif waist_match:
        out.update(size_class=rules["waist_inseam_size_class"], size=_number(waist_match[1]),
                   waist_size=_number(waist_match[1]), inseam_size=_number(waist_match[2]))
    elif dash and klass == "Numeric" and _is_number(low) and _is_number(high):  # "4-6": from and to
        out.update(size_class="Numeric Range", size=low, size_to=high)
    else:
        out.update(size_class=klass, size=label)
    return out


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _collar_sized(category: str) -> bool:
    from sizer.catalog import chart_bridge

    try:
        return chart_bridge.chart_dimensions(category)[:1] == ("neck_girth",)
    except SizerError:
        return False


def _product_type(listing: Listing, who, kept: FlatFileFields | None) -> str:
    """The flat file's own feed_product_type of the listing (a girls' DRESS), else its category's."""
    return (kept.of_listing(listing, "feed_product_type").upper() if kept else "") or who.amazon_product_type


def listing_attributes(catalog: Catalog, marketplace: str,
                       kept: FlatFileFields | None = None) -> tuple[list[str], list[list[str]], list[str]]:
    """Columns, one child row per size and SKU (item_sku: each of the size's SKUs, one per colour, else listing id + size) with its size attributes in
    the size fields of the listing's product type (shirt_, bottoms_ or apparel_), and notes.

    Each listing's sizes are in one system (sizer.channels.common.listing_variants); two sizes of
    one listing that would be the same variant refuse the file, naming them and their SKUs. ``kept``:
    the merchant's Amazon flat file's own product type, variation theme and body and height types,
    written back as the file gave them (in Amazon's spelling) instead of the category's."""
    market = _market(marketplace)
    names = channel_values()["amazon"]["size_system_names"]
    groups = channel_values()["amazon"]["size_field_groups"]
    rows, clashes, notes = [], [], []
    for listing in catalog:
        who = listing_audience(listing)
        cut = size_type(listing.category)
        group = groups.get(_product_type(listing, who, kept), "apparel")
        theme = (kept.of_listing(listing, "variation_theme") if kept else "") or "Size"
        collar = _collar_sized(listing.category)
        variants, said = listing_variants(listing, market["system"], spell)
        notes += said
        listing_rows = []
        for variant in variants:
            label = variant.label
            row = dict.fromkeys(ATTRIBUTE_COLUMNS, "")
            age = amazon_age_range(who, variant.size)
            row.update(item_sku=variant_ids(listing, variant)[0], parent_sku=listing.listing_id,
                       parent_child="child", relationship_type="Variation", variation_theme=theme,
                       department_name=who.amazon_department, target_gender=who.gender, age_range_description=age,
                       size_name=label)
            system = market["system"] if variant.system in ("", market["system"]) or is_letter_size(label) \
                else variant.system
            if who.footwear:
                row.update(footwear_size_system=f"{system} Footwear Size System", footwear_age_group=age,
                           footwear_gender={"male": "Men", "female": "Women"}.get(who.gender, "Unisex"),
                           footwear_size_class="Numeric", footwear_width="Medium", footwear_size=label)
            else:
                fields = size_fields(group, label, collar)
                fields.update(size_system=market["apparel_size_system"] if system == market["system"]
                              else names.get(system, system), body_type=cut.amazon_body_type,
                              height_type=cut.amazon_height_type)
                if kept:
                    amazon = channel_values()["amazon"]
                    fields.update(body_type=kept.valid(variant.size.sku, "apparel_body_type", amazon["body_types"],
                                                       cut.amazon_body_type),
                                  height_type=kept.valid(variant.size.sku, "apparel_height_type",
                                                         amazon["height_types"], cut.amazon_height_type))
                row.update({f"{group}_{name}": value for name, value in fields.items()})
            listing_rows.append(row)
        value_columns = [c for c in ATTRIBUTE_COLUMNS if c.startswith((group, "footwear_size")) and
                         not c.endswith(("_system", "_body_type", "_height_type"))]
        keyed = [Variant(v.size, "\x1f".join(r[c].casefold() for c in value_columns), v.system)
                 for v, r in zip(variants, listing_rows)]
        for _value, sizes in duplicate_labels(keyed):
            at = [i for i, v in enumerate(variants) if v.size.label in sizes]
            skus = [sku for i in at for sku in (variants[i].size.skus or [variants[i].size.sku])]
            clashes.append((listing.listing_id, listing_rows[at[0]]["size_name"], sizes, skus))
        # One child row per SKU: each colour variant of a size is its own child, with the same size fields.
        rows += [[sku if c == "item_sku" else row[c] for c in ATTRIBUTE_COLUMNS]
                 for variant, row in zip(variants, listing_rows) for sku in variant_ids(listing, variant)]
    check_distinct("Amazon attributes", clashes)
    return list(ATTRIBUTE_COLUMNS), rows, notes
