"""Shoulder joints from the arm's silhouette (sizer/vision/shoulder.py), on drawn figures whose
joints are known by construction."""
from __future__ import annotations

import math

import numpy as np
import pytest

from sizer.vision.shoulder import shoulder_joint_point, upper_arm_axis
from sizer.vision.silhouette import gap_tops

HEIGHT, WIDTH = 600, 500
CENTRE_X = 250.0


def _disc(mask: np.ndarray, cx: float, cy: float, r: float) -> None:
    yy, xx = np.mgrid[: mask.shape[0], : mask.shape[1]]
    mask |= (xx - cx) ** 2 + (yy - cy) ** 2 <= r ** 2


def _band(mask: np.ndarray, start: np.ndarray, end: np.ndarray, half_width: float) -> None:
    """Pixels within half_width of the segment start-end (a limb of even thickness)."""
    yy, xx = np.mgrid[: mask.shape[0], : mask.shape[1]]
    points = np.stack([xx, yy], axis=-1).astype(float)
    ab = end - start
    t = np.clip(((points - start) @ ab) / float(ab @ ab), 0.0, 1.0)
    mask |= np.linalg.norm(points - (start + t[..., None] * ab), axis=-1) <= half_width


def drawn_figure(joint_offset: float, joint_y: float, radius: float, abduction_deg: float):
    """A torso with two arms hanging out at ``abduction_deg`` from vertical. Each arm has an even
    thickness 2*radius about an axis through its joint; a disc of that radius caps the shoulder, so
    the top of the shoulder is ``radius`` above the joint; the torso's side is placed so that the
    armpit (arm's inner edge meeting the torso) is ``radius`` below it: the joint is at mid-height
    between the two, as the model assumes. Returns the mask, the joints and the elbows."""
    angle = math.radians(abduction_deg)
    mask = np.zeros((HEIGHT, WIDTH), bool)
    # The arm's inner edge is radius/cos(angle) inside the axis horizontally; it meets the torso at
    # the armpit row joint_y + radius.
    half_torso = joint_offset + radius * math.tan(angle) - radius / math.cos(angle)
    mask[int(joint_y - radius + 12):HEIGHT - 40, int(round(CENTRE_X - half_torso)):int(round(CENTRE_X + half_torso)) + 1] = True
    mask[int(joint_y - radius - 60):int(joint_y - radius + 14), int(CENTRE_X - 25):int(CENTRE_X + 26)] = True  # neck
    joints, elbows = [], []
    for sign in (1.0, -1.0):
        joint = np.array([CENTRE_X + sign * joint_offset, joint_y])
        elbow = joint + 160.0 * np.array([sign * math.sin(angle), math.cos(angle)])
        _band(mask, joint, elbow, radius)
        _disc(mask, joint[0], joint[1], radius)
        joints.append(joint)
        elbows.append(elbow)
    return mask, joints, elbows


def _armpit_row(mask: np.ndarray, joint: np.ndarray, elbow: np.ndarray) -> float:
    """The top of the arm-torso gap, read as the measurement does (scanning up from the elbow's row)."""
    step = 1 if elbow[0] > CENTRE_X else -1
    columns = np.arange(int(CENTRE_X), int(elbow[0]), step)
    tops = gap_tops(mask, columns, elbow[1], joint[1] - 40)
    return float(np.nanmin(tops))


@pytest.mark.parametrize("abduction_deg, radius", [(25.0, 18.0), (33.0, 20.0), (40.0, 24.0)])
def test_joint_and_shoulder_point_are_found_on_a_drawn_figure(abduction_deg, radius):
    joint_offset, joint_y = 90.0, 150.0
    mask, joints, elbows = drawn_figure(joint_offset, joint_y, radius, abduction_deg)
    found = []
    for joint, elbow in zip(joints, elbows):
        armpit_y = joint_y + radius  # by construction
        # As the measurement reads it: within a few pixels (a narrow wedge closes a little low).
        assert _armpit_row(mask, joint, elbow) == pytest.approx(armpit_y, abs=2.0 / math.tan(math.radians(abduction_deg)))
        # A keypoint seed a few pixels inside the joint, as BlazePose's is.
        seed = joint + np.array([-8.0 if joint[0] > CENTRE_X else 8.0, 6.0])
        axis = upper_arm_axis(mask, seed, elbow, armpit_y, CENTRE_X)
        assert axis is not None
        slope = math.tan(math.radians(abduction_deg)) * (1 if joint[0] > CENTRE_X else -1)
        assert axis.slope == pytest.approx(slope, abs=0.03)
        assert axis.x_at(joint_y) == pytest.approx(joint[0], abs=1.5)
        point = shoulder_joint_point(mask, axis, armpit_y, seed[0])
        assert point is not None
        assert point[0] == pytest.approx(joint[0], abs=1.5)  # straight above the joint
        assert point[1] == pytest.approx(joint_y - radius, abs=1.5)  # on the top of the shoulder
        found.append(point)
    assert abs(found[0][0] - found[1][0]) == pytest.approx(2 * joint_offset, abs=2.5)


