"""Marketplace files: which channel's file to write for the catalogue, with that channel's choices.

Thin: it collects a channel and :class:`PresetOptions`; sizer.channels.write writes the file, as
``sizer preset`` does.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout, QWidget)

from sizer.channels import CHANNELS
from sizer.channels.write import PresetOptions
from sizer.languages import market_language
from sizer.ui.widgets.language_choice import LanguageChoice
from sizer.ui.documents.size_guide_export import gallery_sizes
from sizer.ui.i18n import fill
from sizer.ui.problem_texts import problem_text
from sizer.ui.widgets.wrapping_label import WrappingLabel


def channel_names() -> dict[str, str]:
    return {
        "amazon-size-chart": QCoreApplication.translate("PresetDialog", "Amazon: size-chart workbook (XLSX)"),
        "amazon-attributes": QCoreApplication.translate("PresetDialog", "Amazon: size attributes of each child listing"),
        "google-merchant": QCoreApplication.translate("PresetDialog", "Google Merchant Center: size feed"),
        "shopify-metaobjects": QCoreApplication.translate("PresetDialog", "Shopify: size-chart metaobjects (JSON)"),
        "shopify-metafields": QCoreApplication.translate("PresetDialog", "Shopify: product metafields (CSV)"),
        "image": QCoreApplication.translate("PresetDialog", "Pictures for Temu, SHEIN, AliExpress (a folder)"),
    }


class PresetDialog(QDialog):
    def __init__(self, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preset_options")
        self.setWindowTitle(self.tr("Marketplace files"))
        self.language = language
        self.channel = QComboBox()
        self.channel.setObjectName("preset_channel")
        for channel in CHANNELS:
            self.channel.addItem(channel_names()[channel], channel)
        self.marketplace = QComboBox()
        self.marketplace.setObjectName("preset_marketplace")
        from sizer.channels.amazon import marketplaces

        for code in marketplaces():
            self.marketplace.addItem(code, code)
        self.brand = QLineEdit()
        self.brand.setObjectName("preset_brand")
        self.brand.setPlaceholderText(self.tr("as on your Amazon listings"))
        self.system = QComboBox()
        self.system.setObjectName("preset_size_system")
        from sizer.channels.google import google_systems

        for system in google_systems():
            self.system.addItem(system, system)
        self.system.setCurrentIndex(self.system.findData("US"))
        # Shopify's and the pictures' texts: the interface language, or the Amazon marketplace's once it is chosen.
        self.output_language = LanguageChoice(language)
        self.output_language.setObjectName("preset_language")
        self.marketplace.currentIndexChanged.connect(self._marketplace_changed)
        self.picture = QComboBox()
        self.picture.setObjectName("preset_picture_size")
        for channel, (w, h) in gallery_sizes().items():
            self.picture.addItem(f"{channel.capitalize()} · {w} × {h}", (w, h))
        form = QFormLayout()
        form.addRow(self.tr("&Channel:"), self.channel)
        form.addRow(self.tr("Amazon &marketplace:"), self.marketplace)
        form.addRow(self.tr("&Brand:"), self.brand)
        form.addRow(self.tr("Google &size system:"), self.system)
        form.addRow(self.tr("&Picture size:"), self.picture)
        form.addRow(self.tr("&Language of the texts:"), self.output_language)
        self.problem = QLabel()
        self.problem.setObjectName("preset_problem")
        self.problem.setStyleSheet("color: #B00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("&Save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Which field each file fills, and from what: README, Marketplace presets.")))
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        for signal in (self.channel.currentIndexChanged, self.brand.textChanged):
            signal.connect(self._update)
        self._update()

    def _update(self) -> None:
        channel = self.channel.currentData()
        self.marketplace.setEnabled(channel.startswith("amazon"))
        self.brand.setEnabled(channel == "amazon-size-chart")
        self.system.setEnabled(channel == "google-merchant")
        self.picture.setEnabled(channel == "image")
        self.output_language.setEnabled(channel in ("shopify-metaobjects", "shopify-metafields", "image"))
        missing = channel == "amazon-size-chart" and not self.brand.text().strip()
        self.problem.setText(self.tr("Amazon keeps one size chart per brand: type the brand.") if missing else "")
        self.problem.setVisible(missing)
        self.save_button.setEnabled(not missing)

    def _marketplace_changed(self) -> None:
        """A marketplace's shoppers read its language: Amazon JP picks Japanese, DE German."""
        chosen = market_language(self.marketplace.currentData() or "")
        self.output_language.choose(chosen)

    def choice(self) -> tuple[str, PresetOptions]:
        return self.channel.currentData(), PresetOptions(
            marketplace=self.marketplace.currentData(), brand=self.brand.text().strip(),
            size_system=self.system.currentData(), language=self.output_language.currentData(), image_size=self.picture.currentData())


def ask_preset(parent: QWidget | None, language: str = "en") -> tuple[str, PresetOptions] | None:
    dialog = PresetDialog(language, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    choice = dialog.choice() if accepted else None
    dialog.deleteLater()
    return choice


class PresetResultDialog(QDialog):
    """What a marketplace file holds that the merchant should know (a listing sent in its own
    system, an Amazon chart split in two, two sizes made one row), as the CLI prints and the
    workbook's Notes sheet lists them, in the interface language."""

    def __init__(self, summary: str, notes: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preset_result")
        self.setWindowTitle(self.tr("Marketplace files"))
        self.resize(720, 360)
        self.summary = WrappingLabel(problem_text(summary))
        self.summary.setObjectName("preset_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # file names and SKUs shown as they are
        heading = WrappingLabel(fill(self.tr("%Ln note(s) on what the file holds; read them before you upload it:", "",
                                             len(notes))))
        heading.setWordWrap(True)
        self.notes = QPlainTextEdit("\n\n".join(problem_text(note) for note in notes))
        self.notes.setObjectName("preset_notes")
        self.notes.setReadOnly(True)  # selectable and copyable, to paste into a ticket or a mail
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(heading)
        layout.addWidget(self.notes, 1)
        layout.addWidget(buttons)

    def note_texts(self) -> list[str]:
        """The notes as the person reads them, one per entry."""
        return [n for n in self.notes.toPlainText().split("\n\n") if n]
