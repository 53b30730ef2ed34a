"""Size designations the Chinese, Japanese and Korean standards define from body measurements.

- GB/T 1335.1/.2-2008: ``height/girth + body type``: height to 5 cm, chest to 4 cm (upper body)
  or waist to 2 cm (lower body); body type from chest - waist (men Y 17-22, A 12-16, B 7-11,
  C 2-6 cm; women Y 19-24, A 14-18, B 9-13, C 4-8 cm).
- JIS L 4004 (men): ``chest + drop type + height number``: chest to 2 cm, J 20 / JY 18 / Y 16 /
  YA 14 / A 12 / AB 10 / B 8 / BB 6 / BE 4 / E 0 cm drop, height 1 = 150 cm ... 9 = 190 cm (5 cm).
- JIS L 4005 (women): ``bust number + hip type + height code``: 3 (74 cm) ... 15 (92 cm) in
  3 cm steps then 4 cm; A-type hip 85 cm at number 3, +2 cm per number; Y = A - 4, AB = A + 4,
  B = A + 8; PP 142, P 150, R 158, T 166 cm.
- KS K 0050/0051: ``chest-height`` (men, chest to 5 cm) and ``bust-height`` (women, bust to 3 cm
  from 85), height to 5 cm, e.g. 85-155.
Each function returns None when a needed measurement is missing or outside the standard's table.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Mapping


def _round_to(value: float, step: float, origin: float = 0.0) -> float:
    return origin + math.floor((value - origin) / step + 0.5) * step


_GBT_TYPES = {"men": (("Y", 17, 22), ("A", 12, 16), ("B", 7, 11), ("C", 2, 6)),
              "women": (("Y", 19, 24), ("A", 14, 18), ("B", 9, 13), ("C", 4, 8))}


def gbt1335_body_type(chest_cm: float, waist_cm: float, sex: str) -> str | None:
    drop = round(chest_cm - waist_cm)
    for name, low, high in _GBT_TYPES[sex]:
        if low <= drop <= high:
            return name
    return None


def gbt1335(m: Mapping[str, float], sex: str, lower: bool) -> str | None:
    chest_key = "chest_girth" if sex == "men" else "bust_girth"
    chest = m.get(chest_key) or m.get("chest_girth")
    waist, height = m.get("waist_girth"), m.get("stature")
    if not (chest and waist and height):
        return None
    body_type = gbt1335_body_type(chest, waist, sex)
    if body_type is None:
        return None
    girth = _round_to(waist, 2) if lower else _round_to(chest, 4)
    return f"{int(_round_to(height, 5))}/{int(girth)}{body_type}"


_JIS_MEN_DROPS = (("J", 20), ("JY", 18), ("Y", 16), ("YA", 14), ("A", 12), ("AB", 10), ("B", 8), ("BB", 6),
                  ("BE", 4), ("E", 0))


def jis_l4004_men(m: Mapping[str, float]) -> str | None:
    chest, waist, height = m.get("chest_girth"), m.get("waist_girth"), m.get("stature")
    if not (chest and waist and height):
        return None
    drop = chest - waist
    if drop > 21 or drop < -1:
        return None
    body_type = min(_JIS_MEN_DROPS, key=lambda item: abs(item[1] - drop))[0]
    number = int(_round_to((height - 150) / 5, 1)) + 1
    if not 1 <= number <= 9:
        return None
    return f"{int(_round_to(chest, 2))}{body_type}{number}"


_JIS_WOMEN_BUST = {3: 74, 5: 77, 7: 80, 9: 83, 11: 86, 13: 89, 15: 92, 17: 96, 19: 100, 21: 104}
_JIS_WOMEN_HEIGHT = (("PP", 142), ("P", 150), ("R", 158), ("T", 166))
_JIS_WOMEN_HIP_TYPE = (("Y", -4), ("A", 0), ("AB", 4), ("B", 8))


def jis_l4005_women(m: Mapping[str, float]) -> str | None:
    bust, hip, height = m.get("bust_girth"), m.get("hip_girth"), m.get("stature")
    if not (bust and hip and height):
        return None
    number, nominal = min(_JIS_WOMEN_BUST.items(), key=lambda item: abs(item[1] - bust))
    if abs(nominal - bust) > 2:
        return None
    a_hip = 85 + (number - 3)  # +2 cm per odd number
    hip_type, offset = min(_JIS_WOMEN_HIP_TYPE, key=lambda item: abs(a_hip + item[1] - hip))
    if abs(a_hip + offset - hip) > 2:
        return None
    code, nominal_height = min(_JIS_WOMEN_HEIGHT, key=lambda item: abs(item[1] - height))
    if abs(nominal_height - height) > 4:
        return None
    return f"{number}{hip_type}{code}"


def ks_k0050_men(m: Mapping[str, float]) -> str | None:
    chest, height = m.get("chest_girth"), m.get("stature")
    if not (chest and height):
        return None
    return f"{int(_round_to(chest, 5))}-{int(_round_to(height, 5))}"


def ks_k0051_women(m: Mapping[str, float]) -> str | None:
    bust, height = m.get("bust_girth"), m.get("stature")
    if not (bust and height):
        return None
    return f"{int(_round_to(bust, 3, origin=85))}-{int(_round_to(height, 5))}"


DESIGNATION_FUNCTIONS: dict[str, tuple[str, Callable[[Mapping[str, float]], str | None]]] = {
    "gbt1335_men_upper": ("CN GB/T 1335.1", lambda m: gbt1335(m, "men", lower=False)),
    "gbt1335_men_lower": ("CN GB/T 1335.1", lambda m: gbt1335(m, "men", lower=True)),
    "gbt1335_women_upper": ("CN GB/T 1335.2", lambda m: gbt1335(m, "women", lower=False)),
    "gbt1335_women_lower": ("CN GB/T 1335.2", lambda m: gbt1335(m, "women", lower=True)),
    "jis_l4004_men": ("JP JIS L 4004", jis_l4004_men),
    "jis_l4005_women": ("JP JIS L 4005", jis_l4005_women),
    "ks_k0050_men": ("KR KS K 0050", ks_k0050_men),
    "ks_k0051_women": ("KR KS K 0051", ks_k0051_women),
}


def designations_for(names, measurements_cm: Mapping[str, float]) -> dict[str, str | None]:
    """Each named designation ("CN GB/T 1335.1" -> "170/88A"), None where it cannot be given."""
    result: dict[str, str | None] = {}
    for name in names:
        standard, function = DESIGNATION_FUNCTIONS[name]
        result[standard] = function(measurements_cm)
    return result
