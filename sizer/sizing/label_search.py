"""Find a size label as people type it: by likeness, not only by how it starts.

"xxl" finds XXL and 2XL, "38" finds 37 / 38 and 38, "m " finds M, and a typo ("XLL") still finds
XL and XXL. Qt-free, so the charts page and the CLI rank suggestions by one rule.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

_X_RUN = re.compile(r"^(X{2,})(S|L)$")
_N_X = re.compile(r"^(\d)X(S|L)$")


def normalise_label(label: str) -> str:
    """Case, spaces and the two spellings of extra sizes folded: "2xl", "XXL" and "xx l" -> "XXL"."""
    folded = re.sub(r"\s+", "", label).upper()
    match = _N_X.match(folded)
    if match:
        return "X" * int(match[1]) + match[2]
    return folded


def suggest_labels(typed: str, labels: Iterable[str], limit: int = 8) -> list[str]:
    """The labels most like ``typed``, best first: same label, then starting with it, then
    containing it (also as one of "37 / 38"), then the closest spellings."""
    wanted = normalise_label(typed)
    if not wanted:
        return []
    unique = list(dict.fromkeys(labels))
    scored: list[tuple[int, float, int, str]] = []
    for order, label in enumerate(unique):
        name = normalise_label(label)
        parts = [normalise_label(p) for p in re.split(r"[/,]", label)]
        if name == wanted or wanted in parts:
            rank = 0
        elif name.startswith(wanted) or any(p.startswith(wanted) for p in parts):
            rank = 1
        elif wanted in name:
            rank = 2
        else:
            ratio = difflib.SequenceMatcher(None, wanted, name).ratio()
            if ratio < 0.5:
                continue
            scored.append((3, -ratio, order, label))
            continue
        scored.append((rank, 0.0, order, label))
    scored.sort()
    return [label for *_key, label in scored[:limit]]
