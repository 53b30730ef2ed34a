"""Is this frame a measurable front or side view? Checks shared by photos and the live camera.

Each failed check is a :class:`ViewProblem` (an enum: the UI translates it); photos are refused
with :data:`ADVICE`, the live session turns them into guidance.
"""
from __future__ import annotations

import enum

import numpy as np

from sizer.vision.pose import Landmark as L
from sizer.problems import Problem
from sizer.vision.pose import PoseResult
from sizer.vision.silhouette import person_components


class ViewKind(str, enum.Enum):
    FRONT = "front"
    SIDE = "side"


class ViewProblem(str, enum.Enum):
    NO_PERSON = "no_person"
    SEVERAL_PEOPLE = "several_people"
    BODY_CUT_OFF = "body_cut_off"  # head or feet outside the frame
    TOO_FAR = "too_far"
    TOO_CLOSE = "too_close"
    NOT_UPRIGHT = "not_upright"  # sitting, bending, lying
    EXPECTED_FRONT = "expected_front"  # a side (or turned) view where the front was wanted
    EXPECTED_SIDE = "expected_side"
    FACING_AWAY = "facing_away"
    ARMS_AGAINST_BODY = "arms_against_body"
    TOO_DARK = "too_dark"
    TOO_BRIGHT = "too_bright"


# What to do about each problem, in a sentence (sizer.problems holds the words: the UI translates them).
ADVICE = {problem: Problem(f"view_{problem.value}") for problem in ViewProblem}

BODY_LANDMARKS = (L.NOSE, L.LEFT_SHOULDER, L.RIGHT_SHOULDER, L.LEFT_HIP, L.RIGHT_HIP,
                  L.LEFT_KNEE, L.RIGHT_KNEE, L.LEFT_ANKLE, L.RIGHT_ANKLE)
MIN_BODY_SHARE = 0.5  # of the frame's height: smaller and a pixel is more than 4 mm of body
MAX_BODY_SHARE = 0.97
FRONT_MIN_SHOULDER_RATIO = 0.45  # shoulder span / torso length: ~0.75 facing, ~0.1 side-on
SIDE_MAX_SHOULDER_RATIO = 0.3


def body_extent(mask: np.ndarray) -> tuple[int, int] | None:
    rows = np.flatnonzero(mask.any(axis=1))
    return (int(rows[0]), int(rows[-1])) if rows.size else None


def shoulder_ratio(pose: PoseResult) -> float:
    p = pose.points_px
    shoulders = np.linalg.norm(p[L.LEFT_SHOULDER] - p[L.RIGHT_SHOULDER])
    torso = np.linalg.norm((p[L.LEFT_SHOULDER] + p[L.RIGHT_SHOULDER]) / 2 - (p[L.LEFT_HIP] + p[L.RIGHT_HIP]) / 2)
    return float(shoulders / max(torso, 1.0))


