"""``sizer charts list`` and ``sizer charts validate [PATH]``."""
from __future__ import annotations

import argparse
import sys

from sizer.cli import EXIT_OK, EXIT_USAGE, Command, print_json


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="charts_action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="the bundled charts: id, title, systems, dimensions")
    listing.add_argument("--json", action="store_true")
    validate = sub.add_parser("validate", help="check chart files (all bundled ones, or PATH: a file or folder)")
    validate.add_argument("path", nargs="?", help="a chart .toml file or a folder of them")
    validate.add_argument("--json", action="store_true")


def _list(args: argparse.Namespace) -> int:
    from sizer.sizing import load_charts

    library = load_charts()
    if args.json:
        print_json({"charts": [{"id": c.id, "title": c.title, "systems": list(c.systems),
                                "dimensions": list(c.dimensions), "rows": c.row_count,
                                "size_types": list(c.size_types), "size_type_of": c.size_type_of or None}
                               for c in library],
                    "errors": [str(e) for e in library.errors]})
    else:
        for chart in library:
            typed = f"  ({chart.size_types[0]} of {chart.size_type_of})" if chart.size_type_of else ""
            print(f"{chart.id:22s} {chart.title:26s} {','.join(chart.systems)}  [{', '.join(chart.dimensions)}]{typed}")
    for error in library.errors:
        print(f"sizer: warning: {error}", file=sys.stderr)
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sizer.errors import DataFileError
    from sizer.resources import charts_dir
    from sizer.sizing import load_chart_file, load_charts, load_directory
    from sizer.sizing.examples import example_failures

    bundled_dir = Path(str(charts_dir()))
    target = Path(args.path) if args.path else bundled_dir
    # a merchant's file may not take a bundled chart's id (it would hide that chart)
    reserved = None if _same_folder(target, bundled_dir) else load_charts()
    if target.is_dir():
        library = load_directory(target, reserved=reserved)
        charts, errors = list(library), list(library.errors)
    else:
        try:
            chart = load_chart_file(target)
            owner = reserved.charts.get(chart.id) if reserved is not None else None
            if owner is not None and not _same_file(Path(str(owner.path)), target):
                raise DataFileError(str(target), None, "id", f"{chart.id!r} is already the id of the bundled "
                                    f"chart {owner.path}; give this file an id of its own")
            charts, errors = [chart], []
        except DataFileError as error:
            charts, errors = [], [error]
    good = []
    for chart in charts:  # a chart whose worked examples disagree with the engine contradicts its sources
        failures = example_failures(chart)
        errors.extend(failures)
        if not failures:
            good.append(chart.id)
    if args.json:
        print_json({"valid": good, "errors": [{"path": e.path, "location": e.location, "field": e.field,
                                               "reason": e.reason} for e in errors]})
    else:
        for chart_id in good:
            print(f"ok      {chart_id}")
        for error in errors:
            print(f"error   {error}", file=sys.stderr)
    return EXIT_USAGE if errors or not good else EXIT_OK


def _same_file(a, b) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _same_folder(target, folder) -> bool:
    return _same_file(target if target.is_dir() else target.parent, folder)


def run(args: argparse.Namespace) -> int:
    return _list(args) if args.charts_action == "list" else _validate(args)


COMMAND = Command("charts", "list the size charts, or validate chart files", configure, run)
