"""Perspective of one view: where the camera is relative to the person, solved from the image.

Model: a pinhole camera with its principal point at the image centre, at height ``camera_height_cm``
above the floor, ``distance_cm`` in front of the person (horizontally), pitched down by
``pitch_rad``. The person is a vertical plane through their body axis. A point at height Z on that
plane appears at image row ``cy + f*tan(atan2(hc - Z, D) - pitch)``, and a horizontal length there
is scaled by ``f / depth(Z)`` with ``depth(Z) = D*cos(pitch) + (hc - Z)*sin(pitch)``.

A camera pitched down sees the chest larger than the feet (the chest is nearer), so one pixel
ratio from the stature is 2-4 % wrong at the chest when the pitch is 6-12 degrees; this module
removes that. The three unknowns (pitch, camera height, distance) are solved from points whose
height and depth offset are known: the top of the head, the hip, knee and ankle keypoints (at their
share of the stature) and the floor under the toes (front view) or under each foot (side view). The
focal length cannot be told apart from the pitch with these points, so it is assumed (``focal_px``
argument, default from a typical field of view); its effect on the result is second order.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

# When the camera's focal length is unknown: a 50-degree field of view along the image's long
# side, between webcams (~60-70 degrees) and phones zoomed for a full-body shot (~40 degrees).
DEFAULT_LONG_SIDE_FOV_DEG = 50.0


def focal_px_for_fov(long_side_fov_deg: float, width: int, height: int) -> float:
    """Focal length in pixels of a camera whose field of view along the image's long side is given
    (a kiosk's configured camera, or a phone's known lens)."""
    return 0.5 * max(width, height) / math.tan(math.radians(long_side_fov_deg) / 2)


def default_focal_px(width: int, height: int) -> float:
    return focal_px_for_fov(DEFAULT_LONG_SIDE_FOV_DEG, width, height)


@dataclass(frozen=True)
class FloorObservation:
    """An image row whose true height and horizontal offset from the body plane are known.

    ``offset_cm`` is away from the camera (negative = nearer). ``sd_px``: how far off the row may
    be, from where the point is found and how well its height and offset are known.
    """

    y_px: float
    height_cm: float
    offset_cm: float = 0.0
    sd_px: float = 2.0


@dataclass(frozen=True)
class ViewGeometry:
    focal_px: float
    cx: float
    cy: float
    pitch_rad: float
    camera_height_cm: float
    distance_cm: float
    solved: bool = True  # False: the level-camera fallback was used

    def image_y(self, height_cm, offset_cm=0.0):
        """Image row of a point at this height (vectorised)."""
        angle = np.arctan2(self.camera_height_cm - np.asarray(height_cm, float),
                           self.distance_cm + np.asarray(offset_cm, float)) - self.pitch_rad
        return self.cy + self.focal_px * np.tan(angle)

    def height_at_y(self, y_px):
        """Height above the floor (cm) of the body-plane point seen at this image row (vectorised)."""
        angle = np.arctan((np.asarray(y_px, float) - self.cy) / self.focal_px) + self.pitch_rad
        return self.camera_height_cm - self.distance_cm * np.tan(angle)

    def point_at(self, x_px, y_px, toward_camera_cm=0.0):
        """(across cm from the optical axis, height cm) of the point seen at (x, y) that lies
        ``toward_camera_cm`` in front of the body plane (vectorised)."""
        distance = self.distance_cm - np.asarray(toward_camera_cm, float)
        angle = np.arctan((np.asarray(y_px, float) - self.cy) / self.focal_px) + self.pitch_rad
        drop = distance * np.tan(angle)  # camera height minus the point's height
        depth = distance * math.cos(self.pitch_rad) + drop * math.sin(self.pitch_rad)
        across = (np.asarray(x_px, float) - self.cx) * depth / self.focal_px
        return across, self.camera_height_cm - drop

    def cm_per_px(self, height_cm):
        """Centimetres per pixel of a horizontal length on the body plane at this height."""
        depth = (self.distance_cm * math.cos(self.pitch_rad)
                 + (self.camera_height_cm - np.asarray(height_cm, float)) * math.sin(self.pitch_rad))
        return depth / self.focal_px


# The rows alone constrain pitch against camera height poorly (a few pixels of landmark noise move
# the pitch by degrees), so the solve has two priors:
# - the camera's height: the guide asks for it at chest height (the caller passes the chest_height
#   ratio of sizer/data/body_ratios.json x stature), but a kiosk's camera above its screen or a phone
#   on a chair is 30-40 cm off it: 25 cm either way;
# - the camera aimed at the person (``aim_height_cm``, the body's middle): the aim's line of sight
#   meets the image centre, within AIM_SD_DEG (people of 150-195 cm before one fixed camera).
# The rows that tell a tilted camera from a level one are the hip keypoints' (view_analysis): with
# the old prior alone (20 cm at chest height) a camera at 0.9 or 1.6 m was solved 25-35 cm toward
# chest height and the scale at the chest read 1.5-3.5 % off. A wider height prior (40 cm) let the
# hip keypoints' own spread between bodies into every inside leg (own renders, ideal camera: inside
# leg MAE 0.9 -> 1.2 cm), a narrower one kept more of the tilt's bias (kiosk chest).
CAMERA_HEIGHT_PRIOR_SD_CM = 25.0
AIM_SD_DEG = 3.0


def _residuals(params: np.ndarray, obs: np.ndarray, focal: float, cy: float, prior_cm: float,
               aim_cm: float | None, with_jacobian: bool = False):
    pitch, hc, dist = params
    rise, run = hc - obs[:, 1], dist + obs[:, 2]
    angle = np.arctan2(rise, run) - pitch
    scale = obs[:, 3]
    extra = 1 if aim_cm is None else 2
    residuals = np.empty(len(obs) + extra)
    residuals[:len(obs)] = (cy + focal * np.tan(angle) - obs[:, 0]) * scale
    residuals[len(obs)] = (hc - prior_cm) / CAMERA_HEIGHT_PRIOR_SD_CM
    aim_sd = math.radians(AIM_SD_DEG)
    if aim_cm is not None:
        residuals[-1] = (math.atan2(hc - aim_cm, dist) - pitch) / aim_sd
    if not with_jacobian:
        return residuals
    slope = focal / np.cos(angle) ** 2 * scale  # d(row)/d(angle), weighted
    radius2 = rise ** 2 + run ** 2
    jacobian = np.zeros((len(obs) + extra, 3))
    jacobian[:len(obs), 0] = -slope
    jacobian[:len(obs), 1] = slope * run / radius2
    jacobian[:len(obs), 2] = -slope * rise / radius2
    jacobian[len(obs), 1] = 1.0 / CAMERA_HEIGHT_PRIOR_SD_CM
    if aim_cm is not None:
        up = hc - aim_cm
        aim_radius2 = up ** 2 + dist ** 2
        jacobian[-1] = (-1.0 / aim_sd, dist / aim_radius2 / aim_sd, -up / aim_radius2 / aim_sd)
    return residuals, jacobian


# A step has converged when it moves the pitch < 0.001 degree and heights and distances < 0.1 mm
# (pitch rad, camera height cm, distance cm).
CONVERGED_STEP = np.array([2e-5, 0.01, 0.01])


def solve_view_geometry(observations: list[FloorObservation], stature_cm: float, width: int, height: int,
                        prior_camera_height_cm: float, focal_px: float | None = None,
                        initial: ViewGeometry | None = None, aim_height_cm: float | None = None) -> ViewGeometry:
    """Camera pitch, height and distance that best explain the observed rows (Levenberg-Marquardt
    with a prior on the camera height and, given ``aim_height_cm``, on where it is aimed).

    Falls back to a level camera fitted on the extreme rows when fewer than two points are given
    or the result is implausible, and says so in ``solved``. ``initial``: a previous frame's
    solution to start from (a live camera barely moves, so a few steps then suffice).
    """
    focal = float(focal_px or default_focal_px(width, height))
    cx, cy = width / 2.0, height / 2.0
    obs = np.array([(o.y_px, o.height_cm, o.offset_cm, 1.0 / max(o.sd_px, 0.1)) for o in observations], float)
    top, bottom = obs[np.argmax(obs[:, 1])], obs[np.argmin(obs[:, 1])]
    span_px = max(bottom[0] - top[0], 1.0)
    dist0 = focal * (top[1] - bottom[1]) / span_px
    hc0 = bottom[1] + (bottom[0] - cy) * dist0 / focal
    level = ViewGeometry(focal, cx, cy, 0.0, hc0, dist0, solved=False)
    if len(obs) < 2:
        return level
    prior = prior_camera_height_cm
    params = np.array([0.0, hc0, dist0])
    if initial is not None and initial.solved and initial.focal_px == focal:
        params = np.array([initial.pitch_rad, initial.camera_height_cm, initial.distance_cm])
    damping = 1e-3
    # Residuals and Jacobian come together, once per step: an accepted trial's are the next
    # step's (one model evaluation per step instead of two; this runs on every live frame).
    r, jac = _residuals(params, obs, focal, cy, prior, aim_height_cm, with_jacobian=True)
    cost = float(r @ r)
    for _ in range(100):
        normal = jac.T @ jac
        damped = normal.copy()
        damped.flat[::4] += damping * normal.flat[::4]  # the diagonal, scaled (Marquardt)
        delta = np.linalg.solve(damped, -(jac.T @ r))
        trial = params + delta
        trial_r, trial_jac = _residuals(trial, obs, focal, cy, prior, aim_height_cm, with_jacobian=True)
        trial_cost = float(trial_r @ trial_r)
        # (A tiny step under heavy damping is not convergence, so only near-Gauss-Newton steps count.)
        converged = damping <= 1.0 and bool((np.abs(delta) < CONVERGED_STEP).all())
        if trial_cost < cost:
            params, cost, damping = trial, trial_cost, damping * 0.3
            r, jac = trial_r, trial_jac
        else:
            damping *= 10
        if converged or damping > 1e8:
            break
    pitch, hc, dist = params
    plausible = (math.radians(-30) < pitch < math.radians(40) and 0.0 < hc < 2.0 * stature_cm
                 and stature_cm * 0.5 < dist < stature_cm * 10)
    if not plausible or not np.all(np.isfinite(params)):
        return level
    return ViewGeometry(focal, cx, cy, float(pitch), float(hc), float(dist), solved=True)
