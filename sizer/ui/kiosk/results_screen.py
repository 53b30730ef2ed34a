"""The results: measurements, the size of each product on display with fit notes, the QR hand-off."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (QBoxLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QSizePolicy,
                               QVBoxLayout, QWidget)

from sizer.profile import BodyProfile
from sizer.recommend import ReasonCode, Recommendation, RecommendationStatus
from sizer.recommend.verdicts import Direction
from sizer.ui import names
from sizer.ui.i18n import labelled
from sizer.ui.kiosk.screens import Screen, make_button, make_label
from sizer.ui.numbers import length
from sizer.units import LengthUnit

# The measurements shown, in this order, when the profile has them (stature is what they typed).
SHOWN_MEASUREMENTS = ("chest_girth", "waist_girth", "hip_girth", "neck_girth", "shoulder_width", "arm_length",
                      "inside_leg")


def measurement_text(value_cm: float, unit: LengthUnit) -> str:
    return length(value_cm, LengthUnit.CM if unit is LengthUnit.CM else LengthUnit.IN_FRACTION)


class ProductCard(QFrame):
    def __init__(self, recommendation: Recommendation, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"product_{recommendation.listing_id}")
        self.setProperty("role", "card")
        self.title = make_label("", "product_title", align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.size = make_label("huge", "product_size", wrap=False)
        self.verdict = make_label("muted", "product_verdict", align=Qt.AlignmentFlag.AlignLeft)
        self.notes = make_label("muted", "product_fit_notes", align=Qt.AlignmentFlag.AlignLeft)
        self.title.setText(recommendation.title)
        self.size.setText(recommendation.size or "–")
        self.verdict.setText(verdict_text(recommendation))
        self.notes.setText(fit_notes(recommendation, language))
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.verdict)
        text.addWidget(self.notes)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(text, 1)
        layout.addWidget(self.size)


def verdict_text(recommendation: Recommendation) -> str:
    status = recommendation.status
    percent = round(recommendation.confidence * 100)
    if status is RecommendationStatus.FITS:
        return QCoreApplication.translate("KioskResults", "Your size · %1% sure").replace("%1", str(percent))
    if status is RecommendationStatus.BETWEEN_SIZES:
        return QCoreApplication.translate("KioskResults", "Between sizes: %1 would also fit").replace(
            "%1", recommendation.alternative or "–")
    if status is RecommendationStatus.BEST_AVAILABLE:
        return QCoreApplication.translate("KioskResults", "Your best size; the notes say where it is off")
    if status is RecommendationStatus.NO_FIT:
        ruled = recommendation.reason(ReasonCode.NO_SIZE_FITS)
        larger = any(r["body_is"] is Direction.LARGER for r in (ruled.params["ruled_out_by"] if ruled else []))
        if larger:
            return QCoreApplication.translate("KioskResults", "No size: even the largest, %1, is too small for you").replace(
                "%1", recommendation.closest or "–")
        return QCoreApplication.translate("KioskResults", "No size: even the smallest, %1, is too big for you").replace(
            "%1", recommendation.closest or "–")
    return names.status_name(status.value)


def fit_notes(recommendation: Recommendation, language: str) -> str:
    """How the size fits at each measured zone, e.g. "Chest: snug · Waist: good"."""
    return " · ".join(labelled(names.dimension_name(dim, language), names.zone_fit_name(zone.value))
                      for dim, zone in recommendation.fit.items() if zone is not None)


class QrLabel(QLabel):
    """The hand-off QR code, drawn as large as its share of the screen allows (whole modules, sharp)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("qr_code")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(QSize(160, 160))  # below this a phone at arm's length struggles to read it
        self._image: QImage | None = None

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self._rescale()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._image is None or self._image.isNull():
            self.clear()
            return
        side = max(1, min(self.width(), self.height()))
        self.setPixmap(QPixmap.fromImage(self._image).scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                                             Qt.TransformationMode.FastTransformation))