def check_view(pose: PoseResult | None, mask: np.ndarray | None, expected: ViewKind,
               mean_luma: float | None = None) -> list[ViewProblem]:
    """Every reason this frame cannot be measured as the expected view (empty list: measurable)."""
    problems: list[ViewProblem] = []
    if mean_luma is not None:
        if mean_luma < 35:
            problems.append(ViewProblem.TOO_DARK)
        elif mean_luma > 235:
            problems.append(ViewProblem.TOO_BRIGHT)
    if pose is None or mask is None or not mask.any():
        return problems + [ViewProblem.NO_PERSON]
    height, width = mask.shape
    # Quarter resolution: enough to count bodies, 16x cheaper. Rows first, then columns: two
    # contiguous gathers cost a quarter of one over the doubly strided view (same pixels).
    blobs = person_components(mask[::4].copy()[:, ::4])
    if len(blobs) >= 2:
        import cv2

        first, second = blobs[0][1], blobs[1][1]
        if second[cv2.CC_STAT_HEIGHT] > 0.3 * first[cv2.CC_STAT_HEIGHT] and blobs[1][0] > 0.15 * blobs[0][0]:
            problems.append(ViewProblem.SEVERAL_PEOPLE)
    p, vis = pose.points_px, pose.visibility
    inside = (p[:, 0] >= 0) & (p[:, 0] < width) & (p[:, 1] >= 0) & (p[:, 1] < height)
    key = np.array(BODY_LANDMARKS, dtype=int)
    extent = body_extent(mask)
    cut_off = (not np.all(inside[key])
               or np.count_nonzero(vis[key] >= 0.5) < len(key) - 2
               or extent is None or extent[0] <= 1 or extent[1] >= height - 2)
    if cut_off:
        problems.append(ViewProblem.BODY_CUT_OFF)
        return problems
    body_share = (extent[1] - extent[0]) / height
    if body_share < MIN_BODY_SHARE:
        problems.append(ViewProblem.TOO_FAR)
    elif body_share > MAX_BODY_SHARE:
        problems.append(ViewProblem.TOO_CLOSE)
    shoulder_mid = (p[L.LEFT_SHOULDER] + p[L.RIGHT_SHOULDER]) / 2
    hip_mid = (p[L.LEFT_HIP] + p[L.RIGHT_HIP]) / 2
    ankle_mid = (p[L.LEFT_ANKLE] + p[L.RIGHT_ANKLE]) / 2
    torso = hip_mid - shoulder_mid
    leg_drop = ankle_mid[1] - hip_mid[1]
    leg_bones = ((L.LEFT_HIP, L.LEFT_KNEE), (L.LEFT_KNEE, L.LEFT_ANKLE),
                 (L.RIGHT_HIP, L.RIGHT_KNEE), (L.RIGHT_KNEE, L.RIGHT_ANKLE))
    leg_length = sum(np.linalg.norm(p[a] - p[b]) for a, b in leg_bones) / 2
    torso_tilt = abs(np.degrees(np.arctan2(torso[0], max(torso[1], 1e-6))))
    if torso[1] <= 0 or torso_tilt > 15 or leg_drop < 0.85 * leg_length or leg_drop < 1.2 * torso[1]:
        problems.append(ViewProblem.NOT_UPRIGHT)
    ratio = shoulder_ratio(pose)
    if expected is ViewKind.FRONT:
        if ratio < FRONT_MIN_SHOULDER_RATIO:
            problems.append(ViewProblem.EXPECTED_FRONT)
        elif p[L.LEFT_SHOULDER, 0] < p[L.RIGHT_SHOULDER, 0]:
            # Facing the camera, the person's left shoulder is on the image's right.
            problems.append(ViewProblem.FACING_AWAY)
        else:
            centre = hip_mid[0]
            hip_half = abs(p[L.LEFT_HIP, 0] - p[L.RIGHT_HIP, 0]) / 2
            wrists_out = (abs(p[L.LEFT_WRIST, 0] - centre) > 1.6 * hip_half
                          and abs(p[L.RIGHT_WRIST, 0] - centre) > 1.6 * hip_half)
            if not wrists_out:
                problems.append(ViewProblem.ARMS_AGAINST_BODY)
    elif ratio > SIDE_MAX_SHOULDER_RATIO:
        problems.append(ViewProblem.EXPECTED_SIDE)
    return problems


def second_person_visible(backend, frame_bgr: np.ndarray, pose: PoseResult, mask: np.ndarray) -> bool:
    """Whether someone else is in the frame too.

    The pose model follows one person and segments only them, so the found person is painted
    over with the background's colour and the model asked again (a still-image backend: this
    frame is not part of a video). Another standing body of at least a third of the first
    one's height means several people.
    """
    ys, xs = np.nonzero(mask[::2, ::2])
    if ys.size == 0:
        return False
    height, width = mask.shape
    pad = int(0.05 * height)
    y0, y1 = max(2 * ys.min() - pad, 0), min(2 * ys.max() + pad, height)
    x0, x1 = max(2 * xs.min() - pad, 0), min(2 * xs.max() + pad, width)
    border = np.concatenate([frame_bgr[0], frame_bgr[-1], frame_bgr[:, 0], frame_bgr[:, -1]])
    hidden = frame_bgr.copy()
    hidden[y0:y1, x0:x1] = np.median(border, axis=0).astype(np.uint8)
    other = backend.process(hidden)
    if other is None:
        return False
    key = np.array(BODY_LANDMARKS[:5], dtype=int)  # nose, shoulders, hips
    if np.count_nonzero(other.visibility[key] >= 0.6) < 4:
        return False
    seen = other.visibility >= 0.5
    other_height = float(np.ptp(other.points_px[seen, 1])) if seen.any() else 0.0
    return other_height >= 0.33 * (y1 - y0 - 2 * pad)
