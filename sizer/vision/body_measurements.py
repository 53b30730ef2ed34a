"""Front and side measures -> the body's measurements with uncertainties (a BodyProfile).

Levels follow the measurement definitions: chest = the largest torso girth 1-15 cm below the armpit;
waist = the smallest girth between the pelvis and the ribs; hip = where the buttocks reach furthest
back. Breadth comes from the front view, depth from the side view.

Waist and hip sections are smooth and nearly convex, and a tape (or the convex hull) around them is
close to the perimeter of the ellipse with the silhouette's breadth and depth: that geometry is used
directly. The ANSUR II models are not applied there because ANSUR's calliper breadths are taken feet
together and on bone landmarks, narrower than a silhouette (legs apart, soft tissue, rays grazing a
range of heights), so the fitted coefficients over-read silhouette input by 4-12 cm. Their held-out
residuals still give the shape uncertainty. The chest is not elliptic (flat front, shoulder blades,
arms limiting the visible breadth), so its girth comes from the ANSUR II model that also uses the
waist and hip breadths and the shoulder width, each read as ANSUR measured it (waist breadth at the
navel, the hips' largest breadth). Uncertainty = model residual (held out) combined with
how far the image measurement can be off (edge noise and scale), shrunk when many frames were
averaged.
"""
from __future__ import annotations

import dataclasses
import math

import numpy as np

from sizer.profile import BodyProfile
from sizer.problems import Problem
from sizer.vision.clothing import Clothing, allowance
from sizer.vision.girth_model import (Sex, body_ratio, chest_silhouette_model, consistency_model, ellipse_perimeter,
                                      load_girth_model, silhouette_chest_correction)
from sizer.vision.turn import TurnTrack, deviation_prior_cm
from sizer.vision.view_analysis import Z_GRID_CM, FrontMeasures, SideMeasures
from sizer.vision.warning_codes import MeasurementWarning

EDGE_SD_PX = 1.5  # a silhouette edge's placement, per edge
SCALE_SD_SOLVED = 0.008  # relative scale error after the perspective solve (its prior's spread)
SCALE_SD_LEVEL = 0.025  # when the solve fell back to a level camera
# A BlazePose joint's placement on a full-body image, per joint (random: shrinks over frames).
LANDMARK_SD_CM = 1.2
LANDMARK_SYSTEMATIC_SD_CM = 0.7
# The shoulder joints found on the arm's silhouette (sizer/vision/shoulder.py) rest on where the
# humeral head's centre lies between the top of the shoulder and the armpit, taken at mid-height;
# anatomically 40-60 % of the way down, which moves each joint along the A-posed arm's axis by
# ~1 cm (-0.51 cm bias, 0.59 cm spread on synth-dev). Averaging frames does not remove it.
SHOULDER_WIDTH_SYSTEMATIC_SD_CM = 1.0
# When an arm touches the body the pose model's keypoints are used: they sit 1-2 cm inside the
# joints (-2.6 cm bias on synth-dev), a systematic shortfall.
KEYPOINT_SHOULDER_WIDTH_SYSTEMATIC_SD_CM = 2.5
# A silhouette joint's random placement: the arm's axis, fitted on ~10 cm of arm whose edges sit
# within EDGE_SD_PX, is carried ~7 cm up to the joint, and the armpit and shoulder-top rows each
# move its height (0.5-0.6 cm per joint on synth-dev at 640x480 and 720x1280).
SILHOUETTE_JOINT_SD_CM = 0.6
# The crotch is the tip of the gap between the legs on a blurred mask; after the blur correction
# it is still placed within about a centimetre (more on small, low-resolution bodies).
CROTCH_SD_CM = 1.0
# A blurred mask's edge sits this far off the true one, the same way in every frame (px per edge).
SYSTEMATIC_EDGE_PX = 0.6
# A view turned off square: the ellipse correction for it is only as good as the section is an
# ellipse and the angle is known (~3-5 degrees): girths widen by this per degree measured.
VIEW_ANGLE_SD_CM_PER_DEG = 0.2
# The chest model reads men's silhouettes ~3 cm high and women's ~0 (ANSUR's callipers are not a
# silhouette): without the sex, that is an unknown bias of about this spread.
CHEST_MODEL_SEX_SD_CM = 2.0
# The crotch's apex on a blurred low-resolution mask moves by a few pixels (640x480: 1-2 cm).
CROTCH_SD_PX = 3.0
# Under the armpits a torso's girth falls by about a centimetre per centimetre of height: the
# turn's chest is as good as the armpit level (within ~1 cm on our own turn renders).
CHEST_TURN_LEVEL_SD_CM = 1.0
# Where the turn measured it, the hip is taken at the hip joints' height: on our own turn renders
# the true hip level (the buttocks' backmost point) lay within 2 cm of it (4 cm once), while the
# side view's backmost point strayed 3-11 cm (shadows on a wall, a hand behind the buttocks).
# What a girth from the turn misses beyond its own spread and the scale's, on our own turn renders
# (plain and room, 10 videos): level placement, yaw, the mask's edge (set so that the truth lies
# within one stated sigma for about two thirds of them).
TURN_SYSTEMATIC_SD_CM = 1.0


