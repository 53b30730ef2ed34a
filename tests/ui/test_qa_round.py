"""What a QA engineer found in the desktop app (issue 17's daily use), each checked as a person meets it."""
from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtWidgets import QComboBox

from sizer.ui.settings import CAMERA_INDEX


def test_cameras_are_numbered_alike_in_the_settings_and_on_the_measure_page(qtbot, context):
    from sizer.ui.pages.measure_page import MeasurePage
    from sizer.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context.settings, systems=("INT", "EU"))
    qtbot.addWidget(dialog)
    assert isinstance(dialog.camera, QComboBox)
    assert dialog.camera.currentText() == "Camera 1" and dialog.camera.currentData() == 0
    dialog.camera.setCurrentIndex(dialog.camera.findText("Camera 3"))
    dialog.accept()
    assert context.settings.get(CAMERA_INDEX) == 2  # the device index behind the name

    page = MeasurePage(context)
    qtbot.addWidget(page)
    assert page.camera.currentText() == "Camera 3" and page.camera.currentData() == 2
    settings_names = [dialog.camera.itemText(k) for k in range(dialog.camera.count())]
    assert [page.camera.itemText(k) for k in range(page.camera.count())] == settings_names


def test_a_refused_or_unchanged_size_edit_changes_nothing_and_leaves_the_catalogue_saved(qtbot, context, tmp_path):
    import shutil

    from PySide6.QtCore import Qt

    from sizer.catalog.importer import sample_catalog_path
    from sizer.ui.pages.catalogue_page import CataloguePage

    path = tmp_path / "shop.csv"
    shutil.copyfile(sample_catalog_path(), path)
    page = CataloguePage(context)
    qtbot.addWidget(page)
    page.load(path)
    for row in range(page.listings.rowCount()):
        page.listing_view.selectRow(row)
        index = page.sizes.index(0, 2)
        if page.sizes.flags(index) & Qt.ItemFlag.ItemIsEditable:
            break
    before = page.catalog
    shown = page.sizes.data(index, Qt.ItemDataRole.EditRole)
    refused = []
    page.sizes.rejected.connect(refused.append)
    assert not page.sizes.setData(index, "abc")
    assert refused == ["'abc' is not a number"]
    # What a spin box commits after refusing "abc": the value it showed.
    assert not page.sizes.setData(index, shown)
    assert not page.dirty and page.catalog is before and "unsaved" not in page.source_label.text()
    assert page.sizes.setData(index, shown + 1)  # a real edit still counts
    assert page.dirty


def glyph_width(text: str, font) -> float:
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return line.naturalTextWidth()


def test_desktop_english_quotes_are_set_narrow_and_chinese_ones_full_width(qtbot, settings, tmp_path):
    from PySide6.QtWidgets import QLabel

    from sizer.ui.app import start_app
    from sizer.ui.i18n import install_translators

    desktop = start_app(language="en", settings=settings, install_excepthook=False, log_dir=tmp_path / "logs")
    qtbot.addWidget(desktop.window)
    try:
        intro = next(label for label in desktop.window.findChildren(QLabel) if "“?”" in label.text())
        size = intro.fontInfo().pixelSize()
        # Measured with the font the label draws with: where the bundled CJK face sets the Latin
        # text (as on this machine), its quotes are full-width unless told otherwise.
        assert glyph_width("\u201c", intro.font()) < 0.6 * size
        desktop.switch_language("zh_CN")
        label = next(label for label in desktop.window.findChildren(QLabel) if "“?”" in label.text())
        assert glyph_width("\u201c", label.font()) > 0.8 * label.fontInfo().pixelSize()
    finally:
        desktop.shutdown()
        install_translators("en")
        from sizer.ui.fonts import set_punctuation_widths

        set_punctuation_widths("en")


