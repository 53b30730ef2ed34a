"""How far the body is turned about the vertical, from the pose model's world landmarks."""
from __future__ import annotations

import math

from sizer.vision.pose import Landmark as L
from sizer.vision.pose import PoseResult

# Shoulders turn with the body and are well seen; the model's hip line lags behind a turn.
SHOULDER_WEIGHT = 0.7


def world_yaw_deg(pose: PoseResult) -> float | None:
    """Degrees, 0 facing the camera, growing as the person turns to their left (+90: the right
    side faces the camera, -90: the left side); None without world landmarks."""
    world = pose.world_points
    if world is None:
        return None
    angles = []
    for left, right in ((L.LEFT_SHOULDER, L.RIGHT_SHOULDER), (L.LEFT_HIP, L.RIGHT_HIP)):
        line = world[left] - world[right]
        angles.append(math.atan2(-float(line[2]), float(line[0])))
    return -math.degrees(SHOULDER_WEIGHT * angles[0] + (1 - SHOULDER_WEIGHT) * angles[1])
