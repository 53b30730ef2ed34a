"""The guided capture: live preview with the skeleton, big cues, a countdown before each view."""
from __future__ import annotations

import threading

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from sizer.ui import names
from sizer.ui.capture_worker import LiveFrame
from sizer.ui.kiosk import style
from sizer.ui.kiosk.capture import CaptureStatus
from sizer.ui.kiosk.screens import Screen, make_button, make_label, replace_layout
from sizer.vision.session import SessionStep


class PoseCue(QWidget):
    """A pictogram of the pose wanted now: facing the camera, or side-on with a turning arrow."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pose_cue")
        self.side = False
        self.setMinimumSize(QSize(90, 150))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def set_side(self, side: bool) -> None:
        if side != self.side:
            self.side = side
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(style.ACCENT)
        height = self.height() * 0.9
        unit = height / 8  # a figure eight heads tall
        centre = self.width() / 2
        top = (self.height() - height) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(centre, top + unit / 2), unit * 0.45, unit * 0.5)
        body_width = unit * (0.9 if self.side else 1.7)
        painter.drawRoundedRect(QRectF(centre - body_width / 2, top + unit * 1.1, body_width, unit * 3), unit / 3, unit / 3)
        legs_width = unit * (0.7 if self.side else 1.5)
        painter.drawRoundedRect(QRectF(centre - legs_width / 2, top + unit * 4.2, legs_width, unit * 3.8), unit / 4, unit / 4)
        if not self.side:  # arms held a little away from the body
            pen = QPen(colour, unit * 0.35, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            for sign in (-1, 1):
                shoulder = QPointF(centre + sign * body_width / 2, top + unit * 1.4)
                painter.drawLine(shoulder, QPointF(centre + sign * (body_width / 2 + unit * 0.6), top + unit * 4.2))
        else:  # a turning arrow over the head
            pen = QPen(QColor(style.TEXT), unit * 0.18, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            arc = QRectF(centre - unit * 1.2, top - unit * 0.1, unit * 2.4, unit * 1.2)
            painter.drawArc(arc, 200 * 16, 140 * 16)
            path = QPainterPath(QPointF(arc.right() - unit * 0.05, arc.center().y() + unit * 0.45))
            path.lineTo(arc.right() + unit * 0.25, arc.center().y())
            path.lineTo(arc.right() - unit * 0.4, arc.center().y() + unit * 0.05)
            painter.drawPath(path)
        painter.end()


class PreviewLabel(QLabel):
    """Shows the newest camera frame scaled to fit; holds only that one frame."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("camera_preview")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(QSize(160, 120))
        self._image: QImage | None = None

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self._rescale()

    def has_image(self) -> bool:
        return self._image is not None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._image is None:
            self.clear()
            return
        # Full height always (the person must see head and feet); on a portrait screen the sides of
        # the wide camera frame are cropped so the standing person is shown large.
        scaled = self._image.scaledToHeight(max(1, self.height()), Qt.TransformationMode.SmoothTransformation)
        if scaled.width() > self.width():
            scaled = scaled.copy((scaled.width() - self.width()) // 2, 0, self.width(), scaled.height())
        self.setPixmap(QPixmap.fromImage(scaled))


CALL_STAFF_AFTER_S = 60.0  # a camera lost this long: the shopper is asked to fetch staff


class CaptureScreen(Screen):
    start_over = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("capture_screen", parent)
        self.call_staff_after_s = CALL_STAFF_AFTER_S
        self._call_staff = QTimer(self)
        self._call_staff.setObjectName("kiosk_call_staff")
        self._call_staff.setSingleShot(True)
        self._call_staff.timeout.connect(self._ask_for_staff)
        self.staff_needed = False
        self._camera_seen = False
        self.gate = threading.Event()  # set: the countdown is over and the processor collects frames
        self.step_title = make_label("title", "capture_step")
        self.guidance = make_label("guidance", "capture_guidance")
        self.cue = PoseCue()
        self.preview = PreviewLabel()
        self.countdown = make_label("countdown", "capture_countdown", wrap=False)
        self.countdown.setParent(self.preview)
        self.countdown.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.camera_message = make_label("warning", "camera_message")
        self.camera_message.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("capture_progress")
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.start_over_button = make_button("capture_start_over")
        self.start_over_button.clicked.connect(self.start_over)

        self._arrange(portrait=True)

        self._countdown_timer = QTimer(self)
        self._countdown_timer.setObjectName("kiosk_countdown")
        self._countdown_timer.setInterval(1000)
        self._countdown_timer.timeout.connect(self._tick)
        self._seconds_left = 0
        self._countdown_s = 3
        self._status: CaptureStatus | None = None
        self._side_started = False
        self.retranslate()

    def set_orientation(self, portrait: bool) -> None:
        self._arrange(portrait)

    def _arrange(self, portrait: bool) -> None:
        """Portrait: cues above the preview; landscape: cues in a column beside it, so the standing
        person is shown as tall as the screen allows."""
        text = QVBoxLayout()
        text.addWidget(self.step_title)
        text.addWidget(self.guidance)
        if portrait:
            header = QHBoxLayout()
            header.addLayout(text, 1)
            header.addWidget(self.cue)
            layout = QVBoxLayout()
            layout.addLayout(header)
            layout.addWidget(self.camera_message)
            layout.addWidget(self.preview, 1)
            layout.addWidget(self.progress)
            layout.addSpacing(20)
            layout.addWidget(self.start_over_button)
        else:
            panel = QVBoxLayout()
            panel.addLayout(text)
            panel.addWidget(self.cue, 0, Qt.AlignmentFlag.AlignHCenter)
            panel.addWidget(self.camera_message)
            panel.addStretch(1)
            panel.addWidget(self.progress)
            panel.addSpacing(20)
            panel.addWidget(self.start_over_button)
            layout = QHBoxLayout()
            layout.setSpacing(40)
            layout.addWidget(self.preview, 3)
            layout.addLayout(panel, 1)
        layout.setContentsMargins(40, 40, 40, 40)
        replace_layout(self, layout)

    def retranslate(self) -> None:
        self.start_over_button.setText(self.tr("Start over"))
        self._show_camera_message()
        self._show_texts()

    def _show_camera_message(self) -> None:
        self.camera_message.setText(
            self.tr("The camera is still not working. Please ask a member of staff for help.") if self.staff_needed
            else self.tr("The camera is not responding. Reconnecting… please wait."))

    def begin(self, countdown_s: int) -> None:
        """A fresh capture: the countdown for the front view starts with the camera's first picture."""
        self.clear()
        self._countdown_s = countdown_s

    def clear(self) -> None:
        self._call_staff.stop()
        self.staff_needed = False
        self._camera_seen = False
        self._show_camera_message()
        self._countdown_timer.stop()
        self.gate.clear()
        self._status = None
        self._side_started = False
        self._seconds_left = 0
        self.preview.set_image(None)
        self.progress.setValue(0)
        self.countdown.hide()
        self.camera_message.hide()
        self.cue.set_side(False)
        self._show_texts()

    def restart_views(self) -> None:
        """The camera came back with a fresh session: count down for the front view again (on its first picture)."""
        self._status = None
        self._side_started = False
        self._camera_seen = False
        self.cue.set_side(False)
        self._countdown_timer.stop()
        self._seconds_left = 0
        self.countdown.hide()
        self.gate.clear()
        self._show_texts()

    @property
    def camera_lost(self) -> bool:
        return self.camera_message.isVisibleTo(self)

    def set_camera_lost(self, lost: bool) -> None:
        """A lost camera stops the countdown and says so; after a minute it asks for staff."""
        if lost and not self.camera_lost:
            self._call_staff.start(round(self.call_staff_after_s * 1000))
        elif not lost:
            self._call_staff.stop()
            self.staff_needed = False
        self._show_camera_message()
        self.camera_message.setVisible(lost)
        if lost:
            self.preview.set_image(None)
            self._countdown_timer.stop()
            self._seconds_left = 0
            self.countdown.hide()
            self.gate.clear()
            self._camera_seen = False
        self._show_texts()

    def _ask_for_staff(self) -> None:
        self.staff_needed = True
        self._show_camera_message()
        self._show_texts()

    def show_frame(self, live: LiveFrame) -> None:
        if not self._camera_seen:  # the countdown starts when the shopper can see themselves
            self._camera_seen = True
            self.preview.set_image(live.image)
            self._start_countdown()
        self.preview.set_image(live.image)
        status: CaptureStatus = live.status
        self._status = status
        self.progress.setValue(round(status.progress * 100))
        if status.step in (SessionStep.TURN, SessionStep.SIDE) and not self._side_started:
            # Front view done: stop collecting and count down again while the person turns.
            self._side_started = True
            self.gate.clear()
            self.cue.set_side(True)
            self._start_countdown()
        self._show_texts()

    @property
    def seconds_left(self) -> int:
        return self._seconds_left

    def _start_countdown(self) -> None:
        self._seconds_left = self._countdown_s
        if self._seconds_left <= 0:
            self._open_gate()
            return
        self._countdown_timer.start()
        self._place_countdown()
        self.countdown.show()
        self._show_texts()

    def _tick(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self._open_gate()
        self._show_texts()

    def _open_gate(self) -> None:
        self._countdown_timer.stop()
        self._seconds_left = 0
        self.countdown.hide()
        self.gate.set()

    def _place_countdown(self) -> None:
        self.countdown.adjustSize()
        self.countdown.resize(self.preview.size())
        self.countdown.move(0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        window = self.window().size()
        # Big enough to read from where the shopper stands, 2-3 m away: a share of the screen's height.
        cue_height = max(round(window.height() * style.POSE_CUE_SHARE), 150)
        self.cue.setFixedSize(round(cue_height * 0.55), cue_height)
        self._place_countdown()

    def _show_texts(self) -> None:
        side = self._side_started
        self.step_title.setText(names.step_name("side" if side else "front"))
        if self._seconds_left > 0:
            self.countdown.setText(str(self._seconds_left))
            self.guidance.setText(self.tr("Turn to your side, arms a little away from your body. Get ready…") if side
                                  else self.tr("Stand 2–3 m away, facing the camera, arms a little away from "
                                               "your body. Get ready…"))
        elif self.camera_lost:
            self.guidance.setText(self.tr("Please ask a member of staff.") if self.staff_needed
                                  else self.tr("Please stay where you are."))
        elif self._status is not None:
            self.guidance.setText(names.guidance_text(self._status.guidance.value))
        else:
            self.guidance.setText(self.tr("Starting the camera…"))
