"""``sizer marker``: write the printable scale marker (ArUco) as a PNG that prints at its true size."""
from __future__ import annotations

import argparse

from sizer.cli import EXIT_OK, Command


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("output", help="PNG file to write")
    parser.add_argument("--marker-mm", type=float, default=100.0, help="side of the printed square in mm (default 100)")
    parser.add_argument("--dpi", type=int, default=300)


def run(args: argparse.Namespace) -> int:
    from sizer.errors import SizerError
    from sizer.vision.reference import write_marker_png

    if not 20 <= args.marker_mm <= 250 or not 72 <= args.dpi <= 1200:
        raise SizerError("--marker-mm must be 20 to 250 and --dpi 72 to 1200")
    path = write_marker_png(args.output, args.marker_mm, args.dpi)
    print(f"wrote {path}: print at 100 % (no 'fit to page'); the black square must measure {args.marker_mm:g} mm")
    return EXIT_OK


COMMAND = Command("marker", "write the printable scale marker for measuring without a stated height", configure, run)
