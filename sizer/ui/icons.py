"""The app's icons: simple SVGs drawn for Sizer under assets/icons/, crisp at any scale."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QDir
from PySide6.QtGui import QIcon

from sizer.resources import as_path, asset

_registered = False


def register_icon_path() -> None:
    """Make ``icons:name.svg`` resolve to assets/icons/name.svg (git-cola's search-path habit)."""
    global _registered
    if not _registered:
        QDir.addSearchPath("icons", str(as_path(asset("icons"))))
        _registered = True


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    register_icon_path()
    as_path(asset("icons", f"{name}.svg"))  # a missing icon is a packaging bug: fail loudly
    return QIcon(f"icons:{name}.svg")
