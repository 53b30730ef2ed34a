"""Measuring guides: browse by body zone, read the illustrated guide, print it or save a PDF."""
from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (QHBoxLayout, QSizePolicy, QSplitter, QToolBar, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from sizer import guides
from sizer.toml_compat import tomllib
from sizer.ui.context import AppContext
from sizer.ui.dialogs import choose_save_file
from sizer.ui.icons import icon
from sizer.ui.pages.base import Page
from sizer.ui.problem_texts import error_text

GUIDE_ROLE = Qt.ItemDataRole.UserRole + 1


def guide_zones() -> dict[str, list[str]]:
    """Zone id -> guide ids, from guide_zones.toml."""
    text = (resources.files("sizer.ui") / "guide_zones.toml").read_text(encoding="utf-8")
    return {zone: list(ids) for zone, ids in tomllib.loads(text)["zones"].items()}


def guide_language(interface_language: str) -> str:
    return interface_language if interface_language in guides.languages() else guides.REFERENCE_LANGUAGE


class GuideView(QWidget):
    """Paints one guide to fit the widget (the same renderer as the PNG and PDF documents)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.guide_id: str | None = None
        self.language = guides.REFERENCE_LANGUAGE
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        self.setStyleSheet("background: white;")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def show_guide(self, guide_id: str, language: str) -> None:
        self.guide_id, self.language = guide_id, language
        self.setAccessibleName(guides.load_guide(guide_id, language).title)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(640, 560)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self.guide_id is None:
            return
        from sizer.ui.documents.guides import paint_guide

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = 16
        paint_guide(painter, QRectF(self.rect()).adjusted(margin, margin, -margin, -margin),
                    self.guide_id, self.language)
        painter.end()


class GuidesPage(Page):
    icon_name = "guides"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("guides_page")
        self.language = guide_language(context.language)
        zone_names = {
            "whole_body": self.tr("Whole body"),
            "head_and_neck": self.tr("Head and neck"),
            "torso": self.tr("Torso"),
            "arms_and_hands": self.tr("Arms and hands"),
            "legs_and_feet": self.tr("Legs and feet"),
            "garments": self.tr("Garments laid flat"),
        }
        self.tree = QTreeWidget()
        self.tree.setObjectName("guide_list")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Measuring guides by body zone"))
        self.tree.setMinimumWidth(220)
        self._items: dict[str, QTreeWidgetItem] = {}
        for zone, ids in guide_zones().items():
            zone_item = QTreeWidgetItem([zone_names.get(zone, zone)])
            zone_item.setFlags(zone_item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(zone_item)
            for guide_id in ids:
                item = QTreeWidgetItem([guides.load_guide(guide_id, self.language).title])
                item.setData(0, GUIDE_ROLE, guide_id)
                zone_item.addChild(item)
                self._items[guide_id] = item
        self.tree.expandAll()
        self.tree.currentItemChanged.connect(self._item_chosen)

        self.view = GuideView()
        self.view.setObjectName("guide_view")
        self.print_action = QAction(icon("print"), self.tr("&Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(self.print_guide)
        self.pdf_action = QAction(icon("pdf"), self.tr("Save as &PDF…"), self)
        self.pdf_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.pdf_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.pdf_action.triggered.connect(self.save_pdf)
        self.addActions([self.print_action, self.pdf_action])
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.print_action)
        toolbar.addAction(self.pdf_action)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(toolbar)
        right_layout.addWidget(self.view, 1)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.show_guide(guides.guide_ids()[0])

    def title(self) -> str:
        return self.tr("Measuring guides")

    @property
    def guide_id(self) -> str | None:
        return self.view.guide_id

    def show_guide(self, guide_id: str) -> None:
        """Select and show ``guide_id`` (every measurement field's "?" comes here)."""
        guides.check_guide_id(guide_id)
        self.tree.setCurrentItem(self._items[guide_id])
        self.view.show_guide(guide_id, self.language)

    def _item_chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        guide_id = item.data(0, GUIDE_ROLE) if item is not None else None
        if guide_id:
            self.view.show_guide(guide_id, self.language)

    def print_guide(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the measuring guide"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.paint_to_printer(printer)

    def paint_to_printer(self, printer) -> None:
        from sizer.ui.documents.guides import paint_guide

        painter = QPainter(printer)
        try:
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            paint_guide(painter, QRectF(0, 0, area.width(), area.height()), self.guide_id, self.language,
                        layout="page")
        finally:
            painter.end()

    def save_pdf(self) -> None:
        title = guides.load_guide(self.guide_id, self.language).title
        path = choose_save_file(self, self.context.settings, self.tr("Save the measuring guide as PDF"),
                                f"{self.guide_id}.pdf", self.tr("PDF files (*.pdf)"))
        if path is not None:
            self.write_pdf(path, title)

    def write_pdf(self, path, title: str = "") -> None:
        from sizer.ui.documents.guides import write_guide_pdf

        guide_id, language = self.guide_id, self.language
        # QPdfWriter paints with fonts: on the GUI thread (Qt's font engine is not thread-safe here).
        try:
            write_guide_pdf(guide_id, language, path)
        except Exception as error:  # noqa: BLE001 - shown as one message
            self.context.show_error(error_text(error))
            return
        self.notify(self.tr("Saved %1").replace("%1", str(path)))
