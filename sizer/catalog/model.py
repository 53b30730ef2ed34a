"""The product catalogue: listings and their size tables, stored column-wise in numpy arrays.

A catalogue of 100,000 listings has some 600,000 size rows; they live in a handful of arrays
(one row per size, one column per body dimension the catalogue uses) so the recommender works on
them without a Python loop, and a listing is turned into objects only when someone looks at it.
"""
from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

from sizer.dimensions import DIMENSION_IDS
from sizer.errors import UnknownChoiceError


class FitIntent(str, enum.Enum):
    """How the garment is cut to fit."""

    SLIM = "slim"
    REGULAR = "regular"
    RELAXED = "relaxed"


class Stretch(str, enum.Enum):
    """How much the fabric gives."""

    NONE = "none"
    SOME = "some"
    HIGH = "high"


class TableSource(str, enum.Enum):
    """Where a size's body ranges come from."""

    BODY_RANGES = "body_ranges"  # the listing gives <dimension>_min/_max
    GARMENT = "garment"  # the listing gives garment_<dimension>; ease turns them into body ranges
    CHART = "chart"  # the listing names a label of the standard chart of its category


FIT_INTENTS: tuple[FitIntent, ...] = tuple(FitIntent)
STRETCHES: tuple[Stretch, ...] = tuple(Stretch)
TABLE_SOURCES: tuple[TableSource, ...] = tuple(TableSource)


# Several SKUs of one size in one catalogue cell ("TEE-S-BLK; TEE-S-WHT"): a character SKUs do not
# use (Shopify's and Amazon's SKUs are letters, digits, "-", "_", "/", "." and spaces).
SKU_SEPARATOR = ";"


def split_skus(text: str) -> tuple[str, ...]:
    """The SKUs a catalogue cell holds, in order, each once."""
    return tuple(dict.fromkeys(p.strip() for p in str(text or "").split(SKU_SEPARATOR) if p.strip()))


def join_skus(skus) -> str:
    """One catalogue cell of a size's SKUs (the inverse of :func:`split_skus`)."""
    return f"{SKU_SEPARATOR} ".join(dict.fromkeys(s for s in skus if s))


@dataclass(frozen=True)
class SizeEntry:
    """One size of a listing: its label and the body it fits."""

    label: str
    source: TableSource
    body_ranges_cm: dict[str, tuple[float, float]]
    garment_cm: dict[str, float] = field(default_factory=dict)
    # Dimensions whose minimum / maximum the table leaves open ("up to 80 cm", "110 cm and over");
    # their range reaches the plausible end of the dimension for arithmetic.
    open_min: frozenset[str] = frozenset()
    open_max: frozenset[str] = frozenset()
    sku: str = ""  # the merchant's own id of this size (Shopify's Variant SKU, Amazon's item_sku); "" if none
    # Every id this size is sold under: a Shopify size row stands for all its colours, each
    # colour variant with its own SKU (``sku`` is the first). Given as one text, ``sku`` is split.
    skus: tuple[str, ...] = ()
    # The brand's own label of this size in other size systems ({"US": "0-2", "UK": "4-6"}), as its
    # chart gave them: the size's equivalents there, in place of the standard chart's.
    labels: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        skus = tuple(self.skus) or split_skus(self.sku)
        object.__setattr__(self, "skus", skus)
        object.__setattr__(self, "sku", skus[0] if skus else "")


@dataclass(frozen=True)
class Listing:
    index: int
    listing_id: str
    title: str
    category: str
    size_system: str  # "" when the labels are the brand's own
    fit: FitIntent
    stretch: Stretch
    sizes: tuple[SizeEntry, ...]
    segment: str = ""  # a sizer.catalog.segments.Segment value

    @property
    def dimensions(self) -> tuple[str, ...]:
        """The body dimensions its size table uses, in vocabulary order."""
        used = {dim for size in self.sizes for dim in size.body_ranges_cm}
        return tuple(d for d in DIMENSION_IDS if d in used)

    def brand_label(self, label: str, system: str) -> str:
        """The brand's own label in ``system`` of the size ``label`` ("" when the brand gave none)."""
        for entry in self.sizes:
            if entry.label == label:
                return entry.labels.get(system, "")
        return ""

    def size(self, label: str) -> SizeEntry:
        for entry in self.sizes:
            if entry.label == label:
                return entry
        raise UnknownChoiceError(f"size of {self.listing_id}", label, [s.label for s in self.sizes])


