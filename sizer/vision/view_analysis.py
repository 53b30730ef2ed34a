"""One view of a person turned into measurements in centimetres on a common height grid.

Front view: torso breadth per height, the body levels (armpit, crotch, hip joint), shoulder width,
arm length, inside leg. Side view: torso depth and the back's protrusion per height. Profiles are
sampled on :data:`Z_GRID_CM` (height above the floor) so that views, and many frames of one
view, combine element-wise (the live session takes their median).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from sizer.vision.body_yaw import world_yaw_deg
from sizer.vision.camera_geometry import FloorObservation, ViewGeometry, solve_view_geometry
from sizer.vision.girth_model import body_ratio, landmark_height
from sizer.vision.pose import Landmark as L
from sizer.vision.pose import PoseResult
from sizer.vision.segments import distance_to_segments
from sizer.vision.shoulder import shoulder_joint_point, upper_arm_axis
from sizer.vision.silhouette import (bottom_row, column_top_of_gap, gap_opening_rad, gap_tops, run_around, runs_around,
                                    top_row, wedge_apex_row)

Z_GRID_CM = np.arange(0.0, 250.0, 0.5)
MASK_THRESHOLD = 0.5
DEFAULT_STANCE_HALF_WIDTH_CM = 10.0  # half the distance between the ankles, when no front view tells
HEAD_TOP_SD_PX = 2.0  # the silhouette's top edge
# Where the pose model puts an ankle versus the ankle bone's height, where the toes end versus
# three quarters of a foot ahead of the ankle, the stance width in a side view: each ~2 cm either way.
FOOT_POINT_SD_CM = 2.0


@dataclass
class FrontMeasures:
    breadth_cm: np.ndarray  # on Z_GRID_CM, NaN where not measured
    armpit_z_cm: float
    crotch_z_cm: float
    hip_joint_z_cm: float
    shoulder_width_cm: float
    upper_arm_cm: float  # shoulder point to elbow, as projected on the body plane (mean of both arms)
    forearm_cm: float  # elbow to wrist, likewise
    ankle_separation_cm: float
    geometry: ViewGeometry
    estimated_levels: tuple[str, ...] = ()  # "armpit", "crotch": not seen, taken from proportions;
    # "shoulder_joint": an arm against the body, the shoulder width is from the keypoints
    # Pixels of (shoulder point, elbow, wrist) per arm, and of the body's axis (for 3D with the side view).
    arm_points_px: dict[str, np.ndarray] = field(default_factory=dict)
    body_axis_x_px: float = 0.0
    # Between the pose model's shoulder keypoints (narrower than shoulder_width_cm): the chest
    # model's validated input, see body_measurements.combine.
    keypoint_shoulder_width_cm: float = float("nan")
    # How far the body is turned from facing the camera (world landmarks); NaN when not known.
    view_yaw_deg: float = float("nan")

    @property
    def arm_length_cm(self) -> float:
        """Arm length from this view alone (arms assumed in the body plane)."""
        return self.upper_arm_cm + self.forearm_cm


@dataclass
class SideMeasures:
    depth_cm: np.ndarray  # on Z_GRID_CM
    back_cm: np.ndarray  # how far the back edge reaches behind the ankles, on Z_GRID_CM
    geometry: ViewGeometry
    near_arm: str = "left"  # the arm facing the camera, whose joints are in arm_points_px
    arm_points_px: np.ndarray = field(default_factory=lambda: np.zeros((3, 2)))  # shoulder, elbow, wrist
    facing: float = 1.0  # +1: the person faces the image's right
    # Across the image between the two shoulder keypoints (cm): ~0 side-on, the shoulder width
    # times the sine of how far the view is off side-on (see body_measurements.side_view_off_deg).
    shoulder_separation_cm: float = float("nan")


def _on_grid(z: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Resample per-row values (z descending with the rows) onto the grid; NaN outside."""
    good = np.isfinite(values) & np.isfinite(z)
    grid = np.full(Z_GRID_CM.shape, np.nan)
    if good.sum() < 2:
        return grid
    order = np.argsort(z[good])
    zs, vs = z[good][order], values[good][order]
    inside = (Z_GRID_CM >= zs[0]) & (Z_GRID_CM <= zs[-1])
    grid[inside] = np.interp(Z_GRID_CM[inside], zs, vs)
    return grid


