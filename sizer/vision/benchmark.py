"""Speed of the live path (decode, pose, segmentation, checks, measures, turn widths, overlay) on 640x480 frames."""
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


def sample_frames(count: int) -> list[bytes]:
    """Encoded 640x480 frames of the bundled sample person, drifting a little like a live video.

    Every frame carries its own sensor noise, as a camera's do: two identical frames would be
    taken for a photo held up to the camera (analysed once, then served from the pipeline's
    cache), and the benchmark would time the cache instead of the live path.
    """
    import cv2

    person = cv2.imread(str(as_path(asset("samples", "person_front.png"))))
    height = BENCH_SIZE[1] - 20
    width = round(person.shape[1] * height / person.shape[0])
    person = cv2.resize(person, (width, height), interpolation=cv2.INTER_AREA)
    background = tuple(int(v) for v in person[2, 2])
    frames = []
    noise = np.random.default_rng(SENSOR_NOISE_SEED)
    for i in range(count):
        canvas = np.full((BENCH_SIZE[1], BENCH_SIZE[0], 3), background, np.uint8)
        dx = int(3 * np.sin(i / 7.0))  # a person never stands perfectly still
        x0 = (BENCH_SIZE[0] - person.shape[1]) // 2 + dx
        canvas[10:10 + height, x0:x0 + person.shape[1]] = person
        grain = noise.integers(-SENSOR_NOISE_LEVELS, SENSOR_NOISE_LEVELS + 1, canvas.shape, dtype=np.int16)
        canvas = np.clip(canvas + grain, 0, 255).astype(np.uint8)
        frames.append(cv2.imencode(".jpg", canvas, [cv2.IMWRITE_JPEG_QUALITY, 90])[1].tobytes())
    return frames


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


def run_benchmark(source: str | Path | None = None, frames: int = 300,
                  stature_cm: float = SAMPLE_STATURE_CM) -> dict:
    """Figures for ``sizer bench``: the full live path per frame, then bare inference on the same frames."""
    import cv2

    from sizer.vision.live import LivePipeline, draw_overlay
    from sizer.vision.pose import MediaPipePoseBackend, PoseMode

    encoded = sample_frames(frames) if source is None else source_frames(source, frames)
    if not encoded:
        from sizer.errors import MeasurementInputError

        raise MeasurementInputError(f"{source}: no frames could be read",
                                    "Give a video, an image or a folder of images.")
    buffers = [np.frombuffer(e, np.uint8) for e in encoded]
    decoded = [cv2.cvtColor(cv2.imdecode(b, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB) for b in buffers]
    latencies: list[float] = []
    measured = turn_frames = 0
    total = bare_total = 0.0
    block_ratios: list[float] = []  # bare rate / pipeline rate, per pair of neighbouring blocks
    # Pipeline and bare inference take turns over the same blocks of frames, so that a busy machine
    # slows both alike and the overhead figure compares like with like.
    with LivePipeline(stature_cm) as pipeline, MediaPipePoseBackend(PoseMode.TRACKING) as bare:
        pipeline.process(cv2.imdecode(buffers[0], cv2.IMREAD_COLOR))  # warm-up: graph start
        bare.infer(decoded[0])
        for block in range(0, len(buffers), BLOCK_FRAMES):
            started = time.perf_counter()
            for buffer in buffers[block:block + BLOCK_FRAMES]:
                t0 = time.perf_counter()
                frame = cv2.imdecode(buffer, cv2.IMREAD_COLOR)
                analysis = pipeline.process(frame, ViewKind.FRONT, turn=True)  # as the session runs it
                draw_overlay(frame, analysis)
                latencies.append((time.perf_counter() - t0) * 1000)
                measured += analysis.front is not None
                turn_frames += analysis.turn is not None
            pipeline_time = time.perf_counter() - started
            started = time.perf_counter()
            for rgb in decoded[block:block + BLOCK_FRAMES]:
                bare.infer(rgb)
            bare_time = time.perf_counter() - started
            total += pipeline_time
            bare_total += bare_time
            block_ratios.append(pipeline_time / bare_time)
    fps = len(buffers) / total
    bare_fps = len(buffers) / bare_total
    return {
        "frames": len(buffers),
        "fps": round(fps, 1),
        "latency_ms_p50": round(float(np.percentile(latencies, 50)), 1),
        "latency_ms_p95": round(float(np.percentile(latencies, 95)), 1),
        "bare_inference_fps": round(bare_fps, 1),
        # The median over neighbouring block pairs: on a shared machine another job's burst slows
        # one block of a pair, and a total over the run would charge it to whichever side it hit.
        "overhead_pct": round((float(np.median(block_ratios)) - 1) * 100, 1),
        "bare_rate_kept_pct": round(100 / float(np.median(block_ratios)), 1),
        "overhead_pct_of_totals": round((bare_fps / fps - 1) * 100, 1),
        "measured_frames": measured,
        "turn_frames": turn_frames,
    }
