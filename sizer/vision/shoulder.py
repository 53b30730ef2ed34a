"""The shoulder points on a front silhouette, from the upper arm's geometry.

A pose model's shoulder keypoint is a learned guess, and BlazePose's sits 1-2 cm inside the
shoulder joint (the width reads ~2.6 cm narrow). The silhouette of an arm held slightly away from
the body says more:

* The upper arm turns about the shoulder (glenohumeral) joint, so the arm's axis - the centre line
  of its silhouette between the armpit and the elbow, where it is seen apart from the torso -
  passes through the joint when extended upward.
* At the arm's root the humeral head fills the section between the top of the shoulder (the
  acromion lies on it) and the armpit (the axilla lies under it), so its centre is taken at
  mid-height between the top of the shoulder and the armpit's apex.

The joint is where the extended axis reaches that height; the shoulder point is the top of the
silhouette straight above it. When the arms touch the body (no armpit) or the arm cannot be traced,
the caller keeps the keypoint.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sizer.vision.silhouette import runs_around

# The arm is traced between the armpit and the elbow, leaving out this share at each end: near the
# armpit the blurred mask fills the arm-torso wedge, near the elbow the forearm bends away.
ARM_TRACE_MARGIN = 0.15
MIN_TRACE_ROWS = 5
# The joint's height between the top of the shoulder (0) and the armpit's apex (1): the humeral
# head's centre, midway across the arm's root.
JOINT_LEVEL = 0.5


@dataclass(frozen=True)
class ArmAxis:
    """The upper arm's centre line in the image, x = slope * y + intercept (pixels)."""

    slope: float
    intercept: float
    rows: int  # how many rows it was fitted on

    def x_at(self, y: float) -> float:
        return self.slope * y + self.intercept


def upper_arm_axis(mask: np.ndarray, shoulder_px: np.ndarray, elbow_px: np.ndarray, armpit_y: float,
                   torso_x: float) -> ArmAxis | None:
    """The centre line of the arm's silhouette between the armpit and the elbow.

    Each row's arm is the foreground run crossing the shoulder-elbow line; rows where that run still
    holds the torso's axis (arm against the body) are left out. None when too few rows remain.
    """
    span = float(elbow_px[1]) - armpit_y
    if span <= 0:
        return None
    rows = np.arange(int(armpit_y + ARM_TRACE_MARGIN * span), int(elbow_px[1] - ARM_TRACE_MARGIN * span))
    if rows.size < MIN_TRACE_ROWS:
        return None
    drop = max(float(elbow_px[1] - shoulder_px[1]), 1.0)
    line_x = shoulder_px[0] + (rows - shoulder_px[1]) / drop * (elbow_px[0] - shoulder_px[0])
    # Columns looked at: the arm's line and a margin either side far wider than an upper arm is
    # thick (it is much thinner than long). A run reaching the margin's end goes on beyond it: the
    # arm merged with the torso (or something else), so that row is left out.
    reach = 0.5 * drop
    low = max(float(line_x.min()) - reach, 0.0)
    high = min(float(line_x.max()) + reach, mask.shape[1] - 1.0)
    edges = runs_around(mask, rows, line_x, (low, high))
    apart = (np.isfinite(edges).all(axis=1) & (edges[:, 0] > int(low)) & (edges[:, 1] < int(high))
             & ~((edges[:, 0] <= torso_x) & (torso_x <= edges[:, 1])))
    if apart.sum() < MIN_TRACE_ROWS:
        return None
    y = rows[apart].astype(float)
    x = edges[apart].mean(axis=1)
    y_mean, x_mean = y.mean(), x.mean()
    spread = float(((y - y_mean) ** 2).sum())
    if spread <= 0:
        return None
    slope = float(((y - y_mean) * (x - x_mean)).sum()) / spread  # least-squares line x(y)
    return ArmAxis(slope, float(x_mean - slope * y_mean), int(apart.sum()))


def shoulder_joint_point(mask: np.ndarray, axis: ArmAxis, armpit_y: float, seed_x: float,
                         iterations: int = 4) -> np.ndarray | None:
    """The shoulder point (x, y pixels): the top of the silhouette straight above the joint.

    The joint's height depends on the top of the shoulder above it and that on the joint's column,
    so the two are alternated from the seed column (the pose model's keypoint); a few rounds settle
    to a pixel. None when the column has no silhouette above the armpit.
    """
    above = mask[: max(int(armpit_y) + 1, 0)]
    x = float(seed_x)
    for _ in range(iterations):
        top = _column_top(above, x)
        if top is None:
            return None
        previous, x = x, axis.x_at(top + JOINT_LEVEL * (armpit_y - top))
        if abs(x - previous) < 0.25:  # settled within a quarter pixel
            break
    top = _column_top(above, x)
    return None if top is None else np.array([x, float(top)])


def _column_top(mask: np.ndarray, x: float) -> int | None:
    """The highest foreground row in column x (None when the column is empty or outside)."""
    column = int(x)
    if not 0 <= column < mask.shape[1] or mask.shape[0] == 0:
        return None
    filled = mask[:, column]
    top = int(filled.argmax())
    return top if filled[top] else None