def _to_plane_cm(geometry: ViewGeometry, points_px: np.ndarray) -> np.ndarray:
    """Pixel points on the body plane -> (x cm from the optical axis, height cm)."""
    z = geometry.height_at_y(points_px[..., 1])
    x = (points_px[..., 0] - geometry.cx) * geometry.cm_per_px(z)
    return np.stack([x, z], axis=-1)


def _camera_prior_cm(stature_cm: float) -> float:
    return body_ratio("chest_height") * stature_cm


def _ankle_height(stature_cm: float, view: str) -> float:
    """The ankle keypoint's height: 0.055-0.057 of the stature on our renders, not ANSUR's lateral
    malleolus (0.040) that the solve used to take, which put every ankle ~3 cm too low."""
    return landmark_height(view, "ankle")[0] * stature_cm


def _priors(stature_cm: float) -> dict:
    """The camera-height prior and the aim (the body's middle) of sizer.vision.camera_geometry."""
    return dict(prior_camera_height_cm=_camera_prior_cm(stature_cm), aim_height_cm=stature_cm / 2)


# The view-dependence of the keypoints' own placement (hip 0.519-0.532 of the stature between a camera
# at 0.9 m and one at 1.6 m on our renders) joins each share's spread between bodies.
LANDMARK_VIEW_SD = 0.006


def _landmark_observations(p: np.ndarray, view: str, stature_cm: float, px_per_cm: float) -> list[FloorObservation]:
    """The hip keypoints' midpoint at its fitted share of the stature: with the head and the feet it
    pins the image's projective map in the middle, which a camera's tilt bends. (The knees, fitted
    alike, moved the crotch's height by their own spread and helped no girth on our renders.)"""
    share, sd = landmark_height(view, "hip")
    return [FloorObservation(float((p[L.LEFT_HIP, 1] + p[L.RIGHT_HIP, 1]) / 2), share * stature_cm,
                             sd_px=float(np.hypot(sd, LANDMARK_VIEW_SD) * stature_cm * px_per_cm))]


def _as_mask(mask: np.ndarray) -> np.ndarray:
    return mask if mask.dtype == bool else mask > MASK_THRESHOLD


