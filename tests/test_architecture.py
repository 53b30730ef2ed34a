"""The domain stays Qt-free, and the package layout installs every data file it needs."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sizer.toml_compat import tomllib

from conftest import REPO_ROOT
from import_scan import imported_modules

PACKAGE = REPO_ROOT / "sizer"
QT_LAYER = PACKAGE / "ui"  # the only place PySide6 may be imported
WIDGET_FREE = QT_LAYER / "documents"  # renders PDF/PNG with QtGui only: usable by the CLI


def python_files(root: Path):
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def test_domain_code_never_imports_qt():
    offenders = {
        str(path.relative_to(REPO_ROOT)): sorted(m for m in imported_modules(path) if m.split(".")[0] == "PySide6")
        for path in python_files(PACKAGE)
        if QT_LAYER not in path.parents
    }
    offenders = {k: v for k, v in offenders.items() if v}
    assert not offenders, f"PySide6 imported outside sizer/ui: {offenders}"


def test_document_rendering_never_imports_widgets():
    if not WIDGET_FREE.exists():
        return
    offenders = {
        str(path.relative_to(REPO_ROOT)): sorted(m for m in imported_modules(path) if "Widgets" in m)
        for path in python_files(WIDGET_FREE)
    }
    offenders = {k: v for k, v in offenders.items() if v}
    assert not offenders, f"widgets imported by document rendering: {offenders}"


def test_core_modules_import_without_qt_at_run_time():
    """Import every domain module in a fresh interpreter; PySide6 must not have been loaded."""
    modules = [
        ".".join(path.relative_to(REPO_ROOT).with_suffix("").parts).removesuffix(".__init__")
        for path in python_files(PACKAGE)
        if QT_LAYER not in path.parents and path.name != "__main__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"domain import pulled in Qt: {result.stdout}"


def test_every_package_is_declared_for_installation():
    """A subpackage missing from pyproject's list works from source but not from a wheel or build."""
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = set(config["tool"]["setuptools"]["packages"])
    present = {
        ".".join(init.parent.relative_to(REPO_ROOT).parts)
        for init in PACKAGE.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    missing = sorted(present - declared)
    assert not missing, f"add these to [tool.setuptools] packages in pyproject.toml: {missing}"
