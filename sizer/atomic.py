"""Atomic file writes: a crash or a full disk never leaves a half-written file in place of a good one.

Every writer in Sizer (exports, size guides, settings, profiles) goes through here. The content
is written to a temporary file in the destination's own folder (so the final rename never
crosses file systems), flushed and fsynced, then moved over the destination with ``os.replace``,
which is atomic on POSIX and Windows. On any failure the temporary file is removed and the
destination is left exactly as it was.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_path(destination: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``destination``; on success it replaces ``destination``.

    For writers that insist on a file name (openpyxl, QPdfWriter, QImage.save). The caller
    writes the whole file to the yielded path; when the ``with`` block ends without an
    exception the file is fsynced and renamed over ``destination``.
    """
    destination = Path(destination)
    folder = destination.parent if str(destination.parent) else Path(".")
    # Keep the real suffix last: some writers (QImage.save) choose the format from it.
    handle, temp_name = tempfile.mkstemp(prefix=f".{destination.stem}.", suffix=f".tmp{destination.suffix}",
                                         dir=folder)
    os.close(handle)
    temp_path = Path(temp_name)
    try:
        yield temp_path
        _fsync_file(temp_path)
        _copy_permissions(destination, temp_path)
        os.replace(temp_path, destination)
    except BaseException:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        raise
    _fsync_folder(folder)


@contextlib.contextmanager
def atomic_open(destination: str | os.PathLike[str], mode: str = "w", *, encoding: str | None = "utf-8",
                newline: str | None = None) -> Iterator[IO]:
    """Open a temporary file beside ``destination`` for writing; it replaces ``destination`` on success."""
    if "r" in mode or "a" in mode or "+" in mode:
        raise ValueError("atomic_open only writes whole files (mode 'w' or 'wb')")
    binary = "b" in mode
    with atomic_path(destination) as temp_path:
        with open(temp_path, mode, encoding=None if binary else encoding,
                  newline=None if binary else newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())


def atomic_write_bytes(destination: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``destination`` atomically."""
    with atomic_open(destination, "wb") as stream:
        stream.write(data)


def atomic_write_text(destination: str | os.PathLike[str], text: str, encoding: str = "utf-8",
                      newline: str | None = None) -> None:
    """Write ``text`` to ``destination`` atomically."""
    with atomic_open(destination, "w", encoding=encoding, newline=newline) as stream:
        stream.write(text)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_permissions(destination: Path, temp_path: Path) -> None:
    """mkstemp creates 0600 files; a replaced file keeps its mode, a new one gets the usual default."""
    try:
        mode = destination.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(temp_path, mode)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened this way on Windows."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
