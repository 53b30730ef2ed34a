"""The recommender: fitting, between-size, no-fit and missing-measurement cases, confidence, batches."""
from __future__ import annotations

import math

import numpy as np
import pytest

from fake_charts import fake_charts  # noqa: F401  (fixture)
from sizer.catalog.ease import load_ease_table
from sizer.catalog.model import CatalogBuilder, FitIntent, SizeEntry, Stretch, TableSource
from sizer.profile import BodyProfile, FitPreference
from sizer.recommend import ReasonCode, RecommendationStatus, ZoneFit, recommend, recommend_many
from sizer.recommend.normal import normal_cdf
from sizer.recommend.verdicts import Decider, Direction

pytestmark = pytest.mark.usefixtures("fake_charts")

# A brand's range table: S/M/L by chest and waist, adjacent ranges.
TABLE = {
    "S": {"chest_girth": (88.0, 94.0), "waist_girth": (76.0, 82.0)},
    "M": {"chest_girth": (94.0, 100.0), "waist_girth": (82.0, 88.0)},
    "L": {"chest_girth": (100.0, 106.0), "waist_girth": (88.0, 94.0)},
}


def catalog_of(fit=FitIntent.REGULAR, table=TABLE, listing_id="T1", category="mens_tops", system="INT"):
    builder = CatalogBuilder()
    builder.add_listing(listing_id, "Tee", category, system, fit, Stretch.NONE)
    for label, ranges in table.items():
        builder.add_size(listing_id, SizeEntry(label, TableSource.BODY_RANGES, ranges))
    return builder.build()


def verdict(measurements, fit=FitIntent.REGULAR, preference=FitPreference.REGULAR, uncertainty=None, catalog=None):
    profile = BodyProfile(dict(measurements), dict(uncertainty or {}), fit_preference=preference)
    return recommend(profile, catalog or catalog_of(fit)).recommendation(0)


def test_body_inside_one_size_fits_it_well():
    rec = verdict({"chest_girth": 97, "waist_girth": 85})
    assert rec.status is RecommendationStatus.FITS and rec.size == "M" and rec.alternative is None
    assert rec.fit == {"chest_girth": ZoneFit.GOOD, "waist_girth": ZoneFit.GOOD}
    assert rec.confidence > 0.95
    assert rec.reasons[0].code is ReasonCode.FITS_WITHIN
    assert rec.equivalents == {"EU": ("48",), "US": ("38",)}  # from the chart engine, own system left out
    assert rec.body_ranges_cm == TABLE["M"]


def test_zones_follow_the_position_in_the_range():
    snug = verdict({"chest_girth": 99.5, "waist_girth": 82.5})
    assert snug.size == "M" and snug.fit == {"chest_girth": ZoneFit.SNUG, "waist_girth": ZoneFit.LOOSE}


@pytest.mark.parametrize("preference,fit,size,alternative,direction,deciders", [
    # Tight is worse than loose: a neutral shopper at the top of S takes M.
    (FitPreference.REGULAR, FitIntent.REGULAR, "M", "S", Direction.LARGER, [Decider.MEASUREMENTS]),
    (FitPreference.LOOSE, FitIntent.SLIM, "M", "S", Direction.LARGER, [Decider.MEASUREMENTS]),
    (FitPreference.SNUG, FitIntent.REGULAR, "S", "M", Direction.SMALLER, [Decider.FIT_PREFERENCE]),
    (FitPreference.REGULAR, FitIntent.RELAXED, "S", "M", Direction.SMALLER, [Decider.FIT_INTENT]),
    (FitPreference.SNUG, FitIntent.RELAXED, "S", "M", Direction.SMALLER, [Decider.FIT_PREFERENCE, Decider.FIT_INTENT]),
])
def test_between_sizes_fit_intent_and_preference_decide(preference, fit, size, alternative, direction, deciders):
    # Chest 93.6 and waist 81.6: the top of S, just under M.
    rec = verdict({"chest_girth": 93.6, "waist_girth": 81.6}, fit=fit, preference=preference)
    assert rec.status is RecommendationStatus.BETWEEN_SIZES
    assert (rec.size, rec.alternative) == (size, alternative)
    reason = rec.reason(ReasonCode.BETWEEN_SIZES)
    assert reason.params["direction"] is direction and reason.params["decided_by"] == deciders
    assert reason.params["fit_preference"] is preference and reason.params["fit_intent"] is fit
    assert 0.3 < rec.confidence < 0.99


def test_an_exact_boundary_takes_the_larger_size():
    # 94.0 is S's maximum and M's minimum: at the edge of S it would be snug, in M roomy.
    assert verdict({"chest_girth": 94.0}).size == "M"
    assert verdict({"chest_girth": 94.0}, uncertainty={"chest_girth": 0.1}).size == "M"


