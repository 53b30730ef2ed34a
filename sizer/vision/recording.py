"""Measure a recorded capture (a video file or a folder of frames) through the guided live session.

This is what the kiosk and the Measure page run, frame by frame (LivePipeline + CaptureSession),
only fed from a file instead of a camera: ``sizer measure --video`` / ``--frames`` and the accuracy
benchmark score the real path with it. A capture that ends before the session is done is refused
with the guidance the session was giving most often, as advice.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from sizer.errors import MeasurementInputError
from sizer.profile import BodyProfile
from sizer.vision.girth_model import Sex
from sizer.vision.pose import PoseBackend
from sizer.vision.session import CaptureSession, Guidance, SessionStep

RECORDING_FRAMES_PER_VIEW = 15  # the kiosk's default (sizer/ui/settings.py KIOSK_FRAMES_PER_VIEW)

GUIDANCE_ADVICE = {
    Guidance.STEP_INTO_VIEW: "No person was found in the recording: stand 2-3 m from the camera, whole body in view.",
    Guidance.ONE_PERSON_ONLY: "More than one person is in view: only the person to be measured may be seen.",
    Guidance.STEP_BACK: "The body is cut off or too close: step back until head and feet are in view.",
    Guidance.STEP_CLOSER: "The person is too small in the picture: step closer.",
    Guidance.STAND_UPRIGHT: "Stand upright, feet slightly apart, looking ahead.",
    Guidance.FACE_CAMERA: "Face the camera squarely at the start of the recording.",
    Guidance.TURN_TO_SIDE: "Turn a quarter turn until your side faces the camera, and hold still there.",
    Guidance.ARMS_AWAY: "Hold the arms slightly away from the body (a hand's width).",
    Guidance.MORE_LIGHT: "The recording is too dark: turn on more light facing the person.",
    Guidance.LESS_BACKLIGHT: "The recording is overexposed: avoid a window or lamp behind the person.",
    Guidance.HOLD_STILL: "Hold still for about two seconds facing the camera, and again side-on.",
}


def measure_recording(source, stature_cm: float, sex: Sex | None = None, clothing=None,
                      frames_per_view: int = RECORDING_FRAMES_PER_VIEW, backend: PoseBackend | None = None,
                      crowd_backend: PoseBackend | None = None, focal_px: float | None = None,
                      name: str = "the recording") -> BodyProfile:
    """Run every frame of ``source`` (a FrameSource) through the live pipeline and the session.

    ``backend``/``crowd_backend``: long-lived pose backends to reuse (tracking and still mode);
    a new pair is opened and closed here otherwise. Raises MeasurementInputError when the
    recording ends before the session is done.
    """
    from sizer.vision.live import LivePipeline

    session = CaptureSession(stature_cm, sex, frames_per_view=frames_per_view, clothing=clothing)
    seen: Counter[Guidance] = Counter()
    frames = 0
    with LivePipeline(stature_cm, backend=backend, focal_px=focal_px, crowd_backend=crowd_backend) as pipeline:
        while (frame := source.read()) is not None:
            frames += 1
            state = session.feed(pipeline.process(frame, session.expected_view, turn=True))
            seen[state.guidance] += 1
            if state.step is SessionStep.DONE:
                return session.result()
    if frames == 0:
        raise MeasurementInputError(f"{name}: no frames could be read", "Give a video file or a folder of images.")
    state = session.state
    blocking = [g for g, _ in seen.most_common() if g in GUIDANCE_ADVICE and g is not Guidance.CAPTURING]
    advice = GUIDANCE_ADVICE[blocking[0]] if blocking else GUIDANCE_ADVICE[Guidance.HOLD_STILL]
    raise MeasurementInputError(
        f"{name}: the capture did not finish in {frames} frames (step '{state.step.value}', "
        f"{state.front_frames} of {frames_per_view} front and {state.side_frames} side frames)", advice)


def measure_recording_path(path: str | Path, stature_cm: float, **options) -> BodyProfile:
    """``measure_recording`` on a video file or a folder of frame images."""
    from sizer.vision.frames import ImageFolderSource, VideoFileSource

    path = Path(path)
    source = ImageFolderSource(path) if path.is_dir() else VideoFileSource(path)
    with source:
        return measure_recording(source, stature_cm, name=str(path), **options)
