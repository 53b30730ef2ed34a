"""Import a brand's size chart into a listing: what Sizer read (shape, unit, body or garment, each
with why), a preview of the sizes as they will be saved, and the choices to correct it.

Thin: reading and applying are sizer.catalog.brand_chart's; this shows the preview and re-reads
with the person's corrections.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
                               QLabel, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from sizer.catalog.brand_chart import (BRAND_LABEL, BrandChart, checked_segment, dropped_label_systems,
                                       kept_label_systems, match_sizes, read_brand_chart, save_problems,
                                       segment_of)
from sizer.errors import SizerError
from sizer.catalog.model import Listing
from sizer.ui.i18n import labelled
from sizer.ui.names import dimension_name
from sizer.ui.widgets.wrapping_label import WrappingLabel


class BrandChartDialog(QDialog):
    def __init__(self, path: Path, listing: Listing, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("brand_chart")
        self.setWindowTitle(self.tr("Brand size chart for %1").replace("%1", listing.listing_id))
        self.resize(820, 620)
        self.path, self.listing, self.language = path, listing, language
        self.segment = segment_of(listing) or None
        self.chart: BrandChart = read_brand_chart(path, segment=self.segment)
        self.detected = self.chart
        self.summary = WrappingLabel()
        self.summary.setObjectName("brand_chart_summary")
        self.summary.setWordWrap(True)
        self.unit = QComboBox()
        self.unit.setObjectName("brand_chart_unit")
        self.unit.addItem(self.tr("Centimetres"), "cm")
        self.unit.addItem(self.tr("Inches"), "in")
        self.unit.setCurrentIndex(self.unit.findData(self.chart.unit))
        self.kind = QComboBox()
        self.kind.setObjectName("brand_chart_kind")
        self.kind.addItem(self.tr("Body measurements"), False)
        self.kind.addItem(self.tr("Garment measurements"), True)
        self.kind.setCurrentIndex(1 if self.chart.garment else 0)
        # A garment measured laid flat gives half its girths: doubled when the sheet says so and the
        # values are half a body; the person can say otherwise before anything is applied.
        self.flat = QComboBox()
        self.flat.setObjectName("brand_chart_flat")
        self.flat.addItem(self.tr("No: whole girths"), False)
        self.flat.addItem(self.tr("Yes: half girths, doubled"), True)
        self.flat.setCurrentIndex(1 if self.chart.laid_flat else 0)
        self.unit_reason = WrappingLabel()
        self.unit_reason.setObjectName("brand_chart_unit_reason")
        self.unit_reason.setWordWrap(True)
        self.system = QComboBox()
        self.system.setObjectName("brand_chart_system")
        self.preview = QTableWidget()
        self.preview.setObjectName("brand_chart_preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.notes = WrappingLabel()
        self.notes.setObjectName("brand_chart_notes")
        self.notes.setWordWrap(True)
        # What the save would refuse, found by the save's own checks before anything is applied.
        self.problems = WrappingLabel()
        self.problems.setObjectName("brand_chart_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("The numbers are in:"), self.unit)
        form.addRow("", self.unit_reason)
        form.addRow(self.tr("They measure:"), self.kind)
        form.addRow(self.tr("Measured laid flat (half girths):"), self.flat)
        form.addRow(self.tr("Sizes of the listing:"), self.system)
        # Only the sizes the listing sells take the chart's measurements unless the person says otherwise.
        self.matched = WrappingLabel()
        self.matched.setObjectName("brand_chart_matched")
        self.matched.setWordWrap(True)
        self.add_new = QCheckBox()
        self.add_new.setObjectName("brand_chart_add_new")
        self.drop_missing = QCheckBox()
        self.drop_missing.setObjectName("brand_chart_drop_missing")
        form.addRow("", self.matched)
        form.addRow("", self.add_new)
        form.addRow("", self.drop_missing)
        # Or the chart as a chart file of its own (charts/README.md), for the Size charts page and conversions.
        stem = re.sub(r"[^a-z0-9]+", "_", path.stem.lower()).strip("_") or "brand_chart"
        self.chart_id = QLineEdit(stem)
        self.chart_id.setObjectName("brand_chart_id")
        self.chart_title = QLineEdit(path.stem)
        self.chart_title.setObjectName("brand_chart_title")
        self.source_url = QLineEdit()
        self.source_url.setObjectName("brand_chart_source")
        self.source_url.setPlaceholderText("https://")
        form.addRow(self.tr("Chart file id:"), self.chart_id)
        form.addRow(self.tr("Chart title:"), self.chart_title)
        form.addRow(self.tr("Published at (URL):"), self.source_url)
        self.target = "listing"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(self.tr("&Apply the chart to %1").replace("%1", listing.listing_id),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.chart_button = buttons.addButton(self.tr("Save as a chart &file…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.chart_button.clicked.connect(self._save_as_chart)
        self.source_url.textChanged.connect(lambda text: self.chart_button.setEnabled(bool(text.strip())))
        self.chart_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.unit.currentIndexChanged.connect(self._reread)
        self.kind.currentIndexChanged.connect(self._reread)
        self.flat.currentIndexChanged.connect(self._reread)
        self.system.currentIndexChanged.connect(self._show_match)
        self.add_new.toggled.connect(self._show_match)
        self._show()

    def note_text(self, note) -> str:
        params = getattr(note, "params", {})
        code = getattr(note, "code", "")
        if code == "graded":
            names = ", ".join(dimension_name(d, self.language) for d in params["dimensions"])
            return self.tr("Single values were graded to ranges halfway to the next size: %1").replace("%1", names)
        if code == "left_out":
            return self.tr("“%1” is neither a size system nor a body measurement: left out").replace(
                "%1", params["header"])
        if code == "twice":
            return self.tr("“%1” gives %2 a second time: the first column is used").replace(
                "%1", params["header"]).replace("%2", dimension_name(params["dimension"], self.language))
        if code == "laid_flat":
            return self.tr("Measured laid flat: %1 are half girths, doubled to whole girths (%2 → %3)").replace(
                "%1", ", ".join(f"“{h}”" for h in params["headers"])).replace("%2", params["half"]).replace(
                "%3", params["whole"])
        if code == "bust_for_women":
            return self.tr("“%1” is read as the bust girth: a women's chart").replace("%1", params["header"])
        if code == "short_sleeve":
            return self.tr("“%1” is a short sleeve (%2–%3 cm from the shoulder) that fits no arm length: left out"
                           ).replace("%1", params["header"]).replace("%2", params["low"]).replace("%3", params["high"])
        if code == "sleeve_from_shoulder":
            return self.tr("“%1” is read as the sleeve length from the shoulder seam (arm length)").replace(
                "%1", params["header"])
        if code == "implausible":
            return self.problem_text(params)
        if code == "not_a_measurement":
            return self.tr("%1 (“%2”) is not a measurement: left empty").replace("%1", params["cell"]).replace(
                "%2", params["header"])
        return str(note)

    def problem_text(self, params: dict) -> str:
        """A value the save would refuse, and the choice of this dialog that fixes it."""
        name = dimension_name(params["dimension"], self.language)
        whose = {"adults": self.tr("adults measure %1 to %2 cm"), "children": self.tr("children measure %1 to %2 cm")
                 }.get(params["whose"], self.tr("bodies measure %1 to %2 cm")).replace("%1", params["low"]).replace(
            "%2", params["high"])
        advice = {"unit_in": self.tr("the numbers look like inches: choose Inches above"),
                  "unit_cm": self.tr("the numbers look like centimetres: choose Centimetres above"),
                  "laid_flat": self.tr("they look like half girths of a garment laid flat: choose to double them above"),
                  "not_laid_flat": self.tr("they look like whole girths: choose whole girths above"),
                  }.get(params["fix"], self.tr("check the column's meaning and the numbers in the sheet"))
        return self.tr("%1: %2 %3 cannot be saved (%4); %5").replace("%1", name).replace(
            "%2", params["values"]).replace("%3", params["unit"]).replace("%4", whose).replace("%5", advice)

    def unit_reason_text(self, reason) -> str:
        """Why the unit is what it is, from what the sheet actually says (never a unit it does not)."""
        code = getattr(reason, "code", "")
        params = getattr(reason, "params", {})
        unit = self.tr("centimetres") if params.get("unit") == "cm" else self.tr("inches")
        if code == "unit_chosen":
            return self.tr("As chosen.")
        if code == "unit_said":
            return self.tr("The sheet says %1 in “%2”.").replace("%1", unit).replace("%2", params["where"])
        if code == "unit_both":
            return self.tr("The sheet says centimetres in “%1” and inches in “%2”; by the values: %3.").replace(
                "%1", params["where_cm"]).replace("%2", params["where_in"]).replace("%3", unit)
        if code == "unit_values":
            return self.tr("Nothing says the unit; the values are plausible bodies in %1.").replace("%1", unit)
        return str(reason)

    def _save_as_chart(self) -> None:
        self.target = "chart"
        self.accept()

    def _reread(self) -> None:
        unit = self.unit.currentData()
        garment = self.kind.currentData()
        flat = self.flat.currentData()
        self.chart = read_brand_chart(self.path, unit=None if unit == self.detected.unit else unit,
                                      garment=None if garment == self.detected.garment else garment,
                                      laid_flat=None if flat == self.detected.laid_flat else flat,
                                      segment=self.segment)
        self._show()

    def _show(self) -> None:
        chart = self.chart
        shape = self.tr("sizes as rows") if chart.orientation == "sizes as rows" else self.tr("sizes as columns")
        unit = self.tr("centimetres") if chart.unit == "cm" else self.tr("inches")
        kind = self.tr("garment measurements") if chart.garment else self.tr("body measurements")
        self.summary.setText(self.tr("%1: %2, in %3, %4. Check the preview: this is what will be saved.")
                             .replace("%1", self.path.name).replace("%2", shape).replace("%3", unit)
                             .replace("%4", kind))
        self.unit_reason.setText(self.unit_reason_text(chart.unit_reason))
        current = self.system.currentData()
        self.system.blockSignals(True)
        self.system.clear()
        for system in chart.systems:
            self.system.addItem(self.tr("The brand's own labels") if system == BRAND_LABEL else system, system)
        preferred = current or (self.listing.size_system if self.listing.size_system in chart.systems else None)
        self.system.setCurrentIndex(max(0, self.system.findData(preferred)))
        self.system.blockSignals(False)
        columns, rows = chart.preview_rows("cm")
        names = [self.tr("The brand's own labels") if c == BRAND_LABEL else c for c in chart.systems]
        prefix = self.tr("Garment") if chart.garment else self.tr("Body")
        names += [labelled(prefix, f"{dimension_name(d, self.language)} (cm)") for d in chart.dimensions]
        self.preview.clear()
        self.preview.setColumnCount(len(columns))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(names)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.notes.setText("\n".join(self.note_text(n) for n in chart.notes))
        self.notes.setVisible(bool(chart.notes))
        self.chart_problems = save_problems(chart, checked_segment(self.listing))
        self.problems.setText("\n".join(self.note_text(p) for p in self.chart_problems))
        self.problems.setVisible(bool(self.chart_problems))
        self._show_match()

    def _show_match(self) -> None:
        """Which of the listing's sizes take the chart's measurements, and the choices for the rest."""
        try:
            match = match_sizes(self.listing, self.chart, self.system.currentData())
        except SizerError:
            match = None
        sized = [f"{s.label} ({s.sku})" if s.sku else s.label for s in (match.listing_only if match else ())]
        new = [s.labels[match.system] for s in match.chart_only] if match else []
        taken = []
        for size, listed in (match.pairs if match else ()):
            label = size.labels[match.system]
            taken.append(listed.label if listed.label == label else
                         self.tr("%1 (the chart's %2)").replace("%1", listed.label).replace("%2", label))
        text = self.tr("The chart's measurements go to the sizes the listing sells: %1").replace(
            "%1", ", ".join(taken)) if taken else self.tr("None of the chart's sizes is a size the listing sells.")
        dropped = [self.tr("the brand's own") if s == BRAND_LABEL else s
                   for s in dropped_label_systems(self.chart, match.system)] if match else []
        kept = kept_label_systems(self.chart, match.system) if match else []
        if kept:
            text += "\n" + self.tr("The brand's own %1 labels are kept beside each size: guides and exports "
                                   "show them.").replace("%1", ", ".join(kept))
        if dropped:
            text += "\n" + self.tr("The chart's label columns that name no size system are not kept (%1).").replace(
                "%1", ", ".join(dropped))
        self.matched.setText(text)
        self.add_new.setText(self.tr("Also add the chart's sizes the listing does not sell: %1").replace(
            "%1", ", ".join(new)))
        self.add_new.setVisible(bool(new))
        self.drop_missing.setText(self.tr("Remove the listing's sizes the chart does not give: %1").replace(
            "%1", ", ".join(sized)))
        self.drop_missing.setVisible(bool(sized))
        takes = bool(match and (match.pairs or (new and self.add_new.isChecked())))
        self.apply_button.setEnabled(takes and not self.chart_problems)


@dataclass(frozen=True)
class BrandChartAnswer:
    chart: BrandChart
    system: str  # the label column that becomes the listing's sizes
    target: str  # "listing" or "chart"
    chart_id: str = ""
    title: str = ""
    source_url: str = ""
    add_new: bool = False  # the chart's sizes the listing does not sell are added
    drop_missing: bool = False  # the listing's sizes the chart does not give are removed


def ask_brand_chart(parent: QWidget | None, path: Path, listing: Listing, language: str = "en") \
        -> BrandChartAnswer | None:
    """The chart as corrected and where it goes, or None when cancelled."""
    dialog = BrandChartDialog(path, listing, language, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    result = BrandChartAnswer(dialog.chart, dialog.system.currentData(), dialog.target, dialog.chart_id.text().strip(),
                              dialog.chart_title.text().strip(), dialog.source_url.text().strip(),
                              dialog.add_new.isChecked() and dialog.add_new.isVisibleTo(dialog),
                              dialog.drop_missing.isChecked() and dialog.drop_missing.isVisibleTo(dialog)
                              ) if accepted else None
    dialog.deleteLater()
    return result
