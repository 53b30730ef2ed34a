"""Kiosk mode end to end: a whole shopper session from a video, the idle wipe, the admin PIN exit."""
from __future__ import annotations

import gc
import sys
import weakref

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from kiosk_support import PROFILE, FakeProcessor, FakeSource, fast_settings, make_window, write_sample_video  # noqa: F401
from sizer.ui.kiosk.pin import hash_pin
from sizer.ui.settings import KIOSK_CATALOGUE, KIOSK_IDLE_TIMEOUT_S, KIOSK_LANGUAGES, KIOSK_PIN_HASH, KIOSK_PRODUCTS
from sizer.units import LengthUnit
from sizer.vision.frames import VideoFileSource


def assert_salted_hash_of(stored: str, pin: str) -> None:
    """Only a salt and the PBKDF2 digest of ``pin`` with it are stored (not "the digits do not occur
    in the hex text", which random hex broke in 0.14 % of runs)."""
    salt_hex, dollar, digest_hex = stored.partition("$")
    assert dollar and len(salt_hex) == 32 and len(digest_hex) == 64
    assert stored == hash_pin(pin, bytes.fromhex(salt_hex))


def decode_qr(image: QImage) -> str:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = np.frombuffer(gray.constBits(), np.uint8).reshape(gray.height(), gray.bytesPerLine())[:, :gray.width()]
    pixels = np.ascontiguousarray(pixels)
    # OpenCV's classic detector misses some valid codes; its ArUco-based one reads them.
    texts = [detector.detectAndDecode(pixels)[0] for detector in (cv2.QRCodeDetector(), cv2.QRCodeDetectorAruco())]
    return next((text for text in texts if text), "")


