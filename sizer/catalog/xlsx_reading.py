"""Reads the sheet of an XLSX workbook that the user sees, streaming and within fixed bounds.

What a person sees when they open the file is what is imported: the active sheet (or the first
visible one, never a hidden sheet), every row however the file's ``<dimension>`` under-states it,
and the values Excel shows (a formula's saved result). What Excel shows but no catalogue can
mean is reported instead of guessed: a formula without a saved value, an error such as ``#N/A``,
and a date where a measurement or label was typed (Excel turns "9-10" into 10 September).

A workbook is a zip of XML, so a small file can unpack to gigabytes (one huge shared string,
millions of blank rows). Every member's uncompressed size is bounded before it is read (the zip
reader stops at the declared size), and cell length, row count and column count are bounded
while it is parsed, each with a message that says which limit and what to do.
"""
from __future__ import annotations

import codecs
import datetime
import html
import itertools
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from sizer.errors import DataFileError
from sizer.problems import Problem, quoted

# Excel's own limits: a sheet larger than Excel can show is no spreadsheet a person made.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
MAX_CELL_CHARS = 32_767
# Bounds on what is unpacked (the sheet streams; shared strings and styles are held in memory).
MAX_SHEET_BYTES = 2 << 30
MAX_SHARED_STRINGS_BYTES = 256 << 20
MAX_SMALL_PART_BYTES = 32 << 20  # workbook, relationships, styles
MAX_CELLS = 30_000_000  # cells materialised, padding included: ~ 1 M rows of 30 columns
_HEADER_ROWS = 10  # the header is among the top rows (sizer.catalog.importer looks that far)
_CHUNK = 1 << 16
_SHEET_CHUNK = 1 << 20  # the sheet is scanned a block of whole rows at a time

_MAIN_NAMESPACES = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                    "http://purl.oclc.org/ooxml/spreadsheetml/main")
_REL_NAMESPACES = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                   "http://purl.oclc.org/ooxml/officeDocument/relationships")
_PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_CELL_REF = re.compile(r"([A-Z]{1,3})(\d+)$")
# Built-in number formats that show a date or time (ECMA-376 18.8.30, plus the East Asian ones).
_DATE_FORMAT_IDS = frozenset([*range(14, 23), *range(27, 37), 45, 46, 47, *range(50, 59)])
_DATE_TOKENS = re.compile(r"[dmyhs]", re.IGNORECASE)
_EXCEL_EPOCH = datetime.datetime(1899, 12, 30)


@dataclass(frozen=True)
class CellProblem:
    """A cell that shows something no catalogue value can be; ``reason`` says what and what to do."""

    reason: str

    def __str__(self) -> str:
        return ""


@dataclass(frozen=True)
class SheetChoice:
    name: str
    part: str  # zip member of the worksheet
    note: str  # why this sheet, when it is not simply the only one
    sheets: int = 1  # sheets in the workbook (saving back writes only this one)


