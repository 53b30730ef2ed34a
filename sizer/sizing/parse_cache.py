"""Parsed chart files cached as JSON by content hash, so loading skips the (slow, pure-Python) TOML parser.

The key is the SHA-256 of the file's bytes, so an edited file is never served stale; the
cached value is the plain parsed data, which is validated again on every load. The cache sits
in the user's cache folder; when it cannot be read or written the file is simply parsed.
Set ``SIZER_CHART_CACHE=off`` to disable it (``=<folder>`` to move it).
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from sizer.atomic import atomic_write_text
from sizer.toml_compat import tomllib

CACHE_VERSION = 1


def cache_dir() -> Path | None:
    setting = os.environ.get("SIZER_CHART_CACHE", "")
    if setting.lower() in ("off", "0", "no"):
        return None
    if setting:
        return Path(setting)
    import platformdirs

    return Path(platformdirs.user_cache_dir("sizer", "Sizer")) / "charts"


def parse_toml(raw: bytes) -> dict[str, Any]:
    """``tomllib.loads`` of the UTF-8 text, through the cache when there is one."""
    folder = cache_dir()
    entry = None
    if folder is not None:
        digest = hashlib.sha256(raw).hexdigest()
        entry = folder / f"v{CACHE_VERSION}-{digest}.json"
        try:
            return json.loads(entry.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    data = tomllib.loads(raw.decode("utf-8"))
    if entry is not None:
        try:
            text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        except (TypeError, ValueError):  # TOML dates have no JSON form: such a file is just not cached
            return data
        _write_atomically(entry, text)
    return data


def _write_atomically(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, text)
    except OSError:
        pass  # a read-only or full disk only costs speed
