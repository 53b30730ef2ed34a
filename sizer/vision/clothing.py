"""What the shopper wears, and what it does to the silhouette's girths.

A one-tap answer (fitted / regular / loose) is an input to the session, the photo path and the
CLI. Fitted and regular clothes add a layer over the body: its allowance (mean and spread, from
sizer/data/clothing_allowance.toml) is subtracted from each girth and its spread joins the
girth's uncertainty. Loose clothes hide the body: the girths are refused with advice, whether the
shopper said so or the silhouette shows it (sizer/vision/clothing_check.py).
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import lru_cache

from sizer.errors import DataFileError, MeasurementInputError, UnknownChoiceError
from sizer.problems import Problem
from sizer.resources import data, read_toml

ALLOWANCE_FILE = "clothing_allowance.toml"

LOOSE_ADVICE = Problem("loose_clothes_advice")


class Clothing(str, enum.Enum):
    FITTED = "fitted"  # t-shirt and leggings, sportswear, underwear
    REGULAR = "regular"  # a shirt and trousers that follow the body without hanging
    LOOSE = "loose"  # hoodie, loose dress, wide trousers: refused

    @classmethod
    def parse(cls, text: "str | Clothing | None") -> "Clothing | None":
        if text is None or isinstance(text, Clothing):
            return text
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise UnknownChoiceError("clothing", text, [c.value for c in cls]) from None


@dataclass(frozen=True)
class Allowance:
    """How much a garment layer adds to a measurement (cm), and how much that varies (1 sd)."""

    mean_cm: float
    sd_cm: float


@lru_cache(maxsize=1)
def _table() -> dict:
    document = read_toml(data(ALLOWANCE_FILE), "the clothing allowances")
    try:
        return {clothing: {key: Allowance(float(v[0]), float(v[1])) for key, v in document["allowance"][clothing].items()}
                for clothing in (Clothing.FITTED.value, Clothing.REGULAR.value)}
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise DataFileError(ALLOWANCE_FILE, None, "allowance",
                            f"expected [allowance.fitted] and [allowance.regular] of key = [mean_cm, sd_cm] ({error})") from None


def allowance(clothing: Clothing | None, measurement: str) -> Allowance:
    """The layer's allowance for one measurement; none for bare skin (``None``: not asked)."""
    if clothing is None:
        return Allowance(0.0, 0.0)
    if clothing is Clothing.LOOSE:
        raise MeasurementInputError(Problem("loose_clothes"), LOOSE_ADVICE)
    return _table()[clothing.value].get(measurement, Allowance(0.0, 0.0))
