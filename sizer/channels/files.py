"""Upload files for the channels: plain UTF-8 (no byte-order mark), comma- or tab-separated.

Unlike the spreadsheet exports (sizer/export), cells are written exactly as they are: these
files are read by the marketplace's importer, where a quote added before "-50%" would become
part of the title.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sizer.atomic import atomic_write_text


def write_delimited(path: str | Path, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    """``.tsv`` / ``.txt``: tab-separated; anything else comma-separated."""
    path = Path(path)
    delimiter = "\t" if path.suffix.lower() in (".tsv", ".txt") else ","
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(["" if v is None else v for v in row] for row in rows)
    atomic_write_text(path, buffer.getvalue(), newline="")
    return path
