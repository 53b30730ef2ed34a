"""QA: profiles and people files (`sizer recommend --profile/--profiles`) hold measurements to the
catalogue's plausible ranges (one rule, sizer.plausibility), take --accept-valid-rows as the
catalogue import does, and say every problem in plain words: file, row, column, what is valid."""
from __future__ import annotations

import json
import re

import pytest

from sizer import plausibility
from sizer.catalog.importer import CatalogImportError, import_catalog
from sizer.catalog.segments import Segment
from sizer.cli import main
from sizer.errors import SizerError
from sizer.profile import BodyProfile
from sizer.recommend.people import read_people


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _profile_takes(tmp_path, dim, value, segment):
    payload = {"measurements_cm": {dim: value}, **({"segment": segment.value} if segment else {})}
    try:
        BodyProfile.from_json_text(json.dumps(payload))
        return True
    except SizerError:
        return False


def _people_take(tmp_path, dim, value, segment):
    path = tmp_path / "team.csv"
    path.write_text(f"id,{dim},segment\nann,{value},{segment.value if segment else ''}\n", encoding="utf-8")
    try:
        read_people(path)
        return True
    except SizerError:
        return False


def _catalogue_takes(tmp_path, dim, value, segment):
    path = tmp_path / "shop.csv"
    low, high = (value, value + 0.5) if value < 100 else (value - 0.5, value)
    path.write_text("listing_id,title,category,size_label,segment,chest_girth_min,chest_girth_max\n"
                    f"T-1,Tee,mens_tops,M,{segment.value if segment else 'unisex'},{low},{high}\n", encoding="utf-8")
    try:
        import_catalog(path)
        return True
    except CatalogImportError:
        return False


@pytest.mark.parametrize("segment", [Segment.MEN, Segment.KIDS, None])
def test_profiles_people_files_and_the_catalogue_accept_the_same_chest_for_the_same_people(tmp_path, segment):
    """Profiles took 40-160 cm for anyone while the catalogue took 70-160 for adults (with its slack)."""
    low, high = plausibility.accepted_range_cm("chest_girth", segment)
    for value in (round(low - 0.5, 1), round(low + 0.5, 1), round(high - 0.5, 1), round(high + 0.5, 1)):
        answers = {"profile": _profile_takes(tmp_path, "chest_girth", value, segment),
                   "people": _people_take(tmp_path, "chest_girth", value, segment),
                   "catalogue": _catalogue_takes(tmp_path, "chest_girth", value, segment)}
        expected = low <= value <= high
        assert answers == dict.fromkeys(answers, expected), (segment, value, answers)


def test_an_adults_profile_refuses_a_childs_chest_with_the_adult_range(tmp_path):
    with pytest.raises(SizerError) as raised:
        BodyProfile.from_json_text(json.dumps({"measurements_cm": {"chest_girth": 45}, "segment": "men"}), "me.json")
    assert str(raised.value) == ("me.json, field 'measurements_cm.chest_girth': 45 cm is not a plausible chest girth; "
                                 "expected 70 to 160 cm for adults; looks like inches: 45 in = 114 cm?")
    # a child's is a child's
    assert BodyProfile.from_json_text(json.dumps({"measurements_cm": {"chest_girth": 45}, "segment": "kids"}))


TEAM = "id,chest_girth,waist_girth\nann,96,80\nbob,abc,80\ncid,96,82\n"


def test_profiles_with_bad_rows_say_how_to_take_the_others_and_then_take_them(tmp_path, capsys):
    team = tmp_path / "team.csv"
    team.write_text(TEAM, encoding="utf-8")
    code, out, err = run(capsys, "recommend", "--profiles", team, "--listing", "MS-3001")
    assert code == 2 and out == ""
    assert f"{team}: 1 problem; nothing was imported (2 valid rows; accept them with --accept-valid-rows)" in err
    assert "  row 3, column 'chest_girth': 'abc' is not a number; expected cm, e.g. 92.5" in err
    code, out, err = run(capsys, "recommend", "--profiles", team, "--listing", "MS-3001", "--accept-valid-rows")
    assert code == 0
    assert err == (f"sizer: warning: {team}: skipped row 3, column 'chest_girth': 'abc' is not a number; "
                   "expected cm, e.g. 92.5\n")
    assert [line.split()[0] for line in out.splitlines()] == ["ann", "cid"]


def test_accepting_valid_rows_never_passes_a_bad_header_or_a_file_with_none(tmp_path, capsys):
    team = tmp_path / "team.csv"
    team.write_text("id,chest\nann,96\n", encoding="utf-8")
    code, _, err = run(capsys, "recommend", "--profiles", team, "--accept-valid-rows")
    assert code == 2 and "header, column 'chest': unknown column (did you mean 'chest_girth'?)" in err
    team.write_text("id,chest_girth\nann,abc\nbob,\n", encoding="utf-8")
    code, out, err = run(capsys, "recommend", "--profiles", team, "--accept-valid-rows")
    assert code == 2 and out == "" and "2 problems; nothing was imported" in err


