"""The app's log file under the user's log folder (platformdirs), so errors can be reported."""
from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

import platformdirs

LOG_FILE_NAME = "sizer.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir("sizer", "Sizer"))


class OwnerOnlyFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only their owner can read (0600): the kiosk logs PIN failures,
    unlocks and camera trouble, which are nobody else's business on a shared machine."""

    def _open(self):
        if os.name == "posix":
            # Created 0600 from the start (no window in which it is world-readable); an older
            # file from before this rule is tightened too.
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            os.close(fd)
            os.chmod(self.baseFilename, 0o600)
        return super()._open()


def setup_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the ``sizer`` loggers to a rotating file; returns the log file's path.

    A windowed (frozen) build has no console, so stdout and stderr go to the log there too.
    """
    log_dir = default_log_dir() if log_dir is None else Path(log_dir)
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_FILE_NAME
    logger = logging.getLogger("sizer")
    for handler in list(logger.handlers):
        if getattr(handler, "_sizer_file", False):
            logger.removeHandler(handler)
            handler.close()
    handler = OwnerOnlyFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler._sizer_file = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(level)
    if getattr(sys, "frozen", False) and sys.stderr is None:
        stream = open(path, "a", encoding="utf-8", buffering=1)  # noqa: SIM115 - lives as long as the app
        sys.stdout = sys.stderr = stream
    return path


def current_log_path() -> Path | None:
    for handler in logging.getLogger("sizer").handlers:
        if getattr(handler, "_sizer_file", False):
            return Path(handler.baseFilename)  # type: ignore[attr-defined]
    return None
