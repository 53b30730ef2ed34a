"""Finds every data file the app ships, the same way from source, installed or frozen.

The repository keeps data at its top (``charts/``, ``assets/``); pyproject.toml installs those
folders as the packages ``sizer.charts`` and ``sizer.assets`` and build.spec copies them to the
same relative paths, so ``importlib.resources`` is the only lookup any code needs.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

try:
    from importlib.resources.abc import Traversable
except ModuleNotFoundError:  # Python 3.10
    from importlib.abc import Traversable

CHARTS_PACKAGE = "sizer.charts"
ASSETS_PACKAGE = "sizer.assets"
DATA_PACKAGE = "sizer.data"


def charts_dir() -> Traversable:
    """The folder of bundled size-chart files."""
    return resources.files(CHARTS_PACKAGE)


def asset(*parts: str) -> Traversable:
    """A file or folder under ``assets/``, e.g. ``asset("fonts", "OFL.txt")``."""
    node = resources.files(ASSETS_PACKAGE)
    for part in parts:
        node = node / part
    return node


def data(*parts: str) -> Traversable:
    """A file under ``sizer/data/`` (model coefficients and other package data)."""
    node = resources.files(DATA_PACKAGE)
    for part in parts:
        node = node / part
    return node


def read_toml(node: Traversable, what: str) -> dict:
    """A bundled TOML file parsed; an unreadable or malformed one raises DataFileError naming it.

    ``what`` says what the file is for the message, e.g. "the ease table".
    """
    from sizer.errors import DataFileError
    from sizer.toml_compat import tomllib

    try:
        return tomllib.loads(node.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise DataFileError(str(node), None, None, f"cannot read {what}: {error}") from None


def as_path(node: Traversable) -> Path:
    """A real filesystem path for APIs that need one (Qt, OpenCV).

    Sizer is never installed zipped (source, wheel-installed and PyInstaller one-folder are all
    plain folders), so the traversable is a path already; anything else is a packaging bug.
    """
    path = Path(str(node))
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {path}")
    return path
