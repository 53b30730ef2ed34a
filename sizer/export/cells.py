"""Spreadsheet formula injection: text that a spreadsheet would run as a formula is made inert.

A listing title like ``=HYPERLINK("http://evil", "click")`` or ``@SUM(...)`` in a catalogue, typed
by anyone, would run when a merchandiser opens the export. Following OWASP's "CSV Injection"
advice, a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
leading apostrophe in CSV. A spreadsheet may split our cells again at its own list separator
(continental Excel splits a comma file at ``;``), so every piece that any list separator
(``,`` ``;`` tab ``|``) could start is neutralised the same way: ``a;=1+1`` is written ``a;'=1+1``.
An apostrophe already at such a place is doubled, so :func:`restore_neutralised` undoes exactly
what :func:`neutralise_csv_cell` did and a saved catalogue imports unchanged. In XLSX a cell is
written as a string with Excel's quote-prefix style, so it shows exactly as typed and never
evaluates. Numbers stay numbers.
"""
from __future__ import annotations

import re
from typing import Any

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATORS = (",", ";", "\t", "|")
# The start of the cell or of a piece after a list separator, optional spaces, then (after any
# apostrophes) a trigger: one more apostrophe goes there, and reading back takes one off.
_PIECE_START = re.compile(r"(^|[,;\t|])( *)(?='*[=+\-@\t\r])")
# _PIECE_START over texts joined by line breaks: a cell's start is a line's start there.
_PIECE_START_IN_LINES = re.compile(r"(^|[,;\t|\n])( *)(?='*[=+\-@\t\r])")
_NEUTRALISED = re.compile(r"(^|[,;\t|])( *)'(?='*[=+\-@\t\r])")


def is_formula_like(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def neutralise_csv_cell(value: Any) -> Any:
    """The value as it may safely go into a CSV cell that any spreadsheet may split again."""
    if not isinstance(value, str) or _PIECE_START.search(value) is None:
        return value
    return _PIECE_START.sub(lambda m: m.group(1) + m.group(2) + "'", value)


def any_needs_neutralising(values) -> bool:
    """Whether :func:`neutralise_csv_cell` would change any of ``values``: one search over the
    texts joined, so a row of harmless cells costs one regex call, not one per cell. (A line
    break inside a cell may answer yes for a cell that needs nothing; never no for one that does.)"""
    return _PIECE_START_IN_LINES.search("\n".join([v for v in values if isinstance(v, str)])) is not None


def restore_neutralised(value: str) -> str:
    """The inverse of ``neutralise_csv_cell`` for text read back from a CSV cell."""
    if "'" not in value:
        return value
    return _NEUTRALISED.sub(lambda m: m.group(1) + m.group(2), value)