def walk_to_capture(window, qtbot, height_keys: str = "182", language: str = "en", clothing: str = "fitted") -> None:
    qtbot.mouseClick(window.attract, Qt.MouseButton.LeftButton, pos=QPoint(500, 900))
    assert window.current_screen() is window.language
    qtbot.mouseClick(window.language.buttons[language], Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.consent
    qtbot.mouseClick(window.consent.agree, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.height_entry
    window.height_entry.keypad.press(height_keys)
    assert window.height_entry.next_button.isEnabled()
    qtbot.mouseClick(window.height_entry.next_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.clothing
    qtbot.mouseClick(window.clothing.buttons_by_value()[clothing], Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.capture


def shopper_texts(window) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.text()]


def results_texts(window) -> set[str]:
    """What the results screen shows about this shopper: every text there with a number in it."""
    return {label.text() for label in window.results.findChildren(QLabel) if any(ch.isdigit() for ch in label.text())}


def test_a_whole_session_from_a_video_then_the_idle_wipe(make_window, qtbot, tmp_path):
    video = write_sample_video(tmp_path / "shopper.avi")
    settings = fast_settings(tmp_path)
    settings.set(KIOSK_PRODUCTS, ("MP-4101", "MS-3001", "MT-4001"))
    window = make_window(settings, source_factory=lambda: VideoFileSource(video))
    walk_to_capture(window, qtbot)
    qtbot.waitUntil(lambda: window.current_screen() is window.results, timeout=60_000)

    profile = window.shopper.profile
    assert window.shopper.height_cm == 182 and profile.measurements_cm["stature"] == pytest.approx(182)
    assert 85 < profile.measurements_cm["chest_girth"] < 110  # the sample man: 182 cm, ~97 cm chest
    cards = window.results.product_cards()
    assert sorted(card.objectName() for card in cards) == ["product_MP-4101", "product_MS-3001", "product_MT-4001"]
    sweater = window.results.findChild(QLabel, "measurement_chest_girth_value")
    assert sweater.text().endswith("cm")
    notes = [card.notes.text() for card in cards]
    assert any("Chest girth: " in note for note in notes)  # fit enums turned into words
    assert all("ZoneFit" not in note and "_" not in note for note in notes)
    # The QR code carries the sizes as text the phone shows.
    payload = decode_qr(window.results._qr_image)
    assert payload == window.shopper.qr_payload and "Height: 182 cm" in payload
    assert "Merino crew-neck sweater: " in payload
    # Offered exactly when a printer exists (the test machine's printers are injected, or none).
    assert window.results.print_button.isHidden() is not bool(window._printers())

    # The shopper walks away: after the idle time everything about them is gone.
    shown_before = results_texts(window)
    assert len(shown_before) > 5
    profile_ref = weakref.ref(profile)
    recommendation_refs = [weakref.ref(r) for r in window.shopper.recommendations]
    del profile
    settings.set(KIOSK_IDLE_TIMEOUT_S, 0.3)
    window.apply_settings()
    window.touch_idle()
    qtbot.waitUntil(lambda: window.current_screen() is window.attract, timeout=3000)
    assert_wiped(window, profile_ref, recommendation_refs, shown_before)


def flush_deletions() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    gc.collect()


def assert_wiped(window, profile_ref, recommendation_refs, shown_before: set[str]) -> None:
    flush_deletions()
    assert window.shopper.is_empty()
    assert window.supervisor is None
    assert profile_ref() is None, "the wiped profile is still referenced"
    assert all(ref() is None for ref in recommendation_refs)
    assert not window.results.product_cards()
    assert window.results.measurements_grid.count() == 0
    assert window.results.qr.pixmap().isNull() and not window.results.qr_shown()
    assert not window.capture.preview.has_image() and window.capture.preview.pixmap().isNull()
    # No measurement or size of theirs is left in any label of the window.
    leftovers = set(shopper_texts(window)) & shown_before
    assert not leftovers, leftovers
    assert window.height_entry.height_cm() is None


def test_start_over_wipes_the_results_and_the_capture(make_window, qtbot):
    window = make_window(source_factory=FakeSource,
                         processor_factory=lambda h, n, gate, clothing: FakeProcessor(h, n, gate, finish_after=3))
    walk_to_capture(window, qtbot, "176")
    qtbot.waitUntil(lambda: window.current_screen() is window.results, timeout=5000)
    assert window.shopper.profile == PROFILE and window.results.qr_shown()
    shown_before = results_texts(window)
    assert len(shown_before) > 5
    refs = [weakref.ref(r) for r in window.shopper.recommendations]
    assert refs
    qtbot.mouseClick(window.results.done_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.attract
    assert window.shopper.profile is None
    flush_deletions()
    assert all(ref() is None for ref in refs)
    assert not window.results.product_cards() and not window.results.qr_shown()
    leftovers = set(shopper_texts(window)) & shown_before
    assert not leftovers


def test_idle_during_height_entry_returns_to_attract_and_clears_the_keypad(make_window, qtbot, tmp_path):
    settings = fast_settings(tmp_path)
    settings.set(KIOSK_IDLE_TIMEOUT_S, 0.2)
    settings.set(KIOSK_LANGUAGES, ("zh_CN",))  # one language: the language screen is skipped
    window = make_window(settings)
    qtbot.mouseClick(window.attract, Qt.MouseButton.LeftButton, pos=QPoint(500, 900))
    assert window.current_screen() is window.consent and window.shopper.language == "zh_CN"
    qtbot.mouseClick(window.consent.agree, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.height_entry.ft_button, Qt.MouseButton.LeftButton)
    window.height_entry.keypad.press("510")
    assert window.height_entry.height_cm() == pytest.approx(177.8)
    assert window.height_entry.unit is LengthUnit.IN
    qtbot.waitUntil(lambda: window.current_screen() is window.attract, timeout=3000)
    assert window.height_entry.height_cm() is None and window.height_entry.unit is LengthUnit.CM


def test_the_window_cannot_be_closed_and_the_pin_is_the_only_way_out(make_window, qtbot, tmp_path):
    settings = fast_settings(tmp_path)
    settings.set(KIOSK_PIN_HASH, hash_pin("2468"))
    window = make_window(settings)
    assert not window.close() and window.isVisible()  # Alt+F4 and the like are refused
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible() and window.current_screen() is window.attract

    # The hidden gesture: five taps in the top-left corner.
    for _ in range(5):
        qtbot.mouseClick(window.attract, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(lambda: window.current_screen() is window.pin, timeout=2000)
    window.pin.keypad.press("1357")
    qtbot.mouseClick(window.pin.ok_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.pin and window.pin.message.text() == "Wrong PIN."
    window.pin.keypad.press("2468")
    qtbot.mouseClick(window.pin.ok_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.admin
    assert window.admin.products.model().rowCount() == len(window.catalog)
    with qtbot.waitSignal(window.exit_requested, timeout=2000):
        qtbot.mouseClick(window.admin.exit_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_key_chord_opens_the_pin_screen_and_admin_settings_are_saved(make_window, qtbot, tmp_path):
    settings = fast_settings(tmp_path)
    settings.set(KIOSK_PIN_HASH, hash_pin("9876"))
    window = make_window(settings)
    window.attract.start.emit()  # a shopper on the language screen...
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_screen() is window.pin and not window.pin.setting_new_pin
    window.pin.keypad.press("9876")
    window.pin.submit()
    assert window.current_screen() is window.admin
    window.admin.products_model.setData(window.admin.products_model.index(0), Qt.CheckState.Checked,
                                        Qt.ItemDataRole.CheckStateRole)
    window.admin.language_boxes["zh_CN"].setChecked(False)
    window.admin.template.setText("https://shop.example/fit?s={sizes}&c={chest_girth}")
    window.admin.idle.setValue(45)
    qtbot.mouseClick(window.admin.save_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.attract
    assert settings.get(KIOSK_PRODUCTS) == (window.catalog.listing_ids[0],)
    assert window.display_indices == [0] and window.kiosk_languages() == ("en",)
    assert settings.get(KIOSK_IDLE_TIMEOUT_S) == 45.0


def test_admin_refuses_a_bad_template_and_a_missing_catalogue(make_window, qtbot, tmp_path):
    settings = fast_settings(tmp_path)
    settings.set(KIOSK_PIN_HASH, hash_pin("1111"))
    window = make_window(settings)
    window.open_admin()
    window.pin.keypad.press("1111")
    window.pin.submit()
    window.admin.template.setText("https://shop.example/?w={waist}")
    window.admin.save()
    assert window.current_screen() is window.admin and "{waist}" in window.admin.message.text()
    window.admin.template.setText("")
    window.admin.catalogue.setText(str(tmp_path / "missing.csv"))
    window.admin.reload_catalogue()
    assert "missing.csv" in window.admin.message.text() and window.admin.message.isVisibleTo(window.admin)
    window.admin.save()
    assert window.current_screen() is window.admin and window.settings.get(KIOSK_CATALOGUE) == ""


def test_an_uncaught_error_is_logged_and_the_flow_restarts_without_a_dialog(make_window, qtbot, caplog):
    window = make_window()
    window.install_error_handling()
    window.attract.start.emit()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: window.current_screen() is window.attract, timeout=2000)
    assert window.restarts_after_error == 1
    assert "boom in a slot" in caplog.text
    window.uninstall_error_handling()