def analyse_front(pose: PoseResult, mask: np.ndarray, stature_cm: float,
                  focal_px: float | None = None, initial: ViewGeometry | None = None,
                  binary: np.ndarray | None = None) -> FrontMeasures:
    """Front-view measures; ``mask``: person probability or boolean mask at the frame's size.
    ``binary``: that mask already thresholded at MASK_THRESHOLD (the live path has it: not again)."""
    prob = mask if mask.dtype != bool else mask.astype(np.float32)
    mask = _as_mask(mask) if binary is None else binary
    height, width = mask.shape
    p = pose.points_px
    shoulder_span = abs(p[L.LEFT_SHOULDER, 0] - p[L.RIGHT_SHOULDER, 0])
    head_y = top_row(mask, p[L.NOSE, 0] - 0.4 * shoulder_span, p[L.NOSE, 0] + 0.4 * shoulder_span)
    ankle_z = _ankle_height(stature_cm, "front")
    # Toe tips lie about three quarters of a foot length in front of the ankle (body) plane.
    toe_offset = -0.75 * body_ratio("foot_length") * stature_cm
    foot_sd = FOOT_POINT_SD_CM * (p[L.LEFT_ANKLE, 1] - head_y) / stature_cm
    observations = [FloorObservation(float(head_y), stature_cm, sd_px=HEAD_TOP_SD_PX)]
    for ankle, toe in ((L.LEFT_ANKLE, L.LEFT_FOOT_INDEX), (L.RIGHT_ANKLE, L.RIGHT_FOOT_INDEX)):
        observations.append(FloorObservation(float(p[ankle, 1]), ankle_z, sd_px=foot_sd))
        half = 0.12 * shoulder_span
        toe_y = bottom_row(mask, p[toe, 0] - half, p[toe, 0] + half, y_min=p[ankle, 1])
        if toe_y is not None:
            observations.append(FloorObservation(float(toe_y), 0.0, toe_offset, foot_sd))
    observations += _landmark_observations(p, "front", stature_cm, (p[L.LEFT_ANKLE, 1] - head_y) / stature_cm)
    geometry = solve_view_geometry(observations, stature_cm, width, height, focal_px=focal_px, initial=initial,
                                   **_priors(stature_cm))

    hip_mid = (p[L.LEFT_HIP] + p[L.RIGHT_HIP]) / 2
    shoulder_mid = (p[L.LEFT_SHOULDER] + p[L.RIGHT_SHOULDER]) / 2
    ankle_y = min(p[L.LEFT_ANKLE, 1], p[L.RIGHT_ANKLE, 1])
    px_per_cm = (ankle_y - head_y) / stature_cm
    crotch_y = column_top_of_gap(mask, hip_mid[0], ankle_y, hip_mid[1])
    estimated = []
    if crotch_y is None:  # legs together: no gap; the crotch is taken a little below the hip joints
        crotch_y = hip_mid[1] + 0.125 * (hip_mid[1] - shoulder_mid[1])
        estimated.append("crotch")
    else:
        crotch_y = _wedge_tip(prob, mask, int(round(hip_mid[0])), ankle_y, hip_mid[1], crotch_y, px_per_cm)
    sides = _armpit_gaps(mask, p, hip_mid, shoulder_mid)
    # The armpit (where the torso's section no longer holds the upper arm) from the shoulder and hip
    # joints: the gap between arm and torso closes below it, by 1-2 cm with the arms well away and
    # by 4-12 cm with the arms near the body, a turned body or a sleeve (the arm's soft tissue
    # meets the chest's side); the joints place it within ~1 cm whatever the arms do.
    armpit_y = float(shoulder_mid[1] + ARMPIT_FROM_SHOULDERS * (hip_mid[1] - shoulder_mid[1]))
    if not sides:  # arms against the body: the breadth under the armpit holds the arms
        estimated.append("armpit")
    # The torso's breadth starts below the lower armpit: between the two (a body turned a few
    # degrees, one arm nearer the body) one arm still joins the torso and would be measured with it.
    breadth_top_y = max((top for top, _x in sides.values()), default=armpit_y)
    rows = np.arange(int(breadth_top_y) + 2, int(crotch_y) - 1)
    t = (rows - shoulder_mid[1]) / max(hip_mid[1] - shoulder_mid[1], 1.0)
    centers = shoulder_mid[0] + t * (hip_mid[0] - shoulder_mid[0])
    reach = (p[:25, 0].min() - 0.2 * shoulder_span, p[:25, 0].max() + 0.2 * shoulder_span)
    edges = runs_around(mask, rows, centers, reach)
    z_rows = geometry.height_at_y(rows)
    chest_rows = int(np.searchsorted(rows, shoulder_mid[1] + CHEST_SHARE * (hip_mid[1] - shoulder_mid[1])))
    breadth = _cut_joined_arm((edges[:, 1] - edges[:, 0] + 1) * geometry.cm_per_px(z_rows), px_per_cm, chest_rows)

    shoulder_points = [_keypoint_shoulder_point(mask, p, side) for side in ("left", "right")]
    joints = [_silhouette_shoulder_point(mask, p, side, sides.get(side), float(hip_mid[0]))
              for side in ("left", "right")]
    # The joints lie outside the pose model's shoulder keypoints (which sit 1-2 cm inside them):
    # joints traced closer together than that followed a sleeve's hem or a strap, not the arm.
    traced_narrow = all(joint is not None for joint in joints) and (
        abs(joints[0][0] - joints[1][0]) < 0.9 * abs(shoulder_points[0][0] - shoulder_points[1][0]))
    if any(joint is None for joint in joints) or traced_narrow:  # an arm against the body: from the keypoints
        joints = shoulder_points
        estimated.append("shoulder_joint")
    shoulder_z = geometry.height_at_y(shoulder_mid[1])
    shoulder_cm_per_px = float(geometry.cm_per_px(shoulder_z))
    shoulder_width = abs(joints[0][0] - joints[1][0]) * shoulder_cm_per_px
    keypoint_width = abs(shoulder_points[0][0] - shoulder_points[1][0]) * shoulder_cm_per_px
    # The arm length still starts from the shoulder point above the keypoint: from the joint found
    # on the silhouette it reads ~0.4 cm shorter again (MAE 1.41 -> 1.78 cm on synth-dev), the
    # elbow and wrist keypoints' own shortfall, so the two corrections must come together.
    upper, fore = [], []
    for shoulder_point, elbow, wrist in ((shoulder_points[0], L.LEFT_ELBOW, L.LEFT_WRIST),
                                         (shoulder_points[1], L.RIGHT_ELBOW, L.RIGHT_WRIST)):
        plane = _to_plane_cm(geometry, np.stack([shoulder_point, p[elbow], p[wrist]]))
        upper.append(np.linalg.norm(plane[1] - plane[0]))
        fore.append(np.linalg.norm(plane[2] - plane[1]))
    ankles = _to_plane_cm(geometry, np.stack([p[L.LEFT_ANKLE], p[L.RIGHT_ANKLE]]))
    return FrontMeasures(
        breadth_cm=_on_grid(z_rows, breadth),
        armpit_z_cm=float(geometry.height_at_y(armpit_y)),
        crotch_z_cm=float(geometry.height_at_y(crotch_y) if "crotch" in estimated
                          else geometry.point_at(hip_mid[0], crotch_y, CROTCH_TOWARD_CAMERA_CM)[1]),
        hip_joint_z_cm=float(geometry.height_at_y(hip_mid[1])),
        shoulder_width_cm=float(shoulder_width),
        keypoint_shoulder_width_cm=float(keypoint_width),
        upper_arm_cm=float(np.mean(upper)),
        forearm_cm=float(np.mean(fore)),
        arm_points_px={"left": np.stack([shoulder_points[0], p[L.LEFT_ELBOW], p[L.LEFT_WRIST]]),
                       "right": np.stack([shoulder_points[1], p[L.RIGHT_ELBOW], p[L.RIGHT_WRIST]])},
        body_axis_x_px=float(hip_mid[0]),
        estimated_levels=tuple(estimated),
        ankle_separation_cm=float(abs(ankles[0, 0] - ankles[1, 0])),
        geometry=geometry,
        view_yaw_deg=_yaw_or_nan(pose),
    )


