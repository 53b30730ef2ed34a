"""The live path's look for a second person: made at its cadence while the scene changes, skipped
while the picture around the person stays as it was at the last look that found no one."""
from __future__ import annotations

import cv2
import numpy as np

from sizer.vision import live
from sizer.vision.benchmark import SAMPLE_STATURE_CM, sample_frames
from sizer.vision.live import CROWD_CHECK_EVERY, CROWD_RECHECK_MAX, LivePipeline
from sizer.vision.pose import MediaPipePoseBackend, PoseMode
from sizer.vision.view_checks import ViewKind, ViewProblem


class CannedBackend:
    """The same pose for every frame (the pipeline's checks only need one that passes)."""

    def __init__(self, result):
        self.result = result

    def process(self, frame_bgr):
        return self.result

    def close(self):
        pass


class CountingCrowdBackend:
    """A still-image backend that counts its runs and finds someone once ``found`` is set."""

    def __init__(self, other):
        self.calls = 0
        self.other = other
        self.found = False

    def process(self, frame_bgr):
        self.calls += 1
        return self.other if self.found else None

    def close(self):
        pass


def _frames_and_pose(count: int):
    frames = [cv2.imdecode(np.frombuffer(f, np.uint8), cv2.IMREAD_COLOR) for f in sample_frames(count)]
    with MediaPipePoseBackend(PoseMode.STILL) as still:
        pose = still.process(frames[0])
    assert pose is not None
    return frames, pose


def _run(pipeline, frames):
    return [pipeline.process(frame, ViewKind.FRONT, turn=False) for frame in frames]


def test_an_unchanged_scene_is_looked_at_once_per_recheck_interval_and_a_change_at_the_cadence():
    frames, pose = _frames_and_pose(CROWD_CHECK_EVERY * 3)
    crowd = CountingCrowdBackend(pose)
    with LivePipeline(SAMPLE_STATURE_CM, backend=CannedBackend(pose), crowd_backend=crowd) as pipeline:
        analyses = _run(pipeline, frames)
        assert crowd.calls == 1  # the first frame only: the sensor noise is not a change
        assert all(ViewProblem.SEVERAL_PEOPLE not in a.problems for a in analyses)
        # Someone walks in at the frame's left edge, away from the person, just as the next look
        # is due (frame 3 x CROWD_CHECK_EVERY): it is made.
        changed = []
        for frame in frames[:CROWD_CHECK_EVERY]:
            frame = frame.copy()
            frame[150:470, 10:70] = (40, 30, 90)
            changed.append(frame)
        crowd.found = True
        analyses = _run(pipeline, changed)
        assert crowd.calls == 2
        seen = [ViewProblem.SEVERAL_PEOPLE in a.problems for a in analyses]
        assert all(seen)
        # Someone was found: the looks go on at the cadence even though nothing changes further.
        _run(pipeline, changed * 2)
        assert crowd.calls == 4


def test_an_unchanged_scene_is_still_looked_at_after_the_recheck_interval():
    frames, pose = _frames_and_pose(CROWD_RECHECK_MAX + 2)
    crowd = CountingCrowdBackend(pose)
    with LivePipeline(SAMPLE_STATURE_CM, backend=CannedBackend(pose), crowd_backend=crowd) as pipeline:
        _run(pipeline, frames)
    assert crowd.calls == 2  # frame 0 and frame CROWD_RECHECK_MAX


def test_scene_change_ignores_the_person_moving_and_noise():
    rng = np.random.default_rng(3)
    frame = np.full((480, 640, 3), 180, np.uint8)
    mask = np.zeros((480, 640), bool)
    mask[40:460, 280:360] = True
    before = live._scene_grid(frame, mask)
    moved = np.full((480, 640, 3), 180, np.uint8)
    moved[40:460, 300:380] = 60  # the person, moved 20 px (their mask moved with them)
    moved_mask = np.zeros((480, 640), bool)
    moved_mask[40:460, 300:380] = True
    noisy = np.clip(moved + rng.integers(-6, 7, moved.shape), 0, 255).astype(np.uint8)
    assert not live._scene_changed(before, live._scene_grid(noisy, moved_mask))
    noisy[200:300, 20:60] = 20  # a small dark object appears, far from the person
    assert live._scene_changed(before, live._scene_grid(noisy, moved_mask))