# The hip's section is boxier than the ellipse through its breadth and depth (the buttocks' and the
# hips' corners): once the camera solve took the hip keypoints at their share of the stature, the
# scale at the hip no longer read ~1-2 % large, which had hidden that. The least-squares factor
# from the two photos' ellipse to the true hip on 119 bare pairs of our own renders (gen_hard.py
# seeds 7707 and 8808: ideal, room, arms low, stance and yaw, camera low, high and close, webcam;
# scripts/fit_photo_allowance.py) is this (hip MAE 1.16 -> 1.11 cm, bias -0.3 -> 0); the fitted
# clothing's hip allowance as the silhouettes read it follows it. Not for the turn's hip (its own
# Cauchy integral).
HIP_ELLIPSE_FACTOR = 1.0027


def _band(low: float, high: float) -> np.ndarray:
    return (Z_GRID_CM >= low) & (Z_GRID_CM <= high)


def _pick(values: np.ndarray, band: np.ndarray, largest: bool) -> int | None:
    candidates = np.where(band & np.isfinite(values), values, np.nan)
    if np.all(np.isnan(candidates)):
        return None
    return int(np.nanargmax(candidates) if largest else np.nanargmin(candidates))


def arm_length_cm(front: FrontMeasures, side: SideMeasures) -> float:
    """Shoulder point to elbow to wrist in 3D, from both views.

    Arms hang a little forward of the body plane: the front view sees each joint across and down,
    the side view how far forward. Each view's reading depends on the other's (a joint nearer a
    camera looks bigger), so the two are alternated until they agree.
    """
    front_px = front.arm_points_px.get(side.near_arm)
    if front_px is None or not np.any(side.arm_points_px):
        return front.arm_length_cm
    axis_across, _ = front.geometry.point_at(front.body_axis_x_px, front_px[0, 1])
    forward = np.zeros(3)
    for _ in range(3):
        across, height = front.geometry.point_at(front_px[:, 0], front_px[:, 1], forward)
        lateral = np.abs(across - axis_across)  # how far each joint is out toward the side camera
        side_across, _ = side.geometry.point_at(side.arm_points_px[:, 0], side.arm_points_px[:, 1], lateral)
        forward = (side_across - side_across[0]) * side.facing  # relative to the shoulder
    points = np.column_stack([across, forward, height])
    return float(np.sum(np.linalg.norm(np.diff(points, axis=0), axis=1)))


def chest_ratio(front: FrontMeasures) -> float:
    """The shoulder keypoints' width over the hips' largest breadth (front view): broad-shouldered
    bodies' silhouettes read the chest model high (see scripts/fit_chest_ratio_correction.py)."""
    torso = max(front.armpit_z_cm - front.hip_joint_z_cm, 1.0)
    hips = _band(front.crotch_z_cm + 1.0, front.hip_joint_z_cm + 0.25 * torso) & np.isfinite(front.breadth_cm)
    if not hips.any() or not math.isfinite(front.keypoint_shoulder_width_cm):
        return float("nan")
    return front.keypoint_shoulder_width_cm / float(np.max(front.breadth_cm[hips]))


