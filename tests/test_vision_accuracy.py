"""Accuracy gates: the photo path on synth-dev and the live session on turn videos, with thresholds.

These are regression gates on the dev sets (evaluation only: nothing is fitted on them). A change
that makes the measurement worse than today's figures plus a margin fails CI. Skipped cleanly when
../shared is absent. scripts/benchmark_accuracy.py prints the full per-condition table.
"""
from __future__ import annotations

import json
import math

import numpy as np
import pytest

from sizer.errors import MeasurementInputError
from sizer.vision.turn import TurnSample, TurnTrack
from sizer.vision.view_analysis import Z_GRID_CM
from tests.conftest import shared_path

TRUTH_KEYS = {"chest_girth": "chest_cm", "waist_girth": "waist_cm", "hip_girth": "hip_cm",
              "shoulder_width": "shoulder_width_cm", "arm_length": "arm_length_cm", "inside_leg": "inseam_cm"}
# Today on synth-dev (10 subjects): chest 0.6, waist 0.8, hip 1.3, shoulder 0.6, arm 1.0, leg 1.1
# (before the photo hip's ellipse factor: hip 1.4, worst 3.4; before the camera solve took the hip
# keypoints: 0.7, 0.7, 1.4, 0.7, 1.4, 0.9).
PHOTO_MAE_LIMIT_CM = {"chest_girth": 1.2, "waist_girth": 1.0, "hip_girth": 1.6, "shoulder_width": 0.9,
                      "arm_length": 1.4, "inside_leg": 1.3}
PHOTO_MAX_GIRTH_ERROR_CM = 5.0  # today 3.7 (a hip)
PHOTO_WITHIN_1SD_MIN = 0.65  # today 77 % of the 60 values
# synth-hard-dev conditions where the levels, the views and the camera geometry used to fail (arms
# near the body, a turned body and side view, a camera high or low, fitted clothes, home and kiosk
# combinations). Per condition: the largest girth MAE and the worst girth; MAE limits on the other
# measurements the camera solve moved; how many of the measured values (all six) lie within their
# stated 1 and 2 sigma. Today (6 subjects each, before the hip keypoints and the aim entered the
# camera solve in brackets): kiosk girths 1.5/2.6/3.9 worst 8.1 (2.4/2.7/4.4, 8.9), inside leg 1.4
# (3.8), arm 2.5 (4.1), within 1/2 sigma 70/93 % (43/80); camera low 1.4/1.6/2.5 worst 7.0, inside
# leg 0.8 (2.9), arm 1.4 (3.5), 64/83 % (25/64); camera high 1.6/0.9/0.9 worst 2.0 (2.7/1.1/1.1,
# 3.3), 56/100 % (39/86); home 1.1/1.7/1.2 worst 3.6, 83/97 %; stance and yaw 0.9/1.7/2.1 worst 5.1;
# fitted clothes 2.3/2.0/1.9 worst 5.0, 70/93 %; arms low 2.1/1.2/1.4 worst 4.8 (one refused: the
# arms hid the whole chest band).
HARD_LIMITS = {
    "arms_low": {"girth_mae": 3.0, "girth_max": 6.0},
    "stance_yaw": {"girth_mae": 2.5, "girth_max": 6.0},
    "cam_high": {"girth_mae": 2.0, "girth_max": 3.5, "inside_leg": 2.0, "within_1sd": 0.45, "within_2sd": 0.9},
    "cam_low": {"girth_mae": 3.0, "girth_max": 8.0, "inside_leg": 1.5, "arm_length": 2.0, "within_1sd": 0.5,
                "within_2sd": 0.75},
    "tight": {"girth_mae": 3.0, "girth_max": 6.0, "within_1sd": 0.55, "within_2sd": 0.85},
    "home": {"girth_mae": 2.5, "girth_max": 5.0, "within_1sd": 0.6, "within_2sd": 0.9},
    "kiosk": {"girth_mae": 4.5, "girth_max": 9.0, "inside_leg": 2.0, "arm_length": 3.0, "within_1sd": 0.55,
              "within_2sd": 0.85},
}
HARD_MAX_REFUSED = 2  # of 6 (today at most 1)
CLOTHING_ANSWER = {"tight": "fitted", "home": "fitted", "kiosk": "fitted"}  # as scripts/benchmark_accuracy.py
# Today on these turn videos (chest, waist, hip): d000_plain -0.7/+1.3/+0.1, d001_plain
# +0.7/+0.2/-0.5, d000_room -1.8/+0.8/+0.2 cm; each within its stated 2 sigma. On all 12 videos
# of the set: chest/waist/hip MAE 1.0/0.6/0.7 (plain) and 1.2/1.1/0.7 (room). (Before the hip's
# usual excess was refitted under the camera solve that takes the hip keypoints (turn.py): the hip
# -0.7, -1.0, -0.4, MAE 1.5 and 0.9. Before that solve and its aim: -2.1/+1.3/-0.1,
# +1.0/+0.6/-0.3, -2.7/+0.9/+0.2. Before the side frames waited for the turn to end, the turn took
# both holds' scale and the chest's breadth was carried up level: -1.8/+0.3/-0.5, +1.0/+0.3/-0.5,
# -2.5/-0.1/-0.3.)
TURN_LIMIT_CM = {"d000_plain": {"chest_girth": 1.2, "waist_girth": 1.7, "hip_girth": 0.7},
                 "d001_plain": {"chest_girth": 1.2, "waist_girth": 0.6, "hip_girth": 1.0},
                 "d000_room": {"chest_girth": 2.2, "waist_girth": 1.2, "hip_girth": 0.7}}


