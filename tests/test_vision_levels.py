"""The chest band under arms near the body: joined arms are cut from the breadth, and the chest
model fitted on silhouettes reads what the views show of the band (sizer/vision/body_measurements)."""
from __future__ import annotations

import numpy as np
import pytest

from sizer.vision.body_measurements import chest_silhouette_features, combine
from sizer.vision.camera_geometry import ViewGeometry
from sizer.vision.girth_model import chest_silhouette_model
from sizer.vision.view_analysis import Z_GRID_CM, FrontMeasures, SideMeasures, _cut_joined_arm, _finger_tip

GEOMETRY = ViewGeometry(1000.0, 320.0, 240.0, 0.1, 130.0, 280.0)
ARMPIT = 130.0


def test_an_arm_joining_the_torso_is_cut_from_the_chest_breadth():
    # Rows top to bottom, 1 px per cm: chest widening up to the armpit, then an arm joining (+11 cm).
    chest = np.linspace(36.0, 30.0, 12)
    joined = np.concatenate([[47.5, 47.0, 46.8], chest, np.linspace(30.5, 38.0, 8)])
    cut = _cut_joined_arm(joined, 1.0, 15)
    assert np.isnan(cut[:3]).all() and np.array_equal(cut[3:], joined[3:])
    plain = np.concatenate([chest, np.linspace(30.5, 38.0, 8)])
    assert np.array_equal(_cut_joined_arm(plain, 1.0, 12), plain)  # a torso's own flare stays
    # A step below the chest rows (hands at the hips) is not the chest's business.
    hands = np.concatenate([chest, [30.0, 29.5, 41.0, 41.5]])
    assert np.array_equal(_cut_joined_arm(hands, 1.0, 12), hands)


def test_finger_tips_reach_beyond_the_knuckle_points():
    tip = _finger_tip(np.array([100.0, 200.0]), np.array([110.0, 210.0]))
    assert tip == pytest.approx([120.0, 220.0])


def _views(breadth_starts_below_armpit_cm: float):
    z = Z_GRID_CM
    breadth = np.where((z > 82.0) & (z < ARMPIT - breadth_starts_below_armpit_cm), 33.0, np.nan)
    depth = np.where((z > 60.0) & (z < 150.0), 24.0 + 2.0 * np.exp(-0.5 * ((z - 122.0) / 4.0) ** 2), np.nan)
    front = FrontMeasures(breadth, ARMPIT, 82.0, 91.0, 38.0, 31.0, 26.0, 20.0, GEOMETRY,
                          keypoint_shoulder_width_cm=36.0)
    side = SideMeasures(depth, np.where(np.isfinite(depth), 8.0 - np.abs(z - 90.0) / 10.0, np.nan), GEOMETRY)
    return front, side


def test_chest_features_read_the_band_and_how_much_of_it_the_arms_hid():
    front, side = _views(breadth_starts_below_armpit_cm=8.0)
    features, level = chest_silhouette_features(front, front.breadth_cm, side.depth_cm)
    assert features["depth_max_cm"] == pytest.approx(26.0, abs=0.01)
    assert Z_GRID_CM[level] == pytest.approx(122.0)
    assert features["breadth_max_cm"] == 33.0
    assert features["breadth_top_below_armpit_cm"] == pytest.approx(8.0, abs=0.51)
    hidden = _views(breadth_starts_below_armpit_cm=20.0)[0]  # nothing of the band in the front view
    assert chest_silhouette_features(hidden, hidden.breadth_cm, side.depth_cm) is None


def test_the_silhouette_chest_model_is_used_and_allows_for_a_hidden_breadth():
    model = chest_silhouette_model()
    assert model is not None and 0.5 < model.rmse_cm < 3.0
    # The breadth under the armpit, where the chest is widest, hidden by the arms: the model adds
    # for it rather than reading the narrower rows below as the chest.
    assert model.coefficients["breadth_top_below_armpit_cm"] > 0
    near, far = (combine(*_views(gap), 175.0) for gap in (2.0, 8.0))
    assert far.measurements_cm["chest_girth"] > near.measurements_cm["chest_girth"] + 1.0
    features, _ = chest_silhouette_features(*(lambda f, s: (f, f.breadth_cm, s.depth_cm))(*_views(2.0)))
    assert near.measurements_cm["chest_girth"] == pytest.approx(model.predict(features), abs=1e-6)


def test_a_chest_band_the_arms_hide_entirely_is_refused_with_advice():
    # Neither view's model can read a chest whose breadth the arms hid over the whole band: a
    # refusal saying how to stand, not "an implausible chest girth (nan cm)".
    from sizer.errors import MeasurementInputError

    with pytest.raises(MeasurementInputError) as refused:
        combine(*_views(breadth_starts_below_armpit_cm=20.0), 175.0)
    assert refused.value.message.code == "torso_not_traced"
    assert refused.value.advice.code == "view_arms_against_body"
