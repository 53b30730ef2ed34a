"""Google Merchant Center: a supplemental feed with the size attributes of every variant.

Columns: id, item_group_id, size, size_system, size_type, gender, age_group. ``id`` is the
variant's offer id: the size's own SKU as the merchant's file gave it (Shopify's Variant SKU,
Amazon's item_sku), one row per SKU when a size is sold in several colours (each colour variant its
own id, the same size), else ``<listing_id>-<size label>`` (the main feed must then use the same ids);
``item_group_id`` is the listing id. ``age_group`` is per size for children's listings (2T-4T:
toddler). ``size`` is the label in the market's system (letters stay letters), ``size_system``
Google's code for that system.
"""
from __future__ import annotations


from sizer.catalog.model import Catalog
from sizer.sizing.labels import label_key
from sizer.channels.common import (channel_values, check_choice, check_distinct, duplicate_labels,
                                   google_age_group, is_letter_size, listing_audience, listing_variants, size_type,
                                   variant_ids)

FEED_COLUMNS = ("id", "item_group_id", "size", "size_system", "size_type", "gender", "age_group")


def google_systems() -> dict[str, str]:
    """Sizer system -> Google's size_system code."""
    return dict(channel_values()["google"]["systems"])


def sizer_system(system: str) -> str:
    """The Sizer system of a market's system as the user names it: Google's own code ("MEX", as
    the feed writes it and Google documents it) or Sizer's ("MX"); refused with Google's codes."""
    codes = google_systems()
    if system in codes:
        return system
    by_code = {code: own for own, code in codes.items()}
    check_choice("Google size system", system, sorted(by_code))
    return by_code[system]


def merchant_feed(catalog: Catalog, system: str) -> tuple[list[str], list[list[str]], list[str]]:
    """Columns, one row per size (per SKU of a size sold in several colours), and notes on listings the chart could not give in ``system``.

    A listing is sent in one system (sizer.channels.common.listing_variants): the market's, or
    its own when the chart cannot label every size distinctly there. Two variants of one listing
    with the same size are refused (the file is not written), never sent ambiguous."""
    codes = google_systems()
    system = sizer_system(system)
    limit = int(channel_values()["google"]["size_max_length"])
    rows, notes, clashes = [], [], []
    for listing in catalog:
        who = listing_audience(listing)
        cut = size_type(listing.category).google
        variants, said = listing_variants(listing, system)
        notes += said
        for _key, sizes in duplicate_labels(variants, key=lambda v: label_key(v.label[:limit])):
            # the size as the feed would write it, not the key that found the clash ("15.5 34/35"),
            # and the clashing sizes' SKUs: the ids in the merchant's own file (this one is not written)
            label = next(v.label[:limit] for v in variants if v.size.label in sizes)
            skus = [sku for v in variants if v.size.label in sizes for sku in (v.size.skus or [v.size.sku])]
            clashes.append((listing.listing_id, label, sizes, skus))
        for variant in variants:
            # Letters are the same in every market, and the brand's own labels have no system of
            # their own: both are sent in the market's.
            row_system = codes[system] if is_letter_size(variant.label) or not variant.system \
                else codes.get(variant.system, "")
            # One row per SKU: each colour variant of the size is its own offer, with the same size.
            for sku in variant_ids(listing, variant):
                rows.append([sku, listing.listing_id, variant.label[:limit], row_system, cut, who.gender,
                             google_age_group(who, variant.size)])
    check_distinct("Google Merchant", clashes)
    return list(FEED_COLUMNS), rows, notes
