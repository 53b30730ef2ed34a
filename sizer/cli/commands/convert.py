"""``sizer convert``: a size label in one system to the equivalent label(s) in another."""
from __future__ import annotations

import argparse

from sizer.cli import EXIT_OK, Command, print_json


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("label", help="the size label to convert, e.g. 6, \"W32 L32\", 36D")
    parser.add_argument("--category", help="chart id, e.g. womens_tops (see `sizer charts list`)")
    parser.add_argument("--chart-file", help="use this chart file (a brand's own) instead of --category")
    parser.add_argument("--from", dest="from_system", required=True, help="system of LABEL, e.g. US")
    parser.add_argument("--to", dest="to_system", help="target system, e.g. EU (default: every system)")
    parser.add_argument("--json", action="store_true", help='print {"labels": [...]} (or every system)')


def run(args: argparse.Namespace) -> int:
    from sizer.sizing.library import chart_for

    chart = chart_for(args.category, args.chart_file)
    if args.to_system:
        labels = chart.convert(args.label, args.from_system, args.to_system)
        if args.json:
            print_json({"labels": labels})
        else:
            print(", ".join(labels) if labels else f"(no {args.to_system.upper()} size for that label)")
        return EXIT_OK
    every = chart.equivalents(args.from_system, args.label)
    if args.json:
        print_json({"labels": every})
    else:
        for system, labels in every.items():
            print(f"{system:6s} {', '.join(labels) if labels else '-'}")
    return EXIT_OK


COMMAND = Command("convert", "convert a size label between countries' systems", configure, run)
