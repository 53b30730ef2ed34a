"""Starts the desktop app: Qt application, logging, fonts, languages, settings, main window.

``run_app`` is what the bare ``sizer`` command calls. Start-up stays light: pages import their
heavy parts (OpenCV, MediaPipe) only when first used, so the window is usable in well under 1.5 s
(scripts/bench_startup.py prints the figure).
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from sizer import __version__
from sizer.sizing.schema import KNOWN_SYSTEMS
from sizer.ui.context import AppContext
from sizer.ui.error_reporter import ErrorReporter
from sizer.ui.fonts import ensure_fonts, set_punctuation_widths
from sizer.ui.i18n import install_translators, resolve_language
from sizer.ui.icons import icon, register_icon_path
from sizer.ui.jobs import JobRunner
from sizer.ui.logs import setup_logging
from sizer.ui.main_window import MainWindow, PageFactory
from sizer.ui.settings import KIOSK_ON_START, LANGUAGE, Settings
from sizer.ui.widgets.wheel_guard import install_wheel_guard

log = logging.getLogger("sizer.ui")


def page_factories() -> list[PageFactory]:
    """The main window's pages, in navigation order."""
    from sizer.ui.pages.catalogue_page import CataloguePage
    from sizer.ui.pages.charts_page import ChartsPage
    from sizer.ui.pages.guides_page import GuidesPage
    from sizer.ui.pages.measure_page import MeasurePage
    from sizer.ui.pages.returns_page import ReturnsPage

    return [ChartsPage, GuidesPage, MeasurePage, CataloguePage, ReturnsPage]


def ensure_qapplication(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(list(argv or sys.argv[:1]))
    install_wheel_guard(app)  # scrolling over a measurement never changes it, in every window
    QCoreApplication.setOrganizationName("Sizer")
    QCoreApplication.setApplicationName("Sizer")
    QCoreApplication.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


# Room the window manager takes around a window (title bar, borders); Qt knows it only once shown.
FRAME_ALLOWANCE_PX = QSize(16, 48)


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move the window so all of it, frame and status bar included, is on its screen
    (a 1366x768 laptop has about 1366x728 available under its panel)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    width = min(window.width(), available.width() - FRAME_ALLOWANCE_PX.width())
    height = min(window.height(), available.height() - FRAME_ALLOWANCE_PX.height())
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    x = min(max(window.x(), available.left()), available.right() - window.width() - FRAME_ALLOWANCE_PX.width())
    y = min(max(window.y(), available.top()), available.bottom() - window.height() - FRAME_ALLOWANCE_PX.height())
    window.move(max(x, available.left()), max(y, available.top()))


class DesktopApp:
    """Owns the context and the main window; rebuilds the window when the language changes."""

    def __init__(self, context: AppContext, factories: Sequence[PageFactory] | None = None):
        self.context = context
        self._factories = list(factories) if factories is not None else page_factories()
        self.window = self._build_window()
        context.settings.changed.connect(self._setting_changed)

    def _build_window(self) -> MainWindow:
        window = MainWindow(self.context, self._factories)
        window.settings_requested.connect(self.open_settings)
        geometry = self.context.settings.load_state("main_window/geometry")
        if geometry is None or not window.restoreGeometry(geometry):
            window.resize(1280, 760)
        fit_to_screen(window)
        return window

    def open_settings(self) -> None:
        from sizer.sizing import load_charts
        from sizer.ui.settings_dialog import SettingsDialog

        order = {system: n for n, system in enumerate(KNOWN_SYSTEMS)}
        systems = sorted({s for chart in load_charts() for s in chart.systems}, key=lambda s: (order.get(s, 99), s))
        SettingsDialog(self.context.settings, self.window, systems).exec()

    def _setting_changed(self, key: str) -> None:
        if key == LANGUAGE.key:
            self.switch_language(resolve_language(self.context.settings.get(LANGUAGE)))

    def switch_language(self, language: str) -> bool:
        """Retranslate live by rebuilding the window; the profile and the catalogue, saved or not,
        live in the context and carry over, so there is nothing to ask about."""
        if language == self.context.language:
            return True
        old = self.window
        install_translators(language)
        set_punctuation_widths(language)
        self.context.language = language
        state = old.view_state()  # the page and selection the person was at, not the first page
        old.shutdown()
        self.window = self._build_window()
        self.window.restore_view_state(state)
        self.window.setGeometry(old.geometry())
        if old.isVisible():
            self.window.show()
        old.hide()
        old.deleteLater()
        log.info("interface language is now %s", language)
        return True

    def shutdown(self) -> None:
        self.window.shutdown()
        self.context.jobs.wait()
        self.context.reporter.uninstall()
        self.context.settings.sync()


def start_app(language: str | None = None, settings: Settings | None = None,
              argv: Sequence[str] | None = None, install_excepthook: bool = True,
              log_dir: Path | None = None) -> DesktopApp:
    """Everything up to a shown, usable main window (no event loop yet).

    ``settings`` and ``log_dir`` default to the user's; tests pass throw-away ones.
    """
    app = ensure_qapplication(argv)
    log_path = setup_logging(log_dir)
    log.info("Sizer %s starting (Qt platform %s)", __version__, app.platformName())
    ensure_fonts()
    register_icon_path()
    app.setWindowIcon(icon("sizer"))
    settings = settings or Settings()
    chosen = resolve_language(language or settings.get(LANGUAGE))
    install_translators(chosen)
    set_punctuation_widths(chosen)
    reporter = ErrorReporter(log_path)
    if install_excepthook:
        reporter.install()
    context = AppContext(settings, reporter, JobRunner(), chosen)
    desktop = DesktopApp(context)
    desktop.window.show()
    return desktop


def run_app(kiosk: bool = False, language: str | None = None) -> int:
    """Open the desktop app (or the kiosk) and run until it is closed; returns the exit code."""
    if kiosk or Settings().get(KIOSK_ON_START):
        return _run_kiosk(language)
    desktop = start_app(language)
    app = QApplication.instance()
    app.aboutToQuit.connect(desktop.shutdown)
    return app.exec()


def _run_kiosk(language: str | None) -> int:
    """The seam for kiosk mode (issue 8): ``sizer.ui.kiosk.run_kiosk(language=...) -> int``."""
    try:
        from sizer.ui.kiosk import run_kiosk
    except ModuleNotFoundError as error:
        if error.name != "sizer.ui.kiosk":
            raise
        print("sizer: error: kiosk mode is not part of this build", file=sys.stderr)
        return 2
    return run_kiosk(language=language)
