"""What a desktop user expects on first contact: the menus, a window that fits, notices in view."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMenu

from sizer.catalog.importer import sample_catalog_path
from sizer.ui.i18n import install_translators
from sizer.ui.main_window import MainWindow
from sizer.ui.pages.catalogue_page import CataloguePage
from sizer.ui.pages.charts_page import ChartsPage
from sizer.ui.pages.guides_page import GuidesPage
from sizer.ui.pages.measure_page import MeasurePage
from sizer.ui.settings import RECENT_CATALOGUES


@pytest.fixture
def window(qtbot, context):
    main = MainWindow(context, [ChartsPage, GuidesPage, MeasurePage, CataloguePage])
    qtbot.addWidget(main)
    main.show()
    yield main
    main.shutdown()


def menu_texts(menu: QMenu) -> list[str]:
    return [action.text().split("\t")[0].replace("&", "") for action in menu.actions() if not action.isSeparator()]


def test_the_file_and_help_menus_have_what_a_desktop_user_expects(window):
    file_menu = window.findChild(QMenu, "file_menu")
    texts = menu_texts(file_menu)
    for expected in ("Open catalogue…", "Open recent", "Open the bundled sample catalogue", "Save catalogue",
                     "Save catalogue as…", "Import", "Export", "Settings…", "Quit"):
        assert expected in texts, texts
    assert "Ctrl+O" in file_menu.actions()[0].text() and "Ctrl+S" in window.findChild(
        type(file_menu.actions()[0]), "save_catalogue").text()
    assert "Recommendations…" in menu_texts(window.findChild(QMenu, "export_menu"))
    assert "Body profile…" in menu_texts(window.findChild(QMenu, "import_menu"))
    help_texts = [a.text().replace("&", "") for a in window.menuBar().actions()[-1].menu().actions()]
    assert help_texts[0] == "User guide"


def test_the_user_guide_opens_with_every_page_explained(qtbot, window):
    window.findChild(type(window.menuBar().actions()[0]), "user_guide_action").trigger()
    guide = window.user_guide
    qtbot.waitExposed(guide)
    text = guide.text.toPlainText()
    for page in ("Size charts", "Measuring guides", "Measure", "Catalogue"):
        assert page in text
    assert "5 ft 11" in text and "by hand" in text
    guide.close()


def test_open_recent_and_the_sample_from_the_file_menu(qtbot, window, context, tmp_path):
    mine = tmp_path / "mine.csv"
    mine.write_bytes(sample_catalog_path().read_bytes())
    catalogue = window.page_named("catalogue_page")
    catalogue.load(mine)
    assert context.settings.get(RECENT_CATALOGUES)[0] == str(mine)
    window._fill_recent_menu()
    recent = window.recent_menu.actions()
    assert recent[0].text().startswith("mine.csv") and recent[0].isEnabled()
    window.findChild(type(recent[0]), "open_sample").trigger()
    assert catalogue.path is None and window.stack.currentWidget() is catalogue
    recent[0].trigger()
    assert catalogue.path == mine


def test_the_window_fits_a_1366x768_screen_with_its_status_bar(qtbot, settings, tmp_path):
    from sizer.ui.app import fit_to_screen, start_app

    desktop = start_app(language="en", settings=settings, install_excepthook=False, log_dir=tmp_path / "logs")
    window = desktop.window
    qtbot.addWidget(window)
    try:
        available = window.screen().availableGeometry()
        window.resize(1280, 760)
        window.move(available.topLeft())
        laptop = available.adjusted(0, 0, 1366 - available.width(), 728 - available.height())  # under a panel
        window.screen().availableGeometry = lambda: laptop  # noqa: E731 - what that laptop reports
        fit_to_screen(window)
        assert window.height() <= 728 - 40 and window.width() <= 1366
        bar = window.statusBar()
        assert bar.isVisible() and bar.geometry().bottom() <= window.height()
        assert window.minimumSizeHint().height() <= 680 and window.minimumSizeHint().width() <= 1366
    finally:
        desktop.shutdown()


def test_a_confirmation_is_shown_over_the_page_not_only_in_the_status_bar(qtbot, window, tmp_path):
    charts = window.show_page("charts_page")
    charts.notify("Saved /tmp/chart.csv")
    toast = charts.findChild(QLabel, "toast")
    assert toast.isVisible() and toast.text() == "Saved /tmp/chart.csv"
    assert charts.rect().contains(toast.geometry())  # over the page the person is using
    assert window.statusBar().currentMessage() == "Saved /tmp/chart.csv"


def test_qt_own_buttons_are_translated(qtbot):
    install_translators("zh_CN")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert sorted(b.text() for b in box.buttons()) == sorted(["保存", "取消"])
    finally:
        install_translators("en")


def test_a_filter_that_hides_the_selected_listing_clears_the_detail_pane(qtbot, context):
    page = CataloguePage(context)
    qtbot.addWidget(page)
    page.listing_view.selectRow(0)
    title = str(page.catalog.titles[page.selected_listing()])
    assert title in page.details.toPlainText()
    page.filter_text.setText("no listing is called this")
    assert page.selected_listing() == -1 and page.details.toPlainText() == ""
    assert page.sizes.rowCount() == 0
    page.filter_text.setText(title[:6])  # shown again: it may be chosen again, the pane follows
    page.listing_view.selectRow(0)
    assert page.details.toPlainText().startswith(str(page.catalog.titles[page.selected_listing()]))


def test_size_guide_says_why_it_cannot_run(qtbot, context, dialogs):
    page = CataloguePage(context)
    qtbot.addWidget(page)
    page.listing_view.clearSelection()
    page.export_size_guide()
    assert "Select a listing first" in dialogs[-1][1]
    page.filter_text.setText("no listing is called this")
    page.export_size_guide()
    assert "clear the filter" in dialogs[-1][1]
