"""The kiosk window: the shopper's flow, the idle wipe, the lockdown and the way out for the admin.

Attract → language → consent → height → capture → results, then back to attract, with everything
about the shopper wiped (``wipe``) after a "Start over", an idle time, an error, or the admin
gesture. The window cannot be closed, except through the admin screen behind the PIN.
"""
from __future__ import annotations

import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from sizer.catalog import Catalog, load_catalog
from sizer.profile import BodyProfile
from sizer.recommend import Recommendation, recommend
from sizer.ui import names
from sizer.ui.capture_worker import FrameProcessor, FrameSource, LiveFrame
from sizer.ui.i18n import install_translators, resolve_language
from sizer.ui.kiosk.admin import AdminScreen, PinScreen
from sizer.ui.kiosk.camera import CameraSupervisor
from sizer.ui.kiosk.capture import CaptureStatus
from sizer.ui.kiosk.capture_screen import CaptureScreen
from sizer.ui.kiosk.handoff import (ProductSize, find_printer, link_payload, print_sizes, qr_image,
                                    template_problem, text_payload)
from sizer.ui.kiosk.memory import return_free_memory
from sizer.ui.kiosk.results_screen import SHOWN_MEASUREMENTS, measurement_text
from sizer.ui.kiosk.screens import AttractScreen, ConsentScreen, HeightScreen, LanguageScreen, Screen
from sizer.ui.kiosk.shopper import ShopperSession
from sizer.ui.kiosk.style import kiosk_stylesheet
from sizer.ui.settings import (KIOSK_CAMERA, KIOSK_CAMERA_STALL_S, KIOSK_CATALOGUE, KIOSK_COUNTDOWN_S,
                               KIOSK_FRAMES_PER_VIEW, KIOSK_IDLE_TIMEOUT_S, KIOSK_LANGUAGES, KIOSK_PRINTER,
                               KIOSK_PRODUCTS, KIOSK_QR_TEMPLATE, LANGUAGES, Settings)
from sizer.units import LengthUnit

log = logging.getLogger("sizer.ui.kiosk")

# (stature_cm, frames_per_view, gate) -> a processor; opened on the worker thread.
ProcessorFactory = Callable[[float, int, threading.Event], FrameProcessor]
SourceFactory = Callable[[], FrameSource]

ADMIN_TAPS = 5  # taps in the top-left corner ...
ADMIN_TAP_WINDOW_S = 4.0  # ... within this time open the PIN screen
ADMIN_CORNER_SHARE = 0.1  # of the short side
ADMIN_CHORD = (Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
               | Qt.KeyboardModifier.ShiftModifier)
CAMERA_FRAME_SIZE = (640, 480)


def camera_source_factory(spec: str) -> SourceFactory:
    """Opens the configured camera number, or a video/folder (a demo kiosk), at the pipeline's size."""
    def open_camera() -> FrameSource:
        from sizer.vision.frames import open_source

        return open_source(spec, frame_size=CAMERA_FRAME_SIZE)

    return open_camera


def is_camera_number(spec: str) -> bool:
    return spec.strip().isdigit()


def load_kiosk_catalogue(path: str) -> Catalog:
    return load_catalog(path or None)


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


