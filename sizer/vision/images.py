"""Reading a photo for measurement: only 8-bit colour images of sane size, else a clear refusal."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from sizer.errors import MeasurementInputError

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
        raise MeasurementInputError(f"{label}: no such file", "Give the path of a JPEG or PNG photo.")
    size = path.stat().st_size
    if size == 0:
        raise MeasurementInputError(f"{label}: the file is empty", "Take or export the photo again.")
    if size > MAX_FILE_BYTES:
        raise MeasurementInputError(f"{label}: the file is {size / 1e6:.0f} MB, too large",
                                    "Use a normal camera photo (JPEG or PNG under 80 MB).")
    raw = np.fromfile(str(path), dtype=np.uint8)  # also works for non-ASCII paths on Windows
    header = _image_size(raw, cv2)
    if header is not None and header[0] * header[1] > MAX_PIXELS:
        raise MeasurementInputError(f"{label}: {header[0]}x{header[1]} pixels is too large",
                                    "Use a photo of at most 64 megapixels.")
    image = cv2.imdecode(raw, cv2.IMREAD_UNCHANGED)
    if image is None:
        raise MeasurementInputError(f"{label}: not a readable image",
                                    "Use a JPEG or PNG photo (8-bit colour).")
    if image.dtype != np.uint8:
        raise MeasurementInputError(f"{label}: {image.dtype.itemsize * 8}-bit image",
                                    "Export the photo as an ordinary 8-bit JPEG or PNG.")
    if image.ndim == 2 or (image.ndim == 3 and image.shape[2] == 1):
        raise MeasurementInputError(f"{label}: a greyscale image",
                                    "Use a colour photo: the person is found by colour against the background.")
    if image.shape[0] * image.shape[1] > MAX_PIXELS:
        raise MeasurementInputError(f"{label}: {image.shape[1]}x{image.shape[0]} pixels is too large",
                                    "Use a photo of at most 64 megapixels.")
    if min(image.shape[:2]) < MIN_SIDE_PX:
        raise MeasurementInputError(f"{label}: {image.shape[1]}x{image.shape[0]} pixels is too small",
                                    f"Use a photo at least {MIN_SIDE_PX} pixels on its short side.")
    if _is_cmyk_jpeg(raw):
        raise MeasurementInputError(f"{label}: a CMYK (print) image",
                                    "Export the photo in RGB colour (as a camera saves it).")
    # Decode again as colour: this applies the EXIF orientation of phone photos (a portrait taken
    # with the phone turned would otherwise arrive lying on its side) and drops any alpha channel.
    image = cv2.imdecode(raw, cv2.IMREAD_COLOR)
    channels = image.reshape(-1, 3)[:: max(1, image.shape[0] * image.shape[1] // 200_000)].astype(np.int16)
    if np.abs(channels[:, 0] - channels[:, 1]).max() <= 2 and np.abs(channels[:, 1] - channels[:, 2]).max() <= 2:
        raise MeasurementInputError(f"{label}: a greyscale image",
                                    "Use a colour photo: the person is found by colour against the background.")
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
