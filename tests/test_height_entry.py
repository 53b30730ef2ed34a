"""Typed heights: every form people write is read to the same centimetres, and nonsense is refused."""
from __future__ import annotations

import pytest

from sizer.height_entry import (HeightEntryError, HeightForm, HeightProblem, format_height, parse_height,
                                stature_range_cm)
from sizer.units import LengthUnit


@pytest.mark.parametrize("text, unit, expected_cm, form", [
    ("182 cm", LengthUnit.CM, 182.0, HeightForm.CM),
    ("182cm", LengthUnit.IN, 182.0, HeightForm.CM),
    ("1820 mm", LengthUnit.CM, 182.0, HeightForm.CM),
    ("1.82 m", LengthUnit.IN, 182.0, HeightForm.METRES),
    ("1,82", LengthUnit.CM, 182.0, HeightForm.METRES),
    ("5 ft 11", LengthUnit.CM, 180.34, HeightForm.FEET_INCHES),
    ("5 ft 11 in", LengthUnit.CM, 180.34, HeightForm.FEET_INCHES),
    ("5'11\"", LengthUnit.CM, 180.34, HeightForm.FEET_INCHES),
    ("5′11″", LengthUnit.CM, 180.34, HeightForm.FEET_INCHES),
    ("5' 11''", LengthUnit.CM, 180.34, HeightForm.FEET_INCHES),
    ("6 feet", LengthUnit.CM, 182.88, HeightForm.FEET_INCHES),
    ("5ft 6.5in", LengthUnit.CM, 168.91, HeightForm.FEET_INCHES),
    ("71 in", LengthUnit.CM, 180.34, HeightForm.INCHES),
    ('71"', LengthUnit.CM, 180.34, HeightForm.INCHES),
    ("71", LengthUnit.IN, 180.34, HeightForm.INCHES),
    ("182", LengthUnit.CM, 182.0, HeightForm.CM),
])
def test_every_form_reads_to_the_same_centimetres(text, unit, expected_cm, form):
    reading = parse_height(text, unit)
    assert reading.cm == pytest.approx(expected_cm, abs=0.01)
    assert reading.form is form


def test_a_bare_number_in_the_wrong_unit_is_read_in_the_unit_that_makes_it_a_height_and_says_so():
    # Round 1: 182 typed with inches selected became 18.0 in, then 45.7 cm.
    reading = parse_height("182", LengthUnit.IN)
    assert reading.cm == 182.0 and reading.form is HeightForm.CM and not reading.unit_was_typed
    assert reading.understood() == "182.0 cm"
    reading = parse_height("71", LengthUnit.CM)
    assert reading.form is HeightForm.INCHES
    assert reading.understood() == "71 in = 180.3 cm"
    assert parse_height("5'11", LengthUnit.CM).understood() == "5 ft 11 in = 180.3 cm"


@pytest.mark.parametrize("text", ["18 in", "45 cm", "300 cm", "9 ft", "1820", "5", "2.9 m", "0"])
def test_implausible_heights_are_refused_with_the_valid_range(text):
    with pytest.raises(HeightEntryError) as caught:
        parse_height(text, LengthUnit.CM)
    assert caught.value.problem is HeightProblem.IMPLAUSIBLE
    low, high = stature_range_cm()
    assert f"expected {low:g} to {high:g} cm" in str(caught.value)


@pytest.mark.parametrize("text, problem", [
    ("", HeightProblem.EMPTY), ("   ", HeightProblem.EMPTY), ("tall", HeightProblem.NOT_A_HEIGHT),
    ("5 ft 13", HeightProblem.NOT_A_HEIGHT), ("182 kg", HeightProblem.NOT_A_HEIGHT),
    ("1_82", HeightProblem.NOT_A_HEIGHT), ("1e2 cm", HeightProblem.NOT_A_HEIGHT), ("nan", HeightProblem.NOT_A_HEIGHT),
    ("-182 cm", HeightProblem.NOT_A_HEIGHT),
])
def test_text_that_is_not_a_height_is_refused(text, problem):
    with pytest.raises(HeightEntryError) as caught:
        parse_height(text)
    assert caught.value.problem is problem


@pytest.mark.parametrize("cm", [100.0, 152.4, 180.3, 182.0, 199.9, 215.0])
@pytest.mark.parametrize("unit", [LengthUnit.CM, LengthUnit.IN])
def test_a_formatted_height_reads_back_to_itself(cm, unit):
    assert parse_height(format_height(cm, unit), LengthUnit.CM).cm == pytest.approx(cm, abs=0.13)


@pytest.mark.parametrize("typed, problem", [("9_0", "is not a height"), ("nan", "is not a height"),
                                            ("300", "expected 100 to 215 cm")])
def test_the_cli_reads_heights_by_the_same_rule(capsys, typed, problem):
    from sizer.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["measure", "--front", "f.png", "--side", "s.png", "--height-cm", typed])
    assert exited.value.code == 2 and problem in capsys.readouterr().err


def test_the_cli_takes_feet_and_inches(capsys):
    from sizer.cli import main

    assert main(["measure", "--front", "missing.png", "--side", "s.png", "--height-cm", "5 ft 11"]) == 3
    assert "missing.png: no such file" in capsys.readouterr().err  # the height was accepted
