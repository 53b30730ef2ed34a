"""The mapping step: which column of a merchant's own file (Shopify export, Amazon flat file, a
supplier's sheet) is which, proposed by sizer.catalog.mapping and confirmed or changed here once.

Thin: the proposal, the checks and the import are the core's; this only shows them and edits a
copy of the mapping. OK stays disabled while the mapping cannot import (it says why).
"""
from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from sizer.catalog import chart_bridge
from sizer.catalog.mapping import NOT_SIZED, ColumnMapping, Proposal, measurement_target, target_choices
from sizer.ui.names import category_name, dimension_name
from sizer.ui.problem_texts import problem_text
from sizer.ui.widgets.wrapping_label import WrappingLabel


def target_name(target: str, language: str) -> str:
    """A target in words: "Listing id", "Chest girth: range (in)"."""
    fields = {
        "": QCoreApplication.translate("ColumnMapping", "(not imported)"),
        "listing_id": QCoreApplication.translate("ColumnMapping", "Listing id (product, style number)"),
        "sku": QCoreApplication.translate("ColumnMapping", "Variant SKU (per size)"),
        "title": QCoreApplication.translate("ColumnMapping", "Title"),
        "category": QCoreApplication.translate("ColumnMapping", "Category / product type"),
        "department": QCoreApplication.translate("ColumnMapping", "Department / gender"),
        "age_group": QCoreApplication.translate("ColumnMapping", "Age group (adult, kids, toddler, infant)"),
        "size_class": QCoreApplication.translate("ColumnMapping", "Size class (Amazon: Alpha, Numeric, Age)"),
        "size_label": QCoreApplication.translate("ColumnMapping", "Size"),
        "size_system": QCoreApplication.translate("ColumnMapping", "Size system"),
        "fit": QCoreApplication.translate("ColumnMapping", "Fit"),
        "stretch": QCoreApplication.translate("ColumnMapping", "Stretch"),
        "variant": QCoreApplication.translate("ColumnMapping", "Colour (sizes shared by every colour)"),
        "row_kind": QCoreApplication.translate("ColumnMapping", "Parent or child row (Amazon)"),
    }
    if target in fields:
        return fields[target]
    if target.startswith("option"):
        n, part = target[6], target.rsplit("_", 1)[1]
        text = QCoreApplication.translate("ColumnMapping", "Option %1 name") if part == "name" else QCoreApplication.translate("ColumnMapping", "Option %1 value")
        return text.replace("%1", n)
    parsed = measurement_target(target)
    if parsed is None:
        return target
    dim, kind, inches = parsed
    kinds = {"range": QCoreApplication.translate("ColumnMapping", "%1: body range"), "min": QCoreApplication.translate("ColumnMapping", "%1: body minimum"),
             "max": QCoreApplication.translate("ColumnMapping", "%1: body maximum"), "garment": QCoreApplication.translate("ColumnMapping", "%1: garment measurement")}
    unit = QCoreApplication.translate("ColumnMapping", "in") if inches else QCoreApplication.translate("ColumnMapping", "cm")
    return f"{kinds[kind].replace('%1', dimension_name(dim, language))} ({unit})"


