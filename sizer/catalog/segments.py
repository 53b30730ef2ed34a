"""Whom a listing is for (segment), and each category's decisive zones and variants.

Both come from one data file, ``sizer/data/category_zones.toml``; the catalogue reads the segment
(a listing without a ``segment`` column gets its category's), the recommender the zones.
"""
from __future__ import annotations

import enum
import functools
from dataclasses import dataclass

from sizer.dimensions import get_dimension
from sizer.errors import DataFileError, UnknownChoiceError
from sizer.resources import data, read_toml

ZONES_FILE = "category_zones.toml"


class Segment(str, enum.Enum):
    WOMEN = "women"
    MEN = "men"
    UNISEX = "unisex"
    GIRLS = "girls"
    BOYS = "boys"
    BABY = "baby"
    KIDS = "kids"  # girls and boys


SEGMENTS: tuple[Segment, ...] = tuple(Segment)
CHILD_SEGMENTS = frozenset({Segment.GIRLS, Segment.BOYS, Segment.BABY, Segment.KIDS})


@dataclass(frozen=True)
class CategoryZones:
    segment: Segment
    decisive: dict[str, float]  # dimension -> weight
    variants: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class ZoneTable:
    categories: dict[str, CategoryZones]
    default_segment: Segment
    other_weight: float

    def known(self, category: str) -> CategoryZones | None:
        """The category's zones, or its regular category's for a size-type chart (womens_tops_petite
        sizes by womens_tops's zones, plus the height band its rows give); None when neither is known."""
        found = self.categories.get(category)
        if found is None:
            from sizer.catalog import chart_bridge

            found = self.categories.get(chart_bridge.base_category(category))
        return found

    def of(self, category: str) -> CategoryZones:
        found = self.known(category)
        if found is not None:
            return found
        return CategoryZones(infer_segment_from_name(category, self.default_segment), {}, (), "")


def infer_segment_from_name(category: str, default: Segment = Segment.UNISEX) -> Segment:
    """A merchant's own category id says whom it is for by its usual prefix (womens_, mens_, kids_...)."""
    name = category.lower()
    for prefixes, segment in ((("women", "ladies"), Segment.WOMEN), (("men",), Segment.MEN),
                              (("girl",), Segment.GIRLS), (("boy",), Segment.BOYS), (("baby", "infant"), Segment.BABY),
                              (("kid", "child"), Segment.KIDS)):
        if name.startswith(prefixes):
            return segment
    return default


def parse_segment(text: str, where: str = "segment") -> Segment:
    """A segment from its name (case and spaces ignored); unknown ones raise with the valid ones."""
    value = str(text).strip().lower()
    try:
        return Segment(value)
    except ValueError:
        raise UnknownChoiceError(where, str(text), [s.value for s in SEGMENTS]) from None


@functools.lru_cache(maxsize=1)
def load_zone_table() -> ZoneTable:
    node = data(ZONES_FILE)
    path = str(node)
    raw = read_toml(node, "the decisive zones per category")
    defaults = raw.get("defaults", {})
    other = defaults.get("other_weight")
    if isinstance(other, bool) or not isinstance(other, (int, float)) or not 0 <= other <= 1:
        raise DataFileError(path, "[defaults]", "other_weight", "expected a number from 0 to 1")
    try:
        default_segment = Segment(defaults.get("segment", "unisex"))
    except ValueError:
        raise DataFileError(path, "[defaults]", "segment", f"expected one of {[s.value for s in SEGMENTS]}") from None
    categories: dict[str, CategoryZones] = {}
    for category, table in raw.get("categories", {}).items():
        where = f"[categories.{category}]"
        try:
            segment = Segment(table.get("segment"))
        except ValueError:
            raise DataFileError(path, where, "segment", f"expected one of {[s.value for s in SEGMENTS]}") from None
        decisive = table.get("decisive", {})
        if not isinstance(decisive, dict) or not decisive:
            raise DataFileError(path, where, "decisive", "expected a table of dimension = weight")
        weights: dict[str, float] = {}
        for dim, weight in decisive.items():
            get_dimension(dim)  # an unknown dimension raises with the valid ones
            if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 < weight <= 1:
                raise DataFileError(path, where, f"decisive.{dim}", "expected a weight above 0 and at most 1")
            weights[dim] = float(weight)
        variants = table.get("variants", [])
        if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
            raise DataFileError(path, where, "variants", "expected a list of dimension ids")
        for dim in variants:
            get_dimension(dim)
            if dim in weights:
                raise DataFileError(path, where, "variants", f"{dim} cannot be decisive and a variant")
        reason = table.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise DataFileError(path, where, "reason", "every category says why its zones decide")
        categories[category] = CategoryZones(segment, weights, tuple(variants), reason)
    return ZoneTable(categories, default_segment, float(other))


def category_segment(category: str) -> Segment:
    """The segment a listing of this category is for when the catalogue does not say."""
    return load_zone_table().of(category).segment


def segment_rank(shopper: Segment | None, listing: Segment) -> int:
    """0: made for this shopper; 1: for anyone (unisex, or the shopper's segment is unknown);
    2: for someone else (a man is not shown a bra). ``kids`` takes girls, boys and baby listings."""
    if shopper is None:
        return 1
    if listing is shopper:
        return 0
    if shopper is Segment.KIDS and listing in CHILD_SEGMENTS:
        return 0
    if listing is Segment.KIDS and shopper in CHILD_SEGMENTS:
        return 0
    if listing is Segment.UNISEX:
        return 1
    return 2
