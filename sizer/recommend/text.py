"""English words for recommendations, for the CLI and exports (the UI translates the codes itself)."""
from __future__ import annotations

import functools

from sizer.recommend.verdicts import Decider, Direction, Reason, ReasonCode, Recommendation, ZoneFit


def _names(dimensions) -> str:
    return _joined_names(tuple(str(getattr(d, "value", d)) for d in dimensions))


@functools.lru_cache(maxsize=1024)
def _joined_names(dimensions: tuple[str, ...]) -> str:
    # A whole catalogue's reasons name the same few dimensions again and again.
    names = [d.replace("_", " ") for d in dimensions]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


_LENGTH_ZONES = frozenset({ZoneFit.TOO_SHORT, ZoneFit.SHORT, ZoneFit.LONG, ZoneFit.TOO_LONG})


def _zone_words(dimension: str, zone: ZoneFit) -> str:
    """``chest girth tight``; a length zone speaks of the garment: ``too long for your stature``."""
    if zone in _LENGTH_ZONES:
        return f"{zone.value.replace('_', ' ')} for your {_names([dimension])}"
    return f"{_names([dimension])} {zone.value.replace('_', ' ')}"


def describe_reason(reason: Reason) -> str:
    p = reason.params
    code = reason.code
    if code is ReasonCode.FITS_WITHIN:
        return f"{p['size']} fits"
    if code is ReasonCode.BETWEEN_SIZES:
        direction = p["direction"].value
        deciders = p["decided_by"]
        if deciders == [Decider.MEASUREMENTS] and p.get("edge"):
            edge = p["edge"]
            verb = "is" if len(edge) == 1 else "are"
            if direction == "longer":
                trade = "a length a little long can be worn or turned up, one too short cannot"
            else:
                trade = "a size a little loose can be worn, one too tight cannot"
            why = f"your {_names(edge)} {verb} at the edge between the two, and {trade}"
        elif deciders == [Decider.MEASUREMENTS]:
            why = "your measurements sit better in it"
        else:
            parts = []
            if Decider.FIT_PREFERENCE in deciders:
                parts.append(f"you prefer a {p['fit_preference'].value} fit")
            if Decider.FIT_INTENT in deciders:
                parts.append(f"this is a {p['fit_intent'].value} cut")
            if Decider.STRETCH in deciders:
                parts.append("the fabric stretches")
            why = " and ".join(parts)
        # one size in two lengths (a sleeve, an inseam, a suit length) is not two sizes
        lengths = ", the same size in two lengths" if p.get("lengths") else ""
        return f"between {p['size']} and {p['alternative']}{lengths}: the {direction} {p['size']}, because {why}"
    if code is ReasonCode.NO_SIZE_FITS:
        parts = []
        for r in p["ruled_out_by"]:
            if r["body_is"] is Direction.LARGER:
                parts.append(f"your {_names([r['dimension']])} is {r['by_cm']:g} cm over the largest size")
            else:
                parts.append(f"your {_names([r['dimension']])} is {r['by_cm']:g} cm under the smallest size")
        return f"no size: {'; '.join(parts)} (closest: {p['closest']})"
    if code is ReasonCode.BEST_AVAILABLE:
        zones = ", ".join(_zone_words(d, z) for d, z in p["zones"].items())
        also = f"; or {p['alternative']}, within every range's tolerance, a closer fit" if p.get("alternative") else ""
        return f"{p['size']} is the best size, {zones}{also}"
    if code is ReasonCode.VARIANT_BY_LENGTH:
        return f"length chosen by your {_names(p['dimensions'])}"
    if code is ReasonCode.NO_USABLE_MEASUREMENTS:
        return f"needs your {_names(p['needed'])}"
    if code is ReasonCode.MISSING_MEASUREMENTS:
        return f"surer with your {_names(p['dimensions'])}"
    if code is ReasonCode.UNCERTAIN_MEASUREMENTS:
        return f"measure your {_names(p['dimensions'])} again to be surer"
    if code is ReasonCode.STAND_IN_MEASUREMENTS:
        pairs = ", ".join(f"{_names([d])} from your {_names([s])}" for d, s in p["stand_ins"].items())
        return f"estimated {pairs}; measure it to be surer"
    return code.value


def describe(recommendation: Recommendation) -> str:
    return "; ".join(describe_reason(r) for r in recommendation.reasons)
