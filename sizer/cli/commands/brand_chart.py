"""``sizer brand-chart FILE``: a brand's size chart from a spreadsheet, previewed, then saved into
a listing's size table (``--listing``) or a size-chart file (``--chart-out``)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sizer.cli import EXIT_OK, Command, print_json


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the brand's chart: CSV, TSV/TXT or XLSX")
    parser.add_argument("--unit", choices=("cm", "in"), help="the sheet's unit (default: detected and said)")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--garment", action="store_true", default=None,
                      help="the measurements are of the garment (default: detected from the sheet's words)")
    kind.add_argument("--body", dest="garment", action="store_false", help="the measurements are of the body")
    flat = parser.add_mutually_exclusive_group()
    flat.add_argument("--laid-flat", dest="laid_flat", action="store_true", default=None,
                      help="the girths are half girths, measured across the garment laid flat: double them "
                           "(default: detected from 平铺/平量/laid flat and the values)")
    flat.add_argument("--not-laid-flat", dest="laid_flat", action="store_false",
                      help="the girths are whole girths, even if the sheet says flat")
    parser.add_argument("--show-in", choices=("cm", "in"), default="cm", help="unit of the preview (cm)")
    parser.add_argument("--json", action="store_true", help="print the preview as JSON")
    parser.add_argument("--catalog", metavar="FILE", help="with --listing: the catalogue (Sizer's own columns)")
    parser.add_argument("--listing", metavar="ID", help="replace this listing's size table with the chart")
    parser.add_argument("--system", help="with --listing: which label column becomes the sizes (default: the "
                                         "listing's own system when the chart has it, else the first)")
    parser.add_argument("--add-new-sizes", action="store_true",
                        help="with --listing: also add the chart's sizes the listing does not sell (default: only "
                             "the listing's sizes take the chart's measurements)")
    parser.add_argument("--drop-missing-sizes", action="store_true",
                        help="with --listing: remove the listing's sizes the chart does not give (default: kept "
                             "as they were)")
    parser.add_argument("--out", metavar="FILE", help="with --listing: write the catalogue here (default: "
                                                      "overwrite --catalog)")
    parser.add_argument("--accept-valid-rows", action="store_true",
                        help="with --listing and --out: take the valid rows of a catalogue that has errors")
    parser.add_argument("--chart-out", metavar="TOML", help="write the chart as a size-chart file")
    parser.add_argument("--id", dest="chart_id", help="with --chart-out: the chart id (e.g. acme_womens_tops)")
    parser.add_argument("--title", help="with --chart-out: the chart's title")
    parser.add_argument("--source-url", help="with --chart-out: where the brand publishes the chart")
    parser.add_argument("--category", help="with --chart-out and a garment chart: the category whose ease "
                                           "gives the body ranges")


def run(args: argparse.Namespace) -> int:
    from sizer.catalog.brand_chart import (apply_to_listing, chart_file_text, checked_segment,
                                           dropped_label_systems, kept_label_systems, match_sizes, read_brand_chart,
                                           save_problems)
    from sizer.errors import SizerError

    imported = None
    segment = None
    if args.listing:
        from sizer.cli.catalog_input import import_catalog_option

        if not args.catalog:
            raise SizerError("--listing needs --catalog: the catalogue whose listing gets the chart")
        # The listing is read first: whom it is for decides what the chart's columns mean (胸围 on a
        # women's listing is the bust), and the preview shows the chart as it will be saved.
        imported = import_catalog_option(args.catalog, None, args.accept_valid_rows, mapping_allowed=False)
        from sizer.catalog.brand_chart import segment_of

        segment = segment_of(imported.catalog.listing(args.listing)) or None
    chart = read_brand_chart(args.file, unit=args.unit, garment=args.garment, laid_flat=args.laid_flat,
                             segment=segment)
    # The save's own checks, run on the preview: what it would refuse is said here, with the option that fixes it.
    problems = save_problems(chart, checked_segment(imported.catalog.listing(args.listing)) if imported is not None
                             else chart.segment or None)
    columns, rows = chart.preview_rows(args.show_in)
    if args.json:
        print_json({"file": args.file, "orientation": chart.orientation, "unit": chart.unit,
                    "unit_reason": chart.unit_reason, "garment": chart.garment, "garment_reason": chart.garment_reason,
                    "systems": chart.systems, "dimensions": chart.dimensions, "columns": columns, "rows": rows,
                    "notes": chart.notes, "problems": problems})
    else:
        kind = "garment" if chart.garment else "body"
        print(f"{args.file}: {chart.orientation}; {'inches' if chart.unit == 'in' else 'centimetres'} "
              f"({chart.unit_reason}); {kind} measurements ({chart.garment_reason})")
        widths = [max(len(c), *(len(r[j]) for r in rows)) for j, c in enumerate(columns)]
        print("  " + "  ".join(c.ljust(w) for c, w in zip(columns, widths)))
        for row in rows:
            print("  " + "  ".join(v.ljust(w) for v, w in zip(row, widths)))
        for note in chart.notes:
            print(f"  note: {note}")
        for problem in problems:
            print(f"  problem: {problem}")
    if imported is not None:
        from sizer.catalog.writer import save_catalog

        if imported.partial and (not args.out or Path(args.out).resolve() == Path(args.catalog).resolve()):
            # Saved over the source, a catalogue read without its bad rows would lose them.
            raise SizerError(f"{args.catalog} was read without its rows with problems, so it is not written over: "
                             "give --out NEW.csv, or fix the rows listed above")
        if problems:
            raise SizerError(f"{args.file}: not saved into {args.listing}: " + "; ".join(problems))
        catalog = imported.catalog
        match = match_sizes(catalog.listing(args.listing), chart, args.system)
        if not match.pairs and not args.add_new_sizes:
            raise SizerError(f"{args.file}: none of the chart's {_system_name(match.system)} sizes "
                             f"({', '.join(s.labels[match.system] for s in match.chart_only)}) is a size "
                             f"{args.listing} sells ({', '.join(s.label for s in catalog.listing(args.listing).sizes)})"
                             f": give --system with the listing's labels, or --add-new-sizes --drop-missing-sizes "
                             f"to give the listing the chart's sizes instead")
        updated = apply_to_listing(catalog, args.listing, chart, args.system, add_new=args.add_new_sizes,
                                   drop_missing=args.drop_missing_sizes)
        target = Path(args.out or args.catalog)
        save_catalog(target, updated)
        for line in size_match_lines(match, args.add_new_sizes, args.drop_missing_sizes):
            print(f"  {line}")
        kept = kept_label_systems(chart, match.system)
        if kept:
            print(f"  the brand's own {', '.join(kept)} labels kept beside each size "
                  f"({', '.join('label_' + s for s in kept)}): guides and exports show them")
        dropped = [_system_name(s) for s in dropped_label_systems(chart, match.system)]
        if dropped:
            print(f"sizer: warning: the chart's {', '.join(dropped)} labels are not kept (they name no size "
                  f"system): guides and exports show the sizes by their {_system_name(match.system)} labels",
                  file=sys.stderr)
        print(f"{args.listing}: {len(match.pairs)} sizes took the chart's measurements"
              + (f", {len(match.chart_only)} added" if args.add_new_sizes and match.chart_only else "")
              + (f", {len(match.listing_only)} removed" if args.drop_missing_sizes and match.listing_only else "")
              + f"; saved to {target}")
    if args.chart_out:
        missing = [name for name, value in (("--id", args.chart_id), ("--title", args.title),
                                            ("--source-url", args.source_url)) if not value]
        if missing:
            raise SizerError(f"--chart-out needs {', '.join(missing)}")
        from sizer.atomic import atomic_write_text
        from sizer.sizing.library import load_chart_file

        text = chart_file_text(chart, args.chart_id, args.title, args.source_url, category=args.category)
        target = Path(args.chart_out)
        atomic_write_text(target, text)
        load_chart_file(target)  # the file must load as every bundled chart does
        print(f"chart {args.chart_id} written to {target}")
    if not args.listing and not args.chart_out and not args.json:
        print("  (preview only: nothing saved; add --catalog and --listing, or --chart-out, to save)")
    return EXIT_OK


def _system_name(system: str) -> str:
    from sizer.catalog.brand_chart import BRAND_LABEL

    return "own" if system == BRAND_LABEL else system


def _sized(size) -> str:
    return f"{size.label} ({size.sku})" if size.sku else size.label


def size_match_lines(match, add_new: bool, drop_missing: bool) -> list[str]:
    """What the save does to each of the listing's sizes, and to the chart's it does not sell."""
    lines = []
    renamed = [f"{listed.label} (the chart's {size.labels[match.system]})" if listed.label != size.labels[match.system]
               else listed.label for size, listed in match.pairs]
    if renamed:
        lines.append("sizes the listing sells, with the chart's measurements: " + ", ".join(renamed))
    if match.chart_only:
        labels = ", ".join(size.labels[match.system] for size in match.chart_only)
        lines.append(f"the chart's sizes the listing does not sell: {labels}"
                     + (": added, without SKUs" if add_new else ": not added (--add-new-sizes adds them)"))
    if match.listing_only:
        labels = ", ".join(_sized(size) for size in match.listing_only)
        lines.append(f"the listing's sizes the chart lacks: {labels}"
                     + (": removed" if drop_missing else ": kept as they were (--drop-missing-sizes removes them)"))
    return lines


COMMAND = Command(
    name="brand-chart",
    help="read a brand's size chart spreadsheet (sizes as rows or columns, cm or inches, ranges), preview it, "
         "save it into a listing or a chart file",
    configure=configure,
    run=run,
    description="Reads a brand's size chart in the shapes brands publish: sizes as rows or columns, several "
                "systems' labels side by side, cm or inches (detected and said), ranges written 34-36, 34–36, "
                "34/36 or 34 to 36, single values (graded to ranges), garment measurements (flagged). Prints a "
                "preview; --listing or --chart-out saves it.",
)