# A torso widens upward by at most ~1 cm per cm of height (the flare of the back under the arms);
# an arm that joins the torso's silhouette (held against the body on one side) adds its own
# width, 8-12 cm, within a centimetre.
ARM_JOIN_STEP_CM = 3.0
# Arms join the torso under the armpits, in the chest's half of the way from shoulders to hips.
CHEST_SHARE = 0.5


def _cut_joined_arm(breadth: np.ndarray, px_per_cm: float, chest_rows: int) -> np.ndarray:
    """Rows (top to bottom) of torso breadth: within the first ``chest_rows`` (the chest) and above
    the narrowest of them, everything from the lowest step wider by ARM_JOIN_STEP_CM within a
    centimetre up is an arm: NaN."""
    chest_rows = min(chest_rows, len(breadth))
    finite = np.isfinite(breadth[:chest_rows])
    if finite.sum() < 3:
        return breadth
    k = max(int(round(px_per_cm)), 1)
    waist = int(np.nanargmin(np.where(finite, breadth[:chest_rows], np.nan)))
    steps = breadth[:max(waist - k + 1, 0)] - breadth[k:waist + 1]  # row i against the row 1 cm below
    jumps = np.flatnonzero(np.nan_to_num(steps, nan=0.0) > ARM_JOIN_STEP_CM)
    if jumps.size:
        breadth = breadth.copy()
        breadth[:jumps[-1] + 1] = np.nan
    return breadth


