#!/usr/bin/env python3
"""Fit the girth models the camera measurement uses, on ANSUR II, and write sizer/data/girth_models.json.

    .venv/bin/python scripts/fit_girth_models.py [--ansur ../shared/data/ansur2] [--out sizer/data/girth_models.json]

A camera sees a body's breadth (front view) and depth (side view) at a level, not its girth.
ANSUR II measured breadth, depth and girth of the same 6,068 people, so the relation is fitted here
on real bodies: girth = c0 + c1*E(b, d) + c2*b + c3*d + c4*stature, where E is Ramanujan's ellipse
perimeter (the shape term; the linear terms absorb how real sections differ from ellipses).
Chest girth also takes the waist and hip breadths and the shoulder (biacromial) breadth, all seen
in the front view: without them a sex-agnostic chest model errs 3.5 cm RMS, with them 2.6 cm,
because men's and women's chests relate to their breadth and depth differently and the body's
proportions tell the two apart.
Neck girth has no breadth/depth in ANSUR, so it is predicted from the other girths and stature; it
is ANSUR's `neckcircumference` (square to the neck, just below the Adam's apple: where a shirt
collar sits, as sizer/dimensions.py defines neck_girth), not the larger `neckcircumferencebase`.

Models are fitted sex-agnostic (both sexes weighted equally, because the app does not ask for sex)
and per sex (used when the person states it). Every fifth subject (subject id % 5 == 0) is held
out; the coefficients come from the other four fifths and the residuals written beside them are
those of the held-out fifth, so the uncertainty the app reports is an honest out-of-sample figure.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
DEFAULT_ANSUR = REPO.parent / "shared" / "data" / "ansur2"
DEFAULT_OUT = REPO / "sizer" / "data" / "girth_models.json"
RATIOS_FILE = "body_ratios.json"  # written beside the girth models
# Proportions of stature the camera geometry relies on (ANSUR column -> ratio name).
RATIO_COLUMNS = {"lateralmalleolusheight": "ankle_height", "footlength": "foot_length",
                 "footbreadthhorizontal": "foot_breadth", "chestheight": "chest_height",
                 "waistheightomphalion": "waist_omphalion_height"}

# ANSUR column names (mm): girth, breadth, depth for each torso girth the camera measures.
TORSO_GIRTHS = {
    "chest_girth": ("chestcircumference", "chestbreadth", "chestdepth"),
    "waist_girth": ("waistcircumference", "waistbreadth", "waistdepth"),
    "hip_girth": ("buttockcircumference", "hipbreadth", "buttockdepth"),
}
TORSO_FEATURES = ["intercept", "ellipse_perimeter_cm", "breadth_cm", "depth_cm", "stature_cm"]
# Extra front-view breadths per girth (feature name -> ANSUR column).
EXTRA_FEATURES = {
    "chest_girth": {"waist_breadth_cm": "waistbreadth", "hip_breadth_cm": "hipbreadth",
                    "shoulder_width_cm": "biacromialbreadth"},
    "waist_girth": {},
    "hip_girth": {},
}
NECK_FEATURES = ["intercept", "chest_girth_cm", "waist_girth_cm", "stature_cm"]
SEXES = ("male", "female")
# Cross-checks of a camera measurement: each torso girth from the other two and stature. A girth
# far off what the other two predict (beyond what ANSUR's bodies ever show) is a misread level or
# an arm merged into the torso, and is refused rather than reported.
GIRTH_COLUMNS = {"chest_girth": "chestcircumference", "waist_girth": "waistcircumference",
                 "hip_girth": "buttockcircumference"}
# Depth-to-breadth ratios of the torso's sections real bodies have (for the loose-clothing check).
SECTION_RATIOS = {"waist_depth_breadth": ("waistdepth", "waistbreadth"),
                  "chest_depth_breadth": ("chestdepth", "chestbreadth"),
                  "waist_chest_depth": ("waistdepth", "chestdepth")}


def ellipse_perimeter(breadth, depth):
    """Ramanujan's second approximation of the perimeter of an ellipse with these full axes."""
    a = np.asarray(breadth, dtype=float) / 2.0
    b = np.asarray(depth, dtype=float) / 2.0
    h = ((a - b) / (a + b)) ** 2
    return np.pi * (a + b) * (1 + 3 * h / (10 + np.sqrt(4 - 3 * h)))


