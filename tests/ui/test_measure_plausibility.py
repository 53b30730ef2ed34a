"""The Measure page checks a typed measurement by the one rule of sizer.plausibility for whom it is
measured (as `sizer size`, the kiosk and the imports do), not against the widest range of any body:
the QA tester could type an adult man's chest of 37 cm (a baby's) without a word."""
from __future__ import annotations

from PySide6.QtCore import Qt

from sizer import plausibility
from sizer.catalog.segments import Segment
from sizer.ui.main_window import MainWindow
from sizer.ui.pages.catalogue_page import CataloguePage
from sizer.ui.pages.measure_page import MeasurePage


def _type(qtbot, field, text: str) -> None:
    field.spin.lineEdit().selectAll()
    qtbot.keyClicks(field.spin.lineEdit(), text)
    qtbot.keyClick(field.spin.lineEdit(), Qt.Key.Key_Return)


def test_a_typed_chest_is_checked_for_the_chosen_segment(qtbot, context, tmp_path):
    page = MeasurePage(context)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    page.fields["waist_girth"].spin.setValue(84.0)
    chest = page.fields["chest_girth"]
    _type(qtbot, chest, "37")  # a baby's chest, or an adult's in inches
    assert chest.value_cm() == 37.0
    assert chest.problem() is None and not page.implausible.isVisibleTo(page)  # for anyone: a baby has it
    page.segment.setCurrentIndex(page.segment.findData("men"))
    problem = chest.problem()
    assert problem is not None and problem.code == "measurement_implausible_for"
    assert plausibility.implausible("chest_girth", 37.0, Segment.MEN) is not None  # the same rule as the CLI
    text = page.implausible.text()
    assert page.implausible.isVisibleTo(page) and "looks like inches: 37 in = 94 cm?" in text
    assert "for adults" in text and chest.uncertainty_label.text() == "⚠"
    profile = context.profile
    assert profile is not None and "chest_girth" not in profile.measurements_cm and profile.segment is Segment.MEN
    page.grab().save(str(tmp_path / "measure_implausible.png"))
    _type(qtbot, chest, "94")
    assert chest.problem() is None and not page.implausible.isVisibleTo(page)
    assert context.profile.measurements_cm["chest_girth"] == 94.0


def test_the_edge_of_the_segments_accepted_range_is_the_cli_rule(qtbot, context):
    page = MeasurePage(context)
    qtbot.addWidget(page)
    page.segment.setCurrentIndex(page.segment.findData("women"))
    waist = page.fields["waist_girth"]
    low, high = plausibility.accepted_range_cm("waist_girth", Segment.WOMEN)
    waist.spin.setValue(round(low + 0.5))
    assert waist.problem() is None
    waist.spin.setValue(round(low - 1.5))
    assert waist.spin.value() == round(low - 1.5)  # typed as it is, never clamped to the segment's range
    assert waist.problem() is not None and "waist_girth" not in (context.profile.measurements_cm
                                                                  if context.profile else {})


def test_whom_for_is_shared_with_the_catalogue_page(qtbot, context):
    window = MainWindow(context, [MeasurePage, CataloguePage])
    qtbot.addWidget(window)
    measure, catalogue = window.page_named("measure_page"), window.page_named("catalogue_page")
    measure.fields["chest_girth"].spin.setValue(96.0)
    catalogue.shopper_segment.setCurrentIndex(catalogue.shopper_segment.findData("kids"))
    assert measure.chosen_segment() is Segment.KIDS and measure.fields["chest_girth"].segment is Segment.KIDS
    measure.segment.setCurrentIndex(measure.segment.findData("women"))
    assert catalogue.shopper_segment.currentData() == "women" and context.profile.segment is Segment.WOMEN
    # an edit on the Measure page keeps the choice (it used to drop the segment from the profile)
    measure.fields["chest_girth"].spin.setValue(98.0)
    assert context.profile.segment is Segment.WOMEN
