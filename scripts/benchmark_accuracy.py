#!/usr/bin/env python3
"""Accuracy of `sizer measure` on a folder of front/side photos with ground truth (e.g. synth-dev).

    .venv/bin/python scripts/benchmark_accuracy.py [../shared/data/synth-dev] [--json] [--cli]

The folder holds <id>_front.png, <id>_side.png and truth.json (synth-dev's format). Prints, per
measurement, the mean absolute error, the bias, the worst error and the share of subjects within
2 cm; subjects that are refused count as failures. --cli runs the real command per subject (slower)
instead of calling the same function in-process.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# Our dimension id -> the truth file's key.
TRUTH_KEYS = {
    "chest_girth": "chest_cm", "waist_girth": "waist_cm", "hip_girth": "hip_cm", "neck_girth": "neck_cm",
    "shoulder_width": "shoulder_width_cm", "arm_length": "arm_length_cm", "inside_leg": "inseam_cm",
}
TARGET_MAE_CM = {"chest_girth": 2.5, "waist_girth": 2.5, "hip_girth": 2.5, "shoulder_width": 1.5,
                 "arm_length": 2.0, "inside_leg": 2.0}


def measure_in_process(backend, front: Path, side: Path, stature: float) -> dict[str, float]:
    from sizer.vision.photo_measure import measure_photos

    return measure_photos(front, side, stature, backend=backend).measurements_cm


def measure_with_cli(front: Path, side: Path, stature: float) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-m", "sizer", "measure", "--front", str(front), "--side", str(side),
                           "--height-cm", f"{stature}", "--json"], capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}")
    return json.loads(done.stdout)["measurements_cm"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=REPO.parent / "shared" / "data" / "synth-dev")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--cli", action="store_true", help="run `python -m sizer measure` per subject")
    args = parser.parse_args(argv)
    truth = json.loads((args.folder / "truth.json").read_text(encoding="utf-8"))["subjects"]
    backend = None
    if not args.cli:
        from sizer.vision.pose import MediaPipePoseBackend, PoseMode

        backend = MediaPipePoseBackend(PoseMode.STILL)
    errors: dict[str, list[float]] = {k: [] for k in TRUTH_KEYS}
    refused: list[str] = []
    rows = []
    try:
        for subject, record in sorted(truth.items()):
            front, side = args.folder / f"{subject}_front.png", args.folder / f"{subject}_side.png"
            stature = record["measurements_cm"]["stature_cm"]
            try:
                measured = (measure_with_cli(front, side, stature) if args.cli
                            else measure_in_process(backend, front, side, stature))
            except Exception as error:  # a refusal is a failure of the benchmark, not of this script
                refused.append(f"{subject}: {error}".splitlines()[0])
                continue
            row = {"subject": subject, "sex": record.get("sex")}
            for key, truth_key in TRUTH_KEYS.items():
                if key in measured and truth_key in record["measurements_cm"]:
                    error = measured[key] - record["measurements_cm"][truth_key]
                    errors[key].append(error)
                    row[key] = round(error, 1)
            rows.append(row)
    finally:
        if backend is not None:
            backend.close()
    total = len(truth)
    summary = {}
    for key, values in errors.items():
        e = np.array(values)
        summary[key] = {
            "mae_cm": round(float(np.mean(np.abs(e))), 2) if e.size else None,
            "bias_cm": round(float(np.mean(e)), 2) if e.size else None,
            "max_abs_cm": round(float(np.max(np.abs(e))), 2) if e.size else None,
            "within_2cm": round(float(np.sum(np.abs(e) <= 2.0)) / total, 2),
            "target_mae_cm": TARGET_MAE_CM.get(key),
        }
    if args.json:
        print(json.dumps({"subjects": total, "refused": refused, "summary": summary, "errors": rows}, indent=1))
        return 0
    print(f"{'subject':8s} " + " ".join(f"{k[:11]:>11s}" for k in TRUTH_KEYS))
    for row in rows:
        print(f"{row['subject']:8s} " + " ".join(f"{row.get(k, float('nan')):+11.1f}" for k in TRUTH_KEYS))
    print(f"\n{'measurement':16s} {'MAE':>6s} {'bias':>6s} {'max':>6s} {'<=2cm':>6s} {'target':>7s}")
    for key, s in summary.items():
        target = f"{s['target_mae_cm']:.1f}" if s["target_mae_cm"] else "-"
        print(f"{key:16s} {s['mae_cm']:6.2f} {s['bias_cm']:+6.2f} {s['max_abs_cm']:6.2f} {s['within_2cm']:6.0%} {target:>7s}")
    for line in refused:
        print(f"refused: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