@pytest.mark.parametrize("chest,body_is,closest,zone", [
    (115, Direction.LARGER, "L", ZoneFit.TIGHT),
    (80, Direction.SMALLER, "S", ZoneFit.TOO_LOOSE),
])
def test_no_size_fits_and_the_zone_that_rules_them_out(chest, body_is, closest, zone):
    rec = verdict({"chest_girth": chest, "waist_girth": 85 if chest > 100 else 80})
    assert rec.status is RecommendationStatus.NO_FIT and rec.size is None and rec.alternative is None
    assert rec.closest == closest and rec.fit["chest_girth"] is zone
    reason = rec.reason(ReasonCode.NO_SIZE_FITS)
    # Which way, and by how much past the largest size's maximum (106) or under the smallest's minimum (88).
    assert reason.params["ruled_out_by"] == [{"dimension": "chest_girth", "body_is": body_is,
                                              "by_cm": 9.0 if chest > 100 else 8.0}]
    assert rec.confidence > 0.99  # sure that nothing fits
    assert rec.to_json_dict()["size"] is None


def test_zones_that_disagree_still_get_the_best_size_never_a_tight_one():
    rec = verdict({"chest_girth": 104, "waist_girth": 77})  # chest wants L, waist wants S
    assert rec.status is RecommendationStatus.BEST_AVAILABLE and rec.size == "L"
    assert rec.fit == {"chest_girth": ZoneFit.GOOD, "waist_girth": ZoneFit.TOO_LOOSE}
    reason = rec.reason(ReasonCode.BEST_AVAILABLE)
    assert reason.params["zones"] == {"waist_girth": ZoneFit.TOO_LOOSE}
    assert reason.params["fits_by_zone"] == {"chest_girth": ["L"], "waist_girth": ["S"]}
    from sizer.recommend.text import describe_reason
    assert describe_reason(reason) == "L is the best size, waist girth too loose"


def test_missing_measurements_are_named_and_cost_confidence():
    full = verdict({"chest_girth": 97, "waist_girth": 85})
    partial = verdict({"chest_girth": 97})
    assert partial.size == "M" and partial.fit == {"chest_girth": ZoneFit.GOOD, "waist_girth": None}
    assert partial.reason(ReasonCode.MISSING_MEASUREMENTS).params["dimensions"] == ["waist_girth"]
    assert partial.would_improve == ("waist_girth",)
    assert partial.confidence < full.confidence


def test_uncertain_measurements_lower_confidence_and_are_named():
    sure = verdict({"chest_girth": 97.5, "waist_girth": 85}, uncertainty={"chest_girth": 0.5})
    unsure = verdict({"chest_girth": 97.5, "waist_girth": 85}, uncertainty={"chest_girth": 5.0})
    assert sure.size == unsure.size == "M"
    assert unsure.confidence < sure.confidence
    assert unsure.reason(ReasonCode.UNCERTAIN_MEASUREMENTS).params["dimensions"] == ["chest_girth"]
    assert "chest_girth" in unsure.would_improve and not sure.would_improve


def test_confidence_is_the_probability_of_the_acceptable_range():
    rec = verdict({"chest_girth": 97}, uncertainty={"chest_girth": 2.0},
                  catalog=catalog_of(table={k: {"chest_girth": v["chest_girth"]} for k, v in TABLE.items()}))
    tolerance = 1.5  # recommend.toml, girths
    expected = (0.5 * (1 + math.erf((100 + tolerance - 97) / 2.0 / math.sqrt(2)))
                - 0.5 * (1 + math.erf((94 - tolerance - 97) / 2.0 / math.sqrt(2))))
    assert rec.confidence == pytest.approx(expected, abs=1e-4)


def test_no_usable_measurement():
    rec = verdict({"foot_length": 26})
    assert rec.status is RecommendationStatus.NO_MEASUREMENTS and rec.size is None
    assert rec.reason(ReasonCode.NO_USABLE_MEASUREMENTS).params["needed"] == ["chest_girth", "waist_girth"]
    assert rec.confidence == 0.0


def test_garment_table_recommends_through_the_ease():
    ease = load_ease_table()
    builder = CatalogBuilder()
    builder.add_listing("G1", "Oxford shirt", "mens_shirts", "INT", FitIntent.REGULAR, Stretch.NONE)
    for label, garment_chest in (("S", 104.0), ("M", 110.0), ("L", 116.0)):
        low, high = ease.body_range_cm("mens_shirts", "chest_girth", garment_chest, FitIntent.REGULAR, Stretch.NONE)
        builder.add_size("G1", SizeEntry(label, TableSource.GARMENT, {"chest_girth": (low, high)},
                                         {"chest_girth": garment_chest}))
    catalog = builder.build()
    # Regular ease 10–16 cm: the 110 cm garment is for a 94–100 cm chest.
    rec = recommend(BodyProfile({"chest_girth": 97}), catalog).recommendation("G1")
    assert rec.size == "M" and rec.fit["chest_girth"] is ZoneFit.GOOD


