"""Labels as people write them, and one best answer per system (issue 12)."""
from __future__ import annotations

import json

import pytest

from sizer.cli import main
from sizer.errors import UnknownChoiceError
from sizer.sizing import get_chart


@pytest.mark.parametrize("chart_id,system,typed,target,expected", [
    # a US suit by its chest alone is the regular length
    ("mens_suits", "US", "40", "EU", ["50"]),
    ("mens_suits", "US", "40", "UK", ["40R"]),
    # a collar without a sleeve, in every spelling, and the continental collar
    ("mens_shirts", "US", "15.5", "EU", ["39"]),
    ("mens_shirts", "US", "15½", "EU", ["39"]),
    ("mens_shirts", "US", "15 1/2", "EU", ["39"]),
    ("mens_shirts", "EU", "39", "US", ["15½ 34/35"]),
    ("mens_shirts", "UK", "15.5", "EU", ["39"]),
    # jeans by waist alone, with or without the W
    ("mens_trousers", "US", "W34", "EU", ["W34 L32"]),
    ("mens_trousers", "US", "34", "EU", ["W34 L32"]),
    ("mens_trousers", "US", "w 34 l 30", "EU", ["W34 L30"]),
    ("mens_trousers", "US", "34x30", "EU", ["W34 L30"]),
    ("mens_trousers", "US", "34/30", "INT", get_chart("mens_trousers").convert("W34 L30", "US", "INT")),
    ("mens_trousers", "US", "W34/L30", "EU", ["W34 L30"]),
    # women's trousers by the number alone: the regular leg
    ("womens_trousers", "US", "8", "UK", ["12 Regular"]),
    # EU shoe half and third sizes
    ("shoes_men", "EU", "42.5", "UK", ["8½"]),
    ("shoes_men", "EU", "42,5", "UK", ["8½"]),
    ("shoes_men", "EU", "42⅔", "UK", ["8½"]),
    ("shoes_men", "EU", "42 2/3", "UK", ["8½"]),
    ("shoes_men", "EU", "42 1/3", "US", ["9½"]),  # a 26.9 cm foot by the chart's formula
    # ring halves and quarters, UK letters with a half
    ("rings", "US", "7½", "EU", ["56"]),  # 55.7 mm
    ("rings", "US", "7.25", "EU", ["55"]),
    ("rings", "US", "7 1/4", "UK", ["O"]),
    ("rings", "UK", "N½", "US", ["7"]),
    ("rings", "UK", "n 1/2", "US", ["7"]),
    ("rings", "UK", "N1/2", "US", ["7"]),
    ("rings", "UK", " n½ ", "EU", ["54"]),
])
def test_labels_as_people_write_them(chart_id, system, typed, target, expected):
    assert get_chart(chart_id).convert(typed, system, target) == expected


def test_a_shortened_label_says_how_it_was_read():
    match = get_chart("mens_suits").match_label("US", "40")
    assert match.read_as == "40R" and "40S" in match.note and "40L" in match.note
    assert get_chart("mens_suits").match_label("US", "40r").note == ""  # typed in full: nothing to say


@pytest.mark.parametrize("chart_id,system,typed", [
    ("womens_tops", "US", "7"),        # no odd US sizes: a different value, not a spelling
    ("mens_shirts", "US", "15.25"),    # no quarter collars
    ("rings", "UK", "N¾"),             # UK letters have halves only
    ("shoes_men", "EU", "70"),         # beyond the chart
    ("mens_suits", "US", "41"),        # no odd chests
])
def test_values_the_chart_does_not_have_are_refused(chart_id, system, typed):
    with pytest.raises(UnknownChoiceError):
        get_chart(chart_id).convert(typed, system, "EU" if system != "EU" else "UK")


def test_one_best_label_and_a_second_only_when_the_range_straddles():
    rings, shoes, shirts = get_chart("rings"), get_chart("shoes_men"), get_chart("mens_shirts")
    # the complaint: US 7 -> UK N, N½, O, O½; now one label per system
    assert all(len(labels) == 1 for labels in rings.equivalents("US", "7").values())
    assert all(len(labels) == 1 for labels in shoes.equivalents("US", "9").values())
    # a real straddle names both, the nearer first: JP 110 (105-115 cm) is EU 110 or 116
    kids = get_chart("kids_clothing").conversion("110", "JP", "EU")
    assert kids.labels == ["110", "116"] and kids.best == "110"
    # a published tie (40 cm = 15.75 in) stays a tie; 16 in is EU 41 alone
    assert shirts.convert("40", "EU", "UK") == ["15½", "16"]
    assert shirts.convert("16", "UK", "EU") == ["41"]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_convert_json_has_labels_best_first_and_best(capsys):
    code, out, _ = run(capsys, "convert", "--category", "kids_clothing", "--from", "JP", "--to", "EU", "110", "--json")
    assert code == 0 and json.loads(out)["labels"] == ["110", "116"] and json.loads(out)["best"] == "110"
    code, out, _ = run(capsys, "convert", "--category", "rings", "--from", "US", "7", "--json")
    data = json.loads(out)
    assert data["best"]["UK"] == "N½" and data["labels"]["UK"] == ["N½"] and data["best"]["EU"] == "54"


def test_convert_text_says_which_is_nearer_and_how_a_label_was_read(capsys):
    code, out, err = run(capsys, "convert", "--category", "kids_clothing", "--from", "JP", "--to", "EU", "110")
    assert (code, out) == (0, "110 (nearer), 116\n")
    code, out, err = run(capsys, "convert", "--category", "mens_suits", "--from", "US", "--to", "EU", "40")
    assert (code, out) == (0, "50\n") and "40 read as 40R" in err


def test_a_bust_below_the_smallest_cup_is_no_size_not_an_aa():
    import numpy as np

    bras = get_chart("bras")
    lookup = bras.size_for({"underbust_girth": 87, "bust_girth": 90})  # 3 cm: no cup of EN 13402-3
    assert not lookup.found and lookup.status.value == "below" and lookup.deciding_dimension == "bust_girth"
    batch = bras.size_for_many({"underbust_girth": np.array([87.0, 87.0]), "bust_girth": np.array([90.0, 98.0])})
    assert batch.labels("EU") == [None, "85AA"]
