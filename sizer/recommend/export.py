"""Recommendations to JSON (the CLI's --json shape) and to CSV/XLSX/JSON files for merchandisers."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sizer.dimensions import DIMENSION_IDS
from sizer.export import write_table
from sizer.recommend.text import describe
from sizer.recommend.verdicts import Recommendation


def recommendations_payload(recommendations: Sequence[Recommendation]) -> dict[str, Any]:
    """``{"recommendations": [...]}``, each with listing_id, size (None: nothing fits),
    alternative, confidence, fit, equivalents and the reasons as codes with parameters."""
    return {"recommendations": [r.to_json_dict() for r in recommendations]}


def recommendation_table(recommendations: Sequence[Recommendation]) -> tuple[list[str], list[list[Any]]]:
    """One row per listing, one ``fit_<dimension>`` column per dimension any listing uses."""
    used = {dim for r in recommendations for dim in r.fit}
    dims = [d for d in DIMENSION_IDS if d in used]
    columns = ["listing_id", "title", "category", "size_system", "size", "alternative", "closest", "confidence",
               "status", *[f"fit_{d}" for d in dims], "equivalents", "reasons", "would_improve"]
    rows = []
    for r in recommendations:
        fit = [(r.fit[d].value if r.fit.get(d) else "") if d in r.fit else "" for d in dims]
        equivalents = "; ".join(f"{system} {' or '.join(labels)}" for system, labels in r.equivalents.items())
        rows.append([r.listing_id, r.title, r.category, r.size_system, r.size, r.alternative, r.closest,
                     round(r.confidence, 3), r.status.value, *fit, equivalents, describe(r),
                     ", ".join(r.would_improve)])
    return columns, rows


def export_recommendations(path: str | Path, recommendations: Sequence[Recommendation]) -> Path:
    """Write the recommendations to ``path`` (.csv, .xlsx or .json), atomically."""
    columns, rows = recommendation_table(recommendations)
    return write_table(path, columns, rows, sheet_title="Recommendations",
                       json_payload=recommendations_payload(recommendations))
