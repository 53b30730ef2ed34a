"""Reading a person's silhouette (a boolean mask) row by row: torso edges, top, bottom, crotch."""
from __future__ import annotations

import numpy as np


def run_around(row: np.ndarray, x: int) -> tuple[int, int] | None:
    """The [left, right] of the foreground run in a boolean row that contains x, or the nearest one."""
    if not row.any():
        return None
    width = row.shape[0]
    x = min(max(int(x), 0), width - 1)
    if not row[x]:
        filled = np.flatnonzero(row)
        x = int(filled[np.argmin(np.abs(filled - x))])
    background = ~row
    left_bg = np.flatnonzero(background[:x])
    right_bg = np.flatnonzero(background[x:])
    left = int(left_bg[-1] + 1) if left_bg.size else 0
    right = int(x + right_bg[0] - 1) if right_bg.size else width - 1
    return left, right


def runs_around(mask: np.ndarray, rows: np.ndarray, centers_x: np.ndarray,
                x_range: tuple[float, float] | None = None) -> np.ndarray:
    """(n, 2) float left/right edges of the run containing each row's centre (NaN where empty).

    Vectorised over rows; a row whose centre pixel is background falls back to the nearest run.
    ``x_range`` limits the columns looked at (the body's reach), which makes it cheaper.
    """
    offset = 0
    if x_range is not None:
        offset = max(int(x_range[0]), 0)
        mask = mask[:, offset:max(int(x_range[1]) + 1, offset + 1)]
        centers_x = np.asarray(centers_x, float) - offset
    height, width = mask.shape
    rows = np.asarray(rows, int)
    edges = np.full((len(rows), 2), np.nan)
    inside = (rows >= 0) & (rows < height)
    if not inside.all():
        if not inside.any():
            return edges
        rows, centers_x = rows[inside], np.asarray(centers_x, float)[inside]
    block = mask[rows]
    index = np.arange(len(rows))
    centers = np.rint(centers_x).astype(np.intp)
    np.clip(centers, 0, width - 1, out=centers)
    background = ~block
    # The nearest background column either side of each centre, by argmax over boolean rows (the
    # first True): far cheaper than a max/min over integer column arrays of the same size. Right
    # of the centre is "background and not left of it": the centre itself is body wherever the
    # answer is used (rows whose centre is background are looked up on their own below).
    left_of_centre = np.arange(width) < centers[:, None]
    before = background & left_of_centre
    after = background > left_of_centre
    last_before = (width - 1) - before[:, ::-1].argmax(axis=1)
    first_after = after.argmax(axis=1)
    found = np.empty((len(rows), 2))
    found[:, 0] = np.where(before[index, last_before], last_before + 1, 0)
    found[:, 1] = np.where(after[index, first_after], first_after - 1, width - 1)
    for i in np.flatnonzero(background[index, centers]):
        run = run_around(block[i], int(centers[i]))
        found[i] = run if run is not None else (np.nan, np.nan)
    found += offset
    if len(found) == len(edges):
        return found
    edges[inside] = found
    return edges
    block = mask[rows[inside]]
    centers = np.clip(np.round(np.asarray(centers_x, float)[inside]).astype(int), 0, width - 1)
    columns = np.arange(width)
    background = ~block
    # The nearest background column either side of each centre, by argmax over boolean rows (the
    # first True): far cheaper than a max/min over integer column arrays of the same size.
    before = background & (columns < centers[:, None])
    after = background & (columns > centers[:, None])
    last_before = width - 1 - np.argmax(before[:, ::-1], axis=1)
    first_after = np.argmax(after, axis=1)
    left = np.where(before[np.arange(len(centers)), last_before], last_before, -1) + 1
    right = np.where(after[np.arange(len(centers)), first_after], first_after, width) - 1
    on_body = block[np.arange(len(centers)), centers]
    found = np.column_stack([left, right]).astype(float)
    for i in np.flatnonzero(~on_body):
        run = run_around(block[i], int(centers[i]))
        found[i] = run if run is not None else (np.nan, np.nan)
    edges[inside] = found + offset
    return edges