class CatalogueMappingDialog(QDialog):
    def __init__(self, proposal: Proposal, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("column_mapping")
        self.setWindowTitle(self.tr("Which column is which?"))
        self.resize(900, 660)
        self.proposal = proposal
        self.mapping: ColumnMapping = copy.deepcopy(proposal.mapping)
        intro = WrappingLabel(self.tr("%1 is not in Sizer's own columns. Check what each column holds; Sizer "
                                      "proposed it from the names and the values. Rows of one product become one "
                                      "listing, and its variants its sizes.").replace("%1", Path(proposal.path).name))
        intro.setWordWrap(True)
        if proposal.in_use:
            intro.setText(intro.text() + " " + self.tr("These are the choices the file was read with: change "
                                                       "what is wrong, and Import reads it again."))
        elif proposal.remembered:
            intro.setText(intro.text() + " " + self.tr("This is the mapping you confirmed for files with these "
                                                       "columns."))
        # The columns Sizer recognised first (a Shopify export has some fifty), the rest in file order.
        names = [c for c in proposal.header if c and self.mapping.target_of(c)]
        names += [c for c in proposal.header if c and not self.mapping.target_of(c)]
        self.table = QTableWidget(len(names), 3)
        self.table.setObjectName("mapping_columns")
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Examples"), self.tr("Holds")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        choices = target_choices()
        for row, name in enumerate(names):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            samples = ", ".join(proposal.samples.get(name, [])[:4])
            item = QTableWidgetItem(samples[:80])
            item.setToolTip(samples)
            self.table.setItem(row, 1, item)
            combo = QComboBox()
            combo.setObjectName(f"target:{name}")
            for target in choices:
                combo.addItem(target_name(target, language), target)
            combo.setCurrentIndex(max(0, combo.findData(self.mapping.target_of(name))))
            combo.currentIndexChanged.connect(lambda _i, n=name, c=combo: self._set_target(n, c.currentData()))
            self.combos[name] = combo
            self.table.setCellWidget(row, 2, combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 320)

        form = QFormLayout()
        self.category = QComboBox()
        self.category.setObjectName("constant_category")
        self.category.addItem(self.tr("(from the file)"), "")
        for category in sorted(chart_bridge.category_ids(), key=category_name):
            self.category.addItem(category_name(category), category)
        self.category.setCurrentIndex(max(0, self.category.findData(self.mapping.constants.get("category", ""))))
        self.category.currentIndexChanged.connect(lambda _i: self._set_constant("category", self.category.currentData()))
        form.addRow(self.tr("Category of rows that give none:"), self.category)
        self.system = QComboBox()
        self.system.setObjectName("constant_size_system")
        self.system.addItem(self.tr("(from the file, else each product's labels)"), "")
        for system in ("INT", "US", "UK", "EU", "DE", "FR", "IT", "ES", "JP", "CN", "KR", "AU", "BR", "RU"):
            self.system.addItem(system, system)
        self.system.setCurrentIndex(max(0, self.system.findData(self.mapping.constants.get("size_system", ""))))
        self.system.currentIndexChanged.connect(lambda _i: self._set_constant("size_system", self.system.currentData()))
        form.addRow(self.tr("Size system of the labels:"), self.system)

        self.values = QTableWidget(len(proposal.category_texts), 2)
        self.values.setObjectName("category_values")
        self.values.setHorizontalHeaderLabels([self.tr("Category in the file"), self.tr("Sizer category")])
        self.values.verticalHeader().setVisible(False)
        self.values.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.values.setColumnWidth(1, 260)
        self.value_combos: dict[str, QComboBox] = {}
        for row, text in enumerate(proposal.category_texts):
            self.values.setItem(row, 0, QTableWidgetItem(text))
            combo = QComboBox()
            combo.setObjectName(f"category_value:{text}")
            combo.addItem(self.tr("(choose)"), "")
            # Gift cards, bags: no size chart is for them; their rows are left out on purpose and counted.
            combo.addItem(self.tr("Not sized: leave out"), NOT_SIZED)
            for category in sorted(chart_bridge.category_ids(), key=category_name):
                combo.addItem(category_name(category), category)
            combo.setCurrentIndex(max(0, combo.findData(self.mapping.category_values.get(text, ""))))
            combo.currentIndexChanged.connect(lambda _i, t=text, c=combo: self._set_category_value(t, c.currentData()))
            self.value_combos[text] = combo
            self.values.setCellWidget(row, 1, combo)
        self.values.setVisible(bool(proposal.category_texts))
        self.values.setMaximumHeight(130)

        self.remember = QCheckBox(self.tr("&Remember for files with these columns"))
        self.remember.setObjectName("remember_mapping")
        self.remember.setChecked(True)
        self.problems = WrappingLabel()
        self.problems.setObjectName("mapping_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #B00020")
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.values)
        layout.addWidget(self.problems)
        layout.addWidget(self.remember)
        layout.addWidget(self.buttons)
        self._check()

    def _set_target(self, column: str, target: str) -> None:
        self.mapping.columns[column] = target or ""
        self._check()

    def _set_constant(self, name: str, value: str) -> None:
        if value:
            self.mapping.constants[name] = value
        else:
            self.mapping.constants.pop(name, None)
        self._check()

    def _set_category_value(self, text: str, category: str) -> None:
        if category:
            self.mapping.category_values[text] = category
        else:
            self.mapping.category_values.pop(text, None)
        self._check()

    def problem_texts(self) -> list[str]:
        texts = {
            "listing id": QCoreApplication.translate("ColumnMapping", "Choose the column that holds the listing id (e.g. Handle, parent_sku, 款号)."),
            "title": QCoreApplication.translate("ColumnMapping", "Choose the column that holds the title."),
            "size": QCoreApplication.translate("ColumnMapping", "Choose the column that holds the size (e.g. Size, Option1 Value, 尺码)."),
            "category": QCoreApplication.translate("ColumnMapping", "Choose the category column, or one category for every row."),
        }
        by_code = {"mapping_no_listing_id": "listing id", "mapping_no_title": "title", "mapping_no_size": "size",
                   "mapping_no_category": "category"}
        shown = []
        for problem in self.mapping.problems():
            key = by_code.get(getattr(problem, "code", ""))
            shown.append(texts[key] if key else problem_text(problem))
        return shown

    def _check(self) -> None:
        problems = self.problem_texts()
        unmapped = [t for t in self.proposal.category_texts if t not in self.mapping.category_values]
        if unmapped and not self.mapping.constants.get("category"):
            problems.append(self.tr("Choose the Sizer category of: %1").replace("%1", "; ".join(unmapped[:5])))
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.import_button.setEnabled(not problems)


def ask_column_mapping(parent: QWidget | None, proposal: Proposal, language: str = "en") \
        -> tuple[ColumnMapping, bool] | None:
    """The mapping the person confirmed and whether to remember it, or None when they cancel."""
    dialog = CatalogueMappingDialog(proposal, language, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    result = (dialog.mapping, dialog.remember.isChecked()) if accepted else None
    dialog.deleteLater()
    return result
