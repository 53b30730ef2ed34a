"""``sizer returns analyse|apply``: find the sizes whose returns say the chart is wrong, and correct them."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sizer.cli import EXIT_OK, Command, print_json

REPORT_SUFFIXES = (".html", ".pdf", ".csv", ".xlsx")
MAX_WARNINGS = 50  # skipped rows named one by one; the rest counted


def _inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--catalog", metavar="FILE", help="catalogue (.csv or .xlsx); default: the bundled sample")
    parser.add_argument("--orders", metavar="FILE", required=True,
                        help="orders file (.csv or .xlsx): Sizer's columns, a Shopify orders export, an Amazon All "
                             "Orders report, or any file with --map")
    parser.add_argument("--returns", metavar="FILE",
                        help="the returns of a Shopify or Amazon export (Shopify return line items; Amazon FBA "
                             "customer returns report)")
    parser.add_argument("--layout", choices=("auto", "sizer", "shopify", "amazon", "mapped"), default="auto",
                        help="the orders file's layout (default: told by its header)")
    parser.add_argument("--map", metavar="FIELD=COLUMN", action="append", default=[],
                        help="which column holds a field, for other layouts (repeatable), e.g. --map size_label=Size")
    parser.add_argument("--remember-mapping", action="store_true",
                        help="remember the --map columns for every file with this header")
    parser.add_argument("--accept-valid-rows", action="store_true",
                        help="import the valid rows of a catalogue or orders file that has errors (the rows left "
                             "out are listed)")


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="returns_action", metavar="ACTION", required=True)
    analyse = sub.add_parser("analyse", aliases=["analyze"], help="which sizes run small or large, and by how much",
                             description="Reads orders and returns and says, per listing and size, whether it runs "
                                         "small, large, true to size, or that there is not enough data yet (with how "
                                         "many more orders would settle it).")
    _inputs(analyse)
    output = analyse.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help='print {"findings": [...], "summary": {...}} as JSON')
    output.add_argument("--out", metavar="REPORT", help="write a report: .html or .pdf (with charts), .csv or .xlsx")
    apply = sub.add_parser("apply", help="write the catalogue with the flagged sizes corrected",
                           description="Shifts the body ranges of every flagged size by its offset and writes the "
                                       "catalogue (over --catalog, keeping a backup beside it, or to --out), listing "
                                       "every change.")
    _inputs(apply)
    apply.add_argument("--out", metavar="FILE", help="write the corrected catalogue here instead of over --catalog")
    apply.add_argument("--only", metavar="LISTING:SIZE", action="append",
                       help="correct only this size (repeatable); default: every flagged size")
    apply.add_argument("--json", action="store_true", help="print the changes as JSON")


def _analysis(args: argparse.Namespace):
    from sizer.catalog.importer import sample_catalog_path
    from sizer.cli.catalog_input import import_catalog_option
    from sizer.returns.analysis import analyse
    from sizer.returns.importers import import_orders, read_columns
    from sizer.returns.mapping import ColumnMapping, remember_mapping

    catalog_path = args.catalog or sample_catalog_path()
    # `returns apply` writes the catalogue back: a merchant's export is converted once, not overwritten
    imported = import_catalog_option(catalog_path, None, args.accept_valid_rows, mapping_allowed=False)
    args.partial_catalog = imported.partial
    catalog = imported.catalog
    mapping = ColumnMapping.parse(args.map) if args.map else None
    lines = import_orders(args.orders, catalog, layout=args.layout, returns_path=args.returns, mapping=mapping,
                          accept_valid_rows=args.accept_valid_rows)
    for issue in lines.skipped[:MAX_WARNINGS]:
        print(f"sizer: warning: skipped {issue}", file=sys.stderr)
    if len(lines.skipped) > MAX_WARNINGS:
        print(f"sizer: warning: ... and {len(lines.skipped) - MAX_WARNINGS} more problems", file=sys.stderr)
    if lines.skipped_rows:
        print(f"sizer: warning: {lines.skipped_rows} order rows with problems left out", file=sys.stderr)
    if mapping is not None and args.remember_mapping:
        where = remember_mapping(read_columns(args.orders).header, mapping)
        print(f"column mapping remembered in {where}", file=sys.stderr)
    return catalog_path, catalog, analyse(lines)


def run(args: argparse.Namespace) -> int:
    from sizer.errors import SizerError

    if args.returns_action in ("analyse", "analyze"):
        if args.out and not args.out.lower().endswith(REPORT_SUFFIXES):
            raise SizerError(f"cannot write a report to {args.out!r}; valid: {', '.join(REPORT_SUFFIXES)}")
        _, catalog, analysis = _analysis(args)
        if args.json:
            from sizer.returns.corrections import corrected_catalog

            payload = analysis.to_json()
            _, changes = corrected_catalog(catalog, analysis.findings)
            print_json({"findings": payload["findings"], "summary": payload["summary"], "listings": payload["listings"],
                        "proposed_changes": [c.to_json() for c in changes]})
        elif args.out:
            _write_report(analysis, args.out)
            print(f"returns report written to {args.out}")
        else:
            _print_findings(analysis)
        return EXIT_OK
    return _apply(args)


def _write_report(analysis, out: str) -> None:
    suffix = out.lower().rsplit(".", 1)[-1]
    if suffix in ("csv", "xlsx"):
        from sizer.returns.tables import write_findings_table

        write_findings_table(out, analysis)
    elif suffix == "html":
        from sizer.ui.returns_report import write_report_html

        write_report_html(analysis, out)
    else:
        from sizer.ui.returns_report import write_report_pdf

        write_report_pdf(analysis, out)


def _print_findings(analysis) -> None:
    from sizer.returns.tables import evidence

    s = analysis.summary
    print(f"{s['order_lines']} order lines, {s['units']} units, {s['returned_units']} returned; "
          f"{s['runs_small']} sizes run small, {s['runs_large']} run large, {s['true_to_size']} true to size, "
          f"{s['not_enough_data']} not enough data")
    for listing in analysis.listings:
        if listing.verdict.value in ("runs_small", "runs_large"):
            print(f"{listing.listing_id}: the whole listing {listing.verdict.value.replace('_', ' ')} "
                  f"(about {abs(listing.offset_cm or 0):.1f} cm)")
    for f in analysis.findings:
        print(f"{f.listing_id:<10} {f.size_label:>9}  {evidence(f)}")


def _apply(args: argparse.Namespace) -> int:
    from sizer.errors import SizerError
    from sizer.returns.corrections import apply_corrections, flagged

    catalog_path, catalog, analysis = _analysis(args)
    findings = flagged(analysis.findings)
    if args.only:
        wanted = set()
        for item in args.only:
            listing_id, sep, label = item.partition(":")
            if not sep:
                raise SizerError(f"--only {item!r}: expected LISTING:SIZE, e.g. MS-3001:40")
            wanted.add((listing_id, label))
        known = {(f.listing_id, f.size_label) for f in findings}
        unknown = sorted(wanted - known)
        if unknown:
            raise SizerError("not flagged, so nothing to correct: " + ", ".join(f"{a}:{b}" for a, b in unknown)
                             + "; flagged: " + (", ".join(f"{a}:{b}" for a, b in sorted(known)) or "none"))
        findings = [f for f in findings if (f.listing_id, f.size_label) in wanted]
    if not findings:
        print("no size is flagged: the catalogue is left as it is")
        return EXIT_OK
    if args.catalog is None and args.out is None:
        # The bundled sample is part of the installation, never a file to correct in place.
        raise SizerError("no --catalog given, and the bundled sample catalogue is never written over: "
                         "give --catalog YOURS.csv, or --out FILE to write the corrected sample elsewhere")
    if args.partial_catalog and (args.out is None or Path(args.out).resolve() == Path(catalog_path).resolve()):
        # Written over the source, a catalogue read without its bad rows would lose them.
        raise SizerError(f"{catalog_path} was read without its rows with problems, so it is not written over: "
                         "give --out NEW.csv, or fix the rows listed above")
    applied = apply_corrections(catalog, findings, catalog_path, args.out)
    if args.json:
        print_json({"catalog": str(applied.path), "backup": None if applied.backup is None else str(applied.backup),
                    "changes": [c.to_json() for c in applied.changes]})
    else:
        for change in applied.changes:
            print(change)
        print(f"{len(applied.changes)} changes written to {applied.path}"
              + (f"; the previous catalogue is kept as {applied.backup}" if applied.backup else ""))
    return EXIT_OK


COMMAND = Command(
    name="returns",
    help="returns analytics: find the size charts that are wrong, and fix them",
    configure=configure,
    run=run,
    description="`sizer returns analyse --catalog CAT --orders ORDERS.csv [--json | --out REPORT]` finds the sizes "
                "that run small or large; `sizer returns apply ...` writes the corrected catalogue.",
)
