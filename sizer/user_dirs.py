"""The user's own folders for Sizer, in one place: settings and remembered column mappings share
one configuration folder (platformdirs' ``user_config_dir("sizer", "Sizer")``, e.g. ~/.config/sizer),
never two that differ by case (Qt's own default put settings in ~/.config/Sizer).

``SIZER_CONFIG_DIR`` overrides the folder (tests, portable installs).
"""
from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "sizer"
APP_AUTHOR = "Sizer"
CONFIG_DIR_ENV = "SIZER_CONFIG_DIR"
SETTINGS_FILE = "settings.ini"


def config_dir() -> Path:
    """The folder of the user's settings and remembered mappings."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE
