"""``sizer convert``: a size label in one system to the equivalent label(s) in another."""
from __future__ import annotations

import argparse

from sizer.cli import EXIT_OK, SIZE_TYPE_HELP, Command, print_json


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("label", help="the size label to convert, e.g. 6, \"W32 L32\", 36D")
    parser.add_argument("--category", help="chart id, e.g. womens_tops (see `sizer charts list`)")
    parser.add_argument("--chart-file", help="use this chart file (a brand's own) instead of --category")
    parser.add_argument("--size-type", help=SIZE_TYPE_HELP)
    parser.add_argument("--from", dest="from_system", required=True, help="system of LABEL, e.g. US")
    parser.add_argument("--to", dest="to_system", help="target system, e.g. EU (default: every system)")
    parser.add_argument("--json", action="store_true", help='print {"labels": [best first], "best": ...} (or per system)')


def _text(conversion) -> str:
    """``42`` alone, or ``54 (nearer), 55`` when the source label straddles two."""
    labels = conversion.labels
    if len(labels) < 2:
        return labels[0] if labels else "-"
    return f"{labels[0]} (nearer), {', '.join(labels[1:])}"


def _category_required(system: str, label: str) -> None:
    """No category: say it is needed, and which categories have LABEL in SYSTEM (as typed, else read)."""
    from sizer.errors import SizerError
    from sizer.problems import Problem, quoted
    from sizer.sizing.library import chart_ids, load_charts

    charts = load_charts()
    exact, read = [], []
    for chart_id in chart_ids():
        try:
            match = charts.get(chart_id).match_label(system, label)
        except SizerError:
            continue
        # the label itself first; else the charts that read it (a half size between two of theirs)
        (read if match.note else exact).append(chart_id)
    having = exact or read
    if having:
        raise SizerError(Problem("category_required_label", system=system, label=quoted(label), matches=having,
                                 categories=list(chart_ids())))
    raise SizerError(Problem("category_required", categories=list(chart_ids())))


def run(args: argparse.Namespace) -> int:
    import sys

    from sizer.sizing.library import chart_for

    if not args.category and not args.chart_file:
        _category_required(args.from_system, args.label)
    chart = chart_for(args.category, args.chart_file, args.size_type)
    match = chart.match_label(args.from_system, args.label)
    if args.to_system:
        conversion = chart.conversion(args.label, args.from_system, args.to_system)
        if args.json:
            print_json({"labels": conversion.labels, "best": conversion.best, "read_as": match.read_as,
                        "note": match.note})
        else:
            if match.note:
                print(f"({match.note})", file=sys.stderr)
            print(_text(conversion) if conversion.labels else f"(no {conversion.target} size for that label)")
        return EXIT_OK
    every = chart.conversions(args.from_system, args.label)
    if args.json:
        print_json({"labels": {s: c.labels for s, c in every.items()},
                    "best": {s: c.best for s, c in every.items()},
                    "read_as": match.read_as, "note": match.note})
    else:
        if match.note:
            print(f"({match.note})", file=sys.stderr)
        for system, conversion in every.items():
            print(f"{system:6s} {_text(conversion)}")
    return EXIT_OK


COMMAND = Command("convert", "convert a size label between countries' systems", configure, run)