def _yaw_or_nan(pose: PoseResult) -> float:
    yaw = world_yaw_deg(pose)
    return float("nan") if yaw is None else float(yaw)


def _silhouette_shoulder_point(mask: np.ndarray, p: np.ndarray, side: str, armpit: tuple[float, int] | None,
                               torso_x: float) -> np.ndarray | None:
    """The shoulder point above the joint found from the arm's silhouette (sizer/vision/shoulder.py),
    pixels; None when the armpit is not seen or the arm cannot be traced."""
    if armpit is None:
        return None
    shoulder = p[L.LEFT_SHOULDER if side == "left" else L.RIGHT_SHOULDER]
    elbow = p[L.LEFT_ELBOW if side == "left" else L.RIGHT_ELBOW]
    axis = upper_arm_axis(mask, shoulder, elbow, armpit[0], torso_x)
    return None if axis is None else shoulder_joint_point(mask, axis, armpit[0], float(shoulder[0]))


def _keypoint_shoulder_point(mask: np.ndarray, p: np.ndarray, side: str) -> np.ndarray:
    """The top of the skin straight above the pose model's shoulder keypoint (pixels); the keypoint
    sits 1-2 cm inside the joint."""
    shoulder = p[L.LEFT_SHOULDER if side == "left" else L.RIGHT_SHOULDER]
    x = float(shoulder[0])
    top = top_row(mask[: int(shoulder[1]) + 1], x - 1, x + 1)
    return np.array([x, top if top is not None else shoulder[1]])


# The top of the gap between the legs is where the camera's ray grazes the front of the crotch
# (a camera above it looks down past the front edge), not the body plane: the crotch seen there
# lies this far toward the camera. 6.2 cm by least squares on 68 bare renders of our own subjects
# (ideal, stance and yaw, arms low, camera high, webcam): inside-leg MAE 2.0 -> 0.9 cm there.
CROTCH_TOWARD_CAMERA_CM = 6.0


# The armpit's height as a share of the way from the shoulder keypoints' to the hip keypoints'
# midpoint (front view): 0.189 +- 0.019 (men 0.20, women 0.18) on 48 renders of our own subjects
# (own seeds: ideal, stance and yaw, fitted clothes), against the truth's armpit (the highest level
# whose torso section no longer contains an upper arm's axis).
ARMPIT_FROM_SHOULDERS = 0.19


# The wedge's opening is read from its width 2-12 cm below the apex; the soft-mask correction may
# move the apex up by at most 5 cm.
WEDGE_RANGE_CM = (2.0, 12.0)
WEDGE_MAX_SHIFT_CM = 5.0


def _wedge_tip(prob, mask, x, y_low, y_high, apex_05, px_per_cm) -> float:
    rows = np.arange(int(apex_05 + WEDGE_RANGE_CM[0] * px_per_cm), int(apex_05 + WEDGE_RANGE_CM[1] * px_per_cm))
    opening = gap_opening_rad(mask, x, rows)
    if opening is None:
        return float(apex_05)
    return wedge_apex_row(prob, x, y_low, y_high, apex_05, opening, WEDGE_MAX_SHIFT_CM * px_per_cm)


