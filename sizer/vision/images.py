"""Reading a photo for measurement: only 8-bit colour images of sane size, else a clear refusal."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from sizer.errors import MeasurementInputError
from sizer.problems import Problem

MAX_PIXELS = 64_000_000  # a 48-50 MP phone photo passes; bigger is a mistake or a decompression bomb
MIN_SIDE_PX = 240
MAX_FILE_BYTES = 80 * 1024 * 1024
MEASURE_LONG_SIDE_PX = 1280  # photos are analysed at this size: more detail buys nothing


def load_photo(path: str | Path) -> np.ndarray:
    """A BGR uint8 image from a file, or MeasurementInputError saying what is wrong with it."""
    import cv2

    path = Path(path)
    label = f"{path}"
    if not path.is_file():
        raise MeasurementInputError(Problem("photo_no_such_file", label=label), Problem("advice_give_photo_path"))
    size = path.stat().st_size
    if size == 0:
        raise MeasurementInputError(Problem("photo_empty", label=label), Problem("advice_photo_again"))
    if size > MAX_FILE_BYTES:
        raise MeasurementInputError(Problem("photo_too_large_mb", label=label, mb=f"{size / 1e6:.0f}"),
                                    Problem("advice_normal_photo"))
    raw = np.fromfile(str(path), dtype=np.uint8)  # also works for non-ASCII paths on Windows
    header = _image_size(raw, cv2)
    if header is not None and header[0] * header[1] > MAX_PIXELS:
        raise MeasurementInputError(Problem("photo_too_many_pixels", label=label, width=header[0], height=header[1]),
                                    Problem("advice_max_megapixels"))
    image = cv2.imdecode(raw, cv2.IMREAD_UNCHANGED)
    if image is None:
        raise MeasurementInputError(Problem("photo_unreadable", label=label), Problem("advice_jpeg_png"))
    if image.dtype != np.uint8:
        raise MeasurementInputError(Problem("photo_bit_depth", label=label, bits=image.dtype.itemsize * 8),
                                    Problem("advice_8_bit"))
    if image.ndim == 2 or (image.ndim == 3 and image.shape[2] == 1):
        raise MeasurementInputError(Problem("photo_greyscale", label=label), Problem("advice_colour_photo"))
    if image.shape[0] * image.shape[1] > MAX_PIXELS:
        raise MeasurementInputError(Problem("photo_too_many_pixels", label=label, width=image.shape[1],
                                            height=image.shape[0]), Problem("advice_max_megapixels"))
    if min(image.shape[:2]) < MIN_SIDE_PX:
        raise MeasurementInputError(Problem("photo_too_small", label=label, width=image.shape[1], height=image.shape[0]),
                                    Problem("advice_min_side", pixels=MIN_SIDE_PX))
    if _is_cmyk_jpeg(raw):
        raise MeasurementInputError(Problem("photo_cmyk", label=label), Problem("advice_rgb"))
    # Decode again as colour: this applies the EXIF orientation of phone photos (a portrait taken
    # with the phone turned would otherwise arrive lying on its side) and drops any alpha channel.
    image = cv2.imdecode(raw, cv2.IMREAD_COLOR)
    channels = image.reshape(-1, 3)[:: max(1, image.shape[0] * image.shape[1] // 200_000)].astype(np.int16)
    if np.abs(channels[:, 0] - channels[:, 1]).max() <= 2 and np.abs(channels[:, 1] - channels[:, 2]).max() <= 2:
        raise MeasurementInputError(Problem("photo_greyscale", label=label), Problem("advice_colour_photo"))
    return fit_long_side(image, MEASURE_LONG_SIDE_PX)


def fit_long_side(image: np.ndarray, long_side: int) -> np.ndarray:
    import cv2

    scale = long_side / max(image.shape[:2])
    if scale >= 1.0:
        return image
    return cv2.resize(image, (round(image.shape[1] * scale), round(image.shape[0] * scale)),
                      interpolation=cv2.INTER_AREA)


def _image_size(raw: np.ndarray, cv2) -> tuple[int, int] | None:
    """(width, height) from the header for PNG/JPEG without decoding, to refuse huge images cheaply."""
    data = raw[:65536].tobytes()
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    frame = _jpeg_frame_header(data)
    if frame is None:
        return None
    return int.from_bytes(data[frame + 7:frame + 9], "big"), int.from_bytes(data[frame + 5:frame + 7], "big")


def _is_cmyk_jpeg(raw: np.ndarray) -> bool:
    """JPEG whose frame header declares 4 components (CMYK/YCCK)."""
    data = raw[:65536].tobytes()
    frame = _jpeg_frame_header(data)
    return frame is not None and data[frame + 9] == 4


def _jpeg_frame_header(data: bytes) -> int | None:
    """Offset of a JPEG's start-of-frame marker (baseline, extended or progressive), or None."""
    if data[:2] != b"\xff\xd8":
        return None
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker in (0xC0, 0xC1, 0xC2):
            return i
        i += 2 + int.from_bytes(data[i + 2:i + 4], "big")
    return None
