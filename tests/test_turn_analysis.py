"""The quarter turn's girth integral: what fills the directions the arms hide, the side-on widths
across a forearm, the yaw's lag, the mask's edge bleed (sizer/vision/turn.py). Synthetic sections
with exact perimeters; no pose model."""
from __future__ import annotations

import math

import numpy as np
import pytest

from sizer.vision import turn
from sizer.vision.camera_geometry import ViewGeometry
from sizer.vision.girth_model import ellipse_perimeter
from sizer.vision.pose import Landmark as L
from sizer.vision.pose import PoseResult
from sizer.vision.turn import TurnSample, TurnTrack, deviation_prior_cm, deviation_shape
from sizer.vision.view_analysis import Z_GRID_CM

ROWS = slice(200, 210)


def _track(width_of, world_yaws, hidden=lambda yaw: False) -> TurnTrack:
    """A turn whose widths at ROWS are ``width_of(true yaw)``; the world yaw is given as the pose
    model would report it (so the yaw map turns it into the true one)."""
    track = TurnTrack()
    for i, world in enumerate(world_yaws):
        true = float(np.interp(world, turn.YAW_MAP_WORLD_DEG, turn.YAW_MAP_TRUE_DEG))
        width = np.full(Z_GRID_CM.shape, np.nan)
        if not hidden(true):
            width[ROWS] = width_of(math.radians(true))
        phase = "front" if i < 10 else "side" if i >= len(world_yaws) - 10 else "turn"
        track.add(TurnSample(i, world, width, phase))
    return track


WORLD_YAWS = [0.0] * 10 + list(np.linspace(0, 90, 60)) + [90.0] * 10


def _section(breadth: float, depth: float, excess: float):
    """Widths of a section whose mean excess over its ellipse is ``excess`` (the template's shape),
    and its exact perimeter by Cauchy's formula."""
    def width(theta):
        return float(np.sqrt((breadth * math.cos(theta)) ** 2 + (depth * math.sin(theta)) ** 2)
                     + excess * deviation_shape(theta))
    thetas = np.linspace(0, math.pi / 2, 20001)
    perimeter = 2 * float(np.trapz([width(t) for t in thetas], thetas))
    return width, perimeter


def test_directions_the_arms_hide_take_the_usual_excess_not_the_ellipse():
    width, perimeter = _section(36.0, 24.0, 2.0)
    hidden = lambda yaw: 20 < yaw < 70  # the upper arm against the chest
    track = _track(width, WORLD_YAWS, hidden)
    breadth = np.full(Z_GRID_CM.shape, 36.0)
    depth = np.full(Z_GRID_CM.shape, 24.0)
    prior = np.full(Z_GRID_CM.shape, 2.0)
    with_prior = track.correction(breadth, depth, prior).perimeter_cm[205]
    elliptic = track.correction(breadth, depth).perimeter_cm[205]
    assert abs(with_prior - perimeter) < 0.4
    assert perimeter - elliptic > 3.0  # counted as elliptic, the hidden directions lose 3+ cm


def test_a_side_view_depth_widened_by_a_forearm_is_replaced_by_the_turns_own():
    # An elliptic torso; the side view read 3 cm too deep (a forearm in front of the belly), and
    # the turn's own side-on widths are hidden by it at some heights (ROWS 203-206) and seen at others.
    breadth_true, depth_true = 30.0, 21.0
    track = TurnTrack()
    for i, world in enumerate(WORLD_YAWS):
        true = math.radians(float(np.interp(world, turn.YAW_MAP_WORLD_DEG, turn.YAW_MAP_TRUE_DEG)))
        width = np.full(Z_GRID_CM.shape, np.nan)
        if math.degrees(true) < 55:  # from 55 degrees on, the forearm touches the belly's edge
            width[ROWS] = math.hypot(breadth_true * math.cos(true), depth_true * math.sin(true))
        elif math.degrees(true) > 85:  # side-on: clean above and below the forearm only
            width[ROWS] = depth_true
            width[203:207] = np.nan
        phase = "front" if i < 10 else "side" if i >= len(WORLD_YAWS) - 10 else "turn"
        track.add(TurnSample(i, world, width, phase))
    breadth = np.full(Z_GRID_CM.shape, breadth_true)
    depth = np.full(Z_GRID_CM.shape, depth_true + 3.0)
    correction = track.correction(breadth, depth)
    truth = ellipse_perimeter(breadth_true, depth_true)
    for row in (201, 204, 205):  # seen side-on, and carried across the forearm
        turned = correction.perimeter_cm[row]
        assert abs(turned - truth) < 0.3, row
    assert ellipse_perimeter(breadth[205], depth[205]) - truth > 3.0  # what the side view alone says
    # Carried across a gap, the side-on width is less certain than where it was seen.
    assert correction.sd_cm[205] > correction.sd_cm[201]


