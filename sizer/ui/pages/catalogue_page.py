"""Catalogue: open or import listings, see and edit them, the recommended size of each, export."""
from __future__ import annotations

import dataclasses
import html
import logging
from pathlib import Path

import numpy as np
from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QSplitter, QTableView, QTextBrowser, QToolBar, QVBoxLayout, QWidget)

from sizer.catalog.importer import CatalogImportError, import_catalog, sample_catalog_path
from sizer.catalog.model import Catalog
from sizer.catalog.segments import Segment
from sizer.catalog.session import CatalogueFile
from sizer.recommend.verdicts import ReasonCode, Recommendation, RecommendationStatus
from sizer.ui.catalogue_models import ListingsModel, SizesModel
from sizer.ui.context import AppContext
from sizer.ui.dialogs import UnsavedChoice, ask_unsaved_changes, choose_open_file, choose_save_file
from sizer.ui.i18n import fill, labelled
from sizer.ui.names import category_name, dimension_name, shopper_segment_choices, status_name, zone_fit_name
from sizer.ui.numbers import number
from sizer.ui.pages.base import Page
from sizer.ui.settings import DEFAULT_SYSTEMS, LAST_CATALOGUE
from sizer.ui.widgets import import_issues
from sizer.ui.problem_texts import error_text, problem_text

log = logging.getLogger("sizer.ui")


