"""What the main window expects of a page."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from sizer.ui.context import AppContext


class Page(QWidget):
    """A page of the main window. Subclasses set ``icon_name`` and implement ``title``."""

    icon_name = "sizer"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.last_notice = ""
        self._toast = None

    def view_state(self) -> dict | None:
        """What the person was looking at (a selection, a filter), for a rebuilt window (a language
        switch) to show again; None when the page keeps nothing."""
        return None

    def restore_view_state(self, state: dict) -> None:
        """Show again what :meth:`view_state` returned, as far as it still applies."""

    def _action(self, toolbar: QToolBar | None, icon_name: str, text: str, shortcut, slot) -> QAction:
        """A toolbar button whose shortcut works while the page (or a widget on it) has focus;
        without a toolbar, only the shortcut (for an action the window's menus show instead)."""
        from sizer.ui.icons import icon

        action = QAction(icon(icon_name), text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        if toolbar is not None:
            toolbar.addAction(action)
        self.addAction(action)
        return action

    def notify(self, text: str) -> None:
        """A short message (what was saved, what was found): over the page, where the person is
        looking, and in the window's status bar."""
        from sizer.ui.widgets.toast import Toast

        self.last_notice = text
        if self._toast is None:
            self._toast = Toast(self)
        self._toast.show_text(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 6000)

    def title(self) -> str:
        raise NotImplementedError

    def activated(self) -> None:
        """Called each time the page is shown (heavy set-up can wait until the first call)."""

    def confirm_close(self) -> bool:
        """May ask about unsaved work; False keeps the window open."""
        return True

    def shutdown(self) -> None:
        """Stop timers and threads; called once before the window goes away."""
