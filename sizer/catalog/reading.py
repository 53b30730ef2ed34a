"""Reads a catalogue file (CSV or XLSX) into a header and rows of cell values, nothing more.

CSV files come from every spreadsheet program in every locale, so the encoding and the delimiter
are detected: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; else UTF-16 without a mark is
recognised by its zero bytes, else strict UTF-8, else the maintained detector charset-normalizer
chooses among the legacy code pages (GB18030, Big5, Shift-JIS, cp1250, cp1252, ...) from the lines
that hold non-ASCII bytes, each candidate scored on how its decoded letters fit the languages it is
written in (French read as cp1250 is "crčme légčre ŕ"). The encoding used is always said
(``RawTable.description``). The delimiter is whichever of , ; tab | the top lines hold most of.
XLSX: sizer.catalog.xlsx_reading.

``RawTable.layout`` remembers how the file was laid out (columns, encoding, byte-order mark,
delimiter, rows above the header), so a catalogue saved back looks like the file it came from.
"""
from __future__ import annotations

import codecs
import csv
import io
import itertools
import math
import operator
import os
import re
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
_DECIMAL_SAMPLE = 1 << 20  # characters read for how numbers are spelled (some 10,000 rows)
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
    decimal_comma: bool = False  # CSV: numbers were written "96,5" (German, French Excel), so a save writes them so

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
    best, best_score, best_text = None, float("-inf"), None
    for codec in candidates:
        try:
            text = sample.decode(codec)
            raw.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        score = _plausibility(text, codec)
        # The same text in cp1250 and cp1252 (German: ä ö ü ß are the same bytes): Western Excel's.
        if score > best_score or (score == best_score and codec == "cp1252" and text == best_text):
            best, best_score, best_text = codec, score, text
    if best is None:
        return "cp1252", "Windows-1252 (with undecodable bytes replaced)", 0
    if best in ("gbk", "gb2312"):
        best = "gb18030"
    names = {"gb18030": "GB18030", "big5": "Big5", "cp932": "Shift-JIS (cp932)", "cp949": "EUC-KR (cp949)"}
    return best, names.get(best, best.replace("cp", "Windows-")), 0


# How often each accented letter occurs in a language's running text, in % of its letters
# (approximate published letter counts; ASCII letters are the same in every code page here, so
# only these tell the Latin code pages apart). A language writes only the letters it lists.
_ACCENT_FREQUENCIES: dict[str, dict[str, float]] = {
    "fr": {"é": 1.9, "è": 0.27, "ê": 0.22, "à": 0.49, "ç": 0.09, "â": 0.05, "î": 0.05, "ô": 0.05, "ù": 0.06,
           "û": 0.06, "ë": 0.01, "ï": 0.01, "œ": 0.02, "ÿ": 0.001},
    "de": {"ä": 0.58, "ö": 0.44, "ü": 0.65, "ß": 0.31},
    "es": {"á": 0.5, "é": 0.43, "í": 0.73, "ó": 0.83, "ú": 0.17, "ñ": 0.31, "ü": 0.02},
    "it": {"à": 0.64, "è": 0.26, "é": 0.03, "ì": 0.03, "ò": 0.1, "ù": 0.17},
    "pt": {"á": 0.5, "à": 0.07, "â": 0.06, "ã": 0.73, "ç": 0.53, "é": 0.34, "ê": 0.45, "í": 0.13, "ó": 0.3,
           "ô": 0.06, "õ": 0.04, "ú": 0.2},
    "nl": {"é": 0.05, "ë": 0.03, "ï": 0.01, "è": 0.01, "ó": 0.01, "ü": 0.005, "ö": 0.005},
    "ca": {"à": 0.5, "è": 0.3, "é": 0.3, "í": 0.4, "ò": 0.2, "ó": 0.2, "ú": 0.1, "ç": 0.1, "ï": 0.05, "ü": 0.05},
    "sv": {"å": 1.3, "ä": 1.9, "ö": 1.3, "é": 0.01},
    "da": {"æ": 0.87, "ø": 0.94, "å": 1.2, "é": 0.01},  # and Norwegian
    "fi": {"ä": 3.6, "ö": 0.44, "å": 0.001},
    "is": {"á": 1.8, "é": 0.6, "í": 1.6, "ó": 0.99, "ú": 0.6, "ý": 0.23, "ð": 4.4, "þ": 1.5, "æ": 0.87, "ö": 0.77},
    "pl": {"ą": 0.9, "ć": 0.4, "ę": 1.1, "ł": 1.8, "ń": 0.2, "ó": 0.8, "ś": 0.7, "ź": 0.06, "ż": 0.8},
    "cs": {"á": 2.2, "č": 0.46, "ď": 0.02, "é": 1.3, "ě": 1.2, "í": 3.3, "ň": 0.08, "ó": 0.03, "ř": 0.38,
           "š": 0.7, "ť": 0.04, "ú": 0.13, "ů": 0.2, "ý": 1.0, "ž": 1.0},
    "sk": {"á": 2.0, "ä": 0.1, "č": 0.95, "ď": 0.15, "é": 0.7, "í": 1.6, "ĺ": 0.01, "ľ": 0.4, "ň": 0.08,
           "ó": 0.2, "ô": 0.15, "ŕ": 0.01, "š": 0.7, "ť": 0.3, "ú": 0.7, "ý": 1.7, "ž": 0.7},
    "hu": {"á": 3.4, "é": 3.3, "í": 0.6, "ó": 1.0, "ö": 1.0, "ő": 0.9, "ú": 0.3, "ü": 0.5, "ű": 0.1},
    "ro": {"ă": 2.5, "â": 0.6, "î": 1.0, "ş": 0.8, "ţ": 0.9},
    "hr": {"č": 0.5, "ć": 0.5, "đ": 0.2, "š": 0.6, "ž": 0.6},  # and Slovenian
    "tr": {"ç": 1.2, "ğ": 1.1, "ı": 5.1, "ö": 0.8, "ş": 1.8, "ü": 1.9, "â": 0.01, "î": 0.01},
    "lt": {"ą": 0.5, "č": 0.4, "ę": 0.2, "ė": 1.6, "į": 0.6, "š": 1.0, "ų": 1.0, "ū": 0.4, "ž": 0.7},
    "lv": {"ā": 4.0, "č": 0.3, "ē": 1.7, "ģ": 0.1, "ī": 1.8, "ķ": 0.2, "ļ": 0.4, "ņ": 0.4, "š": 1.0, "ū": 0.4,
           "ž": 0.6},
    "et": {"ä": 1.0, "ö": 0.5, "õ": 1.0, "ü": 0.6, "š": 0.01, "ž": 0.01},
}
# The languages each Latin code page is written in (German is written in cp1250 too).
_CODE_PAGE_LANGUAGES = {
    "cp1252": ("fr", "de", "es", "it", "pt", "nl", "ca", "sv", "da", "fi", "is"),
    "cp1250": ("pl", "cs", "sk", "hu", "ro", "hr", "de"),
    "cp1254": ("tr",),
    "cp1257": ("lt", "lv", "et"),
}
_FOREIGN_LETTER = -2.0  # a letter the language does not write
# Accented letters that are words on their own ("à", "è"); standing alone, any other is mojibake
# (Italian "è morbida" read as cp1250 is "č morbida", which no language writes).
_ONE_LETTER_WORDS = {"fr": "à", "it": "è", "pt": "àé", "ca": "à", "hu": "őó", "sv": "å", "da": "å", "is": "á"}


