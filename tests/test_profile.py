from __future__ import annotations

import json

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
        ({"measurements_cm": {"waist_girth": 800}}, "not a plausible waist_girth"),
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
