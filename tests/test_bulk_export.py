"""The fast recommendations export writes exactly the rows of the per-listing one, as CSV and XLSX."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

from sizer.catalog.importer import load_catalog
from sizer.profile import BodyProfile
from sizer.recommend import recommend
from sizer.recommend.bulk_export import export_recommendation_set, recommendation_rows
from sizer.recommend.export import recommendation_table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))


def _profiles():
    from bench_recommend import synthetic_profiles

    return synthetic_profiles(3)


@pytest.mark.parametrize("which", ["sample", "synthetic"])
def test_rows_equal_the_per_listing_export(which):
    from bench_recommend import synthetic_catalog

    catalog = load_catalog() if which == "sample" else synthetic_catalog(1500, seed=7)
    profiles = _profiles() + [BodyProfile({"chest_girth": 101.0, "waist_girth": 88.0}, {})]
    statuses = set()
    for profile in profiles:
        results = recommend(profile, catalog)
        slow_columns, slow_rows = recommendation_table([results.recommendation(i) for i in range(len(catalog))])
        columns, rows = recommendation_rows(results)
        assert columns == slow_columns
        assert rows == slow_rows
        statuses |= {row[8] for row in rows}
        subset = [5, 2, 9]
        assert recommendation_rows(results, subset)[1] == recommendation_table(
            [results.recommendation(i) for i in subset])[1]
    assert {"fits", "between_sizes", "no_fit", "no_measurements"} <= statuses | {"no_measurements"}
    assert {"fits", "no_fit"} <= statuses


def test_csv_and_xlsx_files(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")

    catalog = load_catalog()
    results = recommend(_profiles()[0], catalog)
    # A title a spreadsheet would take for a formula stays text.
    catalog.titles[0] = "=HYPERLINK(\"http://x\")"
    columns, rows = recommendation_rows(results)
    csv_path = export_recommendation_set(tmp_path / "r.csv", results)
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    assert read[0] == columns and len(read) == len(rows) + 1
    assert read[1][1] == "'=HYPERLINK(\"http://x\")"  # neutralised as every CSV export is
    xlsx_path = export_recommendation_set(tmp_path / "r.xlsx", results)
    workbook = openpyxl.load_workbook(xlsx_path)
    sheet = workbook["Recommendations"]
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0] == columns and len(values) == len(rows) + 1
    cell = sheet.cell(2, 2)
    assert cell.value == "=HYPERLINK(\"http://x\")" and cell.data_type == "s" and cell.quotePrefix
    assert sheet.freeze_panes == "A2" and sheet.cell(1, 1).font.b
    confidence = columns.index("confidence")
    assert values[1][confidence] == rows[0][confidence]  # numbers stay numbers
    expected = [["" if v is None else v for v in row] for row in rows]
    assert [["" if v is None else v for v in row] for row in values[1:]] == expected


def test_rows_equal_for_length_variants(tmp_path):
    # Jeans in waist x leg sizes: the size by the girths, then the length by the inside leg.
    path = tmp_path / "jeans.csv"
    lines = ["listing_id,title,category,size_label,size_system"]
    for waist in (30, 32, 34, 36):
        for leg in (30, 32, 34):
            lines.append(f"J-1,Straight jeans,mens_trousers,W{waist} L{leg},US")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    catalog = load_catalog(path)
    said = []
    for body in ({"waist_girth": 84.0, "hip_girth": 99.0, "inside_leg": 81.0},
                 {"waist_girth": 79.0, "hip_girth": 95.0, "inside_leg": 76.0},
                 {"waist_girth": 90.0, "inside_leg": 86.0}):
        results = recommend(BodyProfile(body, {}), catalog)
        columns, rows = recommendation_rows(results)
        assert (columns, rows) == recommendation_table([results.recommendation(0)])
        said.append(rows[0][columns.index("reasons")])
    assert any("length chosen by your inside leg" in text for text in said), said


def _every_param(reason) -> str:
    # A wording that says every particular of a reason (today's words leave some out).
    return f"{reason.code.value} {reason.params!r}"


@pytest.mark.parametrize("mask_sizes", [62, 3])
def test_grouped_reasons_hold_for_every_particular(monkeypatch, mask_sizes):
    """The fast export builds the reasons once per group of listings whose reasons read the same
    inputs. Worded so that every parameter shows, the rows still equal the per-listing ones: a
    group never joins listings whose reasons differ in anything (here labels that differ only at
    sizes best available names as accepted, and listings too long for the size mask: 3 sizes)."""
    from bench_recommend import synthetic_catalog

    from sizer.recommend import bulk_export, text
    from sizer.recommend.verdicts import ReasonCode

    monkeypatch.setattr(bulk_export, "_MASK_SIZES", mask_sizes)
    monkeypatch.setattr(bulk_export, "describe_reason", _every_param)
    monkeypatch.setattr(text, "describe_reason", _every_param)
    catalog = synthetic_catalog(1500, seed=11)
    profile = _profiles()[0]
    results = recommend(profile, catalog)
    renamed = 0
    for i in range(0, len(catalog), 2):
        reason = results.recommendation(i).reason(ReasonCode.BEST_AVAILABLE)
        if reason is None:
            continue
        best, alt = int(results.batch.best_row[0, i]), int(results.batch.alternative_row[0, i])
        start, stop = int(catalog.size_offsets[i]), int(catalog.size_offsets[i + 1])
        # A size a dimension accepts, other than the two named anyway, gets a name of its own.
        accepted = {label for labels in reason.params["fits_by_zone"].values() for label in labels}
        for row in range(start, stop):
            if row not in (best, alt) and catalog.size_labels[row] in accepted:
                catalog.size_labels[row] = f"{catalog.size_labels[row]}-{i}"
                renamed += 1
    assert renamed > 20
    statuses, said = set(), []
    for profile in [profile] + _profiles()[1:]:
        results = recommend(profile, catalog)
        columns, rows = recommendation_rows(results)
        assert rows == recommendation_table([results.recommendation(i) for i in range(len(catalog))])[1]
        statuses |= {row[8] for row in rows}
        said = said + [row[-2] for row in rows]
    assert {"fits", "between_sizes", "best_available", "no_fit"} <= statuses
    assert any("fits_by_zone" in text for text in said) and any("by_cm" in text for text in said)


@pytest.mark.parametrize("which", ["sample", "synthetic"])
def test_json_equals_the_per_listing_export(tmp_path, which):
    """The JSON export is built like the CSV one (reasons once per group) and says exactly what
    the per-listing recommendations say, reasons as codes with parameters."""
    import json

    from bench_recommend import synthetic_catalog

    from sizer.recommend.bulk_export import recommendations_json
    from sizer.recommend.export import recommendations_payload

    catalog = load_catalog() if which == "sample" else synthetic_catalog(1500, seed=7)
    for profile in _profiles() + [BodyProfile({"chest_girth": 101.0, "waist_girth": 88.0}, {})]:
        results = recommend(profile, catalog)
        slow = recommendations_payload([results.recommendation(i) for i in range(len(catalog))])
        fast = recommendations_json(results)
        assert json.loads(json.dumps(fast)) == json.loads(json.dumps(slow))
        subset = [5, 2, 9]
        assert recommendations_json(results, subset) == json.loads(json.dumps(recommendations_payload(
            [results.recommendation(i) for i in subset])))
    path = export_recommendation_set(tmp_path / "r.json", results)
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(json.dumps(slow))
