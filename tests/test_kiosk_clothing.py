"""The kiosk asks what the shopper wears (one tap) and passes it to the capture session, as the
Measure page and ``sizer measure --clothing`` do; loose clothes are refused with advice, whether
the shopper says so or the camera sees them."""
from __future__ import annotations

import contextlib
import io
import json
import threading

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from kiosk_support import FakeProcessor, FakeSource, make_window  # noqa: F401
from sizer.ui.capture_worker import ProcessedFrame
from sizer.ui.kiosk.capture import CaptureRefusal, CaptureStatus
from sizer.vision.clothing import LOOSE_ADVICE, Clothing
from sizer.vision.session import Guidance, SessionStep


class Recorded:
    """A processor factory that remembers the clothing each capture was started with."""

    def __init__(self, result=None):
        self.clothing: list[str | None] = []
        self._result = result

    def __call__(self, stature_cm, frames_per_view, gate, clothing):
        self.clothing.append(clothing)
        if self._result is None:
            return FakeProcessor(stature_cm, frames_per_view, gate, clothing, finish_after=3)
        return RefusingProcessor(gate, self._result)


class RefusingProcessor:
    """Ends the capture with the session's refusal (what KioskCaptureProcessor returns for it)."""

    def __init__(self, gate: threading.Event, refusal: CaptureRefusal):
        self._gate, self._refusal, self._count = gate, refusal, 0

    def process(self, frame):
        self._count += 1
        done = self._count >= 3 and self._gate.is_set()
        status = CaptureStatus(SessionStep.DONE if done else SessionStep.FRONT, Guidance.HOLD_STILL, 0.5,
                               self._gate.is_set(), person_seen=True)
        return ProcessedFrame(frame, status, self._refusal if done else None)

    def close(self):
        pass