class CataloguePage(Page):
    icon_name = "catalogue"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("catalogue_page")
        self.file: CatalogueFile | None = None  # the open file's state (sizer.catalog.session)
        self.results = None
        self.preset_result = None  # the notes of the last marketplace file written, while shown

        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.open_action = self._action(toolbar, "open", self.tr("&Open…"), QKeySequence.StandardKey.Open, self.open_file)
        # The merchant's file last read through a column mapping, and that mapping: Change mapping…
        # reopens the mapping step with these choices, whether the import worked or not.
        self.mapped_source: tuple[Path, object] | None = None
        self.map_action = self._action(toolbar, "open", self.tr("&Change mapping…"), QKeySequence("Ctrl+Shift+M"),
                                       self.change_mapping)
        self.map_action.setToolTip(self.tr("Change which column of your file is which, then import it again"))
        self.map_action.setEnabled(False)
        self.save_action = self._action(toolbar, "save", self.tr("&Save"), QKeySequence.StandardKey.Save, self.save)
        # File ▸ Save catalogue as… shows it: the toolbar keeps to what fits 1366 px in every language.
        self.save_as_action = self._action(None, "save", self.tr("Save &as…"), QKeySequence("Ctrl+Shift+S"),
                                           self.save_as)
        self.brand_chart_action = self._action(toolbar, "open", self.tr("&Brand chart…"), QKeySequence("Ctrl+Shift+B"),
                                               self.import_brand_chart)
        toolbar.addSeparator()
        self.export_action = self._action(toolbar, "export", self.tr("&Export recommendations…"),
                                          QKeySequence("Ctrl+E"), self.export_recommendations)
        self.guide_action = self._action(toolbar, "guides", self.tr("Size &guide…"), QKeySequence("Ctrl+G"),
                                         self.export_size_guide)
        self.preset_action = self._action(toolbar, "export", self.tr("&Marketplace files…"),
                                          QKeySequence("Ctrl+Shift+E"), self.export_marketplace_files)

        self.filter_text = QLineEdit()
        self.filter_text.setObjectName("filter_text")
        self.filter_text.setPlaceholderText(self.tr("ID or title"))
        self.filter_text.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_text)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.filter_text.setFocus())
        self.addAction(find)
        self.filter_category = QComboBox()
        self.filter_category.setObjectName("filter_category")
        self.only_fitting = QCheckBox(self.tr("Only listings with a &fitting size"))
        self.only_fitting.setObjectName("only_fitting")
        for signal in (self.filter_text.textChanged, self.filter_category.currentIndexChanged,
                       self.only_fitting.toggled):
            signal.connect(self._apply_filter)
        # Whom the profile shops for: that segment's listings first, unisex next, the others hidden.
        self.shopper_segment = QComboBox()
        self.shopper_segment.setObjectName("shopper_segment")
        self.shopper_segment.setToolTip(self.tr("Whom the recommendations are for: their listings first, "
                                                "unisex ones next, the others hidden"))
        for value, text in shopper_segment_choices():
            self.shopper_segment.addItem(text, value)  # Qt keeps a str, not the enum
        self.shopper_segment.currentIndexChanged.connect(self._segment_chosen)
        filters = QHBoxLayout()
        for widget in (filter_label, self.filter_text, self.filter_category, self.only_fitting, self.shopper_segment):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.profile_label = QLabel()
        self.profile_label.setObjectName("profile_summary")
        filters.addWidget(self.profile_label)

        self.listings = ListingsModel(self)
        self.listings.edited.connect(self._edited)
        self.listings.rejected.connect(self._edit_refused)
        self.listing_view = QTableView()
        self.listing_view.setObjectName("listings")
        self.listing_view.setModel(self.listings)
        self.listing_view.setSortingEnabled(True)
        self.listing_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.listing_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.listing_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.listing_view.setAlternatingRowColors(True)
        self.listing_view.verticalHeader().setVisible(False)
        self.listing_view.verticalHeader().setDefaultSectionSize(26)
        header = self.listing_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ListingsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.listing_view.selectionModel().selectionChanged.connect(self._listing_chosen)

        self.sizes = SizesModel(context.language, context.unit(), self)
        self.sizes.edited.connect(self._edited)
        self.sizes.rejected.connect(self._edit_refused)
        self.size_view = QTableView()
        self.size_view.setObjectName("sizes")
        self.size_view.setModel(self.sizes)
        self.size_view.verticalHeader().setVisible(False)
        self.size_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.details = QTextBrowser()
        self.details.setObjectName("recommendation_details")
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(lambda url: context.guide_requested.emit(url.toString()))

        lower = QSplitter()
        lower.addWidget(self.size_view)
        lower.addWidget(self.details)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.listing_view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.source_label = QLabel()
        self.source_label.setObjectName("catalogue_source")
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)  # a file name, shown as it is
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.source_label)

        # A bound method, not a lambda: Qt drops the connection when this page is deleted (a language
        # switch rebuilds the window), so a deleted page is never asked to recommend again.
        context.profile_changed.connect(self._profile_changed)
        kept = context.kept.get("catalogue")
        if kept is not None:  # the window was rebuilt (language switch): same catalogue, same state
            self.file = kept
            self._set_mapped_source(context.kept.get("catalogue_mapping"))
            self._set_catalog(kept.catalog)
        else:
            last = context.settings.get(LAST_CATALOGUE)
            # At start-up no question is asked: a merchant's file whose mapping is not remembered
            # (any more) gives way to the sample, and opens in the mapping step when opened again.
            self.load(Path(last) if last and Path(last).exists() else None, ask_mapping=False)

    def title(self) -> str:
        return self.tr("Catalogue")

    @property
    def catalog(self) -> Catalog | None:
        return self.listings.catalog

    @property
    def path(self) -> Path | None:
        return self.file.path if self.file is not None else None

    @property
    def dirty(self) -> bool:
        return self.file is not None and self.file.dirty

    @property
    def mapped(self) -> bool:
        """Imported through a column mapping: Save asks for a new name, never writes over the merchant's file."""
        return self.file is not None and self.file.mapped

    # -- opening ---------------------------------------------------------------------------
    def open_file(self) -> None:
        if not self.confirm_close():
            return
        path = choose_open_file(self, self.context.settings, self.tr("Open a catalogue"),
                                self.tr("Catalogues (*.csv *.xlsx *.txt *.tsv);;All files (*)"))
        if path is not None:
            self.load(path)

    def change_mapping(self) -> None:
        """Change mapping…: the mapping step again for the merchant's file last read through one,
        with the choices made then, and the import through the changed mapping."""
        if self.mapped_source is None:
            return
        path, mapping = self.mapped_source
        if not path.is_file():
            self.context.show_error(self.tr("%1 is no longer there.").replace("%1", str(path)))
            return
        if self.file is not None and self.file.mapped and not self.confirm_close():
            return  # importing again replaces the catalogue shown: its edits first
        self._inspect(path, accept_valid_rows=False, ask=True, always_ask=True, start_from=mapping)

    def _set_mapped_source(self, source: tuple[Path, object] | None) -> None:
        self.mapped_source = source
        self.context.kept["catalogue_mapping"] = source
        self.map_action.setEnabled(source is not None)

    def _inspect(self, path: Path, accept_valid_rows: bool, ask: bool, always_ask: bool = False,
                 start_from=None) -> None:
        """Off the GUI thread: is the file Sizer's own, or a merchant's own (Shopify, Amazon, a
        supplier's sheet) that goes through the mapping step? Reading a big workbook's top takes a while."""
        from sizer.catalog.mapping import MappingStore, needs_mapping, propose_mapping

        def inspect():
            if not always_ask and not needs_mapping(path):
                return None
            return propose_mapping(path, MappingStore(), start_from=start_from)

        def inspected(proposal) -> None:
            if proposal is None:
                self._import(path, accept_valid_rows)
            else:
                self._map(path, proposal, ask, always_ask)

        self.source_label.setText(self.tr("Opening %1…").replace("%1", path.name))
        self.context.jobs.submit(inspect, inspected, lambda error, details: self._load_failed(path, error, details))

    def _map(self, path: Path, proposal, ask: bool, always_ask: bool) -> None:
        """The mapping step: asked once per layout, then remembered, and asked again whenever the
        remembered mapping does not fit the file (a new product type); then the import through it."""
        from sizer.catalog.mapping import MappingStore, import_mapped
        from sizer.ui.column_mapping_dialog import ask_column_mapping

        mapping = proposal.mapping
        asking = always_ask or not proposal.remembered or not proposal.complete
        if asking and not always_ask and not ask:
            self.load(None)  # at start-up: no question; the sample instead
            return
        if asking:
            answer = ask_column_mapping(self, proposal, self.context.language)
            if answer is None:
                self._show_source()
                return
            mapping, remember = answer
            if remember:
                MappingStore().remember(proposal.layout, mapping, str(path))
        self._set_mapped_source((path, mapping))
        self.source_label.setText(self.tr("Opening %1…").replace("%1", path.name))

        def done(result) -> None:
            self._loaded(path, result, mapped=True)

        def failed(error: BaseException, details: str) -> None:
            self._show_source()
            if not isinstance(error, CatalogImportError):
                self.context.show_error(error_text(error), details)
                return
            choice = import_issues.ask_about_issues(self, error, can_change_mapping=True)
            if choice is import_issues.IssuesChoice.IMPORT_VALID_ROWS:
                self.context.jobs.submit(lambda: import_mapped(path, mapping, accept_valid_rows=True), done,
                                         lambda e, d: self.context.show_error(error_text(e), d))
            elif choice is import_issues.IssuesChoice.CHANGE_MAPPING:
                self._inspect(path, accept_valid_rows=False, ask=True, always_ask=True, start_from=mapping)

        self.context.jobs.submit(lambda: import_mapped(path, mapping), done, failed)

    def load(self, path: Path | None, accept_valid_rows: bool = False, ask_mapping: bool = True) -> None:
        """Import ``path`` (the bundled sample when None) in the background; problems are shown by row.
        A merchant's own file goes through the mapping step first."""
        if path is not None and path.is_file() and not accept_valid_rows:
            self._inspect(path, accept_valid_rows, ask_mapping)
            return
        self._import(path, accept_valid_rows)

    def _import(self, path: Path | None, accept_valid_rows: bool) -> None:
        source = path if path is not None else sample_catalog_path()
        self.source_label.setText(self.tr("Opening %1…").replace("%1", source.name))
        self.context.jobs.submit(lambda: import_catalog(source, accept_valid_rows=accept_valid_rows),
                                 lambda result: self._loaded(path, result),
                                 lambda error, details: self._load_failed(path, error, details))

    def _loaded(self, path: Path | None, result, mapped: bool = False) -> None:
        self.file = CatalogueFile.opened_mapped(result, path) if mapped else CatalogueFile.opened(result, path)
        if not mapped:
            self._set_mapped_source(None)
        self.source_label.setToolTip(result.description)  # e.g. "CSV, Big5, ';'-separated": how it was read
        self.context.settings.set(LAST_CATALOGUE, str(path) if path and not result.partial else "")
        self._set_catalog(result.catalog)
        notes = []
        if result.issues:
            notes.append(fill(self.tr("Imported %Ln row(s); rows left out for problems: %1.", "", result.rows_imported),
                              number(len(result.issues))))
        not_sized = getattr(result, "not_sized", 0)
        if not_sized:  # chosen in the mapping step: said, so the count is never a surprise
            notes.append(self.tr("%Ln row(s) of products without sizes left out, as mapped.", "", not_sized))
        notes.extend(problem_text(note) for note in getattr(result, "notes", ()))  # e.g. 2XL and XXL made one size
        if notes:
            self.notify(" ".join(notes))

    def _load_failed(self, path: Path | None, error: BaseException, details: str) -> None:
        self._show_source()
        if isinstance(error, CatalogImportError):
            if import_issues.ask_accept_valid_rows(self, error):
                self.load(path, accept_valid_rows=True)
            return
        self.context.show_error(error_text(error), details)

    def _set_catalog(self, catalog: Catalog) -> None:
        self.listings.set_catalog(catalog)
        self.listing_view.resizeColumnsToContents()  # Qt samples at most 1,000 rows for this
        categories = sorted(set(catalog.categories.tolist()), key=category_name)
        self.filter_category.blockSignals(True)
        self.filter_category.clear()
        self.filter_category.addItem(self.tr("All categories"), "")
        for category in categories:
            self.filter_category.addItem(category_name(category), category)
        self.filter_category.blockSignals(False)
        self._apply_filter()
        self._show_source()
        self._keep()
        self._recommend()
        if self.listings.rowCount():
            self.listing_view.selectRow(0)

    def _show_source(self) -> None:
        self._show_save_state()
        catalog = self.catalog
        name = self.path.name if self.path else self.tr("bundled sample catalogue")
        if catalog is None:
            self.source_label.setText(name)
            return
        text = fill(self.tr("%1 — %2, %3"), name, self.tr("%Ln listing(s)", "", len(catalog)),
                    self.tr("%Ln size(s)", "", catalog.size_count))
        self.source_label.setText(text + (" — " + self.tr("unsaved changes") if self.dirty else ""))

    def _keep(self) -> None:
        if self.file is not None:
            self.file.catalog = self.catalog
        self.context.kept["catalogue"] = self.file

    # -- editing and saving ----------------------------------------------------------------
    def _edit_refused(self, reason: str) -> None:
        self.notify(self.tr("Not changed: %1").replace("%1", reason))

    def _edited(self, catalog: Catalog) -> None:
        self.listings.catalog = catalog
        self.sizes.catalog = catalog
        if self.file is not None:
            self.file.dirty = True
        self._show_source()
        self._keep()
        self._recommend()

    def save(self) -> bool:
        """Save over the open file, unless that could lose rows (a partial import, a merchant's own
        file): then straight to Save As, with the reason said first, never a refusal after the fact."""
        if self.file is None or self.file.save_needs_a_new_name():
            reason = self.file.source_kept_reason(Path(self.file.path.name)) if self.file is not None \
                and self.file.path is not None else None
            if reason is not None:
                self.notify(problem_text(reason))
            return self.save_as()
        return self.write(self.file.path)

    def save_as(self) -> bool:
        if self.file is None:
            return False
        suggested = self.file.suggested_path()
        kept = self.file.source_kept_reason() is not None
        caption = self.tr("Save the catalogue under a new name") if kept else self.tr("Save the catalogue")

        def refuse(path: Path) -> str | None:
            reason = self.file.refusal(path)
            return problem_text(reason) if reason is not None else None

        path = choose_save_file(self, self.context.settings, caption, suggested.name,
                                self.tr("CSV (*.csv);;Excel workbook (*.xlsx)"),
                                suggested.parent if self.file.path is not None else None, refuse)
        return path is not None and self.write(path)

    def _show_save_state(self) -> None:
        """Save says before it is pressed when it will ask for a new name, and why."""
        reason = self.file.source_kept_reason(Path(self.file.path.name)) if self.file is not None \
            and self.file.path is not None else None
        tip = self.tr("Save the catalogue (Ctrl+S)")
        if reason is not None:
            tip = fill(self.tr("Save asks for a new name: %1"), problem_text(reason))
        self.save_action.setToolTip(tip)
        self.save_action.setStatusTip(tip)

    def write(self, path: Path) -> bool:
        """Save the catalogue to ``path`` now (on this thread: the window must not close before it is done)."""
        self._keep()
        try:
            written = self.file.save(Path(path))
        except Exception as error:  # noqa: BLE001 - one readable message, and the changes are kept
            self.context.show_error(self.tr("The catalogue was not saved: %1").replace("%1", error_text(error)))
            return False
        self._set_mapped_source(None)  # the open file is now Sizer's own
        self.context.settings.set(LAST_CATALOGUE, str(written))
        self._show_source()
        self._keep()
        self.notify(self.tr("Saved %1").replace("%1", str(written)))
        return True

    def confirm_close(self) -> bool:
        if not self.dirty:
            return True
        name = self.path.name if self.path else self.tr("The catalogue")
        choice = ask_unsaved_changes(self, name)
        if choice is UnsavedChoice.SAVE:
            return self.save()
        if choice is UnsavedChoice.DISCARD:
            if self.file is not None:
                self.file.dirty = False
            self._keep()
            return True
        return False

    def import_brand_chart(self) -> None:
        """A brand's size chart spreadsheet, previewed, into the selected listing's size table."""
        from sizer.catalog.brand_chart import apply_to_listing
        from sizer.ui.brand_chart_dialog import ask_brand_chart

        listing = self.selected_listing()
        if listing < 0:
            self.notify(self.tr("Select the listing whose sizes the brand chart gives."))
            return
        path = choose_open_file(self, self.context.settings, self.tr("Open a brand's size chart"),
                                self.tr("Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)"))
        if path is None:
            return
        item = self.catalog.listing(listing)
        try:
            answer = ask_brand_chart(self, path, item, self.context.language)
            if answer is None:
                return
            if answer.target == "chart":
                self._save_brand_chart_file(answer, item)
                return
            updated = apply_to_listing(self.catalog, item.listing_id, answer.chart, answer.system,
                                       add_new=answer.add_new, drop_missing=answer.drop_missing)
        except Exception as error:  # noqa: BLE001 - one readable message, nothing changed
            self.context.show_error(error_text(error))
            return
        self._edited(updated)
        self._show_details()
        self.notify(fill(self.tr("%1 now has the %Ln size(s) of the brand chart; Save to keep them.", "",
                                 len(updated.listing(item.listing_id).sizes)), item.listing_id))

    def _save_brand_chart_file(self, answer, item) -> None:
        """The brand chart as a chart file (garment charts through the listing's category's ease)."""
        from sizer.atomic import atomic_write_text
        from sizer.catalog.brand_chart import chart_file_text
        from sizer.sizing.library import load_chart_file

        target = choose_save_file(self, self.context.settings, self.tr("Save the chart file"),
                                  f"{answer.chart_id}.toml", self.tr("Size chart (*.toml)"))
        if target is None:
            return
        text = chart_file_text(answer.chart, answer.chart_id, answer.title or answer.chart_id, answer.source_url,
                               category=item.category, fit=item.fit, stretch=item.stretch)
        atomic_write_text(target, text)
        load_chart_file(target)  # it loads as every chart does, or the error says what is wrong
        self.notify(self.tr("Saved %1").replace("%1", str(target)))

    # -- recommendations -------------------------------------------------------------------
    def _profile_changed(self, _profile) -> None:
        self._recommend()

    def _recommend(self) -> None:
        profile, catalog = self.context.profile, self.catalog
        self._show_profile()
        if profile is None or catalog is None:
            self.results = None
            self.listings.set_results(None)
            self._show_details()
            return
        from sizer.recommend import recommend

        self.context.jobs.submit(lambda: recommend(profile, catalog), lambda results: self._recommended(catalog, results),
                                 lambda error, details: self.context.show_error(error_text(error), details, key="recommend"),
                                 latest="recommend")

    def _recommended(self, catalog: Catalog, results) -> None:
        if catalog is not self.catalog:
            return  # edited meanwhile: a newer job is on its way
        self.results = results
        self.listings.set_results(results)
        for column in (ListingsModel.SIZE, ListingsModel.ALTERNATIVE, ListingsModel.STATUS):
            self.listing_view.resizeColumnToContents(column)
        self._show_details()

    def _segment_chosen(self, _index: int) -> None:
        profile = self.context.profile
        segment = Segment(self.shopper_segment.currentData()) if self.shopper_segment.currentData() else None
        if profile is not None and profile.segment is not segment:
            self.context.set_profile(dataclasses.replace(profile, segment=segment))

    def _show_profile(self) -> None:
        profile = self.context.profile
        wanted = self.shopper_segment.findData(profile.segment.value if profile is not None and profile.segment else "")
        if wanted >= 0 and wanted != self.shopper_segment.currentIndex():
            blocked = self.shopper_segment.blockSignals(True)
            self.shopper_segment.setCurrentIndex(wanted)
            self.shopper_segment.blockSignals(blocked)
        if profile is None:
            self.profile_label.setText(self.tr("No body profile yet: measure or type one on the Measure page."))
        else:
            self.profile_label.setText(self.tr("Recommending for a profile of %Ln measurement(s)", "",
                                               len(profile.measurements_cm)))

    def _apply_filter(self) -> None:
        chosen = self.selected_listing()
        self.listings.set_filter(self.filter_text.text(), self.filter_category.currentData() or "",
                                 self.only_fitting.isChecked())
        # The detail pane shows the selected listing only while the filter still shows it: a
        # filter that hides it leaves no selection and an empty pane, never a stale one.
        rows = np.flatnonzero(self.listings.visible == chosen) if chosen >= 0 else []
        if len(rows):
            self.listing_view.selectRow(int(rows[0]))
        else:
            self.listing_view.clearSelection()
            self.listing_view.setCurrentIndex(self.listings.index(-1, -1))
        self._show_details()

    def view_state(self) -> dict:
        return {"listing": self.selected_listing(), "filter_text": self.filter_text.text(),
                "filter_category": self.filter_category.currentData() or "", "only_fitting": self.only_fitting.isChecked(),
                "catalog": id(self.catalog)}

    def restore_view_state(self, state: dict) -> None:
        if state.get("catalog") != id(self.catalog):
            return  # another catalogue: the old selection means nothing in it
        self.filter_text.setText(state.get("filter_text", ""))
        self.filter_category.setCurrentIndex(max(0, self.filter_category.findData(state.get("filter_category", ""))))
        self.only_fitting.setChecked(bool(state.get("only_fitting")))
        listing = state.get("listing", -1)
        rows = np.flatnonzero(self.listings.visible == listing) if listing >= 0 else []
        if len(rows):
            self.listing_view.selectRow(int(rows[0]))
            self.listing_view.scrollTo(self.listings.index(int(rows[0]), 0))

    def selected_listing(self) -> int:
        rows = self.listing_view.selectionModel().selectedRows()
        return self.listings.listing_at(rows[0].row()) if rows else -1

    def _listing_chosen(self, *_args: QItemSelection) -> None:
        self._show_details()

    def recommendation(self, listing: int) -> Recommendation | None:
        return self.results.recommendation(listing) if self.results is not None and listing >= 0 else None

    def _show_details(self) -> None:
        listing = self.selected_listing()
        recommendation = self.recommendation(listing)
        recommended_row = -1
        if recommendation is not None and self.results is not None:
            recommended_row = int(self.results.batch.best_row[0, listing])
        self.sizes.set_listing(self.catalog, listing, recommended_row)
        if listing < 0:
            self.details.setHtml("")
            return
        catalog = self.catalog
        parts = [f"<h3>{html.escape(str(catalog.titles[listing]))}</h3>"]
        if recommendation is None:
            no_profile = self.tr("No body profile yet: measure or type one on the Measure page.")
            parts.append(f"<p>{no_profile}</p>")
        else:
            parts.append(self._recommendation_html(recommendation))
        dims = [catalog.dimensions[j] for j in self.sizes.dims]
        if dims:
            links = ", ".join(f'<a href="{d}">{html.escape(dimension_name(d, self.context.language))}</a>' for d in dims)
            how = self.tr("How to measure:")
            parts.append(f"<p>{how} {links}</p>")
        self.details.setHtml("".join(parts))

    def _recommendation_html(self, r: Recommendation) -> str:
        headline = (self.tr("<b>Recommended size: %1</b> (%2, confidence %3 %)")
                    .replace("%1", html.escape(r.size or "—")).replace("%2", html.escape(status_name(r.status.value)))
                    .replace("%3", number(round(r.confidence * 100))))
        lines = [f"<p>{headline}"]
        if r.alternative:
            lines.append("<br>" + self.tr("Runner-up: %1").replace("%1", html.escape(r.alternative)))
        if r.status is RecommendationStatus.NO_FIT and r.closest:
            lines.append("<br>" + self.tr("Closest size: %1").replace("%1", html.escape(r.closest)))
        lines.append("</p><ul>")
        for dim, zone in r.fit.items():
            verdict = zone_fit_name(zone.value) if zone else self.tr("not measured")
            lines.append(f"<li>{html.escape(labelled(dimension_name(dim, self.context.language), verdict))}</li>")
        lines.append("</ul>")
        ruled = r.reason(ReasonCode.NO_SIZE_FITS)
        for x in (ruled.params.get("ruled_out_by", []) if ruled else []):
            zone = html.escape(dimension_name(str(getattr(x["dimension"], "value", x["dimension"])), self.context.language))
            larger = str(getattr(x["body_is"], "value", x["body_is"])) == "larger"
            text = (self.tr("No size: your %1 is %2 cm over the largest size.") if larger
                    else self.tr("No size: your %1 is %2 cm under the smallest size."))
            lines.append("<p>" + text.replace("%1", zone).replace("%2", number(x["by_cm"])) + "</p>")
        best = r.reason(ReasonCode.BEST_AVAILABLE)
        if best and best.params.get("zones"):
            zones = ", ".join(f"{dimension_name(d, self.context.language)} ({zone_fit_name(z.value)})"
                              for d, z in best.params["zones"].items())
            lines.append("<p>" + self.tr("The best of the sizes; it will be off at: %1").replace("%1", html.escape(zones))
                         + "</p>")
        variant = r.reason(ReasonCode.VARIANT_BY_LENGTH)
        if variant:
            zones = ", ".join(dimension_name(d, self.context.language) for d in variant.params["dimensions"])
            lines.append("<p>" + self.tr("Length chosen by your %1").replace("%1", html.escape(zones)) + "</p>")
        unusable = r.reason(ReasonCode.NO_USABLE_MEASUREMENTS)
        if unusable and unusable.params.get("needed"):
            names = ", ".join(dimension_name(str(getattr(d, "value", d)), self.context.language)
                              for d in unusable.params["needed"])
            lines.append("<p>" + self.tr("To recommend a size, add: %1").replace("%1", html.escape(names)) + "</p>")
        if r.would_improve:
            names = ", ".join(dimension_name(d, self.context.language) for d in r.would_improve)
            lines.append("<p>" + self.tr("More certain with: %1").replace("%1", html.escape(names)) + "</p>")
        systems = [s for s in self.context.settings.get(DEFAULT_SYSTEMS) if r.equivalents.get(s)]
        if systems:
            from sizer.catalog.size_guide import several_labels_text  # "or", never "/" (CN 165/88A)

            lines.append("<p>" + " · ".join(
                f"<b>{html.escape(s)}</b> {html.escape(several_labels_text(r.equivalents[s], self.context.language))}"
                for s in systems) + "</p>")
        return "".join(lines)

    # -- exports ---------------------------------------------------------------------------
    def export_recommendations(self) -> None:
        if self.results is None:
            self.context.show_error(self.tr("There is nothing to export yet: a body profile is needed "
                                            "(measure or type one on the Measure page)."))
            return
        path = choose_save_file(self, self.context.settings, self.tr("Export the recommendations"),
                                "recommendations.csv", self.tr("CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)"))
        if path is not None:
            self.write_recommendations(path)

    def write_recommendations(self, path: Path) -> None:
        from sizer.recommend.bulk_export import export_recommendation_set

        results, indices = self.results, [self.listings.listing_at(r) for r in range(self.listings.rowCount())]
        self.context.jobs.submit(
            lambda: export_recommendation_set(path, results, indices),
            lambda written: self.notify(self.tr("Saved %1").replace("%1", str(written))),
            lambda error, details: self.context.show_error(error_text(error), details))

    def export_marketplace_files(self) -> None:
        """Amazon, Google Merchant, Shopify or picture files for the whole catalogue (as `sizer preset`)."""
        from PySide6.QtWidgets import QFileDialog

        from sizer.channels.write import SUFFIXES, write_preset
        from sizer.ui.preset_dialog import ask_preset

        if self.catalog is None:
            return
        answer = ask_preset(self, self._guide_language())
        if answer is None:
            return
        channel, options = answer
        if channel == "image":
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the pictures"))
            path = Path(folder) if folder else None
        else:
            path = choose_save_file(self, self.context.settings, self.tr("Save the marketplace file"),
                                    f"{channel}{SUFFIXES[channel]}", self.tr("All files (*)"))
        if path is None:
            return
        catalog = self.catalog
        # A catalogue opened from the merchant's Amazon flat file: its own product types, variation
        # themes and body types are written back (as `sizer preset`); read in the job, off the GUI thread
        flat_file = self.path if self.mapped and channel.startswith("amazon") else None

        def write():
            from dataclasses import replace

            from sizer.channels.amazon_flat_file import read_flat_file_fields

            kept = read_flat_file_fields(flat_file) if flat_file is not None else None
            return write_preset(channel, catalog, path, replace(options, amazon_fields=kept))

        self.context.jobs.submit(write, self._preset_written,
                                 lambda error, details: self.context.show_error(error_text(error), details))

    def _preset_written(self, result) -> None:
        """Say what was written; its notes (what the merchant should check) in a window of their own."""
        from sizer.ui.preset_dialog import PresetResultDialog

        self.notify(problem_text(result.summary))
        if result.notes:
            if self.preset_result is not None:
                self.preset_result.deleteLater()
            self.preset_result = PresetResultDialog(result.summary, result.notes, self)
            self.preset_result.open()  # window-modal, not blocking: the page stays as it was

    def export_size_guide(self) -> None:
        from sizer.ui.size_guide_dialog import ask_size_guide_options

        listing = self.selected_listing()
        if listing < 0:  # say why nothing happens, and what to do
            self.context.show_error(self.tr("Select a listing first: a size guide is made for one listing "
                                            "(click it in the list above).") if self.catalog is not None and
                                    self.listings.rowCount() else
                                    self.tr("There is no listing to make a size guide for: open a catalogue, "
                                            "or clear the filter."))
            return
        item = self.catalog.listing(listing)
        choice = ask_size_guide_options(self, item, self._guide_systems(item), self._guide_unit(),
                                        self._guide_language())
        if choice is None:
            return
        path = choose_save_file(self, self.context.settings, self.tr("Save the size guide"),
                                choice.suggested_name(item.listing_id),
                                self.tr("Web page (*.html);;PDF (*.pdf);;Picture (*.png *.jpg)"))
        if path is not None:
            self.write_size_guide(listing, path, choice)

    def _guide_systems(self, item) -> list[str]:
        from sizer.catalog.chart_bridge import systems as chart_systems

        available = chart_systems(item.category)
        return [s for s in self.context.settings.get(DEFAULT_SYSTEMS) if s in available]

    def _guide_unit(self) -> str:
        return "cm" if self.context.unit().value == "cm" else "in"

    def _guide_language(self) -> str:
        from sizer.catalog.size_guide import size_guide_languages

        return self.context.language if self.context.language in size_guide_languages() else "en"

    def write_size_guide(self, listing: int, path: Path, choice=None) -> None:
        """Size guide of one listing as chosen (the form from the suffix and the settings when no choice)."""
        from sizer.catalog.size_guide import build_size_guide_table, default_paper
        from sizer.ui.documents.size_guide_export import SizeGuideChoice, form_from_suffix, write_size_guide

        item = self.catalog.listing(listing)
        if choice is None:
            systems = tuple(self._guide_systems(item))
            choice = SizeGuideChoice(systems, self._guide_unit(), default_paper(item, systems),
                                     self._guide_language(), form_from_suffix(path) or "html")
        try:
            table = build_size_guide_table(item, choice.systems, choice.unit, choice.language)
            write_size_guide(table, path, choice.form, paper=choice.paper, image_size=choice.image_size)
        except Exception as error:  # noqa: BLE001 - one readable message
            self.context.show_error(error_text(error))
            return
        self.notify(self.tr("Saved %1").replace("%1", str(path)))
