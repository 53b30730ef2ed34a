"""The Size guide dialog: systems, units, paper, language and form of a listing's size guide.

Thin: it only collects a :class:`SizeGuideChoice`; the guide is built and written by the same
code as ``sizer guide`` (sizer.catalog.size_guide, sizer.ui.documents.size_guide_export).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QListWidget,
                               QListWidgetItem, QVBoxLayout, QWidget)

from sizer.catalog import chart_bridge
from sizer.catalog.model import Listing
from sizer.catalog.size_guide import default_paper
from sizer.languages import listing_language
from sizer.ui.widgets.language_choice import LanguageChoice
from sizer.ui.documents.size_guide_export import SizeGuideChoice, gallery_sizes
from sizer.ui.widgets.wrapping_label import WrappingLabel


def form_names() -> dict[str, str]:
    return {
        "html": QCoreApplication.translate("SizeGuideDialog", "Web page snippet (desktop, with pictures)"),
        "mobile": QCoreApplication.translate("SizeGuideDialog", "Web page snippet for phones"),
        "mobile-page": QCoreApplication.translate("SizeGuideDialog", "Whole web page for phones"),
        "plain": QCoreApplication.translate("SizeGuideDialog", "Plain HTML for marketplaces that strip styles (Amazon)"),
        "pdf": QCoreApplication.translate("SizeGuideDialog", "PDF to print"),
        "png": QCoreApplication.translate("SizeGuideDialog", "Picture with the measuring guides (PNG)"),
        "gallery-jpeg": QCoreApplication.translate("SizeGuideDialog", "Listing gallery picture (JPEG)"),
        "gallery-png": QCoreApplication.translate("SizeGuideDialog", "Listing gallery picture (PNG)"),
    }


class SizeGuideDialog(QDialog):
    def __init__(self, listing: Listing, systems: list[str], unit: str, language: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("size_guide_options")
        self.setWindowTitle(self.tr("Size guide of %1").replace("%1", listing.listing_id))
        self.listing = listing
        self.systems = QListWidget()
        self.systems.setObjectName("guide_systems")
        available = [s for s in chart_bridge.systems(listing.category) if s != listing.size_system]
        for system in available:
            item = QListWidgetItem(system)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if system in systems else Qt.CheckState.Unchecked)
            self.systems.addItem(item)
        self.systems.setMaximumHeight(150)
        self.unit = QComboBox()
        self.unit.setObjectName("guide_unit")
        for value, text in (("cm", self.tr("Centimetres")), ("in", self.tr("Inches")),
                            ("both", self.tr("Both, side by side"))):
            self.unit.addItem(text, value)
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit)))
        self.paper = QComboBox()
        self.paper.setObjectName("guide_paper")
        self.paper.addItem("A4", "A4")
        self.paper.addItem(self.tr("Letter"), "Letter")
        self.paper.setCurrentIndex(self.paper.findData(default_paper(listing, systems)))
        # The listing's market reads its own language (a JP-sized listing: Japanese); else the interface's.
        self.language = LanguageChoice(listing_language(listing.size_system, language))
        self.language.setObjectName("guide_language")
        self.form = QComboBox()
        self.form.setObjectName("guide_form")
        for value, text in form_names().items():
            self.form.addItem(text, value)
        self.gallery = QComboBox()
        self.gallery.setObjectName("guide_gallery_size")
        for channel, (w, h) in gallery_sizes().items():
            self.gallery.addItem(f"{channel.capitalize()} · {w} × {h}", channel)
        self.form.currentIndexChanged.connect(self._form_changed)
        form = QFormLayout()
        form.addRow(self.tr("Also show the labels of:"), self.systems)
        form.addRow(self.tr("&Units:"), self.unit)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Form:"), self.form)
        form.addRow(self.tr("&Paper (PDF):"), self.paper)
        form.addRow(self.tr("Picture &size:"), self.gallery)
        hint = WrappingLabel(self.tr("The body measurement that decides the size comes first. Letter is proposed for "
                                     "listings sized in US sizes, A4 for the others."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("&Save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._form_changed()

    def _form_changed(self) -> None:
        form = self.form.currentData()
        self.paper.setEnabled(form == "pdf")
        self.gallery.setEnabled(form in ("gallery-jpeg", "gallery-png"))

    def choice(self) -> SizeGuideChoice:
        systems = tuple(self.systems.item(i).text() for i in range(self.systems.count())
                        if self.systems.item(i).checkState() == Qt.CheckState.Checked)
        form = self.form.currentData()
        size = gallery_sizes()[self.gallery.currentData()] if form.startswith("gallery") else None
        return SizeGuideChoice(systems, self.unit.currentData(), self.paper.currentData(),
                               self.language.currentData(), form, size)


def ask_size_guide_options(parent: QWidget | None, listing: Listing, systems: list[str], unit: str,
                           language: str) -> SizeGuideChoice | None:
    dialog = SizeGuideDialog(listing, systems, unit, language, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    choice = dialog.choice() if accepted else None
    dialog.deleteLater()
    return choice
