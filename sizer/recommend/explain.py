"""Turns one listing's row of the engine's arrays into a :class:`Recommendation` with its reasons."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from sizer.catalog import chart_bridge
from sizer.catalog.model import FIT_INTENTS, STRETCHES
from sizer.catalog.segments import load_zone_table
from sizer.recommend.engine import DECIDED_BY_INTENT, DECIDED_BY_PREFERENCE
from sizer.recommend.verdicts import (OFF_ZONES, STATUSES, Decider, Direction, Reason, ReasonCode, Recommendation,
                                      RecommendationStatus, ZoneFit, zone_fit)

if TYPE_CHECKING:
    from sizer.recommend.engine import RecommendationSet


def build_recommendation(results: RecommendationSet, index: int) -> Recommendation:
    catalog, batch = results.catalog, results.batch
    status = STATUSES[batch.status[0, index]]
    best_row = int(batch.best_row[0, index])
    alt_row = int(batch.alternative_row[0, index])
    start, stop = int(catalog.size_offsets[index]), int(catalog.size_offsets[index + 1])
    table_dims = [j for j in range(len(catalog.dimensions))
                  if not np.isnan(catalog.body_min_cm[start:stop, j]).all()]
    category = str(catalog.categories[index])
    system = str(catalog.size_systems[index])
    label = str(catalog.size_labels[best_row]) if best_row >= 0 else None
    alternative = str(catalog.size_labels[alt_row]) if alt_row >= 0 else None

    fit = {}
    ranges = {}
    for j in table_dims:
        dim = catalog.dimensions[j]
        code = int(batch.zones[0, index, j])
        fit[dim] = zone_fit(code, dim)
        if best_row >= 0 and not np.isnan(catalog.body_min_cm[best_row, j]):
            ranges[dim] = (float(catalog.body_min_cm[best_row, j]), float(catalog.body_max_cm[best_row, j]))

    missing = [catalog.dimensions[j] for j in table_dims if batch.missing[0, index, j]]
    uncertain = [catalog.dimensions[j] for j in table_dims if batch.uncertain[0, index, j]]
    stand_ins = _stand_ins(results, fit)
    # A stand-in is uncertain by construction; its own reason already says to measure it.
    uncertain = [d for d in uncertain if d not in stand_ins]
    variants = [d for d in load_zone_table().of(category).variants if fit.get(d) is not None]
    reasons = listing_reasons(
        status, [catalog.dimensions[j] for j in table_dims], fit, label, alternative, best_row, alt_row,
        int(batch.decided_by[0, index]), FIT_INTENTS[catalog.fit_codes[index]],
        STRETCHES[catalog.stretch_codes[index]], results.profile.fit_preference,
        ruled_out_by=lambda: [{"dimension": catalog.dimensions[j],
                               "body_is": (Direction.LARGER if batch.ruled_out[0, index, j] > 0
                                           else Direction.SMALLER),
                               "by_cm": round(float(batch.beyond_cm[0, index, j]), 1)}
                              for j in table_dims if batch.ruled_out[0, index, j]],
        fits_by_zone=lambda: _fits_by_zone(results, index), variants=variants,
        has_length_variants=lambda: _has_length_variants(results, index, best_row),
        length_direction=lambda: length_direction(catalog.body_min_cm, catalog.body_max_cm, catalog.dimensions,
                                                  variants, best_row, alt_row),
        missing=missing, uncertain=uncertain, stand_ins=stand_ins)

    size = label if status in (RecommendationStatus.FITS, RecommendationStatus.BETWEEN_SIZES,
                               RecommendationStatus.BEST_AVAILABLE) else None
    equivalents, estimated = chart_bridge.listing_equivalents(
        category, system, size, ranges, catalog.size_system_labels[best_row]) if size else ({}, False)
    return Recommendation(
        listing_id=str(catalog.listing_ids[index]), title=str(catalog.titles[index]), category=category,
        size_system=system, status=status, size=size,
        alternative=alternative if size else None,
        closest=label if size is None else None,
        confidence=float(batch.confidence[0, index]), fit=fit, body_ranges_cm=ranges,
        reasons=tuple(reasons),
        would_improve=tuple(dict.fromkeys(missing + uncertain + list(stand_ins))),
        equivalents=equivalents,
        equivalents_estimated=estimated,
    )


def listing_reasons(status: RecommendationStatus, table_dims: list[str], fit: dict, label: str | None,
                    alternative: str | None, best_row: int, alt_row: int, decided: int, intent, stretch,
                    preference, *, ruled_out_by: Callable[[], list[dict]],
                    fits_by_zone: Callable[[], dict[str, list[str]]], variants: list[str],
                    has_length_variants: Callable[[], bool], length_direction: Callable[[], Direction | None],
                    missing: list[str], uncertain: list[str], stand_ins: dict[str, str]) -> list[Reason]:
    """One listing's reasons, in order: the one rule behind both build_recommendation and the fast
    export (sizer.recommend.bulk_export), which read the same engine arrays in different ways. The
    callables are asked only when the verdict needs them (they cost a look at the size table);
    ``length_direction`` says whether the alternative is the same size in another length (below)."""
    reasons: list[Reason] = []
    if status is RecommendationStatus.NO_MEASUREMENTS:
        reasons.append(Reason(ReasonCode.NO_USABLE_MEASUREMENTS, {"needed": list(table_dims)}))
    elif status is RecommendationStatus.NO_FIT:
        reasons.append(Reason(ReasonCode.NO_SIZE_FITS, {"ruled_out_by": ruled_out_by(), "closest": label}))
    elif status is RecommendationStatus.BEST_AVAILABLE:
        off = {dim: zone for dim, zone in fit.items() if zone in OFF_ZONES}
        reasons.append(Reason(ReasonCode.BEST_AVAILABLE, {"size": label, "zones": off,
                                                          "fits_by_zone": fits_by_zone(),
                                                          "alternative": alternative}))
    elif status is RecommendationStatus.BETWEEN_SIZES:
        deciders = []
        if decided & DECIDED_BY_PREFERENCE:
            deciders.append(Decider.FIT_PREFERENCE)
        if decided & DECIDED_BY_INTENT:
            from sizer.recommend.settings import load_settings

            settings = load_settings()
            if settings.intent_shift[intent]:
                deciders.append(Decider.FIT_INTENT)
            if settings.stretch_shift[stretch]:
                deciders.append(Decider.STRETCH)
        # A sleeve, an inseam or a suit length is a variant picked after the size: two lengths of one
        # size are a longer and a shorter one, not a larger and a smaller size.
        direction = (length_direction() if variants else None) or (
            Direction.LARGER if best_row > alt_row else Direction.SMALLER)
        params = {
            "size": label, "alternative": alternative, "direction": direction,
            "decided_by": deciders or [Decider.MEASUREMENTS],
            "fit_preference": preference, "fit_intent": intent, "stretch": stretch,
        }
        if direction in (Direction.LONGER, Direction.SHORTER):
            params["lengths"] = list(variants)
        if not deciders and direction in (Direction.LARGER, Direction.LONGER):
            # Measurements alone chose the roomier size while the body sits at its roomy end at every
            # zone that sets it (the lengths for a length, the others for a size): the body is at the
            # edge between the two, and the fit cost weighs too tight (too short) over too loose (too
            # long), as one can be worn and the other cannot (sizer/data/recommend.toml [cost]).
            lengthwise = direction is Direction.LONGER
            zones = {dim: zone for dim, zone in fit.items() if zone is not None and (dim in variants) == lengthwise}
            roomy = (ZoneFit.LOOSE, ZoneFit.TOO_LOOSE, ZoneFit.LONG, ZoneFit.TOO_LONG)
            if zones and all(zone in roomy for zone in zones.values()):
                params["edge"] = list(zones)
        reasons.append(Reason(ReasonCode.BETWEEN_SIZES, params))
    else:
        reasons.append(Reason(ReasonCode.FITS_WITHIN, {"size": label}))
    if variants and label and status is not RecommendationStatus.NO_FIT and has_length_variants():
        reasons.append(Reason(ReasonCode.VARIANT_BY_LENGTH, {"size": label, "dimensions": variants}))
    if missing and status is not RecommendationStatus.NO_MEASUREMENTS:
        reasons.append(Reason(ReasonCode.MISSING_MEASUREMENTS, {"dimensions": missing}))
    if uncertain:
        reasons.append(Reason(ReasonCode.UNCERTAIN_MEASUREMENTS, {"dimensions": uncertain}))
    if stand_ins:
        reasons.append(Reason(ReasonCode.STAND_IN_MEASUREMENTS, {"stand_ins": stand_ins}))
    return reasons


def length_direction(body_min: np.ndarray, body_max: np.ndarray, dimensions: tuple[str, ...] | list[str],
                     variants: list[str], best_row: int, alt_row: int) -> Direction | None:
    """LONGER or SHORTER when the alternative size row is the chosen one in another length: the
    same ranges at every zone but the ``variants`` (sleeve, inside leg, stature), the chosen one's
    variant ranges higher or lower; None when they are two sizes (or no alternative)."""
    if best_row < 0 or alt_row < 0 or not variants:
        return None
    lengths = [j for j, d in enumerate(dimensions) if d in variants]
    others = [j for j, d in enumerate(dimensions) if d not in variants]
    rows = [best_row, alt_row]
    low, high = body_min[rows], body_max[rows]
    if not (np.allclose(low[0, others], low[1, others], equal_nan=True)
            and np.allclose(high[0, others], high[1, others], equal_nan=True)):
        return None
    with np.errstate(invalid="ignore"):
        middle = (low[:, lengths] + high[:, lengths]) / 2
    given = ~np.isnan(middle).any(axis=0)
    if not given.any():
        return None
    shift = float((middle[0, given] - middle[1, given]).sum())
    return None if shift == 0 else (Direction.LONGER if shift > 0 else Direction.SHORTER)


def _has_length_variants(results: RecommendationSet, index: int, row: int) -> bool:
    """Another size of the listing has the chosen size's ranges at every zone but the variant lengths."""
    catalog = results.catalog
    variants = set(load_zone_table().of(str(catalog.categories[index])).variants)
    keep = [j for j, d in enumerate(catalog.dimensions) if d not in variants]
    start, stop = int(catalog.size_offsets[index]), int(catalog.size_offsets[index + 1])
    low, high = catalog.body_min_cm[start:stop][:, keep], catalog.body_max_cm[start:stop][:, keep]
    same = (np.isclose(low, low[row - start], equal_nan=True) & np.isclose(high, high[row - start], equal_nan=True))
    return int(same.all(axis=1).sum()) > 1


