"""What every preset needs: the channel values file, a category's audience, a size's local label."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Any

from sizer.catalog import chart_bridge
from sizer.catalog.model import Listing, SizeEntry
from sizer.errors import DataFileError, SizerError, UnknownChoiceError
from sizer.resources import data, read_toml
from sizer.sizing.labels import letter_size, spell_fractions

CHANNELS_FILE = "channels.toml"
_AGE_RE = re.compile(r"^\d{1,2}(?:T| ?(?:Y|Years?|M|Months?))$", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def channel_values() -> dict[str, Any]:
    return read_toml(data(CHANNELS_FILE), "the marketplace values")


@dataclass(frozen=True)
class Audience:
    gender: str  # male, female, unisex (Amazon's target_gender, Google's gender)
    age: str  # adult or kids
    amazon_department: str
    amazon_product_type: str
    footwear: bool


def audience(category: str) -> Audience:
    known = channel_values()["categories"]
    # a size-type chart (womens_tops_petite) is for whom its regular category is for
    entry = known.get(category) or known.get(chart_bridge.base_category(category))
    if entry is None:
        raise DataFileError(str(data(CHANNELS_FILE)), f"[categories.{category}]", None,
                            "no marketplace values for this category; add them to export it")
    return Audience(entry["gender"], entry["age"], entry["amazon_department"], entry["amazon_product_type"],
                    bool(entry.get("footwear", False)))


# Whom a listing's segment says it is for, in the channels' words: (gender, age, Amazon department).
_SEGMENT_AUDIENCE = {"women": ("female", "adult", "womens"), "men": ("male", "adult", "mens"),
                     "unisex": ("unisex", "adult", "unisex-adult"), "girls": ("female", "kids", "girls"),
                     "boys": ("male", "kids", "boys"), "baby": ("unisex", "kids", "unisex-baby"),
                     "kids": ("unisex", "kids", "unisex-child")}


def listing_audience(listing: Listing) -> Audience:
    """The category's audience, with the gender and age the listing's own segment says (a unisex
    tee sized on the men's chart is sent as unisex)."""
    who = audience(listing.category)
    said = _SEGMENT_AUDIENCE.get(listing.segment)
    if said is None or said[:2] == (who.gender, who.age):
        return who
    return replace(who, gender=said[0], age=said[1], amazon_department=said[2])


@dataclass(frozen=True)
class SizeType:
    google: str  # Google Merchant's size_type (regular, petite, plus, tall, big, maternity)
    amazon_body_type: str  # Amazon's apparel_body_type (Regular, Petite, Plus, Big, ...)
    amazon_height_type: str  # Amazon's apparel_height_type (Regular, Tall, ...)


def size_type(category: str) -> SizeType:
    """The size type of the category's chart (its ``size_types``) in each channel's words."""
    google = chart_bridge.size_type(category)
    amazon = channel_values()["amazon"]["size_type_values"].get(google)
    if amazon is None:
        raise DataFileError(str(data(CHANNELS_FILE)), "[amazon.size_type_values]", google,
                            "no Amazon body and height type for this size type; add them")
    return SizeType(google, amazon["body_type"], amazon["height_type"])


# Children's sizes by age, for Google's age_group (newborn 0-3 months, infant 3-12 months, toddler
# 1-5 years, kids 5-13 years: support.google.com/merchants/answer/6324463) and Amazon's
# age_range_description (Infant, Toddler, Little Kid, Big Kid; channels.toml). US toddler sizes
# (2T-5T) and month sizes say it in the label; otherwise the size's body does: stature midpoints
# (cm) at about 3 months, 12 months, 3 years and 7 years (WHO growth medians), and for shoes the
# US children's convention (infant up to 3C, toddler 4C-10C, little kid 10½C-3Y, big kid from 3½Y)
# as foot lengths (the kids' shoe chart's rows).
_TODDLER_LABEL_RE = re.compile(r"^\s*\d{1,2}\s*T\s*$", re.IGNORECASE)
_MONTHS_LABEL_RE = re.compile(r"^\s*(?:nb|newborn|(?P<low>\d{1,2})\s*[-–]\s*(?P<high>\d{1,2})\s*(?:m|mo|months?))\s*$",
                              re.IGNORECASE)
_STATURE_AGES = ((61.0, "newborn"), (77.5, "infant"), (98.0, "toddler"), (128.0, "little_kid"))
_FOOT_AGES = ((11.3, "infant"), (17.25, "toddler"), (22.3, "little_kid"))
GOOGLE_AGE_GROUPS = {"newborn": "newborn", "infant": "infant", "toddler": "toddler", "little_kid": "kids",
                     "big_kid": "kids"}
AMAZON_AGE_RANGES = {"newborn": "Infant", "infant": "Infant", "toddler": "Toddler", "little_kid": "Little Kid",
                     "big_kid": "Big Kid"}


def child_age(size: SizeEntry) -> str:
    """How old the child a children's size fits is: newborn, infant, toddler, little_kid or big_kid."""
    if _TODDLER_LABEL_RE.match(size.label):
        return "toddler"
    months = _MONTHS_LABEL_RE.match(size.label)
    if months:
        if not months["high"] or int(months["high"]) <= 3:
            return "newborn"
        return "infant" if int(months["high"]) <= 12 else "toddler"
    for dim, steps in (("stature", _STATURE_AGES), ("foot_length", _FOOT_AGES)):
        if dim in size.body_ranges_cm:
            low, high = size.body_ranges_cm[dim]
            middle = (low + high) / 2
            return next((age for limit, age in steps if middle < limit), "big_kid")
    return "big_kid"


def google_age_group(who: Audience, size: SizeEntry) -> str:
    return GOOGLE_AGE_GROUPS[child_age(size)] if who.age == "kids" else who.age


def amazon_age_range(who: Audience, size: SizeEntry) -> str:
    return AMAZON_AGE_RANGES[child_age(size)] if who.age == "kids" else "Adult"


def size_class(label: str) -> str:
    """Amazon's apparel_size_class of a label: Alpha (S, XL), Age (4T, 6 Years) or Numeric."""
    if is_letter_size(label):
        return "Alpha"
    if _AGE_RE.match(label.strip()):
        return "Age"
    return "Numeric"


def is_letter_size(label: str) -> bool:
    """S, M, XL, 2XL, 2X ...: the one letter-size rule (sizer.sizing.labels.letter_size)."""
    return letter_size(label) is not None


def local_label(listing: Listing, size: SizeEntry, system: str) -> tuple[str, bool]:
    """The size's label in ``system`` and whether it is the listing's own label.

    The brand's own label in ``system`` (SizeEntry.labels, from its size chart) comes first. Letter
    sizes (S, M, XL) are otherwise the same letters in every market. Other labels are converted by the
    chart (by label, else by the body the size fits); when the chart has none, the own label stays
    (and the caller says so), because a missing size is worse than a foreign label.
    """
    if listing.size_system == system:
        return size.label, True
    if size.labels.get(system):  # the brand's own label in the market's system is the one to send
        return size.labels[system], False
    if is_letter_size(size.label):
        return size.label, True
    try:
        found, _estimated = chart_bridge.listing_equivalents(listing.category, listing.size_system, size.label,
                                                             size.body_ranges_cm)
    except (UnknownChoiceError, SizerError):
        found = {}
    labels = found.get(system, ())
    if not labels:
        return size.label, True
    return labels[0], False


def check_choice(kind: str, value: str, choices) -> str:
    if value not in choices:
        raise UnknownChoiceError(kind, value, list(choices))
    return value


@dataclass(frozen=True)
class Variant:
    """One size of a listing as a channel's file writes it: the label and the system it is in."""

    size: SizeEntry
    label: str  # in ``system``, spelled as the channel wants it (Amazon: XXL, 3XL)
    system: str  # the Sizer system of the label ("" for the brand's own labels)


def listing_variants(listing: Listing, system: str, spell=lambda label: label) -> tuple[list[Variant], list[str]]:
    """Every size of ``listing`` labelled in ONE system, and notes on why it is not ``system``.

    The market's ``system`` when the chart gives every size a label there and no two sizes the
    same one; otherwise the listing's own labels and system, for all its sizes: a listing sent as
    "3T, 4T, 5, 116, 6" (one EU size among US ones) or with two sizes that both become "15½ 34/35"
    would be a different, ambiguous product on the channel. Every file (size charts, attributes,
    feeds) takes its labels from here, so a size is in the same system everywhere.
    """
    def written(label: str) -> str:  # half sizes as the channels' valid values write them: "8.5", not "8 1/2", "8½"
        return spell(spell_fractions(label, glyphs=False))

    own = [Variant(size, written(size.label), listing.size_system) for size in listing.sizes]
    branded = all(size.labels.get(system) for size in listing.sizes)
    if listing.size_system == system or (not listing.size_system and not branded):
        return own, []  # the brand's own labels convert to nothing, unless its chart gave them in system
    converted, missing = [], []
    for size in listing.sizes:
        label, is_own = local_label(listing, size, system)
        if is_own and not is_letter_size(label):
            missing.append(size.label)
        converted.append(Variant(size, written(label), system))
    clashes = duplicate_labels(converted)
    if not missing and not clashes:
        return converted, []
    from sizer.problems import Problem

    labels = [s.label for s in listing.sizes]
    span = f"{labels[0]} … {labels[-1]}" if len(labels) > 2 else ", ".join(labels)
    if missing:
        why = Problem("preset_why_no_equivalents" if len(missing) > 1 else "preset_why_no_equivalent",
                      sizes=missing, system=system, category=listing.category)
    else:
        why = chained("joined_reasons", [Problem("preset_why_same_label", sizes=chained("and_list", sizes),
                                                 system=system, label=label) for label, sizes in clashes])
    return own, [Problem("preset_note_own_system", listing=listing.listing_id, why=why, count=len(labels),
                         system=listing.size_system or Problem("brand_own_labels"), span=span)]


def chained(code: str, values: list):
    """``a``, or ``code`` joining them two by two ("a and b and c"), so the joining word is translated."""
    from sizer.problems import Problem

    joined = values[0]
    for value in values[1:]:
        joined = Problem(code, first=joined, second=value)
    return joined


def variant_ids(listing: Listing, variant: Variant) -> tuple[str, ...]:
    """The ids a file gives a size's rows: its SKUs (one per colour variant), else
    ``<listing_id>-<size label>``."""
    return variant.size.skus or (f"{listing.listing_id}-{variant.size.label}",)


def duplicate_labels(variants: list[Variant], key=lambda variant: variant.label) -> list[tuple[str, list[str]]]:
    """(value, the sizes that share it) for every value two or more sizes share, in size order."""
    sizes: dict[Any, list[str]] = {}
    for variant in variants:
        sizes.setdefault(key(variant), []).append(variant.size.label)
    return [(value if isinstance(value, str) else " ".join(map(str, value)), labels)
            for value, labels in sizes.items() if len(labels) > 1]


def check_distinct(channel: str, clashes: list[tuple[str, str, list[str], list[str]]]) -> None:
    """Refuse to write a file whose variants would be ambiguous: ``clashes`` are (listing, value,
    sizes, their SKUs) of values two sizes of one listing would share. The sizes are named by the
    merchant's own ids (SKUs) when they all have one: rows of the file not written, or of Sizer's
    converted catalogue, would point nowhere in the merchant's file."""
    if not clashes:
        return
    from sizer.problems import Problem

    details = chained("joined_reasons", [
        Problem("preset_duplicate_sizes", listing=listing, sizes=list(sizes), value=repr(value),
                rows=Problem("preset_duplicate_skus", skus=list(skus)) if skus and all(skus) else "")
        for listing, value, sizes, skus in clashes])
    raise SizerError(Problem("preset_duplicate_variants", channel=channel, details=details))