def chest_silhouette_features(front: FrontMeasures, breadth: np.ndarray,
                              depth: np.ndarray) -> tuple[dict[str, float], int] | None:
    """What the silhouettes show of the chest band (armpit - 15 to armpit - 1 cm), the inputs of
    the chest model fitted on our renders: the side view's largest depth there (the arms hang
    beside the torso, clear of its front and back), the front view's largest breadth, the shoulder
    keypoints' width, and how far below the armpit the front view's breadth begins (arms near the
    body hide the breadth under the armpit, where the chest is widest). Also the level index of the
    largest depth. None when neither view measured the band."""
    band = _band(front.armpit_z_cm - 15.0, front.armpit_z_cm - 1.0)
    seen_breadth = band & np.isfinite(breadth)
    seen_depth = band & np.isfinite(depth)
    if not seen_breadth.any() or not seen_depth.any() or not math.isfinite(front.keypoint_shoulder_width_cm):
        return None
    level = int(np.flatnonzero(seen_depth)[np.argmax(depth[seen_depth])])
    return {"depth_max_cm": float(depth[level]), "breadth_max_cm": float(np.max(breadth[seen_breadth])),
            "keypoint_shoulder_width_cm": float(front.keypoint_shoulder_width_cm),
            "breadth_top_below_armpit_cm": float(front.armpit_z_cm - Z_GRID_CM[seen_breadth].max())}, level


