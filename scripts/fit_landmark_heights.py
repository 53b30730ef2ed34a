#!/usr/bin/env python3
"""Fit how high the pose model's hip, knee and ankle keypoints lie, as shares of the stature.

    .venv/bin/python scripts/fit_landmark_heights.py FOLDER [FOLDER ...] [--write]

Each FOLDER is a photo folder rendered with OUR OWN seeds (../shared/tools/synth/gen_hard.py
condition folders or generate.py folders; never a dev set) whose truth.json holds each view's true
camera. Every keypoint's image row is carried back onto the body plane with that true camera, so its
height comes out exactly whatever the camera's height and tilt: these heights (per view, both
sides averaged) over the stature, their median and spread, are what the camera solve
(sizer/vision/view_analysis.py) takes as points of known height. Folders whose camera has lens
distortion (webcam, kiosk) are skipped (the true rows would need undistorting). ``--write`` stores
the result in sizer/data/landmark_heights.json.
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))
OUT = REPO / "sizer" / "data" / "landmark_heights.json"
# (name, left index, right index) of the BlazePose keypoints kept; only those on the body's axis
# plane (the joints), not the shoulders (their keypoint rides on the arm's pose) or the head.
POINTS = (("hip", 23, 24), ("knee", 25, 26), ("ankle", 27, 28))


def _height_on_plane(camera: dict, x_px: float, y_px: float, view: str) -> float:
    """Height (cm) where the ray through a pixel meets the body's plane (y=0 front, x=0 side)."""
    rotation = np.array(camera["R_world_to_cam"], float)
    translation = np.array(camera["t_world_to_cam"], float)
    ray = rotation.T @ np.array([(x_px - camera["cx"]) / camera["focal_px"],
                                 (y_px - camera["cy"]) / camera["focal_px"], 1.0])
    centre = -rotation.T @ translation
    axis = 1 if view == "front" else 0
    s = -centre[axis] / ray[axis]
    return float((centre[2] + s * ray[2]) * 100.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    from photo_folders import subjects
    from sizer.vision.images import load_photo
    from sizer.vision.pose import MediaPipePoseBackend, PoseMode, quiet_native_logs

    shares = {(view, name): [] for view in ("front", "side") for name, _, _ in POINTS}
    used = []
    with quiet_native_logs(), MediaPipePoseBackend(PoseMode.STILL) as backend:
        for folder in args.folders:
            truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["subjects"]
            if any("distortion" in str(r["cameras"]) for r in truth.values()):
                print(f"{folder}: lens distortion, skipped")
                continue
            used.append(f"{folder.parent.name}/{folder.name}")
            for subject, record, front, side in subjects(folder):
                stature = record["measurements_cm"]["stature_cm"]
                for view, path in (("front", front), ("side", side)):
                    pose = backend.process(load_photo(path))
                    if pose is None:
                        continue
                    camera = record["cameras"][view]
                    for name, left, right in POINTS:
                        heights = [_height_on_plane(camera, *pose.points_px[i], view) for i in (left, right)]
                        shares[(view, name)].append(float(np.mean(heights)) / stature)
    result = {}
    for (view, name), values in shares.items():
        values = np.array(values)
        result.setdefault(view, {})[name] = {"median": round(float(np.median(values)), 4),
                                             "sd": round(float(np.std(values, ddof=1)), 4), "n": int(values.size)}
        print(f"{view:5s} {name:6s} median {np.median(values):.4f} sd {np.std(values, ddof=1):.4f} n {values.size}")
    if args.write:
        document = {"schema": "sizer.landmark_heights/1",
                    "description": "Heights of the pose model's keypoints (mean of left and right) over the stature, "
                                   "per view, on renders of our own subjects with their true cameras "
                                   "(scripts/fit_landmark_heights.py): points of known height for the camera solve.",
                    "provenance": {"renders": "../shared/tools/synth/gen_hard.py, own seeds (folder: seed/condition)",
                                   "folders": used,
                                   "fitted_on": datetime.date.today().isoformat()},
                    "ratios": result}
        OUT.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
        print(f"written {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
