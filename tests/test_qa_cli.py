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
    from sizer.errors import SizerError

    with pytest.raises(SizerError, match="line 1, field 'measurments_cm': unknown profile key 'measurments_cm' "
                                         r"\(did you mean 'measurements_cm'\?\)"):
        read_people(path)


def test_size_names_rows_by_their_labels_only(capsys):
    code, out, _ = run(capsys, "size", "--category", "shoes_men", "--foot_length", "27")
    assert code == 0 and "(row" not in out
    assert "UK 8½ (EU 43)" in out and "UK 8½ (EU 42)" in out  # two rows both UK 8½, told apart by EU
    code, out, _ = run(capsys, "size", "--category", "rings", "--finger_girth", "5.6")
    assert code == 0 and "(row" not in out


def test_every_bundled_chart_row_has_a_unique_name_of_real_labels():
    from sizer.recommend.chart_listing import row_names
    from sizer.sizing.library import chart_for, chart_ids

    for chart_id in chart_ids():
        chart = chart_for(chart_id, None)
        names = row_names(chart)
        assert len(set(names)) == len(names), chart_id
        assert not [n for n in names if "(row " in n], chart_id
        for r, name in enumerate(names):
            system, _, rest = name.partition(" ")
            assert system in chart.systems and rest.split(" (")[0].split(" [")[0] in \
                [" / ".join(v) for v in chart.row_labels(r).values()], (chart_id, name)


def test_ranges_too_narrow_for_a_tenth_get_the_decimals_that_tell_their_ends_apart():
    from sizer.units import format_range, range_decimals

    assert format_range(88, 94) == "88–94 cm"
    assert format_range(27.0, 27.242) == "27–27.2 cm"
    assert format_range(4.8, 4.833) == "4.80–4.83 cm"  # a ring size: not "4.8–4.8"
    assert format_range(4.8, 4.833, "in") == "1.890–1.903 in"
    assert range_decimals([6.0, 0.033]) == 2  # a table: its narrowest row decides


def test_ring_size_guide_shows_each_range_with_two_distinct_ends(tmp_path, capsys):
    out_path = tmp_path / "ring.csv"
    code, _, _ = run(capsys, "guide", "--listing", "RG-8201", "--format", "csv", "--out", out_path)
    assert code == 0
    lines = out_path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith(" min (cm),Finger girth max (cm)") or " min (cm)," in lines[0], lines[0]
    rows = [line.split(",") for line in lines[1:]]
    assert rows
    for _label, low, high in rows:  # min and max as numbers, to the hundredth of a cm
        assert float(low) < float(high) and len(low.split(".")[-1]) == 2, (low, high)


def test_convert_answers_the_source_system_with_the_label_itself(capsys):
    code, out, _ = run(capsys, "convert", "--category", "shoes_men", "--from", "EU", "42.5", "--json")
    payload = json.loads(out)
    assert code == 0 and payload["labels"]["EU"] == ["42.5"] and payload["best"]["EU"] == "42.5"
    assert payload["labels"]["DE"] == ["42.5"]  # the same Paris points as EU
    assert payload["best"]["UK"] == "8½"  # other systems: the label at the centre, as before
    code, out, _ = run(capsys, "convert", "--category", "shoes_men", "--from", "EU", "42 2/3", "--to", "EU")
    assert (code, out) == (0, "42⅔\n")
    code, out, _ = run(capsys, "convert", "--category", "rings", "--from", "US", "7 1/4", "--to", "US")
    assert (code, out) == (0, "7¼\n")


BAD_CATALOG = ("listing_id,title,category,size_label,size_system,chest_girth_min,chest_girth_max\n"
               "MT-1,Oxford,mens_tops,S,INT,88,94\nMT-1,Oxford,mens_tops,M,INT,940,100\n")


def test_catalog_check_takes_the_accept_valid_rows_it_advises(tmp_path, capsys):
    path = tmp_path / "shop.csv"
    path.write_text(BAD_CATALOG)
    code, _, err = run(capsys, "catalog", "check", path)
    assert code == 2 and "--accept-valid-rows" in err
    code, out, err = run(capsys, "catalog", "check", path, "--accept-valid-rows")
    assert code == 0 and "1 listings, 1 sizes" in out and "skipped row 3, column 'chest_girth_min'" in err
    code, out, _ = run(capsys, "catalog", "check", path, "--accept-valid-rows", "--json")
    payload = json.loads(out)
    assert code == 0 and payload["sizes"] == 1 and payload["skipped"][0]["row"] == 3


