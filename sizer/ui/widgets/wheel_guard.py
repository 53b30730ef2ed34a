"""Scrolling past a number never changes it: spin boxes and drop-downs take the wheel only when focused.

Qt's spin boxes and combo boxes have the *wheel focus* policy: a wheel turn over one, while the
person scrolls the page, focuses it and steps its value (a waist of 77.0 became 75.5 that way, and
its camera ± vanished). The guard makes them take focus only by click or Tab, and passes a wheel
turn over an unfocused one on to the scroll area around it, so the page scrolls as the person meant.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QAbstractSpinBox, QComboBox)


def _guarded_widget(widget: QObject) -> QWidget | None:
    """The spin box or combo box ``widget`` is, or is part of (its line edit), else None."""
    for candidate in (widget, widget.parent() if isinstance(widget, QWidget) else None):
        if isinstance(candidate, _GUARDED):
            return candidate
    return None


class WheelGuard(QObject):
    """An event filter; install it on the application (every widget) or on single widgets."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, _GUARDED):
            guard(watched)
        elif kind == QEvent.Type.Wheel:
            target = _guarded_widget(watched)
            if target is not None and not target.hasFocus():
                area = _scroll_area_around(target)
                if area is not None:
                    QCoreApplication.sendEvent(area.viewport(), event)
                event.ignore()
                return True
        return False


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, _GUARDED):
            return parent
        parent = parent.parentWidget()
    return None


_app_guard: WheelGuard | None = None
_widget_guard: WheelGuard | None = None


def guard(widget: QWidget) -> None:
    """Make one spin box or combo box ignore the wheel unless focused (also when the app-wide guard
    is not installed, e.g. in a widget test)."""
    global _widget_guard
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel turn no longer gives it focus
    if _app_guard is None:
        if _widget_guard is None:
            _widget_guard = WheelGuard(QCoreApplication.instance())
        # The wheel over the inner line edit is not taken there and propagates to this widget.
        widget.removeEventFilter(_widget_guard)
        widget.installEventFilter(_widget_guard)


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Guard every spin box and combo box of the application, present and future (called once at
    start-up, for the desktop app and the kiosk alike)."""
    global _app_guard
    if _app_guard is None:
        _app_guard = WheelGuard(app)
        app.installEventFilter(_app_guard)
        for widget in app.allWidgets():
            if isinstance(widget, _GUARDED):
                guard(widget)
    return _app_guard
