"""The photo folders the fitting scripts read: ``<id>_front.*``, ``<id>_side.*`` and truth.json
(synth-dev's format, which our own renders share), subject by subject."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path


def subjects(folder: Path) -> Iterator[tuple[str, dict, Path, Path]]:
    """(subject id, its truth record, front photo, side photo), in id order."""
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["subjects"]
    for subject, record in sorted(truth.items()):
        front, side = (next(folder.glob(f"{subject}_{view}.*")) for view in ("front", "side"))
        yield subject, record, front, side


def analysed_subjects(folder: Path, backend) -> Iterator[tuple[str, dict, object, object]]:
    """(subject id, truth record, front and side analysis) of every subject the pose model finds
    in both photos (sizer.vision.view_analysis, at the subject's true stature)."""
    from sizer.vision.images import load_photo
    from sizer.vision.view_analysis import analyse_front, analyse_side

    for subject, record, front_path, side_path in subjects(folder):
        stature = record["measurements_cm"]["stature_cm"]
        front_pose, side_pose = backend.process(load_photo(front_path)), backend.process(load_photo(side_path))
        if front_pose is None or side_pose is None:
            continue
        front = analyse_front(front_pose, front_pose.mask, stature)
        yield subject, record, front, analyse_side(side_pose, side_pose.mask, stature, front.ankle_separation_cm / 2)
