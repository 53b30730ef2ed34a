"""What a QA engineer found trying the CLI and the sizing engine as a stranger (in-process, no Qt)."""
from __future__ import annotations

import json

import pytest

from sizer.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_size_help_names_each_flag_once(capsys):
    code, out, _ = run(capsys, "size", "--help")
    assert code == 0
    assert "--stature LENGTH, --stature" not in out
    assert "--stature LENGTH" in out and "--neck_girth LENGTH, --neck-girth LENGTH" in out


@pytest.mark.parametrize("value,choices,expected", [
    ("womens_shoes", ["shoes_men", "shoes_women", "womens_tops", "womens_dresses"], ["shoes_women"]),
    ("kids_shoe", ["shoes_kids", "kids_clothing", "shoes_men"], ["shoes_kids"]),
    ("US 8", ["6", "7", "8", "8½", "9", "18"], ["8"]),
    ("US 8", ["INT", "US", "UK", "EU"], ["US"]),
    ("chest_grith", ["bust_girth", "chest_girth", "waist_girth"], ["chest_girth"]),
    ("USA", ["INT", "US", "UK", "EU"], ["US"]),
    ("7", ["0", "2", "4", "6", "8"], []),  # a number is never "like" another number
])
def test_suggestions_match_words_in_any_order_and_plural(value, choices, expected):
    from sizer.errors import suggest

    assert suggest(value, choices) == expected


def test_cli_did_you_mean_for_reordered_category_and_system_in_label(capsys):
    code, _, err = run(capsys, "convert", "--category", "womens_shoes", "--from", "US", "8")
    assert code == 2 and "did you mean 'shoes_women'?" in err
    code, _, err = run(capsys, "convert", "--category", "shoes_men", "--from", "US", "US 8")
    assert code == 2 and "did you mean '8'?" in err


@pytest.mark.parametrize("payload,field,words", [
    ({"measurements_cm": {"chest_girth": 96}, "fit_prefrence": "snug"}, "fit_prefrence", "did you mean 'fit_preference'?"),
    ({"measurements_cm": {"chest_grith": 96}}, "measurements_cm.chest_grith", "did you mean 'chest_girth'?"),
    ({"measurements_cm": {"chest_girth": 96}, "chest_grith": 4}, "chest_grith", "did you mean 'chest_girth' inside"),
    ({"measurements_cm": {"chest_girth": 96}, "waist_girth": 80}, "waist_girth", "inside measurements_cm"),
])
def test_profile_refuses_unknown_keys_with_did_you_mean(tmp_path, capsys, payload, field, words):
    path = tmp_path / "me.json"
    path.write_text(json.dumps(payload))
    code, _, err = run(capsys, "recommend", "--profile", path)
    assert code == 2 and f"field {field!r}" in err and words in err


def test_profile_jsonl_keeps_its_id_key(tmp_path):
    from sizer.recommend.people import read_people

    path = tmp_path / "team.jsonl"
    path.write_text(json.dumps({"id": "ann", "measurements_cm": {"chest_girth": 96}}) + "\n")
    assert read_people(path)[0] == ["ann"]
    path.write_text(json.dumps({"id": "ann", "measurments_cm": {"chest_girth": 96}}) + "\n")
    from sizer.errors import DataFileError

    with pytest.raises(DataFileError, match="did you mean 'measurements_cm'"):
        read_people(path)
