"""Speed of the live path on 640x480 frames, against bare inference on the same frames.

What each side includes (both start from the same decoded BGR frame, as a camera's ``read()``
delivers it: decoding is the frame source's work, the same whatever runs after it, so it is
timed once up front and reported on its own as ``decode_ms``):

- live path: what the kiosk's capture processor runs per frame: ``LivePipeline.process``
  (colour conversion, pose and segmentation, quality checks, the second-person check at its
  cadence, the view's measures, the quarter turn's yaw facing the camera and its torso widths
  side-on), the guided session's ``feed`` (guidance, the good frames and the turn's samples
  kept) and the overlay drawn on a copy of the frame. Not included: the QImage copy for the
  screen (the GUI's, whatever it shows) and the session's one-off result at its end.
- bare inference: the pose model alone on the same frame (BGR to RGB, which the model needs,
  and the model call on a read-only array, which MediaPipe wraps without a copy, as the live
  path passes it).

The frames follow a session: the first half face the camera (the front view's measures and the
turn's yaw), the second half are side-on (the side view's measures and the turn's widths).
"""
from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from sizer.resources import as_path, asset
from sizer.vision.frames import open_source
from sizer.vision.view_checks import ViewKind

BENCH_SIZE = (640, 480)
SAMPLE_STATURE_CM = 182.3  # the bundled sample's stature (assets/samples/README.md)
BLOCK_FRAMES = 10  # pipeline and bare inference alternate in blocks this long
SENSOR_NOISE_LEVELS = 2  # +-2 grey levels per pixel: a webcam's grain in good light
SENSOR_NOISE_SEED = 15


def sample_frames(count: int, view: str = "front", seed: int = SENSOR_NOISE_SEED) -> list[bytes]:
    """Encoded 640x480 frames of the bundled sample person (``view``: front or side), drifting a
    little like a live video.

    Every frame carries its own sensor noise, as a camera's do: two identical frames would be
    taken for a photo held up to the camera (analysed once, then served from the pipeline's
    cache), and the benchmark would time the cache instead of the live path.
    """
    import cv2

    person = cv2.imread(str(as_path(asset("samples", f"person_{view}.png"))))
    height = BENCH_SIZE[1] - 20
    width = round(person.shape[1] * height / person.shape[0])
    person = cv2.resize(person, (width, height), interpolation=cv2.INTER_AREA)
    background = tuple(int(v) for v in person[2, 2])
    frames = []
    noise = np.random.default_rng(seed)
    for i in range(count):
        canvas = np.full((BENCH_SIZE[1], BENCH_SIZE[0], 3), background, np.uint8)
        dx = int(3 * np.sin(i / 7.0))  # a person never stands perfectly still
        x0 = (BENCH_SIZE[0] - person.shape[1]) // 2 + dx
        canvas[10:10 + height, x0:x0 + person.shape[1]] = person
        grain = noise.integers(-SENSOR_NOISE_LEVELS, SENSOR_NOISE_LEVELS + 1, canvas.shape, dtype=np.int16)
        canvas = np.clip(canvas + grain, 0, 255).astype(np.uint8)
        frames.append(cv2.imencode(".jpg", canvas, [cv2.IMWRITE_JPEG_QUALITY, 90])[1].tobytes())
    return frames


def session_frames(count: int) -> list[tuple[bytes, ViewKind]]:
    """The sample person facing the camera for the first half of ``count`` frames, then side-on."""
    front = count - count // 2
    return ([(frame, ViewKind.FRONT) for frame in sample_frames(front)]
            + [(frame, ViewKind.SIDE) for frame in sample_frames(count - front, "side", SENSOR_NOISE_SEED + 1)])


def source_frames(source: str | Path, count: int) -> list[bytes]:
    import cv2

    frames = []
    with open_source(str(source), frame_size=BENCH_SIZE) as frames_in:
        for frame in frames_in:
            frames.append(cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 90])[1].tobytes())
            if len(frames) >= count:
                break
    while frames and len(frames) < count:  # short clips loop
        frames.extend(frames[: count - len(frames)])
    return frames


def _blocks(views: list[ViewKind]) -> list[range]:
    """Blocks of up to BLOCK_FRAMES neighbouring frames, none across a change of view."""
    blocks, start = [], 0
    for i in range(1, len(views) + 1):
        if i == len(views) or views[i] is not views[start] or i - start == BLOCK_FRAMES:
            blocks.append(range(start, i))
            start = i
    return blocks


def _kept_pct(ratios: list[float]) -> float | None:
    return round(100 / float(np.median(ratios)), 1) if ratios else None


