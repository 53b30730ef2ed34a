"""The shopper's results as arrays, shown a page at a time: fast for a 100,000-listing catalogue.

Qt-free. The recommender scores every listing at once (arrays); :class:`Recommendation` objects,
with their reasons, are built only for the page on the screen. Ticked products on display are
shown (the merchant's order, those with a size first); with none ticked, the whole catalogue,
paged. ``wipe`` overwrites the arrays that describe the shopper before they are dropped.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from sizer.recommend import Recommendation
from sizer.recommend.engine import STATUS_BETWEEN, STATUS_FITS, RecommendationSet
from sizer.ui.kiosk.handoff import ProductSize

PAGE_SIZE = 12  # product cards a page: a screenful on a portrait kiosk, a few scrolls on a landscape one


class ShopperResults:
    def __init__(self, verdicts: RecommendationSet, shown: Sequence[int] | None = None, page_size: int = PAGE_SIZE):
        self._verdicts: RecommendationSet | None = verdicts
        batch = verdicts.batch
        order = np.arange(len(verdicts), dtype=np.int64) if not shown else np.asarray(shown, dtype=np.int64)
        status = batch.status[0, order]
        has_size = (status == STATUS_FITS) | (status == STATUS_BETWEEN)
        self.order = order[np.argsort(~has_size, kind="stable")]  # products with a size first, order kept
        self.sized_count = int(np.count_nonzero(has_size))
        self.page_size = max(1, page_size)

    def __len__(self) -> int:
        return len(self.order)

    @property
    def page_count(self) -> int:
        return max(1, -(-len(self.order) // self.page_size))

    def page(self, number: int) -> list[Recommendation]:
        """The recommendations on page ``number`` (0-based, clamped), with their reasons."""
        if self._verdicts is None:
            return []
        number = min(max(number, 0), self.page_count - 1)
        start = number * self.page_size
        return [self._verdicts.recommendation(int(i)) for i in self.order[start:start + self.page_size]]

    def sized_products(self, limit: int) -> list[ProductSize]:
        """The first ``limit`` products with a size for the shopper: what the QR code and the print carry."""
        if self._verdicts is None:
            return []
        catalog, batch = self._verdicts.catalog, self._verdicts.batch
        found = []
        for index in self.order[:min(limit, self.sized_count)]:
            row = int(batch.best_row[0, index])
            found.append(ProductSize(str(catalog.listing_ids[index]), str(catalog.titles[index]),
                                     str(catalog.size_labels[row]) if row >= 0 else ""))
        return found

    def wipe(self) -> None:
        """Overwrite the shopper's verdicts (sizes, fits, confidences) and drop them."""
        verdicts, self._verdicts = self._verdicts, None
        if verdicts is not None:
            for value in vars(verdicts.batch).values():
                if isinstance(value, np.ndarray) and value.flags.writeable:
                    value.fill(0)
            verdicts.profile = None  # type: ignore[assignment]
        self.order = np.zeros(0, dtype=np.int64)
        self.sized_count = 0
