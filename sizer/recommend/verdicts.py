"""What a recommendation says, as values and enums; the CLI and the UI turn them into words."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class ZoneFit(str, enum.Enum):
    """How the recommended size fits the body at one measurement."""

    TIGHT = "tight"  # the body is bigger than the size allows
    SNUG = "snug"  # close: the top of the size's range
    GOOD = "good"
    LOOSE = "loose"  # roomy: the bottom of the size's range
    TOO_LOOSE = "too_loose"  # the body is smaller than the size allows
    # The same five places, said of a length (a sleeve, an inseam, a height): a garment whose
    # length range the body exceeds is short on it, not tight.
    TOO_SHORT = "too_short"
    SHORT = "short"
    LONG = "long"
    TOO_LONG = "too_long"


# The engine's integer codes, in this order (int8 arrays index this tuple).
ZONE_FITS: tuple[ZoneFit, ...] = (ZoneFit.TIGHT, ZoneFit.SNUG, ZoneFit.GOOD, ZoneFit.LOOSE, ZoneFit.TOO_LOOSE)
LENGTH_ZONE_FITS: tuple[ZoneFit, ...] = (ZoneFit.TOO_SHORT, ZoneFit.SHORT, ZoneFit.GOOD, ZoneFit.LONG, ZoneFit.TOO_LONG)
# Zones beyond the size's tolerance: worn, but not as designed.
OFF_ZONES = frozenset({ZoneFit.TIGHT, ZoneFit.TOO_LOOSE, ZoneFit.TOO_SHORT, ZoneFit.TOO_LONG})


def zone_fit(code: int, dimension: str) -> ZoneFit | None:
    """The engine's zone code for a dimension as a ZoneFit (lengths speak of length); None if unmeasured."""
    if code < 0:
        return None
    from sizer.dimensions import DimensionKind, get_dimension

    table = LENGTH_ZONE_FITS if get_dimension(dimension).kind is DimensionKind.LENGTH else ZONE_FITS
    return table[code]


ZONE_NOT_IN_TABLE = -1
ZONE_NOT_MEASURED = -2


class RecommendationStatus(str, enum.Enum):
    FITS = "fits"  # one size fits, the body well inside it or only it fitting
    BETWEEN_SIZES = "between_sizes"  # two sizes fit; fit intent and preference chose
    # The body is within the chart but no size fits every zone (real bodies are not graded like
    # charts): the size the fit cost prefers, with the zones that will be off named.
    BEST_AVAILABLE = "best_available"
    NO_FIT = "no_fit"  # the body is outside the chart: tight in every size, or past its smallest or largest
    NO_MEASUREMENTS = "no_measurements"  # the profile has none of the table's measurements


STATUSES: tuple[RecommendationStatus, ...] = tuple(RecommendationStatus)


class ReasonCode(str, enum.Enum):
    """Why the recommendation is what it is; ``Reason.params`` carries the particulars."""

    FITS_WITHIN = "fits_within"  # params: size
    # params: size, alternative, direction, decided_by, fit_preference, fit_intent, stretch; lengths
    # (the variant dimensions, when direction is longer/shorter); edge (the dimensions at which the
    # body sits at the roomy end of the chosen larger/longer size: why it was chosen, see explain.py)
    BETWEEN_SIZES = "between_sizes"
    # params: ruled_out_by [{dimension, body_is: larger|smaller than every size, by_cm: past the
    # largest size's maximum or under the smallest's minimum}], closest
    NO_SIZE_FITS = "no_size_fits"
    # A size, though some zones are off; params: size, zones {dimension: ZoneFit} (the off ones),
    # fits_by_zone {dimension: [labels that dimension alone accepts]}
    BEST_AVAILABLE = "best_available"
    VARIANT_BY_LENGTH = "variant_by_length"  # the length variant chosen after the size; params: dimensions
    NO_USABLE_MEASUREMENTS = "no_usable_measurements"  # params: needed [dimension]
    MISSING_MEASUREMENTS = "missing_measurements"  # params: dimensions [dimension]
    UNCERTAIN_MEASUREMENTS = "uncertain_measurements"  # params: dimensions [dimension]
    STAND_IN_MEASUREMENTS = "stand_in_measurements"  # params: stand_ins {dimension: used instead}


class Direction(str, enum.Enum):
    """Larger or smaller: the chosen size against the alternative, or the body against every size.
    Longer or shorter: the chosen size against an alternative that is the same size in another
    length (a shirt's sleeve 34/35 against 32/33, jeans' L32 against L30, a suit's L against R)."""

    LARGER = "larger"
    SMALLER = "smaller"
    LONGER = "longer"
    SHORTER = "shorter"


class Decider(str, enum.Enum):
    """What chose between two fitting sizes."""

    FIT_PREFERENCE = "fit_preference"
    FIT_INTENT = "fit_intent"
    STRETCH = "stretch"  # the fabric gives, so the smaller size
    MEASUREMENTS = "measurements"  # the body simply sits better in one of them


@dataclass(frozen=True)
class Reason:
    code: ReasonCode
    params: dict[str, Any] = field(default_factory=dict)

    def to_json_dict(self) -> dict[str, Any]:
        return {"code": self.code.value, "params": _plain(self.params)}


@dataclass(frozen=True)
class Recommendation:
    """The verdict for one listing and one body.

    ``size`` is None when nothing fits (``closest`` then names the nearest size). ``fit`` gives
    the zone verdict of ``size`` (or of ``closest``) for every dimension the table uses: None
    when the profile lacks that measurement or that size of the table does not give it. ``confidence`` is the probability, given the
    measurement uncertainties, that ``size`` fits; with no size, that none does.
    """

    listing_id: str
    title: str
    category: str
    size_system: str
    status: RecommendationStatus
    size: str | None
    alternative: str | None
    closest: str | None
    confidence: float
    fit: dict[str, ZoneFit | None]
    body_ranges_cm: dict[str, tuple[float, float]]
    reasons: tuple[Reason, ...]
    would_improve: tuple[str, ...]
    equivalents: dict[str, tuple[str, ...]]
    # True when the chart does not know the label, so the equivalents are the chart's sizes for a
    # body in the middle of the size's ranges (a brand's own "2XL", say).
    equivalents_estimated: bool = False

    def reason(self, code: ReasonCode) -> Reason | None:
        return next((r for r in self.reasons if r.code is code), None)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "listing_id": self.listing_id,
            "title": self.title,
            "category": self.category,
            "size_system": self.size_system or None,
            "size": self.size,
            "alternative": self.alternative,
            "closest": self.closest,
            "confidence": round(self.confidence, 3),
            "status": self.status.value,
            "fit": {dim: (zone.value if zone else None) for dim, zone in self.fit.items()},
            "equivalents": {system: list(labels) for system, labels in self.equivalents.items()},
            "equivalents_estimated": self.equivalents_estimated,
            "reasons": [r.to_json_dict() for r in self.reasons],
            "would_improve": list(self.would_improve),
        }


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
