"""What every page shares: settings, the error reporter, the job runner, the current body profile.

The context outlives the main window, so rebuilding the window (to switch language) keeps the
profile and the open catalogue.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from sizer.profile import BodyProfile
from sizer.ui.error_reporter import ErrorReporter
from sizer.ui.jobs import JobRunner
from sizer.ui.settings import UNITS, Settings
from sizer.units import LengthUnit


class AppContext(QObject):
    profile_changed = Signal(object)  # the new BodyProfile, or None
    guide_requested = Signal(str)  # a dimension id whose measuring guide should be shown

    def __init__(self, settings: Settings, reporter: ErrorReporter, jobs: JobRunner, language: str,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.reporter = reporter
        self.jobs = jobs
        self.language = language
        self._profile: BodyProfile | None = None
        # Pages park state here that must survive a window rebuild (e.g. the open catalogue).
        self.kept: dict[str, Any] = {}

    @property
    def profile(self) -> BodyProfile | None:
        return self._profile

    def set_profile(self, profile: BodyProfile | None) -> None:
        self._profile = profile
        self.profile_changed.emit(profile)

    def unit(self) -> LengthUnit:
        return LengthUnit(self.settings.get(UNITS))

    def show_error(self, message: str, details: str = "", key: str | None = None) -> bool:
        """One readable message for a failure the person should know about (logged too)."""
        return self.reporter.report(message, details, is_bug=False, key=key)
