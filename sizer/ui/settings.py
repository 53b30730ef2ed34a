"""Typed, persistent user settings: one registry of options with defaults, over QSettings.

Every option the app persists is declared once here (key, type, default, allowed values); code
reads and writes them through :class:`Settings`, never through raw QSettings keys. Tests build a
``Settings`` on a throw-away INI file, so they never read or change the user's settings.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal

from sizer.units import LengthUnit

T = TypeVar("T")

ORGANISATION = "Sizer"
APPLICATION = "Sizer"
from sizer.languages import shipped_languages

LANGUAGES = shipped_languages()  # the interface languages the app ships translations for (sizer/languages.py)


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    choices: tuple[T, ...] | None = None  # when set, any other stored value reads as the default

    def coerce(self, raw: Any) -> T:
        """The stored value as this option's type; anything unreadable falls back to the default."""
        if raw is None:
            return self.default
        default = self.default
        try:
            if isinstance(default, bool):
                value: Any = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
            elif isinstance(default, int):
                value = int(raw)
            elif isinstance(default, float):
                value = float(raw)
            elif isinstance(default, tuple):
                # QSettings returns a str for a one-element list and a list otherwise.
                items = [raw] if isinstance(raw, str) else list(raw)
                value = tuple(str(item) for item in items if str(item))
            else:
                value = str(raw)
        except (TypeError, ValueError):
            return self.default
        if self.choices is not None and value not in self.choices:
            return self.default
        return value

    def encode(self, value: T) -> Any:
        return list(value) if isinstance(value, tuple) else value


UNITS = Option("display/units", LengthUnit.CM.value, tuple(u.value for u in LengthUnit))
DEFAULT_SYSTEMS = Option("charts/default_systems", ("INT", "US", "UK", "EU", "CN", "JP"))
LAST_CATEGORY = Option("charts/last_category", "")
# The Size charts page's own cm/in box: "" follows UNITS. It is the page's choice alone, so
# switching a chart to inches never changes the Measure page's fields.
CHARTS_UNITS = Option("charts/units", "", ("", *(u.value for u in LengthUnit)))
LANGUAGE = Option("interface/language", "", ("", *LANGUAGES))  # "" follows the system's locale
CAMERA_INDEX = Option("measure/camera_index", 0)
STATED_HEIGHT_CM = Option("measure/stated_height_cm", 0.0)  # 0: none typed yet (never a made-up height)
LAST_FOLDER = Option("files/last_folder", "")
LAST_CATALOGUE = Option("catalogue/last_file", "")  # "" opens the bundled sample catalogue
RECENT_CATALOGUES = Option("catalogue/recent_files", ())  # newest first, for File > Open recent
KIOSK_ON_START = Option("kiosk/start_in_kiosk_mode", False)
# Kiosk mode (sizer.ui.kiosk): the admin PIN is stored only as "salt$pbkdf2-hash" (sizer.ui.kiosk.pin).
# It is set only from the desktop's settings dialog or `sizer kiosk set-pin`, never on the kiosk's screen.
KIOSK_PIN_HASH = Option("kiosk/admin_pin_hash", "")
KIOSK_PIN_FAILURES = Option("kiosk/admin_pin_failures", 0)  # wrong PINs in a row (sizer.ui.kiosk.pin.PinGuard)
KIOSK_PIN_BLOCKED_UNTIL = Option("kiosk/admin_pin_blocked_until", 0.0)  # wall-clock s; survives a restart
KIOSK_IDLE_TIMEOUT_S = Option("kiosk/idle_timeout_s", 60.0)
KIOSK_QR_TEMPLATE = Option("kiosk/qr_link_template", "")  # "" puts the sizes as plain text in the QR code
KIOSK_CATALOGUE = Option("kiosk/catalogue_file", "")  # "" is the bundled sample catalogue
KIOSK_PRODUCTS = Option("kiosk/products_on_display", ())  # listing ids; empty shows every listing
KIOSK_LANGUAGES = Option("kiosk/languages", LANGUAGES)
KIOSK_CAMERA = Option("kiosk/camera", "0")  # a camera number, or a video/folder for a demo loop
KIOSK_PRINTER = Option("kiosk/printer", "")  # "" is the system's default printer
KIOSK_COUNTDOWN_S = Option("kiosk/countdown_s", 3)
KIOSK_FRAMES_PER_VIEW = Option("kiosk/frames_per_view", 15)
KIOSK_CAMERA_STALL_S = Option("kiosk/camera_stall_s", 5.0)  # no frame for this long: reopen the camera

