"""Settings, error reporting, background jobs, the capture worker's threading, translations."""
from __future__ import annotations

import importlib.util
import sys
import threading
import xml.etree.ElementTree as ET

import numpy as np
from PySide6.QtCore import QCoreApplication, QSettings

from conftest import REPO_ROOT
from sizer.errors import SizerError
from sizer.ui.capture_worker import CaptureWorker, ProcessedFrame, bgr_to_qimage
from sizer.ui.error_reporter import ErrorReporter
from sizer.ui.jobs import JobRunner
from sizer.ui.settings import CAMERA_INDEX, DEFAULT_SYSTEMS, LANGUAGE, UNITS, Settings


def load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# -- settings ----------------------------------------------------------------------------------
def test_settings_round_trip_types_and_defaults(settings: Settings, tmp_path):
    assert settings.get(UNITS) == "cm" and settings.get(CAMERA_INDEX) == 0
    settings.set(UNITS, "in")
    settings.set(DEFAULT_SYSTEMS, ("EU",))  # one element: QSettings would hand back a bare str
    settings.set(CAMERA_INDEX, 2)
    settings.sync()
    again = Settings(tmp_path / "settings.ini")
    assert again.get(UNITS) == "in"
    assert again.get(DEFAULT_SYSTEMS) == ("EU",)
    assert again.get(CAMERA_INDEX) == 2


def test_settings_ignore_values_outside_their_choices(settings: Settings, tmp_path):
    raw = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    raw.setValue(LANGUAGE.key, "klingon")
    raw.setValue(CAMERA_INDEX.key, "not a number")
    raw.sync()
    fresh = Settings(tmp_path / "settings.ini")
    assert fresh.get(LANGUAGE) == "" and fresh.get(CAMERA_INDEX) == 0


def test_settings_announce_changes_once(settings: Settings, qtbot):
    with qtbot.waitSignal(settings.changed) as blocker:
        settings.set(UNITS, "in")
    assert blocker.args == [UNITS.key]
    with qtbot.assertNotEmitted(settings.changed):
        settings.set(UNITS, "in")


# -- errors ------------------------------------------------------------------------------------
def test_a_repeating_error_is_shown_once_with_the_log_path(tmp_path, dialogs):
    reporter = ErrorReporter(tmp_path / "sizer.log", show_dialog=dialogs)
    for _ in range(50):  # e.g. the same failure on every camera frame
        try:
            raise ValueError("frame decode failed")
        except ValueError:
            reporter.handle_exception(*sys.exc_info())
    assert len(dialogs) == 1
    title, text, details = dialogs[0]
    assert "frame decode failed" in text and str(tmp_path / "sizer.log") in text
    assert "Traceback" in details
    assert reporter.suppressed == 49


def test_user_errors_read_as_messages_not_bugs(tmp_path, dialogs):
    reporter = ErrorReporter(tmp_path / "sizer.log", show_dialog=dialogs)
    reporter.handle_exception(SizerError, SizerError("catalogue.csv, row 3: bad size"), None)
    assert dialogs[0][0] == "Sizer" and dialogs[0][1].startswith("catalogue.csv, row 3: bad size")


def test_no_second_dialog_while_one_is_open(tmp_path):
    shown = []

    def dialog_that_triggers_another_error(title, text, details):
        shown.append(text)
        reporter.report("second failure")  # e.g. a timer firing in the dialog's event loop

    reporter = ErrorReporter(None, show_dialog=dialog_that_triggers_another_error)
    assert reporter.report("first failure")
    assert shown == ["first failure"]


# -- jobs --------------------------------------------------------------------------------------
def test_job_results_arrive_on_the_gui_thread(qtbot):
    runner = JobRunner()
    gui_thread = threading.get_ident()
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: busy is False):
        runner.submit(work, lambda result: seen.update(result=result, done=threading.get_ident()),
                      lambda error, tb: seen.update(error=error))
    assert seen["result"] == 42 and seen["done"] == gui_thread and seen["worker"] != gui_thread
    assert runner.wait()


