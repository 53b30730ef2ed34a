"""Size charts: a category's labels in the chosen systems, equivalents lit up, copy and export."""
from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMenu, QSplitter, QTableWidget, QTableWidgetItem, QTextBrowser,
                               QToolButton, QVBoxLayout, QWidget)

from sizer.errors import SizerError, UnknownChoiceError
from sizer.sizing import SizeChart, chart_texts, load_charts
from sizer.ui.context import AppContext
from sizer.ui.dialogs import choose_save_file
from sizer.ui.icons import icon
from sizer.ui.names import category_name, dimension_name
from sizer.ui.pages.base import Page
from sizer.ui.settings import DEFAULT_SYSTEMS, LAST_CATEGORY, UNITS
from sizer.units import LengthUnit, format_length

log = logging.getLogger("sizer.ui")

HIGHLIGHT = QColor("#b2dfdb")  # the accent (teal) of the icons, light enough for black text
SYSTEM_ROLE = Qt.ItemDataRole.UserRole + 1


class ChartsPage(Page):
    icon_name = "charts"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("charts_page")
        self.library = load_charts()
        self.chart: SizeChart | None = None
        self.shown_systems: list[str] = []
        self.selected: tuple[str, str] | None = None  # (system, label) whose equivalents are lit

        self.category = QComboBox()
        self.category.setObjectName("category")
        for chart in sorted(self.library, key=lambda c: category_name(c.id)):
            self.category.addItem(category_name(chart.id), chart.id)
        category_label = QLabel(self.tr("&Category:"))
        category_label.setBuddy(self.category)

        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        self.unit.addItem(self.tr("cm"), LengthUnit.CM.value)
        self.unit.addItem(self.tr("inches"), LengthUnit.IN.value)
        unit_label = QLabel(self.tr("&Units:"))
        unit_label.setBuddy(self.unit)
        self.unit.setCurrentIndex(0 if context.unit() is LengthUnit.CM else 1)

        self.systems_button = QToolButton()
        self.systems_button.setObjectName("systems")
        self.systems_button.setText(self.tr("&Systems"))
        self.systems_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.systems_menu = QMenu(self.systems_button)
        self.systems_button.setMenu(self.systems_menu)

        self.find_system = QComboBox()
        self.find_system.setObjectName("find_system")
        self.find_label = QLineEdit()
        self.find_label.setObjectName("find_label")
        self.find_label.setPlaceholderText(self.tr("e.g. 8, M, 38"))
        self.find_label.setClearButtonEnabled(True)
        find_label_caption = QLabel(self.tr("&Find a size:"))
        find_label_caption.setBuddy(self.find_system)
        self.find_label.returnPressed.connect(self._find_typed_label)
        self.find_label.textEdited.connect(self._find_typed_label_quietly)
        self.find_system.currentIndexChanged.connect(self._find_system_changed)

        self.copy_action = QAction(icon("copy"), self.tr("&Copy table"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_table)
        self.addAction(self.copy_action)
        self.export_action = QAction(icon("export"), self.tr("&Export CSV…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.triggered.connect(self.export_table)
        self.addAction(self.export_action)
        copy_button = QToolButton()
        copy_button.setDefaultAction(self.copy_action)
        copy_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        export_button = QToolButton()
        export_button.setDefaultAction(self.export_action)
        export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        controls = QHBoxLayout()
        for widget in (category_label, self.category, unit_label, self.unit, self.systems_button):
            controls.addWidget(widget)
        controls.addSpacing(16)
        for widget in (find_label_caption, self.find_system, self.find_label):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(copy_button)
        controls.addWidget(export_button)

        self.table = QTableWidget()
        self.table.setObjectName("chart_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(self._cell_chosen)
        self.summary = QLabel()
        self.summary.setObjectName("equivalents_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QTextBrowser()
        self.notes.setObjectName("chart_notes")
        self.notes.setOpenExternalLinks(True)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.notes)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)

        self.category.currentIndexChanged.connect(self._category_changed)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        last = context.settings.get(LAST_CATEGORY)
        self.category.setCurrentIndex(max(0, self.category.findData(last)))
        self._category_changed()
        self.setTabOrder(self.category, self.unit)
        self.setTabOrder(self.unit, self.systems_button)
        self.setTabOrder(self.systems_button, self.find_system)
        self.setTabOrder(self.find_system, self.find_label)
        self.setTabOrder(self.find_label, self.table)

    def title(self) -> str:
        return self.tr("Size charts")

    # -- choosing what to show ------------------------------------------------------------
    def select_category(self, chart_id: str) -> None:
        index = self.category.findData(chart_id)
        if index < 0:
            raise UnknownChoiceError("category", chart_id, self.library.ids())
        self.category.setCurrentIndex(index)

    def _category_changed(self) -> None:
        chart_id = self.category.currentData()
        if chart_id is None:
            return
        self.chart = self.library.get(chart_id)
        self.context.settings.set(LAST_CATEGORY, chart_id)
        defaults = [s for s in self.context.settings.get(DEFAULT_SYSTEMS) if s in self.chart.systems]
        self.shown_systems = defaults or list(self.chart.systems)
        self.selected = None
        self._rebuild_systems_menu()
        self.find_system.blockSignals(True)
        self.find_system.clear()
        self.find_system.addItems(list(self.chart.systems))
        self.find_system.blockSignals(False)
        self._find_system_changed()
        self._fill_table()
        self._show_notes()

    def _rebuild_systems_menu(self) -> None:
        self.systems_menu.clear()
        for system in self.chart.systems:
            action = self.systems_menu.addAction(system)
            action.setCheckable(True)
            action.setChecked(system in self.shown_systems)
            action.toggled.connect(lambda checked, s=system: self.set_system_shown(s, checked))

    def set_system_shown(self, system: str, shown: bool) -> None:
        if shown and system not in self.shown_systems:
            self.shown_systems = [s for s in self.chart.systems if s in self.shown_systems or s == system]
        elif not shown and system in self.shown_systems and len(self.shown_systems) > 1:
            self.shown_systems.remove(system)
        self._fill_table()

    def _unit_changed(self) -> None:
        self.context.settings.set(UNITS, self.unit.currentData())
        self._fill_table()

    # -- the table -------------------------------------------------------------------------
    def headers(self) -> list[str]:
        unit = self.tr("cm") if self.unit.currentData() == LengthUnit.CM.value else self.tr("in")
        dims = [f"{dimension_name(d, self.context.language)} ({unit})" for d in self.chart.dimensions]
        return [*self.shown_systems, *dims]

    def _range_text(self, low: float, high: float) -> str:
        unit = LengthUnit(self.unit.currentData())
        return f"{format_length(low, unit, with_unit=False)}–{format_length(high, unit, with_unit=False)}"

    def _fill_table(self) -> None:
        chart = self.chart
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setColumnCount(len(self.shown_systems) + len(chart.dimensions))
        self.table.setRowCount(chart.row_count)
        self.table.setHorizontalHeaderLabels(self.headers())
        for row in range(chart.row_count):
            labels = chart.row_labels(row)
            for column, system in enumerate(self.shown_systems):
                item = QTableWidgetItem(" / ".join(labels.get(system, [])))
                item.setData(SYSTEM_ROLE, system)
                self.table.setItem(row, column, item)
            ranges = chart.row_ranges(row)
            for offset, dim in enumerate(chart.dimensions):
                text = self._range_text(*ranges[dim]) if dim in ranges else ""
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, len(self.shown_systems) + offset, item)
        self.table.blockSignals(False)
        self._highlight()

    def _cell_chosen(self, row: int, column: int, *_previous) -> None:
        item = self.table.item(row, column)
        if item is None or item.data(SYSTEM_ROLE) is None or not item.text():
            return
        # A cell may hold "37 / 38": the first label stands for the row.
        self.highlight_label(item.data(SYSTEM_ROLE), item.text().split(" / ")[0])

    def highlight_label(self, system: str, label: str) -> dict[str, list[str]]:
        """Light up ``label`` of ``system`` and its equivalents in every shown system."""
        equivalents = self.chart.equivalents(system, label)
        self.selected = (system, label)
        self._highlight()
        return equivalents

    def _highlight(self) -> None:
        bold = QFont(self.table.font())
        bold.setBold(True)
        equivalents = self.chart.equivalents(*self.selected) if self.selected else {}
        lit_rows: set[int] = set()
        for row in range(self.table.rowCount()):
            labels = self.chart.row_labels(row)
            for column, system in enumerate(self.shown_systems):
                item = self.table.item(row, column)
                lit = bool(set(labels.get(system, [])) & set(equivalents.get(system, [])))
                item.setBackground(QBrush(HIGHLIGHT) if lit else QBrush())
                item.setFont(bold if lit else self.table.font())
                if lit:
                    lit_rows.add(row)
        if lit_rows:
            self.table.scrollToItem(self.table.item(min(lit_rows), 0), QAbstractItemView.ScrollHint.EnsureVisible)
        self._show_summary(equivalents)

    def lit_cells(self) -> dict[str, list[str]]:
        """The texts of the highlighted cells per shown system (what a person sees lit)."""
        found: dict[str, list[str]] = {}
        for row in range(self.table.rowCount()):
            for column, system in enumerate(self.shown_systems):
                item = self.table.item(row, column)
                if item.background().color() == HIGHLIGHT:
                    found.setdefault(system, []).append(item.text())
        return found

    def _show_summary(self, equivalents: dict[str, list[str]]) -> None:
        if not self.selected:
            self.summary.setText(self.tr("Click a size, or type one above, to see its equivalents."))
            return
        system, label = self.selected
        parts = [f"<b>{html.escape(s)}</b> {html.escape(' / '.join(v))}" for s, v in equivalents.items() if v]
        ranges = self.chart.body_ranges(system, label)
        body = [f"{html.escape(dimension_name(d, self.context.language))} {self._range_text(*r)}"
                for d, r in ranges.items()]
        unit = self.tr("cm") if self.unit.currentData() == LengthUnit.CM.value else self.tr("in")
        self.summary.setText(self.tr("%1 %2 equals: %3<br>Body: %4 %5")
                             .replace("%1", html.escape(system)).replace("%2", html.escape(label))
                             .replace("%3", " · ".join(parts)).replace("%4", ", ".join(body)).replace("%5", unit))

    # -- finding a typed label -------------------------------------------------------------
    def _find_system_changed(self) -> None:
        system = self.find_system.currentText()
        if self.chart is None or not system:
            return
        completer = QCompleter(self.chart.labels(system), self.find_label)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(lambda _text: self._find_typed_label())
        self.find_label.setCompleter(completer)

    def _find_typed_label_quietly(self) -> None:
        try:
            self.highlight_label(self.find_system.currentText(), self.find_label.text())
        except SizerError:
            pass  # still typing: wait for Enter to say what is wrong

    def _find_typed_label(self) -> None:
        text = self.find_label.text().strip()
        if not text:
            return
        try:
            self.highlight_label(self.find_system.currentText(), text)
        except UnknownChoiceError as error:
            hint = (self.tr("Did you mean %1?").replace("%1", " / ".join(error.suggestions))
                    if error.suggestions else self.tr("Choose one of the suggestions."))
            self.summary.setText(self.tr("%1 has no size %2.").replace("%1", html.escape(self.find_system.currentText()))
                                 .replace("%2", html.escape(text)) + " " + hint)

    # -- notes, copy, export ---------------------------------------------------------------
    def _show_notes(self) -> None:
        chart = self.chart
        texts = chart_texts(chart, self.context.language)  # source citations stay as published
        parts = [f"<h3>{html.escape(texts.title)}</h3>"]
        if texts.notes:
            parts.append(f"<p>{html.escape(texts.notes).replace(chr(10), '<br>')}</p>")
        if texts.conventions:
            parts.append("<h4>" + self.tr("Conventions") + "</h4><ul>")
            parts += [f"<li><b>{html.escape(c.topic)}</b>: {html.escape(c.choice)} — {html.escape(c.reason)}</li>"
                      for c in texts.conventions]
            parts.append("</ul>")
        parts.append("<h4>" + self.tr("Sources") + "</h4><ol>")
        for source in chart.sources:
            title = html.escape(source.title)
            if source.url:
                title = f'<a href="{html.escape(source.url)}">{title}</a>'
            extra = " ".join(html.escape(x) for x in (source.standard, source.note) if x)
            parts.append(f"<li>{title}{' — ' + extra if extra else ''}</li>")
        parts.append("</ol>")
        self.notes.setHtml("".join(parts))

    def table_rows(self) -> list[list[str]]:
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    def copy_table(self) -> str:
        """Put the table on the clipboard as tab-separated text (pastes into a spreadsheet)."""
        lines = ["\t".join(self.headers())] + ["\t".join(row) for row in self.table_rows()]
        text = "\n".join(lines) + "\n"
        QGuiApplication.clipboard().setText(text)
        return text

    def export_table(self) -> None:
        path = choose_save_file(self, self.context.settings, self.tr("Export the size chart"),
                                f"{self.chart.id}.csv", self.tr("CSV files (*.csv)"))
        if path is not None:
            self.write_csv(path)

    def write_csv(self, path) -> None:
        from sizer.export.tables import write_table

        headers, rows = self.headers(), self.table_rows()
        self.context.jobs.submit(lambda: write_table(path, headers, rows, sheet_title=self.chart.id),
                                 lambda written: self.notify(self.tr("Saved %1").replace("%1", str(written))),
                                 lambda error, details: self.context.show_error(str(error), details))
