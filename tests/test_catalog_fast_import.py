"""The column-wise fast path of catalogue import builds exactly what the row-by-row path builds,
and steps aside (returns None) whenever a file might have a problem."""
from __future__ import annotations

import numpy as np
import pytest

import sizer.catalog.importer as importer
from sizer.catalog.fast_import import fast_build
from sizer.catalog.importer import import_catalog, sample_catalog_path
from sizer.catalog.reading import read_table

HEADER = ("listing_id,title,category,size_label,size_system,fit,stretch,chest_girth_min_in,chest_girth_max_in,"
          "waist_girth_min,waist_girth_max,garment_hip_girth,garment_inside_leg")
ROWS = [
    "J1,Jeans,mens_trousers,34,,slim,high,,,,,104,80",
    "J1,Jeans,mens_trousers,30,,slim,high,,,,,94,80",
    "J1,Jeans,mens_trousers,32,,slim,high,,,,,99,81",
    "",
    "T1,  Tee  ,mens_tops,L,INT,relaxed,some,40,42,,90,,",
    "T1,  Tee  ,mens_tops,S,INT,relaxed,some,,38,70,80,,",
    "T1,  Tee  ,mens_tops,M,INT,relaxed,some,38,40,80,85,,",
    "C1,Chart shirt,mens_shirts,40,EU,,,,,,,,",
    "C1,Chart shirt,mens_shirts,38,EU,,,,,,,,",
    "C1,Chart shirt,mens_shirts,39,EU,,,,,,,,",
    "H1,纯棉T恤,mens_tops,M,,,,36,38,,,,",
    "H1,纯棉T恤,mens_tops,S,,,,36,38,,,,",  # the same range twice: file order decides
    "P1,Polo,mens_tops,M,INT,Slim,NONE,38,40,,,,",  # capitals, as people type them
]


def slow_import(path, monkeypatch):
    monkeypatch.setattr(importer, "fast_build", lambda *args, **kwargs: None)
    result = import_catalog(path)
    monkeypatch.undo()
    return result


def assert_same_catalog(fast, slow):
    assert fast.dimensions == slow.dimensions
    for name in ("listing_ids", "titles", "categories", "size_systems", "size_labels", "size_skus",
                 "size_system_labels"):
        assert getattr(fast, name).tolist() == getattr(slow, name).tolist(), name
    for name in ("fit_codes", "stretch_codes", "size_offsets", "source_codes"):
        np.testing.assert_array_equal(getattr(fast, name), getattr(slow, name), err_msg=name)
    for name in ("body_min_cm", "body_max_cm", "garment_cm"):
        np.testing.assert_array_equal(getattr(fast, name), getattr(slow, name), err_msg=name)  # NaN == NaN here


def plan_of(path):
    table = read_table(path)
    _, plan = importer._plan_columns(table.header)
    return table, plan


@pytest.mark.parametrize("which", ["sample", "mixed"])
def test_fast_and_row_by_row_paths_build_the_same_catalogue(tmp_path, monkeypatch, which):
    if which == "sample":
        path = sample_catalog_path()
    else:
        path = tmp_path / "mixed.csv"
        path.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    table, plan = plan_of(path)
    assert fast_build(table.rows, plan, str(path)) is not None  # it took the fast path
    fast = import_catalog(path)
    slow = slow_import(path, monkeypatch)
    assert (fast.rows_read, fast.rows_imported) == (slow.rows_read, slow.rows_imported)
    assert_same_catalog(fast.catalog, slow.catalog)


@pytest.mark.parametrize("bad_row", [
    "X1,Tee,mens_tops,M,INT,,,wide,40,,,,",  # not a number
    "X1,Tee,mens_tops,M,INT,,,38,40,80;5,85,,",  # not a number either
    "X1,Tee,mens_tops,M,INT,,,\"38,5\",40,,,,",  # a decimal comma: the row-by-row path reads it
    "X1,Tee,mens_tops,M,USA,,,38,40,,,,",  # unknown system
    "X1,Tee,mens_top,M,INT,,,38,40,,,,",  # unknown category
    "J1,Other title,mens_trousers,36,,slim,high,,,,,109,80",  # listing fields differ
    "J1,Jeans,mens_trousers,34,,slim,high,,,,,104,80",  # label twice
    "X1,Tee,mens_tops,XXXXXXL,INT,,,,,,,,",  # unknown chart label
    "X1,Tee,mens_tops,M,,,,,,,,,",  # chart row without a system
    ",Tee,mens_tops,M,INT,,,38,40,,,,",  # no id
    "X1,Tee,mens_tops,M,INT,,,40,38,,,,",  # min above max
    "X1,Tee,mens_tops,M,INT,,,,,,,900,",  # implausible garment
])
def test_any_doubt_leaves_the_file_to_the_row_by_row_path(tmp_path, bad_row):
    path = tmp_path / "doubt.csv"
    path.write_text("\n".join([HEADER, *ROWS, bad_row]) + "\n", encoding="utf-8")
    table, plan = plan_of(path)
    assert fast_build(table.rows, plan, str(path)) is None
    # The row-by-row path then decides, and it decides about that row: comparing it with itself would
    # prove nothing, so the outcome is checked against what the row says.
    bad_line = len(ROWS) + 2  # the header is row 1
    try:
        result = import_catalog(path)
    except importer.CatalogImportError as error:
        assert [issue.row for issue in error.issues] == [bad_line], [str(i) for i in error.issues]
    else:  # only the decimal comma is no problem: "38,5" in is read as 38.5 in
        assert '"38,5"' in bad_row
        low, high = result.catalog.listing("X1").size("M").body_ranges_cm["chest_girth"]
        assert low == pytest.approx(38.5 * 2.54, abs=0.01) and high == pytest.approx(40 * 2.54, abs=0.01)


def test_the_brands_labels_in_other_systems_read_alike_on_both_paths(tmp_path, monkeypatch):
    path = tmp_path / "labels.csv"
    path.write_text("listing_id,title,category,size_label,label_US,label_UK,bust_girth_min,bust_girth_max\n"
                    "W1,Tee,womens_tops,S,4-6,8-10,84,88\n"
                    "W1,Tee,womens_tops,XS,0-2, 4-6 ,80,84\n"
                    "W1,Tee,womens_tops,M,,12-14,88,92\n", encoding="utf-8")
    table, plan = plan_of(path)
    assert fast_build(table.rows, plan, str(path)) is not None
    fast, slow = import_catalog(path).catalog, slow_import(path, monkeypatch).catalog
    assert_same_catalog(fast, slow)
    assert fast.size_system_labels.tolist() == slow.size_system_labels.tolist() == [
        {"US": "0-2", "UK": "4-6"}, {"US": "4-6", "UK": "8-10"}, {"UK": "12-14"}]
