"""Exports (CSV, XLSX, JSON), formula neutralising, and the `sizer recommend` command end to end."""
from __future__ import annotations

import csv
import io
import json

import openpyxl
import pytest

from sizer.cli import main
from sizer.export import neutralise_csv_cell, write_table

PROFILE = {"measurements_cm": {"stature": 178, "chest_girth": 99, "waist_girth": 86, "hip_girth": 101, "neck_girth": 39.5,
                               "sleeve_length": 86, "inside_leg": 82, "foot_length": 26.8, "head_girth": 57.5},
           "uncertainty_cm": {"chest_girth": 1.8}, "fit_preference": "regular"}
EVIL = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]
# Titles reach exports through the importer, which trims surrounding whitespace (tab, CR).
EVIL_TITLES = EVIL[:4] + ["=cmd|' /C calc'!A0"]


@pytest.fixture
def profile_path(tmp_path):
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(PROFILE), encoding="utf-8")
    return path


@pytest.fixture
def evil_catalog(tmp_path):
    path = tmp_path / "evil.csv"
    rows = ["listing_id,title,category,size_label,size_system,chest_girth_min,chest_girth_max"]
    for i, title in enumerate(EVIL_TITLES):
        quoted = '"' + title.replace('"', '""') + '"'
        rows += [f"E{i},{quoted},mens_tops,M,INT,94,100", f"E{i},{quoted},mens_tops,L,INT,100,106"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def run_cli(capsys, *args):
    code = main(list(map(str, args)))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_neutralise_csv_cell():
    for text in EVIL:
        assert neutralise_csv_cell(text) == "'" + text
    assert neutralise_csv_cell("Tee") == "Tee" and neutralise_csv_cell(-3.5) == -3.5


def test_recommend_json_shape_and_sizes(capsys, profile_path):
    code, out, err = run_cli(capsys, "recommend", "--profile", profile_path, "--json")
    assert code == 0, err
    recommendations = json.loads(out)["recommendations"]
    assert len(recommendations) == 31  # the bundled sample catalogue
    by_id = {r["listing_id"]: r for r in recommendations}
    for r in recommendations:
        assert {"listing_id", "size", "alternative", "confidence", "fit", "equivalents", "equivalents_estimated",
                "status", "reasons", "would_improve"} <= set(r)
        assert 0.0 <= r["confidence"] <= 1.0
        assert set(r["fit"].values()) <= {"tight", "snug", "good", "loose", "too_loose", "too_short", "short", "long",
                                              "too_long", None}
    sweater = by_id["MP-4101"]  # mens_tops chart, INT: chest 99 is an M
    assert sweater["size"] == "M" and sweater["fit"] == {"chest_girth": "good"}
    assert sweater["equivalents"]["EU"] and "INT" not in sweater["equivalents"]
    kids = by_id["KC-7001"]  # an adult in kids' clothing: nothing fits, and it says why
    assert kids["size"] is None and kids["status"] == "no_fit" and kids["closest"] == "140"
    assert kids["reasons"][0] == {"code": "no_size_fits", "params": {
        "ruled_out_by": [{"dimension": "stature", "body_is": "larger", "by_cm": 38.0}], "closest": "140"}}
    ring = by_id["RG-8201"]
    assert ring["size"] is None and ring["reasons"][0] == {"code": "no_usable_measurements",
                                                           "params": {"needed": ["finger_girth"]}}


def test_recommend_text_output_and_listing_filter(capsys, profile_path):
    code, out, _ = run_cli(capsys, "recommend", "--profile", profile_path, "--listing", "MP-4101")
    assert code == 0 and out.startswith("MP-4101") and len(out.splitlines()) == 1 and " M " in out


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "json"])
def test_recommend_out_files_are_formula_safe(capsys, tmp_path, profile_path, evil_catalog, suffix):
    out_path = tmp_path / f"recs.{suffix}"
    code, out, err = run_cli(capsys, "recommend", "--catalog", evil_catalog, "--profile", profile_path,
                             "--out", out_path)
    assert code == 0, err
    assert "5 recommendations written" in out
    if suffix == "csv":
        raw = out_path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
        rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
        assert [r["title"] for r in rows] == ["'" + t for t in EVIL_TITLES]
        assert all(r["size"] == "M" for r in rows)
    elif suffix == "xlsx":
        sheet = openpyxl.load_workbook(out_path).active
        header = [c.value for c in sheet[1]]
        title_column = header.index("title")
        for row, title in zip(sheet.iter_rows(min_row=2), EVIL_TITLES):
            cell = row[title_column]
            assert cell.value == title and cell.data_type == "s"  # text, never a formula
            assert cell.quotePrefix
        assert sheet.cell(2, header.index("confidence") + 1).data_type == "n"
    else:
        payload = json.loads(out_path.read_text(encoding="utf-8"))
        assert [r["title"] for r in payload["recommendations"]] == EVIL_TITLES


