#!/usr/bin/env python3
"""Fit the chest model that reads silhouettes, on renders of our own making.

    .venv/bin/python scripts/fit_chest_silhouette.py FOLDER [FOLDER ...] [--write]

Each FOLDER is a photo folder rendered with OUR OWN seeds (../shared/tools/synth/generate.py or a
gen_hard.py condition folder: <id>_front.*, <id>_side.*, truth.json), never a dev set. A folder
named after a clothed condition (tight, home, kiosk) is measured as a shopper who answered
"fitted": its target is the body's chest plus the fitted allowance that the measurement later
subtracts. The model is linear in sizer.vision.body_measurements.chest_silhouette_features (the
side view's largest chest depth, the front view's largest breadth under the armpits, the shoulder
keypoints' width, how far below the armpit the breadth begins); the figures are leave-one-out.
--write stores it in sizer/data/chest_silhouette_model.json.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
OUT = REPO / "sizer" / "data" / "chest_silhouette_model.json"
FEATURES = ("intercept", "depth_max_cm", "breadth_max_cm", "keypoint_shoulder_width_cm",
            "breadth_top_below_armpit_cm")
CLOTHED = {"tight", "home", "kiosk"}


def rows(folder: Path, backend) -> list[tuple[list[float], float, str]]:
    """(features, target chest, condition) per measurable subject of a photo folder."""
    from sizer.errors import MeasurementInputError
    from sizer.vision.body_measurements import chest_silhouette_features, correct_view_angles
    from photo_folders import analysed_subjects
    from sizer.vision.clothing import Clothing, allowance

    layer = allowance(Clothing.FITTED, "chest_girth").mean_cm if folder.name in CLOTHED else 0.0
    out = []
    for subject, record, front, side in analysed_subjects(folder, backend):
        try:
            breadth, depth = correct_view_angles(front, side)
        except MeasurementInputError:
            continue
        seen = chest_silhouette_features(front, breadth, depth)
        if seen is None:
            print(f"  {folder.name}/{subject}: chest band not seen")
            continue
        out.append(([1.0 if f == "intercept" else seen[0][f] for f in FEATURES],
                    record["measurements_cm"]["chest_cm"] + layer, folder.name))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    from sizer.vision.pose import MediaPipePoseBackend, PoseMode, quiet_native_logs

    data = []
    with quiet_native_logs(), MediaPipePoseBackend(PoseMode.STILL) as backend:
        for folder in args.folders:
            data += rows(folder, backend)
    x = np.array([d[0] for d in data])
    y = np.array([d[1] for d in data])
    conditions = np.array([d[2] for d in data])
    coefficients, *_ = np.linalg.lstsq(x, y, rcond=None)
    held_out = np.empty(len(y))
    for i in range(len(y)):
        keep = np.arange(len(y)) != i
        c, *_ = np.linalg.lstsq(x[keep], y[keep], rcond=None)
        held_out[i] = x[i] @ c - y[i]
    clothed = np.isin(conditions, list(CLOTHED))
    figures = {}
    for name, pick in (("bare", ~clothed), ("clothed", clothed), ("all", np.ones(len(y), bool)),
                       *((str(c), conditions == c) for c in sorted(set(conditions)))):
        if pick.any():
            e = held_out[pick]
            figures[name] = {"n": int(pick.sum()), "mae_cm": round(float(np.mean(np.abs(e))), 2),
                             "rmse_cm": round(float(np.sqrt(np.mean(e ** 2))), 2),
                             "max_abs_cm": round(float(np.max(np.abs(e))), 2)}
            print(f"{name:12s} n={pick.sum():3d} held-out MAE {figures[name]['mae_cm']:.2f} "
                  f"RMSE {figures[name]['rmse_cm']:.2f} worst {figures[name]['max_abs_cm']:.2f} cm")
    print("chest = " + " + ".join(f"{c:.3f}*{f}" for f, c in zip(FEATURES, coefficients)))
    if args.write:
        document = {
            "schema": "sizer.chest_silhouette_model/1",
            "description": "Chest girth (cm) = sum of coefficient * feature "
                           "(sizer.vision.body_measurements.chest_silhouette_features), fitted by least squares "
                           "on renders of our own subjects (own seeds), clothed ones against body + fitted allowance.",
            "coefficients": {f: round(float(c), 4) for f, c in zip(FEATURES, coefficients)},
            "held_out": figures,
            "renders": [str(p) for p in args.folders],
            "script": "scripts/fit_chest_silhouette.py",
            "fitted_on": date.today().isoformat(),
        }
        OUT.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
