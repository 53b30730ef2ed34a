"""Measurement accuracy over every synth-dev subject, and the honesty of the stated uncertainty.

One subject with +-4-6 cm tolerances could not catch a regression of a few centimetres on other
bodies; these bounds are over all ten subjects (5 women, 5 men), a little above what the current
pipeline measures (see the report of the round that set them), so a real regression fails them.
"""
from __future__ import annotations

import json

import numpy as np
import pytest

from sizer.vision.photo_measure import measure_photos
from sizer.vision.pose import MediaPipePoseBackend, PoseMode

TRUTH_KEYS = {"chest_girth": "chest_cm", "waist_girth": "waist_cm", "hip_girth": "hip_cm",
              "inside_leg": "inseam_cm", "shoulder_width": "shoulder_width_cm", "arm_length": "arm_length_cm",
              "neck_girth": "neck_cm"}
# Mean absolute error bound over the ten subjects (measured at the time: chest 2.0, waist 0.6,
# hip 1.5, inside leg 0.5, shoulder 0.7, arm 1.4, neck 1.5 cm), and the worst single error allowed.
MAE_BOUND_CM = {"chest_girth": 3.0, "waist_girth": 1.5, "hip_girth": 2.5, "inside_leg": 1.2,
                "shoulder_width": 1.2, "arm_length": 2.2, "neck_girth": 2.5}
MAX_ERROR_CM = 6.0


@pytest.mark.slow
@pytest.mark.shared_data
def test_every_development_subject_is_measured_within_bounds_and_its_uncertainty(synth_dev_dir):
    subjects = json.loads((synth_dev_dir / "truth.json").read_text())["subjects"]
    errors = {key: [] for key in TRUTH_KEYS}
    sigmas = {key: [] for key in TRUTH_KEYS}
    with MediaPipePoseBackend(PoseMode.STILL) as backend:
        for subject, record in subjects.items():
            truth = record["measurements_cm"]
            profile = measure_photos(synth_dev_dir / f"{subject}_front.png", synth_dev_dir / f"{subject}_side.png",
                                     truth["stature_cm"], backend=backend)
            for key, truth_key in TRUTH_KEYS.items():
                errors[key].append(profile.measurements_cm[key] - truth[truth_key])
                sigmas[key].append(profile.uncertainty_cm[key])
    assert len(errors["waist_girth"]) == len(subjects) >= 10
    for key in TRUTH_KEYS:
        error, sigma = np.array(errors[key]), np.array(sigmas[key])
        assert np.abs(error).mean() <= MAE_BOUND_CM[key], (key, np.round(error, 1))
        assert np.abs(error).max() <= MAX_ERROR_CM, (key, np.round(error, 1))
        # Honest uncertainty: about 95 % of errors lie within 2 sigma; allow one of ten outside.
        assert np.mean(np.abs(error) <= 2 * sigma) >= 0.9, (key, np.round(error, 1), np.round(sigma, 1))
        # ...and not so wide that it says nothing (ideal renders: the real-capture spread is wider).
        assert np.median(sigma) <= 4.0, (key, np.round(sigma, 1))
