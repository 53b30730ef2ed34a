"""The live path's speed-ups change no result: the vectorised silhouette scans against a plain
per-row scan, and the bundled sample through the photo path and the live pipeline against the
figures the slower code gave (recorded before the speed-ups, same model wheel)."""
from __future__ import annotations

import dataclasses

import cv2
import numpy as np
import pytest

from sizer.resources import as_path, asset
from sizer.vision.benchmark import SAMPLE_STATURE_CM, sample_frames
from sizer.vision.silhouette import run_around, runs_around
from sizer.vision.view_analysis import Z_GRID_CM, analyse_front
from sizer.vision.view_checks import ViewKind

# From the code before the speed-ups (sizer/vision at d449afe), 12 noisy 640x480 bench frames and
# the bundled sample photos; the speed-ups reproduced them to the last digit. Since then the armpit
# is placed from the shoulder and hip joints (view_analysis.ARMPIT_FROM_SHOULDERS: a measuring
# change, not a speed-up), which moved the armpit and with it the waist and hip bands a little,
# the chest comes from the model fitted on silhouettes (scripts/fit_chest_silhouette.py) and the
# crotch is read where the ray grazes its front (view_analysis.CROTCH_TOWARD_CAMERA_CM), and the
# camera solve takes the hip keypoints and the ankle keypoints at their fitted heights and the camera
# aimed at the body's middle (view_analysis._landmark_observations, camera_geometry.AIM_SD_DEG), and
# the photo hip is the ellipse times body_measurements.HIP_ELLIPSE_FACTOR (96.219 x 1.0027).
PHOTOS_CM = {"chest_girth": 95.979, "waist_girth": 79.21, "hip_girth": 96.479, "neck_girth": 37.256,
             "shoulder_width": 38.29, "arm_length": 56.804, "inside_leg": 86.804}
LIVE_FRONT_CM = {"shoulder_width_cm": 38.002, "upper_arm_cm": 31.794, "forearm_cm": 23.419,
                 "armpit_z_cm": 138.077, "crotch_z_cm": 86.946}
LIVE_BREADTH_CM = {100.0: 35.297, 110.0: 29.18, 120.0: 30.258, 130.0: 32.123}
TOLERANCE_CM = 0.05


def _per_row(mask, rows, centers, x_range):
    """runs_around, one row at a time with run_around (the plain reading of its contract)."""
    offset = 0 if x_range is None else max(int(x_range[0]), 0)
    if x_range is not None:
        mask = mask[:, offset:max(int(x_range[1]) + 1, offset + 1)]
    out = np.full((len(rows), 2), np.nan)
    for i, (row, centre) in enumerate(zip(rows, centers)):
        if 0 <= row < mask.shape[0]:
            centre = min(max(int(np.round(centre - offset)), 0), mask.shape[1] - 1)
            run = run_around(mask[row], centre)
            if run is not None:
                out[i] = (run[0] + offset, run[1] + offset)
    return out


def test_vectorised_runs_match_a_row_by_row_scan():
    rng = np.random.default_rng(15)
    for trial in range(300):
        mask = rng.random((24, 70)) < rng.uniform(0.1, 0.95)
        rows = rng.integers(-3, 27, 20)
        centers = rng.uniform(-5, 75, 20)
        x_range = None if trial % 3 == 0 else (rng.uniform(-5, 30), rng.uniform(35, 80))
        np.testing.assert_array_equal(runs_around(mask, rows, centers, x_range),
                                      _per_row(mask, rows, centers, x_range))


def test_a_thresholded_mask_passed_in_gives_the_same_front_measures():
    from tests.test_vision_shoulder import _figure_pose

    pose, _ = _figure_pose(arm_gap_filled_on_right=False)
    plain = analyse_front(pose, pose.mask, 175.0)
    given = analyse_front(pose, pose.mask, 175.0, binary=pose.mask > 0.5)
    for field in dataclasses.fields(plain):
        a, b = getattr(plain, field.name), getattr(given, field.name)
        if isinstance(a, dict):
            assert a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in a)
        else:
            np.testing.assert_array_equal(a, b)


