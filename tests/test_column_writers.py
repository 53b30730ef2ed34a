"""The column-at-a-time CSV and XLSX writers write what a plain row-by-row writer writes.

The plain writers here are the straightforward ones (csv.writer over each row's neutralised
cells; one <c> element per value): the fast ones check a whole column's texts at once and escape
each distinct text once, so hostile cells (quotes, delimiters, line breaks, formula triggers,
control characters, surrounding spaces, empty text, numbers, ragged rows) are what they must get right.
"""
from __future__ import annotations

import csv
import io
import random
import re
import zipfile

import pytest

from sizer.export.cells import neutralise_csv_cell
from sizer.export.fast_xlsx import _cell, write_xlsx, write_xlsx_columns
from sizer.export.tables import CsvDialect, write_csv_columns, write_table

PIECES = ["a", "b", "Tee", "纯棉", " ", "\t", "\r", "\n", "\r\n", ",", ";", "|", '"', "'", "=", "+", "-", "@",
          "&", "<", ">", "\x00", "\x0b", "\x1f", "\u00a0", "\u2003", "\ufffe", "1", "."]


def _texts(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 6))) for _ in range(n)]


def _plain_csv(columns, rows, dialect: CsvDialect) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=dialect.delimiter, lineterminator=dialect.line_terminator)
    for line in dialect.preamble:
        writer.writerow([neutralise_csv_cell(c) for c in line])
    writer.writerow([neutralise_csv_cell(c) for c in columns])
    for row in rows:
        cells = ["" if v is None else " / ".join(map(str, v)) if isinstance(v, (list, tuple)) else v for v in row]
        writer.writerow([neutralise_csv_cell(c) for c in cells])
    return (("\ufeff" if dialect.bom else "") + buffer.getvalue()).encode(dialect.encoding)


DIALECTS = [CsvDialect(), CsvDialect(delimiter=";", line_terminator="\n", bom=False),
            CsvDialect(delimiter="\t", preamble=(("Title", "=x"),))]


@pytest.mark.parametrize("dialect", DIALECTS, ids=["comma-crlf", "semicolon-lf", "tab-preamble"])
def test_csv_columns_write_what_rows_write(tmp_path, dialect):
    rng = random.Random(17)
    for trial in range(40):
        width = rng.randrange(1, 5)
        others = [None, 3, -2.5, 0.1 + 0.2, True, ("S", "M")] if trial % 2 else []  # else texts only
        rows = [[rng.choice([t, t, t, *others]) for t in _texts(rng, width)] for _ in range(rng.randrange(0, 30))]
        if trial % 4 == 0 and rows:  # ragged rows: longer and shorter than the header
            rows[0] = rows[0] + ["extra, cell"]
            rows[-1] = rows[-1][:1]
        if trial % 5 == 0:  # a column needing nothing, and one all alike: the quick paths
            rows = [[f"L{k}", "same"] + row[2:] for k, row in enumerate(rows)]
        columns = [f"c{j}" for j in range(width)]
        path = tmp_path / f"t{trial}.csv"
        write_table(path, columns, rows, dialect=dialect)
        assert path.read_bytes() == _plain_csv(columns, rows, dialect), rows


def test_csv_single_empty_cells_and_whole_columns(tmp_path):
    # A row of one empty cell is written "" by csv.writer (an empty line would be no row).
    write_table(tmp_path / "a.csv", ["only"], [[""], [None], ["x"]])
    assert (tmp_path / "a.csv").read_bytes() == _plain_csv(["only"], [[""], [None], ["x"]], CsvDialect())
    columns = [["L1", "L2"], ["=1", "a,b"], [0.5, None]]
    write_csv_columns(tmp_path / "b.csv", ["id", "text", "n"], columns)
    assert (tmp_path / "b.csv").read_bytes() == _plain_csv(["id", "text", "n"], list(map(list, zip(*columns))),
                                                           CsvDialect())


def test_csv_quick_check_knows_every_character_csv_quotes():
    # The quick path leaves a column as it is when no cell holds the delimiter, a quote or a line
    # break: csv.writer quotes for those characters only.
    quoted = set()
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerow(["a" + chr(code) + "b", "x"])
        if buffer.getvalue() != "a" + chr(code) + "b,x\r\n":
            quoted.add(chr(code))
    assert quoted <= {",", '"', "\r", "\n"}


def _sheet_xml(path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_xlsx_columns_write_what_one_cell_at_a_time_writes(tmp_path):
    rng = random.Random(5)
    for trial in range(30):
        width = rng.randrange(1, 5)
        others = [None, 7, -4.5, float("nan"), False, ("S", "M")] if trial % 2 else []  # else texts only
        rows = [[rng.choice([t, t, t, *others]) for t in _texts(rng, width)] for _ in range(rng.randrange(0, 40))]
        if trial % 3 == 0 and rows:
            rows[-1] = rows[-1][:1]
        if trial % 5 == 0:
            rows = [[f"Listing {k}", "same"] + row[2:] for k, row in enumerate(rows)]
        columns = [f"c{j}" for j in range(width)]
        write_xlsx(tmp_path / "t.xlsx", columns, rows)
        body = "".join(f'<row r="{k}">{"".join(map(_cell, row))}</row>' for k, row in enumerate(rows, start=2))
        assert _sheet_xml(tmp_path / "t.xlsx").split('<row r="1">', 1)[1].split("</row>", 1)[1] == \
            body + "</sheetData></worksheet>"
    write_xlsx_columns(tmp_path / "c.xlsx", ["a"], [["x", "=1"]])
    assert '<row r="3"><c t="inlineStr" s="2"><is><t>=1</t></is></c></row>' in _sheet_xml(tmp_path / "c.xlsx")


def test_xlsx_quick_check_spaces_are_what_str_isspace_calls_spaces():
    # The column check finds a cell's leading or trailing space with the regex \s; _cell asks str.isspace.
    assert all(bool(re.fullmatch(r"\s", chr(c))) == chr(c).isspace() for c in range(0x110000)
               if not 0xD800 <= c < 0xE000)


ONE_HOSTILE_CELL = ["trailing ", " leading", "wide\u2003", "\u00a0nbsp", "=1+1", "-3", "@x", "", "a&b", "a<b",
                    "bell\x07", "two\nlines", "cr\rin", 'say "hi"', "a,b", "a;b", "tab\tin", "'=quoted"]


@pytest.mark.parametrize("hostile", ONE_HOSTILE_CELL)
def test_one_hostile_cell_in_a_clean_column(tmp_path, hostile):
    # The quick whole-column checks must notice a single cell that needs care.
    for place in (0, 3, 9):
        names = [f"Listing {k}" for k in range(10)]
        names[place] = hostile
        rows = [[name, "same"] for name in names]
        write_table(tmp_path / "t.csv", ["title", "x"], rows)
        assert (tmp_path / "t.csv").read_bytes() == _plain_csv(["title", "x"], rows, CsvDialect())
        write_xlsx(tmp_path / "t.xlsx", ["title", "x"], rows)
        body = "".join(f'<row r="{k}">{"".join(map(_cell, row))}</row>' for k, row in enumerate(rows, start=2))
        assert _sheet_xml(tmp_path / "t.xlsx").endswith(body + "</sheetData></worksheet>")
