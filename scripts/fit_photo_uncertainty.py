#!/usr/bin/env python3
"""Refit the two-photo path's uncertainty scale (sizer/vision/body_measurements.SIGMA_SCALE).

    .venv/bin/python scripts/fit_photo_uncertainty.py FOLDER [FOLDER ...]

Each FOLDER is a photo folder rendered with OUR OWN seeds (../shared/tools/synth/, a generate.py
folder or a gen_hard.py condition folder), never a dev set; clothed conditions (tight, home,
kiosk) are measured as "fitted", loose ones are skipped. Measures every pair with the unscaled
uncertainties and prints, per measurement, the 68.3 % quantile of |error| / sigma (the factor that
puts the truth within one sigma for 68 % of them) and the 1- and 2-sigma coverage after scaling.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
TRUTH_KEYS = {"chest_girth": "chest_cm", "waist_girth": "waist_cm", "hip_girth": "hip_cm",
              "shoulder_width": "shoulder_width_cm", "arm_length": "arm_length_cm", "inside_leg": "inseam_cm"}
CLOTHED = {"tight", "home", "kiosk"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args(argv)
    from photo_folders import subjects
    from sizer.errors import MeasurementInputError
    from sizer.vision.photo_measure import measure_photos
    from sizer.vision.pose import MediaPipePoseBackend, PoseMode, quiet_native_logs

    ratios = {key: [] for key in TRUTH_KEYS}
    pairs = 0
    with quiet_native_logs(), MediaPipePoseBackend(PoseMode.STILL) as backend:
        for folder in args.folders:
            if folder.name == "loose":
                continue
            for subject, record, front, side in subjects(folder):
                measured = record["measurements_cm"]
                try:
                    profile = measure_photos(front, side, measured["stature_cm"], backend=backend, calibrated=False,
                                             clothing="fitted" if folder.name in CLOTHED else None)
                except MeasurementInputError:
                    continue
                pairs += 1
                for key, truth_key in TRUTH_KEYS.items():
                    error = profile.measurements_cm[key] - measured[truth_key]
                    ratios[key].append(abs(error) / max(profile.uncertainty_cm[key], 1e-6))
    print(f"{pairs} photo pairs measured")
    within = {1: [], 2: []}
    for key, values in ratios.items():
        values = np.array(values)
        scale = float(np.quantile(values, 0.683))
        for k in within:
            within[k] += list(values / scale <= k)
        print(f"{key:15s} scale {scale:.2f}  within 2 sigma after scaling {np.mean(values / scale <= 2):.0%}")
    print(f"pooled after scaling: within 1 sigma {np.mean(within[1]):.0%}, within 2 {np.mean(within[2]):.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
