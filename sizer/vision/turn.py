"""Girths from a quarter turn: the width of each torso level seen from every direction.

While the shopper turns from facing the camera to side-on, each frame shows the torso's width at
each height from another direction. For a convex section (a tape bridges every hollow) Cauchy's
formula gives the perimeter exactly: ``perimeter = integral over [0, pi) of the width``. A body
is left-right symmetric, so the width over [0, pi/2] (the quarter turn) mirrors onto the rest, and
the width as a function of direction is even and pi-periodic: ``w(t) = a0 + a1 cos 2t + a2 cos 4t
+ ...``, whose integral over [0, pi) is ``pi * a0``. The girth is pi times the mean width.

Per frame (:func:`turn_sample`): the torso's run on each row around the shoulder-hip line, with
any row whose edge lies against an arm (a capsule round the shoulder-elbow-wrist-hand keypoints)
dropped rather than measured; the person's yaw from the pose model's world landmarks (the
shoulder and hip lines). Over the turn (:class:`TurnTrack`): the yaw is anchored on the frames
facing the camera (0) and side-on (90 degrees) and made monotonic in time; per level, each width is
compared with the ellipse through the front breadth and side depth (the two-view estimate, whose
Cauchy integral is its perimeter), and the differences, binned by yaw, integrate to what the turn
adds to the ellipse's perimeter. Directions the arms hid count as elliptic.
"""
from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field

import numpy as np

from sizer.vision.body_yaw import world_yaw_deg
from sizer.vision.camera_geometry import ViewGeometry
from sizer.vision.pose import Landmark as L
from sizer.vision.pose import PoseResult
from sizer.vision.view_analysis import Z_GRID_CM

# An upper arm's radius is about 2.7 % of stature (ANSUR II biceps circumference / 2 pi over
# stature, both sexes: 0.024-0.030); a forearm's a little less. An edge nearer the arm's axis than
# this plus a margin (keypoint placement, ~1.5 cm) is the arm's, not the torso's.
ARM_RADIUS_SHARE = 0.027
ARM_MARGIN_CM = 2.0
YAW_BIN_DEG = 5.0
MIN_COVERAGE = 0.25  # share of the quarter turn's yaw bins that must hold a clean width
MIN_ANCHOR_SPAN_DEG = 45.0  # the world yaw must change at least this much from front to side
OUTLIER_CM = 6.0  # a width this far from the ellipse's is a hand or an arm the capsule missed
SPIKE_CM = 1.5  # a yaw bin this far from its neighbours' median: a hand passing (see correction)
# How far a real section's mean width may stray from the ellipse's over directions not seen (cm):
# flatter fronts and backs than an ellipse (ribs, shoulder blades), from the seen bins of our renders.
UNSEEN_DEVIATION_CM = 0.5


@dataclass
class TurnSample:
    """One frame of the turn: torso width per height (NaN: not seen clean) and the raw yaw."""

    frame: int
    world_yaw_deg: float  # from the world landmarks, not yet anchored
    width_cm: np.ndarray  # on Z_GRID_CM
    phase: str  # "front", "turn" or "side": which step of the session it was seen in


