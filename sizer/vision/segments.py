"""Distances from image points to line segments (arm bones between keypoints), all at once.

The live path asks this of every torso row's edges against every arm bone on each frame, so it is
one broadcast over (points, segments) on separate x and y arrays: a loop over segments, or a
stacked (n, m, 2) array through einsum, costs several times more in numpy's per-call overhead
than the arithmetic itself.
"""
from __future__ import annotations

import numpy as np


def distance_to_segments(x: np.ndarray, y: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Distance of each point (``x``, ``y``: shape (n,)) to the nearest of the segments from
    ``starts`` to ``ends`` (shape (m, 2)). NaN where the point is NaN."""
    starts = np.asarray(starts, float)
    along = np.asarray(ends, float) - starts
    length2 = np.maximum(along[:, 0] ** 2 + along[:, 1] ** 2, 1e-9)
    rel_x = np.asarray(x, float)[:, None] - starts[:, 0]
    rel_y = np.asarray(y, float)[:, None] - starts[:, 1]
    t = np.clip((rel_x * along[:, 0] + rel_y * along[:, 1]) / length2, 0.0, 1.0)
    gap_x = rel_x - t * along[:, 0]
    gap_y = rel_y - t * along[:, 1]
    return np.sqrt((gap_x * gap_x + gap_y * gap_y).min(axis=1))
