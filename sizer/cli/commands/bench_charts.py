"""``sizer bench-charts``: time to load every chart and to size 100,000 bodies at once."""
from __future__ import annotations

import argparse

from sizer.cli import EXIT_OK, Command, print_figures


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--bodies", type=int, default=100_000, help="body profiles to size (default 100000)")
    parser.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    from sizer.sizing.benchmark import run_benchmark

    figures = run_benchmark(max(args.bodies, 1))
    print_figures(figures, args.json)
    return EXIT_OK


COMMAND = Command("bench-charts", "speed of chart loading and vectorised sizing", configure, run)