def _armpit_gaps(mask: np.ndarray, p: np.ndarray, hip_mid: np.ndarray,
                 shoulder_mid: np.ndarray) -> dict[str, tuple[float, int]]:
    """Per side ("left", "right"): the top of the gap between arm and torso (image row) and the
    column where it peaks; a side is missing when that arm touches the body."""
    found = {}
    for side, elbow in (("left", L.LEFT_ELBOW), ("right", L.RIGHT_ELBOW)):
        y = int(p[elbow, 1])
        if not 0 <= y < mask.shape[0]:
            continue
        torso = run_around(mask[y], int(hip_mid[0]))
        if torso is None:
            continue
        step = 1 if p[elbow, 0] > hip_mid[0] else -1
        start = torso[1] + 1 if step > 0 else torso[0] - 1
        xs = np.arange(start, int(p[elbow, 0]), step)
        candidates = gap_tops(mask, xs, y, shoulder_mid[1])
        if np.isfinite(candidates).any():
            best = int(np.nanargmin(candidates))
            found[side] = (float(candidates[best]), int(xs[best]))
    return found


# The pose model's hand points (index, pinky) sit near the knuckles: the fingers reach about as far
# again beyond them. A side view a few degrees off 90 shows the spread hands in front of the hips.
FINGER_REACH = 2.0


def _finger_tip(wrist: np.ndarray, knuckle: np.ndarray) -> np.ndarray:
    return wrist + FINGER_REACH * (knuckle - wrist)


