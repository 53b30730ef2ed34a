"""A body profile: the measurements of one person, as `sizer measure --json` prints them.

The same JSON is read by `sizer recommend --profile`, saved by the app, and carried by the kiosk.
"""
from __future__ import annotations

import enum
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sizer.catalog.segments import Segment, parse_segment
from sizer.dimensions import DIMENSION_IDS
from sizer.errors import DataFileError, UnknownChoiceError, suggest
from sizer.problems import Problem

# A profile is a few hundred bytes; anything far larger (or endless, like /dev/zero) is not one.
MAX_PROFILE_BYTES = 64 * 1024
# An uncertainty wider than this says nothing about the body: no measurement we make is that loose.
MAX_UNCERTAINTY_CM = 50.0
# The keys of a profile JSON (what to_json_dict writes); any other key is a slip, never ignored.
PROFILE_KEYS = ("measurements_cm", "uncertainty_cm", "warnings", "fit_preference", "segment")
_PLAIN_DECIMAL = re.compile(r"-?\d{1,6}(?:\.\d{1,12})?(?:[eE][-+]?\d{1,3})?")


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
    segment: Segment | None = None  # whom to show first: chosen on the kiosk, or given in the file

    def to_json_dict(self) -> dict[str, Any]:
        """The JSON form; a measurement or uncertainty that is not a finite number is refused
        (ValueError), so a NaN from a failed live frame can never be written as a profile."""
        for name, numbers in (("measurements_cm", self.measurements_cm), ("uncertainty_cm", self.uncertainty_cm)):
            bad = [key for key, value in numbers.items() if not math.isfinite(value)]
            if bad:
                raise ValueError(f"{name}: {', '.join(bad)} not a finite number")
        payload = {
            "measurements_cm": {k: round(v, 1) for k, v in self.measurements_cm.items()},
            "uncertainty_cm": {k: round(v, 1) for k, v in self.uncertainty_cm.items()},
            "warnings": list(self.warnings),
            "fit_preference": self.fit_preference.value,
        }
        if self.segment is not None:
            payload["segment"] = self.segment.value
        return payload

    @classmethod
    def from_json_dict(cls, payload: Any, source: str = "<profile>", extra_keys: tuple[str, ...] = ()) -> "BodyProfile":
        """Validate a parsed profile; every problem names the field and what would be valid.

        A key other than :data:`PROFILE_KEYS` (and the caller's ``extra_keys``, e.g. a JSONL
        line's ``id``) is refused with the likely one it misspells."""
        if not isinstance(payload, dict):
            raise DataFileError(source, None, None, Problem("profile_not_object"))
        _check_keys(payload, source, (*PROFILE_KEYS, *extra_keys))
        segment = None
        if payload.get("segment"):
            try:
                named = payload["segment"]
                segment = parse_segment(named if isinstance(named, str) else str(shown_value(named)).strip("'"))
            except UnknownChoiceError as error:
                raise DataFileError(source, None, "segment", error.one_line()) from None
        raw = payload.get("measurements_cm")
        if not isinstance(raw, dict) or not raw:
            raise DataFileError(source, None, "measurements_cm", Problem("profile_no_measurements"))
        # plausible for whom the profile says it is (sizer.plausibility, as the catalogue and people files)
        measurements = _read_lengths(raw, source, "measurements_cm", check_range=True, segment=segment)
        uncertainty = _read_lengths(payload.get("uncertainty_cm") or {}, source, "uncertainty_cm", check_range=False)
        warnings = payload.get("warnings") or []
        if not isinstance(warnings, list) or not all(isinstance(w, str) for w in warnings):
            raise DataFileError(source, None, "warnings", Problem("profile_warnings_not_list"))
        preference_text = payload.get("fit_preference") or FitPreference.REGULAR.value
        try:
            preference = FitPreference(preference_text)
        except ValueError:
            raise DataFileError(source, None, "fit_preference",
                                Problem("profile_bad_fit", value=shown_value(preference_text),
                                        choices=[p.value for p in FitPreference])) from None
        return cls(measurements, uncertainty, list(warnings), preference, segment)

    @classmethod
    def load(cls, path: str | Path) -> "BodyProfile":
        import stat

        path = Path(path)
        try:
            mode = path.stat().st_mode
            if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):  # opening a pipe would wait for a writer
                raise DataFileError(str(path), None, None, Problem("profile_not_regular"))
            with path.open("rb") as stream:  # bounded: /dev/zero or a huge file is refused, not read
                data = stream.read(MAX_PROFILE_BYTES + 1)
        except FileNotFoundError:
            raise DataFileError(str(path), None, None, Problem("file_not_found")) from None
        except IsADirectoryError:
            raise DataFileError(str(path), None, None, Problem("profile_is_folder")) from None
        except OSError as error:
            raise DataFileError(str(path), None, None,
                                Problem("profile_unreadable", detail=str(error.strerror or error))) from None
        return cls.from_json_text(data, str(path))

    @classmethod
    def from_json_text(cls, data: bytes | str, source: str = "<profile>") -> "BodyProfile":
        """Parse and validate profile JSON text. Numbers must be plain JSON decimals: NaN,
        Infinity and numbers of absurd length are refused by name, never turned into floats."""
        if len(data) > MAX_PROFILE_BYTES:
            raise DataFileError(source, None, None, Problem("profile_too_large", kb=MAX_PROFILE_BYTES // 1024))
        try:
            text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
            payload = json.loads(text, parse_constant=_refuse_constant, parse_int=_plain_number,
                                 parse_float=_plain_number)
        except UnicodeDecodeError as error:
            raise DataFileError(source, None, None, Problem("profile_not_utf8", detail=str(error.reason))) from None
        except json.JSONDecodeError as error:
            # where, not Python's wording of it ("Expecting value: line 1 column 1 (char 0)")
            raise DataFileError(source, None, None, Problem("profile_not_json", detail=Problem(
                "at_line_column", line=error.lineno, column=error.colno))) from None
        except _NotPlain as error:
            raise DataFileError(source, None, None, error.args[0]) from None
        except RecursionError:
            raise DataFileError(source, None, None, Problem("profile_nested")) from None
        return cls.from_json_dict(payload, source)


class _NotPlain(ValueError):
    pass


def _refuse_constant(name: str):
    raise _NotPlain(Problem("profile_constant", name=name))


def _plain_number(token: str) -> float:
    if not _PLAIN_DECIMAL.fullmatch(token) or not math.isfinite(float(token)):
        raise _NotPlain(Problem("profile_not_plain_number", token=f"{token[:20]}{'…' if len(token) > 20 else ''}"))
    return float(token)



def _check_keys(payload: dict, source: str, allowed: tuple[str, ...]) -> None:
    for key in payload:
        if key in allowed:
            continue
        if key in DIMENSION_IDS:
            raise DataFileError(source, None, key, Problem("profile_measurement_outside", key=key))
        error = UnknownChoiceError("profile key", str(key), allowed)
        if not error.suggestions and suggest(str(key), DIMENSION_IDS):
            hint = suggest(str(key), DIMENSION_IDS)[0]
            raise DataFileError(source, None, str(key), Problem("profile_key_is_a_measurement", key=repr(str(key)),
                                                                hint=repr(hint)))
        raise DataFileError(source, None, str(key), error.one_line())


def shown_value(value: Any) -> str:
    """A JSON value as a message shows it: text quoted, numbers as written, the rest by kind."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}" if math.isfinite(value) else "a huge number"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return repr(value[:60])
    if value is None:
        return "null"
    return Problem("json_list") if isinstance(value, list) else Problem("json_object")


def _read_lengths(raw: Any, source: str, field_name: str, check_range: bool,
                  segment: Segment | None = None) -> dict[str, float]:
    if not isinstance(raw, dict):
        raise DataFileError(source, None, field_name, Problem("profile_lengths_not_object"))
    values: dict[str, float] = {}
    for key, value in raw.items():
        if key not in DIMENSION_IDS:
            raise DataFileError(source, None, f"{field_name}.{key}",
                                UnknownChoiceError("dimension", key, DIMENSION_IDS).one_line())
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10 ** 9:
            value = math.inf  # an integer too large for a float is no length either
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise DataFileError(source, None, f"{field_name}.{key}",
                                Problem("profile_not_cm_number", value=shown_value(value)))
        if check_range:
            from sizer import plausibility  # (imports the catalogue's segments, which import profiles)

            miss = plausibility.implausible(key, float(value), segment)
            if miss is not None:
                raise DataFileError(source, None, f"{field_name}.{key}", implausible_problem(
                    key, float(value), "cm", miss, miss.slip.sentence() if miss.slip else None))
        elif value < 0:
            raise DataFileError(source, None, f"{field_name}.{key}", Problem("profile_negative_uncertainty"))
        elif value > MAX_UNCERTAINTY_CM:
            raise DataFileError(source, None, f"{field_name}.{key}",
                                Problem("profile_huge_uncertainty", value=float(value), high=float(MAX_UNCERTAINTY_CM)))
        values[key] = float(value)
    return values


def implausible_problem(dimension: str, typed: float, unit: str, miss, hint: Any = None) -> Problem:
    """``30 cm is not a plausible chest girth; expected 70 to 160 cm for adults; <hint>``."""
    return Problem("measurement_implausible_for", value=float(typed), unit=unit,
                   dimension=dimension.replace("_", " "), expected=miss.expected,
                   hint=Problem("hint_unit_slip", slip=hint) if hint else "")
