"""Reference objects: the printable marker, finding it and a card, and the stature they imply."""
from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from sizer.cli import main
from sizer.errors import MeasurementInputError
from sizer.resources import as_path, asset
from sizer.vision.photo_measure import measure_photos
from sizer.vision.pose import MediaPipePoseBackend, PoseMode
from sizer.vision.reference import ReferenceKind, find_aruco, find_card, marker_pixels, write_marker_png

SAMPLE_STATURE = 182.3
# The sample's front camera (synth-dev s015, assets/samples/README.md), for placing a marker
# exactly as that camera would have seen it; the sample is downscaled by 0.75.
FOCAL, DISTANCE, CAMERA_HEIGHT, PITCH, DOWNSCALE = 1384.98, 270.04, 120.9, math.radians(6.291), 0.75


def test_marker_png_prints_at_its_size(tmp_path):
    path = write_marker_png(tmp_path / "marker.png", marker_mm=80, dpi=300)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and b"pHYs" in data[:80]
    image = cv2.imread(str(path))
    found = find_aruco(image, marker_mm=80)
    assert found is not None
    assert found.cm_per_px == pytest.approx(2.54 / 300, rel=0.02)  # 300 dots per inch


def test_card_is_found_with_its_scale():
    image = np.full((600, 800, 3), 200, np.uint8)
    cv2.rectangle(image, (300, 250), (300 + 171, 250 + 108), (40, 90, 160), -1)  # 2 px per mm
    found = find_card(image)
    assert found is not None and found.cm_per_px == pytest.approx(0.05, rel=0.03)
    assert find_card(np.full((600, 800, 3), 200, np.uint8)) is None


def front_with_marker(tmp_path):
    front = cv2.imread(str(as_path(asset("samples", "person_front.png"))))
    height_cm, forward_cm = 105.0, 12.0  # held on the stomach
    depth = (DISTANCE - forward_cm) * math.cos(PITCH) + (CAMERA_HEIGHT - height_cm) * math.sin(PITCH)
    side_px = round(10.0 * FOCAL / depth * DOWNSCALE)  # a 100 mm marker
    y = 640 + FOCAL * math.tan(math.atan2(CAMERA_HEIGHT - height_cm, DISTANCE - forward_cm) - PITCH)
    cy, cx = round(y * DOWNSCALE), front.shape[1] // 2
    margin = side_px // 4  # white quiet zone around the black square
    patch = np.full((side_px + 2 * margin, side_px + 2 * margin), 255, np.uint8)
    patch[margin:margin + side_px, margin:margin + side_px] = marker_pixels(side_px)
    top, left = cy - patch.shape[0] // 2, cx - patch.shape[1] // 2
    front[top:top + patch.shape[0], left:left + patch.shape[1]] = patch[..., None]
    path = tmp_path / "front_marker.png"
    cv2.imwrite(str(path), front)
    return path


@pytest.fixture(scope="module")
def backend():
    pose = MediaPipePoseBackend(PoseMode.STILL)
    yield pose
    pose.close()


def test_stature_from_a_marker_on_the_stomach(tmp_path, backend):
    front = front_with_marker(tmp_path)
    assert find_aruco(cv2.imread(str(front))) is not None
    side = as_path(asset("samples", "person_side.png"))
    profile = measure_photos(front, side, None, backend=backend, reference=ReferenceKind.ARUCO)
    assert profile.measurements_cm["stature"] == pytest.approx(SAMPLE_STATURE, rel=0.03)
    assert "stature_from_reference" in profile.warnings
    assert profile.uncertainty_cm["stature"] > 1.0
    checked = measure_photos(front, side, 150.0, backend=backend, reference=ReferenceKind.ARUCO)
    assert "stated_height_disagrees_with_reference" in checked.warnings


def test_missing_reference_and_missing_height_are_refused(backend, capsys):
    front = as_path(asset("samples", "person_front.png"))
    side = as_path(asset("samples", "person_side.png"))
    with pytest.raises(MeasurementInputError, match="not found"):
        measure_photos(front, side, 180.0, backend=backend, reference=ReferenceKind.ARUCO)
    assert main(["measure", "--front", str(front), "--side", str(side)]) == 3
    assert "height" in capsys.readouterr().err
