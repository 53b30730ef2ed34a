#!/usr/bin/env python3
"""Set up a local virtual environment (if needed) and run Sizer or its tests.

    python3 tasks.py run [ARGS...]   set up .venv, then launch the app (extra args go to `sizer`)
    python3 tasks.py test [ARGS...]  set up .venv, then run the whole test suite headless
    python3 tasks.py setup           only set up .venv

Only the standard library is used here, so this works on a fresh machine with nothing but Python.
The environment is reinstalled when pyproject.toml changes (a hash is kept in .venv).
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".sizer-install-stamp"
SUPPORTED = ((3, 10), (3, 11), (3, 12))


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def find_base_python() -> str:
    """A Python the dependencies have wheels for (mediapipe 0.10.21: 3.10-3.12)."""
    if sys.version_info[:2] in SUPPORTED:
        return sys.executable
    for major, minor in reversed(SUPPORTED):
        exe = shutil.which(f"python{major}.{minor}")
        # A version manager's shim may exist on PATH without that version installed: ask it.
        if exe and subprocess.run([exe, "-c", f"import sys; sys.exit(sys.version_info[:2] != ({major}, {minor}))"],
                                  capture_output=True).returncode == 0:
            return exe
    sys.exit(
        f"Sizer needs Python 3.10, 3.11 or 3.12 (MediaPipe 0.10.21 has wheels for those); "
        f"this is {sys.version.split()[0]} and none of python3.10-3.12 is on PATH."
    )


def install_stamp() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return f"{digest} {sys.platform}\n"


def setup() -> Path:
    python = venv_python()
    if not python.exists():
        print(f"Creating a virtual environment in {VENV} ...", flush=True)
        subprocess.run([find_base_python(), "-m", "venv", str(VENV)], check=True)
    if not STAMP.exists() or STAMP.read_text() != install_stamp():
        print("Installing Sizer and its dependencies into .venv (first run takes a minute) ...", flush=True)
        started = time.monotonic()
        pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
        # pip's and setuptools' chatter goes to a log (shown when something fails): the project's
        # own configuration warns about nothing (tests/test_install_quiet.py keeps it so).
        log = VENV / "install.log"
        with log.open("w", encoding="utf-8") as stream:
            for step in (["install", "--quiet", "--upgrade", "pip"], ["install", "--quiet", "-e", f"{ROOT}[test]"]):
                stream.write(f"$ pip {' '.join(step)}\n")
                stream.flush()
                if subprocess.run(pip + step, stdout=stream, stderr=subprocess.STDOUT).returncode:
                    stream.close()
                    sys.stderr.write(log.read_text(encoding="utf-8", errors="replace")[-6000:])
                    sys.exit(f"Installing the dependencies failed (the whole log: {log}).")
        STAMP.write_text(install_stamp())
        print(f"Installed in {time.monotonic() - started:.0f} s (pip's log: {log.relative_to(ROOT)}).", flush=True)
    return python


# The shared libraries Qt's xcb platform plugin (Linux desktops) needs, and the Debian/Ubuntu
# package of each. Qt loads libxcb-cursor with dlopen, so ldd does not list it: it is checked apart.
XCB_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libX11-xcb.so.1": "libx11-xcb1",
}
_PROBE = ("import sys\n"
          "from PySide6.QtWidgets import QApplication\n"
          "app = QApplication(sys.argv[:1])\n"
          "print(app.platformName())\n")


def missing_xcb_libraries(python: Path) -> list[str]:
    """The shared libraries Qt's xcb plugin needs that this machine lacks (Linux only)."""
    found = subprocess.run([str(python), "-c", "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent)"],
                           capture_output=True, text=True)
    qt = Path(found.stdout.strip()) / "Qt"
    missing: set[str] = set()
    for binary in (qt / "plugins" / "platforms" / "libqxcb.so", *sorted((qt / "lib").glob("libQt6XcbQpa.so*"))[:1]):
        if binary.exists() and shutil.which("ldd"):
            listing = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
            missing.update(re.findall(r"^\s*(\S+) => not found", listing, re.MULTILINE))
    known = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True).stdout \
        if Path("/sbin/ldconfig").exists() else ""
    if known and "libxcb-cursor.so.0" not in known:
        missing.add("libxcb-cursor.so.0")
    return sorted(missing)


def check_qt_platform(python: Path) -> bool:
    """Whether Qt can open a window here; if not, say which libraries are missing and how to get them."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return True
    try:
        probe = subprocess.run([str(python), "-c", _PROBE], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return True  # slow, not broken: let the app itself try
    if probe.returncode == 0:
        return True
    missing = missing_xcb_libraries(python)
    print("sizer: Qt cannot open a window on this machine: its platform plugin did not load.", file=sys.stderr)
    if not missing and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        # Qt then blames libxcb-cursor, wrongly: the libraries are there, the screen is not.
        print("There is no display to open it on (neither DISPLAY nor WAYLAND_DISPLAY is set): run it in a "
              "desktop session, or over SSH with `ssh -X`; `QT_QPA_PLATFORM=offscreen sizer --self-test` "
              "checks it without a screen.", file=sys.stderr)
        return False
    if missing:
        packages = sorted({XCB_PACKAGES.get(name, name) for name in missing})
        print(f"Missing system libraries: {', '.join(missing)}.", file=sys.stderr)
        print(f"Install them with:\n    sudo apt-get install {' '.join(packages)}", file=sys.stderr)
    else:
        lines = [line for line in probe.stderr.splitlines() if line.strip()][-4:]
        print("Qt said:\n    " + "\n    ".join(lines), file=sys.stderr)
        print("On Debian or Ubuntu:\n    sudo apt-get install " + " ".join(sorted(set(XCB_PACKAGES.values()))),
              file=sys.stderr)
    return False


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "run"
    rest = argv[1:]
    if command not in {"run", "test", "setup"}:
        print(__doc__)
        return 2
    python = setup()
    if command == "setup":
        return 0
    if command == "run":
        if not check_qt_platform(python):
            return 3
        return subprocess.call([str(python), "-m", "sizer", *rest], cwd=ROOT)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
