"""The main window: a side list of pages, the pages, a status bar, app-wide actions."""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
                               QStackedWidget, QWidget)

from sizer import __version__
from sizer.ui.context import AppContext
from sizer.ui.icons import icon
from sizer.ui.logs import current_log_path
from sizer.ui.pages.base import Page

log = logging.getLogger("sizer.ui")

PageFactory = Callable[[AppContext], Page]


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
        settings_action = QAction(icon("settings"), self.tr("&Settings…"), self)
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
        log_action = QAction(self.tr("Open the &log folder"), self)
        log_action.triggered.connect(self._open_log_folder)
        help_menu.addAction(log_action)
        about_action = QAction(self.tr("&About Sizer"), self)
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)

    def _open_log_folder(self) -> None:
        path = current_log_path()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Sizer"), self.tr(
            "<b>Sizer %1</b><br>Size charts that convert between countries, illustrated measuring "
            "guides, body measurements from a camera, and a recommended size for every listing.<br>"
            "Chinese text is set in Noto Sans CJK SC (SIL Open Font License).").replace("%1", __version__))

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
