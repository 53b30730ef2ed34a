"""English words for recommendations, for the CLI and exports (the UI translates the codes itself)."""
from __future__ import annotations

import functools

from sizer.recommend.verdicts import Decider, Direction, Reason, ReasonCode, Recommendation


def _names(dimensions) -> str:
    return _joined_names(tuple(str(getattr(d, "value", d)) for d in dimensions))


@functools.lru_cache(maxsize=1024)
def _joined_names(dimensions: tuple[str, ...]) -> str:
    # A whole catalogue's reasons name the same few dimensions again and again.
    names = [d.replace("_", " ") for d in dimensions]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def describe_reason(reason: Reason) -> str:
    p = reason.params
    code = reason.code
    if code is ReasonCode.FITS_WITHIN:
        return f"{p['size']} fits"
    if code is ReasonCode.BETWEEN_SIZES:
        direction = "larger" if p["direction"] is Direction.LARGER else "smaller"
        deciders = p["decided_by"]
        if deciders == [Decider.MEASUREMENTS]:
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
        return f"between {p['size']} and {p['alternative']}: the {direction} {p['size']}, because {why}"
    if code is ReasonCode.NO_SIZE_FITS:
        parts = []
        for r in p["ruled_out_by"]:
            if r["body_is"] is Direction.LARGER:
                parts.append(f"your {_names([r['dimension']])} is {r['by_cm']:g} cm over the largest size")
            else:
                parts.append(f"your {_names([r['dimension']])} is {r['by_cm']:g} cm under the smallest size")
        return f"no size: {'; '.join(parts)} (closest: {p['closest']})"
    if code is ReasonCode.BEST_AVAILABLE:
        zones = ", ".join(f"{_names([d])} {z.value.replace('_', ' ')}" for d, z in p["zones"].items())
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
