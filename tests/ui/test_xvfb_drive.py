"""The real app in a real X session (Xvfb + a window manager), driven with xdotool.

scripts/drive_app_xvfb.py does the driving; here it runs once for both cases when the tools are
installed, and the tests skip otherwise (CI without Xvfb still runs everything else).
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SCRIPT = ROOT / "scripts" / "drive_app_xvfb.py"
EXIT_MISSING_TOOLS = 77


@pytest.fixture(scope="module")
def drive(tmp_path_factory) -> dict[str, str]:
    shots = tmp_path_factory.mktemp("xvfb-shots")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run([sys.executable, str(SCRIPT), "--case", "all", "--shots", str(shots)],
                            capture_output=True, text=True, env=env, timeout=300, cwd=ROOT)
    if result.returncode == EXIT_MISSING_TOOLS:
        pytest.skip(result.stderr.strip())
    if "Could not load the Qt platform plugin" in result.stderr:
        pytest.skip("Qt's xcb plugin cannot load here (python3 tasks.py run names the missing libraries)")
    outcomes = {case: (status, result.stdout) for status, case in re.findall(r"^(PASS|FAIL) (\w+): ",
                                                                           result.stdout, re.MULTILINE)}
    return {case: f"{status}\n{text}\n{result.stderr}" for case, (status, text) in outcomes.items()}


@pytest.mark.slow
def test_the_wheel_over_an_unfocused_field_leaves_the_measurement(drive):
    assert drive["wheel"].startswith("PASS"), drive["wheel"]


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="needs the import branch's contract (Save after a partial import is Save As "
                                       "and never overwrites the source); remove this marker when it is merged")
def test_save_after_a_partial_import_never_overwrites_the_source(drive):
    assert drive["data_loss"].startswith("PASS"), drive["data_loss"]
