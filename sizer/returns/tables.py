"""The findings as rows for CSV/XLSX reports, and the plain-words evidence of each finding."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from sizer.export.tables import write_table
from sizer.returns.analysis import Analysis, Finding, Verdict

COLUMNS = ["listing_id", "size_label", "verdict", "probability", "offset_cm", "scope", "orders", "kept",
           "returned_too_small", "returned_too_large", "returned_other", "bracketed_orders", "bracketed_returned",
           "estimated_offset_cm", "offset_sd_cm", "more_orders_needed"]


def findings_rows(analysis: Analysis) -> list[list[Any]]:
    rows = []
    for f in analysis.findings:
        payload = f.to_json()
        rows.append(["" if payload[c] is None else payload[c] for c in COLUMNS])
    return rows


def write_findings_table(path: str | Path, analysis: Analysis) -> Path:
    """The findings as CSV or XLSX (atomically)."""
    return write_table(path, COLUMNS, findings_rows(analysis), sheet_title="Returns")


def evidence(f: Finding) -> str:
    """The finding in plain English, with its numbers (the UI translates its own version)."""
    small, large, other = f.return_rates
    counts = (f"{f.orders} orders: {f.returned_too_small} returned too small ({small:.0%}), "
              f"{f.returned_too_large} too large ({large:.0%}), {f.returned_other} for other reasons")
    if f.verdict is Verdict.RUNS_SMALL:
        return (f"Runs small (probability {f.probability:.0%}): {counts}. It fits bodies about "
                f"{abs(f.offset_cm or 0):.1f} cm smaller than its chart says; move its ranges down by that.")
    if f.verdict is Verdict.RUNS_LARGE:
        return (f"Runs large (probability {f.probability:.0%}): {counts}. It fits bodies about "
                f"{abs(f.offset_cm or 0):.1f} cm larger than its chart says; move its ranges up by that.")
    if f.verdict is Verdict.TRUE_TO_SIZE:
        return f"True to size (probability {f.probability:.0%}): {counts}."
    return (f"Not enough data yet: {counts}. About {f.more_orders_needed} more orders would settle it "
            f"(the estimate so far: {f.estimated_offset_cm:+.1f} ± {f.offset_sd_cm:.1f} cm).")
