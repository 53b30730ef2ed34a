"""The chest model reads the breadths ANSUR measured: the waist at the navel and the hips' largest."""
from __future__ import annotations

import numpy as np
import pytest

from sizer.vision.body_measurements import combine
from sizer.vision.camera_geometry import ViewGeometry
from sizer.vision.girth_model import body_ratio
from sizer.vision.view_analysis import Z_GRID_CM, FrontMeasures, SideMeasures

STATURE = 175.0
GEOMETRY = ViewGeometry(1000.0, 320.0, 240.0, 0.1, 130.0, 280.0)
ARMPIT, CROTCH, HIP_JOINT = 130.0, 82.0, 91.0
NAVEL = body_ratio("waist_omphalion_height") * STATURE  # ~105 cm


def _bump(centre: float, width: float) -> np.ndarray:
    return np.exp(-0.5 * ((Z_GRID_CM - centre) / width) ** 2)


def front(waist_pinch_cm: float = 0.0, navel_extra_cm: float = 0.0, low_hip_extra_cm: float = 0.0) -> FrontMeasures:
    """A torso 30 cm broad, pinched at a natural waist 8 cm above the navel, with hips widest at 88 cm."""
    z = Z_GRID_CM
    breadth = (30.0 - 3.0 * _bump(NAVEL + 8.0, 2.0) - waist_pinch_cm * _bump(NAVEL + 8.0, 1.0)
               + navel_extra_cm * _bump(NAVEL, 0.8) + 5.0 * _bump(88.0, 4.0) + low_hip_extra_cm * _bump(84.0, 0.8))
    breadth = np.where((z > CROTCH - 1) & (z < ARMPIT - 0.5), breadth, np.nan)
    return FrontMeasures(breadth, ARMPIT, CROTCH, HIP_JOINT, 38.0, 31.0, 26.0, 20.0, GEOMETRY,
                         keypoint_shoulder_width_cm=36.0)


def side() -> SideMeasures:
    z = Z_GRID_CM
    depth = np.where((z > 60) & (z < 150), 22.0 + 2.0 * _bump(120.0, 6.0), np.nan)
    back = np.where((z > 60) & (z < 150), 8.0 - np.abs(z - 90.0) / 10.0, np.nan)
    return SideMeasures(depth, back, GEOMETRY)


def measured(**changes) -> dict[str, float]:
    # The ANSUR model's own inputs: without the silhouette correction fitted on renders on top
    # (that one reads the shoulder-to-hip ratio, scripts/fit_chest_ratio_correction.py).
    return combine(front(**changes), side(), STATURE, silhouette_chest=False).measurements_cm


def test_a_narrower_natural_waist_changes_the_waist_but_not_the_chest():
    plain, pinched = measured(), measured(waist_pinch_cm=3.0)
    assert pinched["waist_girth"] < plain["waist_girth"] - 2.0
    assert pinched["chest_girth"] == pytest.approx(plain["chest_girth"], abs=0.05)


def test_the_chest_follows_the_breadth_at_the_navel_and_the_hips_largest():
    plain = measured()
    # The model's waist-breadth coefficient is positive and its hip-breadth one negative (ANSUR).
    assert measured(navel_extra_cm=2.0)["chest_girth"] > plain["chest_girth"] + 0.5
    assert measured(low_hip_extra_cm=6.0)["chest_girth"] < plain["chest_girth"] - 0.5
    # A bulge below the hips' widest level that stays narrower than it does not count.
    assert measured(low_hip_extra_cm=1.0)["chest_girth"] == pytest.approx(plain["chest_girth"], abs=0.05)
