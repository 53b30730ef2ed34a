"""``sizer guide``: a listing's size guide (size table in chosen systems and units, plus the
measuring guide of every dimension it uses) as an HTML snippet, a PDF or a PNG."""
from __future__ import annotations

import argparse
from pathlib import Path

from sizer.cli import EXIT_OK, Command

FORMATS = ("html", "pdf", "png", "csv", "xlsx", "json")  # the last three: the size table alone


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--catalog", metavar="FILE", help="catalogue (.csv or .xlsx); default: the bundled sample")
    parser.add_argument("--listing", metavar="ID", required=True, help="the listing's id")
    parser.add_argument("--systems", metavar="LIST", default="",
                        help="comma-separated size systems to show beside the listing's own, e.g. US,EU,JP")
    parser.add_argument("--units", choices=("cm", "in"), default="cm", help="units of the measurements (cm)")
    parser.add_argument("--lang", default="en", help="language of the guide: en or zh_CN (default en)")
    parser.add_argument("--format", choices=FORMATS,
                        help="html, pdf or png; csv, xlsx or json for the size table alone "
                             "(default: from --out's suffix)")
    parser.add_argument("--out", metavar="FILE", required=True, help="file to write")
    parser.add_argument("--width", type=int, default=1000, metavar="PX", help="PNG width in pixels (1000)")
    parser.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="PDF page size (A4)")
    parser.add_argument("--accept-valid-rows", action="store_true",
                        help="import the valid rows of a catalogue that has errors")


def run(args: argparse.Namespace) -> int:
    from sizer.catalog.importer import load_catalog
    from sizer.catalog.size_guide import build_size_guide_table
    from sizer.errors import SizerError
    from sizer.guides import check_language

    out = Path(args.out)
    suffix = out.suffix.lower().lstrip(".")
    fmt = args.format or suffix
    if fmt not in FORMATS:
        raise SizerError(f"cannot tell the format of {args.out!r}; give --format {'|'.join(FORMATS)} "
                         f"or end the file name in {', '.join('.' + f for f in FORMATS)}")
    if args.format and suffix and suffix in FORMATS and suffix != args.format:
        raise SizerError(f"--format {args.format} but the file name {args.out!r} ends in .{suffix}")
    lang = check_language(args.lang)
    catalog = load_catalog(args.catalog, accept_valid_rows=args.accept_valid_rows)
    listing = catalog.listing(args.listing)
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    table = build_size_guide_table(listing, systems, args.units, lang)
    if fmt == "html":
        from sizer.ui.documents.size_guide_html import write_size_guide_html

        write_size_guide_html(table, out)
        print(f"size guide of {listing.listing_id} written to {out}")
    elif fmt == "pdf":
        from sizer.ui.documents.size_guide import write_size_guide_pdf

        pages = write_size_guide_pdf(table, out, args.page_size)
        print(f"size guide of {listing.listing_id} written to {out} ({pages} pages)")
    elif fmt == "png":
        from sizer.ui.documents.size_guide import write_size_guide_png

        write_size_guide_png(table, out, args.width)
        print(f"size guide of {listing.listing_id} written to {out}")
    else:
        from sizer.export import write_table

        payload = {"listing_id": table.listing_id, "title": table.title, "columns": list(table.columns),
                   "rows": [list(row) for row in table.rows], "unit": table.unit, "language": table.language}
        write_table(out, table.columns, table.rows, sheet_title=table.heading, json_payload=payload)
        print(f"size table of {listing.listing_id} written to {out}")
    return EXIT_OK


COMMAND = Command(
    name="guide",
    help="write a listing's size guide (HTML snippet, PDF or PNG; or its size table as CSV, XLSX, JSON)",
    configure=configure,
    run=run,
    description="A size guide for a listing's page: its size table in the chosen systems and units, and the "
                "illustrated measuring guide for each dimension the table uses. The HTML is a self-contained "
                "snippet to paste into a store's product description.",
)
