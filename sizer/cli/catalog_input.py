"""The catalogue a command reads: ``--catalog FILE`` in Sizer's own columns or, with
``--mapping remembered|FILE``, a merchant's own export read through its column mapping; and
``--accept-valid-rows``, which says on stderr every row it left out. One implementation for every
command that takes a catalogue (guide, preset, recommend, returns, brand-chart, catalog check), so
each reads, refuses and reports alike."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sizer.errors import SizerError

REMEMBERED = "remembered"


def add_catalog_arguments(parser: argparse.ArgumentParser, *, mapping: bool = True,
                          accept_valid_rows: bool = True, catalog_help: str | None = None) -> None:
    """--catalog, --mapping (unless the command writes the catalogue back) and --accept-valid-rows."""
    parser.add_argument("--catalog", metavar="FILE",
                        help=catalog_help or "catalogue (.csv or .xlsx; a Shopify, Amazon or supplier export with "
                                             "--mapping); default: the bundled sample")
    if mapping:
        add_mapping_option(parser)
    if accept_valid_rows:
        parser.add_argument("--accept-valid-rows", action="store_true",
                            help="import the valid rows of a catalogue that has errors (every row left out is "
                                 "named on stderr)")


def add_mapping_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--mapping", metavar="JSON",
                        help="read --catalog through a column mapping (a file from `sizer catalog map "
                             f"--save-mapping`, or '{REMEMBERED}' for the one remembered for its layout)")


def import_catalog_option(catalog: str | Path | None, mapping: str | None = None, accept_valid_rows: bool = False,
                          *, mapping_allowed: bool = True):
    """The import result of a command's --catalog (the bundled sample when None), read through
    --mapping when given, or through the mapping remembered for a merchant's own export; a
    merchant's export with none gets one short message, not a problem per column. Every row
    --accept-valid-rows left out is said on stderr, and so are the rows of products the mapping
    calls not sized."""
    from sizer.catalog.importer import import_catalog, sample_catalog_path
    from sizer.cli.commands.catalog_map import load_mapping, mapping_for_foreign_file

    if mapping and not catalog:
        raise SizerError("--mapping needs --catalog: the merchant's file to read through it")
    if catalog and not mapping:
        if mapping_allowed:
            mapping = mapping_for_foreign_file(str(catalog))
        else:
            _refuse_foreign_file(str(catalog))
    if mapping:
        from sizer.catalog.mapping import import_mapped

        result = import_mapped(catalog, load_mapping(mapping, str(catalog)), accept_valid_rows=accept_valid_rows)
    else:
        result = import_catalog(catalog or sample_catalog_path(), accept_valid_rows=accept_valid_rows)
    shown = str(catalog or result.catalog.source)
    report_skipped_rows(shown, result)
    left_out = getattr(result, "not_sized", 0)  # gift cards, bags: left out on purpose, still said
    if left_out:
        print(f"sizer: note: {shown}: {left_out} rows of products without sizes left out, as mapped",
              file=sys.stderr)
    return result


def load_catalog_option(catalog: str | None, mapping: str | None, accept_valid_rows: bool):
    """The catalogue of :func:`import_catalog_option`."""
    return import_catalog_option(catalog, mapping, accept_valid_rows).catalog


def _refuse_foreign_file(path: str) -> None:
    """For a command that writes the catalogue back in Sizer's columns: a merchant's own export is
    converted once (`catalog map --out`), not read through a mapping and overwritten."""
    from sizer.catalog.mapping import needs_mapping

    if Path(path).is_file() and needs_mapping(path):
        raise SizerError(f"{path}: not in Sizer's own catalogue columns (listing_id, title, category, size_label, "
                         f"...); it looks like a merchant's own export. Map its columns once with `sizer catalog map "
                         f"{path} --out CATALOGUE.csv` and give that catalogue here.")


def report_skipped_rows(path: str, result) -> None:
    """On stderr, the import's notes, every row an --accept-valid-rows import left out (each mistake
    once, with the rows it repeats on), and how many rows were kept and skipped."""
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
