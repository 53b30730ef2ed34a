"""The coded columns behind the import's fast path give each cell exactly the text a plain split
gives, and the XLSX single-scan reading gives exactly the values the general scan gives."""
from __future__ import annotations

import datetime
import random

import numpy as np
import openpyxl
import pytest

import sizer.catalog.coded_columns as coded_columns
import sizer.catalog.importer as importer
import sizer.catalog.xlsx_reading as xlsx_reading
from sizer.catalog.coded_columns import DelimitedColumns, code_texts, split_cells
from sizer.catalog.importer import import_catalog
from sizer.catalog.reading import read_table
from test_catalog_fast_import import assert_same_catalog, slow_import


def decoded(coded):
    codes, values = coded
    return [values[k] for k in codes.tolist()]


def random_cell(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.2:
        return ""
    if kind < 0.5:
        return rng.choice(["XS", "S", "M", "L", "XL", "mens_tops", "INT", "slim", "94.5", "纯棉T恤", "Côté"])
    length = rng.choice([1, 7, 8, 9, 15, 16, 17, 40, 64, 65, 200])
    return "".join(rng.choice("ab é纯\u00e9xyz0123456789") for _ in range(length))[:length]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_delimited_columns_hold_what_a_split_holds(seed):
    rng = random.Random(seed)
    width = rng.randint(1, 6)
    rows = [[random_cell(rng) for _ in range(width)] for _ in range(rng.randint(1, 3000))]
    if seed == 2:  # runs, as a listing's rows repeat its id and title
        rows = [row for row in rows[:300] for _ in range(6)]
    body = "".join(",".join(row) + "\n" for row in rows)
    columns = DelimitedColumns.of(body if seed != 3 else body[:-1], ",", width)  # no final line end: alike
    assert columns is not None and len(columns) == width
    for j in range(width):
        texts = [row[j] for row in rows]
        assert decoded(columns[j]) == texts
        assert len(columns[j][1]) == len(set(texts))  # each distinct text once


def test_a_hash_collision_is_resolved_exactly(monkeypatch):
    monkeypatch.setattr(coded_columns, "_MULTIPLIERS", np.zeros(8, dtype=np.uint64))  # every hash alike
    texts = ["abcdefghij", "abcdefghik", "abcdefghij", "zz" * 6, "short"]
    columns = DelimitedColumns.of("\n".join(texts) + "\n", ",", 1)
    assert decoded(columns[0]) == texts


@pytest.mark.parametrize("body", [
    "a,b\nc\n",  # a short line
    "a,b\n\nc,d\n",  # a blank line
    "a,b,c\nd,e\n",  # a long line
    "a\0,b\n",  # a NUL byte
])
def test_lines_of_other_widths_are_not_coded(body):
    assert DelimitedColumns.of(body, ",", 2) is None


def test_split_cells_spans():
    starts, ends = split_cells(b"ab,c\n,def\n", b",", 2)
    assert starts.tolist() == [[0, 3], [5, 6]] and ends.tolist() == [[2, 4], [5, 9]]


def test_few_distinct_values_found_from_a_sample_and_a_late_newcomer_too():
    values = np.array([3, 1, 2] * 10_000 + [99, 1], dtype=np.uint64)
    keys = coded_columns._keys_of_few(values)
    assert len(set(keys.tolist())) == 4
    assert (keys[:-2][values[:-2] == 3] == keys[0]).all() and keys[-2] not in keys[:-2]


def test_code_texts_gives_codes_in_first_appearance_order():
    codes, values = code_texts(["b", "a", "b", "c"])
    assert values == ["b", "a", "c"] and codes.tolist() == [0, 1, 0, 2]


def test_a_segment_column_takes_the_fast_path_and_builds_what_row_by_row_builds(tmp_path, monkeypatch):
    path = tmp_path / "seg.csv"
    path.write_text("listing_id,title,category,size_label,size_system,segment,chest_girth_min,chest_girth_max\n"
                    "T1,Tee,mens_tops,M,INT,women,88,94\nT1,Tee,mens_tops,S,INT,,82,88\n"
                    "T2,Polo,mens_tops,M,INT,,88,94\n", encoding="utf-8")
    table = read_table(path)
    _, plan = importer._plan_columns(table.header)
    assert importer.fast_build(table.rows, plan, str(path), table.columns()) is not None
    fast = import_catalog(path).catalog
    slow = slow_import(path, monkeypatch).catalog
    assert_same_catalog(fast, slow)
    assert fast.segment_codes.tolist() == slow.segment_codes.tolist()
    assert fast.explicit_segments and slow.explicit_segments


def fast_rows(path, monkeypatch):
    """The rows as read, and how many blocks the single scan read."""
    real, taken = xlsx_reading._common_cells_rows, []
    monkeypatch.setattr(xlsx_reading, "_common_cells_rows",
                        lambda *args: taken.append(real(*args)) or taken[-1])
    header, rows = xlsx_reading.read_xlsx(path)[:2]
    rows = list(rows)
    monkeypatch.undo()
    return (header, rows), sum(block is not None for block in taken)


def general_rows(path, monkeypatch):
    monkeypatch.setattr(xlsx_reading, "_common_cells_rows", lambda *args: None)
    header, rows, _, _ = xlsx_reading.read_xlsx(path)
    rows = list(rows)
    monkeypatch.undo()
    return header, rows


def test_the_single_scan_of_common_cells_reads_what_the_general_scan_reads(tmp_path, monkeypatch):
    path = tmp_path / "mixed.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["listing_id", "title", "n", "when", "flag", "empty"])
    for k in range(300):
        sheet.append([f"L{k // 3}", "纯棉 & <T恤>" if k % 2 else "Tee", 80 + k % 7 + 0.5,
                      datetime.datetime(2026, 9, 10) if k % 50 == 0 else None, k % 3 == 0, None])
    sheet["F7"].number_format = "0.00"  # a styled empty cell
    sheet["C9"] = "=C8+1"  # a formula: the general scan reads that block
    workbook.save(path)
    monkeypatch.setattr(xlsx_reading, "_SHEET_CHUNK", 2048)  # several blocks, one with the formula
    fast, scanned_blocks = fast_rows(path, monkeypatch)
    assert scanned_blocks >= 2
    monkeypatch.setattr(xlsx_reading, "_SHEET_CHUNK", 2048)
    assert fast == general_rows(path, monkeypatch)
    assert any(isinstance(cell, xlsx_reading.CellProblem) for _, cells in fast[1] for cell in cells)  # the dates


def test_shared_strings_and_inline_strings_alike(tmp_path, monkeypatch):
    from test_catalog_sources import shared_strings_workbook

    path = tmp_path / "shared.xlsx"
    strings = ["listing_id", "title", "category", "size_label", "size_system", "T1", "Tee", "mens_tops", "M", "INT"]
    shared_strings_workbook(path, strings, [range(5), range(5, 10), [5, 6, 7, 99, 9]])  # 99: no such string
    fast, scanned_blocks = fast_rows(path, monkeypatch)
    assert scanned_blocks >= 1
    assert fast == general_rows(path, monkeypatch)
    assert isinstance(fast[1][1][1][3], xlsx_reading.CellProblem)
