"""Brand-like size tables with several zones, for the recommender's tests and its ANSUR II benchmark.

Made to look like what shops publish, not like the standard charts: a shirt graded by collar and
chest with two sleeve lengths, a dress by bust, waist and hip, jeans by waist and hip with three
inseams, and whole-inch charts with gaps between the sizes ("S 35-37 in, M 38-40 in").
"""
from __future__ import annotations

from sizer.catalog.model import Catalog, CatalogBuilder, FitIntent, SizeEntry, Stretch, TableSource
from sizer.catalog.segments import Segment

INCH = 2.54


def _inches(low: float, high: float) -> tuple[float, float]:
    return (round(low * INCH, 2), round(high * INCH, 2))


def shirt_collar_chest() -> list[tuple[str, dict]]:
    """EU collar 37-46 by the neck (1 cm a size), chest 4 cm a size; sleeves 'short' and 'long'."""
    sizes = []
    for k, collar in enumerate(range(37, 47)):
        chest = 88.0 + 4.0 * k
        for sleeve, (low, high) in (("R", (80.0, 88.0)), ("L", (88.0, 96.0))):
            sizes.append((f"{collar}/{sleeve}", {"neck_girth": (collar - 0.5, collar + 0.5),
                                                 "chest_girth": (chest, chest + 4.0),
                                                 "sleeve_length": (low, high)}))
    return sizes


def dress_bust_waist_hip() -> list[tuple[str, dict]]:
    """US 0-20: bust, waist and hip graded 4 cm (to size 10) then 5 cm a size."""
    sizes = []
    bust, waist, hip = 80.0, 62.0, 86.0
    for label in range(0, 22, 2):
        step = 4.0 if label < 10 else 5.0
        sizes.append((str(label), {"bust_girth": (bust, bust + step), "waist_girth": (waist, waist + step),
                                   "hip_girth": (hip, hip + step)}))
        bust, waist, hip = bust + step, waist + step, hip + step
    return sizes


def jeans_waist_hip_inseam() -> list[tuple[str, dict]]:
    """W28-W42 by waist (one inch a size to 34, then two) and hip; L30/L32/L34 by inside leg."""
    sizes = []
    for waist in (28, 29, 30, 31, 32, 33, 34, 36, 38, 40, 42):
        width = 1 if waist < 34 else 2
        low, high = _inches(waist - 0.5, waist - 0.5 + width)
        hip = (low + 15.0, high + 17.0)
        for inseam in (30, 32, 34):
            sizes.append((f"W{waist} L{inseam}", {"waist_girth": (low, high), "hip_girth": hip,
                                                  "inside_leg": _inches(inseam - 1, inseam + 1)}))
    return sizes


def womens_jeans_waist_hip_inseam() -> list[tuple[str, dict]]:
    """Women's 24-36 by waist and hip (one inch a size), short/regular/long by inside leg."""
    sizes = []
    for waist in range(24, 37):
        low, high = _inches(waist - 0.5, waist + 0.5)
        hip = (low + 24.0, high + 26.0)
        for name, inseam in (("S", 28), ("R", 30), ("L", 32)):
            sizes.append((f"{waist}{name}", {"waist_girth": (low, high), "hip_girth": hip,
                                             "inside_leg": _inches(inseam - 1, inseam + 1)}))
    return sizes


def whole_inch_tee_with_gaps() -> list[tuple[str, dict]]:
    """A men's tee in whole inches, chest S 35-37, M 38-40, ... (an inch gap between sizes)."""
    sizes = []
    for k, label in enumerate(("XS", "S", "M", "L", "XL", "2XL", "3XL", "4XL")):
        low = 32 + 3 * k
        sizes.append((label, {"chest_girth": _inches(low, low + 2), "waist_girth": _inches(low - 8, low - 6)}))
    return sizes


def whole_inch_womens_top_with_gaps() -> list[tuple[str, dict]]:
    """A women's top in whole inches, bust XS 31-32, S 33-34, ... (gaps of an inch)."""
    sizes = []
    for k, label in enumerate(("XXS", "XS", "S", "M", "L", "XL", "2XL", "3XL")):
        low = 29 + 3 * k
        sizes.append((label, {"bust_girth": _inches(low, low + 2), "waist_girth": _inches(low - 6, low - 4)}))
    return sizes


# (listing id, title, category, segment, fit, sizes)
MULTIZONE_LISTINGS = (
    ("MZ-SHIRT", "Poplin shirt by collar and chest", "mens_shirts", Segment.MEN, FitIntent.REGULAR,
     shirt_collar_chest),
    ("MZ-DRESS", "Sheath dress by bust, waist and hip", "womens_dresses", Segment.WOMEN, FitIntent.REGULAR,
     dress_bust_waist_hip),
    ("MZ-JEANS", "Five-pocket jeans W x L", "mens_trousers", Segment.MEN, FitIntent.REGULAR,
     jeans_waist_hip_inseam),
    ("MZ-WJEANS", "Women's straight jeans", "womens_trousers", Segment.WOMEN, FitIntent.REGULAR,
     womens_jeans_waist_hip_inseam),
    ("MZ-TEE-IN", "Tee in whole inches (gaps)", "mens_tops", Segment.MEN, FitIntent.REGULAR,
     whole_inch_tee_with_gaps),
    ("MZ-TOP-IN", "Women's top in whole inches (gaps)", "womens_tops", Segment.WOMEN, FitIntent.REGULAR,
     whole_inch_womens_top_with_gaps),
)


def add_multizone_listings(builder: CatalogBuilder) -> None:
    for listing_id, title, category, segment, fit, sizes in MULTIZONE_LISTINGS:
        builder.add_listing(listing_id, title, category, "", fit, Stretch.NONE, segment)
        for label, ranges in sizes():
            builder.add_size(listing_id, SizeEntry(label, TableSource.BODY_RANGES, ranges))


def multizone_catalog() -> Catalog:
    builder = CatalogBuilder()
    add_multizone_listings(builder)
    return builder.build(source="multizone tables")