def test_the_world_yaws_lag_is_mapped_out():
    track = TurnTrack()
    for i, (world, phase) in enumerate([(2.0, "front")] * 3 + [(12.0, "turn"), (50.0, "turn")] + [(92.0, "side")] * 4):
        track.add(TurnSample(i, world, np.full(Z_GRID_CM.shape, np.nan), phase))
    yaw = track.yaws_deg()
    # Anchored: 12 reads 10 of the 90 between the holds; the lag map puts it at 18.7 (own renders).
    assert yaw[3] == pytest.approx(18.7, abs=0.1)
    assert yaw[0] == 0.0 and yaw[-1] == pytest.approx(90.0)


def test_the_excess_prior_follows_the_torso_levels():
    prior = deviation_prior_cm(np.array([70.0, 84.0, 103.0, 113.0, 126.0]), crotch_z_cm=78.0, armpit_z_cm=128.0)
    hip, waist, upper_waist, chest = prior[1], prior[2], prior[3], prior[4]
    assert prior[0] == pytest.approx(turn.DEVIATION_HIP_CM) and hip == pytest.approx(turn.DEVIATION_HIP_CM)
    assert waist == pytest.approx(turn.DEVIATION_WAIST_CM) and upper_waist == pytest.approx(turn.DEVIATION_WAIST_CM)
    assert chest == pytest.approx(turn.DEVIATION_CHEST_CM, abs=0.3)
    assert np.mean(deviation_shape(np.linspace(0, math.pi / 2, 10001))) == pytest.approx(1.0, abs=1e-3)


def _pose(height: int, width: int) -> PoseResult:
    points = np.zeros((33, 2), np.float32)
    points[L.LEFT_SHOULDER] = (350, 100)
    points[L.RIGHT_SHOULDER] = (290, 100)
    points[L.LEFT_HIP] = (340, 220)
    points[L.RIGHT_HIP] = (300, 220)
    points[L.LEFT_KNEE] = points[L.RIGHT_KNEE] = (320, 330)
    for shoulder, elbow, wrist, index, x in ((L.LEFT_SHOULDER, L.LEFT_ELBOW, L.LEFT_WRIST, L.LEFT_INDEX, 440),
                                             (L.RIGHT_SHOULDER, L.RIGHT_ELBOW, L.RIGHT_WRIST, L.RIGHT_INDEX, 200)):
        points[elbow] = (x, 160)
        points[wrist] = (x + (20 if x > 320 else -20), 220)
        points[index] = (x + (25 if x > 320 else -25), 240)
    world = np.zeros((33, 3), np.float32)
    world[L.LEFT_SHOULDER] = (0.2, 0, 0)
    world[L.RIGHT_SHOULDER] = (-0.2, 0, 0)
    world[L.LEFT_HIP] = (0.15, 0, 0)
    world[L.RIGHT_HIP] = (-0.15, 0, 0)
    return PoseResult(points, np.ones(33, np.float32), None, (width, height), world)


def test_a_turn_width_takes_off_the_masks_edge_bleed():
    height, width = 480, 640
    prob = np.zeros((height, width), np.float32)
    prob[90:300, 280:360] = 1.0  # an 80 px wide torso, hard-edged
    geometry = ViewGeometry(focal_px=600.0, cx=320.0, cy=240.0, pitch_rad=0.0, camera_height_cm=120.0,
                            distance_cm=250.0)
    sample = turn.turn_sample(_pose(height, width), prob, geometry, 175.0, 0, "turn")
    seen = np.isfinite(sample.width_cm)
    assert seen.any()
    z = Z_GRID_CM[seen]
    cm_px = geometry.cm_per_px(z)
    expected = (80 - turn.EDGE_BLEED_PX) * cm_px
    assert np.allclose(sample.width_cm[seen], expected, atol=0.35 * cm_px.max())
    assert np.all(sample.width_cm[seen] < 80 * cm_px)