class KioskWindow(QWidget):
    exit_requested = Signal()  # the admin chose "Exit kiosk mode"
    screen_changed = Signal(str)  # the object name of the screen now shown

    def __init__(self, settings: Settings, language: str | None = None, *,
                 source_factory: SourceFactory | None = None,
                 processor_factory: ProcessorFactory | None = None,
                 catalogue_loader: Callable[[str], Catalog] = load_kiosk_catalogue,
                 printers: Callable[[], list[str]] = printer_names,
                 parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("kiosk_window")
        self.setWindowTitle("Sizer")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.settings = settings
        self._fixed_source_factory = source_factory
        self._pose_models = None
        if processor_factory is None:
            from sizer.ui.kiosk.capture import SharedPoseModels
            from sizer.vision.pose import import_pose_library

            import_pose_library()  # before any worker runs: see there why
            self._pose_models = SharedPoseModels()
        self._processor_factory = processor_factory or self._real_processor
        self._catalogue_loader = catalogue_loader
        self._printers = printers
        self._requested_language = language
        self._installed_language = ""
        self._may_close = False
        self._admin_taps: list[float] = []
        self._portrait: bool | None = None
        self._previous_hook = None
        self.restarts_after_error = 0
        self.shopper = ShopperSession()
        self.catalog: Catalog | None = None
        self.display_indices: list[int] = []
        self.supervisor: CameraSupervisor | None = None

        self.attract = AttractScreen()
        from sizer.ui.kiosk.segment_choice import install_segment_choice

        self.segment_choice = install_segment_choice(self.attract)
        self.segment_choice.chosen.connect(self._start_shopper_for)
        self.language = LanguageScreen()
        self.consent = ConsentScreen()
        self.height_entry = HeightScreen()
        self.capture = CaptureScreen()
        from sizer.ui.kiosk.results_screen import ResultsScreen

        self.results = ResultsScreen()
        self.pin = PinScreen(settings)
        self.admin = AdminScreen(settings, catalogue_loader, printers)
        self.stack = QStackedWidget()
        self.screens: list[Screen] = [self.attract, self.language, self.consent, self.height_entry, self.capture,
                                      self.results, self.pin, self.admin]
        for screen in self.screens:
            self.stack.addWidget(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._idle = QTimer(self)
        self._idle.setObjectName("kiosk_idle")
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._idle_timeout)

        self.attract.start.connect(self._start_shopper)
        self.language.chosen.connect(self.choose_language)
        self.consent.accepted.connect(lambda: self._show(self.height_entry))
        self.consent.declined.connect(self.wipe)
        self.height_entry.back.connect(lambda: self._show(self.consent))
        self.height_entry.entered.connect(self._height_entered)
        self.capture.start_over.connect(self.wipe)
        self.results.start_over.connect(self.wipe)
        self.results.print_requested.connect(self.print_sizes)
        self.pin.unlocked.connect(self._pin_unlocked)
        self.pin.cancelled.connect(self.wipe)
        self.admin.resume.connect(self._admin_done)
        self.admin.change_pin.connect(lambda: self._open_pin(change=True))
        self.admin.exit_kiosk.connect(self._exit)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.apply_settings()
        self.wipe()

    def _real_processor(self, stature_cm: float, frames_per_view: int, gate: threading.Event) -> FrameProcessor:
        from sizer.ui.kiosk.capture import KioskCaptureProcessor

        return KioskCaptureProcessor(stature_cm, frames_per_view, gate, self._pose_models.pipeline(stature_cm))

    # -- configuration -----------------------------------------------------------------------
    def kiosk_languages(self) -> tuple[str, ...]:
        chosen = tuple(code for code in self.settings.get(KIOSK_LANGUAGES) if code in LANGUAGES)
        return chosen or (resolve_language(self._requested_language),)

    def default_language(self) -> str:
        languages = self.kiosk_languages()
        if self._requested_language:
            requested = resolve_language(self._requested_language)
            if requested in languages:
                return requested
        return languages[0]

    def apply_settings(self) -> None:
        """(Re)read the catalogue, the products on display, the languages and the idle time."""
        path = self.settings.get(KIOSK_CATALOGUE)
        try:
            self.catalog = self._catalogue_loader(path)
        except Exception:  # noqa: BLE001 - a broken catalogue must not stop the kiosk: the sample stands in
            log.exception("kiosk catalogue %r could not be loaded; using the sample catalogue", path)
            self.catalog = self._catalogue_loader("")
        wanted = self.settings.get(KIOSK_PRODUCTS)
        indices = []
        for listing_id in wanted:
            try:
                indices.append(self.catalog.index_of(listing_id))
            except Exception:  # noqa: BLE001 - an id no longer in the catalogue is skipped, and logged
                log.warning("product %r on display is not in the catalogue", listing_id)
        self.display_indices = indices or list(range(len(self.catalog)))
        self.language.set_languages(self.kiosk_languages())
        self._idle.setInterval(max(1, round(self.settings.get(KIOSK_IDLE_TIMEOUT_S) * 1000)))

    def _source_factory(self) -> tuple[SourceFactory, bool]:
        if self._fixed_source_factory is not None:
            return self._fixed_source_factory, False
        spec = self.settings.get(KIOSK_CAMERA)
        return camera_source_factory(spec), not is_camera_number(spec)

    # -- the shopper's flow --------------------------------------------------------------------
    def current_screen(self) -> Screen:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def _show(self, screen: Screen) -> None:
        self.stack.setCurrentWidget(screen)
        if screen in (self.attract, self.pin, self.admin):
            self._idle.stop()
        else:
            self._idle.start()
        self.screen_changed.emit(screen.objectName())

    def _start_shopper(self) -> None:
        languages = self.kiosk_languages()
        if len(languages) == 1:
            self.choose_language(languages[0])
        else:
            self._show(self.language)

    def _start_shopper_for(self, segment) -> None:
        """Started on the attract screen's women/men/kids: results for that segment first."""
        self._start_shopper()
        self.shopper.segment = segment

    def choose_language(self, language: str) -> None:
        self._install_language(language)
        self.shopper.language = language
        self._show(self.consent)

    def _install_language(self, language: str) -> None:
        if QApplication.instance() is not None and language != self._installed_language:
            install_translators(language)
            self._installed_language = language
        for screen in self.screens:
            screen.retranslate()

    def _height_entered(self, height_cm: float, unit: LengthUnit) -> None:
        self.shopper.height_cm = height_cm
        self.shopper.unit = unit
        self._show(self.capture)
        self.start_capture()

    def start_capture(self) -> None:
        self._stop_camera()
        height = self.shopper.height_cm or 170.0
        frames = self.settings.get(KIOSK_FRAMES_PER_VIEW)
        gate = self.capture.gate
        source_factory, restart_when_ended = self._source_factory()
        supervisor = CameraSupervisor(source_factory, lambda: self._processor_factory(height, frames, gate),
                                      self.settings.get(KIOSK_CAMERA_STALL_S), restart_when_ended, self)
        supervisor.frame.connect(self._camera_frame)
        supervisor.capture_finished.connect(self._capture_finished)
        supervisor.camera_lost.connect(self._camera_lost)
        supervisor.camera_live.connect(self._camera_live)
        supervisor.reopened.connect(self.capture.restart_views)
        self.supervisor = supervisor
        self.capture.begin(self.settings.get(KIOSK_COUNTDOWN_S))
        supervisor.start()

    def _camera_frame(self, live: LiveFrame) -> None:
        if self.current_screen() is not self.capture:
            return
        self.capture.show_frame(live)
        status: CaptureStatus = live.status
        if status.person_visible:  # someone standing in front of the camera is not idle
            self.touch_idle()

    def _camera_lost(self, reason: str) -> None:
        self.capture.set_camera_lost(True)

    def _camera_live(self) -> None:
        self.capture.set_camera_lost(False)

    def _capture_finished(self, profile: BodyProfile) -> None:
        self._stop_camera()
        if self.shopper.segment is not None:
            profile.segment = self.shopper.segment
        self.shopper.profile = profile
        self.shopper.recommendations = self.recommendations_for(profile)
        self.shopper.qr_payload = self.qr_payload()
        printer = find_printer(self.settings.get(KIOSK_PRINTER)) if self._printers() else None
        self.results.show_results(profile, self.shopper.unit, self.shopper.recommendations,
                                  self.shopper.language or self.default_language(), qr_image(self.shopper.qr_payload),
                                  can_print=printer is not None)
        self._show(self.results)

    def recommendations_for(self, profile: BodyProfile) -> list[Recommendation]:
        assert self.catalog is not None
        from sizer.recommend.ordering import shown_for

        verdicts = recommend(profile, self.catalog)
        # The shopper's segment's products (and unisex ones) first, another segment's left out;
        # products with a size before those without; otherwise the merchant's order.
        sized = verdicts.batch.sized()[0]
        order = shown_for(self.catalog, self.display_indices, profile.segment,
                          [sized[i] for i in self.display_indices])
        return [verdicts.recommendation(index) for index in order]

    def product_sizes(self) -> list[ProductSize]:
        return [ProductSize(r.listing_id, r.title, r.size or "") for r in self.shopper.recommendations]

    def qr_payload(self) -> str:
        profile = self.shopper.profile
        assert profile is not None
        template = self.settings.get(KIOSK_QR_TEMPLATE)
        if template and template_problem(template) is None:
            return link_payload(template, profile.measurements_cm, self.product_sizes())
        return text_payload(self.tr("My sizes"), self.measurement_lines(), self.product_sizes())

    def measurement_lines(self) -> list[str]:
        profile = self.shopper.profile
        assert profile is not None
        language = self.shopper.language or self.default_language()
        return [f"{names.dimension_name(dim, language)}: {measurement_text(profile.measurements_cm[dim], self.shopper.unit)}"
                for dim in ("stature", *SHOWN_MEASUREMENTS) if dim in profile.measurements_cm]

    def print_sizes(self) -> bool:
        """Print the sizes and QR code to the configured (or default) printer; no dialog."""
        info = find_printer(self.settings.get(KIOSK_PRINTER))
        if info is None or self.shopper.profile is None:
            return False
        try:
            printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
            lines = self.measurement_lines() + [f"{p.title}: {p.size or '–'}" for p in self.product_sizes()]
            print_sizes(printer, lines, qr_image(self.shopper.qr_payload))
        except Exception:  # noqa: BLE001 - a printer problem must not end the shopper's session
            log.exception("printing the sizes failed")
            return False
        return True

    # -- wiping --------------------------------------------------------------------------------
    def wipe(self) -> None:
        """Forget the shopper: camera stopped, frames, profile, results and QR dropped; attract screen."""
        self._stop_camera()
        self.shopper = ShopperSession()
        for screen in self.screens:
            screen.clear()
        self._install_language(self.default_language())
        self._show(self.attract)
        QTimer.singleShot(0, return_free_memory)  # once the deleted widgets and worker are gone

    def touch_idle(self) -> None:
        """The shopper did something: the idle time starts again (not on the attract or admin screens)."""
        if self.current_screen() not in (self.attract, self.pin, self.admin):
            self._idle.start()

    def _idle_timeout(self) -> None:
        log.info("idle for %.0f s: starting over", self._idle.interval() / 1000)
        self.wipe()

    def _stop_camera(self) -> None:
        supervisor, self.supervisor = self.supervisor, None
        if supervisor is not None:
            supervisor.shutdown()
            supervisor.deleteLater()

    # -- lockdown and admin ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress):
            self.touch_idle()
            if kind == QEvent.Type.KeyPress and self._is_admin_chord(event):  # type: ignore[arg-type]
                self.open_admin()
                return True
            if kind == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget) and watched.window() is self:
                self._count_corner_tap(watched.mapTo(self, event.position().toPoint()))  # type: ignore[attr-defined]
        return False

    @staticmethod
    def _is_admin_chord(event: QKeyEvent) -> bool:
        key, modifiers = ADMIN_CHORD
        return event.key() == key and (event.modifiers() & modifiers) == modifiers

    def _count_corner_tap(self, position: QPoint) -> None:
        corner = min(self.width(), self.height()) * ADMIN_CORNER_SHARE
        if position.x() > corner or position.y() > corner:
            self._admin_taps.clear()
            return
        now = time.monotonic()
        self._admin_taps = [t for t in self._admin_taps if now - t <= ADMIN_TAP_WINDOW_S] + [now]
        if len(self._admin_taps) >= ADMIN_TAPS:
            self._admin_taps.clear()
            QTimer.singleShot(0, self.open_admin)  # after this tap has been delivered

    def open_admin(self) -> None:
        if self.current_screen() in (self.pin, self.admin):
            return
        self.wipe()  # the shopper's data never stays on screen behind the admin
        self._open_pin(change=False)

    def _open_pin(self, change: bool) -> None:
        self.pin.begin(change=change)
        self._show(self.pin)

    def _pin_unlocked(self) -> None:
        self.admin.begin()
        self._show(self.admin)

    def _admin_done(self) -> None:
        self.apply_settings()
        self.wipe()

    def _exit(self) -> None:
        log.info("kiosk mode ended by the admin")
        self._may_close = True
        self.shutdown()
        self.close()
        self.exit_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
        else:  # Alt+F4, a window manager's close button...: only the admin screen ends the kiosk
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # Escape and friends do nothing here

    # -- errors ----------------------------------------------------------------------------------
    def install_error_handling(self) -> None:
        """Uncaught errors are logged and the flow restarts: no dialog, no console in kiosk mode."""
        self._previous_hook = sys.excepthook
        sys.excepthook = self.handle_uncaught

    def uninstall_error_handling(self) -> None:
        if self._previous_hook is not None and sys.excepthook == self.handle_uncaught:
            sys.excepthook = self._previous_hook
        self._previous_hook = None

    def handle_uncaught(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error in kiosk mode; starting over\n%s",
                  "".join(traceback.format_exception(exc_type, exc, tb)))
        self.restarts_after_error += 1
        QTimer.singleShot(0, self.wipe)

    # -- layout and shutdown -------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = event.size()
        portrait = size.height() >= size.width()
        self.setStyleSheet(kiosk_stylesheet(size.width(), size.height()))
        if portrait != self._portrait:
            self._portrait = portrait
            for screen in self.screens:
                screen.set_orientation(portrait)

    def shutdown(self) -> None:
        """Stop the camera and every timer, close the pose models (the window may still be shown)."""
        self._stop_camera()
        if self._pose_models is not None:
            self._pose_models.close()
        self._idle.stop()
        self.capture.clear()
        self.uninstall_error_handling()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