def _accent_weight(frequencies: dict[str, float], letter: str) -> float:
    """The log-probability of the letter among the language's accented letters, shifted so that
    a language's common accents count about as much as a letter always did (1). Being a share,
    it lets a few letters a language writes often (French é) outweigh the same letters in a
    language whose accents are spread over many (Slovak é, among á í ý č ...)."""
    share = frequencies.get(letter)
    if share is None:
        return _FOREIGN_LETTER
    return max(-1.5, 1.5 + math.log10(share / sum(frequencies.values())))


def _latin_language_score(letters: dict[tuple[str, bool], int], codec: str) -> float | None:
    """How well the accented Latin letters of a decoding ((letter, stands alone as a word):
    count) fit the best of the languages the code page is written in (a catalogue is mostly in
    one); None for a code page without a list."""
    languages = _CODE_PAGE_LANGUAGES.get(codec)
    if languages is None:
        return None

    def fit(language: str) -> float:
        frequencies, words = _ACCENT_FREQUENCIES[language], _ONE_LETTER_WORDS.get(language, "")
        return sum(count * (_FOREIGN_LETTER if alone and letter not in words else _accent_weight(frequencies, letter))
                   for (letter, alone), count in letters.items())
    return max(map(fit, languages))


def _is_latin_letter(code: int) -> bool:
    return 0xC0 <= code <= 0x24F or code in (0xAA, 0xBA)


def _plausibility(text: str, codec: str) -> float:
    """How much a decoding looks like text a person typed: CJK characters that are common in the
    code page's own standard (GB2312, Big5 level 1, JIS level 1, KS X 1001) and accented letters
    inside words count for it; rare characters, symbols inside words, controls and private-use
    characters against it. A wrong code page turns bytes into arbitrary, mostly rare characters.

    In a Latin code page (cp1250, cp1252, ...) each byte decodes to some letter, so the accented
    letters are scored by how well they fit a language the code page is written in: French
    "crème légère à" read as cp1250 is "crčme légčre ŕ", Czech and Slovak letters in a mix no
    language writes."""
    import unicodedata

    score = 0.0
    scored_latin = codec in _CODE_PAGE_LANGUAGES
    latin_letters: dict[tuple[str, bool], int] = {}
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
            elif scored_latin and _is_latin_letter(code):
                key = (char.lower(), not any(c.isalpha() for c in neighbours))
                latin_letters[key] = latin_letters.get(key, 0) + 1
            elif 0x370 <= code <= 0x52F and any(c.isascii() and c.isalpha() for c in neighbours):
                score -= 1  # "crиme": Greek or Cyrillic letters inside a Latin word
            else:
                score += 1 if any(c.isalpha() for c in neighbours) and not _is_cjk(neighbours) else 0.25
        else:
            neighbours = text[k - 1:k] + text[k + 1:k + 2]
            score -= 1 if any(c.isalpha() for c in neighbours) else 0.25
    if latin_letters:
        score += _latin_language_score(latin_letters, codec) or 0.0
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
    layout = SourceLayout("csv", encoding=codec, bom=bool(bom), delimiter=delimiter, line_terminator=terminator,
                          decimal_comma=_writes_decimal_commas(text, delimiter))

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


def _writes_decimal_commas(text: str, delimiter: str) -> bool:
    """Whether the file spells its fractional numbers "96,5": in its top rows (one program
    wrote the file, in one locale) some cell is one and none is "96.5". A ','-separated file
    cannot; the importer reads either spelling."""
    sample = text[:_DECIMAL_SAMPLE]
    if delimiter == "," or "," not in sample:
        return False
    d = re.escape(delimiter)
    cell = r"(?<![^\n{d}])[ \t\"]*\d+{sep}\d+[ \t\"]*(?={d}|\r?$)"
    return (re.search(cell.format(d=d, sep=","), sample, re.MULTILINE) is not None
            and re.search(cell.format(d=d, sep=r"\."), sample, re.MULTILINE) is None)


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
