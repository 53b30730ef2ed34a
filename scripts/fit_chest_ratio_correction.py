#!/usr/bin/env python3
"""Fit the chest model's silhouette correction on renders of our own making.

This correction serves the ANSUR chest model only where the silhouette chest model
(scripts/fit_chest_silhouette.py) cannot read its features, e.g. without a usable side view.

    .venv/bin/python scripts/fit_chest_ratio_correction.py FIT_FOLDER [CHECK_FOLDER ...] [--write]

The chest model is fitted on ANSUR II's calliper breadths (scripts/fit_girth_models.py); a
silhouette under the armpits is wider than a calliper's chest breadth, more so on men's broad
backs, so the model reads men's chests ~3 cm high. The correction is linear in the ratio of the
shoulder keypoints' width to the hips' largest breadth (which tells broad-shouldered from
broad-hipped bodies): chest += a + b * ratio. FIT_FOLDER and CHECK_FOLDERs are photo folders
rendered with OUR OWN seeds (../shared/tools/synth/generate.py --seed ..., or a gen_hard.py
condition folder), never the dev sets; --write stores a and b in sizer/data/girth_models.json
("silhouette_chest"), with the fit's and the checks' figures.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
MODELS = REPO / "sizer" / "data" / "girth_models.json"


def rows(folder: Path, backend) -> list[tuple[float, float, float]]:
    """(ratio, model chest, true chest) per subject of a photo folder."""
    from photo_folders import analysed_subjects
    from sizer.vision.body_measurements import chest_ratio, combine

    out = []
    for subject, record, front, side in analysed_subjects(folder, backend):
        stature = record["measurements_cm"]["stature_cm"]
        try:
            profile = combine(front, side, stature, silhouette_chest=False)
        except Exception as error:  # a refusal: not a row
            print(f"  {folder.name}/{subject}: refused ({str(error).splitlines()[0]})")
            continue
        out.append((chest_ratio(front), profile.measurements_cm["chest_girth"], record["measurements_cm"]["chest_cm"]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fit", type=Path)
    parser.add_argument("check", nargs="*", type=Path)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    from sizer.vision.pose import MediaPipePoseBackend, PoseMode, quiet_native_logs

    with quiet_native_logs(), MediaPipePoseBackend(PoseMode.STILL) as backend:
        fit_rows = np.array(rows(args.fit, backend))
        checks = {folder.name: np.array(rows(folder, backend)) for folder in args.check}
    ratio, model, true = fit_rows.T
    design = np.column_stack([np.ones_like(ratio), ratio])
    (a, b), *_ = np.linalg.lstsq(design, true - model, rcond=None)
    figures = {}
    for name, data in {"fit:" + args.fit.name: fit_rows, **{"check:" + k: v for k, v in checks.items()}}.items():
        if not len(data):
            continue
        r, m, t = data.T
        before, after = m - t, m + a + b * r - t
        figures[name] = {"n": int(len(t)), "mae_before_cm": round(float(np.mean(np.abs(before))), 2),
                         "mae_after_cm": round(float(np.mean(np.abs(after))), 2),
                         "max_after_cm": round(float(np.max(np.abs(after))), 2)}
        print(f"{name:28s} n={len(t):3d} chest MAE {figures[name]['mae_before_cm']:.2f} -> "
              f"{figures[name]['mae_after_cm']:.2f} cm (worst {figures[name]['max_after_cm']:.2f})")
    print(f"correction: chest += {a:+.3f} {b:+.3f} * ratio")
    if args.write:
        document = json.loads(MODELS.read_text(encoding="utf-8"))
        document["silhouette_chest"] = {
            "description": "chest_girth += intercept + ratio * (keypoint shoulder width / largest hip breadth), "
                           "for the model path (silhouette inputs); fitted on our own renders",
            "coefficients": {"intercept": round(float(a), 4), "ratio": round(float(b), 4)},
            "figures": figures, "script": "scripts/fit_chest_ratio_correction.py",
            "renders": [args.fit.name] + [p.name for p in args.check]}
        MODELS.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODELS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
