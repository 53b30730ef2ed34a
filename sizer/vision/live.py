"""The per-frame live path: pose + silhouette + quality checks + measures, and the overlay.

One :class:`LivePipeline` per camera worker thread: it owns the pose backend (tracking mode), so
create, use and close it on that thread. ``process`` does not copy or store the frame.
"""
from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field

import numpy as np

from sizer.vision.camera_geometry import ViewGeometry
from sizer.vision.pose import SKELETON, MediaPipePoseBackend, PoseBackend, PoseMode, PoseResult
from sizer.vision.turn import TurnSample, turn_sample, yaw_sample
from sizer.vision.view_analysis import (DEFAULT_STANCE_HALF_WIDTH_CM, FrontMeasures, SideMeasures, analyse_front,
                                        analyse_side)
from sizer.vision.view_checks import ViewKind, ViewProblem, check_view, second_person_visible

CROWD_CHECK_EVERY = 60  # frames between looks for a second person (a second model run: not every frame)
# A look costs a second model run (~30 ms at 640x480, as much as a frame's own). Someone else can
# only appear by changing the picture around the person: while the scene outside the person's box
# is as it was at the last look that found no one, the next look waits, up to CROWD_RECHECK_MAX
# frames. The scene is compared on a sparse grid (every CROWD_GRID-th pixel's green channel): a
# cell counts as changed beyond sensor noise and JPEG ringing (a few grey levels), and the scene
# as changed when CROWD_CHANGED_SHARE of the cells outside the box did. The smallest second
# person counted (a third of the body's height, see second_person_visible) covers several times
# that share of a 640x480 frame.
CROWD_RECHECK_MAX = 300
CROWD_GRID = 8
CROWD_CHANGE_LEVELS = 24
CROWD_CHANGED_SHARE = 0.005
CROWD_BOX_PAD = 2  # grid cells around the person's box: their own edges and shadow move with them
# Problems that make a frame useless for the turn's widths (a turned view is what the turn is).
TURN_BLOCKING = {ViewProblem.NO_PERSON, ViewProblem.SEVERAL_PEOPLE, ViewProblem.BODY_CUT_OFF,
                 ViewProblem.TOO_CLOSE, ViewProblem.TOO_FAR, ViewProblem.NOT_UPRIGHT, ViewProblem.TOO_DARK,
                 ViewProblem.TOO_BRIGHT}
STILL_MOTION = 0.012  # median landmark motion per frame, as a share of body height, that counts as still


@dataclass
class FrameAnalysis:
    """What one frame showed. ``mask`` is the person mask (bool, frame size) or None."""

    frame_size: tuple[int, int]
    pose: PoseResult | None
    mask: np.ndarray | None
    expected_view: ViewKind | None
    problems: list[ViewProblem] = field(default_factory=list)
    motion: float = 0.0  # landmark motion since the previous frame / body height
    front: FrontMeasures | None = None
    side: SideMeasures | None = None
    turn: TurnSample | None = None  # the torso's widths for the quarter-turn girths (when asked for)
    latency_ms: float = 0.0
    # Tells repeated frames apart from new ones: a photo shown for many frames, or a frozen
    # camera, adds no information however often it is seen (the session counts it once).
    frame_digest: int = 0

    @property
    def still(self) -> bool:
        return self.motion <= STILL_MOTION

    @property
    def good(self) -> bool:
        """Measurable as the expected view, and still."""
        return not self.problems and self.still and (self.front is not None or self.side is not None)