def test_every_trigger_is_neutralised_in_csv_and_xlsx(tmp_path):
    write_table(tmp_path / "t.csv", ["text"], [[t] for t in EVIL])
    text = (tmp_path / "t.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))[1:]
    assert [r[0] for r in rows] == ["'" + t for t in EVIL]
    write_table(tmp_path / "t.xlsx", ["text"], [[t] for t in EVIL] + [[-4.5]])
    cells = [row[0] for row in openpyxl.load_workbook(tmp_path / "t.xlsx").active.iter_rows(min_row=2)]
    assert all(c.data_type == "s" and c.quotePrefix for c in cells[:-1])
    assert [c.value for c in cells[:-1]] == [t.replace("\r", "\n") if t.startswith("\r") else t for t in EVIL]
    assert cells[-1].data_type == "n" and cells[-1].value == -4.5


def test_failed_xlsx_export_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "recs.xlsx"
    write_table(target, ["a"], [[1]])
    before = target.read_bytes()
    import openpyxl.workbook.workbook as workbook_module

    original_save = workbook_module.Workbook.save

    def disk_full(self, filename):
        original_save(self, filename)
        with open(filename, "r+b") as stream:
            stream.truncate(10)  # the disk filled up halfway
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(workbook_module.Workbook, "save", disk_full)
    with pytest.raises(OSError):
        write_table(target, ["a"], [[2]])
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["recs.xlsx"]


def test_csv_and_json_tables(tmp_path):
    write_table(tmp_path / "t.csv", ["name", "n"], [["纯棉T恤", 3], ["=1", None]])
    assert (tmp_path / "t.csv").read_text(encoding="utf-8-sig").splitlines() == ["name,n", "纯棉T恤,3", "'=1,"]
    write_table(tmp_path / "t.json", ["name", "n"], [["纯棉T恤", 3]])
    assert json.loads((tmp_path / "t.json").read_text(encoding="utf-8")) == [{"name": "纯棉T恤", "n": 3}]


@pytest.mark.parametrize("args,words", [
    (["--profile", "missing.json"], "file not found"),
    (["--out", "recs.ods"], "unknown format"),
    (["--listing", "NOPE-1"], "unknown listing"),
    (["--catalog", "missing.csv"], "file not found"),
])
def test_recommend_usage_errors_exit_2(capsys, tmp_path, profile_path, monkeypatch, args, words):
    monkeypatch.chdir(tmp_path)
    full = ["recommend", "--profile", str(profile_path), *args] if args[0] != "--profile" else ["recommend", *args]
    code, out, err = run_cli(capsys, *full)
    assert code == 2 and words in err and "Traceback" not in err and out == ""


def test_bad_profile_exits_2(capsys, tmp_path):
    path = tmp_path / "p.json"
    path.write_text('{"measurements_cm": {"chest_girth": 990}}', encoding="utf-8")
    code, _, err = run_cli(capsys, "recommend", "--profile", path, "--json")
    assert code == 2 and "plausible" in err


def test_catalogue_errors_exit_2_unless_valid_rows_are_accepted(capsys, tmp_path, profile_path):
    catalog = tmp_path / "c.csv"
    catalog.write_text("listing_id,title,category,size_label,chest_girth_min,chest_girth_max\n"
                       "A,Tee,mens_tops,M,94,100\nB,Tee,mens_topz,M,94,100\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "recommend", "--catalog", catalog, "--profile", profile_path, "--json")
    assert code == 2 and "row 3, column 'category'" in err and "--accept-valid-rows" in err and out == ""
    code, out, err = run_cli(capsys, "recommend", "--catalog", catalog, "--profile", profile_path, "--json",
                             "--accept-valid-rows")
    assert code == 0 and [r["listing_id"] for r in json.loads(out)["recommendations"]] == ["A"]
    assert "skipped row 3" in err


def test_profile_from_standard_input(capsys, monkeypatch, profile_path):
    monkeypatch.setattr("sys.stdin", io.StringIO(profile_path.read_text(encoding="utf-8")))
    code, out, _ = run_cli(capsys, "recommend", "--profile", "-", "--listing", "MP-4101", "--json")
    assert code == 0 and json.loads(out)["recommendations"][0]["size"] == "M"


def test_the_row_check_finds_every_cell_the_cell_rule_would_change():
    import random

    from sizer.export.cells import any_needs_neutralising

    rng = random.Random(5)
    alphabet = "ab =+-@\t\r,;|' 1"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        changed = neutralise_csv_cell(text) != text
        assert any_needs_neutralising(["x", 3.5, None, text]) == changed, repr(text)
