"""Measure a person from a front and a side photo (what ``sizer measure`` runs)."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from sizer.dimensions import get_dimension
from sizer.errors import MeasurementInputError
from sizer.profile import BodyProfile
from sizer.vision.body_measurements import combine
from sizer.vision.girth_model import Sex
from sizer.vision.images import load_photo
from sizer.vision.pose import MediaPipePoseBackend, PoseBackend, PoseMode
from sizer.vision.view_analysis import analyse_front, analyse_side
from sizer.vision.view_checks import ADVICE, ViewKind, ViewProblem, check_view, second_person_visible

MIN_STATURE_CM, MAX_STATURE_CM = 100.0, 230.0


def _checked_pose(backend: PoseBackend, image: np.ndarray, path: Path, view: ViewKind):
    import cv2

    pose = backend.process(image)
    mask = None if pose is None else pose.mask > 0.5
    luma = float(cv2.cvtColor(image[::4, ::4], cv2.COLOR_BGR2GRAY).mean())
    problems = check_view(pose, mask, view, luma)
    if pose is not None and ViewProblem.SEVERAL_PEOPLE not in problems and second_person_visible(backend, image, pose, mask):
        problems.insert(0, ViewProblem.SEVERAL_PEOPLE)
    if problems:
        first = problems[0]
        reasons = ", ".join(p.value.replace("_", " ") for p in problems)
        raise MeasurementInputError(f"{path}: cannot measure this {view.value} photo ({reasons})", ADVICE[first])
    return pose


def measure_photos(front: str | Path, side: str | Path, stature_cm: float, sex: Sex | None = None,
                   backend: PoseBackend | None = None, focal_px: float | None = None) -> BodyProfile:
    """Body measurements from a front and a side photo of one person, scaled by their stature.

    Raises MeasurementInputError (exit code 3) for any photo that cannot be measured.
    ``backend``: reuse an open pose backend (still-image mode); else one is opened and closed here.
    """
    if not MIN_STATURE_CM <= stature_cm <= MAX_STATURE_CM:
        raise MeasurementInputError(f"a stature of {stature_cm:g} cm is not plausible",
                                    f"Give the height in centimetres, {MIN_STATURE_CM:g} to {MAX_STATURE_CM:g}.")
    front, side = Path(front), Path(side)
    front_image, side_image = load_photo(front), load_photo(side)
    own = backend is None
    backend = backend or MediaPipePoseBackend(PoseMode.STILL)
    try:
        front_pose = _checked_pose(backend, front_image, front, ViewKind.FRONT)
        side_pose = _checked_pose(backend, side_image, side, ViewKind.SIDE)
    finally:
        if own:
            backend.close()
    front_measures = analyse_front(front_pose, front_pose.mask, stature_cm, focal_px)
    side_measures = analyse_side(side_pose, side_pose.mask, stature_cm,
                                 front_measures.ankle_separation_cm / 2, focal_px)
    profile = combine(front_measures, side_measures, stature_cm, sex)
    for key, value in profile.measurements_cm.items():
        low, high = get_dimension(key).plausible_range_cm()
        if not low <= value <= high:
            raise MeasurementInputError(
                f"the photos gave an implausible {key} ({value:.0f} cm)",
                "Retake both photos: whole body in view, plain background, tight clothes, arms slightly away.")
    return profile
