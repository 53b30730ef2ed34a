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
import shutil
import subprocess
import sys
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
        pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
        subprocess.run(pip + ["install", "--quiet", "--upgrade", "pip"], check=True)
        subprocess.run(pip + ["install", "--quiet", "-e", f"{ROOT}[test]"], check=True)
        STAMP.write_text(install_stamp())
    return python


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
        return subprocess.call([str(python), "-m", "sizer", *rest], cwd=ROOT)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