def combine(front: FrontMeasures, side: SideMeasures, stature_cm: float, sex: Sex | None = None,
            frames: tuple[int, int] = (1, 1), turn: TurnTrack | None = None,
            clothing: Clothing | None = None, silhouette_chest: bool = True,
            calibrated: bool = True) -> BodyProfile:
    """The measurements of one person. ``frames``: how many front and side frames were averaged;
    ``turn``: the quarter turn's widths (live session), which refine the girths where seen;
    ``clothing``: what the person wears (its allowance is subtracted; loose is refused);
    ``calibrated``: False leaves the uncertainties unscaled by SIGMA_SCALE (for refitting it)."""
    warnings: list[str] = []
    breadth, depth = correct_view_angles(front, side)
    correction = None
    if turn is not None:
        correction = turn.correction(breadth, depth, deviation_prior_cm(Z_GRID_CM, front.crotch_z_cm, front.armpit_z_cm))
    armpit, crotch, hip_joint = front.armpit_z_cm, front.crotch_z_cm, front.hip_joint_z_cm
    torso = max(armpit - hip_joint, 1.0)
    # The chest always uses the sex-agnostic model: it reads the body's proportions (waist, hip and
    # shoulder breadths), while the per-sex models lean on the chest breadth alone, whose calliper
    # value in ANSUR is narrower than a silhouette's (they over-read silhouettes by ~5 cm). The
    # neck model takes no breadth, so its tighter per-sex variant is used when the sex is given.
    models = {g: load_girth_model(g, None) for g in ("chest_girth", "waist_girth", "hip_girth")}
    models["neck_girth"] = load_girth_model("neck_girth", sex)

    hip_band = _band(crotch + 1.0, hip_joint + 0.25 * torso)
    hip_index = _pick(side.back_cm, hip_band, largest=True)
    joint_index = int(np.argmin(np.abs(Z_GRID_CM - hip_joint)))
    if correction is not None and math.isfinite(correction.perimeter_cm[joint_index]):
        hip_index = joint_index  # the turn measured the hip joints' height (see the note above)
    waist_band = _band(hip_joint + 0.2 * torso, armpit - 0.3 * torso)
    waist_girths = ellipse_perimeter(breadth, depth)
    turned = None
    waist_from_turn = False
    if correction is not None:
        turned = correction.perimeter_cm
        # The waist is the smallest girth: with the turn seen at every height of the band, pick it there.
        if np.isfinite(turned[waist_band & np.isfinite(waist_girths)]).all():
            waist_girths = np.where(np.isfinite(turned), turned, waist_girths)
            waist_from_turn = True
    waist_index = _pick(waist_girths, waist_band, largest=False)
    if hip_index is None or waist_index is None:
        from sizer.errors import MeasurementInputError

        raise MeasurementInputError(Problem("torso_not_traced"), Problem("advice_plain_background"))
    hip_breadth = float(breadth[hip_index])
    hip_depth = float(depth[hip_index])
    waist_breadth, waist_depth = float(breadth[waist_index]), float(depth[waist_index])
    # The chest model reads ANSUR's waist breadth (taken at the navel, the omphalion) and hip
    # breadth (the hips' largest): the same are read here. The natural waist above the navel is
    # narrower, most of all in women, and fed in its place it made women's chests read ~2 cm low
    # and men's high (the model tells the sexes apart by these breadths).
    navel_index = int(np.argmin(np.abs(Z_GRID_CM - body_ratio("waist_omphalion_height") * stature_cm)))
    chest_waist_breadth = float(breadth[navel_index]) if np.isfinite(breadth[navel_index]) else waist_breadth
    hips = np.where(hip_band & np.isfinite(breadth), breadth, np.nan)
    chest_hip_breadth = float(np.nanmax(hips)) if np.isfinite(hips).any() else hip_breadth
    chest_band = _band(armpit - 15.0, armpit - 1.0)
    # The chest model takes ANSUR's biacromial breadth (acromion to acromion), which neither
    # shoulder width here is. It was validated with the keypoints' width; the silhouette joints'
    # (~2 cm wider) would add ~1.7 cm to every chest, and men's chests already read high (their
    # silhouette breadth under the armpit is wider than ANSUR's calliper breadth). So the chest
    # keeps the input it was checked with until the model is made for silhouette inputs.
    chest_shoulder_cm = front.keypoint_shoulder_width_cm
    if not math.isfinite(chest_shoulder_cm):
        chest_shoulder_cm = front.shoulder_width_cm
    chest_girths = models["chest_girth"].predict(
        breadth_cm=breadth, depth_cm=depth, stature_cm=stature_cm, waist_breadth_cm=chest_waist_breadth,
        hip_breadth_cm=chest_hip_breadth, shoulder_width_cm=chest_shoulder_cm)
    chest_index = _pick(chest_girths, chest_band, largest=True)
    if "armpit" in front.estimated_levels:
        warnings.append(MeasurementWarning.CHEST_LEVEL_ESTIMATED.value)
    if "crotch" in front.estimated_levels:
        warnings.append(MeasurementWarning.INSIDE_LEG_ESTIMATED.value)
    if "shoulder_joint" in front.estimated_levels:
        warnings.append(MeasurementWarning.SHOULDER_WIDTH_FROM_KEYPOINTS.value)
    if chest_index is None:
        chest_index = int(np.argmin(np.abs(Z_GRID_CM - (armpit - 5.0))))
        warnings.append(MeasurementWarning.CHEST_LEVEL_ESTIMATED.value)
    chest = float(chest_girths[chest_index])
    silhouette_model = chest_silhouette_model() if silhouette_chest else None
    chest_seen = chest_silhouette_features(front, breadth, depth) if silhouette_model is not None else None
    if chest_seen is not None:
        # The model fitted on silhouettes (our renders) replaces the ANSUR model and its correction.
        chest, chest_index = silhouette_model.predict(chest_seen[0]), chest_seen[1]
        models["chest_girth"] = dataclasses.replace(models["chest_girth"], rmse_cm=silhouette_model.rmse_cm)
    else:
        correction_chest = silhouette_chest_correction() if silhouette_chest else None
        if correction_chest is not None and math.isfinite(chest_ratio(front)):
            chest += correction_chest[0] + correction_chest[1] * chest_ratio(front)
    waist = float(waist_girths[waist_index])
    hip = float(HIP_ELLIPSE_FACTOR * ellipse_perimeter(hip_breadth, hip_depth))
    # Where the turn showed the level from enough directions, its Cauchy integral replaces the
    # models' shape assumption: its spread replaces theirs.
    shape_sd = {key: models[key].rmse_cm for key in ("chest_girth", "waist_girth", "hip_girth")}
    from_turn: set[str] = set()
    if correction is not None:
        warnings.append(MeasurementWarning.GIRTHS_FROM_TURN.value)
        if waist_from_turn:
            shape_sd["waist_girth"] = float(correction.sd_cm[waist_index])
            from_turn.add("waist_girth")
        if math.isfinite(correction.perimeter_cm[hip_index]):
            hip = float(correction.perimeter_cm[hip_index])
            shape_sd["hip_girth"] = float(correction.sd_cm[hip_index])
            from_turn.add("hip_girth")
        # The hidden directions take a chest section's usual excess over its ellipse (turn.py), so
        # the heights the turn measured at all compete; those it never saw (the arms against the
        # torso in nearly every frame) stay out.
        chest_turned = np.where(chest_band, turned, np.nan)
        if np.isfinite(chest_turned).any():
            chest_index = int(np.nanargmax(chest_turned))
            chest = float(chest_turned[chest_index])
            shape_sd["chest_girth"] = math.hypot(float(correction.sd_cm[chest_index]), CHEST_TURN_LEVEL_SD_CM)
            from_turn.add("chest_girth")
    if not math.isfinite(chest):
        # No height of the chest band showed the torso's breadth clear of the arms (nor did a turn):
        # say so and how to stand, rather than report an implausible "nan cm".
        from sizer.errors import MeasurementInputError
        from sizer.vision.view_checks import ADVICE, ViewProblem

        raise MeasurementInputError(Problem("torso_not_traced"), ADVICE[ViewProblem.ARMS_AGAINST_BODY])
    neck = float(models["neck_girth"].predict(chest_girth_cm=chest, waist_girth_cm=waist, stature_cm=stature_cm))
    measurements = {
        "stature": float(stature_cm),
        "chest_girth": chest,
        "waist_girth": waist,
        "hip_girth": hip,
        "neck_girth": neck,
        "shoulder_width": front.shoulder_width_cm,
        "arm_length": arm_length_cm(front, side),
        "inside_leg": front.crotch_z_cm,
    }
    scale_sd = SCALE_SD_SOLVED if front.geometry.solved and side.geometry.solved else SCALE_SD_LEVEL
    if not (front.geometry.solved and side.geometry.solved):
        warnings.append(MeasurementWarning.PERSPECTIVE_NOT_SOLVED.value)
    front_frames, side_frames = frames
    cm_px = float(front.geometry.cm_per_px(armpit))
    side_cm_px = float(side.geometry.cm_per_px(armpit))
    # Edge noise shrinks over frames; a mask's bleed or erosion at the body's edge does not (the
    # same blur every frame), so a systematic share per edge stays whatever the frame count.
    b_sd = math.sqrt(2) * cm_px * math.hypot(EDGE_SD_PX / math.sqrt(front_frames), SYSTEMATIC_EDGE_PX)
    d_sd = math.sqrt(2) * side_cm_px * math.hypot(EDGE_SD_PX / math.sqrt(side_frames), SYSTEMATIC_EDGE_PX)
    view_sd = VIEW_ANGLE_SD_CM_PER_DEG * (abs(front.view_yaw_deg if math.isfinite(front.view_yaw_deg) else 0.0)
                                         + side_view_off_deg(front, side))
    if shape_sd["chest_girth"] == models["chest_girth"].rmse_cm and chest_seen is None:  # ANSUR's model
        shape_sd["chest_girth"] = math.hypot(shape_sd["chest_girth"], CHEST_MODEL_SEX_SD_CM)
    uncertainty = {"stature": 0.0}
    for key, value, b, d in (("chest_girth", chest, breadth[chest_index], depth[chest_index]),
                             ("waist_girth", waist, waist_breadth, waist_depth),
                             ("hip_girth", hip, hip_breadth, hip_depth)):
        # A girth grows about pi/2 per cm of breadth or depth (half an ellipse's perimeter each).
        image_sd = math.hypot(math.pi / 2 * b_sd, math.pi / 2 * d_sd)
        if key in from_turn:
            # The turn's widths are its own (not the two views' breadth and depth, nor their angles):
            # its spread, the scale's, and what stays once both are taken off (TURN_SYSTEMATIC_SD_CM).
            image_sd, view_part = TURN_SYSTEMATIC_SD_CM, 0.0
        else:
            view_part = view_sd
        uncertainty[key] = math.sqrt(shape_sd[key] ** 2 + image_sd ** 2 + (scale_sd * value) ** 2 + view_part ** 2)
    uncertainty["neck_girth"] = math.hypot(models["neck_girth"].rmse_cm, 0.3 * uncertainty["chest_girth"])
    # A keypoint's placement noise averages over frames; where the model puts an elbow or a wrist
    # on this body does not (video: arm errors of 1-2.5 cm after 15 frames).
    joint_sd = math.hypot(LANDMARK_SD_CM / math.sqrt(front_frames), LANDMARK_SYSTEMATIC_SD_CM)
    if "shoulder_joint" in front.estimated_levels:
        shoulder_sd, shoulder_joint_sd = KEYPOINT_SHOULDER_WIDTH_SYSTEMATIC_SD_CM, joint_sd
    else:
        shoulder_sd = SHOULDER_WIDTH_SYSTEMATIC_SD_CM
        shoulder_joint_sd = SILHOUETTE_JOINT_SD_CM / math.sqrt(front_frames)
    uncertainty["shoulder_width"] = math.sqrt(shoulder_sd ** 2 + 2 * shoulder_joint_sd ** 2
                                              + (scale_sd * front.shoulder_width_cm) ** 2)
    uncertainty["arm_length"] = math.hypot(2 * joint_sd, scale_sd * measurements["arm_length"])
    crotch_sd = math.hypot(CROTCH_SD_CM, CROTCH_SD_PX * cm_px)
    uncertainty["inside_leg"] = math.sqrt(crotch_sd ** 2 + b_sd ** 2 + (scale_sd * front.crotch_z_cm) ** 2)
    if "crotch" in front.estimated_levels:
        uncertainty["inside_leg"] = math.hypot(uncertainty["inside_leg"], 3.0)
    if sex is None:
        warnings.append(MeasurementWarning.SEX_NOT_GIVEN.value)
    if calibrated:
        # Girths the turn measured keep the turn's own spread; the rest are scaled to what they err.
        # (Before the clothing's spread joins: that one is measured, not summed from error sources.)
        for key, scale in SIGMA_SCALE.items():
            if key in uncertainty and key not in from_turn:
                uncertainty[key] *= scale
    if clothing is not None:
        _subtract_clothing(measurements, uncertainty, clothing, models["neck_girth"], stature_cm)
        warnings.append(MeasurementWarning.CLOTHING_ALLOWANCE_SUBTRACTED.value)
    check_girths_agree(measurements)
    return BodyProfile(measurements, uncertainty, warnings)


