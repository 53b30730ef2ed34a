#!/usr/bin/env python3
"""Build the one-folder release with PyInstaller, then smoke-test what was built.

    .venv/bin/python scripts/build_release.py            build dist/sizer/ and test it
    .venv/bin/python scripts/build_release.py --no-build test an existing dist/sizer/

Steps: check the compiled translations are there; `python -m PyInstaller build.spec --noconfirm`
(timed); check the bundled OpenCV has every cv2 name Sizer uses; print the folder's size (budget
350 MB of 10^6 bytes); run the frozen `sizer --self-test` offscreen (timed, budget 10 s), the
frozen `sizer --help` (every subcommand of the source must be there) and the frozen
`sizer measure --json` on the bundled photo pair (a valid profile, plausible girths, the same
numbers as from source). Exits 1 when anything fails or a budget is exceeded, saying which.
Run it with the project's environment (the one that has PyInstaller, `pip install -e .[build]`).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # validate the frozen output with the source's own profile reader

from sizer.errors import SizerError  # noqa: E402
from sizer.profile import BodyProfile  # noqa: E402
from sizer.toml_compat import tomllib  # noqa: E402

SPEC = ROOT / "build.spec"
DIST = ROOT / "dist" / "sizer"
EXECUTABLE = DIST / ("sizer.exe" if os.name == "nt" else "sizer")
SELFTEST_EXPECTATIONS = ROOT / "sizer" / "data" / "selftest.toml"
SIZE_BUDGET_MB = 350
SELFTEST_BUDGET_S = 10.0
SELFTEST_TIMEOUT_S = 300
MEASURE_TOLERANCE_CM = 0.5  # frozen vs source: same code and model, so only float noise may differ


class SmokeFailure(Exception):
    pass


def folder_size_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def check_translations_compiled() -> None:
    """The bundle ships .qm files; a .ts without its .qm means the translations were not compiled."""
    folder = ROOT / "assets" / "translations"
    missing = [ts.name for ts in sorted(folder.glob("*.ts")) if not ts.with_suffix(".qm").is_file()]
    if missing:
        raise SmokeFailure(f"not compiled: {', '.join(missing)} (run scripts/build_translations.py)")


def build() -> float:
    started = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm"]
    print("$", " ".join(command), flush=True)
    result = subprocess.run(command, cwd=ROOT)
    if result.returncode != 0:
        raise SmokeFailure(f"PyInstaller failed with exit code {result.returncode}")
    return time.perf_counter() - started


def run_frozen(args: list[str]) -> tuple[subprocess.CompletedProcess, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    # Run from a neutral folder so nothing can be found through the source tree by accident.
    result = subprocess.run([str(EXECUTABLE), *args], capture_output=True, text=True, encoding="utf-8",
                            errors="replace", env=env, cwd=DIST.parent, timeout=SELFTEST_TIMEOUT_S)
    return result, time.perf_counter() - started


def smoke_self_test() -> float:
    result, seconds = run_frozen(["--self-test"])
    print(result.stdout, end="")
    if result.returncode != 0:
        raise SmokeFailure(f"frozen --self-test exited {result.returncode}\n{result.stderr[-3000:]}")
    if "self-test passed" not in result.stdout:
        raise SmokeFailure("frozen --self-test exited 0 but did not report 'self-test passed'")
    return seconds


def load_spec_support():
    """packaging/pyinstaller_support.py, the helpers build.spec uses (loaded by path, as it does)."""
    location = ROOT / "packaging" / "pyinstaller_support.py"
    spec = importlib.util.spec_from_file_location("sizer_pyinstaller_support", location)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def opencv_names_used() -> list[str]:
    """Every ``cv2.<name>[.<name>]`` Sizer's code refers to."""
    pattern = re.compile(r"\bcv2((?:\.[A-Za-z_][A-Za-z0-9_]*)+)")
    names = set()
    for path in (ROOT / "sizer").rglob("*.py"):
        names.update(match.group(1)[1:] for match in pattern.finditer(path.read_text(encoding="utf-8")))
    return sorted(names)