def gap_tops(mask: np.ndarray, columns: np.ndarray, y_low: float, y_high: float) -> np.ndarray:
    """For each column, scanning up from row y_low to y_high: the highest row of the background gap
    that starts at y_low (NaN where y_low is not background or the gap never closes)."""
    y_low, y_high = int(y_low), max(int(y_high), 0)
    columns = np.asarray(columns, int)
    columns = columns[(columns >= 0) & (columns < mask.shape[1])]
    if y_low >= mask.shape[0] or y_low <= y_high or columns.size == 0:
        return np.full(0, np.nan)
    block = mask[y_high:y_low + 1, columns][::-1]  # bottom to top
    first = np.argmax(block, axis=0)
    valid = ~block[0] & block.any(axis=0)
    return np.where(valid, y_low - first + 1, np.nan).astype(float)


def top_row(mask: np.ndarray, x0: float, x1: float) -> int | None:
    """The highest foreground row within columns [x0, x1]."""
    band = mask[:, max(int(x0), 0):max(int(x1) + 1, 1)]
    rows = np.flatnonzero(band.any(axis=1))
    return int(rows[0]) if rows.size else None


def bottom_row(mask: np.ndarray, x0: float, x1: float, y_min: float = 0) -> int | None:
    """The lowest foreground row within columns [x0, x1], at or below y_min."""
    band = mask[max(int(y_min), 0):, max(int(x0), 0):max(int(x1) + 1, 1)]
    rows = np.flatnonzero(band.any(axis=1))
    return int(rows[-1] + max(int(y_min), 0)) if rows.size else None


def column_top_of_gap(mask: np.ndarray, x: float, y_low: float, y_high: float) -> int | None:
    """Scanning up column x from row y_low toward y_high (< y_low): the highest background row of
    the gap that starts at y_low (the crotch between the legs, an armpit between arm and torso)."""
    x = int(round(x))
    if not 0 <= x < mask.shape[1]:
        return None
    y_low, y_high = int(y_low), max(int(y_high), 0)
    column = mask[y_high:y_low + 1, x][::-1]  # bottom to top
    if column.size == 0 or column[0]:
        return None
    filled = np.flatnonzero(column)
    if not filled.size:
        return None
    return int(y_low - filled[0] + 1)


def person_components(mask: np.ndarray, min_share: float = 0.05) -> list[tuple[int, np.ndarray]]:
    """Connected foreground blobs holding at least min_share of the foreground: (area, stats row)."""
    import cv2

    count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    total = max(int(stats[1:, cv2.CC_STAT_AREA].sum()), 1)
    blobs = [(int(stats[i, cv2.CC_STAT_AREA]), stats[i]) for i in range(1, count)]
    return sorted([b for b in blobs if b[0] >= min_share * total], key=lambda b: -b[0])


def gap_opening_rad(mask: np.ndarray, x: int, rows: np.ndarray) -> float | None:
    """Opening angle of a background wedge (a gap that narrows upward, like the crotch or an
    armpit), from how fast its width grows over ``rows`` below the apex, along column x."""
    rows = np.asarray(rows, int)
    if not 0 <= x < mask.shape[1]:
        return None
    rows = rows[(rows >= 0) & (rows < mask.shape[0])]
    used = rows[~mask[rows, x]]  # rows where column x lies in the gap
    if len(used) < 3:
        return None
    gap = runs_around(~mask[used], np.arange(len(used)), np.full(len(used), float(x)))
    widths = gap[:, 1] - gap[:, 0] + 1
    y = used - used.mean()
    slope = float((y * (widths - widths.mean())).sum() / (y * y).sum())  # least-squares line
    return float(2 * np.arctan(abs(slope) / 2))


def wedge_apex_row(prob: np.ndarray, x: int, y_low: float, y_high: float, apex_05: float,
                   opening_rad: float, max_shift_px: float) -> float:
    """The tip of a background wedge on a soft (blurred) person mask.

    A segmentation mask is blurred, and a narrow wedge fills in: its 0.5 contour closes below the
    true tip. At the tip itself the background fills only the wedge's opening angle of the full
    circle around it, so there the blurred probability is 1 - opening / (2 pi): scanning up the
    column to that level finds the tip. Never more than ``max_shift_px`` above the 0.5 apex.
    """
    threshold = 1.0 - opening_rad / (2 * np.pi)
    y_low, y_high = int(y_low), max(int(y_high), 0)
    column = prob[y_high:y_low + 1, x][::-1]
    reached = np.flatnonzero(column >= threshold)
    if reached.size == 0:
        return apex_05
    tip = y_low - reached[0] + 1
    return float(min(max(tip, apex_05 - max_shift_px), apex_05))