# The stated uncertainties scaled so that the truth lies within one sigma for 68 % of measurements
# and within two for at least 93 % (the larger of the two factors: errors have heavier tails than a
# normal's): on 215 photo pairs of our own subjects under 9 conditions (gen_hard.py seeds 7707, 8808
# and 9909: ideal, stance and yaw, camera low, high and close, webcam, fitted clothes, home, kiosk:
# scripts/fit_photo_uncertainty.py; the dev sets were not used). The sum of the error sources above
# over-states them by these; a fitted garment's spread (measured) joins after the scaling. Girths
# measured by the turn keep its spread.
SIGMA_SCALE = {"chest_girth": 0.67, "waist_girth": 0.56, "hip_girth": 0.57, "shoulder_width": 1.18,
               "arm_length": 0.64, "inside_leg": 0.85}


# Beyond these the views are refused (the guide: a front view a few degrees off, a side
# view between 75 and 105 degrees). The pose model's world yaw is itself good to ~3-5 degrees.
MAX_FRONT_YAW_DEG = 20.0
MAX_SIDE_OFF_DEG = 18.0
# Side-on, the far shoulder's keypoint is guessed: the two read ~10 % of the shoulder width apart
# (synth-turn's side holds: 7-10 %), which says nothing about the angle and is taken off.
SIDE_SHOULDER_NOISE = 0.1


