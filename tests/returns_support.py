"""Small orders files for the returns tests, written the way each source writes them."""
from __future__ import annotations

import csv
from pathlib import Path

from sizer.catalog.model import CatalogBuilder, SizeEntry, TableSource

SIZES = ("S", "M", "L", "XL")


def small_catalog():
    """Two shirts graded 4 cm on chest (S 88-92 ... XL 100-104), 1 cm on neck."""
    builder = CatalogBuilder()
    for listing_id, category in (("SH-1", "mens_shirts"), ("SH-2", "mens_shirts")):
        builder.add_listing(listing_id, f"Shirt {listing_id}", category)
        for k, label in enumerate(SIZES):
            builder.add_size(listing_id, SizeEntry(label, TableSource.BODY_RANGES, {
                "chest_girth": (88.0 + 4 * k, 92.0 + 4 * k), "neck_girth": (38.0 + k, 39.0 + k)}))
    return builder.build(source="test catalogue")


def write_csv(path: Path, header: list[str], rows: list[list]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerows(rows)
    return path


SIZER_HEADER = ["order_id", "order_date", "listing_id", "size_label", "quantity", "returned_quantity",
                "return_date", "return_reason", "exchanged_to_size", "customer_id", "marketplace", "recommended_size"]


def orders_rows(counts: dict[tuple[str, str], tuple[int, int, int, int]], start: int = 1) -> list[list]:
    """Sizer orders rows, one unit each: {(listing, size): (kept, too small, too large, other)}."""
    rows = []
    n = start
    for (listing_id, size), (kept, small, large, other) in counts.items():
        for outcome, how_many in (("", kept), ("too small", small), ("too large", large), ("wrong colour", other)):
            for _ in range(how_many):
                returned = "1" if outcome else "0"
                rows.append([f"#{n}", "2025-04-01", listing_id, size, "1", returned, "", outcome, "", "", "", ""])
                n += 1
    return rows
