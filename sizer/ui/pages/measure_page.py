"""Measure: live preview with skeleton and silhouette, step-by-step guidance, editable results.

Camera and pose run in a :class:`CaptureWorker` thread; a timer pulls the newest frame at display
rate. Without a camera the page says so and offers a video or photos instead.
"""
from __future__ import annotations

import json
import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (QBoxLayout, QButtonGroup, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QProgressBar, QPushButton, QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

from sizer.catalog.segments import Segment
from sizer.dimensions import DIMENSION_IDS
from sizer.profile import BodyProfile, FitPreference
from sizer.ui.capture_worker import CaptureWorker
from sizer.ui.context import AppContext
from sizer.ui.dialogs import choose_open_file, choose_open_files, choose_save_file
from sizer.ui.i18n import fill
from sizer.ui.icons import icon
from sizer.ui.names import dimension_name, guidance_text, shopper_segment_choices, step_name, warning_text
from sizer.ui.widgets.camera_choice import CameraChoice, camera_name
from sizer.ui.pages.base import Page
from sizer.ui.settings import CAMERA_INDEX, STATED_HEIGHT_CM, UNITS
from sizer.ui.widgets.height_field import HeightField
from sizer.ui.widgets.measurement_field import MeasurementField
from sizer.ui.problem_texts import error_text, problem_text
from sizer.ui.widgets.wrapping_label import WrappingLabel

log = logging.getLogger("sizer.ui")
DISPLAY_INTERVAL_MS = 33  # ~30 fps: the display pulls the newest frame, never a queue


class PreviewWidget(QWidget):
    """Draws the newest frame, scaled to fit with its aspect ratio kept."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.image: QImage | None = None
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage | None) -> None:
        self.image = image
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 480)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#263238"))
        if self.image is not None and not self.image.isNull():
            size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x, y = (self.width() - size.width()) / 2, (self.height() - size.height()) / 2
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(x, y, size.width(), size.height()), self.image)
        painter.end()


PORTRAIT_BELOW_PX = 1000  # narrower than this, the preview goes above the results


class MeasurePage(Page):
    icon_name = "measure"
    capture_finished = Signal(object)  # the BodyProfile measured

    def __init__(self, context: AppContext, parent: QWidget | None = None, frames_per_view: int = 20):
        super().__init__(context, parent)
        self.setObjectName("measure_page")
        self.frames_per_view = frames_per_view
        self.worker: CaptureWorker | None = None
        self._spent_worker: CaptureWorker | None = None
        self.frames_shown = 0
        self.display_timer = QTimer(self)
        self.display_timer.setObjectName("display_timer")
        self.display_timer.setInterval(DISPLAY_INTERVAL_MS)
        self.display_timer.timeout.connect(self._pull_frame)
        self._loading_profile = False
        self._warnings: list[str] = []  # the core's warning codes of the shown measurement

        # Sources --------------------------------------------------------------------------
        self.camera = CameraChoice(context.settings.get(CAMERA_INDEX))
        self.camera.setObjectName("camera")
        camera_label = QLabel(self.tr("C&amera:"))
        camera_label.setBuddy(self.camera)
        self.start_button = self._button("start", self.tr("&Start camera"), self.start_camera, "camera_start")
        self.video_button = self._button("video", self.tr("Open &video…"), self.open_video, "open_video")
        self.photos_button = self._button("photos", self.tr("Open p&hotos…"), self.open_photos, "open_photos")
        self.stop_button = self._button("stop", self.tr("S&top"), self.stop_capture, "stop")
        self.stop_button.setShortcut(QKeySequence("Esc"))
        self.stop_button.setEnabled(False)
        sources = QHBoxLayout()
        for widget in (camera_label, self.camera, self.start_button, self.stop_button, self.video_button,
                       self.photos_button):
            sources.addWidget(widget)
        sources.addStretch(1)

        # What the shopper wears: one tap (the session subtracts a fitted or regular layer's
        # allowance; loose clothes hide the body, so the capture is refused with advice).
        clothing_label = QLabel(self.tr("You are wearing:"))
        self.clothing_group = QButtonGroup(self)
        self.clothing_group.setExclusive(True)
        clothing_row = QHBoxLayout()
        clothing_row.addWidget(clothing_label)
        self.clothing_buttons: dict[str, QPushButton] = {}
        for value, text, tip in (
                ("fitted", self.tr("F&itted"), self.tr("T-shirt and leggings, sportswear or underwear")),
                ("regular", self.tr("Re&gular"), self.tr("A shirt and trousers that follow the body without hanging")),
                ("loose", self.tr("Loos&e"), self.tr("A hoodie, a loose dress or wide trousers"))):
            button = QPushButton(text)
            button.setObjectName(f"clothing_{value}")
            button.setCheckable(True)
            button.setToolTip(tip)
            self.clothing_group.addButton(button)
            self.clothing_buttons[value] = button
            clothing_row.addWidget(button)
        clothing_row.addStretch(1)
        self.clothing_group.buttonToggled.connect(self._clothing_changed)
        self.clothing_advice = WrappingLabel()
        self.clothing_advice.setObjectName("clothing_advice")
        self.clothing_advice.setWordWrap(True)
        self.clothing_advice.setStyleSheet("font-weight: 600; color: #a33;")
        self.clothing_advice.hide()

        # Preview, or what to do without a camera --------------------------------------------
        self.preview = PreviewWidget()
        self.preview.setObjectName("preview")
        self.message = WrappingLabel()
        self.message.setObjectName("capture_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # error texts quote file names
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("font-size: 15pt; padding: 24px;")
        no_camera_video = self._button("video", self.tr("Measure from a video…"), self.open_video, "fallback_video")
        no_camera_photos = self._button("photos", self.tr("Measure from photos…"), self.open_photos, "fallback_photos")
        fallback = QWidget()
        fallback_layout = QVBoxLayout(fallback)
        fallback_layout.addStretch(1)
        fallback_layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(no_camera_video)
        row.addWidget(no_camera_photos)
        row.addStretch(1)
        fallback_layout.addLayout(row)
        fallback_layout.addStretch(1)
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(fallback)
        self.preview_stack.addWidget(self.preview)
        self.guidance = WrappingLabel()
        self.guidance.setObjectName("guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.step = QLabel()
        self.step.setObjectName("step")
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 100)
        left = QVBoxLayout()
        left.addLayout(sources)
        left.addLayout(clothing_row)
        left.addWidget(self.clothing_advice)
        left.addWidget(self.preview_stack, 1)
        left.addWidget(self.step)
        left.addWidget(self.guidance)
        left.addWidget(self.progress)

        # Results --------------------------------------------------------------------------
        unit = context.unit()
        self.height_field = HeightField(dimension_name("stature", context.language), unit)
        self.height_field.set_value_cm(context.settings.get(STATED_HEIGHT_CM))
        self.height_field.value_changed.connect(self._height_changed)
        self.height_field.guide_requested.connect(context.guide_requested)
        self.fields: dict[str, MeasurementField] = {}
        form = QFormLayout()
        # Whom the measurements are of: a typed value is checked against that segment's plausible
        # range, as the CLI, the kiosk and the imports check it (sizer.plausibility).
        self.segment = QComboBox()
        self.segment.setObjectName("measure_segment")
        for value, text in shopper_segment_choices():
            self.segment.addItem(text, value)
        self.segment.currentIndexChanged.connect(self._segment_chosen)
        segment_label = QLabel(self.tr("Wh&o:"))
        segment_label.setBuddy(self.segment)
        form.addRow(segment_label, self.segment)
        form.addRow(self.height_field.label, self.height_field)
        for dim in DIMENSION_IDS:
            if dim == "stature":
                continue
            field = MeasurementField(dim, dimension_name(dim, context.language), unit)
            field.value_changed.connect(self._field_edited)
            field.guide_requested.connect(context.guide_requested)
            self.fields[dim] = field
            form.addRow(field.label, field)
        self.preference = QComboBox()
        self.preference.setObjectName("fit_preference")
        for value, text in ((FitPreference.SNUG, self.tr("Snug")), (FitPreference.REGULAR, self.tr("Regular")),
                            (FitPreference.LOOSE, self.tr("Loose"))):
            self.preference.addItem(text, value.value)
        self.preference.setCurrentIndex(1)
        self.preference.currentIndexChanged.connect(self._field_edited)
        preference_label = QLabel(self.tr("Preferred &fit:"))
        preference_label.setBuddy(self.preference)
        form.addRow(preference_label, self.preference)
        self.warnings = WrappingLabel()
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.implausible = WrappingLabel()
        self.implausible.setObjectName("implausible_values")
        self.implausible.setWordWrap(True)
        self.implausible.setStyleSheet("color: #B00020")
        self.implausible.setVisible(False)
        form_widget = QWidget()
        form_widget.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(form_widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Up and down only: a labels column that scrolls sideways hides the names or the values.
        # The panel is made wide enough for the form instead (below).
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll = scroll
        buttons = QGridLayout()
        buttons.addWidget(self._button("open", self.tr("&Load profile…"), self.load_profile_file, "load_profile"), 0, 0)
        buttons.addWidget(self._button("save", self.tr("Save p&rofile…"), self.save_profile_file, "save_profile"), 0, 1)
        buttons.addWidget(self._button("stop", self.tr("C&lear"), self.clear_profile, "clear_profile"), 0, 2)
        results = QGroupBox(self.tr("Your measurements"))
        results_layout = QVBoxLayout(results)
        intro = WrappingLabel(self.tr("Measured values can be corrected by hand; “?” shows how to measure."))
        intro.setWordWrap(True)  # a long translation wraps instead of widening the panel
        results_layout.addWidget(intro)
        results_layout.addWidget(scroll, 1)
        results_layout.addWidget(self.implausible)
        results_layout.addWidget(self.warnings)
        results_layout.addLayout(buttons)
        # As wide as the form needs beside a vertical scroll bar, in any language (at least 400 px).
        frame = results_layout.contentsMargins()
        scrollbar = scroll.verticalScrollBar().sizeHint().width()
        results.setMinimumWidth(max(400, form_widget.minimumSizeHint().width() + scrollbar + frame.left()
                                    + frame.right() + 2 * results.style().pixelMetric(
                                        results.style().PixelMetric.PM_DefaultFrameWidth)))

        # Side by side on a landscape screen; preview above the results on a portrait kiosk screen.
        self.main_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.main_layout.addLayout(left, 3)
        self.main_layout.addWidget(results, 2)
        self._show_idle(self.tr("Stand 2–3 m from the camera in fitted clothes, whole body in view, then press "
                                "Start camera. No camera? Measure from a video or from a front and a side photo."))
        context.settings.changed.connect(self._setting_changed)
        context.profile_changed.connect(self._profile_changed)  # the Catalogue page may choose whom for
        if context.profile is not None:
            self.show_profile(context.profile)

    def title(self) -> str:
        return self.tr("Measure")

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Narrow enough for a 1080-wide portrait screen: below PORTRAIT_BELOW_PX the halves stack
        (resizeEvent), so the width needed is the wider half's, not both side by side."""
        margins = self.main_layout.contentsMargins()
        halves = [self.main_layout.itemAt(index).minimumSize() for index in range(self.main_layout.count())]
        return QSize(max(half.width() for half in halves) + margins.left() + margins.right(),
                     max(half.height() for half in halves) + margins.top() + margins.bottom())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        portrait = event.size().width() < PORTRAIT_BELOW_PX
        self.main_layout.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                                      else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    def _button(self, icon_name: str, text: str, slot, name: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- starting and stopping -------------------------------------------------------------
    def stature_cm(self) -> float | None:
        return self.height_field.value_cm()

    def clothing(self) -> str | None:
        """The tapped answer ("fitted", "regular", "loose"); None when not answered (bare skin)."""
        for value, button in self.clothing_buttons.items():
            if button.isChecked():
                return value
        return None

    def loose_advice(self) -> str:
        return self.tr("Loose clothes hide the body's shape, so the girths would read several centimetres too "
                       "big. Change into a fitted top and leggings (or underwear) and measure again, or measure "
                       "with a tape following the illustrated measuring guide (the “?” beside each measurement).")

    def _clothing_changed(self, *_args) -> None:
        loose = self.clothing() == "loose"
        self.clothing_advice.setText(self.loose_advice() if loose else "")
        self.clothing_advice.setVisible(loose)

    def _refused_for_clothes(self) -> bool:
        """Loose clothes: say why and what to do instead of starting a capture that cannot measure."""
        if self.clothing() != "loose":
            return False
        self._show_idle(self.loose_advice())
        return True

    def start_camera(self) -> None:
        from sizer.ui import measure_session

        index = self.camera.currentData()
        self.context.settings.set(CAMERA_INDEX, index)
        self.start_capture(partial(measure_session.open_camera, index), camera_index=index)

    def open_video(self) -> None:
        path = choose_open_file(self, self.context.settings, self.tr("Measure from a video"),
                                self.tr("Videos (*.mp4 *.avi *.mov *.mkv *.webm);;All files (*)"))
        if path is not None:
            self.start_video(path)

    def start_video(self, path: Path) -> None:
        from sizer.ui import measure_session

        self.start_capture(partial(measure_session.open_video, Path(path)))

    def open_photos(self) -> None:
        paths = choose_open_files(self, self.context.settings,
                                  self.tr("Measure from photos: one facing the camera, one from the side"),
                                  self.tr("Photos (*.png *.jpg *.jpeg *.bmp *.webp)"))
        if paths:
            self.start_photos(paths)

    def start_photos(self, paths: list[Path]) -> None:
        """Measure a front and a side photo by the same path as ``sizer measure`` (in the background):
        the same photos give the same numbers and uncertainties here as on the command line."""
        from sizer.ui import measure_session

        stature = self.stature_cm()
        if stature is None:
            self._ask_for_height()
            return
        if self._refused_for_clothes():
            return
        clothing = self.clothing()
        paths = [Path(p) for p in paths]
        if len(paths) != 2:
            self.context.show_error(self.tr("Choose two photos: one facing the camera and one from the side."))
            return
        self.stop_capture()
        self.preview.set_image(QImage(str(paths[0])))
        self.preview_stack.setCurrentWidget(self.preview)
        self.step.setText(self.tr("Measuring the photos… (the pose model loads the first time)"))
        self.guidance.setText("")
        self.progress.setRange(0, 0)  # busy: a photo pair is measured in one go
        self._set_running(True)
        self.stop_button.setEnabled(False)  # nothing to stop: it takes a second or two
        self.context.jobs.submit(lambda: measure_session.measure_photo_pair(paths, stature, clothing),
                                 self._photos_measured, self._photos_failed, latest="measure_photos")

    def _photos_measured(self, profile: BodyProfile) -> None:
        self.progress.setRange(0, 100)
        self._set_running(False)
        self._capture_finished(profile)

    def _photos_failed(self, error: BaseException, details: str) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self._set_running(False)
        text = fill(self.tr("The photos could not be measured: %1"), error_text(error))
        self._show_idle(text)
        self.context.show_error(text, details, key="capture")

    def _ask_for_height(self) -> None:
        self.context.show_error(self.tr("Enter your height first: the camera measures everything "
                                        "else in proportion to it."))
        self.height_field.setFocus()

    def start_capture(self, open_source, camera_index: int | None = None) -> None:
        """Run a guided capture from ``open_source`` (called on the worker thread)."""
        from sizer.ui import measure_session

        stature = self.stature_cm()
        if stature is None:
            self._ask_for_height()
            return
        if self._refused_for_clothes():
            return
        self.stop_capture()
        frames, clothing = self.frames_per_view, self.clothing()
        worker = CaptureWorker(open_source, lambda: measure_session.SessionProcessor(stature, frames, clothing),
                               self)
        worker.finished_capture.connect(self._capture_finished)
        worker.source_ended.connect(self._source_ended)
        worker.failed.connect(partial(self._capture_failed, camera_index))
        worker.finished.connect(self._worker_finished)
        self.worker = worker
        self.frames_shown = 0
        self.context.reporter.forget("capture")
        self.preview.set_image(None)
        self.preview_stack.setCurrentWidget(self.preview)
        self.step.setText(self.tr("Starting… (the pose model loads the first time)"))
        self.guidance.setText("")
        self.progress.setValue(0)
        self._set_running(True)
        worker.start()
        self.display_timer.start()

    def stop_capture(self) -> None:
        """Stop the worker cooperatively and wait for it (the camera closes on its own thread)."""
        self.display_timer.stop()
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.stop()
            self._pull_from(worker)  # the last frame, so the preview shows where it stopped
            # Deleting a worker right after it stopped (deleteLater) crashed PySide6 now and then,
            # so the spent worker is kept until the next one stops; the older one is released then.
            if self._spent_worker is not None:
                self._spent_worker.setParent(None)
            self._spent_worker = worker
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.stop_button.setEnabled(running)
        for button in (self.start_button, self.video_button, self.photos_button, self.camera):
            button.setEnabled(not running)

    def _worker_finished(self) -> None:
        if self.sender() is self.worker:
            self.stop_capture()

    # -- live display ----------------------------------------------------------------------
    def _pull_frame(self) -> None:
        if self.worker is not None:
            self._pull_from(self.worker)

    def _pull_from(self, worker: CaptureWorker) -> None:
        live = worker.take_latest()
        if live is None:
            return
        self.frames_shown += 1
        self.preview.set_image(live.image)
        state = live.status
        self.step.setText(step_name(state.step.value))
        self.guidance.setText(guidance_text(state.guidance.value))
        self.progress.setValue(round(state.progress * 100))

    def _capture_finished(self, profile: BodyProfile) -> None:
        self.step.setText(step_name("done"))
        self.guidance.setText(guidance_text("done"))
        self.progress.setValue(100)
        self.show_profile(profile)
        self.context.set_profile(self.profile())
        self.capture_finished.emit(profile)

    def _source_ended(self) -> None:
        self._show_idle(self.tr("The video or photos ended before both views were captured. Use a video or "
                                "photos showing the whole body facing the camera, then from the side."))

    def _capture_failed(self, camera_index: int | None, message: str, details: str) -> None:
        if camera_index is not None:
            text = fill(self.tr("No camera could be opened (%1): %2\nYou can measure from a video or photos instead."),
                        camera_name(camera_index), message)
        else:
            text = self.tr("The capture stopped: %1").replace("%1", message)
        self._show_idle(text)
        log.warning("capture failed: %s\n%s", message, details)
        self.context.show_error(text, details, key="capture")

    def _show_idle(self, text: str) -> None:
        self.message.setText(text)
        self.preview_stack.setCurrentIndex(0)

    # -- the profile -----------------------------------------------------------------------
    def show_profile(self, profile: BodyProfile) -> None:
        self._loading_profile = True
        try:
            if "stature" in profile.measurements_cm:
                self.height_field.set_value_cm(profile.measurements_cm["stature"])
            for dim, field in self.fields.items():
                field.set_value_cm(profile.measurements_cm.get(dim), profile.uncertainty_cm.get(dim))
            self.preference.setCurrentIndex(max(0, self.preference.findData(profile.fit_preference.value)))
            self._warnings = list(profile.warnings)
            self.warnings.setText("\n".join(f"⚠ {warning_text(w)}" for w in profile.warnings))
            if profile.segment is not None:  # a capture says nothing of whom: the choice stays
                self._show_segment(profile.segment)
        finally:
            self._loading_profile = False
        self._show_implausible()

    def chosen_segment(self) -> Segment | None:
        value = self.segment.currentData()
        return Segment(value) if value else None

    def _show_segment(self, segment: Segment | None) -> None:
        self.segment.blockSignals(True)
        self.segment.setCurrentIndex(max(0, self.segment.findData(segment.value if segment else "")))
        self.segment.blockSignals(False)
        for field in self.fields.values():
            field.set_segment(segment)
        self._show_implausible()

    def _segment_chosen(self, _index: int) -> None:
        self._show_segment(self.chosen_segment())
        self._field_edited()

    def _profile_changed(self, profile: BodyProfile | None) -> None:
        if profile is not None and profile.segment is not self.chosen_segment():
            self._show_segment(profile.segment)

    def implausible_values(self) -> dict[str, object]:
        """The values shown that no body of the chosen segment has (dimension -> the Problem): left
        out of the profile, and said under the fields."""
        return {dim: problem for dim, field in self.fields.items() if (problem := field.problem()) is not None}

    def _show_implausible(self) -> None:
        problems = self.implausible_values()
        self.implausible.setText("\n".join(
            fill(self.tr("%1 left out: %2"), dimension_name(dim, self.context.language), problem_text(problem))
            for dim, problem in problems.items()))
        self.implausible.setVisible(bool(problems))

    def profile(self) -> BodyProfile | None:
        """What the fields say now (None when nothing but the height is known)."""
        wrong = self.implausible_values()
        values = {dim: f.value_cm() for dim, f in self.fields.items() if f.value_cm() is not None and dim not in wrong}
        if not values:
            return None
        stature = self.stature_cm()
        if stature is not None:
            values = {"stature": stature, **values}
        uncertainty = {dim: f.uncertainty_cm() for dim, f in self.fields.items()
                       if f.uncertainty_cm() is not None and dim in values}
        return BodyProfile(values, uncertainty, list(self._warnings), FitPreference(self.preference.currentData()),
                           self.chosen_segment())

    def _field_edited(self, *_args) -> None:
        if not self._loading_profile:
            self._show_implausible()
            self.context.set_profile(self.profile())

    def _height_changed(self, _dim: str, value_cm: float | None) -> None:
        if value_cm is not None:
            self.context.settings.set(STATED_HEIGHT_CM, round(value_cm, 1))
        self._field_edited()

    def clear_profile(self) -> None:
        self.show_profile(BodyProfile({}))
        self.context.set_profile(None)

    def load_profile_file(self) -> None:
        path = choose_open_file(self, self.context.settings, self.tr("Load a body profile"),
                                self.tr("Body profiles (*.json)"))
        if path is None:
            return
        try:
            profile = BodyProfile.load(path)
        except Exception as error:  # noqa: BLE001 - a readable message names the file and field
            self.context.show_error(error_text(error))
            return
        self.show_profile(profile)
        self.context.set_profile(self.profile())

    def save_profile_file(self) -> None:
        profile = self.profile()
        if profile is None:
            self.context.show_error(self.tr("There are no measurements to save yet."))
            return
        path = choose_save_file(self, self.context.settings, self.tr("Save the body profile"), "profile.json",
                                self.tr("Body profiles (*.json)"))
        if path is not None:
            from sizer.atomic import atomic_write_text

            atomic_write_text(path, json.dumps(profile.to_json_dict(), ensure_ascii=False, indent=2,
                                               allow_nan=False) + "\n")
            self.notify(self.tr("Saved %1").replace("%1", str(path)))

    def _setting_changed(self, key: str) -> None:
        if key == UNITS.key:
            unit = self.context.unit()
            for field in (self.height_field, *self.fields.values()):
                field.set_unit(unit)

    def shutdown(self) -> None:
        self.stop_capture()
