"""What a merchant's own Amazon flat file says of each item, kept for the Amazon presets to write
back: its product type (feed_product_type: a girls' DRESS stays a DRESS, not the SHIRT its
category would give), its variation theme (SizeColor stays SizeColor) and each child's body and
height type (a 3XL that is "big" stays Big). Sizer's catalogue holds sizes and body ranges; these
are the flat file's own words, read from it by item_sku (parent rows by their own item_sku, which
is the listing id of their children)."""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

from sizer.catalog.model import Listing

KEPT_FIELDS = ("feed_product_type", "variation_theme", "apparel_body_type", "apparel_height_type")
_HEADER_ROWS_SEARCHED = 12  # Amazon's templates put two or three rows of their own above the header


@dataclass(frozen=True)
class FlatFileFields:
    """item_sku -> the kept fields the file gives it (empty cells left out)."""

    by_sku: dict[str, dict[str, str]] = field(default_factory=dict)

    def of(self, sku: str, name: str) -> str:
        return self.by_sku.get(sku, {}).get(name, "")

    def valid(self, sku: str, name: str, valid: list[str], default: str) -> str:
        """The file's value in Amazon's spelling of it ("big" -> "Big"), else ``default``."""
        given = self.of(sku, name).casefold()
        return next((value for value in valid if value.casefold() == given), default)

    def of_listing(self, listing: Listing, name: str) -> str:
        """A listing-wide field (product type, variation theme): its parent row's, else its first child's."""
        return self.of(listing.listing_id, name) or next(
            (self.of(size.sku, name) for size in listing.sizes if self.of(size.sku, name)), "")


def read_flat_file_fields(path: str | Path) -> FlatFileFields | None:
    """The kept fields of an Amazon flat file; None when ``path`` is not one (no header with
    item_sku and feed_product_type in its top rows)."""
    from sizer.catalog.reading import read_table

    table = read_table(path)
    columns: dict[str, int] | None = None
    by_sku: dict[str, dict[str, str]] = {}
    for number, cells in itertools.chain([(1, list(table.header))], table.rows):
        if columns is None:
            names = [_cell(cells, j).casefold() for j in range(len(cells))]
            if "item_sku" in names and "feed_product_type" in names:
                columns = {name: names.index(name) for name in ("item_sku", *KEPT_FIELDS) if name in names}
            elif number >= _HEADER_ROWS_SEARCHED:
                return None
            continue
        sku = _cell(cells, columns["item_sku"])
        if sku:
            by_sku[sku] = {name: _cell(cells, j) for name, j in columns.items() if name != "item_sku" and _cell(cells, j)}
    return FlatFileFields(by_sku) if columns is not None else None


def _cell(cells: list, j: int) -> str:
    value = cells[j] if j < len(cells) else None
    return "" if value is None else str(value).strip()