def side_view_off_deg(front: FrontMeasures, side: SideMeasures) -> float:
    """How far the side view is from exactly side-on: the shoulders' separation across the image
    against the shoulder width the front view saw (sin of the angle). 0 when not known."""
    width = front.keypoint_shoulder_width_cm
    if not (math.isfinite(width) and width > 0 and math.isfinite(side.shoulder_separation_cm)):
        return 0.0
    ratio = side.shoulder_separation_cm / width
    return math.degrees(math.asin(min(math.sqrt(max(ratio ** 2 - SIDE_SHOULDER_NOISE ** 2, 0.0)), 1.0)))


def correct_view_angles(front: FrontMeasures, side: SideMeasures) -> tuple[np.ndarray, np.ndarray]:
    """Breadth and depth as if the front view faced the camera squarely and the side view were at
    exactly 90 degrees. A view turned by phi sees the width sqrt(B^2 cos^2 phi + D^2 sin^2 phi) of an
    elliptic section; the two views' equations give B and D. Refuses views turned too far."""
    from sizer.errors import MeasurementInputError

    phi = front.view_yaw_deg if math.isfinite(front.view_yaw_deg) else 0.0
    psi = side_view_off_deg(front, side)
    if abs(phi) > MAX_FRONT_YAW_DEG:
        raise MeasurementInputError(Problem("front_turned", degrees=f"{abs(phi):.0f}"), Problem("advice_face_squarely"))
    if psi > MAX_SIDE_OFF_DEG:
        raise MeasurementInputError(Problem("side_off", degrees=f"{psi:.0f}"), Problem("advice_quarter_turn"))
    a, b = math.radians(phi), math.radians(psi)
    c_f, s_f, c_s, s_s = math.cos(a) ** 2, math.sin(a) ** 2, math.cos(b) ** 2, math.sin(b) ** 2
    det = c_f * c_s - s_f * s_s
    seen_front, seen_side = front.breadth_cm ** 2, side.depth_cm ** 2
    breadth2 = (c_s * seen_front - s_f * seen_side) / det
    depth2 = (c_f * seen_side - s_s * seen_front) / det
    breadth = np.sqrt(np.maximum(breadth2, 0.0))
    depth = np.sqrt(np.maximum(depth2, 0.0))
    # Where only one view measured a height, keep what it saw.
    breadth = np.where(np.isfinite(breadth), breadth, front.breadth_cm)
    depth = np.where(np.isfinite(depth), depth, side.depth_cm)
    return breadth, depth