def test_listings_with_different_size_counts_and_dimensions_in_one_catalogue():
    builder = CatalogBuilder()
    builder.add_listing("A", "Tee", "mens_tops", "INT")
    for label, ranges in TABLE.items():
        builder.add_size("A", SizeEntry(label, TableSource.BODY_RANGES, ranges))
    builder.add_listing("B", "Hat", "hats", "")
    for label, low in (("S", 54.0), ("M", 56.0), ("L", 58.0), ("XL", 60.0)):
        builder.add_size("B", SizeEntry(label, TableSource.BODY_RANGES, {"head_girth": (low, low + 2)}))
    builder.add_listing("C", "One size scarf", "hats", "")
    builder.add_size("C", SizeEntry("OS", TableSource.BODY_RANGES, {"head_girth": (50.0, 64.0)}))
    catalog = builder.build()
    results = recommend(BodyProfile({"chest_girth": 97, "waist_girth": 85, "head_girth": 58.9}), catalog)
    assert [r.size for r in results] == ["M", "L", "OS"]
    assert results.recommendation("B").fit == {"head_girth": ZoneFit.GOOD}
    assert results.recommendation("B").equivalents == {}  # brand labels without a system


def test_many_profiles_agree_with_one_at_a_time():
    rng = np.random.default_rng(5)
    catalog = catalog_of()
    profiles = [BodyProfile({"chest_girth": float(c), "waist_girth": float(w)},
                            fit_preference=list(FitPreference)[i % 3])
                for i, (c, w) in enumerate(zip(rng.uniform(85, 110, 40), rng.uniform(74, 97, 40)))]
    batch = recommend_many(profiles, catalog)
    for p, profile in enumerate(profiles):
        single = recommend(profile, catalog).batch
        assert batch.best_row[p, 0] == single.best_row[0, 0]
        assert batch.alternative_row[p, 0] == single.alternative_row[0, 0]
        assert batch.status[p, 0] == single.status[0, 0]
        assert batch.confidence[p, 0] == pytest.approx(single.confidence[0, 0], abs=1e-6)
        np.testing.assert_array_equal(batch.zones[p, 0], single.zones[0, 0])


def test_a_bigger_body_never_gets_a_smaller_size():
    catalog = catalog_of(table={k: {"chest_girth": v["chest_girth"]} for k, v in TABLE.items()})
    chests = np.arange(86.0, 108.0, 0.25)
    batch = recommend_many([BodyProfile({"chest_girth": float(c)}) for c in chests], catalog)
    rows = batch.best_row[:, 0]
    assert np.all(np.diff(rows) >= 0)


def test_normal_cdf_matches_erf():
    z = np.linspace(-6, 6, 241)
    expected = np.array([0.5 * (1 + math.erf(v / math.sqrt(2))) for v in z])
    np.testing.assert_allclose(normal_cdf(z), expected, atol=2e-7)


def test_chest_stands_in_for_bust_with_more_uncertainty():
    table = {"S": {"bust_girth": (82.0, 86.0)}, "M": {"bust_girth": (86.0, 92.0)}, "L": {"bust_girth": (92.0, 98.0)}}
    catalog = catalog_of(table=table, category="womens_tops")
    by_chest = recommend(BodyProfile({"chest_girth": 89.0}), catalog).recommendation(0)
    by_bust = recommend(BodyProfile({"bust_girth": 89.0}), catalog).recommendation(0)
    assert by_chest.size == by_bust.size == "M"
    assert by_chest.confidence < by_bust.confidence
    assert by_chest.reason(ReasonCode.STAND_IN_MEASUREMENTS).params["stand_ins"] == {"bust_girth": "chest_girth"}
    assert "bust_girth" in by_chest.would_improve and not by_bust.would_improve


def test_a_size_that_lacks_a_dimension_is_judged_on_the_others():
    table = {"S": {"chest_girth": (88.0, 94.0), "waist_girth": (76.0, 82.0)},
             "M": {"chest_girth": (94.0, 100.0)},  # the brand left M's waist empty
             "L": {"chest_girth": (100.0, 106.0), "waist_girth": (88.0, 94.0)}}
    rec = verdict({"chest_girth": 97, "waist_girth": 85}, catalog=catalog_of(table=table))
    assert rec.size == "M" and rec.fit == {"chest_girth": ZoneFit.GOOD, "waist_girth": None}
    only_waist = verdict({"waist_girth": 79}, catalog=catalog_of(table=table))
    assert only_waist.size == "S"  # M gives no waist, so it cannot be judged on the waist alone


def test_brand_labels_get_estimated_equivalents_from_the_chart():
    table = {"2XL": {"chest_girth": (96.0, 100.0)}, "3XL": {"chest_girth": (100.0, 104.0)}}
    rec = verdict({"chest_girth": 97.5}, catalog=catalog_of(table=table, system=""))
    assert rec.size == "2XL" and rec.equivalents_estimated
    assert rec.equivalents == {"INT": ("M",), "EU": ("48",), "US": ("38",)}  # the chart's size for a 98 cm chest
    exact = verdict({"chest_girth": 97})
    assert exact.size == "M" and not exact.equivalents_estimated
    assert exact.to_json_dict()["equivalents_estimated"] is False
