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
from sizer.channels.common import (amazon_age_range, channel_values, check_choice, listing_audience,
                                   local_label, size_class, size_type)
from sizer.dimensions import DIMENSION_IDS, get_dimension
from sizer.guides import dimension_name
from sizer.units import CM_PER_INCH

ATTRIBUTE_COLUMNS = ("item_sku", "parent_sku", "parent_child", "relationship_type", "variation_theme",
                     "department_name", "target_gender", "age_range_description", "apparel_size_system",
                     "apparel_size_class", "apparel_size", "apparel_size_to", "apparel_body_type",
                     "apparel_height_type", "footwear_size_system", "footwear_age_group", "footwear_gender",
                     "footwear_size_class", "footwear_width", "footwear_size", "size_name")


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
    """One Amazon size chart: its key (marketplace, brand, department, product type) and rows."""

    marketplace: str
    brand: str
    department: str
    product_type: str
    unit: str
    local_system: str
    dimensions: list[str] = field(default_factory=list)
    rows: dict[str, dict] = field(default_factory=dict)  # local label -> {"label_size", "ranges"}
    listings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.marketplace} · {self.brand} · {self.department} · {self.product_type}"

    def header(self) -> list[str]:
        suffix = "in" if self.unit == "in" else "cm"
        columns = [f"Size ({self.local_system})", "Manufacturer size"]
        for dim in self.dimensions:
            name = dimension_name(dim, "en")
            columns += [f"{name} from ({suffix})", f"{name} to ({suffix})"]
        return columns

    def table(self) -> list[list]:
        factor = 1 / CM_PER_INCH if self.unit == "in" else 1.0
        out = []
        for label, row in self.rows.items():
            cells: list = [label, row["label_size"] if row["label_size"] != label else ""]
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


def build_size_charts(catalog: Catalog, marketplace: str, brand: str,
                      listings: Iterable[Listing] | None = None) -> list[SizeChart]:
    """One chart per department and product type for ``brand`` in ``marketplace``."""
    market = _market(marketplace)
    charts: dict[tuple[str, str], SizeChart] = {}
    for listing in (listings if listings is not None else catalog):
        who = listing_audience(listing)  # the department its attribute rows give it (a unisex tee: unisex-adult)
        key = (who.amazon_department, who.amazon_product_type)
        chart = charts.get(key)
        if chart is None:
            chart = charts[key] = SizeChart(marketplace, brand, who.amazon_department, who.amazon_product_type,
                                            market["unit"], market["system"])
        chart.listings.append(listing.listing_id)
        for dim in listing.dimensions:
            if dim not in chart.dimensions:
                chart.dimensions.append(dim)
        for size in listing.sizes:
            if not size.body_ranges_cm:
                continue
            label, own = local_label(listing, size, market["system"])
            if own and listing.size_system and listing.size_system != market["system"] \
                    and size_class(label) != "Alpha":
                chart.notes.append(f"{listing.listing_id} size {size.label} ({listing.size_system}): no "
                                   f"{market['system']} equivalent in the chart; listed under its own label")
            row = chart.rows.get(label)
            if row is None:
                chart.rows[label] = {"label_size": size.label, "ranges": dict(size.body_ranges_cm),
                                     "listing": listing.listing_id}
                continue
            for dim, (low, high) in size.body_ranges_cm.items():
                known = row["ranges"].get(dim)
                if known is None:
                    row["ranges"][dim] = (low, high)
                elif abs(known[0] - low) > 0.5 or abs(known[1] - high) > 0.5:
                    chart.notes.append(f"{listing.listing_id} size {size.label}: {dim} {round(low, 1):g}–{round(high, 1):g} cm "
                                       f"differs from {round(known[0], 1):g}–{round(known[1], 1):g} cm of "
                                       f"{row['listing']}; the chart shows "
                                       "the range that covers both")
                    row["ranges"][dim] = (min(known[0], low), max(known[1], high))
    for chart in charts.values():
        chart.dimensions.sort(key=DIMENSION_IDS.index)
    return list(charts.values())


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
        title = f"{chart.department} {chart.product_type}"[:31]
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


def listing_attributes(catalog: Catalog, marketplace: str) -> tuple[list[str], list[list[str]]]:
    """One child row per size (item_sku: the size's SKU, else listing id + size) with its size attributes."""
    market = _market(marketplace)
    rows = []
    for listing in catalog:
        who = listing_audience(listing)
        cut = size_type(listing.category)
        for size in listing.sizes:
            age = amazon_age_range(who, size)
            label, _own = local_label(listing, size, market["system"])
            low, _, high = label.partition("-") if size_class(label) == "Numeric" and "-" in label else (label, "", "")
            row = dict.fromkeys(ATTRIBUTE_COLUMNS, "")
            row.update(item_sku=size.sku or f"{listing.listing_id}-{size.label}", parent_sku=listing.listing_id,
                       parent_child="child", relationship_type="Variation", variation_theme="Size",
                       department_name=who.amazon_department, target_gender=who.gender, age_range_description=age,
                       size_name=label)
            if who.footwear:
                row.update(footwear_size_system=f"{market['system']} Footwear Size System", footwear_age_group=age,
                           footwear_gender={"male": "Men", "female": "Women"}.get(who.gender, "Unisex"),
                           footwear_size_class="Numeric", footwear_width="Medium", footwear_size=label)
            else:
                klass = size_class(label)
                if klass == "Alpha":
                    low = amazon_alpha(label)
                row.update(apparel_size_system=market["apparel_size_system"], apparel_size_class=klass,
                           apparel_size=low, apparel_size_to=high, apparel_body_type=cut.amazon_body_type,
                           apparel_height_type=cut.amazon_height_type)
            rows.append([row[c] for c in ATTRIBUTE_COLUMNS])
    return list(ATTRIBUTE_COLUMNS), rows