def read_ansur(folder: Path) -> dict[str, dict[str, np.ndarray]]:
    """Per sex, the columns this script needs, in cm, plus the subject id and hold-out flag."""
    needed = {c for cols in TORSO_GIRTHS.values() for c in cols} | {"stature", "neckcircumference"}
    needed |= {c for extra in EXTRA_FEATURES.values() for c in extra.values()}
    needed |= set(RATIO_COLUMNS) | {c for pair in SECTION_RATIOS.values() for c in pair}
    tables: dict[str, dict[str, np.ndarray]] = {}
    for sex in SEXES:
        path = folder / f"ansur2_{sex}.csv"
        with path.open(encoding="latin-1", newline="") as handle:
            rows = list(csv.DictReader(handle))
        columns = {name.lower(): name for name in rows[0]}
        table = {c: np.array([float(r[columns[c]]) / 10.0 for r in rows]) for c in sorted(needed)}
        table["subjectid"] = np.array([int(r[columns["subjectid"]]) for r in rows])
        tables[sex] = table
    return tables


def torso_design(table, girth_key: str, mask):
    girth_col, breadth_col, depth_col = TORSO_GIRTHS[girth_key]
    b, d = table[breadth_col][mask], table[depth_col][mask]
    extra = [table[column][mask] for column in EXTRA_FEATURES[girth_key].values()]
    x = np.column_stack([np.ones_like(b), ellipse_perimeter(b, d), b, d, table["stature"][mask]] + extra)
    return x, table[girth_col][mask]


def neck_design(table, mask):
    t = table
    x = np.column_stack([np.ones(mask.sum()), t["chestcircumference"][mask], t["waistcircumference"][mask],
                         t["stature"][mask]])
    return x, t["neckcircumference"][mask]


def fit(designs: list[tuple[np.ndarray, np.ndarray]]):
    """Least squares over several groups, each weighted so that every group counts the same."""
    xs, ys, ws = [], [], []
    for x, y in designs:
        xs.append(x)
        ys.append(y)
        ws.append(np.full(len(y), 1.0 / len(y)))
    x, y, w = np.vstack(xs), np.concatenate(ys), np.sqrt(np.concatenate(ws))
    coefficients, *_ = np.linalg.lstsq(x * w[:, None], y * w, rcond=None)
    return coefficients


def residual_stats(coefficients, x, y) -> dict[str, float]:
    residual = x @ coefficients - y
    return {
        "n": int(len(y)),
        "rmse_cm": round(float(np.sqrt(np.mean(residual ** 2))), 3),
        "mae_cm": round(float(np.mean(np.abs(residual))), 3),
        "bias_cm": round(float(np.mean(residual)), 3),
        "p95_abs_cm": round(float(np.percentile(np.abs(residual), 95)), 3),
        "max_abs_cm": round(float(np.max(np.abs(residual))), 3),
    }


def fit_all(tables) -> dict:
    held_out = {sex: tables[sex]["subjectid"] % 5 == 0 for sex in SEXES}
    models: dict[str, dict] = {}
    for girth_key in list(TORSO_GIRTHS) + ["neck_girth"]:
        design = (lambda t, m, g=girth_key: torso_design(t, g, m)) if girth_key != "neck_girth" else neck_design
        features = TORSO_FEATURES + list(EXTRA_FEATURES[girth_key]) if girth_key != "neck_girth" else NECK_FEATURES
        entry: dict[str, dict] = {}
        train = {sex: design(tables[sex], ~held_out[sex]) for sex in SEXES}
        test = {sex: design(tables[sex], held_out[sex]) for sex in SEXES}
        pooled = fit([train[s] for s in SEXES])
        entry["any"] = {
            "coefficients": dict(zip(features, (round(float(c), 6) for c in pooled))),
            "held_out": {sex: residual_stats(pooled, *test[sex]) for sex in SEXES},
        }
        for sex in SEXES:
            own = fit([train[sex]])
            entry[sex] = {
                "coefficients": dict(zip(features, (round(float(c), 6) for c in own))),
                "held_out": {sex: residual_stats(own, *test[sex])},
            }
        models[girth_key] = entry
    return models


