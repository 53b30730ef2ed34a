"""The kiosk window: the shopper's flow, the idle wipe, the lockdown and the way out for the admin.

Attract → language → consent → height → clothing → capture → results, then back to attract, with
everything about the shopper wiped (``wipe``) after a "Start over", an idle time, an error, or the admin
gesture. The window cannot be closed, except through the admin screen behind the PIN.
"""
from __future__ import annotations

import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable
from math import ceil
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from sizer.catalog import Catalog, load_catalog
from sizer.profile import BodyProfile
from sizer.recommend.engine import recommend_many
from sizer.ui import names
from sizer.ui.capture_worker import FrameProcessor, FrameSource, LiveFrame
from sizer.ui.i18n import install_translators, labelled, resolve_language
from sizer.ui.kiosk.admin import AdminScreen, PinScreen
from sizer.ui.kiosk.camera import CameraSupervisor
from sizer.ui.kiosk.capture import CaptureRefusal, CaptureStatus
from sizer.ui.kiosk.capture_screen import CaptureScreen
from sizer.ui.kiosk.handoff import (MAX_QR_PRODUCTS, ProductSize, find_printer, first_encodable, link_payload,
                                    print_sizes, qr_image, template_problem, text_payload)
from sizer.ui.kiosk.memory import return_free_memory
from sizer.ui.kiosk.results_model import ShopperResults, catalog_subset
from sizer.ui.kiosk.results_screen import SHOWN_MEASUREMENTS, measurement_text
from sizer.ui.kiosk.screens import AttractScreen, ConsentScreen, HeightScreen, LanguageScreen, Screen, make_label
from sizer.ui.kiosk.shopper import ShopperSession
from sizer.ui.kiosk.style import kiosk_stylesheet
from sizer.ui.settings import (KIOSK_CAMERA, KIOSK_CAMERA_STALL_S, KIOSK_CATALOGUE, KIOSK_COUNTDOWN_S,
                               KIOSK_FRAMES_PER_VIEW, KIOSK_IDLE_TIMEOUT_S, KIOSK_LANGUAGES, KIOSK_PRINTER,
                               KIOSK_PRODUCTS, KIOSK_QR_TEMPLATE, LANGUAGES, Settings)
from sizer.units import LengthUnit

log = logging.getLogger("sizer.ui.kiosk")

# (stature_cm, frames_per_view, gate, clothing) -> a processor; opened on the worker thread. ``clothing`` is
# the shopper's one-tap answer ("fitted", "regular"), which the capture session's allowances need.
ProcessorFactory = Callable[[float, int, threading.Event, "str | None"], FrameProcessor]
SourceFactory = Callable[[], FrameSource]

ADMIN_TAPS = 5  # taps in the top-left corner ...
ADMIN_TAP_WINDOW_S = 4.0  # ... within this time open the PIN screen
ADMIN_CORNER_SHARE = 0.1  # of the short side
ADMIN_CHORD = (Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
               | Qt.KeyboardModifier.ShiftModifier)
CAMERA_FRAME_SIZE = (640, 480)
SCREEN_GUARD_MS = 250  # how often the locked kiosk checks that it still owns the screen
IDLE_WARNING_S = 10.0  # "Still there?" shown this long before the idle wipe (a third of short idle times)


def camera_source_factory(spec: str) -> SourceFactory:
    """Opens the configured camera number, or a video/folder (a demo kiosk), at the pipeline's size."""
    def open_camera() -> FrameSource:
        from sizer.vision.frames import open_source

        return open_source(spec, frame_size=CAMERA_FRAME_SIZE)

    return open_camera


def sized_source(source: FrameSource) -> FrameSource:
    from sizer.vision.frames import SizedSource

    return SizedSource(source, CAMERA_FRAME_SIZE)


def is_camera_number(spec: str) -> bool:
    return spec.strip().isdigit()


def load_kiosk_catalogue(path: str) -> Catalog:
    return load_catalog(path or None)


def warm_up_recommender(catalog: Catalog) -> None:
    """Score a stand-in body once, so the first shopper does not wait for the catalogue's one-off set-up
    (the recommender groups listings by size-table shape and keeps the groups on the catalogue)."""
    recommend_many([BodyProfile({"stature": 170.0})], catalog)


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


