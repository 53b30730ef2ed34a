"""Camera perspective, silhouette reading and the ANSUR-fitted girth models (no pose model needed)."""
from __future__ import annotations

import csv
import math

import numpy as np
import pytest

from sizer.vision.camera_geometry import FloorObservation, ViewGeometry, solve_view_geometry
from sizer.vision.girth_model import Sex, body_ratio, ellipse_perimeter, load_girth_model
from sizer.vision.silhouette import gap_tops, run_around, runs_around


def project(true: ViewGeometry, height_cm: float, offset_cm: float = 0.0) -> float:
    return float(true.image_y(height_cm, offset_cm))


@pytest.mark.parametrize("pitch_deg, camera_height_cm", [(3.0, 120.0), (8.0, 130.0), (12.0, 140.0)])
def test_perspective_solve_recovers_the_scale_at_the_chest(pitch_deg, camera_height_cm):
    stature = 175.0
    true = ViewGeometry(1500.0, 360.0, 640.0, math.radians(pitch_deg), camera_height_cm, 280.0)
    ankle = body_ratio("ankle_height") * stature
    toe = -0.75 * body_ratio("foot_length") * stature
    observations = [FloorObservation(project(true, stature), stature, sd_px=2.0),
                    FloorObservation(project(true, ankle), ankle),
                    FloorObservation(project(true, 0.0, toe), 0.0, toe)]
    solved = solve_view_geometry(observations, stature, 720, 1280, 0.727 * stature, focal_px=1500.0)
    assert solved.solved
    chest = 0.72 * stature
    assert solved.cm_per_px(chest) == pytest.approx(true.cm_per_px(chest), rel=0.012)
    # A single pixel ratio from the stature is biased at the chest when the camera is pitched.
    naive = stature / (project(true, 0.0) - project(true, stature))
    if pitch_deg >= 8:
        assert abs(naive / true.cm_per_px(chest) - 1) > abs(solved.cm_per_px(chest) / true.cm_per_px(chest) - 1)
    # Rows map back to heights on the body plane.
    assert float(solved.height_at_y(project(true, 80.0))) == pytest.approx(80.0, abs=1.5)


def test_level_fallback_when_too_few_points():
    geometry = solve_view_geometry([FloorObservation(100.0, 170.0)], 170.0, 640, 480, 120.0)
    assert not geometry.solved and geometry.pitch_rad == 0.0


def test_runs_and_gaps_on_a_drawn_silhouette():
    mask = np.zeros((100, 60), bool)
    mask[10:90, 20:41] = True  # torso, 21 px wide
    mask[10:50, 5:12] = True  # an arm, apart from the torso below row 30
    mask[10:30, 12:20] = True  # ... joined to it above (the armpit at row 30)
    assert run_around(mask[60], 30) == (20, 40)
    assert run_around(mask[40], 0) == (5, 11)  # nearest run when the centre is background
    edges = runs_around(mask, np.array([20, 60, 95]), np.array([30.0, 30.0, 30.0]))
    assert edges[0].tolist() == [5, 40] and edges[1].tolist() == [20, 40] and np.isnan(edges[2]).all()
    assert gap_tops(mask, np.arange(12, 20), 45, 0).tolist() == [30.0] * 8


def test_ellipse_perimeter_of_a_circle_and_a_flat_ellipse():
    assert ellipse_perimeter(10.0, 10.0) == pytest.approx(math.pi * 10.0)
    assert ellipse_perimeter(20.0, 0.0) == pytest.approx(40.0, rel=1e-3)


def test_shipped_models_have_provenance_and_sane_predictions():
    chest = load_girth_model("chest_girth")
    value = chest.predict(breadth_cm=31.0, depth_cm=25.0, stature_cm=175.0, waist_breadth_cm=31.0,
                          hip_breadth_cm=34.0, shoulder_width_cm=40.0)
    assert 85 < float(value) < 115
    assert load_girth_model("neck_girth", Sex.MALE).rmse_cm < load_girth_model("neck_girth").rmse_cm
    assert 1.0 < chest.rmse_cm < 4.0


def test_girth_models_hold_on_ansur_held_out_subjects(ansur_dir):
    """The shipped coefficients reproduce the held-out fit figures they claim."""
    rows = []
    for sex in ("male", "female"):
        with (ansur_dir / f"ansur2_{sex}.csv").open(encoding="latin-1", newline="") as handle:
            reader = csv.DictReader(handle)
            rows += [{k.lower(): v for k, v in r.items()} for r in reader]
    held = [r for r in rows if int(r["subjectid"]) % 5 == 0]
    cm = lambda r, c: float(r[c]) / 10  # noqa: E731
    chest = load_girth_model("chest_girth")
    errors = [float(chest.predict(breadth_cm=cm(r, "chestbreadth"), depth_cm=cm(r, "chestdepth"),
                                  stature_cm=cm(r, "stature"), waist_breadth_cm=cm(r, "waistbreadth"),
                                  hip_breadth_cm=cm(r, "hipbreadth"), shoulder_width_cm=cm(r, "biacromialbreadth")))
              - cm(r, "chestcircumference") for r in held]
    rmse = math.sqrt(np.mean(np.square(errors)))
    assert rmse == pytest.approx(chest.rmse_cm, abs=0.3)
    assert abs(np.mean(errors)) < 0.5


def test_soft_mask_wedge_tip_is_found_above_the_half_contour():
    """A blurred crotch-like wedge: the 0.5 contour closes low; the tip rule finds the true tip."""
    import cv2

    from sizer.vision.silhouette import column_top_of_gap, gap_opening_rad, wedge_apex_row

    size = 400
    hard = np.ones((size, size), np.float32)
    tip_y, x = 150, 200
    half_angle = np.radians(15)
    ys, xs = np.mgrid[0:size, 0:size]
    hard[(ys > tip_y) & (np.abs(xs - x) < (ys - tip_y) * np.tan(half_angle))] = 0.0
    soft = cv2.GaussianBlur(hard, (0, 0), 4.0)
    mask = soft > 0.5
    apex_05 = column_top_of_gap(mask, x, 390, 0)
    assert apex_05 > tip_y + 5  # the plain contour is fooled by the blur
    opening = gap_opening_rad(mask, x, np.arange(apex_05 + 20, apex_05 + 120))
    assert opening == pytest.approx(2 * half_angle, rel=0.1)
    tip = wedge_apex_row(soft, x, 390, 0, apex_05, opening, max_shift_px=60)
    assert abs(tip - tip_y) < abs(apex_05 - tip_y) / 3