def read_xlsx(path: Path) -> tuple[list[Any], Iterator[tuple[int, list[Any]]], SheetChoice, Callable[[int], None]]:
    """The header cells, the data rows (row number as Excel shows it, cells), the sheet read, and
    a function that bounds the rows' width once the header is known."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise DataFileError(str(path), None, None, Problem("xlsx_unreadable", detail=str(error))) from None
    try:
        namespace, choice = _choose_sheet(path, archive)
        shared = _shared_strings(path, archive, namespace)
        date_styles = _date_styles(path, archive, namespace)
        shaper = _RowShaper(path, f"sheet {choice.name!r}")
        rows = _sheet_rows(path, archive, choice, namespace, shared, date_styles, shaper)
        try:
            number, header = next(rows)
        except StopIteration:
            raise DataFileError(str(path), f"sheet {choice.name!r}, row 1", None,
                                "the sheet is empty; expected a header row") from None
    except BaseException:
        archive.close()
        raise

    def data_rows() -> Iterator[tuple[int, list[Any]]]:
        try:
            yield from rows
        finally:
            archive.close()

    return header, data_rows(), choice, shaper.limit_width


def _member(path: Path, archive: zipfile.ZipFile, name: str, limit: int, what: str) -> zipfile.ZipInfo | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > limit:
        raise DataFileError(str(path), name, None,
                            f"the {what} unpacks to {info.file_size / 2**20:.0f} MB, more than the "
                            f"{limit / 2**20:.0f} MB a catalogue may take; split the workbook or save it as CSV")
    return info


def _parse_small(path: Path, archive: zipfile.ZipFile, name: str, what: str) -> ElementTree.Element | None:
    info = _member(path, archive, name, MAX_SMALL_PART_BYTES, what)
    if info is None:
        return None
    data = archive.read(info)
    _refuse_doctype(path, name, data)
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise DataFileError(str(path), name, None, f"the {what} is not valid XML ({error})") from None


def _refuse_doctype(path: Path, name: str, data: bytes) -> None:
    """Workbook XML never declares a DTD; one that does may define entities that expand without end."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise DataFileError(str(path), name, None, "the workbook's XML declares a DTD, which no spreadsheet "
                                                   "program writes; it is refused as unsafe")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _choose_sheet(path: Path, archive: zipfile.ZipFile) -> tuple[str, SheetChoice]:
    workbook = _parse_small(path, archive, "xl/workbook.xml", "workbook")
    if workbook is None:
        raise DataFileError(str(path), None, None, Problem("xlsx_no_workbook"))
    namespace = workbook.tag[1:].split("}", 1)[0] if workbook.tag.startswith("{") else ""
    rels = _parse_small(path, archive, "xl/_rels/workbook.xml.rels", "workbook relationships")
    targets = {}
    for rel in (rels if rels is not None else []):
        if _local(rel.tag) == "Relationship":
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            targets[rel.get("Id")] = target
    sheets = []
    for element in workbook.iter():
        if _local(element.tag) == "sheet":
            rel_id = next((element.get(f"{{{ns}}}id") for ns in _REL_NAMESPACES if element.get(f"{{{ns}}}id")), None)
            sheets.append((element.get("name", "?"), element.get("state", "visible"), targets.get(rel_id)))
    if not sheets:
        raise DataFileError(str(path), None, None, Problem("xlsx_no_sheets"))
    active = 0
    for element in workbook.iter():
        if _local(element.tag) == "workbookView":
            try:
                active = int(element.get("activeTab", "0"))
            except ValueError:
                active = 0
            break
    visible = [k for k, (_, state, _) in enumerate(sheets) if state == "visible"]
    if not visible:
        raise DataFileError(str(path), None, None, Problem("xlsx_all_hidden"))
    note = ""
    if active in visible:
        chosen = active
        if len(sheets) > 1:
            note = "the active sheet"
    else:
        chosen = visible[0]
        note = "the first visible sheet"
    name, _, part = sheets[chosen]
    if not part or part not in archive.namelist():
        raise DataFileError(str(path), f"sheet {name!r}", None, "the workbook names this sheet but does not "
                                                                "contain it; save it again from a spreadsheet program")
    return namespace, SheetChoice(name, part, note, len(sheets))


def _shared_strings(path: Path, archive: zipfile.ZipFile, namespace: str) -> list[str]:
    info = _member(path, archive, "xl/sharedStrings.xml", MAX_SHARED_STRINGS_BYTES, "shared-strings table")
    if info is None:
        return []
    si, t, r, rph = (f"{{{namespace}}}{name}" for name in ("si", "t", "r", "rPh"))
    strings: list[str] = []
    for element in _stream(path, archive, info, ("end",)):
        if element.tag != si:
            continue
        parts = []
        for child in element:
            if child.tag == t:
                parts.append(child.text or "")
            elif child.tag == r:
                parts.extend(grand.text or "" for grand in child if grand.tag == t)
            # rPh: the phonetic reading shown above Japanese text, not the cell's value
        text = "".join(parts)
        if len(text) > MAX_CELL_CHARS:
            raise DataFileError(str(path), f"shared string {len(strings) + 1}", None,
                                f"a text of {len(text):,} characters, more than a cell holds "
                                f"({MAX_CELL_CHARS:,}); this is no catalogue value")
        strings.append(text)
        element.clear()
    return strings