def test_a_chest_breadth_the_arms_hide_is_carried_up_from_below():
    # Under the armpits (ROWS 206-209) the arm lies against the torso facing the camera and in
    # every frame up to 80 degrees: the front view has no breadth there, only the side-on widths
    # are seen. The breadth below grows 0.4 cm per cm; carried up (at FRONT_SLOPE_SHARE of that
    # slope), the chest gets a girth, and a less certain one than a height whose breadth was seen.
    breadth_true = 30.0 + 0.4 * (Z_GRID_CM - Z_GRID_CM[205])
    track = TurnTrack()
    for i, world in enumerate(WORLD_YAWS):
        true = float(np.interp(world, turn.YAW_MAP_WORLD_DEG, turn.YAW_MAP_TRUE_DEG))
        width = np.full(Z_GRID_CM.shape, np.nan)
        if true < 10:
            width[190:206] = breadth_true[190:206]
        elif true > 80:
            width[190:210] = 24.0
        phase = "front" if i < 10 else "side" if i >= len(WORLD_YAWS) - 10 else "turn"
        track.add(TurnSample(i, world, width, phase))
    breadth = np.where(np.arange(Z_GRID_CM.size) < 206, breadth_true, np.nan)
    breadth[:190] = np.nan
    depth = np.full(Z_GRID_CM.shape, 25.4)
    correction = track.correction(breadth, depth)
    carried = breadth_true[205] + turn.FRONT_SLOPE_SHARE * 0.4 * (Z_GRID_CM[208] - Z_GRID_CM[205])
    assert correction.perimeter_cm[208] == pytest.approx(ellipse_perimeter(carried, 24.0), abs=0.2)
    assert correction.sd_cm[208] > correction.sd_cm[200]
    assert math.isnan(correction.perimeter_cm[230])  # a height the turn never saw stays unmeasured


def test_a_side_on_width_never_seen_is_solved_from_the_turned_widths():
    # The waist seen clean only up to 55 degrees (a forearm in front of the belly from there on, at
    # every height): no side-on width of the turn's own, and the side view reads 3 cm too deep.
    width, perimeter = _section(30.0, 21.0, 0.5)
    track = _track(width, WORLD_YAWS, hidden=lambda yaw: yaw > 57)
    breadth = np.full(Z_GRID_CM.shape, 30.0)
    depth = np.full(Z_GRID_CM.shape, 21.0 + 3.0 + turn.SIDE_DEPTH_EXCESS_CM)
    prior = np.full(Z_GRID_CM.shape, 0.5)
    correction = track.correction(breadth, depth, prior)
    # The side view's depth alone (what filled those directions before): 2+ cm too large.
    fitted = turn._side_from_turned
    try:
        turn._side_from_turned = lambda binned, centres, front, expected: np.full(front.shape, np.nan)
        alone = track.correction(breadth, depth, prior)
    finally:
        turn._side_from_turned = fitted
    assert alone.perimeter_cm[205] - perimeter > 2.0
    # Weighted with the side view's (by their spreads), the solved width takes most of that off,
    # and the girth is the surer for it.
    assert abs(correction.perimeter_cm[205] - perimeter) < 0.5 * (alone.perimeter_cm[205] - perimeter)
    assert correction.sd_cm[205] < alone.sd_cm[205]


def test_the_turn_takes_the_scale_of_both_holds():
    import dataclasses

    from sizer.vision.session import turn_scale
    from tests.test_vision_session import GEOMETRY, front_measures, side_measures

    front, side = front_measures(), side_measures()
    side = dataclasses.replace(side, geometry=dataclasses.replace(GEOMETRY, distance_cm=GEOMETRY.distance_cm * 1.04))
    z = (front.armpit_z_cm + front.crotch_z_cm) / 2
    ratio = side.geometry.cm_per_px(z) / front.geometry.cm_per_px(z)
    assert 1.035 < ratio < 1.045
    assert turn_scale(front, side) == pytest.approx((1 + ratio) / 2)
    assert turn_scale(front, side_measures()) == pytest.approx(1.0)  # the same geometry: unchanged
    track = TurnTrack([TurnSample(0, 0.0, np.full(Z_GRID_CM.shape, 30.0), "front")])
    scaled = track.rescaled(1.02)
    assert scaled.samples[0].width_cm[0] == pytest.approx(30.6)
    assert track.samples[0].width_cm[0] == 30.0  # the session's own track is left as it was
