"""``sizer bench``: frames per second and latency of the live measuring path."""
from __future__ import annotations

import argparse

from sizer.cli import EXIT_OK, Command, print_figures


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--source", help="video file, image or folder of images (default: the bundled sample)")
    parser.add_argument("--frames", type=int, default=300, help="how many 640x480 frames (default 300)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


def run(args: argparse.Namespace) -> int:
    from sizer.vision.benchmark import run_benchmark
    from sizer.vision.pose import quiet_native_logs

    with quiet_native_logs():
        figures = run_benchmark(args.source, max(args.frames, 10))
    print_figures(figures, args.json)
    return EXIT_OK


COMMAND = Command("bench", "speed of the live camera measuring path (fps, latency)", configure, run)
