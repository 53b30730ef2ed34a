"""`sizer returns analyse` and `sizer returns apply`: JSON, reports, errors, apply and undo."""
from __future__ import annotations

import json

import pytest

from returns_support import SIZER_HEADER, SIZES, orders_rows, small_catalog, write_csv
from sizer.catalog.importer import import_catalog
from sizer.catalog.writer import save_catalog
from sizer.cli import main
from sizer.profile import BodyProfile
from sizer.recommend import recommend
from sizer.returns.analysis import analyse
from sizer.returns.corrections import apply_corrections
from sizer.returns.importers import import_orders

BALANCED = (160, 10, 10, 12)


@pytest.fixture
def files(tmp_path):
    catalog_path = save_catalog(tmp_path / "catalogue.csv", small_catalog())
    counts = {(listing, s): BALANCED for listing in ("SH-1", "SH-2") for s in SIZES}
    counts[("SH-1", "M")] = (120, 60, 2, 12)  # M runs small
    orders_path = write_csv(tmp_path / "orders.csv", SIZER_HEADER, orders_rows(counts))
    return catalog_path, orders_path


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_analyse_prints_the_findings_as_json(capsys, files):
    catalog_path, orders_path = files
    code, out, _ = run(capsys, "returns", "analyse", "--catalog", catalog_path, "--orders", orders_path, "--json")
    assert code == 0
    payload = json.loads(out)
    assert set(payload) >= {"findings", "summary"}
    keys = {"listing_id", "size_label", "verdict", "probability", "offset_cm", "orders", "returned_too_small",
            "returned_too_large", "returned_other"}
    assert all(keys <= set(f) for f in payload["findings"])
    assert {f["verdict"] for f in payload["findings"]} <= {"runs_small", "runs_large", "true_to_size",
                                                          "not_enough_data"}
    m = next(f for f in payload["findings"] if (f["listing_id"], f["size_label"]) == ("SH-1", "M"))
    assert m["verdict"] == "runs_small" and m["offset_cm"] < 0
    assert all(f["offset_cm"] is None for f in payload["findings"] if f["verdict"] in ("true_to_size",
                                                                                       "not_enough_data"))
    assert payload["summary"]["runs_small"] == 1
    proposed = {(c["listing_id"], c["size_label"], c["dimension"]) for c in payload["proposed_changes"]}
    assert proposed == {("SH-1", "M", "chest_girth"), ("SH-1", "M", "neck_girth")}


@pytest.mark.parametrize("suffix", [".html", ".pdf", ".csv", ".xlsx"])
def test_analyse_writes_a_report(capsys, files, tmp_path, suffix):
    catalog_path, orders_path = files
    out = tmp_path / f"report{suffix}"
    code, _, _ = run(capsys, "returns", "analyse", "--catalog", catalog_path, "--orders", orders_path, "--out", out)
    assert code == 0 and out.stat().st_size > 500
    if suffix == ".csv":
        lines = out.read_text(encoding="utf-8-sig").splitlines()
        assert lines[0].startswith("listing_id,size_label,verdict") and len(lines) == 9
        assert any(line.startswith("SH-1,M,runs_small") for line in lines)
    if suffix == ".html":
        text = out.read_text(encoding="utf-8")
        assert text.count("data:image/png;base64,") == 2 and "SH-1" in text and "Runs small" in text
    if suffix == ".pdf":
        assert out.read_bytes().startswith(b"%PDF")


def test_bad_orders_exit_2_with_every_problem_and_no_traceback(capsys, files, tmp_path):
    catalog_path, _ = files
    bad = write_csv(tmp_path / "bad.csv", SIZER_HEADER,
                    [["1", "2025-01-01", "SH-1", "XXL", "1", "0", "", "", "", "", "", ""],
                     ["2", "2025-01-01", "SH-1", "M", "-1", "0", "", "", "", "", "", ""]])
    code, out, err = run(capsys, "returns", "analyse", "--catalog", catalog_path, "--orders", bad)
    assert code == 2 and out == ""
    assert "row 2, column 'size_label'" in err and "row 3, column 'quantity'" in err
    assert "Traceback" not in err
    code, _, err = run(capsys, "returns", "analyse", "--catalog", catalog_path, "--orders", bad, "--out", "r.doc")
    assert code == 2 and "valid: .html, .pdf, .csv, .xlsx" in err


