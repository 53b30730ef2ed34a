"""Size charts: a category's labels in the chosen systems, equivalents lit up, copy and export."""
from __future__ import annotations

import html
import logging

from PySide6.QtCore import QEvent, QStringListModel, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMenu, QSplitter, QTableWidget, QTableWidgetItem, QTextBrowser,
                               QToolButton, QVBoxLayout, QWidget)

from sizer.catalog.size_guide import several_labels_text
from sizer.errors import SizerError, UnknownChoiceError
from sizer.sizing import SizeChart, chart_texts, load_charts
from sizer.sizing.label_search import normalise_label, suggest_labels
from sizer.ui.context import AppContext
from sizer.ui.dialogs import choose_save_file
from sizer.ui.i18n import fill
from sizer.ui.icons import icon
from sizer.ui.names import category_name, dimension_name
from sizer.ui.numbers import length
from sizer.ui.pages.base import Page
from sizer.ui.settings import CHARTS_UNITS, DEFAULT_SYSTEMS, LAST_CATEGORY
from sizer.ui.problem_texts import error_text
from sizer.units import CM_PER_INCH, LengthUnit
from sizer.ui.widgets.wrapping_label import WrappingLabel

log = logging.getLogger("sizer.ui")

COMMON_CATEGORY = "womens_tops"
HIGHLIGHT = QColor("#b2dfdb")  # the accent (teal) of the icons, light enough for black text
SYSTEM_ROLE = Qt.ItemDataRole.UserRole + 1
LABELS_ROLE = Qt.ItemDataRole.UserRole + 2  # a cell's labels as a list: its text joins them with a word


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
        chosen = context.settings.get(CHARTS_UNITS) or context.unit().value
        self.unit.setCurrentIndex(0 if chosen == LengthUnit.CM.value else 1)

        self.systems_button = QToolButton()
        self.systems_button.setObjectName("systems")
        self.systems_button.setText(self.tr("&Systems"))
        self.systems_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.systems_menu = QMenu(self.systems_button)
        self.systems_menu.setObjectName("systems_menu")
        self.systems_menu.installEventFilter(self)  # ticking a system keeps the menu open
        self.systems_button.setMenu(self.systems_menu)

        self.find_system = QComboBox()
        self.find_system.setObjectName("find_system")
        self.find_label = QLineEdit()
        self.find_label.setObjectName("find_label")
        self.find_label.setPlaceholderText(self.tr("e.g. 8, M, 38"))
        self.find_label.setClearButtonEnabled(True)
        find_label_caption = QLabel(self.tr("&Find a size:"))
        find_label_caption.setBuddy(self.find_system)
        self.suggestions = QStringListModel(self)
        self.completer = QCompleter(self.suggestions, self.find_label)
        # The list is ranked by likeness (sizer.sizing.label_search), so Qt must not filter it again.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.activated.connect(self._suggestion_chosen)
        self.find_label.setCompleter(self.completer)
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
        self.summary = WrappingLabel()
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
        index = self.category.findData(last)
        if index < 0:  # first use: a category most shops sell, not whichever sorts first
            index = self.category.findData(COMMON_CATEGORY)
        self.category.setCurrentIndex(max(0, index))
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
        # Columns always follow the chart's own order of systems, however they were chosen or ticked.
        defaults = set(self.context.settings.get(DEFAULT_SYSTEMS))
        self.shown_systems = [s for s in self.chart.systems if s in defaults] or list(self.chart.systems)
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
        for action in self.systems_menu.actions():  # the last system cannot be unticked: say so
            action.blockSignals(True)
            action.setChecked(action.text() in self.shown_systems)
            action.blockSignals(False)
        self._fill_table()

    def _unit_changed(self) -> None:
        self.context.settings.set(CHARTS_UNITS, self.unit.currentData())  # this page's alone
        self._fill_table()

    # -- the table -------------------------------------------------------------------------
    def headers(self) -> list[str]:
        unit = self.tr("cm") if self.unit.currentData() == LengthUnit.CM.value else self.tr("in")
        dims = [f"{dimension_name(d, self.context.language)} ({unit})" for d in self.chart.dimensions]
        return [*self.shown_systems, *dims]

    def _range_text(self, low: float, high: float) -> str:
        unit = LengthUnit(self.unit.currentData())
        # Rows narrower than a centimetre (rings, shoes) need millimetres, or a ring row reads "5–5".
        fine = self._fine_ranges()
        return f"{length(low, unit, with_unit=False, fine=fine)}–{length(high, unit, with_unit=False, fine=fine)}"

    def _fine_ranges(self) -> bool:
        chart = self.chart
        if getattr(self, "_fine_for", None) is not chart:
            widths = (high - low for row in range(chart.row_count)
                      for low, high in chart.row_ranges(row).values())
            self._fine, self._fine_for = any(width < 1.0 for width in widths), chart
        return self._fine

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
                item = QTableWidgetItem(self.labels_text(labels.get(system, [])))
                item.setData(SYSTEM_ROLE, system)
                item.setData(LABELS_ROLE, list(labels.get(system, [])))
                self.table.setItem(row, column, item)
            ranges = chart.row_ranges(row)
            for offset, dim in enumerate(chart.dimensions):
                text = self._range_text(*ranges[dim]) if dim in ranges else ""
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, len(self.shown_systems) + offset, item)
        self.table.blockSignals(False)
        self._highlight()

    def labels_text(self, labels) -> str:
        """Several labels of one system joined by the language's "or", never "/" (CN 165/88A holds one)."""
        return several_labels_text(labels, self.context.language) if labels else ""

    def _cell_chosen(self, row: int, column: int, *_previous) -> None:
        item = self.table.item(row, column)
        if item is None or item.data(SYSTEM_ROLE) is None or not item.text():
            return
        # A cell may hold "28DD or 28E": the first label stands for the row.
        self.highlight_label(item.data(SYSTEM_ROLE), item.data(LABELS_ROLE)[0])

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
        parts = [f"<b>{html.escape(s)}</b> {html.escape(self.labels_text(v))}" for s, v in equivalents.items() if v]
        ranges = self.chart.body_ranges(system, label)
        body = [f"{html.escape(dimension_name(d, self.context.language))} {self._range_text(*r)}"
                for d, r in ranges.items()]
        unit = self.tr("cm") if self.unit.currentData() == LengthUnit.CM.value else self.tr("in")
        self.summary.setText(fill(self.tr("%1 %2 equals: %3<br>Body: %4 %5"), html.escape(system),
                                  html.escape(label), " · ".join(parts), ", ".join(body), unit))

    # -- finding a typed label -------------------------------------------------------------
    def _find_system_changed(self) -> None:
        self._update_suggestions()

    def _update_suggestions(self) -> None:
        system = self.find_system.currentText()
        if self.chart is None or not system:
            self.suggestions.setStringList([])
            return
        self.suggestions.setStringList(suggest_labels(self.find_label.text(), self.chart.labels(system)))

    def _resolve(self, text: str) -> str | None:
        """The chart's own spelling of a typed label ("2xl" -> "XXL"), else the label as `sizer
        convert` reads it (SizeChart.match_label: "15 1/2" and "15.5" are 15½, EU 42.5 lies between
        42 and 43), or None when the chart has no such size."""
        system = self.find_system.currentText()
        wanted = normalise_label(text)
        for label in self.chart.labels(system):
            if normalise_label(label) == wanted:
                return label
        try:
            return self.chart.match_label(system, text).read_as
        except SizerError:
            return None

    def _suggestion_chosen(self, text: str) -> None:
        self.find_label.setText(text)
        self._find_typed_label()

    def _find_typed_label_quietly(self) -> None:
        self._update_suggestions()
        label = self._resolve(self.find_label.text()) if self.find_label.text().strip() else None
        if label is not None:
            self.highlight_label(self.find_system.currentText(), label)
        elif self.selected is not None and self.selected[0] == self.find_system.currentText():
            self.clear_highlight()  # typing something else: the old size no longer stands lit

    def clear_highlight(self) -> None:
        self.selected = None
        self._highlight()

    def _find_typed_label(self) -> None:
        text = self.find_label.text().strip()
        if not text:
            self.clear_highlight()
            return
        system = self.find_system.currentText()
        label = self._resolve(text)
        if label is not None:
            self.highlight_label(system, label)
            return
        self.clear_highlight()
        close = suggest_labels(text, self.chart.labels(system), limit=3)
        hint = (fill(self.tr("Did you mean %1?"), html.escape(self.labels_text(close))) if close
                else self.tr("Choose one of the suggestions."))
        self.summary.setText(fill(self.tr("%1 has no size %2."), html.escape(system), html.escape(text)) + " " + hint)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """A click on a system in the Systems menu ticks it and leaves the menu open for the next."""
        if watched is self.systems_menu and event.type() == QEvent.Type.MouseButtonRelease:
            action = self.systems_menu.actionAt(event.position().toPoint())
            if action is not None and action.isCheckable() and action.isEnabled():
                action.trigger()
                return True
        return super().eventFilter(watched, event)

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

    def export_headers(self) -> list[str]:
        """For spreadsheets: each body range as two number columns, its minimum and its maximum."""
        unit = self.tr("cm") if self.unit.currentData() == LengthUnit.CM.value else self.tr("in")
        columns = list(self.shown_systems)
        for dim in self.chart.dimensions:
            name = dimension_name(dim, self.context.language)
            columns += [fill(self.tr("%1 min (%2)"), name, unit), fill(self.tr("%1 max (%2)"), name, unit)]
        return columns

    def export_rows(self) -> list[list[object]]:
        to_unit = (lambda cm: round(cm, 1)) if self.unit.currentData() == LengthUnit.CM.value \
            else (lambda cm: round(cm / CM_PER_INCH, 2))
        rows = []
        for row in range(self.chart.row_count):
            labels = self.chart.row_labels(row)
            values: list[object] = [self.labels_text(labels.get(system, [])) for system in self.shown_systems]
            ranges = self.chart.row_ranges(row)
            for dim in self.chart.dimensions:
                low, high = ranges.get(dim, (None, None))
                values += [None if low is None else to_unit(low), None if high is None else to_unit(high)]
            rows.append(values)
        return rows

    def copy_table(self) -> str:
        """Put the table on the clipboard as tab-separated text (pastes into a spreadsheet, ranges
        as minimum and maximum numbers)."""
        lines = ["\t".join(self.export_headers())]
        lines += ["\t".join("" if v is None else str(v) for v in row) for row in self.export_rows()]
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

        headers, rows = self.export_headers(), self.export_rows()
        self.context.jobs.submit(lambda: write_table(path, headers, rows, sheet_title=self.chart.id),
                                 lambda written: self.notify(fill(self.tr("Saved %1"), written)),
                                 lambda error, details: self.context.show_error(error_text(error), details))
