"""Spreadsheet formula injection: text that a spreadsheet would run as a formula is made inert.

A listing title like ``=HYPERLINK("http://evil", "click")`` or ``@SUM(...)`` in a catalogue, typed
by anyone, would run when a merchandiser opens the export. Following OWASP's "CSV Injection"
advice, a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
leading apostrophe in CSV; in XLSX it is written as a string cell with Excel's quote-prefix
style, so it shows exactly as typed and never evaluates. Numbers stay numbers. Reading a CSV back,
``restore_neutralised`` takes that apostrophe off again, so a saved catalogue imports unchanged.
"""
from __future__ import annotations

from typing import Any

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def neutralise_csv_cell(value: Any) -> Any:
    """The value as it may safely go into a CSV cell."""
    if is_formula_like(value):
        return "'" + value
    return value


def restore_neutralised(value: str) -> str:
    """The inverse of ``neutralise_csv_cell`` for text read back from a CSV cell."""
    if value.startswith("'") and is_formula_like(value[1:]):
        return value[1:]
    return value
