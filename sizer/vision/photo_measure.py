"""Measure a person from a front and a side photo (what ``sizer measure`` runs)."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from sizer.dimensions import get_dimension
from sizer.errors import MeasurementInputError
from sizer.problems import Problem
from sizer.profile import BodyProfile
from sizer.vision.body_measurements import combine
from sizer.vision.clothing import Clothing, allowance
from sizer.vision.clothing_check import refuse_loose
from sizer.vision.girth_model import Sex
from sizer.vision.images import load_photo
from sizer.vision.pose import MediaPipePoseBackend, PoseBackend, PoseMode
from sizer.vision.reference import ReferenceKind, ReferenceScale, find_reference
from sizer.vision.view_analysis import analyse_front, analyse_side
from sizer.vision.view_checks import ADVICE, ViewKind, ViewProblem, check_view, second_person_visible
from sizer.vision.warning_codes import MeasurementWarning

MIN_STATURE_CM, MAX_STATURE_CM = 100.0, 230.0
REFERENCE_AGREEMENT = 0.03  # stated height and reference object may differ this much before a warning
REFERENCE_FORWARD_CM = 12.0  # a marker or card held on the stomach is about this far in front of the body axis
REFERENCE_STATURE_SD = 0.015  # relative spread of a stature derived from the reference


def _checked_pose(backend: PoseBackend, image: np.ndarray, path: Path, view: ViewKind):
    import cv2

    pose = backend.process(image)
    mask = None if pose is None else pose.mask > 0.5
    luma = float(cv2.cvtColor(image[::4, ::4], cv2.COLOR_BGR2GRAY).mean())
    problems = check_view(pose, mask, view, luma)
    if (pose is not None and ViewProblem.SEVERAL_PEOPLE not in problems
            and second_person_visible(backend, image, pose, mask)):
        problems.insert(0, ViewProblem.SEVERAL_PEOPLE)
    if problems:
        first = problems[0]
        reasons = [Problem(f"reason_{p.value}") for p in problems]
        raise MeasurementInputError(Problem("photo_cannot_measure", path=path, view=Problem(f"view_{view.value}"),
                                            reasons=reasons), ADVICE[first])
    return pose


def _reference_stature(reference: ReferenceScale, pose, mask, stature_guess_cm: float, focal_px) -> float:
    """The stature at which the perspective solve predicts the scale the reference shows."""
    stature = stature_guess_cm
    x, y = reference.center_px
    for _ in range(4):
        geometry = analyse_front(pose, mask, stature, focal_px).geometry
        across, _ = geometry.point_at(np.array([x, x + 1.0]), np.array([y, y]), REFERENCE_FORWARD_CM)
        stature *= reference.cm_per_px / float(across[1] - across[0])
    return float(stature)


def check_stature(stature_cm: float) -> None:
    if not MIN_STATURE_CM <= stature_cm <= MAX_STATURE_CM:
        raise MeasurementInputError(Problem("stature_implausible", stature=float(stature_cm)),
                                    Problem("advice_stature_range", low=float(MIN_STATURE_CM), high=float(MAX_STATURE_CM)))


def measure_photos(front: str | Path, side: str | Path, stature_cm: float | None, sex: Sex | None = None,
                   backend: PoseBackend | None = None, focal_px: float | None = None,
                   reference: ReferenceKind | None = None, marker_mm: float = 100.0,
                   clothing: Clothing | str | None = None, calibrated: bool = True) -> BodyProfile:
    """Body measurements from a front and a side photo of one person, scaled by their stature.

    ``reference``: a printed marker or ID-1 card held on the stomach in the front photo; it
    cross-checks the stature, or gives it when ``stature_cm`` is None.
    Raises MeasurementInputError (exit code 3) for any photo that cannot be measured.
    ``backend``: reuse an open pose backend (still-image mode); else one is opened and closed here.
    ``calibrated``: False gives the uncertainties unscaled (for refitting body_measurements.SIGMA_SCALE).
    """
    if stature_cm is None and reference is None:
        raise MeasurementInputError(Problem("stature_needed"), Problem("advice_stature_or_reference"))
    if stature_cm is not None:
        check_stature(stature_cm)
    clothing = Clothing.parse(clothing)
    allowance(clothing, "chest_girth")  # loose clothes: refused with advice before any work
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
    extra_warnings: list[str] = []
    stature_sd = 0.0
    if reference is not None:
        found = find_reference(front_image, reference, marker_mm, front_pose.mask > 0.5)
        implied = _reference_stature(found, front_pose, front_pose.mask, stature_cm or 170.0, focal_px)
        if not MIN_STATURE_CM <= implied <= MAX_STATURE_CM:
            raise MeasurementInputError(Problem("reference_implausible_height",
                                                reference=Problem(f"reference_{reference.value}"),
                                                height=f"{implied:.0f}"), Problem("advice_reference_flat"))
        if stature_cm is None:
            stature_cm, stature_sd = implied, REFERENCE_STATURE_SD * implied
            extra_warnings.append(MeasurementWarning.STATURE_FROM_REFERENCE.value)
        elif abs(implied / stature_cm - 1) > REFERENCE_AGREEMENT:
            extra_warnings.append(MeasurementWarning.STATED_HEIGHT_DISAGREES_WITH_REFERENCE.value)
    front_measures = analyse_front(front_pose, front_pose.mask, stature_cm, focal_px)
    side_measures = analyse_side(side_pose, side_pose.mask, stature_cm,
                                 front_measures.ankle_separation_cm / 2, focal_px)
    refuse_loose(front_measures, side_measures, stature_cm)
    profile = combine(front_measures, side_measures, stature_cm, sex, clothing=clothing, calibrated=calibrated)
    profile.warnings.extend(extra_warnings)
    if stature_sd:
        # Every length scales with the stature: widen each uncertainty by the stature's share.
        for key, value in profile.measurements_cm.items():
            profile.uncertainty_cm[key] = float(np.hypot(profile.uncertainty_cm.get(key, 0.0),
                                                         value * REFERENCE_STATURE_SD))
    for key, value in profile.measurements_cm.items():
        low, high = get_dimension(key).plausible_range_cm()
        if not low <= value <= high:
            raise MeasurementInputError(Problem("implausible_measurement", dimension=key, value=f"{value:.0f}"),
                                        Problem("advice_retake_photos"))
    return profile