class KioskWindow(QWidget):
    locked = False  # lock_screen(): the kiosk owns the screen and the keyboard (events come before __init__ ends)
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
        self.display_catalog: Catalog | None = None
        self.supervisor: CameraSupervisor | None = None

        self.attract = AttractScreen()
        from sizer.ui.kiosk.segment_choice import install_segment_choice

        self.segment_choice = install_segment_choice(self.attract)
        self.segment_choice.chosen.connect(self._start_shopper_for)
        self.language = LanguageScreen()
        self.consent = ConsentScreen()
        self.height_entry = HeightScreen()
        from sizer.ui.kiosk.clothing_screen import ClothingScreen

        self.clothing = ClothingScreen()
        self.capture = CaptureScreen()
        from sizer.ui.kiosk.results_screen import ResultsScreen

        self.results = ResultsScreen()
        self.pin = PinScreen(settings)
        self.admin = AdminScreen(settings, catalogue_loader, printers)
        self.stack = QStackedWidget()
        self.screens: list[Screen] = [self.attract, self.language, self.consent, self.height_entry, self.clothing,
                                      self.capture, self.results, self.pin, self.admin]
        for screen in self.screens:
            self.stack.addWidget(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._idle_s = 60.0
        self._idle = QTimer(self)  # fires when the "Still there?" warning is due
        self._idle.setObjectName("kiosk_idle")
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._idle_warning)
        self._idle_left = QTimer(self)  # the warning's countdown, once a second, then the wipe
        self._idle_left.setObjectName("kiosk_idle_countdown")
        self._idle_left.setInterval(1000)
        self._idle_left.timeout.connect(self._idle_tick)
        self._idle_wipe = QTimer(self)
        self._idle_wipe.setObjectName("kiosk_idle_wipe")
        self._idle_wipe.setSingleShot(True)
        self._idle_wipe.timeout.connect(self._idle_timeout)
        self._idle_wipe_at = 0.0
        self.screen_reclaims = 0
        self._screen_lost_checks = 0
        self._screen_guard = QTimer(self)
        self._screen_guard.setObjectName("kiosk_screen_guard")
        self._screen_guard.setInterval(SCREEN_GUARD_MS)
        self._screen_guard.timeout.connect(self._guard_screen)
        self.still_there = make_label("warning", "idle_warning")
        self.still_there.setParent(self)
        self.still_there.hide()

        self.attract.start.connect(self._start_shopper)
        self.language.chosen.connect(self.choose_language)
        self.language.back.connect(self.wipe)
        self.consent.accepted.connect(lambda: self._show(self.height_entry))
        self.consent.declined.connect(self.wipe)
        self.height_entry.back.connect(lambda: self._show(self.consent))
        self.height_entry.entered.connect(self._height_entered)
        self.clothing.chosen.connect(self._clothing_chosen)
        self.clothing.refused.connect(self._clothing_refused)
        self.clothing.back.connect(lambda: self._show(self.height_entry))
        self.clothing.start_over.connect(self.wipe)
        self.capture.start_over.connect(self.wipe)
        self.results.start_over.connect(self.wipe)
        self.results.print_requested.connect(self.print_sizes)
        self.results.page_requested.connect(self.show_page)
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

    def _real_processor(self, stature_cm: float, frames_per_view: int, gate: threading.Event,
                        clothing: str | None) -> FrameProcessor:
        from sizer.ui.kiosk.capture import KioskCaptureProcessor

        return KioskCaptureProcessor(stature_cm, frames_per_view, gate, self._pose_models.pipeline(stature_cm),
                                     clothing=clothing)

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
        self.display_indices = indices  # none ticked: the whole catalogue, paged
        self.display_catalog = catalog_subset(self.catalog, indices) if indices else self.catalog
        warm_up_recommender(self.display_catalog)
        self.language.set_languages(self.kiosk_languages())
        self._idle_s = max(0.001, self.settings.get(KIOSK_IDLE_TIMEOUT_S))

    def _source_factory(self) -> tuple[SourceFactory, bool]:
        """Whatever the source, its frames reach the shared pose model at one size (CAMERA_FRAME_SIZE)."""
        if self._fixed_source_factory is not None:
            fixed = self._fixed_source_factory
            return (lambda: sized_source(fixed())), False
        spec = self.settings.get(KIOSK_CAMERA)
        return camera_source_factory(spec), not is_camera_number(spec)

    # -- the shopper's flow --------------------------------------------------------------------
    def current_screen(self) -> Screen:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def _show(self, screen: Screen) -> None:
        self.stack.setCurrentWidget(screen)
        if screen in (self.attract, self.pin, self.admin):
            self._stop_idle()
        else:
            self._restart_idle()
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
            self._restyle()  # the language's own glyph forms: Japanese kanji for Japanese (sizer/ui/fonts.py)
            self._set_punctuation_widths(language)
        for screen in self.screens:
            screen.retranslate()

    def _height_entered(self, height_cm: float, unit: LengthUnit) -> None:
        self.shopper.height_cm = height_cm
        self.shopper.unit = unit
        self.clothing.clear()
        self._show(self.clothing)

    def _clothing_chosen(self, clothing: str) -> None:
        self.shopper.clothing = clothing
        self._show(self.capture)
        self.start_capture()

    def _clothing_refused(self) -> None:
        """Loose clothes: no capture starts; the screen says why and what to do instead."""
        self.shopper.clothing = "loose"
        self._stop_camera()

    def start_capture(self) -> None:
        self._stop_camera()
        height = self.shopper.height_cm or 170.0
        frames = self.settings.get(KIOSK_FRAMES_PER_VIEW)
        gate = self.capture.gate
        clothing = self.shopper.clothing
        source_factory, restart_when_ended = self._source_factory()
        supervisor = CameraSupervisor(source_factory, lambda: self._processor_factory(height, frames, gate, clothing),
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
        self._restart_idle()  # the longer idle time while the camera is lost

    def _camera_live(self) -> None:
        self.capture.set_camera_lost(False)

    def _capture_finished(self, profile: "BodyProfile | CaptureRefusal") -> None:
        self._stop_camera()
        if isinstance(profile, CaptureRefusal):
            self._capture_refused(profile)
            return
        if self.shopper.segment is not None:
            profile.segment = self.shopper.segment
        self.shopper.profile = profile
        self.shopper.results = self.results_for(profile)
        self.shopper.page = 0
        self.shopper.recommendations = self.shopper.results.page(0)
        try:
            self.shopper.qr_payload, qr = first_encodable(self.qr_payloads())
        except Exception:  # noqa: BLE001 - the shopper always sees their results, with or without a code
            log.exception("the QR code could not be made; results shown without it")
            self.shopper.qr_payload, qr = "", None
        if qr is None:
            log.warning("no QR payload fits in a QR code; results shown without one")
        printer = find_printer(self.settings.get(KIOSK_PRINTER)) if self._printers() else None
        self.results.show_results(profile, self.shopper.unit, self.shopper.recommendations,
                                  self.shopper.language or self.default_language(), qr,
                                  can_print=printer is not None)
        self._show_page_controls()
        self._show(self.results)

    def _capture_refused(self, refusal: CaptureRefusal) -> None:
        """The session would not measure: loose clothes seen by the camera get the clothing screen's
        advice; any other refusal (a view turned too far, say) starts the capture again."""
        log.info("the capture was refused: %s", refusal.message)
        if refusal.loose_clothes:
            self.clothing.show_refusal(from_camera=True)
            self._show(self.clothing)
        else:
            self.start_capture()

    def results_for(self, profile: BodyProfile) -> ShopperResults:
        """The ticked products (or, with none ticked, the whole catalogue) scored, shown a page at a time."""
        assert self.display_catalog is not None
        return ShopperResults(profile, self.display_catalog)

    def show_page(self, number: int) -> None:
        results = self.shopper.results
        if results is None:
            return
        self.shopper.page = min(max(number, 0), results.page_count - 1)
        self.shopper.recommendations = results.page(self.shopper.page)
        self.results.show_products(self.shopper.recommendations, self.shopper.language or self.default_language())
        self._show_page_controls()

    def _show_page_controls(self) -> None:
        results = self.shopper.results
        if results is not None:
            self.results.set_page(self.shopper.page, results.page_count, len(results), results.page_size)

    def product_sizes(self) -> list[ProductSize]:
        """The products with a size for the shopper that the QR code and the print carry."""
        results = self.shopper.results
        return results.sized_products(MAX_QR_PRODUCTS) if results is not None else []

    def qr_payloads(self) -> list[str]:
        """What the QR code may carry, longest first: the first that fits is used (see first_encodable)."""
        profile = self.shopper.profile
        assert profile is not None
        products = self.product_sizes()
        heading = self.tr("My sizes")
        payloads = []
        template = self.settings.get(KIOSK_QR_TEMPLATE)
        if template and template_problem(template) is None:
            payloads += [link_payload(template, profile.measurements_cm, products, count)
                         for count in (MAX_QR_PRODUCTS, 4, 1)]
        elif template:
            log.warning("the QR link template in the settings is unusable (%s); plain text used",
                        template_problem(template))
        lines = self.measurement_lines()
        payloads += [text_payload(heading, lines, products), text_payload(heading, lines, products, with_titles=False),
                     text_payload(heading, [], products, 4, with_titles=False), text_payload(heading, lines, [])]
        return payloads

    def measurement_lines(self) -> list[str]:
        profile = self.shopper.profile
        assert profile is not None
        language = self.shopper.language or self.default_language()
        unit = self.shopper.unit
        return [labelled(names.dimension_name(dim, language), measurement_text(profile.measurements_cm[dim], unit))
                for dim in ("stature", *SHOWN_MEASUREMENTS) if dim in profile.measurements_cm]

    def print_sizes(self) -> bool:
        """Print the sizes and QR code to the configured (or default) printer; no dialog."""
        info = find_printer(self.settings.get(KIOSK_PRINTER))
        if info is None or self.shopper.profile is None:
            return False
        try:
            printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
            lines = self.measurement_lines() + [labelled(p.title, p.size or '–') for p in self.product_sizes()]
            print_sizes(printer, lines, qr_image(self.shopper.qr_payload) if self.shopper.qr_payload else None)
        except Exception:  # noqa: BLE001 - a printer problem must not end the shopper's session
            log.exception("printing the sizes failed")
            return False
        return True

    # -- wiping --------------------------------------------------------------------------------
    def wipe(self) -> None:
        """Forget the shopper: camera stopped, frames, profile, results and QR dropped; attract screen."""
        self._stop_camera()
        self.shopper.wipe()
        self.shopper = ShopperSession()
        for screen in self.screens:
            screen.clear()
        self._install_language(self.default_language())
        self._show(self.attract)
        QTimer.singleShot(0, return_free_memory)  # once the deleted widgets and worker are gone

    def _restyle(self) -> None:
        language = self._installed_language or "en"
        sheet = kiosk_stylesheet(self.width(), self.height(), language)
        if sheet != self.styleSheet():  # every resize event lands here: re-polishing every widget is costly
            self.setStyleSheet(sheet)

    def _set_punctuation_widths(self, language: str) -> None:
        """English quotation marks and dashes as English type sets them, not as wide Chinese punctuation.

        The kiosk's one shipped font (Noto Sans CJK) draws “ ” ‘ ’ full-width, as Chinese text
        wants them; its OpenType feature ``pwid`` gives the proportional forms English wants.
        """
        proportional = not language.startswith(("zh", "ja", "ko"))
        # Qt does not pass a changed font feature on to children that already have a font: set it on each.
        for widget in (self, *self.findChildren(QWidget)):
            font = widget.font()
            if proportional:
                font.setFeature(QFont.Tag("pwid"), 1)
            else:
                font.unsetFeature(QFont.Tag("pwid"))
            widget.setFont(font)

    def touch_idle(self) -> None:
        """The shopper did something: the idle time starts again (not on the attract or admin screens)."""
        if self.current_screen() not in (self.attract, self.pin, self.admin):
            self._restart_idle()

    def idle_time_s(self) -> float:
        """The idle time now: with the camera lost, a minute longer, so the shopper can fetch staff."""
        if self.current_screen() is self.capture and self.capture.camera_lost:
            return self._idle_s + self.capture.call_staff_after_s
        return self._idle_s

    def idle_warning_s(self) -> float:
        return min(IDLE_WARNING_S, self.idle_time_s() / 3)

    def _restart_idle(self) -> None:
        self._stop_idle()
        self._idle.start(max(1, round((self.idle_time_s() - self.idle_warning_s()) * 1000)))

    def _stop_idle(self) -> None:
        for timer in (self._idle, self._idle_left, self._idle_wipe):
            timer.stop()
        self.still_there.hide()

    @property
    def idle_warning_shown(self) -> bool:
        return self.still_there.isVisible()

    def _idle_warning(self) -> None:
        """Nobody touched the screen or stood in front of the camera: ask before wiping."""
        warning_s = self.idle_warning_s()
        self._idle_wipe_at = time.monotonic() + warning_s
        self._idle_wipe.start(max(1, round(warning_s * 1000)))
        self._idle_left.start()
        self._idle_tick()
        self._place_still_there()
        self.still_there.show()
        self.still_there.raise_()

    def _idle_tick(self) -> None:
        left = max(1, ceil(self._idle_wipe_at - time.monotonic()))
        self.still_there.setText(self.tr("Still there? Touch the screen to carry on.\nStarting over in %1 s.")
                                 .replace("%1", str(left)))

    def _place_still_there(self) -> None:
        margin = self.width() // 12
        self.still_there.setFixedWidth(max(1, self.width() - 2 * margin))
        self.still_there.adjustSize()
        self.still_there.move(margin, (self.height() - self.still_there.height()) // 2)

    def _idle_timeout(self) -> None:
        log.info("idle for %.0f s: starting over", self.idle_time_s())
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
        self.unlock_screen()
        self.shutdown()
        self.close()
        self.exit_requested.emit()

    # -- owning the screen ----------------------------------------------------------------------
    def lock_screen(self) -> None:
        """Fill the screen over everything, take the keyboard, and take both back whenever they go.

        The desktop around the kiosk has its own ways out: "show desktop" (Super+D) unmaps it,
        the window menu (Alt+Space) iconifies it, Alt+Tab focuses another window. With the keyboard
        grabbed at the X server those shortcuts never reach the window manager; and whatever still
        minimises, hides or unfocuses the kiosk (a script, a pointer on a panel), the window
        notices at once (state, activation and hide events, and a guard timer) and takes the
        screen back. Without a window manager, full screen is only a hint nobody applies: the
        window sizes itself to the screen.
        """
        self.locked = True
        self._take_screen()
        self._screen_guard.start()

    def unlock_screen(self) -> None:
        self.locked = False
        self._screen_guard.stop()
        self.releaseKeyboard()

    def owns_screen(self) -> bool:
        screen = self.screen()
        popup = QApplication.activePopupWidget()  # the admin's printer list, say: the kiosk's own window
        active = self.isActiveWindow() or (popup is not None and popup.window().parentWidget() is not None
                                           and popup.window().parentWidget().window() is self)
        return (self.isVisible() and not self.isMinimized() and self.isFullScreen() and active
                and (screen is None or self.geometry() == screen.geometry()))

    def _take_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.setWindowState((self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowFullScreen)
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.grabKeyboard()

    def _guard_screen(self) -> None:
        if not self.locked or self._may_close:
            return
        if self.owns_screen():
            if self._screen_lost_checks:
                log.info("the kiosk has the screen back")
            self._screen_lost_checks = 0
            return
        self._screen_lost_checks += 1
        if self._screen_lost_checks == 1:  # once per loss, not once per check
            self.screen_reclaims += 1
            log.warning("the kiosk lost the screen (%s); taking it back",
                        "hidden" if not self.isVisible() else "minimised" if self.isMinimized()
                        else "not full screen" if not self.isFullScreen() else "unfocused")
        if self._screen_lost_checks % 4 == 2 and self.isVisible():  # not every check: mapping takes a moment
            # Raising did not help: the window manager unmapped the window behind Qt's back
            # ("show desktop" does), so Qt still thinks it is shown. Map it anew.
            self.hide()
        self._take_screen()
        log.debug("screen check: visible %s minimised %s full screen %s active %s geometry %s", self.isVisible(),
                  self.isMinimized(), self.isFullScreen(), self.isActiveWindow(), self.geometry())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self.locked and event.type() in (QEvent.Type.WindowStateChange, QEvent.Type.ActivationChange):
            QTimer.singleShot(0, self._guard_screen)  # at once, once the window system has settled

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if self.locked and not self._may_close:
            QTimer.singleShot(0, self._guard_screen)

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
        self._restyle()
        self._place_still_there()
        if portrait != self._portrait:
            self._portrait = portrait
            for screen in self.screens:
                screen.set_orientation(portrait)

    def shutdown(self) -> None:
        """Stop the camera and every timer, close the pose models (the window may still be shown)."""
        self._stop_camera()
        if self._pose_models is not None:
            self._pose_models.close()
        self._stop_idle()
        self._screen_guard.stop()
        self.capture.clear()
        self.pin.clear()
        self.uninstall_error_handling()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