def run_benchmark(source: str | Path | None = None, frames: int = 300,
                  stature_cm: float = SAMPLE_STATURE_CM) -> dict:
    """Figures for ``sizer bench``: the live path per frame, then bare inference on the same frames
    (see the module's docstring for what each side includes)."""
    import cv2

    from sizer.vision.live import LivePipeline, draw_overlay
    from sizer.vision.pose import MediaPipePoseBackend, PoseMode
    from sizer.vision.session import CaptureSession

    # One frame more than timed: the warm-up's own, so that no timed frame repeats it (a repeat
    # is served as a still photo, not by the live path).
    if source is None:
        clip = session_frames(frames + 1)
        clip = clip[1:] + clip[:1]
    else:
        clip = [(frame, ViewKind.FRONT) for frame in source_frames(source, frames + 1)]
    if len(clip) < 2:
        from sizer.errors import MeasurementInputError

        raise MeasurementInputError(f"{source}: no frames could be read",
                                    "Give a video, an image or a folder of images.")
    warm_up, timed = clip[-1], clip[:-1]
    started = time.perf_counter()
    decoded = [cv2.imdecode(np.frombuffer(encoded, np.uint8), cv2.IMREAD_COLOR) for encoded, _view in timed]
    decode_ms = (time.perf_counter() - started) * 1000 / len(decoded)
    views = [view for _encoded, view in timed]
    latencies: list[float] = []
    measured = turn_frames = 0
    total = bare_total = 0.0
    cpu = bare_cpu = 0.0  # this thread's CPU time on each side (the model's own threads not counted)
    # bare rate / pipeline rate, per pair of neighbouring blocks, for all blocks and for each view
    block_ratios: dict[ViewKind | None, list[float]] = {None: [], ViewKind.FRONT: [], ViewKind.SIDE: []}
    # Pipeline and bare inference take turns over the same blocks of frames, so that a busy machine
    # slows both alike and the overhead figure compares like with like.
    # The session never completes here (the bench's frames, not its guidance, say which view is
    # shown): it is fed every frame, as the kiosk feeds it while collecting.
    session = CaptureSession(stature_cm, frames_per_view=len(decoded) + 1)
    with LivePipeline(stature_cm) as pipeline, MediaPipePoseBackend(PoseMode.TRACKING) as bare:
        warm_frame = cv2.imdecode(np.frombuffer(warm_up[0], np.uint8), cv2.IMREAD_COLOR)
        pipeline.process(warm_frame)  # graph start
        bare.infer(cv2.cvtColor(warm_frame, cv2.COLOR_BGR2RGB))
        for block in _blocks(views):
            block_frames = [decoded[i] for i in block]
            block_views = [views[i] for i in block]
            started, cpu_started = time.perf_counter(), time.thread_time()
            for frame, view in zip(block_frames, block_views):
                t0 = time.perf_counter()
                analysis = pipeline.process(frame, view, turn=True)  # as the session runs it
                session.feed(analysis)
                draw_overlay(frame.copy(), analysis)  # as the kiosk's capture processor draws it
                latencies.append((time.perf_counter() - t0) * 1000)
                measured += analysis.front is not None or analysis.side is not None
                turn_frames += analysis.turn is not None
            pipeline_time = time.perf_counter() - started
            cpu += time.thread_time() - cpu_started
            started, cpu_started = time.perf_counter(), time.thread_time()
            for frame in block_frames:
                rgb = cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)
                rgb.flags.writeable = False  # as the live path passes it: MediaPipe wraps it, no copy
                bare.infer(rgb)
            bare_time = time.perf_counter() - started
            bare_cpu += time.thread_time() - cpu_started
            total += pipeline_time
            bare_total += bare_time
            ratio = pipeline_time / bare_time
            block_ratios[None].append(ratio)
            block_ratios[block_views[0]].append(ratio)
    fps = len(decoded) / total
    bare_fps = len(decoded) / bare_total
    figures = {
        "frames": len(decoded),
        "fps": round(fps, 1),
        "latency_ms_p50": round(float(np.percentile(latencies, 50)), 1),
        "latency_ms_p95": round(float(np.percentile(latencies, 95)), 1),
        "bare_inference_fps": round(bare_fps, 1),
        # The median over neighbouring block pairs: on a shared machine another job's burst slows
        # one block of a pair, and a total over the run would charge it to whichever side it hit.
        "overhead_pct": round((float(np.median(block_ratios[None])) - 1) * 100, 1),
        "bare_rate_kept_pct": _kept_pct(block_ratios[None]),
        "bare_rate_kept_pct_front": _kept_pct(block_ratios[ViewKind.FRONT]),
        "bare_rate_kept_pct_side": _kept_pct(block_ratios[ViewKind.SIDE]),
        "overhead_pct_of_totals": round((bare_fps / fps - 1) * 100, 1),
        "decode_ms": round(decode_ms, 2),  # the frame source's JPEG decode, outside both sides
        # The live path's own work on the calling thread, per frame: checks, measures, turn, overlay
        # (CPU time, so a busy machine inflates it far less than the wall-clock figures; the
        # second-person check's model run is on the model's threads and not in it).
        "live_path_cpu_ms": round((cpu - bare_cpu) * 1000 / len(decoded), 2),
        "measured_frames": measured,
        "turn_frames": turn_frames,
    }
    return {key: value for key, value in figures.items() if value is not None}