# Inputs that once showed Python's own words: a dict's repr, a list's repr, json's "Expecting
# value ... (char 0)", a crash's class name, True, 5.0, snake_case dimension names.
BAD_PROFILES = [
    ({"measurements_cm": {"chest_girth": 90}, "fit_preference": "tight"},
     "field 'fit_preference': 'tight' is not one of snug, regular, loose"),
    ({"measurements_cm": {"chest_girth": 90}, "fit_preference": 5}, "field 'fit_preference': 5 is not one of"),
    ({"measurements_cm": {"chest_girth": 90}, "segment": 5}, "field 'segment': unknown segment '5'; valid: women, men"),
    ({"measurements_cm": {"chest_girth": True}}, "expected a number of cm, got true"),
    ({"measurements_cm": {"chest_girth": [1]}}, "expected a number of cm, got a list"),
    ({"measurements_cm": {"chest_girth": {"cm": 90}}}, "expected a number of cm, got an object"),
    ({"measurements_cm": {"chest_girth": 30}}, "30 cm is not a plausible chest girth; expected 40 to 160 cm"),
    ({"measurements_cm": {"chest": 90}}, "unknown dimension 'chest' (did you mean 'chest_girth'?); valid: stature"),
]
PYTHON_WORDS = re.compile(r"Error\b|Traceback|\[|\{'|Expecting|char \d|\bTrue\b|\bFalse\b|\d\.0\b|codec|plausible [a-z]+_")


@pytest.mark.parametrize("payload,words", BAD_PROFILES)
def test_a_bad_profile_is_said_in_plain_words(tmp_path, capsys, payload, words):
    path = tmp_path / "me.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    code, _, err = run(capsys, "recommend", "--profile", path)
    assert code == 2 and str(path) in err and words in err, err
    assert not PYTHON_WORDS.search(err.replace(str(path), "")), err


def test_a_profile_that_is_not_json_says_where_not_how_python_read_it(tmp_path, capsys):
    path = tmp_path / "me.json"
    path.write_text('{"measurements_cm": {"chest_girth": 90},}', encoding="utf-8")
    code, _, err = run(capsys, "recommend", "--profile", path)
    assert code == 2 and err == f"sizer: error: {path}: not valid JSON (line 1, column 41)\n"


def test_bad_lines_of_a_jsonl_team_are_said_in_plain_words(tmp_path, capsys):
    path = tmp_path / "team.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": 17, "measurements_cm": {"chest_girth": 96}}),
        json.dumps({"measurements_cm": {"chest_girth": 96}}),
        "[1]",
        json.dumps({"id": "bob", "measurements_cm": {"chest_girth": "x"}}),
        "not json",
        json.dumps({"id": 17, "measurements_cm": {"chest_girth": 96}}),
    ]) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "recommend", "--profiles", path)
    assert code == 2
    lines = err.splitlines()
    assert lines[0] == f"sizer: error: {path}: 5 problems; nothing was imported (1 valid row; accept it with --accept-valid-rows)"
    assert lines[1:] == [
        "  line 2, field 'id': every person needs an id, e.g. \"id\": 17",
        "  line 3: not a person: a line holds one JSON object, e.g. {\"id\": 17, \"measurements_cm\": {\"chest_girth\": 96}}",
        "  line 4, field 'measurements_cm.chest_girth': expected a number of cm, got 'x'",
        "  line 5: not valid JSON (at column 1); a line holds one person, e.g. {\"id\": 17, \"measurements_cm\": "
        "{\"chest_girth\": 96}}",
        "  line 6, field 'id': '17' is already on line 1; every person once",
    ]


def test_a_people_file_that_is_not_utf8_says_how_to_save_it(tmp_path, capsys):
    path = tmp_path / "team.csv"
    path.write_bytes("id,chest_girth\nJosé,96\n".encode("cp1252"))
    code, _, err = run(capsys, "recommend", "--profiles", path)
    assert code == 2 and "not UTF-8 text (at byte 19); save it as CSV UTF-8" in err and "codec" not in err


def test_a_measurement_given_twice_is_refused_in_the_header(tmp_path, capsys):
    path = tmp_path / "team.csv"
    path.write_text("id,chest_girth,chest_girth_in\nann,96,38\n", encoding="utf-8")
    code, _, err = run(capsys, "recommend", "--profiles", path)
    assert code == 2 and "header, column 'chest_girth_in': the same column as 'chest_girth'; keep one" in err
