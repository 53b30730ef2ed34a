"""Reads a catalogue file (CSV or XLSX) into a header and rows of cell values, nothing more.

CSV files come from every spreadsheet program in every locale, so the encoding and the delimiter
are sniffed: UTF-8 with or without a byte-order mark, UTF-16 with one, else GB18030 (what Excel
in Simplified Chinese saves as "CSV") when the non-ASCII bytes come mostly in runs, as double-byte
characters do, else Windows-1252 (Western Excel); the delimiter is whichever of , ; tab | the header line holds most of.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sizer.errors import DataFileError

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (",", ";", "\t", "|")


@dataclass
class RawTable:
    """A file's header and its data rows; ``rows`` yields (row number as the user sees it, cells)."""

    header: list[str]
    rows: Iterator[tuple[int, list[Any]]]
    description: str  # e.g. "CSV, UTF-8, ';'-separated" for messages and logs


def read_table(path: str | Path, encoding: str | None = None) -> RawTable:
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise DataFileError(str(path), None, None, "file not found")
    if suffix in CSV_SUFFIXES:
        return _read_csv(path, encoding)
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path)
    raise DataFileError(str(path), None, None,
                        f"unknown catalogue format {suffix or '(no suffix)'!r}; "
                        f"valid: {', '.join(CSV_SUFFIXES + XLSX_SUFFIXES)}")


def decode_csv_bytes(raw: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of a CSV file and the name of the encoding it was read with."""
    if encoding:
        return raw.decode(encoding), encoding
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8):].decode("utf-8"), "UTF-8 with BOM"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16"), "UTF-16"
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    if _looks_double_byte(raw):
        try:
            return raw.decode("gb18030"), "GB18030"
        except UnicodeDecodeError:
            pass
    return raw.decode("cp1252", errors="replace"), "Windows-1252"


def _looks_double_byte(raw: bytes) -> bool:
    """Chinese text comes in runs of two or more high bytes; Western accents mostly alone (côté)."""
    runs = [len(run) for run in re.findall(rb"[\x80-\xff]+", raw)]
    return bool(runs) and sum(1 for n in runs if n >= 2) > len(runs) / 2


def sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(path: Path, encoding: str | None) -> RawTable:
    try:
        text, encoding_name = decode_csv_bytes(path.read_bytes(), encoding)
    except (OSError, LookupError, UnicodeDecodeError) as error:
        raise DataFileError(str(path), None, None, f"cannot read the file: {error}") from None
    first_line = text.split("\n", 1)[0]
    delimiter = sniff_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise DataFileError(str(path), "row 1", None, "the file is empty; expected a header row") from None

    def rows() -> Iterator[tuple[int, list[Any]]]:
        # Row numbers count records as a spreadsheet shows them: the header is row 1.
        try:
            for number, cells in enumerate(reader, start=2):
                yield number, cells
        except csv.Error as error:
            raise DataFileError(str(path), f"row {reader.line_num}", None, f"malformed CSV: {error}") from None

    shown = {"\t": "tab"}.get(delimiter, repr(delimiter))
    return RawTable(header, rows(), f"CSV, {encoding_name}, {shown}-separated")


def _read_xlsx(path: Path) -> RawTable:
    import openpyxl  # only catalogue import needs it; keep `sizer convert` fast
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # read_only streams the sheet instead of building every cell object: 100,000 rows fast.
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as error:
        raise DataFileError(str(path), None, None, f"not a readable XLSX workbook ({error})") from None
    sheet = workbook.worksheets[0]
    iterator = sheet.iter_rows(values_only=True)
    try:
        header_cells = next(iterator)
    except StopIteration:
        workbook.close()
        raise DataFileError(str(path), f"sheet {sheet.title!r}, row 1", None,
                            "the sheet is empty; expected a header row") from None
    header = ["" if c is None else str(c) for c in header_cells]

    def rows() -> Iterator[tuple[int, list[Any]]]:
        try:
            for number, cells in enumerate(iterator, start=2):
                yield number, list(cells)
        finally:
            workbook.close()

    return RawTable(header, rows(), f"XLSX, sheet {sheet.title!r}")
