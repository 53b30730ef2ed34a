"""Every page's toolbar fits a 1366 px wide window in every language: no action hides behind the
"»" extension button (the QA report: the French and Japanese Catalogue toolbars overflowed)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolBar, QToolButton

from sizer.languages import LANGUAGES
from sizer.ui.app import page_factories
from sizer.ui.context import AppContext
from sizer.ui.error_reporter import ErrorReporter
from sizer.ui.i18n import install_translators
from sizer.ui.jobs import ImmediatePool, JobRunner
from sizer.ui.main_window import MainWindow


def overflowing(toolbar: QToolBar) -> list[str]:
    """The texts of ``toolbar``'s actions that its layout moved into the extension menu."""
    hidden = [action.text() for action in toolbar.actions()
              if action.isVisible() and not action.isSeparator()
              and toolbar.widgetForAction(action) is not None and not toolbar.widgetForAction(action).isVisible()]
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if extension is not None and extension.isVisible():
        hidden.append("» (the extension button is shown)")
    return hidden


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_toolbar_action_overflows_at_1366_px(qtbot, settings, tmp_path, language):
    install_translators(language)
    context = AppContext(settings, ErrorReporter(tmp_path / "sizer.log", show_dialog=lambda *a: None),
                         JobRunner(pool=ImmediatePool()), language)
    window = MainWindow(context, page_factories())
    qtbot.addWidget(window)
    try:
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        found = {}
        for page in window.pages:
            window.show_page(page.objectName())
            qtbot.wait(1)
            toolbars = page.findChildren(QToolBar)
            found.update({f"{page.objectName()}": hidden for toolbar in toolbars if (hidden := overflowing(toolbar))})
        assert window.width() <= 1366
        assert not found, f"{language}: toolbar actions hidden in the overflow at 1366 px: {found}"
    finally:
        window.shutdown()
        install_translators("en")
