"""The app shell: start-up on the bundled sample, live language switch, settings dialog."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel

from sizer.profile import BodyProfile
from sizer.ui.i18n import install_translators
from sizer.ui.settings import DEFAULT_SYSTEMS, KIOSK_ON_START, LANGUAGE, UNITS


@pytest.fixture
def desktop(qtbot, settings, tmp_path):
    from sizer.ui.app import start_app

    app = start_app(language="en", settings=settings, install_excepthook=False, log_dir=tmp_path / "logs")
    qtbot.addWidget(app.window)
    yield app
    app.shutdown()
    install_translators("en")


def test_a_fresh_start_shows_every_page_on_the_sample_catalogue_without_loading_mediapipe(qtbot, desktop, tmp_path):
    window = desktop.window
    from sizer.ui.app import page_factories

    assert window.isVisible() and window.navigation.count() == len(page_factories())
    catalogue = window.page_named("catalogue_page")
    qtbot.waitUntil(lambda: catalogue.catalog is not None, timeout=10_000)
    assert catalogue.path is None and len(catalogue.catalog) > 0
    assert (tmp_path / "logs" / "sizer.log").exists()


def test_start_up_leaves_opencv_and_mediapipe_for_the_first_capture(tmp_path):
    """In a fresh interpreter (other tests here have loaded them already)."""
    code = (
        "import sys, pathlib\n"
        "from sizer.ui.app import start_app\n"
        "from sizer.ui.settings import Settings\n"
        f"folder = pathlib.Path({str(tmp_path)!r})\n"
        "desktop = start_app(settings=Settings(folder / 's.ini'), install_excepthook=False, log_dir=folder)\n"
        "print('cv2' in sys.modules, 'mediapipe' in sys.modules)\n"
        "desktop.shutdown()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


def test_switching_language_retranslates_the_window_and_keeps_the_work(qtbot, desktop, settings):
    catalogue = desktop.window.page_named("catalogue_page")
    qtbot.waitUntil(lambda: catalogue.catalog is not None, timeout=10_000)
    desktop.context.set_profile(BodyProfile({"chest_girth": 96.0}))
    kept_catalog = catalogue.catalog
    old = desktop.window
    settings.set(LANGUAGE, "zh_CN")
    assert desktop.window is not old
    qtbot.addWidget(desktop.window)
    assert desktop.window.navigation.item(0).text() == "尺码对照表"
    assert desktop.window.windowTitle() == "Sizer"
    new_catalogue = desktop.window.page_named("catalogue_page")
    assert new_catalogue.catalog is kept_catalog and desktop.context.profile is not None
    guides_page = desktop.window.page_named("guides_page")
    assert guides_page.language == "zh_CN"
    settings.set(LANGUAGE, "en")
    qtbot.addWidget(desktop.window)
    assert desktop.window.navigation.item(0).text() == "Size charts"
    # The pages of the windows replaced are gone for good: a new profile reaches only the live page.
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    desktop.context.set_profile(BodyProfile({"chest_girth": 100.0}))
    assert desktop.window.page_named("catalogue_page").context.profile.measurements_cm["chest_girth"] == 100.0


def test_switching_language_keeps_the_page_and_the_selection(qtbot, desktop, settings):
    """The QA tester's finding: a new language jumped to the Size charts page."""
    from sizer.ui.settings_dialog import SettingsDialog

    window = desktop.window
    catalogue = window.show_page("catalogue_page")
    qtbot.waitUntil(lambda: catalogue.catalog is not None, timeout=10_000)
    catalogue.filter_text.setText("e")
    catalogue.listing_view.selectRow(2)
    chosen = catalogue.selected_listing()
    assert chosen >= 0
    # Through the Settings dialog, as a person would.
    dialog = SettingsDialog(settings, window, ["INT", "EU"])
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.accept()
    assert desktop.window is not window
    qtbot.addWidget(desktop.window)
    page = desktop.window.stack.currentWidget()
    assert page.objectName() == "catalogue_page" and desktop.window.navigation.currentRow() == \
        desktop.window.pages.index(page)
    assert page.selected_listing() == chosen and page.filter_text.text() == "e"
    settings.set(LANGUAGE, "en")
    qtbot.addWidget(desktop.window)


def test_the_settings_dialog_stores_units_systems_and_language(qtbot, settings):
    from sizer.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, systems=("INT", "US", "EU", "JP"))
    qtbot.addWidget(dialog)
    dialog.units.setCurrentIndex(dialog.units.findData("in"))
    for row in range(dialog.systems.count()):
        item = dialog.systems.item(row)
        item.setCheckState(item.checkState().Checked if item.text() in ("EU", "JP") else item.checkState().Unchecked)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.kiosk_on_start.isChecked()
    dialog.kiosk_on_start.click()
    dialog.pin.setText("2468")  # kiosk mode at start needs its admin PIN (issue 14)
    dialog.pin_again.setText("2468")
    dialog.accept()
    assert settings.get(UNITS) == "in"
    assert settings.get(DEFAULT_SYSTEMS) == ("EU", "JP")
    assert settings.get(LANGUAGE) == "en"
    assert settings.get(KIOSK_ON_START) is True

    # Shown as stored, and unticking it switches kiosk mode off again; the note says how to get out.
    dialog = SettingsDialog(settings, systems=("INT", "US", "EU", "JP"))
    qtbot.addWidget(dialog)
    assert dialog.kiosk_on_start.isChecked()
    assert "PIN" in dialog.findChild(QLabel, "kiosk_on_start_note").text()
    dialog.kiosk_on_start.setChecked(False)
    dialog.accept()
    assert settings.get(KIOSK_ON_START) is False


def test_the_main_window_fits_a_small_laptop_and_a_portrait_screen(qtbot, desktop):
    from PySide6.QtWidgets import QBoxLayout

    window = desktop.window
    for screen in (QSize(1366, 768), QSize(1080, 1920)):
        for row, page in enumerate(window.pages):
            window.navigation.setCurrentRow(row)
            window.resize(screen)
            qtbot.wait(1)
            for hint in (window.minimumSizeHint(), window.minimumSize()):
                assert hint.width() <= screen.width() and hint.height() <= screen.height(), (screen, page, hint)
            assert window.size() == screen, page
            assert window.grab().size() == screen, page
        measure = window.show_page("measure_page")
        qtbot.wait(1)
        stacked = screen.width() < screen.height()  # portrait: the preview above the results
        assert (measure.main_layout.direction() == QBoxLayout.Direction.TopToBottom) == stacked