class Catalog:
    """Listings and size rows in columns. Build one with :class:`CatalogBuilder`.

    Per listing ``i``: ``listing_ids[i]``, ``titles[i]``, ``categories[i]``, ``size_systems[i]``,
    ``fit_codes[i]`` (index into FIT_INTENTS), ``stretch_codes[i]`` (into STRETCHES); its size rows
    are ``size_offsets[i]:size_offsets[i + 1]``, ordered from the smallest size to the largest.
    Per size row ``r``: ``size_labels[r]``, ``source_codes[r]`` (into TABLE_SOURCES),
    ``body_min_cm[r, j]``/``body_max_cm[r, j]`` for dimension ``dimensions[j]`` (NaN: not given),
    ``garment_cm[r, j]`` (NaN unless the row came from garment measurements);
    ``open_min[r, j]``/``open_max[r, j]`` are True where the table left that end open (the value
    stored beside it is then the plausible end of the dimension, for arithmetic only);
    ``size_skus[r]`` is the merchant's own ids of the size as one text (:func:`join_skus`; "" where
    the file gave none); ``size_system_labels[r]`` is the brand's own labels of the size in other
    systems, a dict system -> label (empty where the file gave none).
    """

    def __init__(self, *, dimensions: Sequence[str], listing_ids: np.ndarray, titles: np.ndarray,
                 categories: np.ndarray, size_systems: np.ndarray, fit_codes: np.ndarray,
                 stretch_codes: np.ndarray, size_offsets: np.ndarray, size_labels: np.ndarray,
                 source_codes: np.ndarray, body_min_cm: np.ndarray, body_max_cm: np.ndarray,
                 garment_cm: np.ndarray, source: str = "", open_min: np.ndarray | None = None,
                 open_max: np.ndarray | None = None, segment_codes: np.ndarray | None = None,
                 size_skus: np.ndarray | None = None, size_system_labels: np.ndarray | None = None):
        self.dimensions = tuple(dimensions)
        self.listing_ids = listing_ids
        self.titles = titles
        self.categories = categories
        self.size_systems = size_systems
        self.fit_codes = fit_codes
        self.stretch_codes = stretch_codes
        self.size_offsets = size_offsets
        self.size_labels = size_labels
        self.source_codes = source_codes
        self.body_min_cm = body_min_cm
        self.body_max_cm = body_max_cm
        self.garment_cm = garment_cm
        self.open_min = np.zeros(body_min_cm.shape, dtype=bool) if open_min is None else open_min
        self.open_max = np.zeros(body_min_cm.shape, dtype=bool) if open_max is None else open_max
        self.size_skus = np.full(len(size_labels), "", dtype=object) if size_skus is None else size_skus
        self.size_system_labels = (_no_labels(len(size_labels)) if size_system_labels is None
                                   else size_system_labels)
        self.source = source
        self._index: dict[str, int] | None = None
        # Whom each listing is for (index into SEGMENTS); None: every listing's category says.
        self.explicit_segments = segment_codes is not None
        self._segment_codes = segment_codes

    @property
    def category_names(self) -> tuple[str, ...]:
        """The distinct categories, in first-seen order (``category_codes`` index them)."""
        self._categories_coded()
        return self._category_names

    @property
    def category_codes(self) -> np.ndarray:
        """Per listing, the index of its category in ``category_names``."""
        self._categories_coded()
        return self._category_codes

    def _categories_coded(self) -> None:
        if getattr(self, "_category_codes", None) is None:
            names = list(dict.fromkeys(self.categories.tolist()))
            code = {c: i for i, c in enumerate(names)}
            self._category_names = tuple(names)
            self._category_codes = np.array([code[c] for c in self.categories.tolist()], dtype=np.int64)

    @property
    def segment_codes(self) -> np.ndarray:
        """Per listing, an index into SEGMENTS: as the file gave it, else inferred from the category."""
        if self._segment_codes is None:
            from sizer.catalog.segments import SEGMENTS, category_segment

            by_category = {c: SEGMENTS.index(category_segment(c)) for c in set(self.categories.tolist())}
            self._segment_codes = np.array([by_category[c] for c in self.categories.tolist()], dtype=np.int8)
        return self._segment_codes

    def segment(self, index: int):
        from sizer.catalog.segments import SEGMENTS

        return SEGMENTS[int(self.segment_codes[index])]

    _COLUMNS = ("dimensions", "listing_ids", "titles", "categories", "size_systems", "fit_codes", "stretch_codes",
                "size_offsets", "size_labels", "source_codes", "body_min_cm", "body_max_cm", "garment_cm",
                "source", "open_min", "open_max", "size_skus",
                "size_system_labels")

    def replaced(self, **columns) -> Catalog:
        """A new catalogue with some columns replaced (the recommender caches per catalogue object)."""
        fields = {name: getattr(self, name) for name in self._COLUMNS}
        fields["segment_codes"] = self._segment_codes  # None stays None: still inferred from the category
        fields.update(columns)
        return Catalog(**fields)

    def __len__(self) -> int:
        return len(self.listing_ids)

    @property
    def size_count(self) -> int:
        return len(self.size_labels)

    @property
    def sizes_per_listing(self) -> np.ndarray:
        return np.diff(self.size_offsets)

    @property
    def size_listing_index(self) -> np.ndarray:
        """For each size row, the index of its listing."""
        return np.repeat(np.arange(len(self), dtype=np.int64), self.sizes_per_listing)

    def index_of(self, listing_id: str) -> int:
        """The position of a listing; an unknown id raises with close matches."""
        if self._index is None:
            self._index = {lid: i for i, lid in enumerate(self.listing_ids.tolist())}
        try:
            return self._index[listing_id]
        except KeyError:
            raise UnknownChoiceError("listing", listing_id, self.listing_ids.tolist()) from None

    def listing(self, key: int | str) -> Listing:
        """The listing at a position, or with an id, as objects."""
        i = self.index_of(key) if isinstance(key, str) else int(key)
        start, stop = int(self.size_offsets[i]), int(self.size_offsets[i + 1])
        sizes = []
        for r in range(start, stop):
            ranges = {}
            garment = {}
            for j, dim in enumerate(self.dimensions):
                low, high = self.body_min_cm[r, j], self.body_max_cm[r, j]
                if not np.isnan(low):
                    ranges[dim] = (float(low), float(high))
                if not np.isnan(self.garment_cm[r, j]):
                    garment[dim] = float(self.garment_cm[r, j])
            open_min = frozenset(d for j, d in enumerate(self.dimensions) if self.open_min[r, j])
            open_max = frozenset(d for j, d in enumerate(self.dimensions) if self.open_max[r, j])
            sizes.append(SizeEntry(str(self.size_labels[r]), TABLE_SOURCES[self.source_codes[r]], ranges, garment,
                                   open_min, open_max, skus=split_skus(self.size_skus[r]),
                                   labels=dict(self.size_system_labels[r])))
        return Listing(i, str(self.listing_ids[i]), str(self.titles[i]), str(self.categories[i]),
                       str(self.size_systems[i]), FIT_INTENTS[self.fit_codes[i]],
                       STRETCHES[self.stretch_codes[i]], tuple(sizes), self.segment(i).value)

    def __iter__(self) -> Iterator[Listing]:
        return (self.listing(i) for i in range(len(self)))


