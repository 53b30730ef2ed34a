"""The shopper's results as arrays, shown a page at a time: fast for a 100,000-listing catalogue.

Qt-free. With products ticked for display, only those are scored (a small catalogue of their own,
made once when the kiosk's settings are read). With none ticked, the whole catalogue is scored
at once without explanations, to order it (products with a size for the shopper first), and each
page's dozen listings are explained when the page is shown. ``wipe`` overwrites the arrays that
describe the shopper before they are dropped.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from sizer.catalog import Catalog
from sizer.catalog.segments import SEGMENTS, segment_rank
from sizer.profile import BodyProfile
from sizer.recommend import Recommendation, recommend
from sizer.recommend.engine import BatchRecommendations, recommend_many
from sizer.ui.kiosk.handoff import ProductSize

PAGE_SIZE = 12  # product cards a page: a screenful on a portrait kiosk, a few scrolls on a landscape one


def catalog_subset(catalog: Catalog, indices: Sequence[int]) -> Catalog:
    """The listings at ``indices`` (in that order) with their size rows, as a catalogue of their own."""
    picked = np.asarray(indices, dtype=np.int64)
    starts, stops = catalog.size_offsets[picked], catalog.size_offsets[picked + 1]
    counts = stops - starts
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    rows = np.repeat(starts - offsets[:-1], counts) + np.arange(int(offsets[-1]), dtype=np.int64)
    return Catalog(dimensions=catalog.dimensions, listing_ids=catalog.listing_ids[picked],
                   titles=catalog.titles[picked], categories=catalog.categories[picked],
                   size_systems=catalog.size_systems[picked], fit_codes=catalog.fit_codes[picked],
                   stretch_codes=catalog.stretch_codes[picked], size_offsets=offsets,
                   size_labels=catalog.size_labels[rows], source_codes=catalog.source_codes[rows],
                   body_min_cm=catalog.body_min_cm[rows], body_max_cm=catalog.body_max_cm[rows],
                   garment_cm=catalog.garment_cm[rows], source=catalog.source,
                   segment_codes=catalog.segment_codes[picked], size_skus=catalog.size_skus[rows])


def _overwrite(batch: BatchRecommendations | None) -> None:
    if batch is not None:
        for value in vars(batch).values():
            if isinstance(value, np.ndarray) and value.flags.writeable:
                value.fill(0)


class ShopperResults:
    """One shopper's verdicts for ``catalog`` (the products on display, or the whole catalogue)."""

    def __init__(self, profile: BodyProfile, catalog: Catalog, page_size: int = PAGE_SIZE):
        self._profile: BodyProfile | None = profile
        self._catalog: Catalog | None = catalog
        self._batch: BatchRecommendations | None = recommend_many([profile], catalog)
        has_size = self._batch.sized()[0]
        # The shopper's segment's products first, then those for anyone, another segment's left out
        # (as sizer.recommend.ordering.shown_for, vectorised); within each, products with a size
        # first; otherwise the merchant's order.
        rank_of_code = np.array([segment_rank(profile.segment, segment) for segment in SEGMENTS], dtype=np.int8)
        rank = rank_of_code[catalog.segment_codes]
        order = np.lexsort((np.arange(len(rank)), ~has_size, rank))
        self.order = order[rank[order] <= 1]
        self.sized_count = int(np.count_nonzero(has_size[self.order]))
        self.page_size = max(1, page_size)

    def __len__(self) -> int:
        return len(self.order)

    @property
    def page_count(self) -> int:
        return max(1, -(-len(self.order) // self.page_size))

    def page(self, number: int) -> list[Recommendation]:
        """The recommendations on page ``number`` (0-based, clamped), with their reasons."""
        if self._catalog is None or self._profile is None:
            return []
        number = min(max(number, 0), self.page_count - 1)
        shown = self.order[number * self.page_size:(number + 1) * self.page_size]
        explained = recommend(self._profile, catalog_subset(self._catalog, shown))
        page = [explained.recommendation(i) for i in range(len(shown))]
        _overwrite(explained.batch)
        return page

    def sized_products(self, limit: int) -> list[ProductSize]:
        """The first ``limit`` products with a size for the shopper: what the QR code and the print carry."""
        if self._catalog is None or self._batch is None:
            return []
        catalog, batch = self._catalog, self._batch
        found = []
        shown_sized = self.order[batch.sized()[0][self.order]]  # in the order shown
        for index in shown_sized[:limit]:
            row = int(batch.best_row[0, index])
            found.append(ProductSize(str(catalog.listing_ids[index]), str(catalog.titles[index]),
                                     str(catalog.size_labels[row]) if row >= 0 else ""))
        return found

    def wipe(self) -> None:
        """Overwrite the shopper's verdicts (sizes, fits, confidences) and drop them."""
        _overwrite(self._batch)
        self._batch = self._catalog = self._profile = None
        self.order = np.zeros(0, dtype=np.int64)
        self.sized_count = 0
