"""``sizer --self-test``: proves an installed or frozen Sizer works, offline, in a few seconds.

It loads every bundled chart, converts labels with known answers, runs the pose model on a bundled
photo and checks it found a person, and builds the main window offscreen. Each check prints one
line saying what it verified; any failure prints the reason and the command exits 1. The known
answers and the photo live in ``sizer/data/selftest.toml``.

Qt-free: the window check lives in sizer/ui/window_check.py and is imported when it runs.
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

from sizer import __version__
from sizer.cli import EXIT_FAILURE, EXIT_OK
from sizer.resources import as_path, asset, charts_dir, data
from sizer.toml_compat import tomllib

EXPECTATIONS_FILE = "selftest.toml"


class SelfTestFailure(Exception):
    """A check found the app not working; the message says what was wrong."""


@dataclass(frozen=True)
class CheckOutcome:
    name: str
    passed: bool
    detail: str  # what was verified, or why it failed
    seconds: float


def require(condition: bool, reason: str) -> None:
    if not condition:
        raise SelfTestFailure(reason)


def load_expectations() -> dict[str, Any]:
    node = data(EXPECTATIONS_FILE)
    return tomllib.loads(node.read_text(encoding="utf-8"))


# -- checks --------------------------------------------------------------------------------------

def check_charts(expected: dict[str, Any]) -> str:
    from sizer.sizing import load_charts

    library = load_charts()
    require(not library.errors, "charts that do not load: " + "; ".join(str(e) for e in library.errors))
    files = sorted(node.name for node in charts_dir().iterdir() if node.name.endswith(".toml"))
    require(len(library.ids()) == len(files), f"{len(files)} chart files but {len(library.ids())} charts loaded")
    minimum = int(expected["charts"]["minimum_count"])
    require(len(files) >= minimum, f"{len(files)} chart files bundled, expected at least {minimum}")
    return f"all {len(files)} bundled charts loaded"


def check_conversions(expected: dict[str, Any]) -> str:
    from sizer.sizing import get_chart

    cases = expected["conversion"]
    for case in cases:
        chart = get_chart(case["chart"])
        answer = [str(label) for label in chart.convert(case["label"], case["from"], case["to"])]
        require(answer == case["expect"],
                f"{case['chart']}: {case['from']} {case['label']} -> {case['to']} gave {answer}, "
                f"expected {case['expect']}")
    return f"{len(cases)} labels converted as expected"


def check_pose(expected: dict[str, Any]) -> str:
    from sizer.vision.images import MEASURE_LONG_SIDE_PX, fit_long_side, load_photo
    from sizer.vision.pose import Landmark, MediaPipePoseBackend, PoseMode, quiet_native_logs

    settings = expected["pose"]
    path = as_path(asset(*settings["image"].split("/")))
    frame = fit_long_side(load_photo(path), MEASURE_LONG_SIDE_PX)
    with quiet_native_logs(), MediaPipePoseBackend(PoseMode.STILL) as backend:
        result = backend.process(frame)
    require(result is not None, f"the pose model found no person in {path.name}")
    threshold = float(settings["min_visibility"])
    landmarks = [Landmark[name] for name in settings["landmarks"]]
    missing = [landmark.name.lower() for landmark in landmarks if not result.visible(landmark, threshold)]
    require(not missing, f"{path.name}: landmarks not found: {', '.join(missing)}")
    require(result.mask is not None, "the pose model returned no person mask")
    person_share = float((result.mask > 0.5).mean())
    low, high = settings["mask_share"]
    require(low <= person_share <= high,
            f"{path.name}: the person mask covers {person_share:.0%} of the photo, expected {low:.0%}-{high:.0%}")
    return f"person found in {path.name} ({len(landmarks)} landmarks seen, mask {person_share:.0%} of photo)"


def check_main_window(expected: dict[str, Any]) -> str:
    # A self-test never needs a screen; an explicit QT_QPA_PLATFORM still wins.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sizer.ui.window_check import check_main_window_offscreen

    return check_main_window_offscreen(expected["window"])


CHECKS: tuple[tuple[str, Callable[[dict[str, Any]], str]], ...] = (
    ("charts", check_charts),
    ("conversions", check_conversions),
    ("pose model", check_pose),
    ("main window", check_main_window),
)


# -- running ---------------------------------------------------------------------------------

def run_check(name: str, check: Callable[[dict[str, Any]], str], expected: dict[str, Any]) -> CheckOutcome:
    started = time.perf_counter()
    try:
        detail = check(expected)
        passed = True
    except SelfTestFailure as failure:
        detail, passed = str(failure), False
    except ModuleNotFoundError as error:
        missing = error.name or str(error)
        detail = f"module {missing} is not part of this build ({error})"
        passed = False
    except Exception as error:  # noqa: BLE001 - any crash is a failed check with its reason
        detail, passed = f"{type(error).__name__}: {error}", False
    return CheckOutcome(name, passed, detail, time.perf_counter() - started)


def run_checks(out: TextIO | None = None) -> list[CheckOutcome]:
    """Run every check, printing one line each as it finishes; returns the outcomes."""
    out = out or sys.stdout
    expected = load_expectations()
    outcomes = []
    for name, check in CHECKS:
        outcome = run_check(name, check, expected)
        outcomes.append(outcome)
        status = "ok  " if outcome.passed else "FAIL"
        print(f"  {status} {name:<12} {outcome.seconds:5.2f} s  {outcome.detail}", file=out, flush=True)
    return outcomes


def run_self_test(out: TextIO | None = None) -> int:
    """Entry point of ``sizer --self-test``: EXIT_OK when every check passed, else EXIT_FAILURE."""
    out = out or sys.stdout
    origin = "frozen build" if getattr(sys, "frozen", False) else "from source"
    print(f"sizer {__version__} self-test ({origin}, Python {sys.version.split()[0]}, {sys.platform})",
          file=out, flush=True)
    started = time.perf_counter()
    outcomes = run_checks(out)
    elapsed = time.perf_counter() - started
    failed = [outcome.name for outcome in outcomes if not outcome.passed]
    if failed:
        print(f"self-test FAILED: {len(failed)} of {len(outcomes)} checks ({', '.join(failed)}) "
              f"in {elapsed:.1f} s", file=out, flush=True)
        return EXIT_FAILURE
    print(f"self-test passed: {len(outcomes)} checks in {elapsed:.1f} s", file=out, flush=True)
    return EXIT_OK
