"""One config folder: the settings and the remembered column mappings side by side (the QA tester
found ~/.config/Sizer and ~/.config/sizer), and an older version's settings moved, not lost."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from sizer.ui.settings import APPLICATION, LANGUAGE, ORGANISATION, RECENT_CATALOGUES, Settings, migrate_legacy_settings


def test_settings_and_remembered_mappings_share_one_folder(tmp_path, monkeypatch):
    from sizer.catalog.mapping import default_store_path
    from sizer.returns.mapping import store_path

    monkeypatch.setenv("SIZER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("SIZER_MAPPINGS_FILE", raising=False)
    settings = Settings()
    folders = {Path(settings.file_name()).parent, default_store_path().parent, store_path().parent}
    assert folders == {tmp_path / "config"}


def test_an_older_versions_settings_move_into_the_one_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("SIZER_CONFIG_DIR", str(tmp_path / "config"))
    # Qt's own default place (~/.config/Sizer/Sizer.conf; a test folder here, Qt's test mode).
    legacy = QSettings(ORGANISATION, APPLICATION)
    legacy.setValue(LANGUAGE.key, "de")
    legacy.setValue(RECENT_CATALOGUES.key, ["/shop/a.csv", "/shop/b.csv"])
    legacy.sync()
    old_file = Path(legacy.fileName())
    assert old_file.exists()
    del legacy
    settings = Settings()
    assert settings.get(LANGUAGE) == "de" and settings.get(RECENT_CATALOGUES) == ("/shop/a.csv", "/shop/b.csv")
    assert Path(settings.file_name()) == tmp_path / "config" / "settings.ini"
    assert not QSettings(ORGANISATION, APPLICATION).allKeys()  # moved, not copied: one place only
    assert not old_file.exists()
    # Once moved, a later start reads the new file and never the old place again.
    settings.set(LANGUAGE, "fr")
    settings.sync()
    assert Settings().get(LANGUAGE) == "fr"


def test_nothing_to_move_writes_nothing(tmp_path):
    empty = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    assert not migrate_legacy_settings(tmp_path / "new.ini", empty)
    assert not (tmp_path / "new.ini").exists()
