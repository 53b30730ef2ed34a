from __future__ import annotations

import math

import pytest
from hypothesis import given, strategies as st

from sizer.dimensions import DIMENSIONS, get_dimension
from sizer.errors import SizerError, UnknownChoiceError
from sizer.units import CM_PER_INCH, LengthUnit, cm_to_in, format_length, in_to_cm, parse_length


def test_inch_is_exactly_2_54_cm():
    assert CM_PER_INCH == 2.54
    assert in_to_cm(1) == 2.54
    assert math.isclose(cm_to_in(254), 100)


@given(st.floats(min_value=0.1, max_value=300, allow_nan=False))
def test_inch_round_trip(cm):
    assert math.isclose(in_to_cm(cm_to_in(cm)), cm, rel_tol=1e-12)


@pytest.mark.parametrize(
    ("cm", "unit", "text"),
    [
        (92.4, "cm", "92.5 cm"),
        (92.2, "cm", "92 cm"),
        (92.71, "in", "36.5 in"),
        (92.71, "in_frac", "36½ in"),
        (2.54 * 32.375, "in_frac", "32⅜ in"),
        (2.54 * 0.125, "in_frac", "⅛ in"),
        (2.54 * 40, "in_frac", "40 in"),
    ],
)
def test_format_length(cm, unit, text):
    assert format_length(cm, unit) == text


def test_format_length_fine_shows_millimetres_for_rings_and_shoes():
    # 5.0 and 5.13 cm are two ring sizes apart; the half-centimetre display made both "5"
    assert format_length(5.0, "cm", fine=True) == "5.00 cm"
    assert format_length(5.13, "cm", fine=True, with_unit=False) == "5.13"
    assert format_length(5.13, "in", fine=True) == "2.02 in"
    assert format_length(5.13, "in_frac", fine=True) == "2.02 in"


@pytest.mark.parametrize(
    ("text", "cm"),
    [("92", 92), ("92.5 cm", 92.5), ("92,5", 92.5), ("920 mm", 92), ("36 1/2 in", 92.71),
     ('36½"', 92.71), ("36½ inches", 92.71), ("1/2 in", 1.27)],
)
def test_parse_length(text, cm):
    assert parse_length(text) == pytest.approx(cm)


def test_parse_length_uses_default_unit():
    assert parse_length("10", LengthUnit.IN) == pytest.approx(25.4)


@pytest.mark.parametrize("text", ["", "abc", "12 ft", "1/0 in", "cm"])
def test_parse_length_rejects(text):
    with pytest.raises(SizerError):
        parse_length(text)


def test_vocabulary_is_complete_and_consistent():
    required = {"stature", "chest_girth", "bust_girth", "underbust_girth", "waist_girth", "hip_girth",
                "neck_girth", "shoulder_width", "arm_length", "sleeve_length", "inside_leg", "foot_length",
                "foot_width", "head_girth", "hand_girth"}
    assert required <= set(DIMENSIONS)
    for dim in DIMENSIONS.values():
        low, high = dim.adult_range_cm
        assert 0 < low < high
        assert dim.child_range_cm[0] < dim.child_range_cm[1]
        assert dim.definition.endswith(".") and len(dim.definition) < 120
        assert dim.unit == "cm"


def test_unknown_dimension_suggests():
    with pytest.raises(UnknownChoiceError) as info:
        get_dimension("waist")
    assert "waist_girth" in str(info.value)
    assert "did you mean" in str(info.value)
