"""Table models over the columnar catalogue: listings (filtered, sorted, with the recommendation)
and one listing's size table. They read the numpy columns directly, so 100,000 listings stay
responsive: a view asks only for the rows it shows, and filtering/sorting are array operations."""
from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from sizer.catalog.model import FIT_INTENTS, STRETCHES, TABLE_SOURCES, Catalog, TableSource, split_skus
from sizer.recommend.verdicts import STATUSES, RecommendationStatus
from sizer.ui.names import category_name, dimension_name, fit_intent_name, status_name, stretch_name
from sizer.ui.numbers import length, number
from sizer.ui.problem_texts import error_text
from sizer.units import LengthUnit

Index = QModelIndex | QPersistentModelIndex
NO_FIT_COLOUR = QColor("#ffcdd2")
FIT_COLOUR = QColor("#c8e6c9")
BETWEEN_COLOUR = QColor("#fff9c4")
BEST_AVAILABLE_COLOUR = QColor("#ffe0b2")


def replaced(catalog: Catalog, **columns: np.ndarray) -> Catalog:
    """A new catalogue with some columns replaced (the recommender caches per catalogue object)."""
    return catalog.replaced(**columns)


class ListingsModel(QAbstractTableModel):
    ID, TITLE, CATEGORY, SYSTEM, FIT, STRETCH, SIZES, SIZE, ALTERNATIVE, CONFIDENCE, STATUS = range(11)
    EDITABLE = (TITLE, SYSTEM)
    edited = Signal(object)  # the new Catalog after an edit
    rejected = Signal(str)  # why an edit was refused (the importer's rules)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.catalog: Catalog | None = None
        self.results = None  # a RecommendationSet for this catalogue, or None
        self.visible = np.zeros(0, dtype=np.int64)  # listing indices shown, in order
        self._filter_text = ""
        self._filter_category = ""
        self._only_fitting = False
        self._sort = (-1, Qt.SortOrder.AscendingOrder)

    def headers(self) -> list[str]:
        return [self.tr("ID"), self.tr("Title"), self.tr("Category"), self.tr("Size system"), self.tr("Fit"),
                self.tr("Stretch"), self.tr("Sizes"), self.tr("Recommended"), self.tr("Runner-up"),
                self.tr("Confidence"), self.tr("Verdict")]

    # -- data ------------------------------------------------------------------------------
    def set_catalog(self, catalog: Catalog | None, results=None) -> None:
        self.beginResetModel()
        self.catalog, self.results = catalog, results
        self._refilter()
        self.endResetModel()

    def set_results(self, results) -> None:
        segments = {getattr(getattr(r, "profile", None), "segment", None) for r in (self.results, results)}
        self.results = results
        if self._only_fitting or self._sort[0] >= self.SIZE or segments != {None}:
            self.beginResetModel()
            self._refilter()
            self.endResetModel()
        elif self.rowCount():
            self.dataChanged.emit(self.index(0, self.SIZE), self.index(self.rowCount() - 1, self.STATUS))

    def listing_at(self, row: int) -> int:
        return int(self.visible[row])

    def row_of(self, listing_index: int) -> int:
        found = np.flatnonzero(self.visible == listing_index)
        return int(found[0]) if len(found) else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 11

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in self.EDITABLE else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.catalog is None:
            return None
        i, column, c = int(self.visible[index.row()]), index.column(), self.catalog
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.ID:
                return str(c.listing_ids[i])
            if column == self.TITLE:
                return str(c.titles[i])
            if column == self.CATEGORY:
                return category_name(str(c.categories[i])) if role == Qt.ItemDataRole.DisplayRole else str(c.categories[i])
            if column == self.SYSTEM:
                return str(c.size_systems[i])
            if column == self.FIT:
                return fit_intent_name(FIT_INTENTS[c.fit_codes[i]].value)
            if column == self.STRETCH:
                return stretch_name(STRETCHES[c.stretch_codes[i]].value)
            if column == self.SIZES:
                return int(c.size_offsets[i + 1] - c.size_offsets[i])
            return self._result_text(i, column)
        if role == Qt.ItemDataRole.BackgroundRole and column in (self.SIZE, self.STATUS) and self.results is not None:
            status = STATUSES[self.results.batch.status[0, i]]
            return QBrush({RecommendationStatus.FITS: FIT_COLOUR, RecommendationStatus.BETWEEN_SIZES: BETWEEN_COLOUR,
                           RecommendationStatus.BEST_AVAILABLE: BEST_AVAILABLE_COLOUR,
                           RecommendationStatus.NO_FIT: NO_FIT_COLOUR}.get(status, QColor("#eeeeee")))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.SIZES, self.CONFIDENCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _result_text(self, i: int, column: int) -> str:
        if self.results is None:
            return "—" if column == self.SIZE else ""
        batch = self.results.batch
        if column == self.SIZE:
            row = batch.best_row[0, i]
            if row < 0:
                return "—"
            label = str(self.catalog.size_labels[row])
            # With no fit the engine still points at the closest size: show it, but not as a verdict.
            return f"({label})" if STATUSES[batch.status[0, i]] is RecommendationStatus.NO_FIT else label
        if column == self.ALTERNATIVE:
            row = batch.alternative_row[0, i]
            return str(self.catalog.size_labels[row]) if row >= 0 else ""
        if column == self.CONFIDENCE:
            if STATUSES[batch.status[0, i]] is RecommendationStatus.NO_MEASUREMENTS:
                return ""
            return number(round(float(batch.confidence[0, i]) * 100)) + " %"
        return status_name(STATUSES[batch.status[0, i]].value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() not in self.EDITABLE or self.catalog is None:
            return False
        from sizer.catalog.editing import EditError, edit_listing_text

        text = str(value).strip()
        i = int(self.visible[index.row()])
        name = "titles" if index.column() == self.TITLE else "size_systems"
        if getattr(self.catalog, name)[i] == text:
            return False  # an unchanged value is no edit
        try:
            self.catalog = edit_listing_text(self.catalog, i, "title" if name == "titles" else "size_system", text)
        except EditError as error:
            self.rejected.emit(error_text(error))
            return False
        self.dataChanged.emit(index, index)
        self.edited.emit(self.catalog)
        return True

    # -- filtering and sorting (array operations) ------------------------------------------
    def set_filter(self, text: str = "", category: str = "", only_fitting: bool = False) -> None:
        self.beginResetModel()
        self._filter_text, self._filter_category, self._only_fitting = text.strip().casefold(), category, only_fitting
        self._refilter()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._refilter()
        self.layoutChanged.emit()

    def _refilter(self) -> None:
        c = self.catalog
        if c is None:
            self.visible = np.zeros(0, dtype=np.int64)
            return
        keep = np.ones(len(c), dtype=bool)
        if self._filter_category:
            keep &= c.categories == self._filter_category
        if self._filter_text:
            needle = self._filter_text
            keep &= np.fromiter((needle in f"{lid}\t{title}".casefold() for lid, title in zip(c.listing_ids, c.titles)),
                                dtype=bool, count=len(c))
        if self._only_fitting and self.results is not None:
            keep &= self.results.batch.sized()[0]
        visible = np.flatnonzero(keep)
        segment = getattr(getattr(self.results, "profile", None), "segment", None)
        if segment is not None:
            # A profile that says whom it is for sees that segment's listings, then unisex ones.
            from sizer.recommend.ordering import shown_for

            visible = np.array(shown_for(c, visible.tolist(), segment), dtype=np.int64)
        column, order = self._sort
        if column >= 0:
            keys = self._sort_keys(column)[visible]
            visible = visible[np.argsort(keys, kind="stable")]
            if order == Qt.SortOrder.DescendingOrder:
                visible = visible[::-1]
        self.visible = visible

    def _sort_keys(self, column: int) -> np.ndarray:
        c = self.catalog
        by_column = {self.ID: c.listing_ids, self.TITLE: c.titles, self.CATEGORY: c.categories,
                     self.SYSTEM: c.size_systems, self.FIT: c.fit_codes, self.STRETCH: c.stretch_codes,
                     self.SIZES: np.diff(c.size_offsets)}
        if column in by_column:
            keys = by_column[column]
            return keys.astype(str) if keys.dtype == object else keys
        if self.results is None:
            return np.zeros(len(c))
        batch = self.results.batch
        return {self.CONFIDENCE: batch.confidence[0], self.STATUS: batch.status[0]}.get(column, batch.best_row[0])


class SizesModel(QAbstractTableModel):
    """One listing's sizes: label, where the ranges come from, then min–max per dimension, and the
    size's SKUs (the ids the marketplace files carry) when the catalogue gives any.

    Body ranges typed by the merchant (not garment- or chart-derived ones) are editable.
    """

    edited = Signal(object)  # the new Catalog
    rejected = Signal(str)  # why an edit was refused

    def __init__(self, language: str, unit: LengthUnit, parent: QObject | None = None):
        super().__init__(parent)
        self.language, self.unit = language, unit
        self.catalog: Catalog | None = None
        self.listing = -1
        self.rows = range(0)
        self.dims: list[int] = []  # catalogue dimension columns this listing uses
        self.recommended_row = -1
        self.has_skus = False

    @property
    def sku_column(self) -> int:
        """The last column (after the ranges), or -1 when the listing's sizes have no SKUs."""
        return 2 + 2 * len(self.dims) if self.has_skus else -1

    def set_listing(self, catalog: Catalog | None, listing: int, recommended_row: int = -1) -> None:
        self.beginResetModel()
        self.catalog, self.listing, self.recommended_row = catalog, listing, recommended_row
        if catalog is None or listing < 0:
            self.rows, self.dims = range(0), []
        else:
            self.rows = range(int(catalog.size_offsets[listing]), int(catalog.size_offsets[listing + 1]))
            block = catalog.body_min_cm[self.rows.start:self.rows.stop]
            self.dims = [j for j in range(len(catalog.dimensions)) if not np.isnan(block[:, j]).all()]
        self.has_skus = catalog is not None and any(catalog.size_skus[r] for r in self.rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2 + 2 * len(self.dims) + (1 if self.has_skus else 0)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Size")
        if section == 1:
            return self.tr("From")
        if section == self.sku_column:
            return self.tr("SKU")
        dim = dimension_name(self.catalog.dimensions[self.dims[(section - 2) // 2]], self.language)
        unit = "cm" if self.unit is LengthUnit.CM else "in"
        return (self.tr("%1 min (%2)") if section % 2 == 0 else self.tr("%1 max (%2)")).replace("%1", dim).replace("%2", unit)

    def _source(self, r: int) -> TableSource:
        return TABLE_SOURCES[self.catalog.source_codes[r]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() >= 2 and index.column() != self.sku_column and self._source(self.rows[index.row()]) is TableSource.BODY_RANGES:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.catalog is None:
            return None
        r, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.BackgroundRole and r == self.recommended_row:
            return QBrush(FIT_COLOUR)
        if column == self.sku_column and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # Each colour's id, as the Google Merchant feed and the Amazon attribute file write them.
            skus = split_skus(self.catalog.size_skus[r])
            return ", ".join(skus) if role == Qt.ItemDataRole.DisplayRole else "\n".join(skus)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == self.sku_column:
            return None
        if column == 0:
            return str(self.catalog.size_labels[r])
        if column == 1:
            return {TableSource.BODY_RANGES: self.tr("body ranges"), TableSource.GARMENT: self.tr("garment + ease"),
                    TableSource.CHART: self.tr("standard chart")}[self._source(r)]
        j = self.dims[(column - 2) // 2]
        value = float((self.catalog.body_min_cm if column % 2 == 0 else self.catalog.body_max_cm)[r, j])
        if math.isnan(value):
            return ""
        if role == Qt.ItemDataRole.EditRole:
            return round(value if self.unit is LengthUnit.CM else value / 2.54, 2)
        return length(value, self.unit, with_unit=False)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        try:
            number = float(str(value).replace(",", "."))
        except ValueError:
            self.rejected.emit(self.tr("%1 is not a number").replace("%1", repr(str(value))))
            return False  # refused: nothing changes, nothing becomes unsaved
        if not math.isfinite(number):
            self.rejected.emit(self.tr("%1 is not a number").replace("%1", repr(str(value))))
            return False
        if number == self.data(index, Qt.ItemDataRole.EditRole):
            # The editor gives back the value it showed (a spin box does after refusing "abc"):
            # no edit, and the catalogue stays saved.
            return False
        from sizer.catalog.editing import EditError, edit_size_bound

        cm = number if self.unit is LengthUnit.CM else number * 2.54
        r, j = self.rows[index.row()], self.dims[(index.column() - 2) // 2]
        try:
            catalog, _ = edit_size_bound(self.catalog, r, j, "min" if index.column() % 2 == 0 else "max", cm)
        except EditError as error:
            self.rejected.emit(error_text(error))
            return False
        self.catalog = catalog
        # The sizes may have been re-ordered small to large: show the listing again.
        self.set_listing(catalog, self.listing, -1)
        self.edited.emit(self.catalog)
        return True