def _errors(profile, truth: dict) -> dict[str, float]:
    return {k: profile.measurements_cm[k] - truth[t] for k, t in TRUTH_KEYS.items()}


@pytest.fixture(scope="module")
def still_backend():
    from sizer.vision.pose import MediaPipePoseBackend, PoseMode

    with MediaPipePoseBackend(PoseMode.STILL) as backend:
        yield backend


@pytest.mark.shared_data
@pytest.mark.slow
def test_photo_path_accuracy_on_synth_dev(still_backend):
    from sizer.vision.photo_measure import measure_photos

    folder = shared_path("synth-dev")
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["subjects"]
    errors = {k: [] for k in TRUTH_KEYS}
    within_1sd, within_2sd = [], []
    for subject, record in sorted(truth.items()):
        measured = record["measurements_cm"]
        profile = measure_photos(folder / f"{subject}_front.png", folder / f"{subject}_side.png",
                                 measured["stature_cm"], backend=still_backend)
        for key, error in _errors(profile, measured).items():
            errors[key].append(error)
            within_1sd.append(abs(error) <= profile.uncertainty_cm[key])
            within_2sd.append(abs(error) <= 2 * profile.uncertainty_cm[key])
    mae = {k: float(np.mean(np.abs(v))) for k, v in errors.items()}
    for key, limit in PHOTO_MAE_LIMIT_CM.items():
        assert mae[key] <= limit, f"{key}: MAE {mae[key]:.2f} cm on synth-dev, limit {limit}"
    worst = max(abs(e) for k in ("chest_girth", "waist_girth", "hip_girth") for e in errors[k])
    assert worst <= PHOTO_MAX_GIRTH_ERROR_CM, f"a girth {worst:.1f} cm off on synth-dev"
    assert np.mean(within_2sd) >= 0.9, "the stated uncertainty no longer covers the truth at 2 sigma"
    assert np.mean(within_1sd) >= PHOTO_WITHIN_1SD_MIN, f"only {np.mean(within_1sd):.0%} within 1 sigma"


