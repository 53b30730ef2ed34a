"""Numbers the person sees are never changed behind their back (issue 13, "Numbers")."""
from __future__ import annotations

import io
import json
import math
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from sizer.catalog.importer import CatalogImportError, ImportIssue
from sizer.profile import BodyProfile
from sizer.resources import as_path, asset
from sizer.ui.i18n import fill
from sizer.ui.jobs import JobRunner
from sizer.ui.pages.charts_page import ChartsPage
from sizer.ui.pages.measure_page import MeasurePage
from sizer.ui.settings import UNITS
from sizer.ui.widgets.import_issues import ImportIssuesDialog
from sizer.units import LengthUnit

MEASURED = BodyProfile({"stature": 182.3, "waist_girth": 77.0, "chest_girth": 96.0}, {"waist_girth": 1.9})


def wheel(widget: QWidget, notches: int = -3) -> None:
    """A wheel turn over the middle of ``widget``, delivered as Qt delivers a real one."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_measurement_scrolls_the_page_and_leaves_the_number(qtbot, context):
    page = MeasurePage(context)
    qtbot.addWidget(page)
    page.resize(1100, 420)  # short: the results scroll
    page.show()
    page.show_profile(MEASURED)
    waist = page.fields["waist_girth"]
    scroll = page.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(0)
    page.preference.setFocus()
    assert not waist.spin.hasFocus()
    assert waist.spin.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel turn never gives it focus
    wheel(waist.spin)
    wheel(waist.spin.findChild(QWidget, "qt_spinbox_lineedit"))
    assert waist.value_cm() == 77.0 and waist.uncertainty_label.text().startswith("±")
    assert scroll.verticalScrollBar().value() > 0  # the wheel went to the page instead
    page.activateWindow()
    waist.spin.setFocus()
    qtbot.waitUntil(waist.spin.hasFocus)
    wheel(waist.spin, notches=1)  # focused: the wheel is the person's way to step it
    assert waist.value_cm() == 77.5 and waist.edited_by_hand


def test_the_wheel_guard_covers_every_spin_and_combo_box_of_the_app(qtbot):
    from sizer.ui.app import ensure_qapplication

    ensure_qapplication()  # installs the app-wide guard (desktop and kiosk start through it)
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    spin = QDoubleSpinBox()  # a plain Qt spin box, not one of ours
    spin.setValue(5.0)
    other = QDoubleSpinBox()
    layout.addWidget(spin)
    layout.addWidget(other)
    holder.show()
    qtbot.waitExposed(holder)
    other.setFocus()
    wheel(spin)
    assert spin.value() == 5.0 and spin.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_a_hand_edit_is_marked_with_what_was_measured(qtbot, context):
    page = MeasurePage(context)
    qtbot.addWidget(page)
    page.show_profile(MEASURED)
    waist = page.fields["waist_girth"]
    waist.spin.setValue(79.0)
    assert waist.edited_by_hand and waist.uncertainty_label.text() == "✎ by hand"
    assert "77 cm ± 1.9 cm" in waist.uncertainty_label.toolTip()  # the ± by the CLI's rule (format_uncertainty)
    assert "waist_girth" not in page.profile().uncertainty_cm
    page.show_profile(MEASURED)  # a new measurement is the camera's again
    assert not waist.edited_by_hand and waist.uncertainty_label.text().startswith("±")


@pytest.mark.parametrize("typed, unit, expected_cm, understood", [
    ("182", LengthUnit.IN, 182.0, "182.0 cm"),  # round 1: became 18.0 in, then 45.7 cm
    ("5'11\"", LengthUnit.CM, 180.34, "5 ft 11 in = 180.3 cm"),
    ("5 ft 11", LengthUnit.CM, 180.34, "5 ft 11 in = 180.3 cm"),
    ("71 in", LengthUnit.CM, 180.34, "71 in = 180.3 cm"),
    ("182 cm", LengthUnit.IN, 182.0, "182.0 cm"),
])
def test_height_takes_what_people_type_and_says_what_it_understood(qtbot, context, typed, unit, expected_cm,
                                                                   understood):
    context.settings.set(UNITS, unit.value)
    page = MeasurePage(context)
    qtbot.addWidget(page)
    assert page.height_field.enter_text(typed) == pytest.approx(expected_cm, abs=0.01)
    assert page.stature_cm() == pytest.approx(expected_cm, abs=0.01)
    assert page.height_field.understood.text() == f"Understood: {understood}"


def test_an_implausible_height_is_refused_and_no_capture_starts_with_it(qtbot, context, dialogs):
    page = MeasurePage(context)
    qtbot.addWidget(page)
    page.height_field.set_value_cm(182.0)
    page.height_field.enter_text("18 in")
    assert page.stature_cm() is None
    assert "not a height the camera can measure" in page.height_field.understood.text()
    page.height_field.enter_text("tall")
    assert "is not a height" in page.height_field.understood.text()
    page.start_photos([Path("front.png"), Path("side.png")])
    assert page.worker is None and "Enter your height first" in dialogs[-1][1]


def test_the_charts_unit_box_does_not_change_the_measure_page(qtbot, context):
    charts, measure = ChartsPage(context), MeasurePage(context)
    qtbot.addWidget(charts)
    qtbot.addWidget(measure)
    measure.show_profile(MEASURED)
    charts.unit.setCurrentIndex(charts.unit.findData(LengthUnit.IN.value))
    assert context.settings.get(UNITS) == LengthUnit.CM.value
    assert measure.fields["waist_girth"].spin.suffix() == " cm"
    assert "(in)" in charts.headers()[-1]
    again = ChartsPage(context)  # the charts page remembers its own choice
    qtbot.addWidget(again)
    assert again.unit.currentData() == LengthUnit.IN.value


class HeldPool:
    """A pool whose jobs run only when the test says, in any order (a race on demand)."""

    def __init__(self):
        self.jobs = []

    def start(self, runnable):
        self.jobs.append(runnable)

    def waitForDone(self, msecs=-1):  # noqa: N802
        return True


def test_a_slow_result_for_an_older_profile_never_replaces_the_newer_one(qtbot):
    pool = HeldPool()
    runner = JobRunner(pool=pool)
    shown = []
    for name in ("old profile", "new profile"):
        runner.submit(lambda n=name: n, shown.append, lambda e, d: shown.append(e), latest="recommend")
    runner.submit(lambda: "export", shown.append, lambda e, d: None)  # other jobs are not affected
    new, old, export = pool.jobs[1], pool.jobs[0], pool.jobs[2]
    new.run()
    qtbot.waitUntil(lambda: shown == ["new profile"])
    old.run()  # finishes last: dropped
    export.run()
    qtbot.waitUntil(lambda: "export" in shown)
    assert shown == ["new profile", "export"] and not runner.is_busy()


def test_the_catalogue_page_shows_the_latest_profiles_recommendations(qtbot, context):
    from sizer.ui.pages.catalogue_page import CataloguePage

    pool = HeldPool()
    context.jobs = JobRunner(pool=pool)
    page = CataloguePage(context)
    qtbot.addWidget(page)
    while pool.jobs:  # the sample catalogue's import
        pool.jobs.pop(0).run()
        qtbot.wait(1)
    small = BodyProfile({"chest_girth": 84.0, "waist_girth": 68.0, "hip_girth": 90.0})
    large = BodyProfile({"chest_girth": 112.0, "waist_girth": 100.0, "hip_girth": 112.0})
    context.set_profile(small)
    context.set_profile(large)
    first, second = pool.jobs[-2], pool.jobs[-1]
    second.run()
    qtbot.waitUntil(lambda: page.results is not None)
    latest = page.results
    first.run()
    qtbot.wait(20)
    assert page.results is latest


def test_a_percent_sign_in_a_file_name_is_shown_as_it_is(qtbot):
    assert fill("%1 has %2 problem(s)", "sale%2%1.csv", 3) == "sale%2%1.csv has 3 problem(s)"
    error = CatalogImportError("/data/sale%2.csv", [ImportIssue(3, "size", "not a size")])
    dialog = ImportIssuesDialog(error)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(t.startswith("/data/sale%2.csv has 1 problem.") for t in texts), texts


@pytest.fixture
def sample_photos():
    return (as_path(asset("samples/person_front.png")), as_path(asset("samples/person_side.png")))


def test_the_measure_page_and_the_cli_give_the_same_numbers_for_the_same_photos(qtbot, context, sample_photos):
    from sizer.cli import main as cli_main

    front, side = sample_photos
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli_main(["measure", "--front", str(front), "--side", str(side), "--height-cm", "182.3",
                         "--json"]) == 0
    cli = json.loads(out.getvalue())
    page = MeasurePage(context)
    qtbot.addWidget(page)
    page.height_field.enter_text("182.3 cm")
    with qtbot.waitSignal(page.capture_finished, timeout=60_000):
        page.start_photos([side, front])  # picked in either order
    shown = page.profile().to_json_dict()
    assert shown["measurements_cm"] == cli["measurements_cm"]
    assert shown["uncertainty_cm"] == {k: v for k, v in cli["uncertainty_cm"].items() if k != "stature"}
    # The ± as the CLI prints it (to a tenth), not rounded to the half centimetre as lengths are.
    assert page.fields["arm_length"].uncertainty_label.text() == f"± {cli['uncertainty_cm']['arm_length']:.1f} cm"


def test_nan_never_reaches_a_saved_profile(qtbot, context, tmp_path, monkeypatch):
    from sizer.ui import dialogs as dialog_module
    from sizer.ui.pages import measure_page

    page = MeasurePage(context)
    qtbot.addWidget(page)
    page.height_field.enter_text("170 cm")
    page.show_profile(BodyProfile({"waist_girth": float("nan"), "chest_girth": 96.0}, {"chest_girth": 2.0}))
    assert page.fields["waist_girth"].value_cm() is None
    target = tmp_path / "me.json"
    monkeypatch.setattr(measure_page, "choose_save_file", lambda *a, **k: target)
    page.save_profile_file()
    saved = json.loads(target.read_text())
    assert saved["measurements_cm"] == {"stature": 170.0, "chest_girth": 96.0}
    assert all(math.isfinite(v) for v in saved["uncertainty_cm"].values())
