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
shoulder and hip lines), with the mask's edge bleed taken off every width. Over the turn
(:class:`TurnTrack`): the yaw is anchored on the frames facing the camera (0) and side-on (90
degrees), made monotonic in time and mapped through the world landmarks' measured lag; per level,
each width is compared with the ellipse through the front breadth and side depth (the two-view
estimate, whose Cauchy integral is its perimeter) plus a section's usual excess over an ellipse,
and the differences, binned by yaw, integrate to what the turn adds to the ellipse's perimeter.
Directions the arms hid take the ellipse through the turn's own facing and side-on widths plus
that usual excess (:func:`deviation_prior_cm`).

Where the residual error came from, on our own renders (per-frame widths against the true
sections): the side view's depth 1.3-5 cm too deep (it filled every direction the arms hid), a
width bleed of 0.84 px, the world yaw lagging 3-7 degrees early in the turn, and the side view's
hip level (fooled by shadows in a room). Under the armpits the arms hide the chest from ~10 to ~80
degrees in every frame and in the front view itself: its facing breadth is carried up from the
clean rows below (:func:`_extend_front_up`), so the chest's girth is the ellipse through that
breadth and the turn's own side-on width plus a chest section's usual excess, at the chest's own
height (before, the highest height with a front breadth stood in for it: 1-4 cm low).
"""
from __future__ import annotations

import dataclasses
import math
import warnings
from dataclasses import dataclass, field

import numpy as np

from sizer.vision.body_yaw import world_yaw_deg
from sizer.vision.camera_geometry import ViewGeometry
from sizer.vision.girth_model import ellipse_perimeter
from sizer.vision.pose import Landmark as L
from sizer.vision.pose import PoseResult
from sizer.vision.segments import distance_to_segments
from sizer.vision.view_analysis import Z_GRID_CM

# An upper arm's radius is about 2.7 % of stature (ANSUR II biceps circumference / 2 pi over
# stature, both sexes: 0.024-0.030); a forearm's a little less. An edge nearer the arm's axis than
# this plus a margin (keypoint placement, ~1.5 cm) is the arm's, not the torso's.
ARM_RADIUS_SHARE = 0.027
ARM_MARGIN_CM = 2.0
YAW_BIN_DEG = 5.0
MIN_COVERAGE = 0.25  # share of the quarter turn's yaw bins that must hold a clean width
MIN_ANCHOR_SPAN_DEG = 45.0  # the world yaw must change at least this much from front to side
OUTLIER_CM = 6.0  # a width this far below the expected one is a broken mask, not the body
# Arms only ever widen the outline: a width this far above the expected one (the ellipse plus the
# section's usual departure from it, below) is a hand or a forearm the capsule missed. The true
# sections of our own renders stray at most ~1.5 cm from that expectation at any direction.
ARM_EXCESS_CM = 2.5
SPIKE_CM = 1.5  # a yaw bin this far from its neighbours' median: a hand passing (see correction)
# A torso section is not an ellipse: seen turned, its width exceeds the ellipse's through its front
# breadth and side depth (flat fronts and backs, the ribs' and buttocks' corners). On the true
# sections of our own renders (seeds of our own; chest, waist and hip of 10 subjects) the excess is
# w - ellipse = 2 m (sin^2 2t - SHAPE_SKEW sin 4t) (peak near 57 degrees), whose mean over the
# quarter turn m is about DEVIATION_CHEST_CM at the chest, _WAIST_ at the natural waist and _HIP_ at
# the hip, each within DEVIATION_SD_CM from subject to subject. Directions the arms hid take it.
# The chest's is what the images show, not the section: on 40 own sections (seed 777100) the
# chest's excess is 2.3 +- 0.35 cm, but the side-on image reads ~0.7 cm wider than the section
# (rays grazing the bust and shoulder blades at other heights), so on our own turn renders (seed
# 777001, 19 videos) 1.95 left the turn's chest unbiased (2.2: +0.6 cm). Refitted with the side
# frames taken in the hold and the yaw map refitted with them (seeds 881503 and 881504, 24 videos,
# with FRONT_SLOPE_SHARE): 1.8 (chest MAE 1.33 cm; 1.95: 1.42).
# The front view's breadth carried up under the armpits (see _extend_front_up): a line through
# this much clean torso below, at this share of its slope, carried at most this far, off the exact
# torso outline by about this much per cm carried (own renders, seed 777001, 15 videos whose chest
# breadth the arms hid, carried ~2 cm: 0.76 cm spread). The slope: on seed 777001 half of it read
# the chest's breadth 0.1 cm wide (the full slope 0.5); on seeds 881503 and 881504 (24 videos) half
# the slope read it +0.6 cm wide on average (women's rows below the bust are wider than the bust's
# section: +1.5 to +2.2), and the chest's girth erred least carried level (MAE 1.33 cm, half the
# slope 1.53, with the excess refitted for each).
FRONT_FIT_CM = 8.0
FRONT_SLOPE_SHARE = 0.0
FRONT_EXTEND_CM = 8.0
FRONT_EXTEND_SD_PER_CM = 0.35
SHAPE_SKEW = 0.35
DEVIATION_CHEST_CM = 1.8
DEVIATION_WAIST_CM = 0.45
# The hip's: the sections' 0.95 left the turn's hip ~1 cm low once the camera solve took the hip
# keypoints at their share of the stature (its scale at the hip reads 0.6 % small on our turn
# renders, front and side holds alike: 0.1 % large before). Refitted under that solve on our own
# turn renders (seeds 881503 and 881504, 24 videos): 1.5 (hip MAE 0.98 -> 0.66 cm, bias -0.93 ->
# -0.25; 1.2: 0.75, 1.8: 0.82); chest and waist unchanged.
DEVIATION_HIP_CM = 1.5
DEVIATION_SD_CM = 0.3
# The world landmarks' yaw, anchored, against the true yaw of our own turn renders (seeds 881503 and
# 881504, 24 videos, every frame of the turn, least squares over these knots; side-on anchored in
# the hold, see session.SIDE_SETTLED_DEG): the tracking graph lags early in the turn (true 19
# degrees reads 10). 1.4 degrees mean absolute error (the map fitted when the side frames were
# taken during the turn's last degrees: 1.7, and 1.1 degrees low on average).
YAW_MAP_WORLD_DEG = np.arange(0.0, 91.0, 10.0)
YAW_MAP_TRUE_DEG = np.array([0.0, 18.7, 24.0, 31.8, 40.9, 54.0, 61.6, 70.4, 81.2, 90.0])
# The side view's depth reads deeper than the turn's own side-on widths (forearms and hands in
# front of the belly, mask bleed): by 1.3-1.6 cm (median) at chest, waist and hip on our own renders.
# Only where the turn saw no clean side-on width near a height is the side view's depth used.
SIDE_DEPTH_EXCESS_CM = 1.4
FALLBACK_DEPTH_SD_CM = 1.5  # that excess varied from 0.2 to 5 cm (room: shadows behind the body)
GAP_DEPTH_SD_CM = 1.1  # a side-on width carried across a gap, against the truth (own renders)
# The side-on width solved from the clean widths seen between these directions (at least this many
# yaw bins), against the true sections' depth on our own turn renders (seed 881503, 12 videos,
# waist and hip heights where the side-on width itself was hidden): 1.0 cm mean absolute error,
# where carrying the ratio across the gap erred by 1.4 (waist) and far more at a hand on the hip.
DEPTH_FIT_DEG = (30.0, 75.0)
DEPTH_FIT_MIN_BINS = 3
DEPTH_FIT_SD_CM = 1.2
# Where those levels sit between the crotch (0) and the armpits (1) on the same subjects.
HIP_SHARE, WAIST_SHARE, CHEST_SHARE = 0.15, 0.5, 0.9
# The natural waist is searched up to 30 % of the torso below the armpits (body_measurements): the
# waist's excess holds over that whole band; the chest's begins above it.
WAIST_TOP_SHARE = 0.7
# The person mask's 0.5 contour lies outside the true outline: on our own turn renders (seeds of our
# own, 6 subjects, chest/waist/hip sections against the turn's clean widths, every yaw) a width reads
# 0.84 px too wide (median; 0.3-0.5 cm at 2.5 m), which is pi times that on a girth.
EDGE_BLEED_PX = 0.84


@dataclass
class TurnSample:
    """One frame of the turn: torso width per height (NaN: not seen clean) and the raw yaw."""

    frame: int
    world_yaw_deg: float  # from the world landmarks, not yet anchored
    width_cm: np.ndarray  # on Z_GRID_CM
    phase: str  # "front", "turn" or "side": which step of the session it was seen in


ARM_BONES = np.array([(L.LEFT_SHOULDER, L.LEFT_ELBOW), (L.LEFT_ELBOW, L.LEFT_WRIST), (L.LEFT_WRIST, L.LEFT_INDEX),
                      (L.RIGHT_SHOULDER, L.RIGHT_ELBOW), (L.RIGHT_ELBOW, L.RIGHT_WRIST),
                      (L.RIGHT_WRIST, L.RIGHT_INDEX)], dtype=np.intp)  # the capsules' axes: (start, end)


def _runs_at(mask: np.ndarray, rows: np.ndarray, centers: np.ndarray, x0: int, x1: int) -> np.ndarray:
    """(n, 2) left/right of the foreground run through each row's centre; NaN where the centre is
    background (between the legs, or off the body): such a row is not torso."""
    block = mask[rows, x0:x1]
    n, width = block.shape
    c = np.clip(np.round(centers).astype(int) - x0, 0, width - 1)
    index = np.arange(n)
    row_start = index * width
    centre = row_start + c
    # Every background pixel's position in the flattened block, in order: the run's ends are the
    # background pixels just before and just after each centre, if they lie in its own row (two
    # binary searches; a reversed argmax for the left ends cost twice the whole scan).
    background = np.flatnonzero(~block)
    edges = np.empty((n, 2))
    if background.size == 0:
        edges[:, 0], edges[:, 1] = 0, width - 1
    else:
        before = np.searchsorted(background, centre)
        after = np.searchsorted(background, centre, side="right")
        last_before = background[np.maximum(before - 1, 0)]
        first_after = background[np.minimum(after, background.size - 1)]
        edges[:, 0] = np.where((before > 0) & (last_before >= row_start), last_before - row_start + 1, 0)
        edges[:, 1] = np.where((after < background.size) & (first_after < row_start + width),
                               first_after - row_start - 1, width - 1)
    edges += x0
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
    # Both edges of every row against all arm bones at once (NaN edges are never touched).
    distance = distance_to_segments(edges.T.ravel(), np.concatenate([rows, rows]), p[ARM_BONES[:, 0]],
                                    p[ARM_BONES[:, 1]])
    touched = (distance.reshape(2, len(rows)) < reach_px).any(axis=0)
    width = (edges[:, 1] - edges[:, 0] + 1 - EDGE_BLEED_PX) * cm_px
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


def deviation_prior_cm(z_cm: np.ndarray, crotch_z_cm: float, armpit_z_cm: float) -> np.ndarray:
    """The usual mean excess of a section's width over its ellipse's, per height (see SHAPE_SKEW):
    the hip's below HIP_SHARE, the chest's above CHEST_SHARE, linear between the three levels."""
    share = (np.asarray(z_cm, float) - crotch_z_cm) / max(armpit_z_cm - crotch_z_cm, 1.0)
    return np.interp(share, [HIP_SHARE, WAIST_SHARE, WAIST_TOP_SHARE, CHEST_SHARE],
                     [DEVIATION_HIP_CM, DEVIATION_WAIST_CM, DEVIATION_WAIST_CM, DEVIATION_CHEST_CM])


def deviation_shape(theta_rad) -> np.ndarray:
    """The excess's shape over directions, with mean 1 over the quarter turn (0 facing, 0 side-on)."""
    theta = np.asarray(theta_rad, float)
    return 2.0 * (np.sin(2 * theta) ** 2 - SHAPE_SKEW * np.sin(4 * theta))