class LivePipeline:
    """Frame in, :class:`FrameAnalysis` out. Measures only when the frame passes the checks."""

    def __init__(self, stature_cm: float | None = None, backend: PoseBackend | None = None,
                 focal_px: float | None = None, crowd_backend: PoseBackend | None = None):
        self.stature_cm = stature_cm
        self.focal_px = focal_px
        self._backend = backend or MediaPipePoseBackend(PoseMode.TRACKING)
        self._own_backend = backend is None
        self._previous: np.ndarray | None = None
        self.stance_half_width_cm = DEFAULT_STANCE_HALF_WIDTH_CM
        # A caller that runs many sessions passes long-lived backends: making MediaPipe graphs
        # over and over grows the process by megabytes each time.
        self._crowd_backend: PoseBackend | None = crowd_backend
        self._own_crowd_backend = crowd_backend is None
        self._last_front: ViewGeometry | None = None  # warm starts for the perspective solve
        self._last_side: ViewGeometry | None = None
        self._frames = 0
        self._crowd_seen_at = -CROWD_CHECK_EVERY
        self._crowd_checked_at = -CROWD_CHECK_EVERY
        self._crowd_due_from = -CROWD_CHECK_EVERY  # the last frame a look was due (made or not)
        self._crowd_scene: tuple[np.ndarray, tuple[int, int, int, int]] | None = None  # grid, person box
        self._last_digest: int | None = None
        # A frame seen again unchanged (a photo shown for a while, a frozen camera) is analysed
        # once more as a still image, exactly as `sizer measure` analyses a photo, and that
        # analysis stands for every further repeat: the same photos give the same numbers and
        # uncertainties in the CLI, the Measure page and the kiosk.
        self._still: tuple[int, ViewKind | None, FrameAnalysis] | None = None

    def _still_backend(self) -> PoseBackend:
        if self._crowd_backend is None:
            self._crowd_backend = MediaPipePoseBackend(PoseMode.STILL)
        return self._crowd_backend

    def _repeat_of_still(self, frame_bgr: np.ndarray, expected: ViewKind | None, digest: int,
                         started: float) -> FrameAnalysis:
        """The still-image analysis of a frame seen unchanged (made on its first repeat)."""
        self._frames += 1
        if self._still is not None and self._still[0] == digest and self._still[1] is expected:
            cached = self._still[2]
        else:
            height, width = frame_bgr.shape[:2]
            pose = self._still_backend().process(frame_bgr)
            mask = None if pose is None or pose.mask is None else pose.mask > 0.5
            cached = FrameAnalysis((width, height), pose, mask, expected, frame_digest=digest)
            if expected is not None:
                import cv2

                luma = float(cv2.cvtColor(frame_bgr[::4, ::4], cv2.COLOR_BGR2GRAY).mean())  # as the CLI reads it
                cached.problems = check_view(pose, mask, expected, luma)
                if pose is not None and ViewProblem.SEVERAL_PEOPLE not in cached.problems and \
                        second_person_visible(self._still_backend(), frame_bgr, pose, mask):
                    cached.problems.insert(0, ViewProblem.SEVERAL_PEOPLE)
            if self.stature_cm and expected is not None and not cached.problems:
                try:  # as photo_measure.measure_photos: the probability mask, no warm start
                    if expected is ViewKind.FRONT:
                        cached.front = analyse_front(pose, pose.mask, self.stature_cm, self.focal_px)
                        self.stance_half_width_cm = cached.front.ankle_separation_cm / 2
                    else:
                        cached.side = analyse_side(pose, pose.mask, self.stature_cm, self.stance_half_width_cm,
                                                   self.focal_px)
                except (ValueError, TypeError, IndexError):
                    cached.front = cached.side = None
            self._still = (digest, expected, cached)
        self._previous = None if cached.pose is None else cached.pose.points_px
        # Nothing moved between two identical frames.
        return dataclasses.replace(cached, problems=list(cached.problems), motion=0.0,
                                   latency_ms=(time.perf_counter() - started) * 1000)

    def process(self, frame_bgr: np.ndarray, expected: ViewKind | None = ViewKind.FRONT,
                turn: bool = True) -> FrameAnalysis:
        """``turn``: also read the torso's widths for the quarter-turn girths (from the frame after
        the first measured front view on: its geometry scales them). On by default, so that every
        caller of the guided session (kiosk, Measure page, ``sizer measure --video``) gets them."""
        started = time.perf_counter()
        # The sparse grid gathered into one contiguous block first: tobytes() on the strided view
        # walks it element by element (several times slower; the same bytes either way).
        digest = hash(np.ascontiguousarray(frame_bgr[::7, ::7]).tobytes())
        if digest == self._last_digest:
            return self._repeat_of_still(frame_bgr, expected, digest, started)
        self._last_digest = digest
        height, width = frame_bgr.shape[:2]
        pose = self._backend.process(frame_bgr)
        mask = None if pose is None or pose.mask is None else pose.mask > 0.5
        luma = float(frame_bgr[::8, ::8, 1].mean())  # green channel ~ luma, on a sparse grid: cheap
        analysis = FrameAnalysis((width, height), pose, mask, expected, frame_digest=digest)
        if expected is not None:
            analysis.problems = check_view(pose, mask, expected, luma)
            if pose is not None and mask is not None and self._frames - self._crowd_due_from >= CROWD_CHECK_EVERY:
                self._crowd_due_from = self._frames  # unchanged: the scene is compared again a cadence later
                scene = _scene_grid(frame_bgr, mask)
                if (self._crowd_seen_at >= self._crowd_checked_at  # someone else was there: look again
                        or self._frames - self._crowd_checked_at >= CROWD_RECHECK_MAX
                        or self._crowd_scene is None or _scene_changed(self._crowd_scene, scene)):
                    if self._crowd_backend is None:
                        self._crowd_backend = MediaPipePoseBackend(PoseMode.STILL)
                    self._crowd_checked_at = self._frames
                    self._crowd_scene = scene
                    if second_person_visible(self._crowd_backend, frame_bgr, pose, mask):
                        self._crowd_seen_at = self._frames
            if self._frames - self._crowd_seen_at < CROWD_CHECK_EVERY:
                analysis.problems.insert(0, ViewProblem.SEVERAL_PEOPLE)
        self._frames += 1
        if pose is not None:
            if self._previous is not None:
                extent = max(float(np.ptp(pose.points_px[:, 1])), 1.0)
                analysis.motion = float(np.median(np.linalg.norm(pose.points_px - self._previous, axis=1))) / extent
            self._previous = pose.points_px
        else:
            self._previous = None
        if self.stature_cm and expected is not None and not analysis.problems:
            try:
                if expected is ViewKind.FRONT:
                    analysis.front = analyse_front(pose, pose.mask, self.stature_cm, self.focal_px, self._last_front,
                                                   binary=mask)
                    self._last_front = analysis.front.geometry
                    self.stance_half_width_cm = analysis.front.ankle_separation_cm / 2
                else:
                    analysis.side = analyse_side(pose, mask, self.stature_cm, self.stance_half_width_cm,
                                                 self.focal_px, self._last_side)
                    self._last_side = analysis.side.geometry
            except (ValueError, TypeError, IndexError):  # a degenerate silhouette: skip the frame
                analysis.front = analysis.side = None
        if (turn and self.stature_cm and self._last_front is not None and pose is not None
                and pose.mask is not None and not set(analysis.problems) & TURN_BLOCKING):
            try:
                if expected is ViewKind.FRONT:
                    # Facing the camera the turn needs only the yaw (its anchor): the 0-degree
                    # width is the front view's own breadth.
                    analysis.turn = yaw_sample(pose, self._frames, "turn")
                else:
                    analysis.turn = turn_sample(pose, pose.mask, self._last_front, self.stature_cm, self._frames,
                                                "turn", binary=mask)
            except (ValueError, TypeError, IndexError):
                analysis.turn = None
        analysis.latency_ms = (time.perf_counter() - started) * 1000
        return analysis

    def close(self) -> None:
        if self._own_backend:
            self._backend.close()
        if self._crowd_backend is not None and self._own_crowd_backend:
            self._crowd_backend.close()
        self._crowd_backend = None

    def __enter__(self) -> "LivePipeline":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _scene_grid(frame_bgr: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """The frame's green channel on a sparse grid, and the person's box on it (padded)."""
    grid = frame_bgr[::CROWD_GRID, ::CROWD_GRID, 1].astype(np.int16)
    person = mask[::CROWD_GRID, ::CROWD_GRID]
    rows, columns = np.flatnonzero(person.any(axis=1)), np.flatnonzero(person.any(axis=0))
    if not rows.size:
        return grid, (0, 0, 0, 0)
    return grid, (max(int(rows[0]) - CROWD_BOX_PAD, 0), int(rows[-1]) + CROWD_BOX_PAD + 1,
                  max(int(columns[0]) - CROWD_BOX_PAD, 0), int(columns[-1]) + CROWD_BOX_PAD + 1)


def _scene_changed(before: tuple[np.ndarray, tuple], now: tuple[np.ndarray, tuple]) -> bool:
    """Whether the picture outside the person's box (then and now) changed beyond noise."""
    (old, box_old), (new, box_new) = before, now
    if old.shape != new.shape:
        return True
    outside = np.ones(new.shape, bool)
    for r0, r1, c0, c1 in (box_old, box_new):
        outside[r0:r1, c0:c1] = False
    count = int(outside.sum())
    if count == 0:
        return True
    changed = np.count_nonzero((np.abs(new - old) > CROWD_CHANGE_LEVELS) & outside)
    return changed > CROWD_CHANGED_SHARE * count


SKELETON_ENDS = np.array(SKELETON, dtype=np.intp)  # one row per bone: its two landmarks
GOOD_BGR = (80, 200, 60)
BAD_BGR = (40, 60, 230)


def draw_overlay(frame_bgr: np.ndarray, analysis: FrameAnalysis) -> np.ndarray:
    """Draw the skeleton and a status border onto the frame, in place (returns it)."""
    import cv2

    colour = GOOD_BGR if analysis.good else BAD_BGR
    pose = analysis.pose
    if pose is not None:
        seen = pose.visibility[SKELETON_ENDS] > 0.3
        lines = pose.points_px.astype(np.int32)[SKELETON_ENDS[seen.all(axis=1)]]  # (bones, 2 ends, xy)
        if len(lines):
            cv2.polylines(frame_bgr, lines, False, colour, 2, cv2.LINE_AA)
    height, width = frame_bgr.shape[:2]
    cv2.rectangle(frame_bgr, (0, 0), (width - 1, height - 1), colour, 4)
    return frame_bgr
