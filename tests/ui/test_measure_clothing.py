"""The Measure page's one-tap clothing question: a fitted layer is taken off the girths, loose
clothes are refused before any capture with advice in plain words."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sizer.ui.pages.measure_page import MeasurePage
from tests.ui.test_pages import person_video  # noqa: F401 - the module-scoped sample video fixture


def _capture(qtbot, page, video):
    with qtbot.waitSignal(page.capture_finished, timeout=60_000) as blocker:
        page.start_video(video)
    qtbot.waitUntil(lambda: page.worker is None, timeout=10_000)
    return blocker.args[0]


def test_loose_clothes_are_refused_with_advice_before_a_capture(qtbot, context, person_video):  # noqa: F811
    page = MeasurePage(context, frames_per_view=3)
    qtbot.addWidget(page)
    page.show()
    page.height_field.set_value_cm(182.3)
    assert page.clothing() is None and not page.clothing_advice.isVisible()
    qtbot.mouseClick(page.clothing_buttons["loose"], Qt.MouseButton.LeftButton)
    assert page.clothing() == "loose"
    assert page.clothing_advice.isVisible() and "fitted top" in page.clothing_advice.text()
    page.start_video(person_video)
    assert page.worker is None  # nothing started: it could only give girths too big
    assert page.preview_stack.currentIndex() == 0 and "measuring guide" in page.message.text()
    page.start_photos([person_video, person_video])
    assert page.worker is None and "measuring guide" in page.message.text()

    qtbot.mouseClick(page.clothing_buttons["fitted"], Qt.MouseButton.LeftButton)  # one tap changes the answer
    assert page.clothing() == "fitted" and not page.clothing_advice.isVisible()


@pytest.mark.slow
def test_a_fitted_answer_takes_the_layer_off_the_girths(qtbot, context, person_video):  # noqa: F811
    page = MeasurePage(context, frames_per_view=3)
    qtbot.addWidget(page)
    page.show()
    page.height_field.set_value_cm(182.3)
    bare = _capture(qtbot, page, person_video)
    qtbot.mouseClick(page.clothing_buttons["fitted"], Qt.MouseButton.LeftButton)
    dressed = _capture(qtbot, page, person_video)
    for girth in ("chest_girth", "waist_girth", "hip_girth"):
        assert dressed.measurements_cm[girth] < bare.measurements_cm[girth] - 0.3, girth
        assert dressed.uncertainty_cm[girth] >= bare.uncertainty_cm[girth], girth  # the layer's spread joins
    assert page.fields["waist_girth"].value_cm() == pytest.approx(dressed.measurements_cm["waist_girth"], abs=0.05)
