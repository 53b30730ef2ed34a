"""``sizer catalog map FILE``: the column mapping of a merchant's own spreadsheet (Shopify export,
Amazon flat file, supplier sheet): propose it, change it, remember it, import through it.

Hooked into ``sizer catalog`` (sizer/cli/commands/catalog.py) as the ``map`` action and the
``check --mapping`` option; the mapping itself lives in sizer.catalog.mapping.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from sizer.cli import EXIT_OK, EXIT_USAGE, print_json
from sizer.errors import DataFileError, SizerError

REMEMBERED = "remembered"


def add_map_parser(sub) -> None:
    parser = sub.add_parser(
        "map", help="propose, change and remember the column mapping of a Shopify, Amazon or supplier file",
        description="Proposes which column of FILE is which (by header name: the English and Chinese names merchants use, a few others, and by content), "
                    "prints it, and with --remember keeps it for every file of the same layout. --set and "
                    "--constant change the proposal; --out imports through the mapping and writes Sizer's "
                    "own catalogue file.")
    parser.add_argument("file", metavar="FILE", help="the merchant's CSV, TSV/TXT or XLSX file")
    parser.add_argument("--set", action="append", default=[], metavar="COLUMN=TARGET",
                        help="map COLUMN to TARGET (listing_id, title, category, size_label, chest_girth_range, "
                             "garment_waist_girth_in, ...; empty TARGET: not imported); repeatable")
    parser.add_argument("--constant", action="append", default=[], metavar="FIELD=VALUE",
                        help="category, size_system, fit or stretch for every row without one, e.g. "
                             "category=womens_tops; repeatable")
    parser.add_argument("--category-value", action="append", default=[], metavar="TEXT=CATEGORY",
                        help="what a category cell means, e.g. \"female · Women's Tees=womens_tops\", or not_sized for a "
                             "product without sizes (\"Gift Cards=not_sized\": its rows are left out and counted); "
                             "repeatable")
    parser.add_argument("--mapping", metavar="JSON", help="start from this mapping file instead of the proposal")
    parser.add_argument("--save-mapping", metavar="JSON", help="write the mapping to this file")
    parser.add_argument("--remember", action="store_true",
                        help="remember the mapping for this file layout (the app and `check --mapping "
                             "remembered` use it)")
    parser.add_argument("--out", metavar="FILE", help="import through the mapping and write the catalogue "
                                                      "(.csv or .xlsx) in Sizer's own columns")
    parser.add_argument("--accept-valid-rows", action="store_true", help="with --out: import the valid rows")
    parser.add_argument("--json", action="store_true", help="print the mapping as JSON")


def add_check_options(check: argparse.ArgumentParser) -> None:
    check.add_argument("--mapping", metavar="JSON",
                       help="read FILE through a column mapping (a file from `sizer catalog map --save-mapping`, "
                            f"or '{REMEMBERED}' for the one remembered for FILE's layout)")


def mapping_for_foreign_file(path: str) -> str | None:
    """For `catalog check` on a file in a merchant's own columns: the remembered mapping of its
    layout (said on stderr), or one error that says how to map it, instead of a problem per column."""
    import sys

    from sizer.catalog.mapping import MappingStore, needs_mapping, propose_mapping

    if not Path(path).is_file() or not needs_mapping(path):
        return None
    proposal = propose_mapping(path, MappingStore())
    if proposal.remembered:
        print(f"sizer: {path}: read through the column mapping remembered for this layout", file=sys.stderr)
        return REMEMBERED
    recognised = [f"{c} -> {t}" for c, t in proposal.mapping.columns.items() if t]
    raise SizerError(f"{path}: not in Sizer's own catalogue columns (listing_id, title, category, size_label, ...); "
                     f"it looks like a merchant's own export. Map its columns once with `sizer catalog map {path}` "
                     f"(proposed: {'; '.join(recognised[:8]) or 'nothing recognised'}), then add --remember.")


def load_mapping(spec: str, path: str):
    """The mapping ``spec`` names for ``path``: a JSON file, or the remembered one."""
    from sizer.catalog.mapping import ColumnMapping, MappingStore, propose_mapping

    if spec == REMEMBERED:
        proposal = propose_mapping(path, MappingStore())
        if not proposal.remembered:
            raise SizerError(f"{path}: no mapping is remembered for this file's layout; run "
                             f"`sizer catalog map {path} --remember` first")
        return proposal.mapping
    try:
        payload = json.loads(Path(spec).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise DataFileError(spec, None, None, f"cannot read the mapping: {error}") from None
    return ColumnMapping.from_json(payload, spec)


def _pairs(values: list[str], option: str) -> list[tuple[str, str]]:
    pairs = []
    for value in values:
        key, sep, target = value.rpartition("=")
        if not sep or not key.strip():
            raise SizerError(f"{option} {value!r}: expected NAME=VALUE")
        pairs.append((key.strip(), target.strip()))
    return pairs


def run_map(args: argparse.Namespace) -> int:
    from sizer.catalog import chart_bridge
    from sizer.catalog.mapping import CONSTANT_FIELDS, NOT_SIZED, MappingStore, is_valid_target, propose_mapping

    store = MappingStore()
    proposal = propose_mapping(args.file, store)
    mapping = load_mapping(args.mapping, args.file) if args.mapping else proposal.mapping
    for column, target in _pairs(args.set, "--set"):
        if column not in proposal.header:
            raise SizerError(f"--set {column!r}: the file has no such column; its columns: "
                             f"{', '.join(c for c in proposal.header if c)}")
        if not is_valid_target(target):
            raise SizerError(f"--set {column}={target}: unknown target; see `sizer catalog map --help`")
        mapping.columns[column] = target
    for name, value in _pairs(args.constant, "--constant"):
        if name not in CONSTANT_FIELDS:
            raise SizerError(f"--constant {name}: only {', '.join(CONSTANT_FIELDS)} can be set for every row")
        if name == "category":
            chart_bridge.check_category(value)
        mapping.constants[name] = value
    for text, category in _pairs(args.category_value, "--category-value"):
        # not_sized: a product without sizes (gift card, bag), left out on purpose and counted
        mapping.category_values[text] = category if category == NOT_SIZED else chart_bridge.check_category(category)
    problems = mapping.problems()
    if args.json:
        print_json({"file": args.file, "layout": proposal.layout, "remembered": proposal.remembered,
                    "mapping": mapping.to_json(), "problems": problems,
                    "category_texts": proposal.category_texts})
    else:
        _print_mapping(proposal, mapping, problems)
    if args.save_mapping:
        from sizer.atomic import atomic_write_text

        atomic_write_text(args.save_mapping, json.dumps(mapping.to_json(), ensure_ascii=False, indent=2) + "\n")
    if problems:
        return EXIT_USAGE
    if args.remember:
        store.remember(proposal.layout, mapping, args.file)
        if not args.json:
            print(f"remembered for this layout in {store.path}")
    if args.out:
        from sizer.catalog.mapping import import_mapped
        from sizer.catalog.writer import save_catalog

        result = import_mapped(args.file, mapping, accept_valid_rows=args.accept_valid_rows)
        save_catalog(args.out, result.catalog)
        if not args.json:
            left_out = getattr(result, "not_sized", 0)
            unsized = f"; {left_out} rows of products without sizes left out, as mapped" if left_out else ""
            print(f"{len(result.catalog)} listings, {result.catalog.size_count} sizes written to {args.out}{unsized}")
        report_skipped_rows(args.file, result)
    return EXIT_OK


def report_skipped_rows(path: str, result) -> None:
    """On stderr, the import's notes, every row an --accept-valid-rows import left out (each mistake once, with the
    rows it repeats on), and how many rows were kept and skipped."""
    import sys

    from sizer.catalog.mapping import group_issues

    for note in getattr(result, "notes", ()):  # what a mapped import did on its own, e.g. 2XL and XXL made one size
        print(f"sizer: note: {path}: {note}", file=sys.stderr)
    if not result.issues:
        return
    for issue in group_issues(result.issues, len(result.issues)):  # every row named, none left to "and more"
        print(f"sizer: warning: {path}: skipped {issue}", file=sys.stderr)
    skipped = len({issue.row for issue in result.issues if issue.row is not None})
    print(f"sizer: warning: {path}: {result.rows_imported} rows kept, {skipped} rows skipped "
          f"(the rows above; fix them and import again to keep them too)", file=sys.stderr)


def _print_mapping(proposal, mapping, problems: list[str]) -> None:
    source = "remembered for this layout" if proposal.remembered else "proposed"
    print(f"{proposal.path}: header in row {mapping.header_row} ({proposal.description}); mapping {source}:")
    width = max((len(c) for c in proposal.header if c), default=0)
    for column in proposal.header:
        if not column:
            continue
        target = mapping.target_of(column)
        why = proposal.reasons.get(column, "")
        sample = ", ".join(proposal.samples.get(column, [])[:3])
        shown = target or "-"
        print(f"  {column:<{width}}  ->  {shown:<22} {('(' + why + ')') if why else '':<13} {sample[:50]}")
    for name, value in mapping.constants.items():
        print(f"  every row: {name} = {value}")
    for text, category in mapping.category_values.items():
        print(f"  category {text!r} = {category}")
    unmapped = [t for t in proposal.category_texts if t not in mapping.category_values]
    if unmapped:
        print("  category texts not mapped (give --category-value TEXT=CATEGORY, or TEXT=not_sized for a product "
              "without sizes): " + "; ".join(unmapped))
    for problem in problems:
        print(f"  problem: {problem}")


def add_mapping_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--mapping", metavar="JSON",
                        help="read --catalog through a column mapping (a file from `sizer catalog map "
                             f"--save-mapping`, or '{REMEMBERED}')")


def load_catalog_option(catalog: str | None, mapping: str | None, accept_valid_rows: bool):
    """The catalogue a command's --catalog (and --mapping) names; the bundled sample when none."""
    if mapping:
        from sizer.catalog.mapping import import_mapped

        if not catalog:
            raise SizerError("--mapping needs --catalog: the merchant's file to read through it")
        return import_mapped(catalog, load_mapping(mapping, catalog), accept_valid_rows=accept_valid_rows).catalog
    from sizer.catalog.importer import load_catalog

    return load_catalog(catalog, accept_valid_rows=accept_valid_rows)
