"""The ``sizer`` command: the desktop app when run bare, subcommands for everything else.

Each subcommand lives in its own module under ``sizer.cli.commands`` and exposes ``COMMAND``
(a :class:`Command`); this module finds them, so adding a command touches no shared file.
Command modules import their heavy dependencies (Qt, MediaPipe) inside ``run`` so that
``sizer convert`` starts in milliseconds.
"""
from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sizer import __version__
from sizer.errors import SizerError

EXIT_OK = 0
EXIT_FAILURE = 1  # something broke that is not the input's fault
EXIT_USAGE = 2  # bad arguments or bad data files
EXIT_UNMEASURABLE = 3  # a photo or video that cannot be measured


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]
    description: str = ""


def discover_commands() -> list[Command]:
    from sizer.cli import commands

    found: list[Command] = []
    for module_info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{module_info.name}")
        command = getattr(module, "COMMAND", None)
        if isinstance(command, Command):
            found.append(command)
    return found


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sizer",
        description="Size charts, measuring guides, body measurement and size recommendation. "
        "Run without a command to open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"sizer {__version__}")
    parser.add_argument("--kiosk", action="store_true", help="start the app in kiosk mode (full screen, locked)")
    parser.add_argument("--self-test", action="store_true",
                        help="check charts, pose model and main window, print what was checked, exit")
    parser.add_argument("--lang", help="interface language for this run (e.g. en, zh_CN)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in discover_commands():
        sub = subparsers.add_parser(command.name, help=command.help,
                                    description=command.description or command.help)
        command.configure(sub)
        sub.set_defaults(run_command=command.run)
    return parser


def print_json(payload: Any) -> None:
    """Machine-readable output: UTF-8, stable key order as given, no ASCII escapes."""
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def print_figures(figures: dict[str, Any], as_json: bool) -> None:
    """Benchmark figures: JSON, or one aligned ``name value`` line each."""
    if as_json:
        print_json(figures)
        return
    width = max((len(key) for key in figures), default=0) + 2
    for key, value in figures.items():
        print(f"{key:{width}s}{value}")


def fail(message: str, exit_code: int = EXIT_USAGE) -> int:
    prog = "sizer"
    print(f"{prog}: error: {message}", file=sys.stderr)
    return exit_code


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):  # Chinese labels on a Windows console
            stream.reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from sizer.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from sizer.ui.app import run_app

            return run_app(kiosk=args.kiosk, language=args.lang)
        return args.run_command(args)
    except SizerError as error:
        return fail(str(error), error.exit_code)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `sizer ... | head`
        return EXIT_OK