class ResultsScreen(Screen):
    start_over = Signal()
    print_requested = Signal()
    page_requested = Signal(int)  # 0-based

    def __init__(self, parent: QWidget | None = None):
        super().__init__("results_screen", parent)
        self.title = make_label("title", "results_title")
        self.measurements_title = make_label("subtitle", "measurements_title", align=Qt.AlignmentFlag.AlignLeft)
        self.measurements = QWidget()
        self.measurements.setObjectName("measurements")
        self.measurements_grid = QGridLayout(self.measurements)
        self.measurements_grid.setContentsMargins(0, 0, 0, 0)
        self.measurements_grid.setHorizontalSpacing(40)
        self.products_title = make_label("subtitle", "products_title", align=Qt.AlignmentFlag.AlignLeft)
        self.products = QWidget()
        self.products.setObjectName("products")
        self.products.setProperty("kioskScreen", True)
        self.products_box = QVBoxLayout(self.products)
        self.products_box.setContentsMargins(0, 0, 0, 0)
        self.products_box.setSpacing(14)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.products)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.products_scroll = scroll
        # A large catalogue is shown a page at a time: building 100,000 cards took minutes.
        self._page, self._pages = 0, 1
        self.previous_page = make_button("results_previous_page")
        self.next_page = make_button("results_next_page")
        self.page_label = make_label("muted", "results_page")
        self.previous_page.clicked.connect(lambda: self.page_requested.emit(self._page - 1))
        self.next_page.clicked.connect(lambda: self.page_requested.emit(self._page + 1))
        paging = QHBoxLayout()
        paging.addWidget(self.previous_page)
        paging.addWidget(self.page_label, 1)
        paging.addWidget(self.next_page)
        self._page_text = ("", "")
        self.qr = QrLabel()
        self.qr_caption = make_label("muted", "qr_caption")
        self.print_button = make_button("print_sizes")
        self.print_button.clicked.connect(self.print_requested)
        self.print_button.hide()
        self.done_button = make_button("results_start_over", primary=True)
        self.done_button.clicked.connect(self.start_over)

        details = QVBoxLayout()
        details.addWidget(self.measurements_title)
        details.addWidget(self.measurements)
        details.addSpacing(20)
        details.addWidget(self.products_title)
        details.addWidget(scroll, 1)
        details.addLayout(paging)
        actions = QVBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.qr_caption)
        actions.addSpacing(20)
        actions.addWidget(self.print_button)
        actions.addWidget(self.done_button)
        # Portrait: the QR code beside the buttons under the list; landscape: a column on the right.
        self.handoff = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.handoff.setSpacing(30)
        self.handoff.addWidget(self.qr, 2)
        self.handoff.addLayout(actions, 1)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.setSpacing(30)
        self.body.addLayout(details, 3)
        self.body.addLayout(self.handoff, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(50, 40, 50, 40)
        layout.addWidget(self.title)
        layout.addSpacing(20)
        layout.addLayout(self.body, 1)
        self._qr_image: QImage | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your sizes"))
        self.measurements_title.setText(self.tr("Your measurements"))
        self.products_title.setText(self.tr("Products on display"))
        self.qr_caption.setText(self.tr("Scan with your phone to keep your sizes"))
        self.print_button.setText(self.tr("Print my sizes"))
        self.done_button.setText(self.tr("Done – start over"))
        self.previous_page.setText(self.tr("← Previous"))
        self.next_page.setText(self.tr("Next →"))
        self._show_page_label()

    def set_page(self, page: int, pages: int, total: int, page_size: int) -> None:
        """Which page of how many is shown; the paging row hides when everything fits on one."""
        self._page, self._pages = page, pages
        first, last = page * page_size + 1, min(total, (page + 1) * page_size)
        self._page_text = (f"{first:,}–{last:,}", f"{total:,}")
        for widget in (self.previous_page, self.next_page, self.page_label):
            widget.setVisible(pages > 1)
        self.previous_page.setEnabled(page > 0)
        self.next_page.setEnabled(page < pages - 1)
        self._show_page_label()

    def _show_page_label(self) -> None:
        shown, total = self._page_text
        self.page_label.setText(self.tr("Products %1 of %2").replace("%1", shown).replace("%2", total) if shown else "")

    def set_orientation(self, portrait: bool) -> None:
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self.handoff.setDirection(QBoxLayout.Direction.LeftToRight if portrait else QBoxLayout.Direction.TopToBottom)

    def show_results(self, profile: BodyProfile, unit: LengthUnit, recommendations: Sequence[Recommendation],
                     language: str, qr: QImage | None, can_print: bool) -> None:
        self.clear()
        shown = [dim for dim in ("stature", *SHOWN_MEASUREMENTS) if dim in profile.measurements_cm]
        columns = 2
        for index, dim in enumerate(shown):
            name = make_label("", f"measurement_{dim}_name", align=Qt.AlignmentFlag.AlignLeft)
            name.setText(names.dimension_name(dim, language))
            value = make_label("", f"measurement_{dim}_value", wrap=False, align=Qt.AlignmentFlag.AlignRight)
            value.setText(measurement_text(profile.measurements_cm[dim], unit))
            row, column = divmod(index, columns)
            self.measurements_grid.addWidget(name, row, column * 2)
            self.measurements_grid.addWidget(value, row, column * 2 + 1)
        self.show_products(recommendations, language)
        self._qr_image = qr
        self.qr.set_image(qr)
        self.qr.setVisible(qr is not None)
        self.qr_caption.setVisible(qr is not None)
        self.print_button.setVisible(can_print)

    def show_products(self, recommendations: Sequence[Recommendation], language: str) -> None:
        """One page of product cards (the previous page's are deleted)."""
        self._clear_layout(self.products_box)
        for recommendation in recommendations:
            self.products_box.addWidget(ProductCard(recommendation, language))
        self.products_box.addStretch(1)
        self.products_scroll.verticalScrollBar().setValue(0)

    @staticmethod
    def _clear_layout(layout) -> None:
        while layout.count():
            widget = layout.takeAt(0).widget()
            if widget is not None:
                for label in widget.findChildren(QLabel) + ([widget] if isinstance(widget, QLabel) else []):
                    label.clear()  # the shopper's texts go now, not when the deferred delete runs
                widget.setParent(None)
                widget.deleteLater()

    def clear(self) -> None:
        for layout in (self.measurements_grid, self.products_box):
            self._clear_layout(layout)
        if self._qr_image is not None:
            self._qr_image.fill(255)  # overwrite the code's modules before letting the image go
        self._qr_image = None
        self.qr.set_image(None)
        self.print_button.hide()
        self.set_page(0, 1, 0, 1)

    def product_cards(self) -> list[ProductCard]:
        return self.products.findChildren(ProductCard)

    def qr_shown(self) -> bool:
        return self._qr_image is not None and not self.qr.pixmap().isNull()
