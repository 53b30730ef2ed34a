"""``sizer preset CHANNEL``: a catalogue's size tables in the file a sales channel imports.

Channels: amazon-size-chart (XLSX), amazon-attributes (CSV/TSV), google-merchant (TSV/CSV),
shopify-metaobjects (JSON), shopify-metafields (CSV), image (a folder of size-table pictures for
channels that only take pictures: Temu, SHEIN, AliExpress). README "Marketplace presets" says
which field each fills and from what.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from sizer.channels import CHANNELS
from sizer.cli import EXIT_OK, Command
from sizer.languages import LANGUAGES


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("channel", choices=CHANNELS, help="what to write")
    from sizer.cli.catalog_input import add_catalog_arguments

    add_catalog_arguments(parser)
    parser.add_argument("--listing", action="append", default=[], metavar="ID",
                        help="only this listing (repeatable); default: every listing")
    parser.add_argument("--marketplace", default="US", help="Amazon marketplace: US, CA, MX, UK, DE, FR, IT, ES, JP (US)")
    parser.add_argument("--brand", default="", help="brand name of the Amazon size charts (required for them)")
    parser.add_argument("--size-system", default="US",
                        help="Google Merchant: the market's size system (Google's codes: US, UK, EU, DE, FR, IT, JP, CN, AU, BR, MEX)")
    parser.add_argument("--systems", default="", metavar="LIST",
                        help="Shopify and pictures: other size systems to show, e.g. US,EU")
    parser.add_argument("--units", choices=("cm", "in", "both"), default="cm", help="Shopify and pictures: units")
    parser.add_argument("--lang", default="auto",
                        help=f"Shopify and pictures: language ({', '.join(LANGUAGES)}), or auto: the marketplace's "
                             "(--marketplace JP: ja, KR: ko, DE: de, FR: fr, ES/MX: es; else en) (auto)")
    parser.add_argument("--image-size", default="temu",
                        help="pictures: WIDTHxHEIGHT or a channel (temu, shein, aliexpress, amazon, shopify)")
    parser.add_argument("--format", choices=("jpeg", "png"), default="jpeg", help="pictures: JPEG or PNG (jpeg)")
    parser.add_argument("--out", metavar="PATH", required=True,
                        help="file to write: .xlsx (amazon-size-chart), .txt/.tsv/.csv (amazon-attributes, "
                             "google-merchant; .txt and .tsv tab-separated), .json (shopify-metaobjects), .csv "
                             "(shopify-metafields); for image a folder, or one .png/.jpg for one listing")


def _catalog(args: argparse.Namespace):
    from sizer.catalog.model import CatalogBuilder
    from sizer.cli.catalog_input import load_catalog_option

    catalog = load_catalog_option(args.catalog, args.mapping, args.accept_valid_rows)
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
    from sizer.channels.write import PresetOptions, write_preset
    from sizer.languages import check_language, market_language

    catalog = _catalog(args)
    out = Path(args.out)
    options = PresetOptions(marketplace=args.marketplace, brand=args.brand, size_system=args.size_system,
                            systems=tuple(s.strip() for s in args.systems.split(",") if s.strip()), unit=args.units,
                            language=market_language(args.marketplace) if args.lang == "auto" else check_language(args.lang), image_format=args.format.upper(),
                            image_size=_image_size(args.image_size) if args.channel == "image" else (800, 800),
                            amazon_fields=_amazon_fields(args))
    result = write_preset(args.channel, catalog, out, options)
    print(result.summary)
    for note in result.notes:
        print(f"  note: {note}")
    return EXIT_OK


def _amazon_fields(args: argparse.Namespace):
    """For the Amazon presets of a catalogue read from the merchant's own Amazon flat file: what
    that file says of each item (product type, variation theme, body type), written back."""
    if not args.channel.startswith("amazon") or not args.catalog:
        return None
    from sizer.channels.amazon_flat_file import read_flat_file_fields

    return read_flat_file_fields(args.catalog)


def _image_size(text: str) -> tuple[int, int]:
    from sizer.ui.documents.size_guide_export import parse_image_size

    return parse_image_size(text)


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
