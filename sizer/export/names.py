"""File names made from what users typed (listing ids, titles): one path component, nothing more.

A listing id such as ``../../.bashrc`` or ``C:\\Windows\\x`` must not steer a suggested save path
out of the folder the user chose, nor name a device (``CON`` on Windows) or a hidden file.
"""
from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f/\\:*?"<>|]+')
_WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}
MAX_STEM = 120


def safe_file_stem(text: str, fallback: str = "file") -> str:
    """``text`` as a file name without folder parts, dots at the ends or reserved names."""
    stem = unicodedata.normalize("NFC", str(text))
    stem = _UNSAFE.sub("_", stem).strip(" ._")
    stem = re.sub(r"\.{2,}", ".", stem)[:MAX_STEM].strip(" ._")
    if not stem or stem.split(".")[0].upper() in _WINDOWS_DEVICES:
        stem = f"{fallback}-{stem}" if stem else fallback
    return stem
