"""The Returns page: open an orders file, see which sizes run small or large, correct them.

Flows and state live in sizer.returns.session (Qt-free); this page shows them: the listings
with their flags, the chosen listing's return rates as a stacked bar chart (pyqtgraph), each
size's evidence in plain words, "Apply this correction" with undo, and the report export.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHeaderView, QLabel, QSplitter, QTableWidget, QTableWidgetItem,
                               QTextBrowser, QToolBar, QVBoxLayout, QWidget)

from sizer.errors import SizerError
from sizer.returns.analysis import Finding, Verdict
from sizer.returns.importers import detect_layout, read_columns
from sizer.returns.mapping import FIELDS, REQUIRED_FIELDS, ColumnMapping, propose_mapping, remember_mapping, \
    remembered_mapping
from sizer.returns.orders import OrdersImportError
from sizer.returns.session import OrdersSource, ReturnsSession
from sizer.ui.context import AppContext
from sizer.ui.dialogs import ask_yes_no, choose_open_file, choose_save_file
from sizer.ui.i18n import fill
from sizer.ui.numbers import local_digits, number
from sizer.ui.pages.base import Page
from sizer.ui.problem_texts import error_text
from sizer.ui.widgets.wrapping_label import WrappingLabel

_TABLE_FILTERS = "(*.csv *.xlsx *.txt *.tsv)"


class ColumnMappingDialog(QDialog):
    """Which column holds which field, for an orders file of a layout Sizer does not know."""

    def __init__(self, header: list[str], proposal: ColumnMapping, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("column_mapping_dialog")
        self.setWindowTitle(self.tr("Columns of the orders file"))
        self.header = header
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sizer does not know this file's layout. Say which column holds what; "
                                        "fields marked * are needed.")))
        form = QFormLayout()
        self.boxes: dict[str, QComboBox] = {}
        for name in FIELDS:
            box = QComboBox()
            box.setObjectName(f"map_{name}")
            box.addItem(self.tr("(none)"), "")
            for column in header:
                box.addItem(column, column)
            chosen = proposal.columns.get(name)
            if chosen:
                box.setCurrentIndex(box.findData(chosen))
            self.boxes[name] = box
            form.addRow(name + (" *" if name in REQUIRED_FIELDS else ""), box)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("Remember for files with these columns"))
        self.remember.setObjectName("remember_mapping")
        self.remember.setChecked(True)
        layout.addWidget(self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def mapping(self) -> ColumnMapping:
        return ColumnMapping({name: box.currentData() for name, box in self.boxes.items() if box.currentData()})


class ReturnsPage(Page):
    icon_name = "import"

    # Columns of the sizes table.
    SIZE, VERDICT, PROBABILITY, OFFSET, ORDERS, SMALL, LARGE, OTHER = range(8)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("returns_page")
        self.session: ReturnsSession = context.kept.get("returns") or ReturnsSession()
        context.kept["returns"] = self.session
        # Tests replace these to answer the dialogs.
        self.ask_mapping = self._ask_mapping
        self.ask_returns_file = self._ask_returns_file
        self.ask_save_path = self._ask_save_path
        self.ask_accept_valid_rows = self._ask_accept_valid_rows

        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.open_action = self._action(toolbar, "open", self.tr("Open &orders…"), QKeySequence.StandardKey.Open,
                                        self.open_orders)
        self.catalogue_action = self._action(toolbar, "catalogue", self.tr("&Catalogue…"), QKeySequence(),
                                             self.choose_catalogue)
        toolbar.addSeparator()
        self.apply_action = self._action(toolbar, "save", self.tr("&Apply this correction"), QKeySequence("Ctrl+Shift+A"),
                                         self.apply_selected)
        self.undo_action = self._action(toolbar, "import", self.tr("&Undo correction"), QKeySequence.StandardKey.Undo,
                                        self.undo)
        toolbar.addSeparator()
        self.report_action = self._action(toolbar, "export", self.tr("Export &report…"), QKeySequence("Ctrl+Shift+E"),
                                          self.export_report)

        self.summary = WrappingLabel()
        self.summary.setObjectName("returns_summary")
        self.summary.setWordWrap(True)

        self.listings = QTableWidget(0, 4)
        self.listings.setObjectName("returns_listings")
        self.listings.setHorizontalHeaderLabels([self.tr("Listing"), self.tr("Title"), self.tr("Orders"),
                                                 self.tr("Flags")])
        self._table_defaults(self.listings)
        header = self.listings.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.listings.itemSelectionChanged.connect(self._listing_chosen)

        # pyqtgraph takes a while to import: the chart is made when the page is first shown.
        self.plot = None
        self.chart_box = QWidget()
        self.chart_box.setObjectName("returns_chart_box")
        self.chart_box.setMinimumHeight(220)
        QVBoxLayout(self.chart_box).setContentsMargins(0, 0, 0, 0)

        self.sizes = QTableWidget(0, 8)
        self.sizes.setObjectName("returns_sizes")
        self.sizes.setHorizontalHeaderLabels([
            self.tr("Size"), self.tr("Verdict"), self.tr("Probability"), self.tr("Offset (cm)"), self.tr("Orders"),
            self.tr("Too small"), self.tr("Too large"), self.tr("Other")])
        self._table_defaults(self.sizes)
        self.sizes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.sizes.itemSelectionChanged.connect(self._show_evidence)

        self.evidence = QTextBrowser()
        self.evidence.setObjectName("returns_evidence")

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.chart_box)
        right.addWidget(self.sizes)
        right.addWidget(self.evidence)
        right.setStretchFactor(0, 5)
        right.setStretchFactor(1, 3)
        right.setStretchFactor(2, 2)
        right.setSizes([400, 230, 170])
        splitter = QSplitter()
        splitter.addWidget(self.listings)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 840])
        self.source_label = QLabel()
        self.source_label.setObjectName("returns_source")
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.source_label)
        self._refresh()

    def title(self) -> str:
        return self.tr("Returns")

    def activated(self) -> None:
        self._ensure_chart()

    def _ensure_chart(self):
        if self.plot is None:
            import pyqtgraph as pg

            from sizer.ui.returns_charts import style_plot

            self.plot = pg.PlotWidget()
            self.plot.setObjectName("returns_chart")
            style_plot(self.plot)
            self.chart_box.layout().addWidget(self.plot)
            self._show_listing(self.selected_listing())
        return self.plot

    @staticmethod
    def _table_defaults(table: QTableWidget) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)

    # -- catalogue ---------------------------------------------------------------------------
    def _ensure_catalogue(self) -> None:
        """The catalogue the Catalogue page has open (or the bundled sample), the first time."""
        if self.session.catalog is not None:
            return
        kept = self.context.kept.get("catalogue")  # the Catalogue page's CatalogueFile
        if kept is not None and kept.catalog is not None and not kept.dirty:
            self.session.set_catalog(kept.catalog, kept.path)
        else:  # unsaved edits are the Catalogue page's business: the file as saved is checked
            self.session.load_catalog(kept.path if kept is not None else None)

    def choose_catalogue(self) -> None:
        path = choose_open_file(self, self.context.settings, self.tr("Catalogue to check"),
                                self.tr("Catalogues %1;;All files (*)").replace("%1", _TABLE_FILTERS))
        if path is not None:
            self.load_catalogue(path)

    def load_catalogue(self, path: Path | None) -> bool:
        try:
            self.session.load_catalog(path)
        except SizerError as error:
            self.context.show_error(error_text(error))
            return False
        self._refresh()
        return True

    # -- orders ------------------------------------------------------------------------------
    def open_orders(self) -> None:
        path = choose_open_file(self, self.context.settings, self.tr("Open an orders file"),
                                self.tr("Orders %1;;All files (*)").replace("%1", _TABLE_FILTERS))
        if path is not None:
            self.load_orders(path)

    def load_orders(self, path: Path, returns: Path | None = None, mapping: ColumnMapping | None = None) -> bool:
        """Import and analyse ``path``; asks for the returns file of a marketplace export and for
        the columns of an unknown layout. False (with the problems shown) when it cannot."""
        try:
            self._ensure_catalogue()
            header = read_columns(path).header if mapping is None else []
            layout = "mapped" if mapping is not None else detect_layout(header)
            if layout == "mapped" and mapping is None:
                mapping = remembered_mapping(header)
                if mapping is None:
                    answer = self.ask_mapping(header)
                    if answer is None:
                        return False
                    mapping, remember = answer
                    if remember:
                        remember_mapping(header, mapping)
            if layout in ("shopify", "amazon") and returns is None:
                returns = self.ask_returns_file(layout)
            try:
                self.session.open_orders(OrdersSource(path, returns, layout, mapping))
            except OrdersImportError as error:
                # Only rows are wrong: offer the others, as the catalogue import does.
                if not error.rows_only or not self.ask_accept_valid_rows(error):
                    raise
                self.session.open_orders(OrdersSource(path, returns, layout, mapping, accept_valid_rows=True))
        except OrdersImportError as error:
            self.context.show_error(self.tr("The orders could not be imported; nothing was changed."), error_text(error))
            return False
        except SizerError as error:
            self.context.show_error(error_text(error))
            return False
        self._refresh()
        lines = self.session.analysis.summary["order_lines"]
        if self.session.skipped_rows:
            self.notify(fill(self.tr("Analysed %Ln order line(s); rows left out for problems: %1.", "", lines),
                             number(self.session.skipped_rows)))
        else:
            self.notify(self.tr("Analysed %Ln order line(s).", "", lines))
        return True

    def _ask_accept_valid_rows(self, error: OrdersImportError) -> bool:
        return ask_yes_no(self, self.tr("Orders with problems"),
                          self.tr("%Ln problem(s) in the orders; nothing was imported. Analyse the other rows and "
                                  "leave the rows with problems out?", "", len(error.issues)),
                          str(error))

    def _ask_mapping(self, header: list[str]) -> tuple[ColumnMapping, bool] | None:
        dialog = ColumnMappingDialog(header, propose_mapping(header), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.mapping(), dialog.remember.isChecked()

    def _ask_returns_file(self, layout: str) -> Path | None:
        caption = (self.tr("Shopify returns (optional)") if layout == "shopify"
                   else self.tr("Amazon FBA customer returns report (optional)"))
        return choose_open_file(self, self.context.settings, caption,
                                self.tr("Returns %1;;All files (*)").replace("%1", _TABLE_FILTERS))

    # -- showing -----------------------------------------------------------------------------
    def _refresh(self) -> None:
        analysis = self.session.analysis
        has = analysis is not None
        self.report_action.setEnabled(has)
        self.undo_action.setEnabled(bool(self.session.history))
        catalogue = (self.session.catalog_path.name if self.session.catalog_path is not None
                     else self.tr("the bundled sample catalogue"))
        if not has:
            self.summary.setText(self.tr("Open an orders file (Sizer's columns, a Shopify or Amazon export, or any "
                                         "CSV/XLSX with a column mapping) to find the sizes whose returns say the "
                                         "chart is wrong."))
            self.source_label.setText(self.tr("Catalogue: %1").replace("%1", catalogue))
            self.listings.setRowCount(0)
            self._show_listing(None)
            return
        s = analysis.summary
        # Counts stand after a label ("Order lines: 1"), so no noun after a number needs its plural.
        text = fill(self.tr("Order lines: %1 · units: %2 · returned: %3 (too small: %4, too large: %5, other: %6). "
                            "Sizes running small: %7, running large: %8, true to size: %9, not enough data yet: %10."),
                    *(number(s[key]) for key in ("order_lines", "units", "returned_units", "returned_too_small",
                                                 "returned_too_large", "returned_other", "runs_small", "runs_large",
                                                 "true_to_size", "not_enough_data")))
        if s.get("recommended_kept_rate") is not None:
            text += " " + fill(self.tr("Bought in the size Sizer recommended: %Ln unit(s), %1% kept.", "",
                                       s["units_bought_as_recommended"]), number(round(s["recommended_kept_rate"] * 100)))
            if s.get("other_kept_rate") is not None:
                text += " " + self.tr("Other sizes: %1% kept.").replace("%1", number(round(s["other_kept_rate"] * 100)))
        self.summary.setText(text)
        self.source_label.setText(self.tr("Catalogue: %1 · Orders: %2").replace("%1", catalogue).replace(
            "%2", ", ".join(Path(p).name for p in s["sources"])))
        selected = self.selected_listing()
        ordered = sorted(analysis.listings, key=lambda l: (-(l.flagged_sizes > 0), -l.orders))
        self.listings.blockSignals(True)
        self.listings.setRowCount(len(ordered))
        for row, listing in enumerate(ordered):
            flags = self._listing_flags(listing)
            for column, value in enumerate((listing.listing_id, listing.title, str(listing.orders), flags)):
                item = QTableWidgetItem(value)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.listings.setItem(row, column, item)
        self.listings.blockSignals(False)
        ids = [l.listing_id for l in ordered]
        self.listings.selectRow(ids.index(selected) if selected in ids else 0)
        self._listing_chosen()

    def _listing_flags(self, listing) -> str:
        if listing.verdict is Verdict.RUNS_SMALL:
            return self.tr("whole listing runs small")
        if listing.verdict is Verdict.RUNS_LARGE:
            return self.tr("whole listing runs large")
        if listing.flagged_sizes:
            return self.tr("sizes flagged: %1").replace("%1", str(listing.flagged_sizes))
        return ""

    def selected_listing(self) -> str | None:
        rows = self.listings.selectionModel().selectedRows() if self.listings.selectionModel() else []
        if not rows:
            return None
        item = self.listings.item(rows[0].row(), 0)
        return item.text() if item is not None else None

    def selected_size(self) -> str | None:
        rows = self.sizes.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.sizes.item(rows[0].row(), self.SIZE)
        return item.text() if item is not None else None

    def findings(self) -> list[Finding]:
        listing_id = self.selected_listing()
        if listing_id is None or self.session.analysis is None:
            return []
        return self.session.analysis.findings_of(listing_id)

    def _listing_chosen(self) -> None:
        self._show_listing(self.selected_listing())

    def verdict_text(self, verdict: Verdict) -> str:
        return {Verdict.RUNS_SMALL: self.tr("runs small"), Verdict.RUNS_LARGE: self.tr("runs large"),
                Verdict.TRUE_TO_SIZE: self.tr("true to size"),
                Verdict.NOT_ENOUGH_DATA: self.tr("not enough data")}[verdict]

    def _show_listing(self, listing_id: str | None) -> None:
        findings = self.findings() if listing_id else []
        if self.plot is not None:
            from sizer.ui.returns_charts import draw_returns_chart

            draw_returns_chart(self.plot.getPlotItem(), findings)
        self.sizes.blockSignals(True)
        self.sizes.setRowCount(len(findings))
        for row, f in enumerate(findings):
            values = (f.size_label, self.verdict_text(f.verdict), number(round(f.probability * 100)) + "%",
                      "" if f.offset_cm is None else ("+" if f.offset_cm > 0 else "") + number(f.offset_cm, 1),
                      number(f.orders), number(f.returned_too_small), number(f.returned_too_large),
                      number(f.returned_other))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= self.PROBABILITY:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.sizes.setItem(row, column, item)
        self.sizes.blockSignals(False)
        flagged_rows = [r for r, f in enumerate(findings) if f.offset_cm is not None]
        if findings:
            self.sizes.selectRow(flagged_rows[0] if flagged_rows else 0)
        self._show_evidence()

    def _show_evidence(self) -> None:
        findings = self.findings()
        label = self.selected_size()
        chosen = next((f for f in findings if f.size_label == label), None)
        listing = next((l for l in (self.session.analysis.listings if self.session.analysis else [])
                        if l.listing_id == self.selected_listing()), None)
        parts = []
        if listing is not None and listing.verdict in (Verdict.RUNS_SMALL, Verdict.RUNS_LARGE):
            parts.append("<p><b>" + (self.tr("The whole listing runs small: every size fits bodies about %1 cm "
                                             "smaller than its chart says.") if listing.verdict is Verdict.RUNS_SMALL
                                     else self.tr("The whole listing runs large: every size fits bodies about %1 cm "
                                                  "larger than its chart says."))
                         .replace("%1", number(abs(listing.offset_cm or 0), 1)) + "</b></p>")
        if listing is not None and listing.recommended_kept_rate is not None:
            parts.append("<p>" + fill(self.tr("Sizer's advice was followed on %Ln unit(s); %1% of them were kept.", "",
                                              listing.recommended_orders),
                                      number(round(listing.recommended_kept_rate * 100))) + "</p>")
        if chosen is not None:
            parts.append("<p>" + self.evidence_text(chosen) + "</p>")
            if chosen.offset_cm is not None and self.session.catalog is not None:
                from sizer.returns.corrections import corrected_catalog, range_text

                _, changes = corrected_catalog(self.session.catalog, [chosen])
                from sizer.ui.names import dimension_name

                rows = "".join(f"<tr><td>{dimension_name(c.dimension, self.context.language)}</td>"
                               f"<td>{local_digits(range_text(c.old_cm, '–'))}</td>"
                               f"<td><b>{local_digits(range_text(c.new_cm, '–'))}</b></td></tr>" for c in changes)
                parts.append("<p>" + self.tr("Proposed body ranges (cm):") + "</p><table cellpadding='3'><tr><th>"
                             + self.tr("Dimension") + "</th><th>" + self.tr("Now") + "</th><th>"
                             + self.tr("Proposed") + "</th></tr>" + rows + "</table>")
        self.evidence.setHtml("".join(parts))
        self.apply_action.setEnabled(bool(self.session.corrections_for(self.selected_listing() or "")))

    def evidence_text(self, f: Finding) -> str:
        small, large, other = f.return_rates
        counts = fill(self.tr("Of %Ln order(s), %1 came back too small (%2%), %3 too large (%4%) and %5 for other "
                              "reasons.", "", f.orders),
                      number(f.returned_too_small), number(round(small * 100)), number(f.returned_too_large),
                      number(round(large * 100)), number(f.returned_other))
        if f.bracketed_orders:
            counts += " " + self.tr("%Ln more were bought together with another size (bracketing) and are counted "
                                    "apart.", "", f.bracketed_orders)
        if f.verdict is Verdict.RUNS_SMALL:
            verdict = self.tr("Size %1 runs small (probability %2%): it fits bodies about %3 cm smaller than its "
                              "chart says. The correction moves its ranges down by that.")
        elif f.verdict is Verdict.RUNS_LARGE:
            verdict = self.tr("Size %1 runs large (probability %2%): it fits bodies about %3 cm larger than its "
                              "chart says. The correction moves its ranges up by that.")
        elif f.verdict is Verdict.TRUE_TO_SIZE:
            verdict = self.tr("Size %1 is true to size (probability %2%).")
        else:
            verdict = self.tr("Not enough data yet for size %1: about %Ln more order(s) would settle it.", "",
                              f.more_orders_needed)
        return fill(verdict, f.size_label, number(round(f.probability * 100)), number(abs(f.offset_cm or 0), 1)) \
            + " " + counts

    # -- acting ------------------------------------------------------------------------------
    def apply_selected(self) -> bool:
        """Correct the selected listing's flagged sizes (the whole listing's when it runs small or
        large as a whole, else the selected size, else all its flagged sizes)."""
        listing_id = self.selected_listing()
        if listing_id is None:
            return False
        findings = self.session.corrections_for(listing_id)
        label = self.selected_size()
        single = [f for f in findings if f.size_label == label and f.scope.value == "size"]
        if single:
            findings = single
        if not findings:
            return False
        kept = self.context.kept.get("catalogue")
        if kept is not None and kept.dirty and kept.path == self.session.catalog_path:
            self.context.show_error(self.tr("The catalogue has changes that are not saved: save or discard them on "
                                            "the Catalogue page first."))
            return False
        out = None
        if self.session.catalog_path is None:
            out = self.ask_save_path()
            if out is None:
                return False
        try:
            applied = self.session.apply(findings, out)
        except SizerError as error:
            self.context.show_error(error_text(error))
            return False
        self._catalogue_changed(applied.path)
        self._refresh()
        self.notify(fill(self.tr("%Ln change(s) written to %1; Undo puts the catalogue back.", "", len(applied.changes)),
                         applied.path.name))
        self.last_changes = applied.changes
        return True

    def undo(self) -> bool:
        try:
            applied = self.session.undo()
        except SizerError as error:
            self.context.show_error(error_text(error))
            return False
        self._catalogue_changed(self.session.catalog_path)
        self._refresh()
        self.notify(self.tr("The correction of %1 was undone.").replace("%1", applied.path.name))
        return True

    def _catalogue_changed(self, path: Path | None) -> None:
        """The Catalogue page reopens the corrected file, so its recommendations use the new tables."""
        from sizer.catalog.session import CatalogueFile

        self.context.kept["catalogue"] = CatalogueFile(self.session.catalog, path)
        window = self.window()
        page_named = getattr(window, "page_named", None)
        if page_named is None:
            return
        try:
            catalogue_page = page_named("catalogue_page")
        except KeyError:
            return
        catalogue_page.load(path)

    def _ask_save_path(self) -> Path | None:
        return choose_save_file(self, self.context.settings, self.tr("Save the corrected catalogue"),
                                "catalogue-corrected.csv", self.tr("Catalogues (*.csv *.xlsx)"))

    def export_report(self) -> None:
        path = choose_save_file(self, self.context.settings, self.tr("Export the returns report"), "returns-report.html",
                                self.tr("Report (*.html);;PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)"))
        if path is not None:
            self.write_report(path)

    def write_report(self, path: Path) -> bool:
        from sizer.returns.tables import write_findings_table
        from sizer.ui.returns_report import write_report_html, write_report_pdf

        analysis = self.session.analysis
        if analysis is None:
            return False
        writers = {".html": write_report_html, ".pdf": write_report_pdf, ".csv": write_findings_table,
                   ".xlsx": write_findings_table}
        writer = writers.get(path.suffix.lower())
        if writer is None:
            self.context.show_error(self.tr("Choose a report name ending in .html, .pdf, .csv or .xlsx."))
            return False
        try:
            if writer is write_findings_table:
                writer(path, analysis)
            else:
                writer(analysis, path)
        except (OSError, SizerError) as error:
            self.context.show_error(self.tr("The report could not be written."), error_text(error))
            return False
        self.notify(self.tr("Report written to %1.").replace("%1", path.name))
        return True