def test_job_failures_reach_the_error_callback(qtbot):
    runner = JobRunner()
    failures = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: busy is False):
        runner.submit(lambda: 1 / 0, lambda result: None, lambda error, tb: failures.append((error, tb)))
    assert isinstance(failures[0][0], ZeroDivisionError) and "ZeroDivisionError" in failures[0][1]
    assert runner.wait()


# -- capture worker ----------------------------------------------------------------------------
class CountingSource:
    def __init__(self, frames: int):
        self.left = frames
        self.opened_on = threading.get_ident()
        self.closed_on = None

    def read(self):
        if self.left == 0:
            return None
        self.left -= 1
        return np.full((48, 64, 3), 200, np.uint8)

    def close(self):
        self.closed_on = threading.get_ident()


class Echo:
    def __init__(self, finish_after: int | None = None, fail_after: int | None = None):
        self.count = 0
        self.finish_after = finish_after
        self.fail_after = fail_after

    def process(self, frame):
        self.count += 1
        if self.fail_after and self.count >= self.fail_after:
            raise RuntimeError("camera unplugged")
        done = "profile" if self.finish_after and self.count >= self.finish_after else None
        return ProcessedFrame(frame, {"frame": self.count}, done)

    def close(self):
        pass


def test_worker_opens_and_closes_the_source_on_its_own_thread_and_keeps_only_the_newest(qtbot):
    made = []
    worker = CaptureWorker(lambda: made.append(CountingSource(30)) or made[0], lambda: Echo(finish_after=30))
    with qtbot.waitSignal(worker.finished_capture, timeout=5000) as blocker:
        worker.start()
    assert worker.wait(5000)
    assert blocker.args == ["profile"]
    gui, source = threading.get_ident(), made[0]
    assert source.opened_on != gui and source.closed_on == source.opened_on
    latest = worker.take_latest()
    assert latest is not None and latest.index == 30  # older frames were dropped, not queued
    assert worker.take_latest() is None


def test_worker_stops_on_request_and_reports_a_failure_once(qtbot):
    endless = CountingSource(10**9)
    worker = CaptureWorker(lambda: endless, lambda: Echo())
    try:
        with qtbot.waitSignal(worker.new_frame, timeout=5000):
            worker.start()
    finally:
        assert worker.stop()
    assert not worker.isRunning() and endless.closed_on is not None

    failing = CaptureWorker(lambda: CountingSource(100), lambda: Echo(fail_after=3))
    messages = []
    failing.failed.connect(lambda message, details: messages.append(message))
    with qtbot.waitSignal(failing.finished, timeout=5000):
        failing.start()
    assert failing.wait(5000)  # `finished` comes from the thread just before it ends
    assert messages == ["camera unplugged"]


def test_frames_convert_to_images_that_own_their_pixels():
    frame = np.zeros((10, 20, 3), np.uint8)
    frame[:, :, 2] = 255  # red in BGR
    image = bgr_to_qimage(frame)
    frame[:] = 0
    assert image.width() == 20 and image.pixelColor(5, 5).red() == 255


# -- translations ------------------------------------------------------------------------------
def test_translations_are_complete_and_compiled():
    build = load_script("build_translations")
    problems = [reason for language in build.BUILT for reason in build.stale_reasons(language)]
    assert not problems, "\n".join(problems)


def test_chinese_translation_is_installed_with_qts_own(qapp):
    from sizer.ui.i18n import install_translators

    try:
        installed = install_translators("zh_CN")
        assert len(installed) == 2  # Qt's own (qtbase) and the app's
        assert QCoreApplication.translate("MainWindow", "Ready") != "Ready"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        install_translators("en")
    assert QCoreApplication.translate("MainWindow", "Ready") == "Ready"


def test_translation_sources_mark_no_entry_unfinished():
    ts = REPO_ROOT / "assets" / "translations" / "sizer_zh_CN.ts"
    root = ET.parse(ts).getroot()
    assert root.get("language") == "zh_CN"
    messages = list(root.iter("message"))
    assert len(messages) > 50
    assert all(m.find("translation").get("type") is None for m in messages)