def _date_styles(path: Path, archive: zipfile.ZipFile, namespace: str) -> frozenset[str]:
    """Indices of the cell styles (``s`` attribute) that show numbers as dates."""
    styles = _parse_small(path, archive, "xl/styles.xml", "styles")
    if styles is None:
        return frozenset()
    custom = {}
    for element in styles.iter(f"{{{namespace}}}numFmt"):
        try:
            custom[int(element.get("numFmtId", "-1"))] = element.get("formatCode", "")
        except ValueError:
            continue
    dates = set()
    cell_xfs = styles.find(f"{{{namespace}}}cellXfs")
    for index, xf in enumerate(cell_xfs if cell_xfs is not None else []):
        try:
            fmt = int(xf.get("numFmtId", "0"))
        except ValueError:
            continue
        if fmt in _DATE_FORMAT_IDS or (fmt in custom and _is_date_format(custom[fmt])):
            dates.add(str(index))
    return frozenset(dates)


def _is_date_format(code: str) -> bool:
    """A custom number format shows a date when it has d/m/y/h/s outside quotes and [colour] tags."""
    code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.', "", code)
    return bool(_DATE_TOKENS.search(code.split(";", 1)[0]))


def _stream(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, events) -> Iterator[ElementTree.Element]:
    parser = ElementTree.XMLPullParser(events)
    head = b""
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    break
                _refuse_doctype(path, info.filename, head[-16:] + chunk)
                head = chunk
                parser.feed(chunk)
                for _, element in parser.read_events():
                    yield element
        parser.close()
        for _, element in parser.read_events():
            yield element
    except ElementTree.ParseError as error:
        raise DataFileError(str(path), info.filename, None, f"broken XML in the workbook ({error})") from None
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
        raise DataFileError(str(path), info.filename, None, f"the workbook cannot be unpacked ({error})") from None


