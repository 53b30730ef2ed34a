"""Return reasons as fit codes: too_small, too_large or other, by the keyword table in
sizer/data/return_reasons.toml (marketplace codes first, then English and Chinese keywords)."""
from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from sizer.resources import data, read_toml


class FitReason(enum.IntEnum):
    """Why a unit came back, as far as its size is concerned. NONE: it was not returned."""

    NONE = 0
    TOO_SMALL = 1
    TOO_LARGE = 2
    OTHER = 3


_NAMES = {"too_small": FitReason.TOO_SMALL, "too_large": FitReason.TOO_LARGE, "other": FitReason.OTHER}


@dataclass(frozen=True)
class ReasonTable:
    codes: dict[str, FitReason]  # upper-cased marketplace code -> reason
    keywords: tuple[tuple[str, FitReason], ...]  # lower-cased keyword, longest first

    def classify(self, text: str) -> FitReason:
        """The fit reason of one returned unit's reason text (empty: other)."""
        stripped = text.strip()
        if not stripped:
            return FitReason.OTHER
        code = self.codes.get(stripped.upper())
        if code is not None:
            return code
        folded = stripped.casefold()
        for keyword, reason in self.keywords:
            if keyword in folded:
                return reason
        return FitReason.OTHER

    def classify_many(self, texts: Sequence[str]) -> np.ndarray:
        """Fit reasons (int8) of many texts; each distinct text is classified once."""
        code_of = {t: int(self.classify(t)) for t in dict.fromkeys(texts)}
        return np.fromiter(map(code_of.__getitem__, texts), dtype=np.int8, count=len(texts))


@lru_cache(maxsize=1)
def reason_table() -> ReasonTable:
    """The bundled keyword table."""
    raw = read_toml(data("return_reasons.toml"), "the return-reason keyword table")
    codes = {code.upper(): _NAMES[name] for name, values in raw["codes"].items() for code in values}
    pairs = [(word.casefold(), _NAMES[name]) for name, words in raw["keywords"].items() for word in words]
    pairs.sort(key=lambda pair: -len(pair[0]))  # the longest (most specific) phrase wins
    return ReasonTable(codes, tuple(pairs))


def classify_reason(text: str) -> FitReason:
    return reason_table().classify(text)