def check_girths_agree(measurements: dict[str, float]) -> None:
    """Refuse girths that no real body has together: each torso girth against what the other two
    and the stature predict in ANSUR II. Beyond the largest residual real bodies show, a level was
    misread or an arm or a garment was measured with the torso (a refusal beats a wrong number)."""
    from sizer.errors import MeasurementInputError

    for girth in ("chest_girth", "waist_girth", "hip_girth"):
        coefficients, limit = consistency_model(girth)
        predicted = sum(c * (1.0 if name == "intercept" else measurements[name.removesuffix("_cm")])
                        for name, c in coefficients.items())
        if abs(measurements[girth] - predicted) > limit:
            raise MeasurementInputError(
                Problem("girth_inconsistent", girth=girth.replace("_", " "), value=f"{measurements[girth]:.0f}",
                        predicted=f"{predicted:.0f}"), Problem("advice_measure_again"))


def _subtract_clothing(measurements: dict, uncertainty: dict, clothing: Clothing, neck_model, stature_cm) -> None:
    """The garment layer's documented allowance off each measurement, its spread into the uncertainty."""
    for key in list(measurements):
        layer = allowance(clothing, key)
        if layer.mean_cm or layer.sd_cm:
            measurements[key] -= layer.mean_cm
            uncertainty[key] = math.hypot(uncertainty.get(key, 0.0), layer.sd_cm)
    measurements["neck_girth"] = float(neck_model.predict(chest_girth_cm=measurements["chest_girth"],
                                                          waist_girth_cm=measurements["waist_girth"],
                                                          stature_cm=stature_cm))