def test_qts_file_dialog_is_wholly_chinese_under_the_chinese_ui(qtbot, qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QFileDialog, QLabel

    from sizer.ui.i18n import install_translators
    from sizer.ui.qt_strings import qt_strings

    (tmp_path / "folder").mkdir()
    (tmp_path / "shop.csv").write_text("x\n", encoding="utf-8")
    installed = install_translators("zh_CN")
    asked: set[tuple[str, str, str | None]] = set()

    class Spy(QTranslator):  # records what Qt's own widgets ask to have translated
        def translate(self, context, source, disambiguation=None, n=-1):
            asked.add((context, source, disambiguation or None))
            return ""

        def isEmpty(self):
            return False

    spy = Spy()
    qapp.installTranslator(spy)
    try:
        assert any(t.filePath().endswith("qtbase_zh_CN.qm") for t in installed)  # Qt's own, beside Sizer's
        dialog = QFileDialog(None, "", str(tmp_path), "CSV (*.csv)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: any(k[0] == "QAbstractFileIconProvider" for k in asked), timeout=3000)
        qapp.removeTranslator(spy)  # (while it is installed, Qt's widgets get its empty answers)
        shown = QFileDialog(None, "", str(tmp_path), "CSV (*.csv)")
        shown.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(shown)
        shown.show()
        labels = [label.text() for label in shown.findChildren(QLabel) if label.text()]
        assert len(labels) == 3 and not [t for t in labels if re.search("[A-Za-z]{2}", t)], labels
        # Everything Qt's file dialog asks for has a Chinese translation (from Qt's file or Sizer's).
        untranslated = [key for key in asked if key[0].startswith(("QFileDialog", "QAbstractFileIconProvider",
                                                                   "QFileSystemModel"))
                        and QCoreApplication.translate(*key) == key[1]]
        assert untranslated == []
        assert all(QCoreApplication.translate(*key) != key[1] for key in qt_strings())
    finally:
        qapp.removeTranslator(spy)
        install_translators("en")


def test_the_returns_chart_legend_covers_no_bar(qtbot, context, monkeypatch, tmp_path):
    import sys
    from pathlib import Path

    import pyqtgraph as pg

    from sizer.catalog.writer import save_catalog
    from sizer.ui.main_window import MainWindow
    from sizer.ui.pages.catalogue_page import CataloguePage
    from sizer.ui.pages.returns_page import ReturnsPage
    from sizer.ui.returns_charts import chart_image

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from returns_support import SIZER_HEADER, SIZES, orders_rows, small_catalog, write_csv

    monkeypatch.setenv("SIZER_CONFIG_DIR", str(tmp_path / "config"))
    catalog_path = save_catalog(tmp_path / "catalogue.csv", small_catalog())
    counts = {(listing, s): (160, 10, 10, 12) for listing in ("SH-1", "SH-2") for s in SIZES}
    counts[("SH-2", SIZES[-1])] = (100, 10, 50, 12)  # the last bar, where a corner legend sat, is the tallest
    orders = write_csv(tmp_path / "orders.csv", SIZER_HEADER, orders_rows(counts))
    main = MainWindow(context, [CataloguePage, ReturnsPage])
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    try:
        page = main.show_page("returns_page")
        assert page.load_catalogue(catalog_path) and page.load_orders(orders)
        qtbot.wait(50)
        plot = page.plot.getPlotItem()
        legend = plot.legend.sceneBoundingRect()
        bars = [item for item in plot.items if isinstance(item, pg.BarGraphItem)]
        assert len(bars) == 3 and legend.height() > 0
        for bar in bars:
            assert not bar.mapRectToScene(bar.boundingRect()).intersects(legend)
        assert [label.text for _, label in plot.legend.items] == ["Too small", "Too large", "Other reasons"]
        if (folder := os.environ.get("SIZER_GRAB_DIR")) and Path(folder).is_dir():
            page.plot.grab().save(str(Path(folder) / "returns_chart.png"))
            chart_image(page.session.analysis.findings_of("SH-2")).save(str(Path(folder) / "returns_chart_export.png"))
    finally:
        main.shutdown()


def test_measure_page_at_1366x768_fits_its_form_without_sideways_scrolling(qtbot, settings, tmp_path):
    from PySide6.QtCore import Qt

    from sizer.profile import BodyProfile
    from sizer.ui.app import start_app
    from sizer.ui.i18n import install_translators
    from sizer.ui.settings import UNITS

    try:
        for language, unit in (("en", "cm"), ("en", "in"), ("zh_CN", "cm")):
            settings.set(UNITS, unit)
            desktop = start_app(language=language, settings=settings, install_excepthook=False,
                                log_dir=tmp_path / "logs")
            window = desktop.window
            window.resize(1366, 768)
            window.show()
            page = window.show_page("measure_page")
            page.show_profile(BodyProfile({"chest_girth": 101.26, "sleeve_length_from_neck": 84.0},
                                          {"chest_girth": 12.26, "sleeve_length_from_neck": 2.74}))
            qtbot.wait(50)
            scroll = page.form_scroll
            assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            # Nothing clipped either: the form gets at least the width it needs.
            assert scroll.widget().width() >= scroll.widget().minimumSizeHint().width(), (language, unit)
            assert window.width() <= 1366
            if (folder := os.environ.get("SIZER_GRAB_DIR")) and Path(folder).is_dir():
                window.grab().save(str(Path(folder) / f"measure_{language}_{unit}.png"))
            desktop.shutdown()
    finally:
        install_translators("en")


def test_the_height_starts_empty_and_asks_for_it(qtbot, context, dialogs):
    from sizer.ui.pages.measure_page import MeasurePage

    page = MeasurePage(context)  # fresh settings: no height was ever typed
    qtbot.addWidget(page)
    field = page.height_field
    assert field.edit.text() == "" and page.stature_cm() is None
    assert field.edit.placeholderText().startswith("e.g. 182 cm")
    assert field.understood.text() == "Enter your height: the camera measures everything else in proportion to it."
    page.start_camera()  # measuring needs it: asked for, nothing started
    assert dialogs and "Enter your height first" in dialogs[-1][1] and page.worker is None
    assert field.enter_text("182 cm") == 182.0
    page2 = MeasurePage(context)  # the person's own height is remembered, never a made-up one
    qtbot.addWidget(page2)
    assert page2.stature_cm() == 182.0


def test_the_uncertainty_reads_alike_on_the_page_and_in_the_cli(qtbot, context):
    from sizer.ui.widgets.measurement_field import MeasurementField
    from sizer.units import LengthUnit, format_uncertainty

    field = MeasurementField("chest_girth", "Chest girth", LengthUnit.CM)
    qtbot.addWidget(field)
    for spread, shown in ((2.26, "2.3"), (2.74, "2.7"), (1.25, "1.2"), (3.0, "3.0")):
        field.set_value_cm(100.0, spread)
        assert field.uncertainty_label.text() == f"± {shown} cm"
        assert format_uncertainty(spread, with_unit=False) == shown  # what `sizer measure` prints