def walk_to_clothing(window, qtbot, language: str = "en") -> None:
    qtbot.mouseClick(window.attract, Qt.MouseButton.LeftButton, pos=QPoint(500, 900))
    if window.current_screen() is window.language:
        window.choose_language(language)
    qtbot.mouseClick(window.consent.agree, Qt.MouseButton.LeftButton)
    window.height_entry.keypad.press("176")
    qtbot.mouseClick(window.height_entry.next_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.clothing


@pytest.mark.parametrize("answer", ["fitted", "regular"])
def test_a_fitted_or_regular_answer_starts_the_capture_with_it(make_window, qtbot, answer):
    factory = Recorded()
    window = make_window(source_factory=FakeSource, processor_factory=factory)
    walk_to_clothing(window, qtbot)
    assert window.supervisor is None  # no camera before the answer
    qtbot.mouseClick(window.clothing.buttons_by_value()[answer], Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.capture and window.shopper.clothing == answer
    qtbot.waitUntil(lambda: window.current_screen() is window.results, timeout=10_000)
    assert factory.clothing == [answer]
    window.results.start_over.emit()
    assert window.shopper.clothing is None and window.current_screen() is window.attract


def test_loose_is_refused_with_advice_and_no_camera_starts(make_window, qtbot):
    factory = Recorded()
    window = make_window(source_factory=FakeSource, processor_factory=factory)
    walk_to_clothing(window, qtbot)
    qtbot.mouseClick(window.clothing.buttons[Clothing.LOOSE], Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.clothing and window.clothing.refusal_shown
    advice = window.clothing.advice.text()
    assert advice.startswith("Loose clothes cannot be measured.")
    assert "fitted top and leggings" in advice and "tape" in advice and "measuring guide" in advice
    qtbot.wait(200)
    assert window.supervisor is None and factory.clothing == []  # nothing was captured
    # Changed into something fitted: the same screen takes the new answer.
    qtbot.mouseClick(window.clothing.buttons[Clothing.FITTED], Qt.MouseButton.LeftButton)
    assert not window.clothing.refusal_shown and window.current_screen() is window.capture
    qtbot.waitUntil(lambda: window.current_screen() is window.results, timeout=10_000)
    assert factory.clothing == ["fitted"]


def test_back_and_start_over_from_the_clothing_question(make_window, qtbot):
    window = make_window(source_factory=FakeSource, processor_factory=Recorded())
    walk_to_clothing(window, qtbot)
    qtbot.mouseClick(window.clothing.back_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.height_entry
    qtbot.mouseClick(window.height_entry.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.clothing.buttons[Clothing.LOOSE], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.clothing.start_over_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.attract and window.shopper.is_empty()
    walk_to_clothing(window, qtbot)
    assert not window.clothing.refusal_shown  # the previous shopper's answer is gone
    assert not any(button.isChecked() for button in window.clothing.buttons.values())


def test_loose_clothes_seen_by_the_camera_get_the_same_advice(make_window, qtbot):
    refusal = CaptureRefusal("the silhouette shows loose clothing", LOOSE_ADVICE)
    window = make_window(source_factory=FakeSource, processor_factory=Recorded(refusal))
    walk_to_clothing(window, qtbot)
    qtbot.mouseClick(window.clothing.buttons[Clothing.REGULAR], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() is window.clothing, timeout=10_000)
    assert window.clothing.refusal_shown and window.supervisor is None and window.shopper.profile is None
    assert window.clothing.advice.text().startswith("The camera sees loose clothes.")
    assert "fitted top and leggings" in window.clothing.advice.text()


def test_another_refusal_starts_the_capture_again(make_window, qtbot):
    refusal = CaptureRefusal("the side view is 30 degrees off side-on", "Turn exactly a quarter turn.")
    factory = Recorded(refusal)
    window = make_window(source_factory=FakeSource, processor_factory=factory)
    walk_to_clothing(window, qtbot)
    qtbot.mouseClick(window.clothing.buttons[Clothing.FITTED], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(factory.clothing) >= 2, timeout=10_000)
    assert window.current_screen() is window.capture and factory.clothing[:2] == ["fitted", "fitted"]


def test_the_question_in_chinese(make_window, qtbot):
    from sizer.ui.settings import KIOSK_LANGUAGES

    window = make_window()
    window.settings.set(KIOSK_LANGUAGES, ("en", "zh_CN"))
    window.apply_settings()
    walk_to_clothing(window, qtbot, "zh_CN")
    screen = window.clothing
    assert screen.title.text() == "您穿的是什么衣服？"
    assert [b.text() for b in screen.buttons.values()] == ["紧身", "常规", "宽松"]
    screen.answer(Clothing.LOOSE)
    assert screen.advice.text().startswith("穿宽松的衣服无法测量。") and "软尺" in screen.advice.text()


class StubPipeline:
    """Synthetic analyses of whichever view the session asks for (no model)."""

    def process(self, frame, expected):
        from test_vision_session import frame as synthetic

        return synthetic(expected)

    def close(self):
        pass


def test_the_kiosk_processor_refuses_a_loose_session_with_the_advice():
    from sizer.ui.kiosk.capture import KioskCaptureProcessor

    gate = threading.Event()
    gate.set()
    processor = KioskCaptureProcessor(176.0, 2, gate, StubPipeline(), clothing="loose")
    assert processor.session.clothing is Clothing.LOOSE
    results = [processor.process(np.zeros((480, 640, 3), np.uint8)).result for _ in range(4)]
    refusal = results[-1]
    assert isinstance(refusal, CaptureRefusal) and refusal.loose_clothes and refusal.advice == LOOSE_ADVICE


@pytest.mark.parametrize("answer", ["fitted", "regular"])
def test_the_kiosk_gives_the_clis_numbers_for_each_answer(answer):
    """The same photos with the same answer: the kiosk's session and ``sizer measure --clothing``."""
    from sizer.cli import main as cli_main
    from sizer.ui.kiosk.capture import KioskCaptureProcessor

    from test_one_number_per_body import FRONT, SIDE, STATURE, photo_frames, run_frames

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli_main(["measure", "--front", str(FRONT), "--side", str(SIDE), "--height-cm", str(STATURE),
                         "--clothing", answer, "--json"]) == 0
    cli = json.loads(out.getvalue())
    gate = threading.Event()
    gate.set()
    kiosk = run_frames(KioskCaptureProcessor(STATURE, 15, gate, clothing=answer), photo_frames(20))
    assert kiosk["measurements_cm"] == cli["measurements_cm"]
    assert kiosk["uncertainty_cm"] == cli["uncertainty_cm"]
    bare = run_frames(KioskCaptureProcessor(STATURE, 15, gate), photo_frames(20))
    # The layer's allowance came off (a fitted top adds ~7 cm to the chest's silhouette).
    assert kiosk["measurements_cm"]["chest_girth"] < bare["measurements_cm"]["chest_girth"] - 2


def test_the_real_kiosk_processor_gets_the_answer(make_window):
    window = make_window()  # the kiosk's own processor factory, on its shared pose models
    processor = window._processor_factory(176.0, 2, threading.Event(), "regular")
    try:
        assert processor.session.clothing is Clothing.REGULAR
    finally:
        processor.close()