def test_an_arm_against_the_body_gives_no_axis():
    mask = np.zeros((HEIGHT, WIDTH), bool)
    mask[100:560, 170:331] = True  # torso and arms as one block: no gap under the armpit
    shoulder, elbow = np.array([315.0, 120.0]), np.array([325.0, 280.0])
    assert upper_arm_axis(mask, shoulder, elbow, 160.0, CENTRE_X) is None


def test_too_short_an_arm_to_trace_gives_no_axis():
    mask, joints, elbows = drawn_figure(90.0, 150.0, 20.0, 33.0)
    assert upper_arm_axis(mask, joints[0], joints[0] + np.array([1.0, 3.0]), joints[0][1] + 2.0, CENTRE_X) is None


def _figure_pose(arm_gap_filled_on_right: bool):
    """A whole drawn person (head, torso, A-posed arms, legs) and pose keypoints on it, with the
    shoulder keypoints 8 px inside the true joints (as BlazePose's are)."""
    from sizer.vision.pose import LANDMARK_COUNT, PoseResult
    from sizer.vision.pose import Landmark as L

    joint_offset, joint_y, radius, angle = 90.0, 230.0, 20.0, math.radians(33.0)
    height, width = 1000, 500
    mask = np.zeros((height, width), bool)
    half_torso = joint_offset + radius * math.tan(angle) - radius / math.cos(angle)
    mask[int(joint_y - radius + 12):560, int(round(CENTRE_X - half_torso)):int(round(CENTRE_X + half_torso)) + 1] = True
    mask[int(joint_y - radius - 70):int(joint_y - radius + 14), int(CENTRE_X - 25):int(CENTRE_X + 26)] = True
    _disc(mask, CENTRE_X, 95.0, 45.0)
    points = np.zeros((LANDMARK_COUNT, 2), np.float32)
    for sign, shoulder, elbow_id, wrist_id, hip_id, ankle_id, toe_id in (
            (1.0, L.LEFT_SHOULDER, L.LEFT_ELBOW, L.LEFT_WRIST, L.LEFT_HIP, L.LEFT_ANKLE, L.LEFT_FOOT_INDEX),
            (-1.0, L.RIGHT_SHOULDER, L.RIGHT_ELBOW, L.RIGHT_WRIST, L.RIGHT_HIP, L.RIGHT_ANKLE, L.RIGHT_FOOT_INDEX)):
        joint = np.array([CENTRE_X + sign * joint_offset, joint_y])
        direction = np.array([sign * math.sin(angle), math.cos(angle)])
        elbow, wrist = joint + 150.0 * direction, joint + 280.0 * direction
        _band(mask, joint, wrist, radius)
        _disc(mask, joint[0], joint[1], radius)
        hip = np.array([CENTRE_X + sign * 40.0, 540.0])
        ankle = np.array([CENTRE_X + sign * 50.0, 930.0])
        _band(mask, hip, ankle, 28.0)
        mask[925:960, int(ankle[0] - 15):int(ankle[0] + 16)] = True  # foot
        points[shoulder] = joint + np.array([-sign * 8.0, 6.0])
        points[elbow_id], points[wrist_id], points[hip_id], points[ankle_id] = elbow, wrist, hip, ankle
        points[toe_id] = ankle + np.array([0.0, 25.0])
    points[L.NOSE] = (CENTRE_X, 100.0)
    if arm_gap_filled_on_right:  # the person's right arm (image left) against the body
        mask[int(joint_y):int(joint_y) + 200, 100:int(CENTRE_X)] |= mask[int(joint_y):int(joint_y) + 200, 100:int(CENTRE_X)].any(axis=1)[:, None]
    return PoseResult(points, np.ones(LANDMARK_COUNT, np.float32), mask.astype(np.float32), (width, height)), joint_offset


def test_front_view_reads_the_width_between_the_joints_not_the_keypoints():
    from sizer.vision.view_analysis import analyse_front

    pose, joint_offset = _figure_pose(arm_gap_filled_on_right=False)
    front = analyse_front(pose, pose.mask, 175.0)
    assert "shoulder_joint" not in front.estimated_levels
    keypoint_px = 2 * (joint_offset - 8.0)
    assert front.shoulder_width_cm / front.keypoint_shoulder_width_cm == pytest.approx(
        2 * joint_offset / keypoint_px, abs=0.02)


def test_an_arm_against_the_body_falls_back_to_the_keypoints_with_a_warning():
    from sizer.vision.view_analysis import analyse_front

    pose, _ = _figure_pose(arm_gap_filled_on_right=True)
    front = analyse_front(pose, pose.mask, 175.0)
    assert "shoulder_joint" in front.estimated_levels
    assert front.shoulder_width_cm == pytest.approx(front.keypoint_shoulder_width_cm)
