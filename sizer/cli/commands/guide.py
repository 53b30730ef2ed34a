"""``sizer guide``: a listing's size guide (size table in chosen systems and units, plus the
measuring guide of every dimension it uses) as HTML (desktop, mobile or plain), PDF, PNG, a
gallery picture (PNG or JPEG), or its size table as CSV, XLSX or JSON."""
from __future__ import annotations

import argparse
from pathlib import Path

from sizer.cli import EXIT_OK, Command
from sizer.languages import LANGUAGES

TABLE_FORMATS = ("csv", "xlsx", "json")  # the size table alone
FORMATS = ("html", "mobile", "mobile-page", "plain", "pdf", "png", "jpeg", *TABLE_FORMATS)
_SUFFIXES = {"html": "html", "htm": "html", "pdf": "pdf", "png": "png", "jpg": "jpeg", "jpeg": "jpeg",
             "csv": "csv", "xlsx": "xlsx", "json": "json"}


def configure(parser: argparse.ArgumentParser) -> None:
    from sizer.cli.catalog_input import add_catalog_arguments

    add_catalog_arguments(parser)
    parser.add_argument("--listing", metavar="ID", required=True, help="the listing's id")
    parser.add_argument("--systems", metavar="LIST", default="",
                        help="comma-separated size systems to show beside the listing's own, e.g. US,EU,JP")
    parser.add_argument("--units", choices=("cm", "in", "both"), default="cm",
                        help="units of the measurements: cm, in or both side by side (cm)")
    parser.add_argument("--lang", default="auto",
                        help=f"language of the guide: {', '.join(LANGUAGES)}, or auto: the listing's market's "
                             "(ja for a JP-sized listing, ko for KR, zh_CN for CN, es for MX ...; else en) (auto)")
    parser.add_argument("--format", choices=FORMATS,
                        help="html (desktop snippet), mobile (phone-first snippet), mobile-page (the same as a "
                             "whole page), plain (only p, br, b, ul, li: Amazon's description), pdf, png, jpeg; "
                             "csv, xlsx or json for the size table alone (default: from --out's suffix)")
    parser.add_argument("--out", metavar="FILE", required=True, help="file to write")
    parser.add_argument("--width", type=int, default=1000, metavar="PX", help="PNG width in pixels (1000)")
    parser.add_argument("--image-size", metavar="SIZE",
                        help="a gallery picture of the size table alone: WIDTHxHEIGHT or a channel (amazon, "
                             "shopify, temu, aliexpress, shein); implied by --format jpeg")
    parser.add_argument("--paper", "--page-size", dest="paper", choices=("A4", "Letter", "auto"), default="auto",
                        help="PDF paper: A4, Letter, or auto (Letter for a US-sized listing, else A4)")


def run(args: argparse.Namespace) -> int:
    from sizer.catalog.size_guide import build_size_guide_table, default_paper
    from sizer.errors import SizerError
    from sizer.languages import check_language, listing_language

    out = Path(args.out)
    suffix = _SUFFIXES.get(out.suffix.lower().lstrip("."))
    fmt = args.format or suffix
    if fmt not in FORMATS:
        raise SizerError(f"cannot tell the format of {args.out!r}; give --format {'|'.join(FORMATS)} "
                         f"or end the file name in .html, .pdf, .png, .jpg, .csv, .xlsx or .json")
    expected = {"mobile": "html", "mobile-page": "html", "plain": "html"}.get(fmt, fmt)
    if args.format and suffix and suffix != expected:
        raise SizerError(f"--format {args.format} but the file name {args.out!r} ends in {out.suffix}")
    lang = None if args.lang == "auto" else check_language(args.lang)
    from sizer.cli.catalog_input import load_catalog_option

    catalog = load_catalog_option(args.catalog, args.mapping, args.accept_valid_rows)
    listing = catalog.listing(args.listing)
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    lang = lang or listing_language(listing.size_system)
    table = build_size_guide_table(listing, systems, args.units, lang)
    if fmt in TABLE_FORMATS:
        from sizer.catalog.size_guide import size_guide_numbers
        from sizer.export import write_table

        # Min and max as numbers (columns of their own), not "74–78" text.
        columns, rows = size_guide_numbers(table)
        payload = {"listing_id": table.listing_id, "title": table.title, "columns": columns, "rows": rows,
                   "unit": table.unit, "language": table.language}
        write_table(out, columns, rows, sheet_title=table.heading, json_payload=payload)
        print(f"size table of {listing.listing_id} written to {out}")
        return EXIT_OK
    from sizer.ui.documents.size_guide_export import parse_image_size, write_size_guide

    image_size = parse_image_size(args.image_size) if args.image_size else None
    form = {"jpeg": "gallery-jpeg", "png": "gallery-png" if image_size else "png"}.get(fmt, fmt)
    paper = default_paper(listing, systems) if args.paper == "auto" else args.paper
    what = write_size_guide(table, out, form, paper=paper, image_size=image_size, png_width=args.width)
    print(f"size guide of {listing.listing_id} written to {out} ({what})")
    return EXIT_OK


COMMAND = Command(
    name="guide",
    help="write a listing's size guide (HTML for desktop, phone or Amazon; PDF; PNG or JPEG picture; or its size "
         "table as CSV, XLSX, JSON)",
    configure=configure,
    run=run,
    description="A size guide for a listing's page: its size table in the chosen systems and units (cm, in or "
                "both), the body measurement that decides the size first, and the illustrated measuring guide "
                "for each dimension the table uses. HTML comes as a desktop snippet, a phone-first snippet "
                "(--format mobile) or plain HTML for marketplaces that strip styles and pictures (--format "
                "plain); pictures sized for listing galleries with --image-size.",
)