def test_apply_writes_the_corrected_catalogue_keeps_a_backup_and_undo_restores_it(capsys, files):
    catalog_path, orders_path = files
    before = catalog_path.read_bytes()
    code, out, _ = run(capsys, "returns", "apply", "--catalog", catalog_path, "--orders", orders_path, "--json")
    assert code == 0
    payload = json.loads(out)
    backup = payload["backup"]
    assert backup and open(backup, "rb").read() == before
    changes = payload["changes"]
    assert {(c["listing_id"], c["size_label"]) for c in changes} == {("SH-1", "M")}
    chest = next(c for c in changes if c["dimension"] == "chest_girth")
    shift = chest["new_cm"][0] - chest["old_cm"][0]
    assert chest["old_cm"] == [92.0, 96.0] and shift < -1.0
    neck = next(c for c in changes if c["dimension"] == "neck_girth")
    assert neck["new_cm"][0] - neck["old_cm"][0] == pytest.approx(shift / 4, abs=0.11)  # graded 1 cm per 4 cm

    corrected = import_catalog(catalog_path).catalog
    listing = corrected.listing("SH-1")
    assert listing.size("M").body_ranges_cm["chest_girth"][0] == pytest.approx(92.0 + shift, abs=0.01)
    assert listing.size("L").body_ranges_cm["chest_girth"] == (96.0, 100.0)

    # Recommendations use the corrected table: a 92.5 cm chest was an M, now fits M's new range too,
    # and one just above M's new top moves up to L.
    body = BodyProfile({"chest_girth": 95.8, "neck_girth": 39.5})
    old_size = recommend(body, small_catalog()).recommendation(0).size
    new_size = recommend(body, corrected).recommendation(0).size
    assert (old_size, new_size) == ("M", "L")


def test_apply_and_undo_round_trip_through_the_api(files, tmp_path):
    catalog_path, orders_path = files
    catalog = import_catalog(catalog_path).catalog
    before = catalog_path.read_bytes()
    analysis = analyse(import_orders(orders_path, catalog))
    applied = apply_corrections(catalog, analysis.findings, catalog_path)
    assert catalog_path.read_bytes() != before and applied.changes
    applied.undo()
    assert catalog_path.read_bytes() == before


def test_apply_only_a_size_that_is_not_flagged_is_refused(capsys, files):
    catalog_path, orders_path = files
    code, _, err = run(capsys, "returns", "apply", "--catalog", catalog_path, "--orders", orders_path,
                       "--only", "SH-2:L")
    assert code == 2 and "not flagged" in err and "SH-1:M" in err


def test_a_mapping_given_on_the_command_line_is_remembered(capsys, files, tmp_path, monkeypatch):
    monkeypatch.setenv("SIZER_CONFIG_DIR", str(tmp_path / "config"))
    catalog_path, _ = files
    shop = write_csv(tmp_path / "shop.csv", ["Order", "Date", "Item", "Variant", "Qty", "Back", "Why"],
                     [["1", "2025-01-01", "SH-1", "M", "1", "1", "偏小"]])
    maps = ["--map", "order_id=Order", "--map", "order_date=Date", "--map", "listing_id=Item",
            "--map", "size_label=Variant", "--map", "quantity=Qty", "--map", "returned_quantity=Back",
            "--map", "return_reason=Why"]
    code, out, err = run(capsys, "returns", "analyse", "--catalog", catalog_path, "--orders", shop, "--json",
                         *maps, "--remember-mapping")
    assert code == 0 and "remembered" in err
    code, out, _ = run(capsys, "returns", "analyse", "--catalog", catalog_path, "--orders", shop, "--json")
    assert code == 0 and json.loads(out)["summary"]["returned_too_small"] == 1


def test_an_open_ended_size_keeps_its_open_end_when_corrected():
    import math

    from sizer.catalog.model import CatalogBuilder, SizeEntry, TableSource
    from sizer.returns.analysis import Finding, Scope, Verdict
    from sizer.returns.corrections import corrected_catalog

    builder = CatalogBuilder()
    builder.add_listing("T", "Tee", "mens_tops")
    builder.add_size("T", SizeEntry("M", TableSource.BODY_RANGES, {"chest_girth": (92.0, 96.0)}))
    builder.add_size("T", SizeEntry("L", TableSource.BODY_RANGES, {"chest_girth": (96.0, float("nan"))}))
    catalog = builder.build()
    finding = Finding("T", "L", Verdict.RUNS_SMALL, 0.95, -2.0, -2.0, 0.5, 100, 60, 30, 5, 5, 0, 0, None, Scope.SIZE,
                      4.0)
    corrected, changes = corrected_catalog(catalog, [finding])
    low, high = corrected.listing("T").size("L").body_ranges_cm["chest_girth"]
    assert low == pytest.approx(94.0) and math.isnan(high)
    assert changes[0].to_json()["new_cm"] == [94.0, None] and str(changes[0]).endswith("94- cm (-2.0 cm)")


def test_apply_never_writes_over_the_bundled_sample(capsys, files, monkeypatch):
    catalog_path, orders_path = files
    # The "bundled sample" is a copy here, so a failing guard cannot damage the real one.
    monkeypatch.setattr("sizer.catalog.importer.sample_catalog_path", lambda: catalog_path)
    before = catalog_path.read_bytes()
    code, _, err = run(capsys, "returns", "apply", "--orders", orders_path)
    assert code == 2 and "never written over" in err and "--catalog" in err
    assert catalog_path.read_bytes() == before
    assert not list(catalog_path.parent.glob("*.before-returns-*"))