def ellipse_width(front_cm, side_cm, theta_rad):
    """The width of an ellipse with full axes ``front_cm`` (seen facing) and ``side_cm`` (seen
    side-on), seen from direction theta (0 = facing). Vectorised."""
    return np.sqrt((np.asarray(front_cm) * np.cos(theta_rad)) ** 2 + (np.asarray(side_cm) * np.sin(theta_rad)) ** 2)


def _extend_front_up(front_cm: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The facing width at the heights just above the highest one seen clean, and its uncertainty.

    Under the armpits the upper arm lies against the torso in the front view (and in every frame
    up to ~10 degrees), so the chest's breadth there is never seen; for men the chest is only a
    centimetre below the armpit. The torso's edges run on smoothly from the rows below: a line
    through the clean widths of the FRONT_FIT_CM below (at FRONT_SLOPE_SHARE of its slope) carries
    the width up by at most FRONT_EXTEND_CM, its uncertainty growing with the distance."""
    out = np.array(front_cm, float)
    sd = np.zeros(out.shape)
    seen = np.flatnonzero(np.isfinite(out))
    if seen.size < 2:
        return out, sd
    step = float(Z_GRID_CM[1] - Z_GRID_CM[0])
    top = int(seen.max())
    fit = seen[seen >= top - int(round(FRONT_FIT_CM / step))]
    if fit.size < 4:
        return out, sd
    slope, intercept = np.polyfit(Z_GRID_CM[fit], out[fit], 1)
    slope = FRONT_SLOPE_SHARE * max(float(slope), 0.0)  # a torso does not narrow towards the armpits
    above = np.arange(top + 1, min(top + 1 + int(round(FRONT_EXTEND_CM / step)), out.size))
    reach = Z_GRID_CM[above] - Z_GRID_CM[top]
    out[above] = out[top] + slope * reach
    sd[above] = FRONT_EXTEND_SD_PER_CM * reach
    return out, sd


def _side_widths(side_cm: np.ndarray, front_cm: np.ndarray, fallback_cm: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The side-on width per height and its uncertainty: the turn's own where seen clean; across a
    gap (a forearm in front of the belly) the side-to-front ratio of the nearest clean heights
    carried over; the fallback (the side view's depth) outside them."""
    seen = np.isfinite(side_cm) & np.isfinite(front_cm) & (front_cm > 0)
    out = np.array(fallback_cm, float)
    sd = np.full(out.shape, FALLBACK_DEPTH_SD_CM)
    if seen.sum() >= 2:
        index = np.arange(side_cm.size)
        ratio = np.interp(index, index[seen], side_cm[seen] / front_cm[seen])
        inside = (index > index[seen].min()) & (index < index[seen].max()) & ~seen & np.isfinite(front_cm)
        out = np.where(inside, ratio * front_cm, out)
        sd = np.where(inside, GAP_DEPTH_SD_CM, sd)
        out = np.where(seen, side_cm, out)
        sd = np.where(seen, 0.0, sd)
    return out, sd


def _side_from_turned(binned: np.ndarray, centres: np.ndarray, front_cm: np.ndarray,
                      expected: np.ndarray) -> np.ndarray:
    """The side-on width per height that the turned widths imply (NaN where too few were seen).

    Each clean width between DEPTH_FIT_DEG is the ellipse's through the facing width and the side-on
    one plus the section's usual excess: ``(w - e)^2 = B^2 cos^2 t + D^2 sin^2 t``, solved for D^2
    by least squares over those directions."""
    degrees = np.degrees(centres)
    use = (degrees >= DEPTH_FIT_DEG[0]) & (degrees <= DEPTH_FIT_DEG[1])
    excess_free = binned[use] - expected[use]
    sin2 = np.sin(centres[use])[:, None] ** 2
    ok = np.isfinite(excess_free) & np.isfinite(front_cm)[None, :]
    with np.errstate(invalid="ignore"):
        num = np.where(ok, sin2 * (excess_free ** 2 - front_cm[None, :] ** 2 * (1 - sin2)), 0.0).sum(axis=0)
    den = np.where(ok, sin2 ** 2, 0.0).sum(axis=0)
    fitted = np.sqrt(np.maximum(num / np.maximum(den, 1e-9), 1.0))
    fitted[ok.sum(axis=0) < DEPTH_FIT_MIN_BINS] = np.nan
    return fitted


@dataclass
class TurnCorrection:
    """Per Z_GRID_CM height: the girth by Cauchy's formula over the turn's widths (cm; NaN where
    the turn did not measure it), its spread, and the share of the quarter turn's directions seen
    clean."""

    perimeter_cm: np.ndarray
    sd_cm: np.ndarray
    coverage: np.ndarray


@dataclass
class TurnTrack:
    """The turn's samples in time order; :meth:`correction` integrates each level's widths."""

    samples: list[TurnSample] = field(default_factory=list)

    def add(self, sample: TurnSample | None) -> None:
        if sample is not None:
            self.samples.append(sample)

    def rescaled(self, factor: float) -> "TurnTrack":
        """The same turn with every width multiplied by ``factor`` (a better scale found later)."""
        return TurnTrack([dataclasses.replace(s, width_cm=s.width_cm * factor) for s in self.samples])

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
        yaw = _isotonic(yaw)
        if YAW_MAP_TRUE_DEG is not None:
            yaw = np.interp(yaw, YAW_MAP_WORLD_DEG, YAW_MAP_TRUE_DEG)
        return yaw

    def correction(self, breadth_cm: np.ndarray, depth_cm: np.ndarray,
                   prior_cm: np.ndarray | None = None) -> TurnCorrection | None:
        """Cauchy's formula on the widths seen: girth = pi * mean width over directions.

        Each height's widths are binned by yaw (median: robust to a hand passing the edge) and
        checked against the two views' breadth and depth (their ellipse plus the usual excess
        ``prior_cm``, per height, see :func:`deviation_prior_cm`; none: elliptic): arms only widen.
        Directions not seen clean take the ellipse through the turn's own facing and side-on widths
        plus that excess; the girth is that model's exact perimeter plus what the clean widths add
        to it. None without a usable turn.
        """
        yaw = self.yaws_deg()
        if yaw is None:
            return None
        widths = np.stack([s.width_cm for s in self.samples])
        prior = np.zeros(widths.shape[1]) if prior_cm is None else np.asarray(prior_cm, float)
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
        # Each width against what a section through the two views' breadth and depth would show
        # (their ellipse plus the usual excess): a hand or a forearm only ever adds to it. Under
        # the armpits the front view's breadth is carried up from below (see _extend_front_up).
        expected = prior[None, :] * deviation_shape(centres)[:, None]
        views_breadth = _extend_front_up(breadth_cm)[0]
        ellipse = ellipse_width(views_breadth[None, :], depth_cm[None, :], centres[:, None])
        excess = binned - ellipse - expected
        binned[(excess > ARM_EXCESS_CM) | (excess < -OUTLIER_CM)] = np.nan
        excess[~np.isfinite(binned)] = np.nan
        # A hand passing the edge is a spike over a bin or two; the section's own departure from
        # the expectation is smooth in direction: drop bins far from their neighbours' median.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            padded = np.pad(excess, ((2, 2), (0, 0)), constant_values=np.nan)
            local = np.nanmedian(np.stack([padded[i:i + n_bins] for i in range(5)]), axis=0)
        binned[np.abs(excess - local) > SPIKE_CM] = np.nan
        seen = np.isfinite(binned)
        coverage = seen.mean(axis=0)
        # The model for the directions not seen: the ellipse through this level's own clean widths
        # facing and side-on (the two views' read wider: mask bleed, forearms; see _side_widths),
        # plus the usual excess.
        front_ref, front_sd = _extend_front_up(np.where(seen[0], binned[0], breadth_cm))
        side_ref, side_sd = _side_widths(binned[-1], front_ref, depth_cm - SIDE_DEPTH_EXCESS_CM)
        # Where the side-on width was not seen itself, the directions that were seen tell it too:
        # both estimates, weighted by their spreads (see DEPTH_FIT_SD_CM).
        fitted = _side_from_turned(binned, centres, front_ref, expected)
        blend = np.isfinite(fitted) & (side_sd > 0)
        weight = np.where(blend, 1.0 / np.maximum(side_sd, 1e-6) ** 2, 1.0)
        side_ref = np.where(blend, (side_ref * weight + np.nan_to_num(fitted) / DEPTH_FIT_SD_CM ** 2)
                            / (weight + 1.0 / DEPTH_FIT_SD_CM ** 2), side_ref)
        side_sd = np.where(blend, 1.0 / np.sqrt(weight + 1.0 / DEPTH_FIT_SD_CM ** 2), side_sd)
        side_ref = np.maximum(side_ref, 1.0)
        model = ellipse_width(front_ref[None, :], side_ref[None, :], centres[:, None]) + expected
        residual = np.where(seen, binned - model, 0.0)
        girth = ellipse_perimeter(front_ref, side_ref) + math.pi * prior + math.pi * residual.sum(axis=0) / n_bins
        # How much the unseen directions move per cm of a side-on (facing) width not seen itself.
        filled = model - expected
        with np.errstate(invalid="ignore", divide="ignore"):
            side_slope = np.where(seen, 0.0, side_ref[None, :] * np.sin(centres)[:, None] ** 2 / filled)
            front_slope = np.where(seen, 0.0, front_ref[None, :] * np.cos(centres)[:, None] ** 2 / filled)
        depth_part = math.pi * np.nan_to_num(side_slope).sum(axis=0) / n_bins * side_sd
        breadth_part = math.pi * np.nan_to_num(front_slope).sum(axis=0) / n_bins * front_sd
        # Spread: the bins' scatter about the model (a bin's median is ~independent of the next)
        # over the bins seen, plus the unseen directions' unknown departure from the usual excess.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            scatter = np.nanstd(np.where(seen, binned - model, np.nan), axis=0)
        count = np.maximum(seen.sum(axis=0), 1)
        sd = np.sqrt((math.pi * np.nan_to_num(scatter)) ** 2 / count * coverage ** 2
                     + (math.pi * (1 - coverage) * DEVIATION_SD_CM) ** 2 + depth_part ** 2 + breadth_part ** 2)
        # Measured where the turn saw enough directions, or where it saw this level's own ends
        # (facing, or carried up from below, and side-on): the ellipse between them is anchored.
        anchored = np.isfinite(front_ref) & (side_sd < FALLBACK_DEPTH_SD_CM) & seen.any(axis=0)
        girth[~((coverage >= MIN_COVERAGE) | anchored) | ~np.isfinite(front_ref)] = np.nan
        return TurnCorrection(girth, sd, coverage)
