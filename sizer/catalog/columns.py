"""The catalogue file's columns: which names are allowed and what each one means.

Columns: ``listing_id, title, category, size_label`` (required), ``size_system, fit, stretch, segment,
size_type, sku`` (optional; segment: women, men, unisex, girls, boys, baby or kids, else the category's;
size_type: regular, petite, plus, tall, big or maternity, the category's chart of that size type;
sku: the merchant's own id of the size row, kept as written, spaces included), ``label_<SYSTEM>``
(optional, any number: the brand's own label of the size in another size system, ``label_US``
"0-2", ``label_UK`` "4-6", as its size chart gave it; shown and sent instead of the standard
chart's equivalent in that system), then measurement columns named after the body-dimension vocabulary:
``<dimension>_min`` / ``<dimension>_max`` (a body range) or ``garment_<dimension>`` (a garment
measurement), each in cm, or in inches when the name ends in ``_in`` (``chest_girth_min_in``).
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from sizer.dimensions import DIMENSION_IDS
from sizer.errors import suggest
from sizer.problems import Problem, alternatives, quoted

REQUIRED_COLUMNS = ("listing_id", "title", "category", "size_label")
OPTIONAL_COLUMNS = ("size_system", "fit", "stretch", "segment", "size_type", "sku")


LABEL_COLUMN_PREFIX = "label_"
_LABEL_COLUMN_RE = re.compile(r"^label_(?P<system>[a-z]{2,4})$")


def parse_label_column(name: str) -> str | None:
    """The size system (upper case) a normalised ``label_<system>`` column name gives labels in."""
    match = _LABEL_COLUMN_RE.match(name)
    return match["system"].upper() if match else None


def label_column(system: str) -> str:
    return f"{LABEL_COLUMN_PREFIX}{system}"


class MeasurementRole(str, enum.Enum):
    BODY_MIN = "min"
    BODY_MAX = "max"
    GARMENT = "garment"


@dataclass(frozen=True)
class MeasurementColumn:
    index: int
    name: str
    dimension: str
    role: MeasurementRole
    inches: bool


_MEASUREMENT_RE = re.compile(
    r"^(?P<garment>garment_)?(?P<dim>[a-z_]+?)(?:_(?P<bound>min|max))?(?:_(?P<unit>cm|in))?$")


def normalise_header(name: str) -> str:
    """``"Chest girth min"`` and ``" chest_girth_min "`` both name ``chest_girth_min``."""
    return re.sub(r"[\s\-]+", "_", str(name).strip().lower())


def parse_measurement_column(name: str) -> tuple[str, MeasurementRole, bool] | None:
    """(dimension, role, in inches) for a valid measurement column name, else None."""
    match = _MEASUREMENT_RE.match(name)
    if not match or match["dim"] not in DIMENSION_IDS:
        return None
    garment, bound = bool(match["garment"]), match["bound"]
    if garment == bool(bound):  # garment_x_min and a bare x are both meaningless
        return None
    role = MeasurementRole.GARMENT if garment else MeasurementRole(bound)
    return match["dim"], role, match["unit"] == "in"


def valid_column_examples() -> list[str]:
    """Every valid column name in cm, for did-you-mean suggestions."""
    names = list(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)
    for dim in DIMENSION_IDS:
        names += [f"{dim}_min", f"{dim}_max", f"garment_{dim}"]
    return names


def explain_unknown_column(name: str) -> Problem:
    hints = suggest(name, valid_column_examples())
    return Problem("unknown_column", column=quoted(name),
                   did_you_mean=Problem("did_you_mean", suggestions=alternatives(hints)) if hints else "",
                   fields=list(REQUIRED_COLUMNS + OPTIONAL_COLUMNS), dimensions=list(DIMENSION_IDS))