def test_sample_photos_measure_as_before_the_speed_ups():
    from sizer.vision.photo_measure import measure_photos

    profile = measure_photos(as_path(asset("samples", "person_front.png")),
                             as_path(asset("samples", "person_side.png")), SAMPLE_STATURE_CM)
    for key, expected in PHOTOS_CM.items():
        assert profile.measurements_cm[key] == pytest.approx(expected, abs=TOLERANCE_CM), key


def test_live_front_frames_measure_as_before_the_speed_ups():
    from sizer.vision.live import LivePipeline
    from sizer.vision.session import aggregate_front

    fronts = []
    with LivePipeline(SAMPLE_STATURE_CM) as pipeline:
        for encoded in sample_frames(12):  # each with its own noise: the live path, not the still cache
            analysis = pipeline.process(cv2.imdecode(np.frombuffer(encoded, np.uint8), cv2.IMREAD_COLOR),
                                        ViewKind.FRONT)
            fronts.append(analysis.front)
    assert all(front is not None for front in fronts)
    merged = aggregate_front(fronts)
    for key, expected in LIVE_FRONT_CM.items():
        assert getattr(merged, key) == pytest.approx(expected, abs=TOLERANCE_CM), key
    for z, expected in LIVE_BREADTH_CM.items():
        assert float(np.interp(z, Z_GRID_CM, merged.breadth_cm)) == pytest.approx(expected, abs=TOLERANCE_CM), z


def test_the_live_turn_widths_equal_those_from_the_probability_mask():
    """The turn's widths read from the mask the live path thresholded once equal, frame by frame,
    those turn_sample reads from the probability mask on its own (the side view and the turn's
    other measuring changes move both alike: no recorded figures here)."""
    from sizer.vision.benchmark import session_frames
    from sizer.vision.live import LivePipeline
    from sizer.vision.turn import turn_sample

    seen = 0
    with LivePipeline(SAMPLE_STATURE_CM) as pipeline:
        for encoded, view in session_frames(16):
            analysis = pipeline.process(cv2.imdecode(np.frombuffer(encoded, np.uint8), cv2.IMREAD_COLOR), view)
            if view is ViewKind.SIDE:
                assert analysis.side is not None and analysis.turn is not None
                alone = turn_sample(analysis.pose, analysis.pose.mask, pipeline._last_front, SAMPLE_STATURE_CM,
                                    analysis.turn.frame, "turn")
                np.testing.assert_array_equal(analysis.turn.width_cm, alone.width_cm)
                assert analysis.turn.world_yaw_deg == alone.world_yaw_deg
                seen += np.isfinite(alone.width_cm).sum() > 10  # widths were read, not all dropped
    assert seen == 8


def _runs_at_by_index(mask, rows, centers, x0, x1):
    """The turn's run scan as first written: max/min over column indices."""
    block = mask[rows, x0:x1]
    width = block.shape[1]
    c = np.clip(np.round(centers).astype(int) - x0, 0, width - 1)
    columns = np.arange(width)
    background = ~block
    left = np.where(background & (columns < c[:, None]), columns, -1).max(axis=1) + 1
    right = np.where(background & (columns > c[:, None]), columns, width).min(axis=1) - 1
    edges = np.column_stack([left, right]).astype(float) + x0
    edges[~block[np.arange(len(rows)), c]] = np.nan
    return edges


def test_the_turns_run_scan_matches_the_index_scan():
    from sizer.vision.turn import _runs_at

    rng = np.random.default_rng(16)
    for _trial in range(300):
        mask = rng.random((30, 80)) < rng.uniform(0.05, 0.98)
        rows = rng.integers(0, 30, 25)
        x0 = int(rng.integers(0, 30))
        x1 = int(rng.integers(x0 + 2, 81))
        centers = rng.uniform(x0 - 5, x1 + 5, 25)
        np.testing.assert_array_equal(_runs_at(mask, rows, centers, x0, x1),
                                      _runs_at_by_index(mask, rows, centers, x0, x1))
    for filled in (True, False):  # no background at all (the runs reach the window's ends), or no body
        mask = np.full((30, 80), filled)
        rows, centers = np.arange(30), rng.uniform(0, 80, 30)
        np.testing.assert_array_equal(_runs_at(mask, rows, centers, 10, 70),
                                      _runs_at_by_index(mask, rows, centers, 10, 70))