# The markup spreadsheet programs write for cells (Excel, LibreOffice, openpyxl, Google Sheets):
# unprefixed elements, no CDATA. Such a sheet is scanned with a few regular expressions, several
# times faster than building an element per cell; anything else goes through the XML parser.
_ROW = re.compile(r"<row\b([^>]*?)(?:/>|>(.*?)</row>)", re.DOTALL)
_CELL = re.compile(r"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.DOTALL)
_R_ATTRIBUTE = re.compile(r'\br="([A-Z]{1,3})\d+"')
_V = re.compile(r"<v>(.*?)</v>|<v/>", re.DOTALL)
_F = re.compile(r"<f\b([^>]*?)(?:/>|>(.*?)</f>)", re.DOTALL)
_T = re.compile(r"<t\b[^>]*?(?:/>|>(.*?)</t>)", re.DOTALL)
_RPH = re.compile(r"<rPh\b.*?</rPh>", re.DOTALL)


def _plain_markup(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    with archive.open(info) as stream:
        head = stream.read(_CHUNK)
    _refuse_doctype(path, info.filename, head)
    if b"CDATA" in head:
        return False
    return b"<sheetData" in head or (b"<worksheet" in head and b":sheetData" not in head)


def _chunks(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8")()
    tail = b""
    try:
        with archive.open(info) as stream:
            while True:
                data = stream.read(_SHEET_CHUNK)
                if not data:
                    break
                _refuse_doctype(path, info.filename, tail + data[:16])
                tail = data[-16:]
                if b"<![CDATA[" in data:
                    raise DataFileError(str(path), info.filename, None,
                                        "the sheet holds CDATA sections, which spreadsheet programs do not write; "
                                        "open it in Excel or LibreOffice and save it again")
                yield decoder.decode(data)
        yield decoder.decode(b"", final=True)
    except UnicodeDecodeError as error:
        raise DataFileError(str(path), info.filename, None, f"the sheet is not UTF-8 XML ({error})") from None
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
        raise DataFileError(str(path), info.filename, None, f"the workbook cannot be unpacked ({error})") from None


class _RowShaper:
    """Turns a row's cells (position -> value) into a list. Rows are as wide as the widest of the
    top rows, where the header is: a cell to the right of every column has no name, so it is
    not materialised (a cell at column XFD in every row would otherwise make lists of 16,384).
    Cells made, padding included, stay within MAX_CELLS; rows within MAX_ROWS."""

    def __init__(self, path: Path, where: str):
        self.path, self.where = path, where
        self.top_rows = 0
        self.limit: int | None = None
        self.widest = 0
        self.made = 0
        self.rows = 0

    def limit_width(self, width: int) -> None:
        """The header is known: cells to its right are never materialised."""
        self.limit = max(1, width)

    def count(self, rows: int, number: int) -> None:
        self.rows += rows
        if self.rows > MAX_ROWS or number > MAX_ROWS:
            raise DataFileError(str(self.path), f"{self.where}, row {max(number, self.rows):,}", None,
                                f"more rows than a spreadsheet can hold ({MAX_ROWS:,}); this file is damaged "
                                f"or made to exhaust memory")

    def cells(self, number: int, values: dict[int, Any]) -> list[Any] | None:
        if self.limit is None:
            width = max(values) + 1
            self.widest = max(self.widest, width)
            self.top_rows += 1
            if self.top_rows >= _HEADER_ROWS:
                self.limit = self.widest
        else:
            if max(values) >= self.limit:
                values = {k: v for k, v in values.items() if k < self.limit}
                if not values:
                    return None
            width = max(values) + 1
        self.made += width
        if self.made > MAX_CELLS:
            raise DataFileError(str(self.path), f"{self.where}, row {number:,}", None,
                                f"more than {MAX_CELLS:,} cells; a catalogue this large should be split or "
                                f"saved as CSV")
        cells: list[Any] = [""] * width  # empty cells read as empty text, as in a CSV
        for position, value in values.items():
            cells[position] = value
        return cells


_BLANK_ROW = re.compile(r'<row r="\d+"[^>]*/>')


def _scanned_rows(path, archive, info, choice, shared, date_styles, shaper) -> Iterator[tuple[int, list[Any]]]:
    where = f"sheet {choice.name!r}"
    number = 0
    buffer = ""
    for chunk in itertools.chain(_chunks(path, archive, info), [None]):
        if chunk is not None:
            buffer += chunk
            # A row starts only where the one before it ended: everything before the last "<row"
            # is whole rows; the rest waits for the next chunk (or the end of the sheet).
            stop = buffer.rfind("<row")
            if stop <= 0:
                continue
            block, buffer = buffer[:stop], buffer[stop:]
        else:
            block, buffer = buffer, ""
        block, blank = _BLANK_ROW.subn("", block)  # millions of empty rows: counted, not parsed
        shaper.count(blank, 0)
        fast = _common_cells_rows(block, shared, date_styles)
        if fast is not None:
            rows, last = fast
            shaper.count(len(rows), last)
            for number, values in rows:
                cells = shaper.cells(number, values)
                if cells is not None:
                    yield number, cells
            number = max(number, last)
            continue
        for attributes, content in _ROW.findall(block):
            given = re.search(r'\br="(\d+)"', attributes)
            number = int(given[1]) if given else number + 1
            shaper.count(1, number)
            if not content or "<c" not in content:
                continue
            values: dict[int, Any] = {}
            position = -1
            matches = _CELL.findall(content)
            if len(matches) != content.count("<c"):
                raise DataFileError(str(path), f"{where}, row {number:,}", None, "a cell that cannot be read")
            for cell_attributes, inner in matches:
                ref = _R_ATTRIBUTE.search(cell_attributes)
                position = _column_index(ref[1]) if ref else position + 1
                if position >= MAX_COLUMNS:
                    raise DataFileError(str(path), f"{where}, row {number:,}", None,
                                        f"a cell beyond the last column a spreadsheet has ({MAX_COLUMNS:,})")
                if not inner:
                    continue
                kind_at = cell_attributes.find(' t="')
                kind = cell_attributes[kind_at + 4:cell_attributes.index('"', kind_at + 4)] if kind_at >= 0 else "n"
                style_at = cell_attributes.find(' s="')
                style = cell_attributes[style_at + 4:cell_attributes.index('"', style_at + 4)] if style_at >= 0 \
                    else None
                if inner.startswith("<v>") and inner.endswith("</v>") and "<" not in inner[3:-4]:
                    # The common cell: a saved value and nothing else.
                    text = inner[3:-4]
                    if kind == "s":
                        try:
                            values[position] = shared[int(text)]
                            continue
                        except (ValueError, IndexError):
                            pass
                    elif kind == "n" and (style is None or style not in date_styles):
                        values[position] = text.strip()
                        continue
                    value = _value(kind, style, _xml_text(text), None, None, shared, date_styles)
                else:
                    v = _V.search(inner)
                    text = _xml_text(v[1]) if v is not None and v[1] is not None and v[0] != "<v/>" else None
                    inline = formula = None
                    if kind == "inlineStr":
                        inline = "".join(_xml_text(t or "") for t in _T.findall(_RPH.sub("", inner)))
                    if text is None:
                        f = _F.search(inner)
                        if f is not None and (f[2] or 't="shared"' in f[1]):
                            formula = _xml_text(f[2] or "")
                    value = _value(kind, style, text, formula, inline, shared, date_styles)
                if value is not None:
                    values[position] = value
            if not values:
                continue
            cells = shaper.cells(number, values)
            if cells is not None:
                yield number, cells


# The cells a spreadsheet program writes for typed values, in the attribute order Excel,
# LibreOffice and openpyxl use: empty, a saved value, or one inline text run. A block of rows
# whose every cell is one of these is read by a single scan (_common_cells_rows).
_COMMON_CELL = re.compile(r'<c r="([A-Z]{1,3})(\d+)"(?: s="(\d+)")?(?: t="(\w+)")?'
                          r'(?:(/>|></c>)|(><v>)([^<]*)</v></c>|(><is>)<t(?: xml:space="preserve")?>([^<]*)</t></is></c>)')
_ROW_START = re.compile(r'<row r="(\d+)"[^>]*>(<c )?')
_COLUMN_OF: dict[str, int] = {}  # column letters -> index, filled as met


def _common_cells_rows(block: str, shared: list[str], date_styles: frozenset[str]
                       ) -> tuple[list[tuple[int, dict[int, Any]]], int] | None:
    """(rows with their values by position, the last row number) of a block of whole rows when
    every row is numbered and every cell is a common one (see _COMMON_CELL); None otherwise, and
    the general scan reads the block. The values are exactly those the general scan gives."""
    cells = _COMMON_CELL.findall(block)
    if len(cells) != block.count("<c ") + block.count("<c>") + block.count("<c/"):
        return None
    starts = _ROW_START.findall(block)
    if len(starts) != block.count("<row ") + block.count("<row>"):
        return None
    rows_with_cells = [digits for digits, first_cell in starts if first_cell]
    rows: list[tuple[int, dict[int, Any]]] = []
    rows_met: list[str] = []
    values: dict[int, Any] = {}
    column_of = _COLUMN_OF
    for letters, digits, style, kind, empty, _, saved, inline_form, inline in cells:
        if not rows_met or digits != rows_met[-1]:
            if values:
                rows.append((int(rows_met[-1]), values))
            rows_met.append(digits)
            values = {}
        position = column_of.get(letters)
        if position is None:
            position = _column_index(letters)
            if position >= MAX_COLUMNS:
                return None
            column_of[letters] = position
        if empty:
            continue
        if kind == "inlineStr":
            values[position] = _bounded(_xml_text(inline))
        elif inline_form:
            continue  # inline text in a cell of another type shows nothing
        elif kind == "s":
            try:
                values[position] = shared[int(saved)]
            except (ValueError, IndexError):
                values[position] = _value(kind, style or None, _xml_text(saved), None, None, shared, date_styles)
        elif (not kind or kind == "n") and style not in date_styles:
            values[position] = saved.strip()
        else:
            value = _value(kind or "n", style or None, _xml_text(saved), None, None, shared, date_styles)
            if value is not None:
                values[position] = value
    if values:
        rows.append((int(rows_met[-1]), values))
    if rows_met != rows_with_cells:
        return None  # a cell numbered for another row than its own: the general scan decides
    numbers = [int(digits) for digits, _ in starts]
    if numbers != sorted(set(numbers)):
        return None
    return rows, max(numbers, default=0)


def _xml_text(text: str) -> str:
    return html.unescape(text) if "&" in text else text


def _column_index(letters: str) -> int:
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - 64
    return index - 1


def _sheet_rows(path: Path, archive: zipfile.ZipFile, choice: SheetChoice, namespace: str, shared: list[str],
                date_styles: frozenset[str], shaper: _RowShaper) -> Iterator[tuple[int, list[Any]]]:
    info = _member(path, archive, choice.part, MAX_SHEET_BYTES, f"sheet {choice.name!r}")
    if _plain_markup(path, archive, info):
        return _scanned_rows(path, archive, info, choice, shared, date_styles, shaper)
    return _parsed_rows(path, archive, info, choice, namespace, shared, date_styles, shaper)


def _parsed_rows(path, archive, info, choice, namespace, shared, date_styles, shaper) -> Iterator[tuple[int, list[Any]]]:
    """The sheet's rows through an XML parser: any markup a workbook may use."""
    row_tag, c_tag, v_tag, f_tag, is_tag, t_tag = (f"{{{namespace}}}{n}" for n in ("row", "c", "v", "f", "is", "t"))
    where = f"sheet {choice.name!r}"
    number = 0
    for row in _stream(path, archive, info, ("end",)):
        if row.tag != row_tag:
            continue
        given = row.get("r")
        number = int(given) if given and given.isdigit() else number + 1
        shaper.count(1, number)
        values: dict[int, Any] = {}
        position = -1
        for cell in row:
            if cell.tag != c_tag:
                continue
            ref = cell.get("r")
            match = _CELL_REF.match(ref) if ref else None
            position = _column_index(match[1]) if match else position + 1
            if position >= MAX_COLUMNS:
                raise DataFileError(str(path), f"{where}, row {number:,}", None,
                                    f"a cell beyond the last column a spreadsheet has ({MAX_COLUMNS:,})")
            value = _cell_value(cell, v_tag, f_tag, is_tag, t_tag, shared, date_styles)
            if value is not None:
                values[position] = value
        row.clear()
        if not values:
            continue
        cells = shaper.cells(number, values)
        if cells is not None:
            yield number, cells


def _cell_value(cell, v_tag, f_tag, is_tag, t_tag, shared, date_styles) -> Any:
    kind = cell.get("t", "n")
    v = cell.find(v_tag)
    inline = None
    if kind == "inlineStr":
        element = cell.find(is_tag)
        inline = "".join(t.text or "" for t in element.iter(t_tag)) if element is not None else ""
    formula = None
    if v is None or v.text is None:
        f = cell.find(f_tag)
        if f is not None and (f.text or f.get("t") == "shared"):
            formula = f.text or ""
    return _value(kind, cell.get("s"), v.text if v is not None else None, formula, inline, shared, date_styles)


def _value(kind: str, style: str | None, text: str | None, formula: str | None, inline: str | None,
           shared: list[str], date_styles: frozenset[int]) -> Any:
    """What a cell shows, from its parts: type, style, saved value, formula, inline text."""
    if kind == "inlineStr":
        return _bounded(inline or "")
    if text is None:
        if formula is not None:
            shown = f"={formula}" if formula else "a shared formula"
            return CellProblem(Problem("cell_formula_unsaved", formula=_short(shown)))
        return None
    if kind == "s":
        try:
            return shared[int(text)]
        except (ValueError, IndexError):
            return CellProblem(Problem("cell_shared_text_missing", value=quoted(text)))
    if kind == "str":
        return _bounded(text)
    if kind == "b":
        return "TRUE" if text.strip() == "1" else "FALSE"
    if kind == "e":
        return CellProblem(Problem("cell_spreadsheet_error", value=text))
    if kind == "d":
        return CellProblem(Problem("cell_date", date=text[:10]))
    if style and style in date_styles:
        return CellProblem(Problem("cell_date", date=_excel_date(text)))
    return text.strip()


def _bounded(text: str) -> Any:
    if len(text) > MAX_CELL_CHARS:
        return CellProblem(Problem("cell_too_long", length=f"{len(text):,}", limit=f"{MAX_CELL_CHARS:,}"))
    return text


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _excel_date(serial: str) -> str:
    try:
        return (_EXCEL_EPOCH + datetime.timedelta(days=float(serial))).strftime("%d %b %Y")
    except (ValueError, OverflowError):
        return serial