def fit_consistency(tables) -> dict:
    """Per torso girth: coefficients on the other two girths and stature (sexes weighted equally),
    with held-out residual figures; and the spread of the sections' depth-to-breadth ratios."""
    held_out = {sex: tables[sex]["subjectid"] % 5 == 0 for sex in SEXES}
    models = {}
    for girth, column in GIRTH_COLUMNS.items():
        others = [g for g in GIRTH_COLUMNS if g != girth]
        features = ["intercept"] + [f"{g}_cm" for g in others] + ["stature_cm"]

        def design(table, mask, others=others, column=column):
            x = np.column_stack([np.ones(mask.sum())] + [table[GIRTH_COLUMNS[g]][mask] for g in others]
                                + [table["stature"][mask]])
            return x, table[column][mask]

        coefficients = fit([design(tables[s], ~held_out[s]) for s in SEXES])
        held = {s: residual_stats(coefficients, *design(tables[s], held_out[s])) for s in SEXES}
        residuals = np.concatenate([design(tables[s], held_out[s])[0] @ coefficients - design(tables[s], held_out[s])[1]
                                    for s in SEXES])
        models[girth] = {"coefficients": dict(zip(features, (round(float(c), 6) for c in coefficients))),
                         "held_out": held,
                         "p99_9_abs_cm": round(float(np.percentile(np.abs(residuals), 99.9)), 3)}
    ratios = {}
    for name, (numerator, denominator) in SECTION_RATIOS.items():
        values = np.concatenate([tables[s][numerator] / tables[s][denominator] for s in SEXES])
        ratios[name] = {f"p{q}": round(float(np.percentile(values, q)), 4) for q in (0.1, 1, 50, 99, 99.9)}
    return {"girths": models, "section_ratios": ratios}


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ansur", type=Path, default=DEFAULT_ANSUR, help="folder with ansur2_male.csv, ansur2_female.csv")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not (args.ansur / "ansur2_male.csv").exists():
        print(f"ANSUR II not found in {args.ansur}; keeping the shipped {args.out}", file=sys.stderr)
        return 0
    tables = read_ansur(args.ansur)
    document = {
        "schema": "sizer.girth_models/1",
        "description": "Girth from breadth and depth (and stature) for camera measurement; "
                       "units cm. 'any' is sex-agnostic (sexes weighted equally); 'male'/'female' per sex. "
                       "Torso: girth = sum(coef * feature) with ellipse_perimeter_cm = Ramanujan perimeter of "
                       "an ellipse with full axes breadth and depth. Neck: from chest and waist girth and stature.",
        "features": {key: TORSO_FEATURES + list(extra) for key, extra in EXTRA_FEATURES.items()}
        | {"neck_girth": NECK_FEATURES},
        "provenance": {
            "source": "ANSUR II 2012 public release (Gordon et al. 2014, NATICK/TR-15/007)",
            "files": {f"ansur2_{s}.csv": file_digest(args.ansur / f"ansur2_{s}.csv") for s in SEXES},
            "subjects": {s: int(len(tables[s]["stature"])) for s in SEXES},
            "columns": {k: list(v) + list(EXTRA_FEATURES[k].values()) for k, v in TORSO_GIRTHS.items()} | {
                "neck_girth": ["neckcircumference", "chestcircumference", "waistcircumference", "stature"]},
            "split": "held out: subjectid % 5 == 0; coefficients fitted on the rest",
            "script": "scripts/fit_girth_models.py",
            "fitted_on": date.today().isoformat(),
        },
        "models": fit_all(tables),
        "consistency": fit_consistency(tables),
    }
    if args.out.is_file():  # fitted on renders by scripts/fit_chest_ratio_correction.py, not on ANSUR: kept
        previous = json.loads(args.out.read_text(encoding="utf-8"))
        if "silhouette_chest" in previous:
            document["silhouette_chest"] = previous["silhouette_chest"]
    write_atomic(args.out, json.dumps(document, indent=1) + "\n")
    ratios = {
        "schema": "sizer.body_ratios/1",
        "description": "Median proportion of stature (both sexes weighted equally) and its spread, "
                       "used by the camera geometry (ankle height above the floor, foot length and breadth), as the "
                       "prior camera height the guide asks for (chest height) and for the level at which ANSUR took "
                       "the waist breadth the chest model reads (waist height at the omphalion).",
        "provenance": {k: v for k, v in document["provenance"].items() if k not in ("split", "columns")}
        | {"columns": RATIO_COLUMNS},
        "ratios": {
            name: {
                "median": round(float(np.mean([np.median(tables[s][col] / tables[s]["stature"]) for s in SEXES])), 4),
                "sd": round(float(np.mean([np.std(tables[s][col] / tables[s]["stature"]) for s in SEXES])), 4),
            }
            for col, name in RATIO_COLUMNS.items()
        },
    }
    write_atomic(args.out.parent / RATIOS_FILE, json.dumps(ratios, indent=1) + "\n")
    for key, entry in document["models"].items():
        for variant, model in entry.items():
            figures = ", ".join(f"{sex} rmse {s['rmse_cm']} p95 {s['p95_abs_cm']}" for sex, s in model["held_out"].items())
            print(f"{key:12s} {variant:6s} held-out: {figures}")
    for key, model in document["consistency"]["girths"].items():
        print(f"{key:12s} from the other girths: p99.9 {model['p99_9_abs_cm']} cm, "
              + ", ".join(f"{sex} rmse {v['rmse_cm']}" for sex, v in model["held_out"].items()))
    print(f"section ratios: {document['consistency']['section_ratios']}")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