def _forearm_segments(p: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Starts and ends (each (6, 2)) of both arms' elbow-wrist lines and the wrist to each finger tip."""
    starts, ends = [], []
    for elbow, wrist, index, pinky in ((L.LEFT_ELBOW, L.LEFT_WRIST, L.LEFT_INDEX, L.LEFT_PINKY),
                                       (L.RIGHT_ELBOW, L.RIGHT_WRIST, L.RIGHT_INDEX, L.RIGHT_PINKY)):
        starts += [p[elbow], p[wrist], p[wrist]]
        ends += [p[wrist], _finger_tip(p[wrist], p[index]), _finger_tip(p[wrist], p[pinky])]
    return np.array(starts, float), np.array(ends, float)


def analyse_side(pose: PoseResult, mask: np.ndarray, stature_cm: float,
                 stance_half_width_cm: float = DEFAULT_STANCE_HALF_WIDTH_CM,
                 focal_px: float | None = None, initial: ViewGeometry | None = None) -> SideMeasures:
    """Side-view measures; ``stance_half_width_cm`` (half the ankle spacing) from the front view."""
    mask = _as_mask(mask)
    height, width = mask.shape
    p = pose.points_px
    ear_x = (p[L.LEFT_EAR, 0] + p[L.RIGHT_EAR, 0]) / 2
    facing = 1.0 if p[L.NOSE, 0] > ear_x else -1.0  # +1: the person faces the image's right
    head_half = max(abs(p[L.NOSE, 0] - ear_x) * 2.0, 10.0)
    head_y = top_row(mask, ear_x - head_half, ear_x + head_half)
    near, far = ((L.LEFT_ANKLE, L.RIGHT_ANKLE) if p[L.LEFT_ANKLE, 1] >= p[L.RIGHT_ANKLE, 1]
                 else (L.RIGHT_ANKLE, L.LEFT_ANKLE))
    near_heel, near_toe = ((L.LEFT_HEEL, L.LEFT_FOOT_INDEX) if near == L.LEFT_ANKLE
                           else (L.RIGHT_HEEL, L.RIGHT_FOOT_INDEX))
    ankle_z = _ankle_height(stature_cm, "side")
    w = stance_half_width_cm
    foot_sd = FOOT_POINT_SD_CM * (p[near, 1] - head_y) / stature_cm
    observations = [FloorObservation(float(head_y), stature_cm, sd_px=HEAD_TOP_SD_PX),
                    FloorObservation(float(p[near, 1]), ankle_z, -w, foot_sd),
                    FloorObservation(float(p[far, 1]), ankle_z, w, 2 * foot_sd)]  # the far ankle is hidden
    x0, x1 = sorted((p[near_heel, 0], p[near_toe, 0]))
    sole_y = bottom_row(mask, x0, x1, y_min=p[near, 1])
    if sole_y is not None:
        # The lowest point of the near foot is its outer edge, half a foot's breadth nearer still.
        near_edge = -w - 0.5 * body_ratio("foot_breadth") * stature_cm
        observations.append(FloorObservation(float(sole_y), 0.0, near_edge, foot_sd))
    observations += _landmark_observations(p, "side", stature_cm, (p[near, 1] - head_y) / stature_cm)
    geometry = solve_view_geometry(observations, stature_cm, width, height, focal_px=focal_px, initial=initial,
                                   **_priors(stature_cm))

    shoulder_mid = (p[L.LEFT_SHOULDER] + p[L.RIGHT_SHOULDER]) / 2
    hip_mid = (p[L.LEFT_HIP] + p[L.RIGHT_HIP]) / 2
    knee_y = min(p[L.LEFT_KNEE, 1], p[L.RIGHT_KNEE, 1])
    rows = np.arange(int(shoulder_mid[1]), int(knee_y))
    t = (rows - shoulder_mid[1]) / max(hip_mid[1] - shoulder_mid[1], 1.0)
    centers = shoulder_mid[0] + t * (hip_mid[0] - shoulder_mid[0])
    span = max(float(np.ptp(p[:25, 0])), 1.0)
    edges = runs_around(mask, rows, centers, (p[:25, 0].min() - 0.5 * span, p[:25, 0].max() + 0.5 * span))
    front_x = np.where(facing > 0, edges[:, 1], edges[:, 0])
    back_x = np.where(facing > 0, edges[:, 0], edges[:, 1])
    # Forearms and hands hanging in front of (or behind) the torso widen the silhouette: rows where
    # an edge lies within a forearm's reach of the elbow-wrist-hand line are re-drawn from neighbours.
    cm_rows = geometry.cm_per_px(geometry.height_at_y(rows))
    reach_px = 0.05 * stature_cm / np.median(cm_rows)
    # Both edges' rows against all six segments in one go (this runs on every live side-on frame).
    starts, ends = _forearm_segments(p)
    near_arm = distance_to_segments(np.concatenate([front_x, back_x]), np.concatenate([rows, rows]),
                                    starts, ends) < reach_px
    for edge, touched in ((front_x, near_arm[:len(rows)]), (back_x, near_arm[len(rows):])):
        good = ~touched & np.isfinite(edge)
        if good.sum() >= 2 and touched.any():
            edge[touched] = np.interp(rows[touched], rows[good], edge[good])
    z_rows = geometry.height_at_y(rows)
    depth = (np.abs(front_x - back_x) + 1) * cm_rows
    ankle_x = p[near, 0]
    back = (ankle_x - back_x) * facing * cm_rows
    # The arm nearer the camera (better seen): how far forward the elbow and wrist reach.
    arms = ((L.LEFT_SHOULDER, L.LEFT_ELBOW, L.LEFT_WRIST), (L.RIGHT_SHOULDER, L.RIGHT_ELBOW, L.RIGHT_WRIST))
    arm = max(arms, key=lambda joints: float(pose.visibility[list(joints)].sum()))
    return SideMeasures(depth_cm=_on_grid(z_rows, depth), back_cm=_on_grid(z_rows, back), geometry=geometry,
                        near_arm="left" if arm[0] == L.LEFT_SHOULDER else "right",
                        arm_points_px=p[list(arm)].astype(float), facing=facing,
                        shoulder_separation_cm=float(abs(p[L.LEFT_SHOULDER, 0] - p[L.RIGHT_SHOULDER, 0])
                                                     * geometry.cm_per_px(geometry.height_at_y(shoulder_mid[1]))))
