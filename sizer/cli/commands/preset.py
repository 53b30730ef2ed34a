"""``sizer preset CHANNEL``: a catalogue's size tables in the file a sales channel imports.

Channels: amazon-size-chart (XLSX), amazon-attributes (CSV/TSV), google-merchant (TSV/CSV),
shopify-metaobjects (JSON), shopify-metafields (CSV), image (a folder of size-table pictures for
channels that only take pictures: Temu, SHEIN, AliExpress). README "Marketplace presets" says
which field each fills and from what.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from sizer.cli import EXIT_OK, Command

CHANNELS = ("amazon-size-chart", "amazon-attributes", "google-merchant", "shopify-metaobjects", "shopify-metafields",
            "image")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("channel", choices=CHANNELS, help="what to write")
    parser.add_argument("--catalog", metavar="FILE", help="catalogue; default: the bundled sample")
    parser.add_argument("--mapping", metavar="JSON",
                        help="read --catalog through a column mapping (a file from `sizer catalog map "
                             "--save-mapping`, or 'remembered')")
    parser.add_argument("--listing", action="append", default=[], metavar="ID",
                        help="only this listing (repeatable); default: every listing")
    parser.add_argument("--marketplace", default="US", help="Amazon marketplace: US, CA, MX, UK, DE, FR, IT, ES, JP (US)")
    parser.add_argument("--brand", default="", help="brand name of the Amazon size charts (required for them)")
    parser.add_argument("--size-system", default="US",
                        help="Google Merchant: the market's size system (US, UK, EU, DE, FR, IT, JP, CN, AU, BR, MX)")
    parser.add_argument("--systems", default="", metavar="LIST",
                        help="Shopify and pictures: other size systems to show, e.g. US,EU")
    parser.add_argument("--units", choices=("cm", "in", "both"), default="cm", help="Shopify and pictures: units")
    parser.add_argument("--lang", default="en", help="Shopify and pictures: language (en, zh_CN)")
    parser.add_argument("--image-size", default="temu",
                        help="pictures: WIDTHxHEIGHT or a channel (temu, shein, aliexpress, amazon, shopify)")
    parser.add_argument("--format", choices=("jpeg", "png"), default="jpeg", help="pictures: JPEG or PNG (jpeg)")
    parser.add_argument("--out", metavar="PATH", required=True, help="file to write (a folder for image)")
    parser.add_argument("--accept-valid-rows", action="store_true", help="import the valid rows of a catalogue")


def _catalog(args: argparse.Namespace):
    from sizer.catalog.importer import load_catalog
    from sizer.catalog.model import CatalogBuilder

    if args.mapping:
        from sizer.catalog.mapping import import_mapped
        from sizer.cli.commands.catalog_map import load_mapping

        catalog = import_mapped(args.catalog, load_mapping(args.mapping, args.catalog),
                                accept_valid_rows=args.accept_valid_rows).catalog
    else:
        catalog = load_catalog(args.catalog, accept_valid_rows=args.accept_valid_rows)
    if not args.listing:
        return catalog
    builder = CatalogBuilder()
    for listing_id in dict.fromkeys(args.listing):
        listing = catalog.listing(listing_id)
        builder.add_listing(listing.listing_id, listing.title, listing.category, listing.size_system, listing.fit,
                            listing.stretch)
        for size in listing.sizes:
            builder.add_size(listing.listing_id, size)
    return builder.build(source=catalog.source)


def run(args: argparse.Namespace) -> int:
    from sizer.errors import SizerError
    from sizer.guides import check_language

    catalog = _catalog(args)
    out = Path(args.out)
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    channel = args.channel
    if channel == "amazon-size-chart":
        from sizer.channels.amazon import build_size_charts, write_size_chart_workbook

        if not args.brand.strip():
            raise SizerError("Amazon keeps one size chart per brand: give --brand")
        if out.suffix.lower() != ".xlsx":
            raise SizerError(f"{args.out}: the Amazon size-chart workbook is an .xlsx file")
        charts = build_size_charts(catalog, args.marketplace, args.brand.strip())
        write_size_chart_workbook(charts, out)
        print(f"{len(charts)} size chart(s) for {args.brand} on Amazon {args.marketplace} written to {out}")
        for chart in charts:
            for note in chart.notes:
                print(f"  note: {note}")
    elif channel == "amazon-attributes":
        from sizer.channels.amazon import listing_attributes
        from sizer.channels.files import write_delimited

        columns, rows = listing_attributes(catalog, args.marketplace)
        write_delimited(out, columns, rows)
        print(f"size attributes of {len(rows)} child listings written to {out}")
    elif channel == "google-merchant":
        from sizer.channels.files import write_delimited
        from sizer.channels.google import merchant_feed

        columns, rows, notes = merchant_feed(catalog, args.size_system)
        write_delimited(out, columns, rows)
        print(f"Google Merchant size attributes of {len(rows)} variants written to {out}")
        for note in notes:
            print(f"  note: {note}")
    elif channel == "shopify-metaobjects":
        from sizer.atomic import atomic_write_text
        from sizer.channels.shopify import size_chart_metaobjects

        payload = size_chart_metaobjects(catalog, systems, args.units, check_language(args.lang))
        atomic_write_text(out, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        print(f"{len(payload['metaobjects'])} size-chart metaobjects written to {out}")
    elif channel == "shopify-metafields":
        from sizer.channels.files import write_delimited
        from sizer.channels.shopify import metafield_csv

        columns, rows = metafield_csv(catalog, systems, args.units, check_language(args.lang))
        write_delimited(out.with_suffix(".csv") if out.suffix.lower() != ".csv" else out, columns, rows)
        print(f"metafields of {len(rows)} products written to {out}")
    else:
        from sizer.catalog import chart_bridge
        from sizer.catalog.size_guide import build_size_guide_table
        from sizer.ui.documents.size_guide import write_size_table_image
        from sizer.ui.documents.size_guide_export import parse_image_size

        width, height = parse_image_size(args.image_size)
        lang = check_language(args.lang)
        out.mkdir(parents=True, exist_ok=True)
        suffix = ".jpg" if args.format == "jpeg" else ".png"
        for listing in catalog:
            shown = [s for s in systems if s in chart_bridge.systems(listing.category)]
            table = build_size_guide_table(listing, shown, args.units, lang)
            name = "".join(c if c.isalnum() or c in "-_" else "_" for c in listing.listing_id)
            write_size_table_image(table, out / f"{name}-size-chart{suffix}", width, height, args.format.upper())
        print(f"{len(catalog)} size-chart pictures ({width} x {height} px) written to {out}")
    return EXIT_OK


COMMAND = Command(
    name="preset",
    help="write the file a sales channel imports: Amazon size charts and attributes, Google Merchant feed, "
         "Shopify metaobjects and metafields, pictures",
    configure=configure,
    run=run,
    description="Marketplace presets: the catalogue's size tables as the files Amazon (size-chart workbook, "
                "apparel/footwear size attributes), Google Merchant Center (size, size_system, size_type, gender, "
                "age_group), Shopify (size-chart metaobjects, product metafields CSV) and picture-only channels "
                "(one size-table picture per listing) import.",
)