@pytest.mark.shared_data
@pytest.mark.slow
@pytest.mark.parametrize("condition", sorted(HARD_LIMITS))
def test_photo_path_under_hard_conditions(condition, still_backend):
    from sizer.vision.photo_measure import measure_photos

    limits = HARD_LIMITS[condition]
    folder = shared_path("synth-hard-dev") / condition
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["subjects"]
    errors, refused, within_1sd, within_2sd = {k: [] for k in TRUTH_KEYS}, 0, [], []
    for subject, record in sorted(truth.items()):
        measured = record["measurements_cm"]
        front, side = (next(folder.glob(f"{subject}_{view}.*")) for view in ("front", "side"))
        try:
            profile = measure_photos(front, side, measured["stature_cm"], backend=still_backend,
                                     clothing=CLOTHING_ANSWER.get(condition))
        except MeasurementInputError as error:
            assert error.advice, f"{condition}/{subject}: a refusal without advice"
            refused += 1
            continue
        for key, error in _errors(profile, measured).items():
            errors[key].append(error)
            within_1sd.append(abs(error) <= profile.uncertainty_cm[key])
            within_2sd.append(abs(error) <= 2 * profile.uncertainty_cm[key])
    assert refused <= HARD_MAX_REFUSED, f"{condition}: {refused} of {len(truth)} refused"
    for key in ("chest_girth", "waist_girth", "hip_girth"):
        mae, worst = float(np.mean(np.abs(errors[key]))), float(np.max(np.abs(errors[key])))
        assert mae <= limits["girth_mae"], f"{condition} {key}: MAE {mae:.2f} cm"
        assert worst <= limits["girth_max"], f"{condition} {key}: {worst:.1f} cm off"
    for key in ("inside_leg", "arm_length"):
        if key in limits:
            mae = float(np.mean(np.abs(errors[key])))
            assert mae <= limits[key], f"{condition} {key}: MAE {mae:.2f} cm"
    if "within_1sd" in limits:
        assert np.mean(within_1sd) >= limits["within_1sd"], f"{condition}: {np.mean(within_1sd):.0%} within 1 sigma"
        assert np.mean(within_2sd) >= limits["within_2sd"], f"{condition}: {np.mean(within_2sd):.0%} within 2 sigma"


@pytest.mark.shared_data
@pytest.mark.slow
@pytest.mark.parametrize("stem", sorted(TURN_LIMIT_CM))
def test_turn_video_through_the_live_session(stem, still_backend):
    from sizer.vision.pose import MediaPipePoseBackend, PoseMode
    from sizer.vision.recording import measure_recording_path

    folder = shared_path("synth-turn-dev")
    record = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["subjects"][stem.split("_")[0]]
    truth = record["measurements_cm"]
    with MediaPipePoseBackend(PoseMode.TRACKING) as tracking:
        profile = measure_recording_path(folder / f"{stem}.mp4", truth["stature_cm"], backend=tracking,
                                         crowd_backend=still_backend)
    assert "girths_from_turn" in profile.warnings
    errors = _errors(profile, truth)
    for key, limit in TURN_LIMIT_CM[stem].items():
        assert abs(errors[key]) <= limit, f"{stem} {key}: {errors[key]:+.1f} cm"
        assert abs(errors[key]) <= 2 * profile.uncertainty_cm[key], f"{stem} {key}: truth beyond 2 sigma"


@pytest.mark.shared_data
def test_loose_clothing_is_refused_with_advice(still_backend):
    from sizer.vision.photo_measure import measure_photos

    folder = shared_path("synth-dev")
    with pytest.raises(MeasurementInputError) as refused:
        measure_photos(folder / "s003_front.png", folder / "s003_side.png", 170.0, backend=still_backend,
                       clothing="loose")
    assert "tape" in refused.value.advice and "fitted" in refused.value.advice


def _track_of_section(width_of, yaws_deg, phases=None) -> TurnTrack:
    track = TurnTrack()
    for i, yaw in enumerate(yaws_deg):
        width = np.full(Z_GRID_CM.shape, np.nan)
        width[200:210] = width_of(math.radians(yaw))
        phase = phases[i] if phases else ("front" if yaw == 0 else "side" if yaw >= 90 else "turn")
        track.add(TurnSample(i, yaw, width, phase))
    return track


