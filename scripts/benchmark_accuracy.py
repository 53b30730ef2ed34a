#!/usr/bin/env python3
"""Accuracy of Sizer's measuring paths against exact truth, per capture condition.

    .venv/bin/python scripts/benchmark_accuracy.py                      # photos: ../shared/data/synth-dev
    .venv/bin/python scripts/benchmark_accuracy.py --hard [COND ...]    # photo pairs per synth-hard-dev condition
    .venv/bin/python scripts/benchmark_accuracy.py --turn               # turn videos through the live session
    .venv/bin/python scripts/benchmark_accuracy.py FOLDER --json        # any folder of that format

A photo folder holds <id>_front.(png|jpg), <id>_side.(png|jpg) and truth.json (synth-dev's format);
a turn folder holds <stem>.mp4 and truth.json with one camera entry per video (synth-turn-dev's).
Videos run the same guided session as the kiosk (sizer/vision/recording.py), frame by frame.
Prints per condition: MAE and worst error of chest, waist, hip, shoulder, arm and inside leg; the
refusal rate; the share of measured values whose truth lies within 1 and 2 stated sigma. A
clothing condition is measured as a shopper who answers the clothing question would have it
(tight -> fitted); loose is scored on its refusals (it must be refused). --cli runs the real
`sizer measure` per subject instead of calling the same functions in-process (slower).
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
SHARED = REPO.parent / "shared" / "data"

# Our dimension id -> the truth file's key.
TRUTH_KEYS = {
    "chest_girth": "chest_cm", "waist_girth": "waist_cm", "hip_girth": "hip_cm",
    "shoulder_width": "shoulder_width_cm", "arm_length": "arm_length_cm", "inside_leg": "inseam_cm",
}
SHORT = {"chest_girth": "chest", "waist_girth": "waist", "hip_girth": "hip", "shoulder_width": "shoulder",
         "arm_length": "arm", "inside_leg": "leg"}
GIRTHS = ("chest_girth", "waist_girth", "hip_girth")
# The answer a shopper gives to the one-tap clothing question, per synthetic condition.
CLOTHING_ANSWER = {"tight": "fitted", "home": "fitted", "kiosk": "fitted", "loose": "regular"}
MUST_REFUSE = {"loose"}


def _image(folder: Path, stem: str) -> Path:
    for suffix in (".png", ".jpg", ".jpeg"):
        if (folder / f"{stem}{suffix}").is_file():
            return folder / f"{stem}{suffix}"
    raise FileNotFoundError(folder / f"{stem}.png")


def _cli(arguments: list[str]) -> dict:
    done = subprocess.run([sys.executable, "-m", "sizer", "measure", *arguments, "--json"],
                          capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[0] if done.stderr.strip() else f"exit {done.returncode}")
    return json.loads(done.stdout)


def photo_cases(folder: Path, condition: str, clothing: str | None):
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["subjects"]
    for subject, record in sorted(truth.items()):
        yield condition, subject, record, ("photos", _image(folder, f"{subject}_front"),
                                           _image(folder, f"{subject}_side"), clothing)


def turn_cases(folder: Path):
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["subjects"]
    for subject, record in sorted(truth.items()):
        for stem, camera in sorted(record["cameras"].items()):
            yield f"turn_{camera.get('condition', 'video')}", stem, record, ("video", folder / camera["video"])


def measure(case, stature: float, backends, use_cli: bool) -> dict:
    kind = case[0]
    if kind == "photos":
        _, front, side, clothing = case
        if use_cli:
            extra = ["--clothing", clothing] if clothing else []
            return _cli(["--front", str(front), "--side", str(side), "--height-cm", f"{stature}", *extra])
        from sizer.vision.photo_measure import measure_photos

        return measure_photos(front, side, stature, backend=backends["still"], clothing=clothing).to_json_dict()
    _, video = case
    if use_cli:
        return _cli(["--video", str(video), "--height-cm", f"{stature}"])
    from sizer.vision.recording import measure_recording_path

    from sizer.vision.pose import MediaPipePoseBackend, PoseMode

    # A fresh tracking graph per video, as `sizer measure --video` has: a reused one starts from
    # the previous video's person.
    with MediaPipePoseBackend(PoseMode.TRACKING) as tracking:
        return measure_recording_path(video, stature, backend=tracking,
                                      crowd_backend=backends["still"]).to_json_dict()


def summarise(rows: list[dict]) -> dict:
    out = {"n": len(rows), "refused": sum(1 for r in rows if r.get("refused"))}
    measured = [r for r in rows if not r.get("refused")]
    within = {1: [], 2: []}
    for key in TRUTH_KEYS:
        errors = np.array([r["error"][key] for r in measured if key in r["error"]])
        sigmas = np.array([r["sigma"][key] for r in measured if key in r["error"]])
        out[key] = {"mae": float(np.mean(np.abs(errors))) if errors.size else None,
                    "max": float(np.max(np.abs(errors))) if errors.size else None,
                    "bias": float(np.mean(errors)) if errors.size else None}
        if errors.size:
            for k in within:
                within[k].extend(list(np.abs(errors) <= k * np.maximum(sigmas, 1e-6)))
    out["within_1sd"] = float(np.mean(within[1])) if within[1] else None
    out["within_2sd"] = float(np.mean(within[2])) if within[2] else None
    return out


def print_table(summary: dict[str, dict]) -> None:
    head = f"{'condition':14s} {'n':>3s} {'refused':>7s} " + " ".join(f"{SHORT[k]:>11s}" for k in TRUTH_KEYS)
    print(head + f" {'<=1sd':>6s} {'<=2sd':>6s}")
    print(f"{'':14s} {'':3s} {'':7s} " + " ".join(f"{'MAE/max':>11s}" for _ in TRUTH_KEYS))
    for condition, s in summary.items():
        cells = []
        for key in TRUTH_KEYS:
            m = s[key]
            cells.append(f"{m['mae']:5.1f}/{m['max']:5.1f}" if m["mae"] is not None else f"{'-':>11s}")
        w1 = f"{s['within_1sd']:6.0%}" if s["within_1sd"] is not None else f"{'-':>6s}"
        w2 = f"{s['within_2sd']:6.0%}" if s["within_2sd"] is not None else f"{'-':>6s}"
        print(f"{condition:14s} {s['n']:3d} {s['refused'] / max(s['n'], 1):7.0%} " + " ".join(cells) + f" {w1} {w2}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, help="a photo folder (default ../shared/data/synth-dev)")
    parser.add_argument("--hard", nargs="*", metavar="CONDITION",
                        help="synth-hard-dev conditions (all when none are named)")
    parser.add_argument("--turn", action="store_true", help="the synth-turn-dev videos")
    parser.add_argument("--hard-folder", type=Path, default=SHARED / "synth-hard-dev")
    parser.add_argument("--turn-folder", type=Path, default=SHARED / "synth-turn-dev")
    parser.add_argument("--subjects", type=int, help="only the first N subjects per condition")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="print every subject's errors")
    parser.add_argument("--cli", action="store_true", help="run `python -m sizer measure` per subject")
    args = parser.parse_args(argv)
    cases = []
    if args.hard is not None:
        conditions = args.hard or sorted(p.name for p in args.hard_folder.iterdir() if (p / "truth.json").is_file())
        for condition in conditions:
            cases += list(photo_cases(args.hard_folder / condition, condition, CLOTHING_ANSWER.get(condition)))
    if args.turn:
        cases += list(turn_cases(args.turn_folder))
    if args.folder is not None or not cases:
        folder = args.folder or SHARED / "synth-dev"
        cases += list(photo_cases(folder, folder.name, None))
    if args.subjects:
        kept, count = [], {}
        for case in cases:
            count[case[0]] = count.get(case[0], 0) + 1
            if count[case[0]] <= args.subjects:
                kept.append(case)
        cases = kept
    backends = {}
    if not args.cli:
        from sizer.vision.pose import MediaPipePoseBackend, PoseMode, quiet_native_logs

        with quiet_native_logs():
            backends = {"still": MediaPipePoseBackend(PoseMode.STILL)}
    rows: dict[str, list[dict]] = {}
    try:
        for condition, subject, record, case in cases:
            truth = record["measurements_cm"]
            row = {"subject": subject, "sex": record.get("sex"), "error": {}, "sigma": {}}
            try:
                if args.cli:
                    profile = measure(case, truth["stature_cm"], backends, True)
                else:
                    with quiet_native_logs():
                        profile = measure(case, truth["stature_cm"], backends, False)
            except Exception as error:  # a refusal: counted, with its reason
                row["refused"] = str(error).splitlines()[0]
            else:
                for key, truth_key in TRUTH_KEYS.items():
                    if key in profile["measurements_cm"]:
                        row["error"][key] = profile["measurements_cm"][key] - truth[truth_key]
                        row["sigma"][key] = profile["uncertainty_cm"].get(key, 0.0)
            rows.setdefault(condition, []).append(row)
            if args.verbose:
                detail = row.get("refused") or " ".join(f"{SHORT[k]} {v:+5.1f}({row['sigma'][k]:.1f})"
                                                        for k, v in row["error"].items())
                print(f"{condition:12s} {subject:12s} {detail}", flush=True)
    finally:
        for backend in backends.values():
            backend.close()
    summary = {condition: summarise(r) for condition, r in rows.items()}
    if args.json:
        print(json.dumps({"summary": summary, "rows": rows}, indent=1))
        return 0
    print_table(summary)
    for condition in summary:
        if condition in MUST_REFUSE:
            s = summary[condition]
            print(f"{condition}: refused {s['refused']} of {s['n']} (must be >= 90 %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
