"""`sizer returns ... --accept-valid-rows`: the valid rows of an orders file (and a catalogue) with problems."""
from __future__ import annotations

import json

from returns_support import SIZER_HEADER, SIZES, orders_rows, small_catalog, write_csv
from sizer.catalog.writer import save_catalog
from sizer.cli import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _files(tmp_path, bad_rows=2):
    catalog_path = save_catalog(tmp_path / "catalogue.csv", small_catalog())
    counts = {(listing, s): (160, 10, 10, 12) for listing in ("SH-1", "SH-2") for s in SIZES}
    counts[("SH-1", "M")] = (120, 60, 2, 12)  # M runs small
    rows = orders_rows(counts)
    for k in range(bad_rows):
        rows.append([f"#bad{k}", "2025-04-01", "SH-1", "XXL", "1", "0", "", "", "", "", "", ""])
    rows.append(["#neg", "2025-04-01", "SH-1", "M", "-1", "0", "", "", "", "", "", ""])
    return catalog_path, write_csv(tmp_path / "orders.csv", SIZER_HEADER, rows), len(rows)


def test_orders_with_bad_rows_say_how_to_take_the_others_and_then_import_them(capsys, tmp_path):
    catalog_path, orders_path, total = _files(tmp_path)
    code, _, err = run(capsys, "returns", "analyse", "--catalog", catalog_path, "--orders", orders_path)
    assert code == 2 and "--accept-valid-rows" in err
    code, out, err = run(capsys, "returns", "analyse", "--catalog", catalog_path, "--orders", orders_path,
                         "--accept-valid-rows", "--json")
    assert code == 0, err
    assert json.loads(out)["summary"]["order_lines"] == total - 3
    assert "skipped" in err and "column 'size_label'" in err and "column 'quantity'" in err
    assert "3 order rows with problems left out" in err


def test_many_bad_rows_are_all_left_out_though_only_some_are_named(capsys, tmp_path):
    catalog_path, orders_path, total = _files(tmp_path, bad_rows=120)  # beyond the 20 named per column
    code, out, err = run(capsys, "returns", "analyse", "--catalog", catalog_path, "--orders", orders_path,
                         "--accept-valid-rows", "--json")
    assert code == 0, err
    assert json.loads(out)["summary"]["order_lines"] == total - 121
    assert "121 order rows with problems left out" in err


def test_a_missing_column_is_not_a_row_to_leave_out(capsys, tmp_path):
    catalog_path, _, _ = _files(tmp_path)
    header = [h for h in SIZER_HEADER if h != "size_label"]
    orders = write_csv(tmp_path / "no_size.csv", header, [["#1", "2025-04-01", "SH-1", "1", "0", "", "", "", "", "", ""]])
    code, _, err = run(capsys, "returns", "analyse", "--catalog", catalog_path, "--orders", orders, "--accept-valid-rows")
    assert code == 2 and "Traceback" not in err


def test_apply_after_a_partial_catalogue_never_writes_over_it(capsys, tmp_path):
    catalog_path, orders_path, _ = _files(tmp_path, bad_rows=0)
    text = catalog_path.read_text(encoding="utf-8")
    lines = text.splitlines()
    broken = lines + [lines[-1].replace(lines[-1].split(",")[0], "SH-9", 1).replace("mens_shirts", "no_such")]
    catalog_path.write_text("\n".join(broken) + "\n", encoding="utf-8")
    before = catalog_path.read_text(encoding="utf-8")
    code, _, err = run(capsys, "returns", "apply", "--catalog", catalog_path, "--orders", orders_path,
                       "--accept-valid-rows")
    assert catalog_path.read_text(encoding="utf-8") == before
    assert code == 2 and "is not written over" in err and "--out" in err
    out_path = tmp_path / "corrected.csv"
    code, out, err = run(capsys, "returns", "apply", "--catalog", catalog_path, "--orders", orders_path,
                         "--accept-valid-rows", "--out", out_path)
    assert code == 0 and out_path.is_file() and catalog_path.read_text(encoding="utf-8") == before


def test_a_corrected_catalogue_keeps_every_open_end_and_reopens():
    from sizer.catalog.importer import load_catalog
    from sizer.returns.corrections import corrected_catalog

    catalog = load_catalog()
    corrected, _ = corrected_catalog(catalog, [])
    assert (corrected.open_min == catalog.open_min).all() and (corrected.open_max == catalog.open_max).all()
    assert catalog.open_min.any()  # the sample has "up to" sizes (WD-2004 XS: bust up to 84)
