"""The main window: a side list of pages, the pages, a status bar, app-wide actions."""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
                               QStackedWidget, QWidget)

from sizer import __version__
from sizer.ui.context import AppContext
from sizer.ui.icons import icon
from sizer.ui.logs import current_log_path
from sizer.ui.pages.base import Page
from sizer.ui.settings import LAST_CATALOGUE, RECENT_CATALOGUES

log = logging.getLogger("sizer.ui")

PageFactory = Callable[[AppContext], Page]
MAX_RECENT = 8


class MainWindow(QMainWindow):
    settings_requested = Signal()

    def __init__(self, context: AppContext, page_factories: Sequence[PageFactory]):
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Sizer"))
        self.setWindowIcon(icon("sizer"))
        self.setMinimumSize(QSize(960, 600))
        self._shut_down = False

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setIconSize(QSize(28, 28))
        self.navigation.setSpacing(2)
        self.navigation.setFixedWidth(196)
        self.stack = QStackedWidget()
        self.pages: list[Page] = []
        for factory in page_factories:
            page = factory(context)
            self.pages.append(page)
            self.stack.addWidget(page)
            item = QListWidgetItem(icon(page.icon_name), page.title())
            item.setSizeHint(QSize(180, 44))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        context.settings.changed.connect(self._remember_catalogue)
        self._remember_catalogue(LAST_CATALOGUE.key)
        context.guide_requested.connect(self._open_guide)
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        self.navigation.setCurrentRow(0)

    # -- pages -----------------------------------------------------------------------------
    def page_named(self, name: str) -> Page:
        for page in self.pages:
            if page.objectName() == name:
                return page
        raise KeyError(name)

    def show_page(self, name: str) -> Page:
        page = self.page_named(name)
        self.navigation.setCurrentRow(self.pages.index(page))
        return page

    def view_state(self) -> dict:
        """The page shown and each page's own state (selection, filter), to keep across a rebuild."""
        current = self.stack.currentWidget()
        return {"page": current.objectName() if current is not None else "",
                "pages": {page.objectName(): page.view_state() for page in self.pages}}

    def restore_view_state(self, state: dict) -> None:
        for page in self.pages:
            kept = state.get("pages", {}).get(page.objectName())
            if kept is not None:
                page.restore_view_state(kept)
        if state.get("page") and self._page_or_none(state["page"]) is not None:
            self.show_page(state["page"])

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.pages[row].activated()

    def _open_guide(self, dimension_id: str) -> None:
        page = self.show_page("guides_page")
        page.show_guide(dimension_id)  # type: ignore[attr-defined]

    # -- menus -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("file_menu")
        catalogue = self._page_or_none("catalogue_page")
        measure = self._page_or_none("measure_page")
        charts = self._page_or_none("charts_page")
        if catalogue is not None:
            # The catalogue's own actions carry the shortcuts (within its page); the menu items
            # show them after a tab and bring the page forward before acting.
            self._menu_action(file_menu, "open_catalogue", self.tr("&Open catalogue…") + "\tCtrl+O",
                              catalogue, catalogue.open_file, "open")
            self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
            self.recent_menu.setObjectName("recent_menu")
            self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
            self._fill_recent_menu()
            self._menu_action(file_menu, "open_sample", self.tr("Open the bundled sa&mple catalogue"),
                              catalogue, self._open_sample)
            # Enabled with the page's own action: while a merchant's file read through a mapping is open.
            remap = self._menu_action(file_menu, "change_mapping", self.tr("&Change column mapping…") + "\tCtrl+Shift+M",
                                      catalogue, catalogue.change_mapping)
            page_action = catalogue.map_action
            remap.setEnabled(page_action.isEnabled())
            remap.setToolTip(page_action.toolTip())
            page_action.changed.connect(lambda: remap.setEnabled(page_action.isEnabled()))
            file_menu.addSeparator()
            self._menu_action(file_menu, "save_catalogue", self.tr("&Save catalogue") + "\tCtrl+S",
                              catalogue, catalogue.save, "save")
            self._menu_action(file_menu, "save_catalogue_as", self.tr("Save catalogue &as…") + "\tCtrl+Shift+S",
                              catalogue, catalogue.save_as, "save")
            file_menu.addSeparator()
        import_menu = file_menu.addMenu(icon("open"), self.tr("&Import"))
        import_menu.setObjectName("import_menu")
        if catalogue is not None:
            self._menu_action(import_menu, "import_catalogue", self.tr("&Catalogue (CSV or Excel)…"),
                              catalogue, catalogue.open_file)
        if measure is not None:
            self._menu_action(import_menu, "import_profile", self.tr("Body &profile…"), measure,
                              measure.load_profile_file)
            self._menu_action(import_menu, "import_photos", self.tr("P&hotos to measure…"), measure,
                              measure.open_photos)
            self._menu_action(import_menu, "import_video", self.tr("&Video to measure…"), measure,
                              measure.open_video)
        export_menu = file_menu.addMenu(icon("export"), self.tr("&Export"))
        export_menu.setObjectName("export_menu")
        if catalogue is not None:
            self._menu_action(export_menu, "export_recommendations", self.tr("&Recommendations…"), catalogue,
                              catalogue.export_recommendations)
            self._menu_action(export_menu, "export_size_guide", self.tr("Size &guide of the selected listing…"),
                              catalogue, catalogue.export_size_guide)
            self._menu_action(export_menu, "export_marketplace_files", self.tr("&Marketplace files…") + "\tCtrl+Shift+E",
                              catalogue, catalogue.export_marketplace_files)
        if charts is not None:
            self._menu_action(export_menu, "export_chart", self.tr("Size &chart as CSV…"), charts,
                              charts.export_table)
        if measure is not None:
            self._menu_action(export_menu, "export_profile", self.tr("Body &profile…"), measure,
                              measure.save_profile_file)
        file_menu.addSeparator()
        settings_action = QAction(icon("settings"), self.tr("Se&ttings…"), self)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(self.settings_requested)
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for row, page in enumerate(self.pages):
            action = QAction(icon(page.icon_name), page.title(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.navigation.setCurrentRow(r))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide_action = QAction(icon("help"), self.tr("&User guide"), self)
        guide_action.setObjectName("user_guide_action")
        guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        guide_action.triggered.connect(self.show_user_guide)
        help_menu.addAction(guide_action)
        log_action = QAction(self.tr("Open the &log folder"), self)
        log_action.triggered.connect(self._open_log_folder)
        help_menu.addAction(log_action)
        about_action = QAction(self.tr("&About Sizer"), self)
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)

    def _page_or_none(self, name: str) -> Page | None:
        try:
            return self.page_named(name)
        except KeyError:
            return None

    def _menu_action(self, menu, name: str, text: str, page: Page, slot, icon_name: str | None = None) -> QAction:
        action = QAction(icon(icon_name), text, self) if icon_name else QAction(text, self)
        action.setObjectName(name)

        def run(_checked: bool = False) -> None:
            self.show_page(page.objectName())
            slot()

        action.triggered.connect(run)
        menu.addAction(action)
        return action

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = [Path(p) for p in self.context.settings.get(RECENT_CATALOGUES)]
        for path in recent:
            action = self.recent_menu.addAction(f"{path.name}  —  {path.parent}")
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=path: self.open_catalogue(p))
        if not recent:
            none = self.recent_menu.addAction(self.tr("No catalogues opened yet"))
            none.setEnabled(False)

    def open_catalogue(self, path: Path | None) -> None:
        """Open ``path`` (None: the bundled sample) on the Catalogue page, asking about unsaved changes."""
        page = self.show_page("catalogue_page")
        if page.confirm_close():
            page.load(path)

    def _open_sample(self) -> None:
        self.open_catalogue(None)

    def _remember_catalogue(self, key: str) -> None:
        if key != LAST_CATALOGUE.key:
            return
        last = self.context.settings.get(LAST_CATALOGUE)
        if last:
            recent = [last, *(p for p in self.context.settings.get(RECENT_CATALOGUES) if p != last)]
            self.context.settings.set(RECENT_CATALOGUES, tuple(recent[:MAX_RECENT]))

    def show_user_guide(self) -> None:
        from sizer.ui.widgets.user_guide import UserGuideDialog

        dialog = UserGuideDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.user_guide = dialog

    def _open_log_folder(self) -> None:
        path = current_log_path()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Sizer"), self.tr(
            "<b>Sizer %1</b><br>Size charts that convert between countries, illustrated measuring "
            "guides, body measurements from a camera, and a recommended size for every listing.<br>"
            "Chinese, Japanese and Korean text is set in Noto Sans CJK (SIL Open Font License).").replace("%1", __version__))

    # -- closing ---------------------------------------------------------------------------
    def confirm_close(self) -> bool:
        return all(page.confirm_close() for page in self.pages)

    def shutdown(self) -> None:
        """Stop every page's timers and threads (the camera first); safe to call twice."""
        if self._shut_down:
            return
        self._shut_down = True
        for page in self.pages:
            try:
                page.shutdown()
            except Exception:  # noqa: BLE001 - one page's failure must not keep the camera running
                log.exception("page %s failed to shut down", page.objectName())
        self.context.settings.save_state("main_window/geometry", self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self._shut_down and not self.confirm_close():
            event.ignore()
            return
        self.shutdown()
        event.accept()
