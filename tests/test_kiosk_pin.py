"""The admin PIN: set only on the desktop or the command line, guessing slowed and locked, all logged."""
from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, Qt

from kiosk_support import fast_settings, make_window  # noqa: F401
from sizer.ui.kiosk import pin as pins
from sizer.ui.kiosk.pin import PinCheck, PinGuard, hash_pin
from sizer.ui.settings import KIOSK_ON_START, KIOSK_PIN_BLOCKED_UNTIL, KIOSK_PIN_FAILURES, KIOSK_PIN_HASH, Settings


class FakeClock:
    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_a_kiosk_without_a_pin_cannot_be_unlocked_or_given_one_from_its_screen(make_window, qtbot):
    window = make_window()
    for _ in range(5):  # the first visitor to find the corner gesture...
        qtbot.mouseClick(window.attract, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(lambda: window.current_screen() is window.pin, timeout=2000)
    assert not window.pin.setting_new_pin
    assert "sizer kiosk set-pin" in window.pin.message.text()
    assert not window.pin.keypad.isEnabled() and not window.pin.ok_button.isEnabled()
    for _ in range(2):  # ...cannot choose a PIN, not even by typing one twice
        window.pin._typed = "1234"
        window.pin.submit()
    assert window.current_screen() is window.pin and not window.settings.get(KIOSK_PIN_HASH)


def test_growing_delays_then_a_lockout_and_a_good_pin_clears_them(caplog):
    clock = FakeClock()
    guard = PinGuard(hash_pin("2468"), clock=clock)
    waits = []
    with caplog.at_level(logging.INFO, logger="sizer.ui.kiosk.pin"):
        for attempt in range(pins.LOCKOUT_AFTER + 1):
            assert guard.check(f"{1000 + attempt}") is PinCheck.WRONG
            waits.append(guard.wait_s())
            # Trying again before the wait is over is refused without even checking the PIN.
            if guard.wait_s():
                assert guard.check("2468") is PinCheck.WAIT
            clock.now += guard.wait_s()
        assert waits[:pins.FREE_TRIES - 1] == [0.0] * (pins.FREE_TRIES - 1)
        assert waits == sorted(waits) and waits[-1] == pins.LOCKOUT_S  # growing, then the lockout
        assert guard.check("2468") is PinCheck.UNLOCKED and guard.failures == 0 and guard.wait_s() == 0
    failures = [r for r in caplog.records if "wrong admin PIN" in r.getMessage()]
    assert len(failures) == pins.LOCKOUT_AFTER + 1
    assert any("unlocked" in r.getMessage() for r in caplog.records)
    assert all(str(1000 + a) not in caplog.text for a in range(pins.LOCKOUT_AFTER + 1)) and "2468" not in caplog.text


def test_fifty_guesses_in_seventy_seconds_are_no_longer_possible():
    clock = FakeClock()
    guard = PinGuard(hash_pin("97531"), clock=clock)
    checked = 0
    for guess in range(50):
        if guard.check(f"{guess:04d}") is not PinCheck.WAIT:
            checked += 1
        clock.now += 70 / 50
    assert checked <= 5


def test_the_pin_screen_waits_and_remembers_the_delay_over_a_restart(make_window, qtbot, tmp_path):
    settings = fast_settings(tmp_path)
    settings.set(KIOSK_PIN_HASH, hash_pin("2468"))
    window = make_window(settings)
    window.open_admin()
    for _ in range(pins.FREE_TRIES):
        window.pin.keypad.press("1111")
        window.pin.submit()
    assert "Try again in" in window.pin.message.text() and not window.pin.keypad.isEnabled()
    window.pin._typed = "2468"  # even the right PIN is refused while the keypad waits
    window.pin.submit()
    assert window.current_screen() is window.pin
    reopened = Settings(tmp_path / "kiosk.ini")  # the plug pulled: the count and the wait stay
    assert reopened.get(KIOSK_PIN_FAILURES) == pins.FREE_TRIES and reopened.get(KIOSK_PIN_BLOCKED_UNTIL) > 0


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_settings_file_and_log_are_owner_only(tmp_path):
    from sizer.ui.logs import setup_logging

    settings = Settings(tmp_path / "fresh" / "sizer.ini")
    settings.set(KIOSK_PIN_HASH, hash_pin("1234"))
    settings.sync()
    assert stat.S_IMODE(os.stat(settings.file_name()).st_mode) == 0o600
    old = tmp_path / "old.ini"
    old.write_text("[kiosk]\n")
    old.chmod(0o644)  # written by an older version
    Settings(old).sync()
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    log_path = setup_logging(tmp_path / "logs")
    try:
        logging.getLogger("sizer.test").warning("hello")
        assert stat.S_IMODE(log_path.stat().st_mode) == 0o600
    finally:
        setup_logging(tmp_path / "logs2")  # the handler on a throw-away folder again


def run_cli(*args: str, stdin: str = "", env_home=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sizer", *args], input=stdin, capture_output=True, text=True,
                          env={**os.environ, "XDG_CONFIG_HOME": str(env_home)} if env_home else None)


def test_sizer_kiosk_set_pin_stores_a_hash_and_kiosk_mode_refuses_to_start_without_one(tmp_path):
    ini = tmp_path / "kiosk.ini"
    refused = run_cli("--kiosk", env_home=tmp_path / "config")
    assert refused.returncode == 2 and "sizer kiosk set-pin" in refused.stderr and "Traceback" not in refused.stderr
    bad = run_cli("kiosk", "--settings", str(ini), "set-pin", "--stdin", stdin="12ab\n")
    assert bad.returncode == 2 and "4 to 8 digits" in bad.stderr
    assert not Settings(ini).get(KIOSK_PIN_HASH)
    settings = Settings(ini)
    settings.set(KIOSK_PIN_FAILURES, 7)
    settings.sync()
    good = run_cli("kiosk", "--settings", str(ini), "set-pin", "--stdin", stdin="482916\n")
    assert good.returncode == 0, good.stderr
    stored = Settings(ini)
    assert pins.verify_pin("482916", stored.get(KIOSK_PIN_HASH)) and "482916" not in ini.read_text()
    assert stored.get(KIOSK_PIN_FAILURES) == 0  # a new PIN clears the lockout
    status = run_cli("kiosk", "--settings", str(ini), "status")
    assert status.returncode == 0 and "set" in status.stdout
    (tmp_path / "a-folder.ini").mkdir()
    unwritable = run_cli("kiosk", "--settings", str(tmp_path / "a-folder.ini"), "set-pin", "--stdin", stdin="482916\n")
    assert unwritable.returncode == 1 and "cannot be written" in unwritable.stderr
    assert "Traceback" not in unwritable.stderr


def test_the_desktop_settings_dialog_sets_the_pin(qtbot, tmp_path):
    from sizer.ui.settings_dialog import SettingsDialog

    settings = Settings(tmp_path / "desk.ini")
    dialog = SettingsDialog(settings, systems=("EU",))
    qtbot.addWidget(dialog)
    dialog.kiosk_on_start.setChecked(True)
    dialog.accept()  # kiosk mode at start without a PIN: refused, it would not start
    assert not settings.get(KIOSK_ON_START) and "PIN first" in dialog.pin_problem.text()
    dialog.pin.setText("1357")
    dialog.pin_again.setText("1358")
    dialog.accept()
    assert not settings.get(KIOSK_PIN_HASH) and "differ" in dialog.pin_problem.text()
    dialog.pin_again.setText("1357")
    dialog.accept()
    assert pins.verify_pin("1357", settings.get(KIOSK_PIN_HASH)) and settings.get(KIOSK_ON_START)
    assert "not strong by itself" in dialog.pin_note.text()