def test_cauchy_turn_integral_recovers_a_non_elliptic_perimeter():
    # A rounded rectangle (a 2a x 2b rectangle grown by r: flat front, flat sides, like a torso's
    # section) is convex and not an ellipse: its perimeter is 4 cm longer than the ellipse's.
    a, b, r = 4.0, 1.0, 10.0
    perimeter = 4 * (a + b) + 2 * math.pi * r

    def width(theta):  # support width of the rounded rectangle seen from direction theta
        return 2 * (a * abs(math.cos(theta)) + b * abs(math.sin(theta)) + r)

    yaws = [0.0] * 10 + list(np.linspace(0, 90, 40)) + [90.0] * 10
    track = _track_of_section(width, yaws)
    breadth = np.full(Z_GRID_CM.shape, width(0.0))
    depth = np.full(Z_GRID_CM.shape, width(math.pi / 2))
    from sizer.vision.girth_model import ellipse_perimeter

    correction = track.correction(breadth, depth)
    turned = correction.perimeter_cm[205]
    assert abs(turned - perimeter) < 0.3
    assert abs(ellipse_perimeter(breadth[205], depth[205]) - perimeter) > 1.0  # the ellipse alone is off
    assert math.isnan(correction.perimeter_cm[100])  # heights never seen stay unmeasured


def test_turn_yaw_is_anchored_on_the_holds_and_monotonic():
    raw = [3.0] * 5 + [10.0, 30.0, 25.0, 60.0, 80.0] + [86.0] * 6  # the model's yaw lags and wobbles
    phases = ["front"] * 5 + ["turn"] * 5 + ["side"] * 6
    track = _track_of_section(lambda t: 30.0, raw, phases)
    yaw = track.yaws_deg()
    assert yaw[0] == 0.0 and yaw[-1] == pytest.approx(90.0)
    assert np.all(np.diff(yaw) >= 0)
    assert _track_of_section(lambda t: 30.0, raw[:10], phases[:10]).yaws_deg() is None  # never side-on


def _views(breadth: float, depth: float, front_yaw_deg: float, side_off_deg: float):
    """Front and side measures of an elliptic torso seen turned by these angles."""
    from sizer.vision.camera_geometry import ViewGeometry
    from sizer.vision.view_analysis import FrontMeasures, SideMeasures

    geometry = ViewGeometry(1000.0, 320.0, 240.0, 0.1, 130.0, 280.0)
    a, b = math.radians(front_yaw_deg), math.radians(side_off_deg)
    seen_front = math.sqrt((breadth * math.cos(a)) ** 2 + (depth * math.sin(a)) ** 2)
    seen_side = math.sqrt((breadth * math.sin(b)) ** 2 + (depth * math.cos(b)) ** 2)
    front = FrontMeasures(np.full(Z_GRID_CM.shape, seen_front), 130.0, 82.0, 91.0, 38.0, 31.0, 26.0, 20.0, geometry,
                          keypoint_shoulder_width_cm=36.0, view_yaw_deg=front_yaw_deg)
    # The side view's shoulders appear apart by the width times the sine of the angle (plus the
    # far keypoint's guess, taken off again by side_view_off_deg).
    separation = 36.0 * math.hypot(math.sin(b), 0.1)
    side = SideMeasures(np.full(Z_GRID_CM.shape, seen_side), np.zeros(Z_GRID_CM.shape), geometry,
                        shoulder_separation_cm=separation)
    return front, side


def test_turned_views_are_corrected_to_square_and_refused_beyond_the_limits():
    from sizer.vision.body_measurements import correct_view_angles

    front, side = _views(34.0, 24.0, 10.0, 12.0)
    breadth, depth = correct_view_angles(front, side)
    assert breadth[0] == pytest.approx(34.0, abs=0.05) and depth[0] == pytest.approx(24.0, abs=0.05)
    assert front.breadth_cm[0] < 33.8 and side.depth_cm[0] > 24.2  # what the turned views saw
    with pytest.raises(MeasurementInputError, match="front view is turned"):
        correct_view_angles(*_views(34.0, 24.0, 25.0, 0.0))
    with pytest.raises(MeasurementInputError, match="off side-on"):
        correct_view_angles(*_views(34.0, 24.0, 0.0, 25.0))


def test_girths_no_real_body_has_together_are_refused():
    from sizer.vision.body_measurements import check_girths_agree

    check_girths_agree({"chest_girth": 98.0, "waist_girth": 84.0, "hip_girth": 100.0, "stature": 178.0})
    with pytest.raises(MeasurementInputError, match="chest girth"):  # an arm read with the chest
        check_girths_agree({"chest_girth": 125.0, "waist_girth": 84.0, "hip_girth": 100.0, "stature": 178.0})
