"""One way to write any preset, for the CLI (``sizer preset``) and the app (Marketplace files…)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sizer.catalog.model import Catalog
from sizer.errors import SizerError, UnknownChoiceError

from sizer.channels import CHANNELS
from sizer.problems import Problem

# The file names each channel's file may have, the usual one first: the suffix says the format
# (tab-separated for .txt and .tsv), so a name that says another format is refused, never filled
# with text of the wrong kind. ``image`` writes a folder, or one picture for one listing.
FILE_SUFFIXES: dict[str, tuple[str, ...]] = {
    "amazon-size-chart": (".xlsx",), "amazon-attributes": (".txt", ".tsv", ".csv"),
    "google-merchant": (".tsv", ".txt", ".csv"), "shopify-metaobjects": (".json",), "shopify-metafields": (".csv",),
}
IMAGE_SUFFIXES = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}
SUFFIXES = {**{channel: suffixes[0] for channel, suffixes in FILE_SUFFIXES.items()}, "image": ""}


def check_out_path(channel: str, out: str | Path) -> None:
    """Refuse a file name whose suffix is not one of the formats ``channel`` is written in."""
    out = Path(out)
    suffixes = FILE_SUFFIXES.get(channel)
    if suffixes is not None and out.suffix.lower() not in suffixes:
        raise SizerError(Problem("preset_wrong_suffix", path=str(out), channel=channel, suffixes=list(suffixes),
                                 suffix=out.suffix or "(none)"))


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
    """What was written, and what the merchant should know about it (a listing sent in its own
    system, a chart split, two sizes made one row): problems, so the app says them in its language."""

    summary: str
    notes: list[str] = field(default_factory=list)


def write_preset(channel: str, catalog: Catalog, out: str | Path, options: PresetOptions) -> PresetResult:
    """Write ``channel``'s file (a folder for ``image``) for ``catalog``."""
    out = Path(out)
    if channel not in CHANNELS:
        raise UnknownChoiceError("channel", channel, CHANNELS)
    check_out_path(channel, out)
    if channel == "amazon-size-chart":
        from sizer.channels.amazon import build_size_charts, write_size_chart_workbook

        if not options.brand.strip():
            raise SizerError("Amazon keeps one size chart per brand: give the brand (--brand)")
        charts = build_size_charts(catalog, options.marketplace, options.brand.strip())
        write_size_chart_workbook(charts, out)
        return PresetResult(Problem("preset_written_chart_one" if len(charts) == 1 else "preset_written_charts",
                                    count=len(charts), brand=options.brand.strip(),
                                    marketplace=options.marketplace, path=str(out)), [n for c in charts for n in c.notes])
    if channel == "amazon-attributes":
        from sizer.channels.amazon import listing_attributes
        from sizer.channels.files import write_delimited

        columns, rows, notes = listing_attributes(catalog, options.marketplace)
        write_delimited(out, columns, rows)
        return PresetResult(Problem("preset_written_attributes", count=len(rows), path=str(out)), notes)
    if channel == "google-merchant":
        from sizer.channels.files import write_delimited
        from sizer.channels.google import merchant_feed

        columns, rows, notes = merchant_feed(catalog, options.size_system)
        write_delimited(out, columns, rows)
        return PresetResult(Problem("preset_written_feed", count=len(rows), path=str(out)), notes)
    if channel == "shopify-metaobjects":
        from sizer.atomic import atomic_write_text
        from sizer.channels.shopify import size_chart_metaobjects

        payload = size_chart_metaobjects(catalog, list(options.systems), options.unit, options.language)
        atomic_write_text(out, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return PresetResult(Problem("preset_written_metaobjects", count=len(payload["metaobjects"]), path=str(out)))
    if channel == "shopify-metafields":
        from sizer.channels.files import write_delimited
        from sizer.channels.shopify import metafield_csv

        columns, rows = metafield_csv(catalog, list(options.systems), options.unit, options.language)
        write_delimited(out, columns, rows)
        return PresetResult(Problem("preset_written_metafields", count=len(rows), path=str(out)))
    from sizer.catalog import chart_bridge
    from sizer.catalog.size_guide import build_size_guide_table
    from sizer.ui.documents.size_guide import write_size_table_image

    width, height = options.image_size
    one_format = IMAGE_SUFFIXES.get(out.suffix.lower())
    if one_format is not None:  # one picture: of the one listing, in the format its name says
        if len(catalog) != 1:
            raise SizerError(Problem("preset_image_one_file", path=str(out), count=len(catalog)))
        listing = next(iter(catalog))
        shown = [s for s in options.systems if s in chart_bridge.systems(listing.category)]
        table = build_size_guide_table(listing, shown, options.unit, options.language)
        write_size_table_image(table, out, width, height, one_format)
        return PresetResult(Problem("preset_written_picture", listing=listing.listing_id, width=width, height=height,
                                    path=str(out)))
    if out.exists() and not out.is_dir():
        raise SizerError(Problem("preset_image_not_folder", path=str(out)))
    out.mkdir(parents=True, exist_ok=True)
    suffix = ".jpg" if options.image_format.upper() in ("JPEG", "JPG") else ".png"
    for listing in catalog:
        shown = [s for s in options.systems if s in chart_bridge.systems(listing.category)]
        table = build_size_guide_table(listing, shown, options.unit, options.language)
        name = "".join(c if c.isalnum() or c in "-_" else "_" for c in listing.listing_id)
        write_size_table_image(table, out / f"{name}-size-chart{suffix}", width, height, options.image_format)
    return PresetResult(Problem("preset_written_pictures", count=len(catalog), width=width, height=height,
                                path=str(out)))