@dataclass
class _PendingListing:
    listing_id: str
    title: str
    category: str
    size_system: str
    fit: FitIntent
    stretch: Stretch
    segment: object = None  # a Segment, or None: from the category
    sizes: list[SizeEntry] = field(default_factory=list)
    labels: set[str] = field(default_factory=set)


class CatalogBuilder:
    """Collects listings and their sizes, then packs them into a :class:`Catalog`."""

    def __init__(self) -> None:
        self._listings: dict[str, _PendingListing] = {}

    def __contains__(self, listing_id: str) -> bool:
        return listing_id in self._listings

    def add_listing(self, listing_id: str, title: str, category: str, size_system: str = "",
                    fit: FitIntent = FitIntent.REGULAR, stretch: Stretch = Stretch.NONE, segment=None) -> None:
        """``segment``: a Segment (or its value); None takes the category's."""
        from sizer.catalog.segments import Segment

        if listing_id in self._listings:
            raise ValueError(f"listing {listing_id!r} added twice")
        self._listings[listing_id] = _PendingListing(listing_id, title, category, size_system,
                                                     FitIntent(fit), Stretch(stretch),
                                                     Segment(segment) if segment else None)

    def add_size(self, listing_id: str, size: SizeEntry) -> None:
        pending = self._listings[listing_id]
        if size.label in pending.labels:
            raise ValueError(f"listing {listing_id!r} has size {size.label!r} twice")
        pending.sizes.append(size)
        pending.labels.add(size.label)

    def has_size(self, listing_id: str, label: str) -> bool:
        pending = self._listings.get(listing_id)
        return pending is not None and label in pending.labels

    def build(self, source: str = "") -> Catalog:
        listings = [p for p in self._listings.values() if p.sizes]
        used = {dim for p in listings for s in p.sizes for dim in s.body_ranges_cm}
        dimensions = [d for d in DIMENSION_IDS if d in used]
        column = {dim: j for j, dim in enumerate(dimensions)}
        n_rows = sum(len(p.sizes) for p in listings)
        body_min = np.full((n_rows, len(dimensions)), np.nan, dtype=np.float32)
        body_max = np.full_like(body_min, np.nan)
        garment = np.full_like(body_min, np.nan)
        open_min = np.zeros(body_min.shape, dtype=bool)
        open_max = np.zeros(body_min.shape, dtype=bool)
        labels: list[str] = []
        skus: list[str] = []
        system_labels: list[dict[str, str]] = []
        sources: list[int] = []
        offsets = [0]
        r = 0
        for pending in listings:
            for size in _small_to_large(pending.sizes, dimensions):
                labels.append(size.label)
                skus.append(join_skus(size.skus))
                system_labels.append(dict(size.labels))
                sources.append(TABLE_SOURCES.index(size.source))
                for dim, (low, high) in size.body_ranges_cm.items():
                    body_min[r, column[dim]] = low
                    body_max[r, column[dim]] = high
                for dim, value in size.garment_cm.items():
                    garment[r, column[dim]] = value
                for dim in size.open_min:
                    open_min[r, column[dim]] = True
                for dim in size.open_max:
                    open_max[r, column[dim]] = True
                r += 1
            offsets.append(r)
        return Catalog(
            dimensions=dimensions,
            listing_ids=np.array([p.listing_id for p in listings], dtype=object),
            titles=np.array([p.title for p in listings], dtype=object),
            categories=np.array([p.category for p in listings], dtype=object),
            size_systems=np.array([p.size_system for p in listings], dtype=object),
            fit_codes=np.array([FIT_INTENTS.index(p.fit) for p in listings], dtype=np.int8),
            stretch_codes=np.array([STRETCHES.index(p.stretch) for p in listings], dtype=np.int8),
            size_offsets=np.array(offsets, dtype=np.int64),
            size_labels=np.array(labels, dtype=object),
            source_codes=np.array(sources, dtype=np.int8),
            body_min_cm=body_min, body_max_cm=body_max, garment_cm=garment, source=source,
            open_min=open_min, open_max=open_max, segment_codes=_segment_codes(listings),
            size_skus=np.array(skus, dtype=object),
            size_system_labels=labels_column(system_labels),
        )


