#!/usr/bin/env python3
"""Check the clothing allowances and the loose-clothing check on renders of our own making.

    .venv/bin/python scripts/fit_clothing.py RENDERS [RENDERS ...]

Each RENDERS folder is an output of ../shared/tools/synth/gen_hard.py run with OUR OWN seed
(e.g. --seed 424242 --conditions loose tight baseline), never the dev sets. Prints:
1. the fitted layer's allowance per measurement (over-clothes truth minus body truth, mean and
   sd over the `tight` subjects), to compare with sizer/data/clothing_allowance.toml [allowance.fitted];
2. the loose-clothing score (sizer/vision/clothing_check.py) of every subject of every condition,
   and how often LOOSE_SCORE refuses each condition (loose must be >= 90 %, the others ~0 %).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
TRUTH_KEYS = {"chest_girth": "chest_cm", "waist_girth": "waist_cm", "hip_girth": "hip_cm",
              "arm_length": "arm_length_cm", "inside_leg": "inseam_cm"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("renders", nargs="+", type=Path)
    args = parser.parse_args(argv)
    layers = {k: [] for k in TRUTH_KEYS}
    for root in args.renders:
        truth_file = root / "tight" / "truth.json"
        if truth_file.is_file():
            for record in json.loads(truth_file.read_text(encoding="utf-8"))["subjects"].values():
                over, body = record["measurements_cm_over_clothes"], record["measurements_cm"]
                for key, truth_key in TRUTH_KEYS.items():
                    layers[key].append(over[truth_key] - body[truth_key])
    print("fitted-clothing allowance (over clothes - body), own renders:")
    for key, values in layers.items():
        if values:
            print(f"  {key:12s} mean {np.mean(values):+5.2f} sd {np.std(values, ddof=1):4.2f} cm (n={len(values)})")

    from sizer.vision.clothing_check import LOOSE_SCORE, is_loose, loose_score, silhouette_clothing_features
    from photo_folders import analysed_subjects
    from sizer.vision.pose import MediaPipePoseBackend, PoseMode, quiet_native_logs

    refused: dict[str, list[bool]] = {}
    with quiet_native_logs(), MediaPipePoseBackend(PoseMode.STILL) as backend:
        for root in args.renders:
            for folder in sorted(p for p in root.iterdir() if (p / "truth.json").is_file()):
                for subject, record, front, side in analysed_subjects(folder, backend):
                    stature = record["measurements_cm"]["stature_cm"]
                    features = silhouette_clothing_features(front, side, stature)
                    score = loose_score(features)
                    refused.setdefault(folder.name, []).append(is_loose(features))
                    detail = " ".join(f"{k}={v:.2f}" for k, v in features.items())
                    print(f"  {folder.name:10s} {root.name}/{subject} score {score:5.2f}  {detail}")
    print(f"refused (score >= {LOOSE_SCORE} and a front hem):")
    for condition, flags in refused.items():
        print(f"  {condition:10s} {np.mean(flags):4.0%} of {len(flags)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
