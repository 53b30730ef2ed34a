"""A one-sheet XLSX written straight as its XML, streamed into the zip: for exports of hundreds of
thousands of rows, where a cell object per value (openpyxl) takes minutes.

The same sheet as sizer.export.tables writes: a bold, frozen header row, column widths from the
header, text as inline strings, numbers as numbers, and text that a spreadsheet would take for a
formula (=, +, -, @ ...) stored as text with Excel's quote prefix, so it shows as typed and is
never evaluated. Characters XML cannot hold (control characters) are dropped.
"""
from __future__ import annotations

import itertools
import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sizer.atomic import atomic_path
from sizer.export.cells import is_formula_like

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_CHUNK_ROWS = 2000

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>")
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'styles" Target="styles.xml"/></Relationships>')
# Styles: 0 normal, 1 bold (the header), 2 text with the quote prefix (formula-like text).
_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{_NS}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')


def _escape(text: str) -> str:
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cell(value: Any, style: int = 0) -> str:
    """One <c> element; without its reference (cells follow one another, as the format allows)."""
    kind = type(value)
    if kind is str:
        if not value:
            return "<c/>"
        if style == 0 and is_formula_like(value):
            style = 2
        space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
        shown = f' s="{style}"' if style else ""
        return f'<c t="inlineStr"{shown}><is><t{space}>{_escape(value)}</t></is></c>'
    if value is None:
        return "<c/>"
    if kind is bool:
        return f'<c t="b"><v>{int(value)}</v></c>'
    if kind is int or (kind is float and math.isfinite(value)):
        return f"<c><v>{value!r}</v></c>"
    if isinstance(value, (list, tuple)):
        return _cell(" / ".join(str(v) for v in value), style)
    return _cell(str(value), style)


def write_xlsx(path: str | Path, columns: Sequence[str], rows: Iterable[Sequence[Any]], *,
               sheet_title: str = "Sheet1") -> Path:
    """Write ``rows`` under a bold, frozen ``columns`` header as a one-sheet workbook, atomically."""
    rows = [list(row) for row in rows]
    width = max(map(len, rows), default=0)
    return write_xlsx_columns(path, columns, [[row[j] if j < len(row) else _NO_CELL for row in rows]
                                              for j in range(width)], sheet_title=sheet_title)


# A cell a ragged row does not have: nothing is written for it.
_NO_CELL: Any = type("_NoCell", (), {"__repr__": lambda self: "<no cell>"})()
# Text cells that need nothing but the inline-string element: no markup characters or characters
# XML cannot hold, no space at either end, nothing a spreadsheet takes for a formula, not empty
# (over a column's texts joined by line breaks, a cell's start and end are a line's).
_NEEDS_CARE = re.compile(r"[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|(?:^|\n)[\s=+\-@]|\s(?:\n|$)")


def _cells(column: Sequence[Any]) -> list[str]:
    """A column's <c> elements (_cell of each value; each distinct text escaped once)."""
    if all(type(v) is str for v in column):
        joined = "\n".join(column)
        if joined and joined.count("\n") == len(column) - 1 and _NEEDS_CARE.search(joined) is None:
            return [f'<c t="inlineStr"><is><t>{v}</t></is></c>' for v in column]
        elements = {v: _cell(v) for v in set(column)}
        return list(map(elements.__getitem__, column))
    elements: dict[str, str] = {}
    out = []
    for value in column:
        if value is _NO_CELL:
            out.append("")
        elif type(value) is str:
            element = elements.get(value)
            if element is None:
                element = elements[value] = _cell(value)
            out.append(element)
        else:
            out.append(_cell(value))
    return out


def write_xlsx_columns(path: str | Path, columns: Sequence[str], values: Sequence[Sequence[Any]], *,
                       sheet_title: str = "Sheet1") -> Path:
    """:func:`write_xlsx` for a table given column by column (``values[j]`` is column j's cells)."""
    title = _escape(sheet_title[:31]).replace('"', "&quot;")
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_NS}" '
                f'xmlns:r="{_REL_NS}"><sheets><sheet name="{title}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    widths = "".join(f'<col min="{j + 1}" max="{j + 1}" width="{min(50, max(10, len(str(c)) + 2))}" customWidth="1"/>'
                     for j, c in enumerate(columns))
    head = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_NS}">'
            '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
            f'state="frozen"/></sheetView></sheetViews><cols>{widths}</cols><sheetData>')
    cells = [_cells(column) for column in values]
    n_rows = max(map(len, cells), default=0)
    with atomic_path(path) as temp:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
            archive.writestr("_rels/.rels", _ROOT_RELS)
            archive.writestr("xl/workbook.xml", workbook)
            archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
            archive.writestr("xl/styles.xml", _STYLES)
            with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
                sheet.write(head.encode("utf-8"))
                header = "".join(_cell(str(c), 1) for c in columns)
                sheet.write(f'<row r="1">{header}</row>'.encode("utf-8"))
                for start in range(0, n_rows, _CHUNK_ROWS):
                    stop = min(n_rows, start + _CHUNK_ROWS)
                    starts = [f'<row r="{number}">' for number in range(start + 2, stop + 2)]
                    parts = zip(starts, *[column[start:stop] for column in cells], itertools.repeat("</row>"))
                    sheet.write("".join(itertools.chain.from_iterable(parts)).encode("utf-8"))
                sheet.write(b"</sheetData></worksheet>")
    return Path(path)
