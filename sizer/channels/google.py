"""Google Merchant Center: a supplemental feed with the size attributes of every variant.

Columns: id, item_group_id, size, size_system, size_type, gender, age_group. ``id`` is the
variant's offer id: the size's own SKU as the merchant's file gave it (Shopify's Variant SKU,
Amazon's item_sku), else ``<listing_id>-<size label>`` (the main feed must then use the same ids);
``item_group_id`` is the listing id. ``age_group`` is per size for children's listings (2T-4T:
toddler). ``size`` is the label in the market's system (letters stay letters), ``size_system``
Google's code for that system.
"""
from __future__ import annotations

from sizer.catalog.model import Catalog
from sizer.channels.common import (channel_values, check_choice, google_age_group, is_letter_size,
                                   listing_audience, local_label, size_type)

FEED_COLUMNS = ("id", "item_group_id", "size", "size_system", "size_type", "gender", "age_group")


def google_systems() -> dict[str, str]:
    """Sizer system -> Google's size_system code."""
    return dict(channel_values()["google"]["systems"])


def merchant_feed(catalog: Catalog, system: str) -> tuple[list[str], list[list[str]], list[str]]:
    """Columns, one row per size, and notes on sizes the chart could not give in ``system``."""
    codes = google_systems()
    check_choice("Google size system", system, codes)
    limit = int(channel_values()["google"]["size_max_length"])
    rows, notes = [], []
    for listing in catalog:
        who = listing_audience(listing)
        cut = size_type(listing.category).google
        for size in listing.sizes:
            label, own = local_label(listing, size, system)
            row_system = codes[system]
            if own and listing.size_system and listing.size_system != system and not is_letter_size(label):
                # No equivalent in the market's system: keep the label in its own system when Google knows it.
                row_system = codes.get(listing.size_system, "")
                notes.append(f"{listing.listing_id} size {size.label}: no {system} equivalent; "
                             f"sent as {listing.size_system or 'brand'} size")
            rows.append([size.sku or f"{listing.listing_id}-{size.label}", listing.listing_id, label[:limit],
                         row_system, cut, who.gender, google_age_group(who, size)])
    return list(FEED_COLUMNS), rows, notes
