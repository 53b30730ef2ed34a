"""The Returns page's state without Qt: a catalogue, the orders analysed against it, the
corrections applied (with undo), so the page only shows and dispatches."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sizer.catalog.importer import import_catalog, sample_catalog_path
from sizer.catalog.model import Catalog
from sizer.errors import SizerError
from sizer.problems import Problem
from sizer.returns.analysis import Analysis, Finding, analyse
from sizer.returns.corrections import AppliedCorrection, apply_corrections, flagged
from sizer.returns.importers import import_orders
from sizer.returns.mapping import ColumnMapping


@dataclass
class OrdersSource:
    orders: Path
    returns: Path | None = None
    layout: str = "auto"
    mapping: ColumnMapping | None = None


@dataclass
class ReturnsSession:
    catalog: Catalog | None = None
    catalog_path: Path | None = None  # None: the bundled sample (never written)
    source: OrdersSource | None = None
    analysis: Analysis | None = None
    history: list[tuple[AppliedCorrection, Path | None]] = field(default_factory=list)  # with the path before

    def load_catalog(self, path: Path | None) -> Catalog:
        self.catalog = import_catalog(path if path is not None else sample_catalog_path()).catalog
        self.catalog_path = path
        if self.source is not None:
            self.analyse()
        return self.catalog

    def set_catalog(self, catalog: Catalog, path: Path | None) -> None:
        self.catalog, self.catalog_path = catalog, path

    def open_orders(self, source: OrdersSource) -> Analysis:
        """Import and analyse; on any problem the previous analysis stays as it was."""
        if self.catalog is None:
            self.load_catalog(self.catalog_path)
        self.source = source
        return self.analyse()

    def analyse(self) -> Analysis:
        if self.source is None or self.catalog is None:
            raise SizerError(Problem("open_orders_first"))
        lines = import_orders(self.source.orders, self.catalog, layout=self.source.layout,
                              returns_path=self.source.returns, mapping=self.source.mapping)
        self.analysis = analyse(lines)
        return self.analysis

    def corrections_for(self, listing_id: str, size_label: str | None = None) -> list[Finding]:
        """The flagged findings of a listing (or of one of its sizes) that applying would correct."""
        if self.analysis is None:
            return []
        return [f for f in flagged(self.analysis.findings_of(listing_id))
                if size_label is None or f.size_label == size_label]

    def apply(self, findings: list[Finding], out: Path | None = None) -> AppliedCorrection:
        """Write the corrected catalogue (over the open one, keeping a backup, or to ``out``), then
        analyse the same orders against it."""
        if self.catalog is None or not findings:
            raise SizerError(Problem("nothing_to_correct"))
        target = out if out is not None else self.catalog_path
        if target is None:
            raise SizerError(Problem("sample_never_overwritten"))
        applied = apply_corrections(self.catalog, findings, target)
        self.history.append((applied, self.catalog_path))
        self.load_catalog(applied.path)
        return applied

    def undo(self) -> AppliedCorrection:
        """Put back the catalogue as it was before the last correction."""
        if not self.history:
            raise SizerError(Problem("no_correction_to_undo"))
        applied, previous = self.history.pop()
        if applied.backup is None:  # written to a new file: the catalogue before is still as it was
            applied.path.unlink(missing_ok=True)
            self.load_catalog(previous)
        else:
            applied.undo()
            self.load_catalog(applied.path)
        return applied
