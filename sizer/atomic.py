"""Atomic file writes: a crash or a full disk never leaves a half-written file in place of a good one.

Every writer in Sizer (exports, size guides, settings, profiles, the scale marker) goes through
here. The content is written to a temporary file in the destination's own folder (so the final
rename never crosses file systems), flushed and fsynced, then moved over the destination with
``os.replace``, which is atomic on POSIX and Windows. On any failure the temporary file is
removed and the destination is left exactly as it was.

- The destination is checked first: a folder, a pipe or device, a missing folder or a read-only
  file is refused with one sentence (a read-only file is never silently replaced).
- The temporary file is created with mode 0666 and the kernel applies the umask, so no
  process-wide ``os.umask`` call (which races with other threads) is needed; a replaced file
  keeps its own mode.
- A process killed mid-write cannot remove its temporary file, so each write is noted in a small
  journal under the user's state folder; :func:`clean_interrupted_writes` (run at every start)
  removes the temporary files of writes whose process is gone.
"""
from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from sizer.errors import SizerError
from sizer.problems import Problem

_TEMP_MARK = ".tmp"
_JOURNAL_ENV = "SIZER_STATE_DIR"


class FileWriteError(SizerError, OSError):
    """A file that cannot be written where asked; the message says why, in one sentence."""


class DiskFullError(FileWriteError):
    exit_code = 1  # not the input's fault


def atomic_path_check(destination: Path) -> None:
    """Refuse destinations no atomic write can or should replace."""
    folder = destination.parent if str(destination.parent) else Path(".")
    try:
        mode = os.stat(destination).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise FileWriteError(Problem("write_failed", path=destination, detail=str(error.strerror or error))) from None
    if mode is not None:
        if stat.S_ISDIR(mode):
            raise FileWriteError(Problem("write_is_folder", path=destination))
        if not stat.S_ISREG(mode):
            raise FileWriteError(Problem("write_not_regular", path=destination))
        if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise FileWriteError(Problem("write_read_only_file", path=destination))
    if not folder.is_dir():
        code = "write_folder_missing" if not folder.exists() else "write_folder_not_folder"
        raise FileWriteError(Problem(code, path=destination, folder=folder))


@contextlib.contextmanager
def atomic_path(destination: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``destination``; on success it replaces ``destination``.

    For writers that insist on a file name (openpyxl, QPdfWriter, QImage.save). The caller
    writes the whole file to the yielded path; when the ``with`` block ends without an
    exception the file is fsynced and renamed over ``destination``.
    """
    destination = Path(destination)
    atomic_path_check(destination)
    folder = destination.parent if str(destination.parent) else Path(".")
    temp_path = _create_temp(folder, destination)
    entry = _journal_add(temp_path)
    try:
        try:
            yield temp_path
            _fsync_file(temp_path)
            _copy_permissions(destination, temp_path)
            os.replace(temp_path, destination)
        except BaseException:
            with contextlib.suppress(OSError):
                temp_path.unlink()
            raise
    except OSError as error:
        if isinstance(error, FileWriteError):
            raise
        raise _readable(destination, error) from None
    finally:
        _journal_remove(entry)
    _fsync_folder(folder)


def _readable(destination: Path, error: OSError) -> FileWriteError:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFullError(Problem("write_disk_full", path=destination))
    if error.errno in (errno.EACCES, errno.EPERM):
        return FileWriteError(Problem("write_permission_denied", path=destination))
    if error.errno == errno.EROFS:
        return FileWriteError(Problem("write_read_only_disk", path=destination))
    return FileWriteError(Problem("write_failed", path=destination, detail=str(error.strerror or error)))


def _create_temp(folder: Path, destination: Path) -> Path:
    # Keep the real suffix last: some writers (QImage.save) choose the format from it.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = folder / f".{destination.stem}.{secrets.token_hex(4)}{_TEMP_MARK}{destination.suffix}"
        try:
            fd = os.open(temp, flags, 0o666)  # the kernel applies the umask: no os.umask race
        except FileExistsError:
            continue
        except OSError as error:
            raise _readable(destination, error) from None
        os.close(fd)
        return temp
    raise FileWriteError(Problem("write_no_temp_name", path=destination, folder=folder))


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
    """A replaced file keeps its mode; a new one already has 0666 less the umask (from os.open)."""
    try:
        mode = destination.stat().st_mode & 0o7777
    except FileNotFoundError:
        return
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


# -- the journal of writes under way ------------------------------------------------------------
def journal_folder() -> Path:
    override = os.environ.get(_JOURNAL_ENV)
    if override:
        return Path(override) / "pending-writes"
    import platformdirs

    return Path(platformdirs.user_state_dir("sizer", "Sizer")) / "pending-writes"


def _journal_add(temp_path: Path) -> Path | None:
    """Note the temporary file; failing to (a read-only home) never stops the write itself."""
    try:
        folder = journal_folder()
        folder.mkdir(parents=True, exist_ok=True)
        entry = folder / f"{os.getpid()}-{secrets.token_hex(6)}"
        entry.write_text(str(temp_path.resolve()), encoding="utf-8")
        return entry
    except OSError:
        return None


def _journal_remove(entry: Path | None) -> None:
    if entry is not None:
        with contextlib.suppress(OSError):
            entry.unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def clean_interrupted_writes() -> list[Path]:
    """Remove the temporary files of writes whose process died; returns the files removed.

    Only files this module names (``.<stem>.<random>.tmp<suffix>``) are ever deleted."""
    removed: list[Path] = []
    try:
        entries = list(journal_folder().iterdir())
    except OSError:
        return removed
    for entry in entries:
        try:
            pid = int(entry.name.split("-", 1)[0])
        except ValueError:
            continue
        if _alive(pid):
            continue
        with contextlib.suppress(OSError, UnicodeDecodeError):
            temp = Path(entry.read_text(encoding="utf-8").strip())
            if temp.name.startswith(".") and f"{_TEMP_MARK}{temp.suffix}" in temp.name and temp.is_file():
                temp.unlink()
                removed.append(temp)
        with contextlib.suppress(OSError):
            entry.unlink()
    return removed
