"""The girth models fitted on ANSUR II (scripts/fit_girth_models.py), loaded from sizer/data."""
from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from sizer.errors import DataFileError, UnknownChoiceError
from sizer.resources import data

MODELS_FILE = "girth_models.json"
CHEST_SILHOUETTE_FILE = "chest_silhouette_model.json"
RATIOS_FILE = "body_ratios.json"
LANDMARK_HEIGHTS_FILE = "landmark_heights.json"


class Sex(str, enum.Enum):
    """Optional: a per-sex model is tighter; without it the sex-agnostic model is used."""

    MALE = "male"
    FEMALE = "female"

    @classmethod
    def parse(cls, text: str | None) -> "Sex | None":
        if text is None:
            return None
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise UnknownChoiceError("sex", text, [s.value for s in cls]) from None


def ellipse_perimeter(breadth, depth):
    """Ramanujan's second approximation for an ellipse with full axes breadth and depth."""
    a = np.asarray(breadth, dtype=float) / 2.0
    b = np.asarray(depth, dtype=float) / 2.0
    h = ((a - b) / (a + b)) ** 2
    return np.pi * (a + b) * (1 + 3 * h / (10 + np.sqrt(4 - 3 * h)))


@dataclass(frozen=True)
class GirthModel:
    girth: str
    variant: str  # "any", "male" or "female"
    features: tuple[str, ...]
    coefficients: np.ndarray
    rmse_cm: float  # held-out, worst of the sexes it was tested on

    def predict(self, **features) -> np.ndarray:
        """Girth in cm; feature values may be arrays (broadcast), e.g. one per body level."""
        if "ellipse_perimeter_cm" in self.features and "ellipse_perimeter_cm" not in features:
            features["ellipse_perimeter_cm"] = ellipse_perimeter(features["breadth_cm"], features["depth_cm"])
        total = 0.0
        for name, coefficient in zip(self.features, self.coefficients):
            total = total + coefficient * (1.0 if name == "intercept" else np.asarray(features[name], float))
        return np.asarray(total, float)


@lru_cache(maxsize=4)
def _document(name: str = MODELS_FILE) -> dict:
    node = data(name)
    try:
        return json.loads(node.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise DataFileError(str(node), None, None, f"cannot read the girth models ({error})") from None


def load_girth_model(girth: str, sex: Sex | None = None) -> GirthModel:
    document = _document()
    models = document["models"]
    if girth not in models:
        raise UnknownChoiceError("girth model", girth, list(models))
    variant = sex.value if sex else "any"
    entry = models[girth][variant]
    features = tuple(entry["coefficients"])
    rmse = max(stats["rmse_cm"] for stats in entry["held_out"].values())
    return GirthModel(girth, variant, features, np.array([entry["coefficients"][f] for f in features]), rmse)


def body_ratio(name: str) -> float:
    """Median proportion of stature from ANSUR II (foot_length, foot_breadth, chest_height, ...)."""
    ratios = _document(RATIOS_FILE)["ratios"]
    if name not in ratios:
        raise UnknownChoiceError("body ratio", name, list(ratios))
    return float(ratios[name]["median"])


def landmark_height(view: str, name: str) -> tuple[float, float]:
    """(median, spread) of a pose keypoint's height over the stature in a front or side view, fitted
    on our own renders with their true cameras (scripts/fit_landmark_heights.py): hip, knee, ankle."""
    ratios = _document(LANDMARK_HEIGHTS_FILE)["ratios"]
    if view not in ratios or name not in ratios[view]:
        raise UnknownChoiceError("landmark height", f"{view} {name}", [f"{v} {n}" for v in ratios for n in ratios[v]])
    entry = ratios[view][name]
    return float(entry["median"]), float(entry["sd"])


def consistency_model(girth: str) -> tuple[dict[str, float], float]:
    """A torso girth from the other two and stature (ANSUR II): coefficients and the largest
    residual real bodies show (99.9th percentile, held out)."""
    entry = _document()["consistency"]["girths"][girth]
    return dict(entry["coefficients"]), float(entry["p99_9_abs_cm"])


def silhouette_chest_correction() -> tuple[float, float] | None:
    """(intercept, slope on the shoulder/hip ratio) added to the chest model's reading of a
    silhouette (scripts/fit_chest_ratio_correction.py); None when not fitted."""
    entry = _document().get("silhouette_chest")
    if not entry:
        return None
    return float(entry["coefficients"]["intercept"]), float(entry["coefficients"]["ratio"])


@dataclass(frozen=True)
class ChestSilhouetteModel:
    """The chest girth from what a front and a side silhouette show of the chest band, fitted on
    renders of our own making (scripts/fit_chest_silhouette.py): linear in ``features``."""

    coefficients: dict[str, float]
    rmse_cm: float  # held out (leave one out), bare bodies; clothing adds its allowance's spread

    def predict(self, features: dict[str, float]) -> float:
        return float(sum(c * (1.0 if name == "intercept" else features[name]) for name, c in self.coefficients.items()))


@lru_cache(maxsize=1)
def chest_silhouette_model() -> ChestSilhouetteModel | None:
    """None when the file is absent (the ANSUR chest model is used then)."""
    node = data(CHEST_SILHOUETTE_FILE)
    if not node.is_file():
        return None
    try:
        entry = json.loads(node.read_text(encoding="utf-8"))
        return ChestSilhouetteModel({k: float(v) for k, v in entry["coefficients"].items()},
                                    float(entry["held_out"]["bare"]["rmse_cm"]))
    except (OSError, json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        raise DataFileError(str(node), None, None, f"cannot read the chest silhouette model ({error})") from None
