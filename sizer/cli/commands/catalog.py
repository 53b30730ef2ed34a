"""``sizer catalog check [FILE]``: check a catalogue file and say what it holds, or every problem."""
from __future__ import annotations

import argparse
import sys

from sizer.cli import EXIT_OK, Command, print_json


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="catalog_action", metavar="ACTION", required=True)
    check = sub.add_parser("check", help="check a catalogue file (CSV or XLSX) and summarise it",
                           description="Reads the whole file and lists every problem with its row, column and "
                                       "what would be valid (exit 2), or summarises the listings (exit 0).")
    check.add_argument("file", nargs="?", metavar="FILE", help="catalogue file; default: the bundled sample")
    check.add_argument("--json", action="store_true", help="print the summary or the problems as JSON")
    check.add_argument("--accept-valid-rows", action="store_true",
                       help="summarise the valid rows of a file that has errors, as the import would take them "
                            "(the rows left out are listed; exit 0)")
    from sizer.cli.commands import catalog_map

    catalog_map.add_check_options(check)
    catalog_map.add_map_parser(sub)


def run(args: argparse.Namespace) -> int:
    import numpy as np

    from sizer.catalog.importer import CatalogImportError, import_catalog, sample_catalog_path
    from sizer.catalog.model import TABLE_SOURCES
    from sizer.cli import EXIT_USAGE

    from sizer.cli.commands import catalog_map

    if args.catalog_action == "map":
        return catalog_map.run_map(args)
    path = args.file or sample_catalog_path()
    try:
        if not args.mapping and args.file:
            args.mapping = catalog_map.mapping_for_foreign_file(str(path))
        if args.mapping:
            from sizer.catalog.mapping import import_mapped

            result = import_mapped(path, catalog_map.load_mapping(args.mapping, str(path)),
                                   accept_valid_rows=args.accept_valid_rows)
        else:
            result = import_catalog(path, accept_valid_rows=args.accept_valid_rows)
    except CatalogImportError as error:
        if not args.json:
            raise
        print_json({"file": str(path), "valid": False, "valid_rows": error.valid_rows,
                    "problems": [{"row": i.row, "column": i.column, "reason": i.reason} for i in error.issues]})
        return EXIT_USAGE
    catalog = result.catalog
    by_source = {source.value: int(np.sum(catalog.source_codes == code)) for code, source in enumerate(TABLE_SOURCES)}
    categories = dict(sorted(zip(*np.unique(catalog.categories.astype(str), return_counts=True))))
    summary = {"file": str(path), "valid": True, "format": result.description, "listings": len(catalog),
               "sizes": catalog.size_count, "sizes_by_table": by_source,
               "listings_by_category": {k: int(v) for k, v in categories.items()},
               "dimensions": list(catalog.dimensions),
               "skipped": [{"row": i.row, "column": i.column, "reason": i.reason} for i in result.issues]}
    from sizer.recommend.spans import range_gaps

    gaps = range_gaps(catalog)
    summary["gaps"] = [{"listing_id": g.listing_id, "dimension": g.dimension, "below": g.below, "above": g.above,
                        "from_cm": g.from_cm, "to_cm": g.to_cm} for g in gaps]
    if args.json:
        print_json(summary)
    else:
        print(f"{path}: {summary['listings']} listings, {summary['sizes']} sizes ({result.description})")
        print("  sizes by table: " + ", ".join(f"{k} {v}" for k, v in by_source.items()))
        print("  listings by category: " + ", ".join(f"{k} {v}" for k, v in summary["listings_by_category"].items()))
        print("  dimensions used: " + ", ".join(catalog.dimensions))
        catalog_map.report_skipped_rows(str(path), result)
        for g in gaps:
            print(f"sizer: warning: {path}: listing {g.listing_id}: no size covers {g.dimension} from {g.from_cm:g} "
                  f"to {g.to_cm:g} cm (between {g.below} and {g.above}); a body there gets the size the fit "
                  f"cost prefers, usually the larger", file=sys.stderr)
    return EXIT_OK


COMMAND = Command(
    name="catalog",
    help="check a catalogue file; map the columns of a merchant's own file (Shopify, Amazon, a supplier's)",
    configure=configure,
    run=run,
    description="Catalogue files: `sizer catalog check FILE` lists every problem (row, column, what would be "
                "valid) or summarises the listings; `sizer catalog map FILE` proposes, changes and remembers "
                "the column mapping of a Shopify export, an Amazon flat file or a supplier's sheet.",
)
