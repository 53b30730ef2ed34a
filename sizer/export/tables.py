"""One table (a header and rows of plain values) to CSV, XLSX or JSON, written atomically."""
from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sizer.atomic import atomic_path, atomic_write_bytes, atomic_write_text
from sizer.errors import SizerError
from sizer.export.cells import any_needs_neutralising, is_formula_like, neutralise_csv_cell

EXPORT_FORMATS = ("csv", "xlsx", "json")
# XML 1.0 cannot hold these (openpyxl raises IllegalCharacterError); text keeps tab and newline.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class CsvDialect:
    """How a CSV file is written: by default UTF-8 with a byte-order mark (so Excel opens Chinese
    titles correctly), commas and CRLF; a catalogue saved back uses its source file's dialect."""

    encoding: str = "utf-8"
    bom: bool = True
    delimiter: str = ","
    line_terminator: str = "\r\n"
    preamble: tuple[tuple[str, ...], ...] = ()  # rows above the header (a title), written verbatim


def export_format(path: str | Path) -> str:
    """The format a file name asks for; anything else is a usage error naming the valid ones."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in EXPORT_FORMATS:
        raise SizerError(f"cannot export to {str(path)!r}: unknown format {suffix or '(no suffix)'!r}; "
                         f"valid: {', '.join('.' + f for f in EXPORT_FORMATS)}")
    return suffix


def write_table(path: str | Path, columns: Sequence[str], rows: Iterable[Sequence[Any]], *,
                sheet_title: str = "Sheet1", json_payload: Any = None, dialect: CsvDialect | None = None) -> Path:
    """Write ``rows`` under ``columns`` to ``path`` in the format its suffix names.

    CSV is UTF-8 with a byte-order mark (so Excel opens Chinese titles correctly); JSON writes
    ``json_payload`` when given, else a list of objects keyed by column. Every format is written
    to a temporary file and moved into place, so a failure leaves the previous file untouched.
    """
    path = Path(path)
    kind = export_format(path)
    if kind == "csv":
        rows = [list(row) for row in rows]
        width = max(map(len, rows), default=0)
        values = [[row[j] if j < len(row) else _NO_CELL for row in rows] for j in range(width)]
        write_csv_columns(path, columns, values, dialect=dialect)
    elif kind == "xlsx":
        _write_xlsx(path, columns, rows, sheet_title)
    else:
        payload = json_payload if json_payload is not None else [dict(zip(columns, row)) for row in rows]
        atomic_write_text(path, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return path


def write_csv_columns(path: str | Path, columns: Sequence[str], values: Sequence[Sequence[Any]], *,
                      dialect: CsvDialect | None = None) -> Path:
    """Write a table given column by column (``values[j]`` is column j's cells, top to bottom) as
    CSV, atomically: what :func:`write_table` writes for the same rows.

    Each cell is neutralised (text a spreadsheet would run as a formula) and quoted exactly as
    csv.writer quotes it; a column's cells are checked together (one search over the column's
    texts joined), and a column that needs work has each distinct text escaped once."""
    path = Path(path)
    dialect = dialect or CsvDialect()
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=dialect.delimiter, lineterminator=dialect.line_terminator)
    for line in dialect.preamble:
        writer.writerow([neutralise_csv_cell(c) for c in line])
    writer.writerow([neutralise_csv_cell(c) for c in columns])
    quoter = _CsvQuoter(dialect)
    fields = [_csv_fields(column, quoter) for column in values]
    n_rows = max(map(len, fields), default=0)
    if n_rows:
        if len(fields) == 1:  # csv.writer writes a row of one empty cell as "" (an empty line is no row)
            fields = [[f or '""' for f in fields[0]]]
        if any(f is _NO_CELL for column in fields for f in column):
            lines = map(_ragged_line, zip(*fields), itertools.repeat(dialect.delimiter))
        else:
            lines = map(dialect.delimiter.join, zip(*fields))
        buffer.write(dialect.line_terminator.join(lines))
        buffer.write(dialect.line_terminator)
    text = ("\ufeff" if dialect.bom else "") + buffer.getvalue()
    try:
        data = text.encode(dialect.encoding)
    except UnicodeEncodeError as error:
        raise SizerError(f"{path}: {error.object[error.start:error.end]!r} cannot be written in the file's "
                         f"encoding {dialect.encoding}; save it as UTF-8 (Save as… a new .csv) instead") from None
    atomic_write_bytes(path, data)
    return path


# A cell a ragged row does not have (write_table's rows need not all be as long as the header).
_NO_CELL: Any = type("_NoCell", (), {"__repr__": lambda self: "<no cell>"})()


def _ragged_line(fields: tuple, delimiter: str) -> str:
    """A row shorter than others (write_table's rows need not be alike): its own cells only."""
    present = [f for f in fields if f is not _NO_CELL]
    return '""' if present == [""] else delimiter.join(present)


def _csv_fields(column: Sequence[Any], quoter: _CsvQuoter) -> list[Any]:
    """A column's cells as their CSV text (missing cells of ragged rows stay _NO_CELL)."""
    if all(type(v) is str for v in column):
        joined = "\n".join(column)
        if (joined.count("\n") == len(column) - 1 and not quoter.needs_quotes(joined.replace("\n", ""))
                and not any_needs_neutralising([joined])):
            return list(column)  # nothing to neutralise or quote in the whole column
        encoded = {v: quoter.field(neutralise_csv_cell(v)) for v in set(column)}
        return list(map(encoded.__getitem__, column))
    out: list[Any] = []
    encoded: dict[str, str] = {}
    for value in column:
        if value is _NO_CELL:
            out.append(value)
            continue
        value = _cell(value)
        if type(value) is str:
            field = encoded.get(value)
            if field is None:
                field = encoded[value] = quoter.field(neutralise_csv_cell(value))
        else:  # as csv.writer turns a non-text cell into text: repr for floats, str otherwise
            field = quoter.field(repr(value) if isinstance(value, float) else str(value))
        out.append(field)
    return out


class _CsvQuoter:
    """One cell's text as csv.writer writes it in the dialect: as is, or (when it holds the
    delimiter, a quote or a line break) quoted by csv.writer itself."""

    def __init__(self, dialect: CsvDialect):
        self._specials = re.compile("[" + re.escape("".join(sorted({dialect.delimiter, '"', "\r", "\n",
                                                                    *dialect.line_terminator}))) + "]")
        self._buffer = io.StringIO()
        # Two cells, so that an empty one is not written as "" (csv.writer's one-empty-cell row).
        self._writer = csv.writer(self._buffer, delimiter=dialect.delimiter, lineterminator=dialect.line_terminator)
        self._tail = len(dialect.delimiter) + len(dialect.line_terminator)  # the empty cell and the line's end

    def needs_quotes(self, text: str) -> bool:
        return self._specials.search(text) is not None

    def field(self, text: str) -> str:
        if self._specials.search(text) is None:
            return text
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.writerow([text, ""])
        return self._buffer.getvalue()[:-self._tail]


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " / ".join(str(v) for v in value)
    return value


def _write_xlsx(path: Path, columns: Sequence[str], rows: Iterable[Sequence[Any]], sheet_title: str) -> None:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook(write_only=True)  # streams rows: large exports stay small in memory
    sheet = workbook.create_sheet(title=sheet_title[:31])
    sheet.freeze_panes = "A2"
    from openpyxl.utils import get_column_letter

    for index, name in enumerate(columns, start=1):  # widths must be set before rows stream out
        sheet.column_dimensions[get_column_letter(index)].width = min(50, max(10, len(str(name)) + 2))

    def cell(value: Any, bold: bool = False) -> WriteOnlyCell:
        value = _cell(value)
        if isinstance(value, str) and _XML_ILLEGAL.search(value):
            value = _XML_ILLEGAL.sub("", value)  # import strips them too (sizer.catalog.rules.clean_text)
        item = WriteOnlyCell(sheet, value)
        if is_formula_like(value):
            # Text, shown as typed, never a formula.
            item.data_type = "s"
            item.quotePrefix = True
        if bold:
            item.font = Font(bold=True)
        return item

    sheet.append([cell(c, bold=True) for c in columns])
    for row in rows:
        sheet.append([cell(v) for v in row])
    with atomic_path(path) as temp:
        workbook.save(temp)
