"""Keeps a kiosk that runs all day from creeping up in memory: glibc's allocator, tuned and trimmed.

Each camera worker is a new thread, and glibc gives busy threads arenas of their own; the
camera frames, pose-model tensors and Qt images freed there stay mapped as fragmented free space.
Fewer arenas and a trim after each shopper return that space. Elsewhere than glibc (Windows,
macOS, musl) these are no-ops.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger("sizer.ui.kiosk")

_M_ARENA_MAX = -8  # glibc's mallopt parameter number
ARENAS = 2


def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim  # noqa: B018 - only glibc has it
        libc.mallopt  # noqa: B018
    except (OSError, AttributeError):
        return None
    return libc


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's per-thread arenas (call early, before the camera threads start)."""
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.mallopt(_M_ARENA_MAX, arenas))


def return_free_memory() -> bool:
    """Give the allocator's free pages back to the system (after a shopper's session ends)."""
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.malloc_trim(0))
