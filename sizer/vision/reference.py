"""A reference object of known size in the front photo: a printed ArUco marker or an ID-1 card.

It gives the scale at its own place in the picture, so, held flat against the stomach facing the
camera, it either cross-checks the stated height or replaces it when the height is unknown.
The app prints the marker with :func:`write_marker_png` (its size is in the file and in the caption).
"""
from __future__ import annotations

import enum
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sizer.errors import MeasurementInputError
from sizer.problems import Problem

ARUCO_DICTIONARY = "DICT_4X4_50"
ARUCO_MARKER_ID = 7  # the one id the app prints and looks for
DEFAULT_MARKER_MM = 100.0
ID1_CARD_MM = (85.60, 53.98)  # ISO/IEC 7810 ID-1: bank cards, identity cards
MM_PER_INCH = 25.4


class ReferenceKind(str, enum.Enum):
    ARUCO = "aruco"
    CARD = "card"


@dataclass(frozen=True)
class ReferenceScale:
    kind: ReferenceKind
    cm_per_px: float  # horizontal scale at the reference's place
    center_px: tuple[float, float]
    corners_px: np.ndarray  # (4, 2)


def _dictionary():
    import cv2

    return cv2.aruco.getPredefinedDictionary(getattr(cv2.aruco, ARUCO_DICTIONARY))


def marker_pixels(side_px: int) -> np.ndarray:
    """The marker alone, side_px square (grey uint8), without its white quiet zone."""
    import cv2

    return cv2.aruco.generateImageMarker(_dictionary(), ARUCO_MARKER_ID, side_px)


def marker_image(marker_mm: float = DEFAULT_MARKER_MM, dpi: int = 300) -> np.ndarray:
    """A printable page part: the marker, a white quiet zone and a caption with its size (grey uint8)."""
    import cv2

    side_px = round(marker_mm / MM_PER_INCH * dpi)
    marker = marker_pixels(side_px)
    margin = side_px // 4
    caption_px = max(side_px // 8, 30)
    page = np.full((side_px + 2 * margin + caption_px, side_px + 2 * margin), 255, np.uint8)
    page[margin:margin + side_px, margin:margin + side_px] = marker
    text = f"Sizer scale marker: {marker_mm:g} mm square. Print at 100 %, check with a ruler."
    scale = side_px / 1400
    cv2.putText(page, text, (margin, side_px + margin + caption_px // 2 + 10), cv2.FONT_HERSHEY_SIMPLEX,
                scale, 0, max(1, round(scale * 2)), cv2.LINE_AA)
    return page


def write_marker_png(path: str | Path, marker_mm: float = DEFAULT_MARKER_MM, dpi: int = 300) -> Path:
    """Write the marker as a PNG whose pixel density (pHYs) makes it print at its true size."""
    import cv2

    ok, encoded = cv2.imencode(".png", marker_image(marker_mm, dpi))
    if not ok:
        raise OSError("PNG encoding failed")
    png = encoded.tobytes()
    per_metre = round(dpi / MM_PER_INCH * 1000)
    body = b"pHYs" + struct.pack(">IIB", per_metre, per_metre, 1)
    chunk = struct.pack(">I", 9) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    header_end = 8 + 25  # signature + IHDR chunk
    data = png[:header_end] + chunk + png[header_end:]
    from sizer.atomic import atomic_write_bytes

    path = Path(path)
    atomic_write_bytes(path, data)  # checked destination, fsync, no stray temp file on failure
    return path


def _side_lengths(corners: np.ndarray) -> np.ndarray:
    return np.linalg.norm(corners - np.roll(corners, -1, axis=0), axis=1)


def find_aruco(frame_bgr: np.ndarray, marker_mm: float = DEFAULT_MARKER_MM) -> ReferenceScale | None:
    import cv2

    parameters = cv2.aruco.DetectorParameters()
    # Sub-pixel corners sit on the square's true edges; without, a side reads one pixel short.
    parameters.cornerRefinementMethod = cv2.aruco.CORNER_REFINE_SUBPIX
    detector = cv2.aruco.ArucoDetector(_dictionary(), parameters)
    corners, ids, _ = detector.detectMarkers(frame_bgr)
    if ids is None:
        return None
    for marker_corners, marker_id in zip(corners, ids.ravel()):
        if marker_id == ARUCO_MARKER_ID:
            quad = marker_corners.reshape(4, 2).astype(float)
            px = float(np.mean(_side_lengths(quad)))
            centre = quad.mean(axis=0)
            return ReferenceScale(ReferenceKind.ARUCO, marker_mm / 10 / px, (float(centre[0]), float(centre[1])), quad)
    return None


def find_card(frame_bgr: np.ndarray, person_mask: np.ndarray | None = None) -> ReferenceScale | None:
    """An ID-1 card held flat toward the camera: the largest 4-cornered outline with its 1.586 aspect."""
    import cv2

    grey = cv2.cvtColor(frame_bgr, cv2.COLOR_BGR2GRAY)
    edges = cv2.Canny(cv2.GaussianBlur(grey, (5, 5), 0), 40, 120)
    edges = cv2.dilate(edges, np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    target = ID1_CARD_MM[0] / ID1_CARD_MM[1]
    best = None
    min_area = 0.0002 * grey.size
    for contour in contours:
        area = cv2.contourArea(contour)
        if area < min_area or area > 0.05 * grey.size:
            continue
        quad = cv2.approxPolyDP(contour, 0.03 * cv2.arcLength(contour, True), True)
        if len(quad) != 4 or not cv2.isContourConvex(quad):
            continue
        quad = quad.reshape(4, 2).astype(float)
        sides = _side_lengths(quad)
        long_side, short_side = (sides[0] + sides[2]) / 2, (sides[1] + sides[3]) / 2
        if long_side < short_side:
            long_side, short_side = short_side, long_side
        if abs(long_side / short_side - target) > 0.08 * target:
            continue
        centre = quad.mean(axis=0)
        if person_mask is not None and not person_mask[int(centre[1]), int(centre[0])]:
            continue  # a card on the wall is not at the body's depth
        if best is None or area > best[0]:
            px = (long_side / ID1_CARD_MM[0] + short_side / ID1_CARD_MM[1]) / 2  # px per mm
            best = (area, ReferenceScale(ReferenceKind.CARD, 0.1 / px, (float(centre[0]), float(centre[1])), quad))
    return best[1] if best else None


def find_reference(frame_bgr: np.ndarray, kind: ReferenceKind, marker_mm: float = DEFAULT_MARKER_MM,
                   person_mask: np.ndarray | None = None) -> ReferenceScale:
    found = find_aruco(frame_bgr, marker_mm) if kind is ReferenceKind.ARUCO else find_card(frame_bgr, person_mask)
    if found is None:
        what = Problem("reference_what_aruco") if kind is ReferenceKind.ARUCO else Problem("reference_what_card")
        raise MeasurementInputError(Problem("reference_not_found", what=what), Problem("advice_hold_reference"))
    return found
