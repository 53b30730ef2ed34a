"""One table (a header and rows of plain values) to CSV, XLSX or JSON, written atomically."""
from __future__ import annotations

import csv
import io
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
        dialect = dialect or CsvDialect()
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=dialect.delimiter, lineterminator=dialect.line_terminator)
        for line in dialect.preamble:
            writer.writerow([neutralise_csv_cell(c) for c in line])
        writer.writerow([neutralise_csv_cell(c) for c in columns])
        for row in rows:
            cells = list(map(_cell, row))
            if any_needs_neutralising(cells):
                cells = [neutralise_csv_cell(c) for c in cells]
            writer.writerow(cells)
        text = ("\ufeff" if dialect.bom else "") + buffer.getvalue()
        try:
            data = text.encode(dialect.encoding)
        except UnicodeEncodeError as error:
            raise SizerError(f"{path}: {error.object[error.start:error.end]!r} cannot be written in the file's "
                             f"encoding {dialect.encoding}; save it as UTF-8 (Save as… a new .csv) instead") from None
        atomic_write_bytes(path, data)
    elif kind == "xlsx":
        _write_xlsx(path, columns, rows, sheet_title)
    else:
        payload = json_payload if json_payload is not None else [dict(zip(columns, row)) for row in rows]
        atomic_write_text(path, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return path


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
