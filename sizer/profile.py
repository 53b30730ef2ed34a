"""A body profile: the measurements of one person, as `sizer measure --json` prints them.

The same JSON is read by `sizer recommend --profile`, saved by the app, and carried by the kiosk.
"""
from __future__ import annotations

import enum
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sizer.dimensions import DIMENSION_IDS, get_dimension
from sizer.errors import DataFileError, UnknownChoiceError


class FitPreference(str, enum.Enum):
    """How the shopper likes clothes to fit, when a body falls between two sizes."""

    SNUG = "snug"
    REGULAR = "regular"
    LOOSE = "loose"


@dataclass
class BodyProfile:
    measurements_cm: dict[str, float]
    uncertainty_cm: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    fit_preference: FitPreference = FitPreference.REGULAR

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "measurements_cm": {k: round(v, 1) for k, v in self.measurements_cm.items()},
            "uncertainty_cm": {k: round(v, 1) for k, v in self.uncertainty_cm.items()},
            "warnings": list(self.warnings),
            "fit_preference": self.fit_preference.value,
        }

    @classmethod
    def from_json_dict(cls, payload: Any, source: str = "<profile>") -> "BodyProfile":
        """Validate a parsed profile; every problem names the field and what would be valid."""
        if not isinstance(payload, dict):
            raise DataFileError(source, None, None, "a profile is a JSON object with 'measurements_cm'")
        raw = payload.get("measurements_cm")
        if not isinstance(raw, dict) or not raw:
            raise DataFileError(source, None, "measurements_cm",
                                'missing or empty; expected e.g. {"chest_girth": 96, "waist_girth": 82}')
        measurements = _read_lengths(raw, source, "measurements_cm", check_range=True)
        uncertainty = _read_lengths(payload.get("uncertainty_cm") or {}, source, "uncertainty_cm", check_range=False)
        warnings = payload.get("warnings") or []
        if not isinstance(warnings, list) or not all(isinstance(w, str) for w in warnings):
            raise DataFileError(source, None, "warnings", "expected a list of strings")
        preference_text = payload.get("fit_preference") or FitPreference.REGULAR.value
        try:
            preference = FitPreference(preference_text)
        except ValueError:
            raise DataFileError(source, None, "fit_preference",
                                f"{preference_text!r} is not one of {[p.value for p in FitPreference]}") from None
        return cls(measurements, uncertainty, list(warnings), preference)

    @classmethod
    def load(cls, path: str | Path) -> "BodyProfile":
        import stat

        path = Path(path)
        try:
            mode = path.stat().st_mode
            if not stat.S_ISREG(mode):  # a pipe or /dev/zero would be read without end
                what = "a folder" if stat.S_ISDIR(mode) else "not a regular file (a pipe or a device)"
                raise DataFileError(str(path), None, None, f"is {what}; give a profile .json file")
            if path.stat().st_size > _MAX_PROFILE_BYTES:
                raise DataFileError(str(path), None, None, "is far larger than a profile (over 1 MB)")
            payload = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise DataFileError(str(path), None, None, "file not found") from None
        except (UnicodeDecodeError, ValueError) as error:  # ValueError: JSON, or a number of 5,000 digits
            raise DataFileError(str(path), None, None, f"not valid JSON ({str(error)[:200]})") from None
        except RecursionError:
            raise DataFileError(str(path), None, None, "not a profile: the JSON is nested too deeply") from None
        return cls.from_json_dict(payload, str(path))


_MAX_PROFILE_BYTES = 1 << 20


def _read_lengths(raw: Any, source: str, field_name: str, check_range: bool) -> dict[str, float]:
    if not isinstance(raw, dict):
        raise DataFileError(source, None, field_name, "expected an object of dimension: centimetres")
    values: dict[str, float] = {}
    for key, value in raw.items():
        if key not in DIMENSION_IDS:
            raise DataFileError(source, None, f"{field_name}.{key}",
                                str(UnknownChoiceError("dimension", key, DIMENSION_IDS)))
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10 ** 9:
            value = math.inf  # an integer too large for a float is no length either
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            shown = repr(value) if not isinstance(value, (int, float)) or math.isfinite(value) else "a huge number"
            raise DataFileError(source, None, f"{field_name}.{key}", f"expected a number of cm, got {shown[:60]}")
        if check_range:
            low, high = get_dimension(key).plausible_range_cm()
            if not low <= value <= high:
                raise DataFileError(source, None, f"{field_name}.{key}",
                                    f"{value} cm is not a plausible {key}; expected {low:g} to {high:g} cm")
        elif value < 0:
            raise DataFileError(source, None, f"{field_name}.{key}", "an uncertainty cannot be negative")
        values[key] = float(value)
    return values
