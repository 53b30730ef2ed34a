"""The open catalogue's file state, Qt-free: where it came from, how to save it, what Save may do.

The rule that matters: a catalogue imported only in part (the user chose "import the valid rows")
is never written over its source, because that would delete the rows left out; nor is a workbook
with other sheets besides the catalogue's, which a save would not write. For it, Save
behaves as Save As and proposes a new file beside the source; writing to the source path is
refused even when chosen by hand. A catalogue imported whole saves back faithfully, in the
layout of its source (sizer.catalog.writer).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sizer.catalog.importer import ImportResult
from sizer.catalog.model import Catalog
from sizer.catalog.reading import SourceLayout
from sizer.catalog.writer import save_catalog
from sizer.errors import SizerError
from sizer.problems import Problem
from sizer.export.names import safe_file_stem

SAVE_SUFFIXES = (".csv", ".xlsx")


class OverwritesSourceError(SizerError):
    """Saving a partial import over the file it came from would delete the rows left out."""


@dataclass
class CatalogueFile:
    catalog: Catalog
    path: Path | None  # None: the bundled sample (never written to)
    layout: SourceLayout | None = None
    partial_source: Path | None = None  # set while the catalogue lacks rows its source file has
    dirty: bool = False
    # Imported through a column mapping (sizer.catalog.mapping): the source is the merchant's own
    # file in its own layout, which Sizer's columns must never replace.
    mapped: bool = False

    @classmethod
    def opened_mapped(cls, result: ImportResult, path: Path) -> CatalogueFile:
        return cls(result.catalog, Path(path), None, Path(path), mapped=True)

    @classmethod
    def opened(cls, result: ImportResult, path: Path | None) -> CatalogueFile:
        # A workbook's other sheets are not the catalogue's: writing it back would drop them.
        other_sheets = result.layout is not None and result.layout.other_sheets > 0
        partial = Path(path) if path is not None and (result.partial or other_sheets) else None
        return cls(result.catalog, Path(path) if path is not None else None, result.layout, partial)

    def save_needs_a_new_name(self) -> bool:
        """True when Save must ask for a file name (Save As): the sample, a partial import, or a
        source format Sizer does not write."""
        return (self.path is None or self.partial_source is not None
                or self.path.suffix.lower() not in SAVE_SUFFIXES)

    def suggested_path(self, folder: Path | None = None) -> Path:
        """The file name Save As proposes: beside the source, never the source itself."""
        if self.path is None:
            return (folder or Path.home()) / "catalogue.csv"
        suffix = self.path.suffix.lower() if self.path.suffix.lower() in SAVE_SUFFIXES else ".csv"
        stem = safe_file_stem(self.path.stem, "catalogue")
        if self.partial_source is None:
            return self.path.with_name(stem + suffix)
        if self.mapped:
            return self.path.with_name(f"{stem}-sizer.csv")
        what = "catalogue" if self.layout is not None and self.layout.other_sheets else "imported rows"
        candidate = self.path.with_name(f"{stem} ({what}){suffix}")
        n = 2
        while candidate.exists():
            candidate = self.path.with_name(f"{stem} ({what} {n}){suffix}")
            n += 1
        return candidate

    def source_kept_reason(self, path: Path | None = None) -> Problem | None:
        """Why Save must not write over the source (said before the user picks a file, and when
        they pick the source anyway), or None when it may."""
        if self.partial_source is None:
            return None
        shown = str(path if path is not None else self.partial_source)
        if self.mapped:
            return Problem("save_over_mapped_source", path=shown)
        if self.layout is not None and self.layout.other_sheets:
            return Problem("save_over_workbook_with_sheets", path=shown)
        return Problem("save_over_partial_source", path=shown)

    def refusal(self, destination: Path) -> Problem | None:
        """Why writing to ``destination`` is refused (it is the source that must be kept), or None."""
        if self.partial_source is not None and _same_file(Path(destination), self.partial_source):
            return self.source_kept_reason(Path(destination))
        return None

    def check_destination(self, destination: Path) -> None:
        reason = self.refusal(destination)
        if reason is not None:
            raise OverwritesSourceError(reason)

    def save(self, destination: Path) -> Path:
        """Write the catalogue to ``destination`` (checked, atomic); it is then the open file."""
        destination = Path(destination)
        self.check_destination(destination)
        layout = self.layout if self.layout is not None and self.layout.format == destination.suffix.lower()[1:] \
            else None
        if layout is None and self.layout is not None:
            layout = SourceLayout(destination.suffix.lower()[1:], header=self.layout.header)
        written = save_catalog(destination, self.catalog, layout)
        self.path, self.partial_source, self.dirty, self.mapped = written, None, False, False
        if self.layout is None or self.layout.format != written.suffix.lower()[1:]:
            self.layout = layout
        return written


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False
