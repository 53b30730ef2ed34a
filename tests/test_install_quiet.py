"""First contact: the install warns about nothing of ours, and a missing Qt library is named."""
from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

from sizer.toml_compat import tomllib

ROOT = Path(__file__).resolve().parent.parent


def load_tasks():
    spec = importlib.util.spec_from_file_location("tasks", ROOT / "tasks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_license_is_an_spdx_string_not_the_deprecated_table():
    # The table form made setuptools print its deprecation notice three times per install.
    assert isinstance(pyproject()["project"]["license"], str)


def test_every_data_folder_is_a_listed_package():
    """An unlisted folder of data files gets a 30-line "package would be ignored" warning."""
    config = pyproject()["tool"]["setuptools"]
    listed = set(config["packages"])
    folders = {"sizer.assets": ROOT / "assets", "sizer.charts": ROOT / "charts"}
    missing = []
    for package, top in folders.items():
        for folder in top.rglob("*"):
            if folder.is_dir() and "__pycache__" not in folder.parts and any(p.is_file() for p in folder.iterdir()):
                name = ".".join([package, *folder.relative_to(top).parts])
                if name not in listed:
                    missing.append(name)
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {missing}"


def test_the_readme_names_every_library_the_qt_check_knows():
    tasks = load_tasks()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"sudo apt-get install ([^`]+)`", readme.replace("\n", " "))
    assert command, "the README's Quick start has the one apt-get command"
    listed = set(command.group(1).split())
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= listed
    assert set(tasks.XCB_PACKAGES.values()) <= listed, set(tasks.XCB_PACKAGES.values()) - listed


def test_a_missing_library_is_named_with_the_one_command_that_installs_it(monkeypatch, capsys, tmp_path):
    tasks = load_tasks()
    monkeypatch.setattr(tasks.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    real_run = subprocess.run

    def fake_run(command, *args, **kwargs):
        if command[:2] == [sys.executable, "-c"] and "QApplication" in command[2]:
            return subprocess.CompletedProcess(command, 134, "", 'qt.qpa.plugin: Could not load the Qt platform '
                                               'plugin "xcb" in "" even though it was found.\n')
        return real_run(command, *args, **kwargs)

    monkeypatch.setattr(tasks.subprocess, "run", fake_run)
    monkeypatch.setattr(tasks, "missing_xcb_libraries", lambda python: ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert tasks.check_qt_platform(Path(sys.executable)) is False
    err = capsys.readouterr().err
    assert "Missing system libraries: libxcb-icccm.so.4, libxcb-keysyms.so.1." in err
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in err


def test_the_qt_check_passes_where_qt_loads(monkeypatch):
    tasks = load_tasks()
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # what this test run uses
    assert tasks.check_qt_platform(Path(sys.executable)) is True


def test_no_display_is_said_as_such_not_blamed_on_a_library(monkeypatch, capsys):
    tasks = load_tasks()
    monkeypatch.setattr(tasks.sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(tasks.subprocess, "run", lambda command, *a, **k: subprocess.CompletedProcess(
        command, 134, "", "qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed"))
    monkeypatch.setattr(tasks, "missing_xcb_libraries", lambda python: [])
    assert tasks.check_qt_platform(Path(sys.executable)) is False
    err = capsys.readouterr().err
    assert "no display" in err and "apt-get" not in err