def _arm_segments(p: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    segments = []
    for shoulder, elbow, wrist, index in ((L.LEFT_SHOULDER, L.LEFT_ELBOW, L.LEFT_WRIST, L.LEFT_INDEX),
                                          (L.RIGHT_SHOULDER, L.RIGHT_ELBOW, L.RIGHT_WRIST, L.RIGHT_INDEX)):
        segments += [(p[shoulder], p[elbow]), (p[elbow], p[wrist]), (p[wrist], p[index])]
    return segments


def _distance_to_segments(points: np.ndarray, segments) -> np.ndarray:
    """Distance of each point (n, 2) to the nearest segment, all segments at once."""
    a = np.array([seg[0] for seg in segments], float)  # (m, 2)
    ab = np.array([seg[1] for seg in segments], float) - a
    rel = points[:, None, :] - a[None, :, :]  # (n, m, 2)
    t = np.clip(np.einsum("nmk,mk->nm", rel, ab) / np.maximum(np.einsum("mk,mk->m", ab, ab), 1e-9), 0.0, 1.0)
    gap = rel - t[:, :, None] * ab[None, :, :]
    return np.sqrt(np.einsum("nmk,nmk->nm", gap, gap)).min(axis=1)


def _runs_at(mask: np.ndarray, rows: np.ndarray, centers: np.ndarray, x0: int, x1: int) -> np.ndarray:
    """(n, 2) left/right of the foreground run through each row's centre; NaN where the centre is
    background (between the legs, or off the body): such a row is not torso."""
    block = mask[rows, x0:x1]
    width = block.shape[1]
    c = np.clip(np.round(centers).astype(int) - x0, 0, width - 1)
    columns = np.arange(width)
    background = ~block
    # The nearest background column either side of each centre, by argmax over boolean rows (the
    # first True), as silhouette.runs_around finds them: cheaper than a max/min over index arrays.
    before = background & (columns < c[:, None])
    after = background & (columns > c[:, None])
    last_before = width - 1 - np.argmax(before[:, ::-1], axis=1)
    first_after = np.argmax(after, axis=1)
    index = np.arange(len(rows))
    left = np.where(before[index, last_before], last_before, -1) + 1
    right = np.where(after[index, first_after], first_after, width) - 1
    edges = np.column_stack([left, right]).astype(float) + x0
    edges[~block[index, c]] = np.nan
    return edges


def _subpixel_edges(prob: np.ndarray, rows: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Move each run edge to where the soft mask crosses 0.5 between the edge pixel and its outer
    neighbour (the mask is blurred over a pixel or two: this is a third of a pixel at 640x480)."""
    height, width = prob.shape
    out = edges.copy()
    good = np.isfinite(edges).all(axis=1)
    r = rows[good]
    for column, step in ((0, -1), (1, 1)):
        inner = edges[good, column].astype(int)
        outer = np.clip(inner + step, 0, width - 1)
        p_in, p_out = prob[r, inner], prob[r, outer]
        frac = np.clip((p_in - 0.5) / np.maximum(p_in - p_out, 1e-3), 0.0, 1.0)
        out[good, column] = inner + step * (frac - 0.5)
    return out


def yaw_sample(pose: PoseResult, frame: int, phase: str) -> TurnSample | None:
    """A sample with the yaw only (no widths): the frames facing the camera anchor the turn."""
    yaw = world_yaw_deg(pose)
    return None if yaw is None else TurnSample(frame, float(yaw), np.full(Z_GRID_CM.shape, np.nan), phase)


def turn_sample(pose: PoseResult, prob: np.ndarray, geometry: ViewGeometry, stature_cm: float,
                frame: int, phase: str, binary: np.ndarray | None = None) -> TurnSample | None:
    """The torso's widths in one frame, scaled on the body axis's plane by the front view's geometry.
    ``binary``: ``prob > 0.5`` when the caller has it already (the live path: not made again)."""
    yaw = world_yaw_deg(pose)
    if yaw is None or prob is None:
        return None
    mask = prob > 0.5 if binary is None else binary
    p = pose.points_px
    shoulder_mid = (p[L.LEFT_SHOULDER] + p[L.RIGHT_SHOULDER]) / 2
    hip_mid = (p[L.LEFT_HIP] + p[L.RIGHT_HIP]) / 2
    knee_y = min(p[L.LEFT_KNEE, 1], p[L.RIGHT_KNEE, 1])
    torso_px = hip_mid[1] - shoulder_mid[1]
    if torso_px < 10:
        return None
    # Shoulders to a quarter of the way to the knees: the hip level is near the hip joints, the
    # crotch a little below; lower rows are legs.
    rows = np.arange(max(int(shoulder_mid[1]), 0), min(int(hip_mid[1] + 0.25 * (knee_y - hip_mid[1])), mask.shape[0]))
    if rows.size < 2:
        return None
    t = (rows - shoulder_mid[1]) / torso_px
    centers = shoulder_mid[0] + t * (hip_mid[0] - shoulder_mid[0])
    span = max(float(np.ptp(p[:25, 0])), 1.0)
    x0 = max(int(p[:25, 0].min() - 0.5 * span), 0)
    x1 = min(int(p[:25, 0].max() + 0.5 * span) + 1, mask.shape[1])
    if x1 - x0 < 2:
        return None
    edges = _subpixel_edges(prob, rows, _runs_at(mask, rows, centers, x0, x1))
    z = geometry.height_at_y(rows)
    cm_px = geometry.cm_per_px(z)
    reach_px = (ARM_RADIUS_SHARE * stature_cm + ARM_MARGIN_CM) / cm_px
    segments = _arm_segments(p)
    touched = np.zeros(len(rows), bool)
    for column in (0, 1):
        points = np.column_stack([edges[:, column], rows.astype(float)])
        finite = np.isfinite(points[:, 0])
        distance = np.full(len(rows), np.inf)
        distance[finite] = _distance_to_segments(points[finite], segments)
        touched |= distance < reach_px
    width = (edges[:, 1] - edges[:, 0] + 1) * cm_px
    width[touched] = np.nan
    good = np.isfinite(width)
    grid = np.full(Z_GRID_CM.shape, np.nan)
    if good.sum() >= 2:
        order = np.argsort(z)
        zs, ws = z[order], width[order]
        inside = (Z_GRID_CM >= zs[0]) & (Z_GRID_CM <= zs[-1])
        # Nearest row, not interpolation: a dropped (arm) row must stay dropped on the grid.
        index = np.clip(np.searchsorted(zs, Z_GRID_CM[inside]), 0, len(zs) - 1)
        grid[inside] = ws[index]
    return TurnSample(frame, float(yaw), grid, phase)


def _isotonic(values: np.ndarray) -> np.ndarray:
    """Non-decreasing least-squares fit (pool adjacent violators)."""
    blocks: list[list[float]] = []  # [mean, count]
    for v in values:
        blocks.append([float(v), 1.0])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            m2, c2 = blocks.pop()
            m1, c1 = blocks.pop()
            blocks.append([(m1 * c1 + m2 * c2) / (c1 + c2), c1 + c2])
    return np.concatenate([np.full(int(c), m) for m, c in blocks])


def ellipse_width(front_cm, side_cm, theta_rad):
    """The width of an ellipse with full axes ``front_cm`` (seen facing) and ``side_cm`` (seen
    side-on), seen from direction theta (0 = facing). Vectorised."""
    return np.sqrt((np.asarray(front_cm) * np.cos(theta_rad)) ** 2 + (np.asarray(side_cm) * np.sin(theta_rad)) ** 2)


@dataclass
class TurnCorrection:
    """Per Z_GRID_CM height: what the turn adds to the ellipse perimeter through the front breadth
    and side depth (cm), its spread, and the share of the quarter turn's directions seen clean."""

    girth_cm: np.ndarray
    sd_cm: np.ndarray
    coverage: np.ndarray


@dataclass
class TurnTrack:
    """The turn's samples in time order; :meth:`correction` integrates each level's widths."""

    samples: list[TurnSample] = field(default_factory=list)

    def add(self, sample: TurnSample | None) -> None:
        if sample is not None:
            self.samples.append(sample)

    def yaws_deg(self) -> np.ndarray | None:
        """Each sample's yaw, anchored (0 facing, 90 side-on) and made monotonic in time; None
        when the capture did not show both ends of the turn."""
        if not self.samples:
            return None
        raw = np.array([s.world_yaw_deg for s in self.samples])
        phases = np.array([s.phase for s in self.samples])
        if not ((phases == "front").any() and (phases == "side").any()):
            return None
        start = float(np.median(raw[phases == "front"]))
        # The side view's check passes before the turn has quite ended: the later half of the
        # side-on frames is where the person holds still at 90 degrees.
        side = raw[phases == "side"]
        end = float(np.median(side[len(side) // 2:]))
        if end - start < MIN_ANCHOR_SPAN_DEG:
            return None
        yaw = np.clip(90.0 * (raw - start) / (end - start), 0.0, 90.0)
        yaw[phases == "front"] = 0.0
        return _isotonic(yaw)

    def correction(self, breadth_cm: np.ndarray, depth_cm: np.ndarray) -> TurnCorrection | None:
        """Cauchy's formula on the widths seen, relative to the ellipse through the two views.

        girth = pi * mean width over directions = ellipse perimeter + pi * mean(width - ellipse
        width). The difference is taken per yaw bin (median: robust to a hand passing the edge);
        directions the arms hid count as elliptic. None without a usable turn.
        """
        yaw = self.yaws_deg()
        if yaw is None:
            return None
        theta = np.radians(yaw)
        widths = np.stack([s.width_cm for s in self.samples])
        n_bins = int(round(90 / YAW_BIN_DEG))
        bins = np.minimum((yaw / YAW_BIN_DEG).astype(int), n_bins - 1)
        centres = np.radians((np.arange(n_bins) + 0.5) * YAW_BIN_DEG)
        centres[0], centres[-1] = 0.0, math.pi / 2  # the holds: facing and side-on
        binned = np.full((n_bins, widths.shape[1]), np.nan)
        with warnings.catch_warnings():  # bins no clean width fell into stay NaN, silently
            warnings.simplefilter("ignore", RuntimeWarning)
            for b in range(n_bins):
                if (bins == b).any():
                    binned[b] = np.nanmedian(widths[bins == b], axis=0)
        # The ends are the two views' (medians of the held frames, with the forearms re-drawn
        # in the side view): the turn's own side-on widths still carry a hand or a forearm.
        binned = binned - ellipse_width(breadth_cm[None, :], depth_cm[None, :], centres[:, None])
        binned[np.abs(binned) > OUTLIER_CM] = np.nan
        # A hand passing the edge is a spike over a bin or two; the section's own departure from
        # the ellipse is smooth in direction: drop bins far from their neighbours' median.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            padded = np.pad(binned, ((2, 2), (0, 0)), constant_values=np.nan)
            local = np.nanmedian(np.stack([padded[i:i + n_bins] for i in range(5)]), axis=0)
        binned[np.abs(binned - local) > SPIKE_CM] = np.nan
        seen = np.isfinite(binned)
        coverage = seen.mean(axis=0)
        total = np.where(seen, binned, 0.0).sum(axis=0)
        girth = np.where(coverage > 0, math.pi * total / n_bins, np.nan)
        # Spread: the bins' scatter (a bin's median is ~independent of the next) over the bins seen,
        # plus the unseen directions' unknown deviation from the ellipse.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            scatter = np.nanstd(binned, axis=0)
        count = np.maximum(seen.sum(axis=0), 1)
        sd = math.pi * np.sqrt((scatter ** 2 / count) * coverage ** 2 + ((1 - coverage) * UNSEEN_DEVIATION_CM) ** 2)
        girth[coverage < MIN_COVERAGE] = np.nan
        return TurnCorrection(girth, sd, coverage)
