#!/usr/bin/env python3
"""Fit the fitted-clothing allowance as the two photos' silhouettes read it, on renders of our own
making, and check that the bare waist and hip need no scale factor.

    .venv/bin/python scripts/fit_photo_allowance.py FOLDER [FOLDER ...]

Each FOLDER is a photo folder rendered with OUR OWN seeds (../shared/tools/synth/gen_hard.py
condition folders), never a dev set. Every pair is measured with no clothing answer. Bare
conditions give the least-squares factor through the origin (truth = factor x the reading; ~1 when
the geometry and the breadth-and-depth ellipse are unbiased). Clothed ones (tight, home, kiosk)
give, after that factor, what the fitted layer adds as the silhouettes read it (mean and sd: the
girths' entries of [allowance.fitted] in sizer/data/clothing_allowance.toml).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))
TRUTH_KEYS = {"chest_girth": "chest_cm", "waist_girth": "waist_cm", "hip_girth": "hip_cm"}
CLOTHED = {"tight", "home", "kiosk"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args(argv)
    from photo_folders import subjects
    from sizer.errors import MeasurementInputError
    from sizer.vision.photo_measure import measure_photos
    from sizer.vision.pose import MediaPipePoseBackend, PoseMode, quiet_native_logs

    raw = {True: {k: [] for k in TRUTH_KEYS}, False: {k: [] for k in TRUTH_KEYS}}
    with quiet_native_logs(), MediaPipePoseBackend(PoseMode.STILL) as backend:
        for folder in args.folders:
            if folder.name == "loose":
                continue
            clothed = folder.name in CLOTHED
            for subject, record, front, side in subjects(folder):
                truth = record["measurements_cm"]
                try:
                    profile = measure_photos(front, side, truth["stature_cm"], backend=backend, calibrated=False)
                except MeasurementInputError as error:
                    print(f"  {folder.name}/{subject}: refused ({str(error).splitlines()[0]})")
                    continue
                for key, truth_key in TRUTH_KEYS.items():
                    raw[clothed][key].append((profile.measurements_cm[key], truth[truth_key]))
    for key in ("waist_girth", "hip_girth"):
        bare = np.array(raw[False][key])
        factor = float(bare[:, 0] @ bare[:, 1] / (bare[:, 0] @ bare[:, 0]))
        residual = factor * bare[:, 0] - bare[:, 1]
        print(f"{key:12s} factor {factor:.4f} on {len(bare)} bare pairs: MAE {np.mean(np.abs(residual)):.2f} "
              f"(at 1: {np.mean(np.abs(bare[:, 0] - bare[:, 1])):.2f}) cm")
        clothed = np.array(raw[True][key])
        if clothed.size:
            layer = factor * clothed[:, 0] - clothed[:, 1]
            print(f"{'':12s} fitted layer as seen: {layer.mean():.2f} +- {layer.std(ddof=1):.2f} cm "
                  f"({len(clothed)} clothed pairs)")
    chest = np.array(raw[True]["chest_girth"])
    if chest.size:
        layer = chest[:, 0] - chest[:, 1]
        print(f"chest_girth  fitted layer as seen: {layer.mean():.2f} +- {layer.std(ddof=1):.2f} cm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
