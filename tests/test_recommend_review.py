"""Second-pass checks of issue 11 (recommendation like a good shop assistant), as a stranger tries it."""
from __future__ import annotations

import csv
import json

from sizer.cli import main


def test_team_file_rows_follow_each_persons_segment(tmp_path, capsys):
    """As for one profile: a man of a team order gets no rows for women's dresses or bras, a woman
    none for men's shirts; a person without a segment gets every listing."""
    team = tmp_path / "team.csv"
    team.write_text("id,segment,chest_girth,bust_girth,waist_girth,hip_girth,neck_girth\n"
                    "ann,women,,90,72,98,\nbob,men,96,,80,97,38\ncat,,94,,78,96,37\n", encoding="utf-8")
    assert main(["recommend", "--profiles", str(team), "--json"]) == 0
    people = {p["id"]: [r["listing_id"] for r in p["recommendations"]]
              for p in json.loads(capsys.readouterr().out)["people"]}
    assert not any(i.startswith(("WD", "BR", "WT-", "WTR")) for i in people["bob"])
    assert any(i.startswith("MS") for i in people["bob"]) and any(i.startswith("MP") for i in people["bob"])
    assert not any(i.startswith(("MS", "MT", "SU")) for i in people["ann"])
    assert any(i.startswith("WD") for i in people["ann"])
    assert not any(i.startswith("KC") for i in people["ann"] + people["bob"])
    assert any(i.startswith("WD") for i in people["cat"]) and any(i.startswith("MS") for i in people["cat"])
    out = tmp_path / "sizes.csv"
    assert main(["recommend", "--profiles", str(team), "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = [(r["person_id"], r["listing_id"]) for r in csv.DictReader(handle)]
    assert [lid for person, lid in rows if person == "bob"] == people["bob"]


def test_best_available_names_the_runner_up_that_is_within_the_tolerances(tmp_path, capsys):
    """A whole-inch chart (S 35-37 in, M 38-40 in) and a 95 cm chest: 1 cm over S's range (within
    its tolerance), 1.5 cm under M's. Tight costing more, M wins, loose; S, which would fit within
    the tolerance, is named as the runner-up instead of being hidden behind "best available"."""
    chart = tmp_path / "inch.csv"
    chart.write_text("listing_id,title,category,size_label,size_system,chest_girth_min_in,chest_girth_max_in\n"
                     "G1,Inch tee,mens_tops,S,,35,37\nG1,Inch tee,mens_tops,M,,38,40\nG1,Inch tee,mens_tops,L,,41,43\n",
                     encoding="utf-8")
    profile = tmp_path / "me.json"
    profile.write_text(json.dumps({"measurements_cm": {"chest_girth": 95.0}}), encoding="utf-8")
    assert main(["recommend", "--catalog", str(chart), "--profile", str(profile), "--json"]) == 0
    r = json.loads(capsys.readouterr().out)["recommendations"][0]
    assert (r["size"], r["status"], r["alternative"]) == ("M", "best_available", "S")
    assert r["reasons"][0]["params"]["alternative"] == "S"
    assert main(["recommend", "--catalog", str(chart), "--profile", str(profile)]) == 0
    assert "or S, within every range's tolerance" in capsys.readouterr().out


def test_team_file_in_millimetres_or_inches_is_named_with_the_slip(tmp_path, capsys):
    """ANSUR II and tech packs give millimetres: a stranger pasting them gets the column, the row
    and what to write, not a JSON field path."""
    team = tmp_path / "team.csv"
    team.write_text("id,chest_girth,waist_girth\na,96,80\nb,1012,880\n", encoding="utf-8")
    assert main(["recommend", "--profiles", str(team)]) == 2
    err = capsys.readouterr().err
    assert "row 3, column 'chest_girth'" in err and "looks like millimetres: 1012 mm = 101 cm? the column is in cm: 101.2" in err
    team.write_text("id,chest_girth\na,33\n", encoding="utf-8")
    assert main(["recommend", "--profiles", str(team)]) == 2
    assert "looks like inches: 33 in = 84 cm? then name the column chest_girth_in" in capsys.readouterr().err


def test_recommend_text_keeps_the_confidence_column_aligned(tmp_path, capsys):
    """Long labels with a runner-up (W30 L32 (or W31 L32)) do not push the confidence out of line."""
    profile = tmp_path / "me.json"
    profile.write_text(json.dumps({"measurements_cm": {"chest_girth": 96, "waist_girth": 77, "hip_girth": 97,
                                                       "neck_girth": 37}, "segment": "men"}), encoding="utf-8")
    assert main(["recommend", "--profile", str(profile)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert any("W30 L32 (or" in line for line in lines)
    columns = {line.index("%") for line in lines}
    assert len(columns) == 1, lines
