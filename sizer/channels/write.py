"""One way to write any preset, for the CLI (``sizer preset``) and the app (Marketplace files…)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sizer.catalog.model import Catalog
from sizer.errors import SizerError, UnknownChoiceError

from sizer.channels import CHANNELS
SUFFIXES = {"amazon-size-chart": ".xlsx", "amazon-attributes": ".txt", "google-merchant": ".tsv",
            "shopify-metaobjects": ".json", "shopify-metafields": ".csv", "image": ""}


@dataclass(frozen=True)
class PresetOptions:
    marketplace: str = "US"  # Amazon
    brand: str = ""  # Amazon size charts
    size_system: str = "US"  # Google Merchant
    systems: tuple[str, ...] = ()  # Shopify and pictures
    unit: str = "cm"
    language: str = "en"
    image_size: tuple[int, int] = (800, 800)
    image_format: str = "JPEG"


@dataclass
class PresetResult:
    summary: str
    notes: list[str] = field(default_factory=list)


def write_preset(channel: str, catalog: Catalog, out: str | Path, options: PresetOptions) -> PresetResult:
    """Write ``channel``'s file (a folder for ``image``) for ``catalog``."""
    out = Path(out)
    if channel not in CHANNELS:
        raise UnknownChoiceError("channel", channel, CHANNELS)
    if channel == "amazon-size-chart":
        from sizer.channels.amazon import build_size_charts, write_size_chart_workbook

        if not options.brand.strip():
            raise SizerError("Amazon keeps one size chart per brand: give the brand (--brand)")
        if out.suffix.lower() != ".xlsx":
            raise SizerError(f"{out}: the Amazon size-chart workbook is an .xlsx file")
        charts = build_size_charts(catalog, options.marketplace, options.brand.strip())
        write_size_chart_workbook(charts, out)
        return PresetResult(f"{len(charts)} size chart(s) for {options.brand} on Amazon {options.marketplace} "
                            f"written to {out}", [n for c in charts for n in c.notes])
    if channel == "amazon-attributes":
        from sizer.channels.amazon import listing_attributes
        from sizer.channels.files import write_delimited

        columns, rows = listing_attributes(catalog, options.marketplace)
        write_delimited(out, columns, rows)
        return PresetResult(f"size attributes of {len(rows)} child listings written to {out}")
    if channel == "google-merchant":
        from sizer.channels.files import write_delimited
        from sizer.channels.google import merchant_feed

        columns, rows, notes = merchant_feed(catalog, options.size_system)
        write_delimited(out, columns, rows)
        return PresetResult(f"Google Merchant size attributes of {len(rows)} variants written to {out}", notes)
    if channel == "shopify-metaobjects":
        from sizer.atomic import atomic_write_text
        from sizer.channels.shopify import size_chart_metaobjects

        payload = size_chart_metaobjects(catalog, list(options.systems), options.unit, options.language)
        atomic_write_text(out, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return PresetResult(f"{len(payload['metaobjects'])} size-chart metaobjects written to {out}")
    if channel == "shopify-metafields":
        from sizer.channels.files import write_delimited
        from sizer.channels.shopify import metafield_csv

        columns, rows = metafield_csv(catalog, list(options.systems), options.unit, options.language)
        write_delimited(out, columns, rows)
        return PresetResult(f"metafields of {len(rows)} products written to {out}")
    from sizer.catalog import chart_bridge
    from sizer.catalog.size_guide import build_size_guide_table
    from sizer.ui.documents.size_guide import write_size_table_image

    width, height = options.image_size
    out.mkdir(parents=True, exist_ok=True)
    suffix = ".jpg" if options.image_format.upper() in ("JPEG", "JPG") else ".png"
    for listing in catalog:
        shown = [s for s in options.systems if s in chart_bridge.systems(listing.category)]
        table = build_size_guide_table(listing, shown, options.unit, options.language)
        name = "".join(c if c.isalnum() or c in "-_" else "_" for c in listing.listing_id)
        write_size_table_image(table, out / f"{name}-size-chart{suffix}", width, height, options.image_format)
    return PresetResult(f"{len(catalog)} size-chart pictures ({width} x {height} px) written to {out}")