def test_every_command_that_reads_a_catalogue_takes_accept_valid_rows():
    from sizer.cli import build_parser

    parser = build_parser()
    for argv in (["catalog", "check"], ["recommend", "--profile", "p.json"], ["guide", "--listing", "X", "--out", "o"],
                 ["returns", "analyse", "--orders", "o.csv"], ["returns", "apply", "--orders", "o.csv"],
                 ["brand-chart", "chart.csv"]):
        assert parser.parse_args([*argv, "--accept-valid-rows"]).accept_valid_rows is True, argv


def test_brand_chart_never_saves_a_partially_read_catalogue_over_itself(tmp_path, capsys):
    catalog = tmp_path / "shop.csv"
    catalog.write_text(BAD_CATALOG)
    chart = tmp_path / "chart.csv"
    chart.write_text("Size,Chest (cm)\nS,88-94\nM,94-100\n")
    code, _, err = run(capsys, "brand-chart", chart, "--catalog", catalog, "--listing", "MT-1", "--accept-valid-rows")
    assert code == 2 and "is not written over" in err and catalog.read_text() == BAD_CATALOG


def test_recommend_profiles_reports_every_bad_row(tmp_path, capsys):
    path = tmp_path / "team.csv"
    path.write_text("id,chest_girth,waist_girth\nann,96,80\nbob,abc,80\n,90,80\ndan,38,32\n")
    code, out, err = run(capsys, "recommend", "--profiles", path)
    # as the catalogue says it: how many, how many rows were valid, each row and column
    assert code == 2 and out == "" and "3 problems; nothing was imported (1 valid row; accept it with --accept-valid-rows)" in err
    assert "row 3, column 'chest_girth': 'abc' is not a number; expected cm, e.g. 92.5" in err
    # (a chest of 38 cm is a child's, which a file that names no segment may hold; a waist of 32 is no one's)
    assert "row 4, column 'id'" in err and "row 5, column 'waist_girth'" in err


def test_recommend_profiles_names_the_first_forty_bad_rows_and_counts_the_rest(tmp_path, capsys):
    path = tmp_path / "team.jsonl"
    lines = [json.dumps({"id": f"p{k}", "measurements_cm": {"chest_girth": 960}}) for k in range(70)]
    path.write_text("\n".join([json.dumps({"id": "ok", "measurements_cm": {"chest_girth": 96}}), *lines]) + "\n")
    code, _, err = run(capsys, "recommend", "--profiles", path)
    # as many named as the catalogue import names (40), the rest counted
    assert code == 2 and "70 problems" in err and "line 41," in err and "line 42," not in err
    assert "... and 30 more" in err


def test_a_neck_just_under_the_smallest_collar_measured_roughly_gets_it_with_caveats(tmp_path, capsys):
    from sizer.recommend.verdicts import ReasonCode, RecommendationStatus, ZoneFit
    from sizer.catalog.importer import load_catalog
    from sizer.profile import BodyProfile
    from sizer.recommend import recommend

    catalog = load_catalog()  # MS-3001: the smallest collar, EU 38, is 37.5-38.5 cm
    rough = recommend(BodyProfile({"neck_girth": 36.7}, {"neck_girth": 2.5}), catalog).recommendation("MS-3001")
    assert rough.size == "38" and rough.status is RecommendationStatus.BEST_AVAILABLE
    assert rough.fit["neck_girth"] is ZoneFit.TOO_LOOSE and rough.reason(ReasonCode.UNCERTAIN_MEASUREMENTS)
    assert rough.confidence < 0.5  # honest: the collar may well be loose
    # measured precisely, the same neck is truly under the smallest collar: no size, said why
    precise = recommend(BodyProfile({"neck_girth": 36.7}, {"neck_girth": 0.2}), catalog).recommendation("MS-3001")
    assert precise.size is None and precise.status is RecommendationStatus.NO_FIT
    # and far under it, even measured roughly
    far = recommend(BodyProfile({"neck_girth": 33.0}, {"neck_girth": 2.5}), catalog).recommendation("MS-3001")
    assert far.size is None and far.status is RecommendationStatus.NO_FIT
    path = tmp_path / "me.json"
    path.write_text(json.dumps({"measurements_cm": {"neck_girth": 36.7}, "uncertainty_cm": {"neck_girth": 2.5}}))
    code, out, _ = run(capsys, "recommend", "--profile", path, "--listing", "MS-3001")
    assert code == 0 and "38 is the best size" in out and "measure your neck girth again" in out
