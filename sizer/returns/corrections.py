"""Corrected size tables from the findings, and writing them back to the catalogue file.

A size that runs small by d cm (offset -d) fits bodies d cm smaller than its chart says, so its
body ranges move d cm down on the listing's main dimension, and on every other dimension in
proportion to that dimension's grading (a shirt's neck moves a quarter as far as its chest when
it is graded 1 cm per 4 cm of chest). The corrected size is stored as explicit body ranges.
"""
from __future__ import annotations

import datetime as dt
import math
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sizer.atomic import atomic_write_bytes
from sizer.catalog.model import TABLE_SOURCES, Catalog, TableSource
from sizer.catalog.writer import save_catalog
from sizer.errors import SizerError
from sizer.returns.analysis import Finding, Verdict, grading_cm, model_settings


@dataclass(frozen=True)
class Change:
    listing_id: str
    size_label: str
    dimension: str
    old_cm: tuple[float, float]
    new_cm: tuple[float, float]

    def __str__(self) -> str:
        shift = next(n - o for n, o in zip(self.new_cm, self.old_cm) if not math.isnan(o))
        return (f"{self.listing_id} size {self.size_label}: {self.dimension} {range_text(self.old_cm)} cm "
                f"-> {range_text(self.new_cm)} cm ({shift:+.1f} cm)")

    def to_json(self) -> dict:
        """Bounds in cm; null for an open end ("up to 84", "110 and over")."""
        return {"listing_id": self.listing_id, "size_label": self.size_label, "dimension": self.dimension,
                "old_cm": [None if math.isnan(v) else v for v in self.old_cm],
                "new_cm": [None if math.isnan(v) else v for v in self.new_cm]}


def range_text(bounds: tuple[float, float], dash: str = "-") -> str:
    """``92-96``; an open end is left empty (``-84``, ``110-``)."""
    low, high = ("" if math.isnan(v) else f"{v:g}" for v in bounds)
    return f"{low}{dash}{high}"


def flagged(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.verdict in (Verdict.RUNS_SMALL, Verdict.RUNS_LARGE) and f.offset_cm is not None]


def corrected_catalog(catalog: Catalog, findings: Iterable[Finding]) -> tuple[Catalog, list[Change]]:
    """A copy of ``catalog`` with every flagged size's body ranges shifted by its offset."""
    body_min = catalog.body_min_cm.copy()
    body_max = catalog.body_max_cm.copy()
    garment = catalog.garment_cm.copy()
    sources = catalog.source_codes.copy()
    main_step, steps, main_dim = grading_cm(catalog, model_settings().default_grading_cm)
    listing_of_row = catalog.size_listing_index
    changes: list[Change] = []
    body_code = TABLE_SOURCES.index(TableSource.BODY_RANGES)
    for finding in flagged(findings):
        i = catalog.index_of(finding.listing_id)
        start, stop = int(catalog.size_offsets[i]), int(catalog.size_offsets[i + 1])
        labels = [str(v) for v in catalog.size_labels[start:stop]]
        if finding.size_label not in labels:
            raise SizerError(f"{finding.listing_id} has no size {finding.size_label!r}; valid: {', '.join(labels)}")
        r = start + labels.index(finding.size_label)
        main = int(main_dim[listing_of_row[r]])
        for j, dim in enumerate(catalog.dimensions):
            low, high = float(catalog.body_min_cm[r, j]), float(catalog.body_max_cm[r, j])
            if math.isnan(low) and math.isnan(high):
                continue  # the dimension is not part of this size (an open-ended size keeps its open end)
            ratio = 1.0 if j == main else (steps[r, j] / main_step[r] if main_step[r] > 0 else 0.0)
            shift = round(float(finding.offset_cm) * ratio, 1)
            if shift == 0.0:
                continue
            new = (round(low + shift, 1), round(high + shift, 1))  # NaN, an open end, stays NaN
            body_min[r, j], body_max[r, j] = new
            changes.append(Change(finding.listing_id, finding.size_label, dim, (round(low, 1), round(high, 1)), new))
        # The size now has explicit body ranges (a chart label or a tech pack no longer describes it).
        sources[r] = body_code
        garment[r, :] = np.nan
        body_min[r, :] = np.round(body_min[r, :], 1)
        body_max[r, :] = np.round(body_max[r, :], 1)
    # replaced() keeps the open ends ("up to 84") and segments: built anew, an open end was saved
    # as the plausible end it is closed at for arithmetic, a number no adult's size table holds
    corrected = catalog.replaced(source_codes=sources, body_min_cm=body_min, body_max_cm=body_max, garment_cm=garment)
    return corrected, changes


@dataclass(frozen=True)
class AppliedCorrection:
    path: Path  # the corrected catalogue
    backup: Path | None  # the catalogue as it was (None when written to a new file)
    changes: list[Change]

    def undo(self) -> None:
        """Put the catalogue back as it was before (atomically)."""
        if self.backup is None:
            raise SizerError(f"{self.path} was a new file; delete it to undo")
        atomic_write_bytes(self.path, self.backup.read_bytes())


def backup_path(path: Path, now: dt.datetime | None = None) -> Path:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.before-returns-{stamp}{path.suffix}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.before-returns-{stamp}-{n}{path.suffix}")
        n += 1
    return candidate


def apply_corrections(catalog: Catalog, findings: Iterable[Finding], path: str | Path,
                      out: str | Path | None = None) -> AppliedCorrection:
    """Write the corrected catalogue to ``out`` (default: over ``path``, keeping a backup of it)."""
    path = Path(path)
    corrected, changes = corrected_catalog(catalog, findings)
    target = Path(out) if out is not None else path
    backup = None
    if target.exists():
        backup = backup_path(target)
        shutil.copy2(target, backup)
    save_catalog(target, corrected)
    return AppliedCorrection(target, backup, changes)
