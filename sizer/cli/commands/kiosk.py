"""``sizer kiosk set-pin`` and ``sizer kiosk status``: the kiosk's admin PIN, set before kiosk mode starts.

The PIN is never a command-line argument (other users see those in ``ps``): it is typed twice at
a hidden prompt, or read from standard input with ``--stdin`` (one line) for provisioning scripts.
"""
from __future__ import annotations

import argparse
import getpass
import sys
import time

from sizer.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, Command, fail, print_json


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--settings", metavar="INI", help="a settings file to use instead of the user's")
    sub = parser.add_subparsers(dest="kiosk_action", metavar="ACTION", required=True)
    set_pin = sub.add_parser("set-pin", help="set the admin PIN that leaves kiosk mode (4 to 8 digits)",
                             description="Set the kiosk's admin PIN (4 to 8 digits); clears a lockout. Only a "
                                         "salted hash is stored. A short PIN is not strong: the kiosk slows "
                                         "guessing with growing delays and a 30-minute lockout.")
    set_pin.add_argument("--stdin", action="store_true", help="read the PIN from standard input (one line)")
    status = sub.add_parser("status", help="whether a PIN is set, and any lockout")
    status.add_argument("--json", action="store_true")


def _settings(args: argparse.Namespace):
    from sizer.ui.settings import Settings

    return Settings(args.settings) if args.settings else Settings()


def _read_pin(args: argparse.Namespace) -> str | None:
    if args.stdin:
        return sys.stdin.readline().strip()
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass("New kiosk admin PIN (4 to 8 digits): ")
    second = getpass.getpass("The same PIN again: ")
    if first != second:
        raise ValueError("the two PINs differ; nothing was changed")
    return first


def _set_pin(args: argparse.Namespace) -> int:
    from sizer.ui.kiosk.pin import MAX_DIGITS, MIN_DIGITS, is_valid_pin
    from sizer.ui.settings import store_kiosk_pin

    try:
        pin = _read_pin(args)
    except ValueError as error:
        return fail(str(error))
    except (EOFError, KeyboardInterrupt):
        return fail("no PIN entered; nothing was changed")
    if pin is None:
        return fail("no terminal to type the PIN at; pipe it in with `sizer kiosk set-pin --stdin`")
    if not is_valid_pin(pin):
        return fail(f"a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits (0-9); nothing was changed")
    settings = _settings(args)
    store_kiosk_pin(settings, pin)
    if not settings.written():
        return fail(f"{settings.file_name()}: the settings file cannot be written (check that its folder exists "
                    "and that you may write there); the PIN was not set", EXIT_FAILURE)
    print(f"Kiosk admin PIN set (stored as a salted hash in {settings.file_name()}).")
    print("Start kiosk mode with `sizer --kiosk`.")
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    from sizer.ui.settings import KIOSK_PIN_BLOCKED_UNTIL, KIOSK_PIN_FAILURES, KIOSK_PIN_HASH

    settings = _settings(args)
    pin_set = bool(settings.get(KIOSK_PIN_HASH))
    failures = settings.get(KIOSK_PIN_FAILURES)
    locked_s = max(0.0, settings.get(KIOSK_PIN_BLOCKED_UNTIL) - time.time())
    if args.json:
        print_json({"pin_set": pin_set, "failed_tries": failures, "locked_for_s": round(locked_s),
                    "settings_file": settings.file_name()})
    else:
        print(f"admin PIN      {'set' if pin_set else 'not set: run `sizer kiosk set-pin`'}")
        print(f"failed tries   {failures}")
        print(f"locked for     {round(locked_s)} s")
        print(f"settings file  {settings.file_name()}")
    return EXIT_OK if pin_set else EXIT_USAGE


def run(args: argparse.Namespace) -> int:
    return _set_pin(args) if args.kiosk_action == "set-pin" else _status(args)


COMMAND = Command("kiosk", "set the kiosk's admin PIN (needed before `sizer --kiosk` starts)", configure, run)
