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