def check_bundled_opencv() -> None:
    """The OpenCV build.spec bundles (the headless one) has every cv2 name Sizer uses; the smoke
    runs exercise only some of them."""
    support = load_spec_support()
    folder = support.headless_opencv_dir(support.load_manifest(), ROOT / "build" / "opencv-headless")
    if folder is None or not (folder / "cv2").is_dir():
        print("  OpenCV: the environment's own is bundled (no headless OpenCV)")
        return
    code = ("import cv2, json, sys\nmissing = []\nfor name in json.loads(sys.argv[1]):\n"
            "    node = cv2\n    for part in name.split('.'):\n        node = getattr(node, part, None)\n"
            "    if node is None:\n        missing.append(name)\nprint(json.dumps(missing))\n")
    names = opencv_names_used()
    env = dict(os.environ, PYTHONPATH=str(folder))
    result = subprocess.run([sys.executable, "-c", code, json.dumps(names)], capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise SmokeFailure(f"the bundled OpenCV does not import:\n{result.stderr[-2000:]}")
    missing = json.loads(result.stdout)
    if missing:
        raise SmokeFailure(f"the bundled OpenCV ({folder.name}) lacks what Sizer uses: {missing}")
    print(f"  OpenCV: {folder.name} has all {len(names)} cv2 names Sizer uses")


def smoke_commands() -> float:
    """The frozen build offers every subcommand the source has (pkgutil finds them at run time)."""
    from sizer.cli import discover_commands

    result, seconds = run_frozen(["--help"])
    if result.returncode != 0:
        raise SmokeFailure(f"frozen --help exited {result.returncode}\n{result.stderr[-3000:]}")
    names = [command.name for command in discover_commands()]
    missing = [name for name in names if not re.search(rf"^\s+{re.escape(name)}\b", result.stdout, re.MULTILINE)]
    if missing:
        raise SmokeFailure(f"subcommands missing from the frozen build: {', '.join(missing)}")
    print(f"  frozen --help lists all {len(names)} subcommands: {', '.join(names)}")
    return seconds


def read_profile(stdout: str, source: str) -> BodyProfile:
    try:
        return BodyProfile.from_json_dict(json.loads(stdout), source=source)
    except (ValueError, SizerError) as error:  # not JSON, or JSON that is not a valid profile
        raise SmokeFailure(f"{source} printed something that is not a body profile: {error}")


def smoke_measure() -> float:
    """The frozen `measure --json` gives a plausible profile, the same as the source gives."""
    config = tomllib.loads(SELFTEST_EXPECTATIONS.read_text(encoding="utf-8"))["measure"]
    front, side = ROOT / "assets" / config["front"], ROOT / "assets" / config["side"]
    args = ["measure", "--front", str(front), "--side", str(side), "--height-cm", str(config["height_cm"]), "--json"]
    result, seconds = run_frozen(args)
    if result.returncode != 0:
        raise SmokeFailure(f"frozen `sizer {' '.join(args)}` exited {result.returncode}\n{result.stderr[-3000:]}")
    frozen = read_profile(result.stdout, "frozen `sizer measure --json`").measurements_cm
    for dimension, (low, high) in config["expect_cm"].items():
        value = frozen.get(dimension)
        if value is None or not low <= value <= high:
            raise SmokeFailure(f"frozen measure: {dimension} = {value} cm, expected {low}-{high} cm")
    from_source = subprocess.run([sys.executable, "-m", "sizer", *args], capture_output=True, text=True,
                                 encoding="utf-8", cwd=ROOT, timeout=SELFTEST_TIMEOUT_S)
    if from_source.returncode != 0:
        raise SmokeFailure(f"`sizer measure` from source exited {from_source.returncode}\n{from_source.stderr[-3000:]}")
    source = read_profile(from_source.stdout, "`sizer measure --json` from source").measurements_cm
    differing = {k: (frozen.get(k), source[k]) for k in source
                 if frozen.get(k) is None or abs(frozen[k] - source[k]) > MEASURE_TOLERANCE_CM}
    if differing or set(frozen) != set(source):
        raise SmokeFailure(f"frozen and source measurements differ (frozen, source): {differing or (sorted(frozen), sorted(source))}")
    shown = ", ".join(f"{k} {frozen[k]:.1f}" for k in config["expect_cm"])
    print(f"  measure {front.name} + {side.name}: {shown} cm; all {len(frozen)} dimensions as from source")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-build", action="store_true", help="smoke-test the existing dist/sizer/ only")
    args = parser.parse_args(argv)
    failures: list[str] = []
    try:
        check_translations_compiled()
        if not args.no_build:
            print(f"build: {build():.1f} s", flush=True)
        if not EXECUTABLE.is_file():
            raise SmokeFailure(f"{EXECUTABLE} does not exist; build first")
        check_bundled_opencv()
    except SmokeFailure as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1

    size_mb = folder_size_bytes(DIST) / 1e6
    print(f"size: {DIST.relative_to(ROOT)} is {size_mb:.0f} MB (budget {SIZE_BUDGET_MB} MB)", flush=True)
    if size_mb > SIZE_BUDGET_MB:
        failures.append(f"folder is {size_mb:.0f} MB, over the {SIZE_BUDGET_MB} MB budget")

    for name, step in (("self-test", smoke_self_test), ("commands", smoke_commands), ("measure", smoke_measure)):
        try:
            seconds = step()
        except (SmokeFailure, subprocess.TimeoutExpired) as failure:
            failures.append(f"{name}: {failure}")
            continue
        budget = f" (budget {SELFTEST_BUDGET_S:.0f} s)" if name == "self-test" else ""
        print(f"{name}: frozen run took {seconds:.1f} s{budget}", flush=True)
        if name == "self-test" and seconds > SELFTEST_BUDGET_S:
            failures.append(f"frozen self-test took {seconds:.1f} s, over the {SELFTEST_BUDGET_S:.0f} s budget")

    if failures:
        print("smoke test FAILED:\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