def labels_column(labels: Sequence[dict[str, str]]) -> np.ndarray:
    """An object array of per-size label dicts (numpy would otherwise try to unpack them)."""
    column = np.empty(len(labels), dtype=object)
    for r, value in enumerate(labels):
        column[r] = value
    return column


def _no_labels(n: int) -> np.ndarray:
    return labels_column([{}] * n)


def label_systems(catalog: Catalog) -> list[str]:
    """The systems any size of ``catalog`` has a brand label in, in first-seen order."""
    seen: dict[str, None] = {}
    for labels in catalog.size_system_labels.tolist():
        if labels:
            seen.update(dict.fromkeys(labels))
    return list(seen)


def _segment_codes(listings: list[_PendingListing]) -> np.ndarray | None:
    """Given segments, with the category's for listings that gave none; None when no listing gave one."""
    if all(p.segment is None for p in listings):
        return None
    from sizer.catalog.segments import SEGMENTS, category_segment

    return np.array([SEGMENTS.index(p.segment or category_segment(p.category)) for p in listings], dtype=np.int8)


def _small_to_large(sizes: list[SizeEntry], dimensions: list[str]) -> list[SizeEntry]:
    """A listing's sizes in the order of sizer.catalog.rules.size_magnitudes (ties in file order)."""
    if len(sizes) < 2 or not dimensions:
        return list(sizes)
    from sizer.catalog.rules import size_magnitudes

    low = np.full((len(sizes), len(dimensions)), np.nan)
    high = np.full_like(low, np.nan)
    for k, size in enumerate(sizes):
        for dim, (lo, hi) in size.body_ranges_cm.items():
            j = dimensions.index(dim)
            low[k, j], high[k, j] = lo, hi
    order = np.argsort(size_magnitudes(low, high, dimensions), kind="stable")
    return [sizes[k] for k in order.tolist()]
