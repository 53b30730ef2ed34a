#!/usr/bin/env python3
"""Fit the turn's chest constants (sizer/vision/turn.py) on turn videos of our own making.

    .venv/bin/python scripts/fit_turn_chest.py RENDERS ORACLE

RENDERS: a folder from ../shared/tools/synth/gen_turn.py (own seed; never a dev set), ORACLE: its
--work folder (the exact torso outline per frame, <stem>.oracle.npz). Every video runs through the
live session (as `sizer measure --video`); printed:
- FRONT_SLOPE_SHARE: the facing breadth carried up under the armpits at shares 0, 0.5 and 1 of the
  clean rows' slope, against the exact torso outline at the chest level (frames facing the
  camera): bias and spread, and the spread per cm carried (FRONT_EXTEND_SD_PER_CM);
- DEVIATION_CHEST_CM: the turn's chest error with today's value, and the value that leaves it
  unbiased (the chest's hidden directions take the excess: the error moves pi * unseen share per cm).
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("renders", type=Path)
    parser.add_argument("oracle", type=Path)
    parser.add_argument("--videos", type=int, help="only the first N videos (a quick check)")
    args = parser.parse_args(argv)
    from sizer.errors import MeasurementInputError
    from sizer.vision import recording, turn
    from sizer.vision.body_measurements import correct_view_angles
    from sizer.vision.pose import MediaPipePoseBackend, PoseMode, quiet_native_logs
    from sizer.vision.session import CaptureSession, aggregate_front, aggregate_side
    from sizer.vision.view_analysis import Z_GRID_CM

    sessions: list[CaptureSession] = []

    class KeptSession(CaptureSession):  # the session's turn track and views, read after the run
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            sessions.append(self)

    recording.CaptureSession = KeptSession
    truth = json.loads((args.renders / "truth.json").read_text(encoding="utf-8"))["subjects"]
    carried, chest_errors, unseen = {0.0: [], 0.5: [], 1.0: []}, [], []
    reach_cm = []
    with quiet_native_logs(), MediaPipePoseBackend(PoseMode.STILL) as still:
        for subject, record in sorted(truth.items()):
            for stem, camera in sorted(record["cameras"].items()):
                if args.videos is not None and len(chest_errors) >= args.videos:
                    break
                with MediaPipePoseBackend(PoseMode.TRACKING) as tracking:
                    try:
                        profile = recording.measure_recording_path(
                            args.renders / camera["video"], record["measurements_cm"]["stature_cm"],
                            backend=tracking, crowd_backend=still)
                    except MeasurementInputError as error:
                        print(f"{stem}: refused ({str(error).splitlines()[0]})")
                        continue
                session = sessions[-1]
                front, side = aggregate_front(session._front), aggregate_side(session._side)
                breadth, _ = correct_view_angles(front, side)
                oracle = np.load(args.oracle / f"{stem}.oracle.npz")
                extent = oracle["torso_ext"][:, 0]  # chest level: axis x, y, left, right, depth (m)
                widths = (extent[:, 3] - extent[:, 2]) * extent[:, 4] * 100 / oracle["K"][0, 0]
                true_breadth = float(np.median(widths[oracle["yaw"] < 1.0]))
                level = int(np.argmin(np.abs(Z_GRID_CM - record["levels_cm"]["chest_z"])))
                chest_error = profile.measurements_cm["chest_girth"] - record["measurements_cm"]["chest_cm"]
                chest_errors.append(chest_error)
                correction = session.turn.correction(breadth, correct_view_angles(front, side)[1])
                unseen.append(1.0 - float(correction.coverage[level]) if correction is not None else 1.0)
                if not math.isfinite(breadth[level]):
                    top = int(np.flatnonzero(np.isfinite(breadth)).max())
                    reach_cm.append(float(Z_GRID_CM[level] - Z_GRID_CM[top]))
                    saved = turn.FRONT_SLOPE_SHARE
                    for share in carried:
                        turn.FRONT_SLOPE_SHARE = share
                        carried[share].append(float(turn._extend_front_up(breadth)[0][level]) - true_breadth)
                    turn.FRONT_SLOPE_SHARE = saved
                print(f"{stem}: chest {chest_error:+.1f} cm", flush=True)
    if reach_cm:
        print(f"chest breadth carried up in {len(reach_cm)} videos, {np.mean(reach_cm):.1f} cm on average:")
        for share, errors in carried.items():
            e = np.array(errors)
            print(f"  slope share {share:.1f}: bias {e.mean():+.2f} cm, spread {e.std():.2f} cm "
                  f"({e.std() / max(np.mean(reach_cm), 0.5):.2f} per cm carried)")
    if chest_errors:
        bias = float(np.mean(chest_errors))
        share = float(np.mean(unseen))
        print(f"turn chest: MAE {np.mean(np.abs(chest_errors)):.2f}, bias {bias:+.2f} cm with DEVIATION_CHEST_CM "
              f"{turn.DEVIATION_CHEST_CM}; unbiased at {turn.DEVIATION_CHEST_CM - bias / (math.pi * share):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
