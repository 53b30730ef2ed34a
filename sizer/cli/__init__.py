"""The ``sizer`` command: the desktop app when run bare, subcommands for everything else.

Each subcommand lives in its own module under ``sizer.cli.commands`` and exposes ``COMMAND``
(a :class:`Command`); this module finds them, so adding a command touches no shared file.
Command modules import their heavy dependencies (Qt, MediaPipe) inside ``run`` so that
``sizer convert`` starts in milliseconds.
"""
from __future__ import annotations

import argparse
import errno
import importlib
import io
import json
import os
import pkgutil
import re
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

# `--size-type` of `sizer size` and `sizer convert`: the size types the bundled charts have (a test
# holds the list to them), not every value Google Merchant knows.
SIZE_TYPES_OFFERED = ("regular", "petite", "plus", "tall", "maternity")
SIZE_TYPE_HELP = (f"the category's size type: {SIZE_TYPES_OFFERED[0]} (the default), "
                  f"{', '.join(SIZE_TYPES_OFFERED[1:-1])} or {SIZE_TYPES_OFFERED[-1]}, where the category has a chart "
                  "of it (`sizer charts list` shows which); Google Merchant's size_type")


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
    from sizer.languages import LANGUAGES

    parser.add_argument("--lang", help=f"interface language for this run: {', '.join(LANGUAGES)}")
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


# Characters a terminal obeys rather than shows: C0/C1 controls (ESC starts escape sequences that
# can retitle the window, rewrite the screen or hide text), DEL, and the bidirectional overrides
# that reorder what is shown. Tab and newline are layout and stay.
_TERMINAL_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with every character a terminal would obey shown as an escape (``\\x1b``)."""
    return _TERMINAL_UNSAFE.sub(lambda m: repr(m.group())[1:-1], text)


class _PrintableStream(io.TextIOBase):
    """A text stream that passes everything through :func:`printable`: catalogue data (titles,
    ids, file names) reaches the terminal in output and in error messages only as text."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def _one_line(error: BaseException) -> str:
    """An error that is not a SizerError (the machine's, not the input's), in one line."""
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        reason = error.strerror or str(error)
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            reason = "the disk is full; nothing was written"
        return f"{where}{reason}"
    if isinstance(error, RecursionError):
        return "the input is nested too deeply to read (a damaged or hostile file)"
    if isinstance(error, MemoryError):
        return "the input is too large to read in the memory available"
    text = " ".join(str(error).split())
    return f"unexpected {type(error).__name__}: {text[:300]} (set SIZER_DEBUG=1 for the details)"


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):  # Chinese labels on a Windows console
            stream.reconfigure(encoding="utf-8", errors="replace")
    streams = sys.stdout, sys.stderr
    if sys.stdout is not None:
        sys.stdout = _PrintableStream(sys.stdout)
    if sys.stderr is not None:
        sys.stderr = _PrintableStream(sys.stderr)
    try:
        return _main(argv)
    finally:
        for wrapped in (sys.stdout, sys.stderr):
            if isinstance(wrapped, _PrintableStream):
                try:
                    wrapped.flush()
                except (OSError, ValueError):
                    pass
        sys.stdout, sys.stderr = streams


def _main(argv: list[str] | None) -> int:
    from sizer.atomic import clean_interrupted_writes

    clean_interrupted_writes()  # temporary files of writes a crash or a kill interrupted
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) if not isinstance(exit_.code, str) else EXIT_USAGE
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
    except (OSError, RecursionError, MemoryError) as error:
        return fail(_one_line(error), EXIT_FAILURE)
    except Exception as error:  # noqa: BLE001 - never a traceback for the user; SIZER_DEBUG shows it
        if os.environ.get("SIZER_DEBUG"):
            raise
        return fail(_one_line(error), EXIT_FAILURE)
