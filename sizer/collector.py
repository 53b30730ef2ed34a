"""Python's cycle collector, paused while a large file is read."""
from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Reading a large catalogue or orders file makes millions of small objects and no reference
    cycles; the cycle collector would rescan the growing heap again and again (a third to two
    thirds of the import's time), so it rests until the objects are packed into arrays."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