def _stand_ins(results: RecommendationSet, fit: dict) -> dict[str, str]:
    """Table dimensions that were judged on a stand-in measurement (e.g. bust from chest)."""
    from sizer.recommend.settings import load_settings

    measured = results.profile.measurements_cm
    substitutes = load_settings().substitutes
    return {dim: substitutes[dim][0] for dim, zone in fit.items()
            if zone is not None and dim not in measured and dim in substitutes}


def _fits_by_zone(results: RecommendationSet, index: int) -> dict[str, list[str]]:
    """For each measured dimension of the table, the sizes that dimension alone would accept:
    shows why no size fits all (e.g. the chest needs L or XL, the waist S or M)."""
    from sizer.recommend.engine import profile_arrays
    from sizer.recommend.settings import load_settings

    catalog = results.catalog
    settings = load_settings()
    measured, _, _ = profile_arrays([results.profile], catalog.dimensions, settings)
    tolerance = settings.tolerances(catalog.dimensions)
    start, stop = int(catalog.size_offsets[index]), int(catalog.size_offsets[index + 1])
    accepted: dict[str, list[str]] = {}
    for j, dim in enumerate(catalog.dimensions):
        value = measured[0, j]
        lows, highs = catalog.body_min_cm[start:stop, j], catalog.body_max_cm[start:stop, j]
        if np.isnan(value) or np.isnan(lows).all():
            continue
        ok = (lows - tolerance[j] <= value) & (value <= highs + tolerance[j])
        accepted[dim] = [str(catalog.size_labels[start + k]) for k in np.flatnonzero(ok)]
    return accepted
