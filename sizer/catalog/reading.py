"""Reads a catalogue file (CSV or XLSX) into a header and rows of cell values, nothing more.

CSV files come from every spreadsheet program in every locale, so the encoding and the delimiter
are detected: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; else UTF-16 without a mark is
recognised by its zero bytes, else strict UTF-8, else the maintained detector charset-normalizer
chooses among the legacy code pages (GB18030, Big5, Shift-JIS, cp1250, cp1252, ...) from the lines
that hold non-ASCII bytes. The encoding used is always said (``RawTable.description``). The
delimiter is whichever of , ; tab | the top lines hold most of. XLSX: sizer.catalog.xlsx_reading.

``RawTable.layout`` remembers how the file was laid out (columns, encoding, byte-order mark,
delimiter, rows above the header), so a catalogue saved back looks like the file it came from.
"""
from __future__ import annotations

import codecs
import csv
import io
import itertools
import operator
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sizer.catalog.coded_columns import DelimitedColumns
from sizer.catalog.xlsx_reading import CellProblem, read_xlsx
from sizer.errors import DataFileError
from sizer.problems import Problem, quoted

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (",", ";", "\t", "|")
MAX_CSV_BYTES = 2 << 30  # a catalogue file larger than this is not one a person keeps
_DETECTION_SAMPLE = 1 << 16
_BOMS = ((codecs.BOM_UTF8, "utf-8", "UTF-8 with BOM"), (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 with BOM"),
         (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 with BOM"), (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 with BOM"),
         (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 with BOM"))

__all__ = ["CSV_SUFFIXES", "CellProblem", "DELIMITERS", "RawTable", "SourceLayout", "XLSX_SUFFIXES",
           "decode_csv_bytes", "detect_encoding", "read_table", "sniff_delimiter"]


@dataclass(frozen=True)
class SourceLayout:
    """How a catalogue file was written, so that saving it back changes only what the user changed."""

    format: str  # "csv" or "xlsx"
    header: tuple[str, ...] = ()  # the header cells as in the file, in order
    encoding: str = "utf-8"  # Python codec name (CSV)
    bom: bool = False  # the file started with a byte-order mark (CSV)
    delimiter: str = ","
    line_terminator: str = "\r\n"
    title_rows: tuple[tuple[str, ...], ...] = ()  # rows above the header, verbatim
    sheet: str = ""  # XLSX: the sheet read
    other_sheets: int = 0  # XLSX: sheets besides it, which a save would not write

    def with_header(self, header: list[str], title_rows: tuple[tuple[str, ...], ...] = ()) -> SourceLayout:
        return replace(self, header=tuple(header), title_rows=title_rows)


@dataclass
class RawTable:
    """A file's header and its data rows; ``rows`` yields (row number as the user sees it, cells).

    Cells are text (CSV), or text, None and :class:`CellProblem` (XLSX). ``reopen`` reads the
    same table again from the start (the importer's fast path may step aside after reading it).
    """

    header: list[Any]
    rows: Iterator[tuple[int, list[Any]]]
    description: str  # e.g. "CSV, UTF-8, ';'-separated" for messages and logs
    header_row: int = 1
    layout: SourceLayout | None = None
    reopen: Callable[[], RawTable] | None = None
    title_rows: tuple[tuple[str, ...], ...] = field(default=())
    # All data columns at once, coded (sizer.catalog.coded_columns: a sequence with one
    # (codes, values) per header column), when the file allows it cheaply (every row the same
    # width, no quotes); None when it does not. For the import's fast path.
    columns: Callable[[], Sequence[tuple[Any, list[str]]] | None] | None = None
    # Told the header's width once it is found, the reader stops materialising cells beyond it.
    limit_width: Callable[[int], None] | None = None


def read_table(path: str | Path, encoding: str | None = None) -> RawTable:
    path = Path(path)
    suffix = path.suffix.lower()
    _check_regular_file(path)
    if suffix in CSV_SUFFIXES:
        return _read_csv(path, encoding)
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path)
    raise DataFileError(str(path), None, None, Problem("file_unknown_format", suffix=quoted(suffix or "(no suffix)"),
                                                       valid=list(CSV_SUFFIXES + XLSX_SUFFIXES)))


def _check_regular_file(path: Path) -> None:
    """A FIFO or a device would block or never end; a folder is no catalogue."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise DataFileError(str(path), None, None, Problem("file_not_found")) from None
    except OSError as error:
        raise DataFileError(str(path), None, None, Problem("file_unreadable", detail=str(error.strerror or error))) from None
    if stat.S_ISDIR(mode):
        raise DataFileError(str(path), None, None, Problem("file_is_folder"))
    if not stat.S_ISREG(mode):
        raise DataFileError(str(path), None, None, Problem("file_not_regular"))


def detect_encoding(raw: bytes) -> tuple[str, str, int]:
    """(Python codec, name to show, length of the byte-order mark) for the bytes of a CSV file."""
    return decode_detected(raw)[1:]


def decode_detected(raw: bytes) -> tuple[str | None, str, str, int]:
    """:func:`detect_encoding`, and the text when detecting meant decoding it all (UTF-8 without
    a BOM, most files: decoded once, not once to check and again to read)."""
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            return None, codec, name, len(bom)
    utf16 = _utf16_without_bom(raw[:_DETECTION_SAMPLE])
    if utf16:
        return None, utf16, f"UTF-16 {'LE' if utf16.endswith('le') else 'BE'} without BOM", 0
    try:
        return raw.decode("utf-8"), "utf-8", "UTF-8", 0
    except UnicodeDecodeError:
        pass
    return (None, *_legacy_code_page(raw))


def _utf16_without_bom(sample: bytes) -> str | None:
    """Text that is mostly ASCII has a zero in every other byte when it is UTF-16."""
    sample = sample[:len(sample) // 2 * 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    zero_even, zero_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zero_odd > 0.3 and zero_even < 0.05:
        return "utf-16-le"
    if zero_even > 0.3 and zero_odd < 0.05:
        return "utf-16-be"
    return None


# Code pages real catalogue files use: Chinese (simplified, traditional), Japanese, Korean, and the
# Windows pages of Central European, Cyrillic and Western Excel.
_LEGACY_CODE_PAGES = ("gb18030", "big5", "cp932", "cp949", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254",
                      "cp1257")


def _legacy_code_page(raw: bytes) -> tuple[str, str, int]:
    """charset-normalizer proposes code pages; on the few non-ASCII words of a catalogue its
    language statistics often tie (Big5 and GB18030 both decode most byte pairs), so each
    candidate that decodes the whole file is scored on its decoded text and the best one wins,
    ties in the detector's order."""
    from charset_normalizer import from_bytes

    # The lines with non-ASCII bytes are what tells code pages apart; ASCII lines only dilute them.
    sample = b"\n".join(line for line in raw[:8 * _DETECTION_SAMPLE].splitlines() if max(line, default=0) > 0x7F)
    sample = sample[:_DETECTION_SAMPLE] or raw[:_DETECTION_SAMPLE]
    proposed = []
    for match in from_bytes(sample, cp_isolation=list(_LEGACY_CODE_PAGES)):
        proposed.append(codecs.lookup(match.encoding).name)
    candidates = list(dict.fromkeys(proposed + [codecs.lookup(c).name for c in _LEGACY_CODE_PAGES]))
    best, best_score = None, float("-inf")
    for codec in candidates:
        try:
            text = sample.decode(codec)
            raw.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        score = _plausibility(text, codec)
        if score > best_score:
            best, best_score = codec, score
    if best is None:
        return "cp1252", "Windows-1252 (with undecodable bytes replaced)", 0
    if best in ("gbk", "gb2312"):
        best = "gb18030"
    names = {"gb18030": "GB18030", "big5": "Big5", "cp932": "Shift-JIS (cp932)", "cp949": "EUC-KR (cp949)"}
    return best, names.get(best, best.replace("cp", "Windows-")), 0


def _plausibility(text: str, codec: str) -> float:
    """How much a decoding looks like text a person typed: CJK characters that are common in the
    code page's own standard (GB2312, Big5 level 1, JIS level 1, KS X 1001) and accented letters
    inside words count for it; rare characters, symbols inside words, controls and private-use
    characters against it. A wrong code page turns bytes into arbitrary, mostly rare characters."""
    import unicodedata

    score = 0.0
    for k, char in enumerate(text):
        code = ord(char)
        if code < 0x80:
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Co", "Cn", "Cs") or char == "\ufffd":
            score -= 3
        elif 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF:
            before, after = text[k - 1:k], text[k + 1:k + 2]
            if before.isascii() and before.isalpha() and after.isascii() and after.isalpha():
                score -= 3  # "bawe鋁iana": Latin bytes paired up by a CJK code page
            elif _common_in(char, codec):
                # Kana only ever come from Japanese text: Korean bytes read as Shift-JIS give half-width ones.
                score += 2 if codec == "cp932" and code <= 0x30FF else 1.5
            else:
                score -= 2
        elif 0xFF61 <= code <= 0xFF9F:
            score -= 1  # half-width katakana: what Western bytes become in Shift-JIS
        elif category.startswith("L"):
            before = text[k - 1:k]
            neighbours = before + text[k + 1:k + 2]
            if char.isupper() and before.islower():
                score -= 1  # "ґїГЮ": case changing inside a word is what mojibake does
            else:
                score += 1 if any(c.isalpha() for c in neighbours) and not _is_cjk(neighbours) else 0.25
        else:
            neighbours = text[k - 1:k] + text[k + 1:k + 2]
            score -= 1 if any(c.isalpha() for c in neighbours) else 0.25
    return score


def _is_cjk(text: str) -> bool:
    return any(0x3040 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7AF for c in text)


def _common_in(char: str, codec: str) -> bool:
    try:
        if codec == "gb18030":
            char.encode("gb2312")
            return True
        if codec == "big5":
            return 0xA1 <= char.encode("big5")[0] <= 0xC6
        if codec == "cp932":
            return 0x81 <= char.encode("cp932")[0] <= 0x9F
        if codec == "cp949":
            char.encode("euc_kr")
            return 0xAC00 <= ord(char) <= 0xD7AF  # Hangul; Hanja are rare in Korean titles
    except UnicodeEncodeError:
        return False
    return False


def decode_csv_bytes(raw: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of a CSV file and the name of the encoding it was read with."""
    if encoding:
        return raw.decode(encoding), encoding
    codec, name, bom = detect_encoding(raw)
    return raw[bom:].decode(codec, errors="replace"), name


def sniff_delimiter(text: str) -> str:
    """The delimiter the top lines hold most of (a title line above the header holds few)."""
    lines = [line for line in text.split("\n", 12)[:12] if line.strip()]
    best, best_count = ",", 0
    for delimiter in DELIMITERS:
        count = max((line.count(delimiter) for line in lines), default=0)
        if count > best_count:
            best, best_count = delimiter, count
    return best


def _read_csv(path: Path, encoding: str | None) -> RawTable:
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise DataFileError(str(path), None, None, Problem("file_too_large", limit_gb=MAX_CSV_BYTES >> 30))
        raw = path.read_bytes()
        if encoding:
            text, codec, name, bom = None, codecs.lookup(encoding).name, encoding, 0
        else:
            text, codec, name, bom = decode_detected(raw)
        if text is None:
            text = raw[bom:].decode(codec, errors="strict" if encoding else "replace")
    except (OSError, LookupError, UnicodeDecodeError) as error:
        raise DataFileError(str(path), None, None, Problem("file_unreadable", detail=str(error))) from None
    del raw
    if text.startswith("\ufeff"):
        text = text[1:]
    delimiter = sniff_delimiter(text)
    first_line = text.split("\n", 1)[0]
    terminator = "\r\n" if first_line.endswith("\r") else "\n"
    shown = {"\t": "tab"}.get(delimiter, repr(delimiter))
    description = f"CSV, {name}, {shown}-separated"
    layout = SourceLayout("csv", encoding=codec, bom=bool(bom), delimiter=delimiter, line_terminator=terminator)

    plain = _plain_text(text)
    if plain is not None:
        text = ""  # the plain text holds it all; keep one copy in memory

    def table() -> RawTable:
        if plain is not None:
            # No quotes anywhere: every record is one line and every cell a split of it. The rows
            # iterator is then made of C-level parts only (a million rows in a fraction of a second).
            header_line, _, body = plain.partition("\n")
            if not header_line.strip():
                raise DataFileError(str(path), Problem("location_row", row=1), None, Problem("file_empty"))
            header = header_line.split(delimiter)
            return RawTable(header, _split_lines(body, delimiter), description, layout=layout, reopen=table,
                            columns=lambda: DelimitedColumns.of(body, delimiter, len(header)))
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            raise DataFileError(str(path), Problem("location_row", row=1), None, Problem("file_empty")) from None
        except csv.Error as error:
            raise DataFileError(str(path), Problem("location_row", row=1), None,
                                Problem("csv_malformed", detail=str(error))) from None

        def rows() -> Iterator[tuple[int, list[Any]]]:
            # Row numbers count records as a spreadsheet shows them: the header is row 1.
            try:
                yield from enumerate(reader, start=2)
            except csv.Error as error:
                raise DataFileError(str(path), Problem("location_row", row=reader.line_num), None,
                                    Problem("csv_malformed", detail=str(error))) from None

        return RawTable(header, rows(), description, layout=layout, reopen=table)

    return table()


def _plain_text(text: str) -> str | None:
    """A CSV text that has no quoted cells and only \\n or \\r\\n line ends (what the csv module
    would read alike), with \\n line ends; else None."""
    if '"' in text:
        return None
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            return None  # old Mac line ends: let the csv module decide
    return text


def _split_lines(body: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """The rows of plain CSV lines under the header (row 2 onwards), split when first read."""
    lines = body.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    yield from zip(itertools.count(2), map(operator.methodcaller("split", delimiter), lines))


def _read_xlsx(path: Path) -> RawTable:
    def table() -> RawTable:
        header, rows, choice, limit_width = read_xlsx(path)
        description = f"XLSX, sheet {choice.name!r}" + (f" ({choice.note})" if choice.note else "")
        layout = SourceLayout("xlsx", sheet=choice.name, other_sheets=choice.sheets - 1)
        return RawTable(["" if c is None else c for c in header], rows, description, layout=layout, reopen=table,
                        limit_width=limit_width)

    return table()