ALL_OPTIONS: tuple[Option, ...] = (UNITS, CHARTS_UNITS, DEFAULT_SYSTEMS, LAST_CATEGORY, LANGUAGE, CAMERA_INDEX,
                                   STATED_HEIGHT_CM, LAST_FOLDER, LAST_CATALOGUE, RECENT_CATALOGUES,
                                   KIOSK_ON_START,
                                   KIOSK_PIN_HASH, KIOSK_PIN_FAILURES, KIOSK_PIN_BLOCKED_UNTIL,
                                   KIOSK_IDLE_TIMEOUT_S, KIOSK_QR_TEMPLATE, KIOSK_CATALOGUE,
                                   KIOSK_PRODUCTS, KIOSK_LANGUAGES, KIOSK_CAMERA, KIOSK_PRINTER,
                                   KIOSK_COUNTDOWN_S, KIOSK_FRAMES_PER_VIEW, KIOSK_CAMERA_STALL_S)


def keep_owner_only(path: Path, create: bool = False) -> None:
    """Make the settings file readable by its owner only (0600; it holds the kiosk's PIN hash).

    Created empty when missing, so that Qt's atomic save (which keeps an existing file's
    permissions) never writes it world-readable. Not a POSIX system: nothing to do.
    """
    if os.name != "posix" or not path.name:
        return
    try:
        if create and not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        if path.exists():
            os.chmod(path, 0o600)
    except OSError:  # a read-only or foreign folder: QSettings reports its own status
        pass


def migrate_legacy_settings(target: Path, legacy: QSettings) -> bool:
    """Copy every value of ``legacy`` (Qt's default place, which older versions used) into the INI
    file ``target``, then empty the old place (its file and folder removed when they are left
    empty), so the settings live in one folder. False when there was nothing to move, or the copy
    could not be written (the old settings are then left as they are)."""
    keys = legacy.allKeys()
    if not keys:
        return False
    keep_owner_only(target, create=True)  # created 0600 before it holds the kiosk's PIN hash
    store = QSettings(str(target), QSettings.Format.IniFormat)
    for key in keys:
        store.setValue(key, legacy.value(key))
    store.sync()
    if store.status() != QSettings.Status.NoError:
        return False
    old_file = Path(legacy.fileName())
    legacy.clear()
    legacy.sync()
    for leftover in (old_file, old_file.parent):
        try:
            if leftover.is_file() and leftover.stat().st_size == 0:
                leftover.unlink()
            elif leftover.is_dir():
                leftover.rmdir()  # only when empty
        except OSError:
            pass
    logging.getLogger("sizer.ui").info("settings moved from %s to %s", old_file, target)
    return True


class Settings(QObject):
    """Reads and writes the options above; ``changed(key)`` tells open pages to refresh."""

    changed = Signal(str)

    def __init__(self, ini_path: str | Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        if ini_path is None:
            # The user's: in the one config folder, beside the remembered mappings (sizer.user_dirs);
            # what an older Sizer kept in Qt's own place (~/.config/Sizer) is moved there once.
            from sizer.user_dirs import settings_path

            ini_path = settings_path()
            if not Path(ini_path).exists():
                migrate_legacy_settings(Path(ini_path), QSettings(ORGANISATION, APPLICATION))
        self._store = QSettings(str(ini_path), QSettings.Format.IniFormat)
        keep_owner_only(Path(self._store.fileName()), create=True)

    def get(self, option: Option[T]) -> T:
        return option.coerce(self._store.value(option.key))

    def set(self, option: Option[T], value: T) -> None:
        value = option.coerce(option.encode(value))
        if self.get(option) == value and self._store.contains(option.key):
            return
        self._store.setValue(option.key, option.encode(value))
        self.changed.emit(option.key)

    def reset(self, option: Option) -> None:
        self._store.remove(option.key)
        self.changed.emit(option.key)

    def sync(self) -> None:
        self._store.sync()
        keep_owner_only(Path(self._store.fileName()))

    def written(self) -> bool:
        """Whether the last sync reached the file (False: read-only, missing folder, a directory...)."""
        return self._store.status() == QSettings.Status.NoError and os.access(self._store.fileName(), os.W_OK)

    def file_name(self) -> str:
        """Where the settings are stored (shown in the settings dialog, useful for support)."""
        return self._store.fileName()

    # Window geometry and splitter states are opaque Qt blobs, not options with defaults.
    def save_state(self, key: str, blob: Any) -> None:
        self._store.setValue(f"state/{key}", blob)

    def load_state(self, key: str) -> Any:
        return self._store.value(f"state/{key}")


def store_kiosk_pin(settings: Settings, pin: str) -> None:
    """Store a new kiosk admin PIN (its salted hash only) and clear any lockout.

    The one way a PIN is set: the desktop's settings dialog, ``sizer kiosk set-pin`` and the admin
    screen (behind the current PIN) all call this. Raises ValueError for a PIN that is not 4-8 digits.
    """
    from sizer.ui.kiosk import pin as pins

    settings.set(KIOSK_PIN_HASH, pins.hash_pin(pin))
    settings.set(KIOSK_PIN_FAILURES, 0)
    settings.set(KIOSK_PIN_BLOCKED_UNTIL, 0.0)
    settings.sync()
    logging.getLogger("sizer.ui.kiosk.pin").info("kiosk admin PIN set")
