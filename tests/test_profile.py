from __future__ import annotations

import json
from pathlib import Path

import pytest

from sizer.errors import DataFileError
from sizer.profile import BodyProfile, FitPreference


def test_round_trip(tmp_path):
    profile = BodyProfile({"chest_girth": 96.04, "waist_girth": 82.0}, {"chest_girth": 2.0}, ["w"], FitPreference.LOOSE)
    path = tmp_path / "p.json"
    path.write_text(json.dumps(profile.to_json_dict()))
    loaded = BodyProfile.load(path)
    assert loaded.measurements_cm == {"chest_girth": 96.0, "waist_girth": 82.0}
    assert loaded.fit_preference is FitPreference.LOOSE


@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        ([], "JSON object"),
        ({}, "measurements_cm"),
        ({"measurements_cm": {"wiast_girth": 80}}, "did you mean 'waist_girth'"),
        ({"measurements_cm": {"waist_girth": "80"}}, "expected a number"),
        ({"measurements_cm": {"waist_girth": 800}}, "800 cm is not a plausible waist girth; expected 38 to 160 cm; looks like millimetres"),
        ({"measurements_cm": {"waist_girth": 80}, "uncertainty_cm": {"waist_girth": -1}}, "negative"),
        ({"measurements_cm": {"waist_girth": 80}, "fit_preference": "baggy"}, "fit_preference"),
    ],
)
def test_bad_profiles_say_what_is_wrong(payload, fragment):
    with pytest.raises(DataFileError) as info:
        BodyProfile.from_json_dict(payload, "p.json")
    assert fragment in str(info.value)
    assert str(info.value).startswith("p.json")


def test_unreadable_file(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{nope")
    with pytest.raises(DataFileError, match="not valid JSON"):
        BodyProfile.load(path)
    with pytest.raises(DataFileError, match="not found"):
        BodyProfile.load(tmp_path / "missing.json")


@pytest.mark.parametrize("text, fragment", [
    ('{"measurements_cm": {"waist_girth": NaN}}', "NaN is not a number"),
    ('{"measurements_cm": {"waist_girth": Infinity}}', "Infinity is not a number"),
    ('{"measurements_cm": {"waist_girth": 9_0}}', "not valid JSON"),
    ('{"measurements_cm": {"waist_girth": "9_0"}}', "expected a number"),
    ('{"measurements_cm": {"waist_girth": ' + "9" * 5000 + '}}', "not a plausible number"),
    ('{"measurements_cm": {"waist_girth": 80}, "uncertainty_cm": {"waist_girth": 1e308}}', "says nothing"),
    ('{"measurements_cm": {"waist_girth": 80}, "uncertainty_cm": {"waist_girth": 1e999}}', "not a plausible number"),
])
def test_profile_numbers_are_plain_decimals(tmp_path, text, fragment):
    path = tmp_path / "p.json"
    path.write_text(text)
    with pytest.raises(DataFileError) as info:
        BodyProfile.load(path)
    assert fragment in str(info.value)
    assert str(info.value).startswith(str(path))


def test_plain_decimals_and_exponents_still_read():
    profile = BodyProfile.from_json_text('{"measurements_cm": {"waist_girth": 8.25e1, "hip_girth": 100},'
                                         ' "uncertainty_cm": {"waist_girth": 2.5}}')
    assert profile.measurements_cm == {"waist_girth": 82.5, "hip_girth": 100.0}
    assert profile.uncertainty_cm == {"waist_girth": 2.5}


def test_an_endless_or_huge_file_is_refused_without_reading_it_all(tmp_path):
    huge = tmp_path / "huge.json"
    huge.write_text('{"measurements_cm": {"waist_girth": 80}, "warnings": ["' + "x" * 200_000 + '"]}')
    with pytest.raises(DataFileError, match="not a body profile"):
        BodyProfile.load(huge)
    zero = Path("/dev/zero")
    if zero.exists():  # an endless stream: only a bounded read returns at all
        with pytest.raises(DataFileError, match="not a body profile"):
            BodyProfile.load(zero)
    with pytest.raises(DataFileError, match="folder"):
        BodyProfile.load(tmp_path)


def test_a_profile_with_a_nan_cannot_be_written():
    # The live path's all-NaN median of a height no frame measured must never reach a saved file.
    with pytest.raises(ValueError, match="waist_girth"):
        BodyProfile({"waist_girth": float("nan")}).to_json_dict()
    with pytest.raises(ValueError, match="uncertainty_cm: chest_girth"):
        BodyProfile({"chest_girth": 96.0}, {"chest_girth": float("inf")}).to_json_dict()
