"""Each page's main flow, driven end to end offscreen like a person would."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from sizer.catalog.importer import import_catalog, sample_catalog_path
from sizer.errors import MeasurementInputError
from sizer.profile import BodyProfile
from sizer.ui import dialogs
from sizer.ui.dialogs import UnsavedChoice
from sizer.ui.main_window import MainWindow
from sizer.ui.pages.catalogue_page import CataloguePage
from sizer.ui.pages.charts_page import ChartsPage
from sizer.ui.pages.guides_page import GuidesPage, guide_zones
from sizer.ui.pages.measure_page import MeasurePage

PROFILE = BodyProfile({"stature": 168.0, "bust_girth": 90.0, "chest_girth": 92.0, "waist_girth": 72.0,
                       "hip_girth": 98.0, "foot_length": 24.5, "head_girth": 56.0}, {"waist_girth": 1.5})


@pytest.fixture
def window(qtbot, context):
    main = MainWindow(context, [ChartsPage, GuidesPage, MeasurePage, CataloguePage])
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    yield main
    main.shutdown()


# -- size charts -------------------------------------------------------------------------------
def test_typing_a_label_lights_up_its_equivalents_and_the_table_copies_and_exports(qtbot, context, tmp_path):
    page = ChartsPage(context)
    qtbot.addWidget(page)
    page.select_category("womens_tops")
    page.find_system.setCurrentText("US")
    qtbot.keyClicks(page.find_label, "8")
    qtbot.keyClick(page.find_label, Qt.Key.Key_Return)
    lit = page.lit_cells()
    assert lit["US"] == ["8"] and lit["EU"] == ["38"] and lit["UK"] == ["12"]
    assert "86–90" in page.summary.text()  # the bust range the label stands for

    page.table.setCurrentCell(0, page.shown_systems.index("EU"))  # clicking a cell does the same
    assert page.lit_cells()["EU"] == [page.table.item(0, page.shown_systems.index("EU")).text()]

    page.unit.setCurrentIndex(page.unit.findData("in"))
    assert context.settings.get(__import__("sizer.ui.settings", fromlist=["CHARTS_UNITS"]).CHARTS_UNITS) == "in"
    text = page.copy_table()
    assert QGuiApplication.clipboard().text() == text
    assert text.splitlines()[0].split("\t")[:len(page.shown_systems)] == page.shown_systems

    out = tmp_path / "womens_tops.csv"
    page.write_csv(out)
    with open(out, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == page.export_headers() and len(rows) == page.table.rowCount() + 1


def test_an_unknown_label_says_so_with_a_suggestion(qtbot, context):
    page = ChartsPage(context)
    qtbot.addWidget(page)
    page.select_category("mens_shirts")
    page.find_system.setCurrentText("INT")
    qtbot.keyClicks(page.find_label, "XXXXL")
    qtbot.keyClick(page.find_label, Qt.Key.Key_Return)
    assert "has no size XXXXL" in page.summary.text()


def test_chart_notes_and_conventions_show_in_the_interface_language(qtbot, context):
    from sizer.ui.context import AppContext

    chinese = AppContext(context.settings, context.reporter, context.jobs, "zh_CN")
    shown = {}
    for language, page_context in (("en", context), ("zh_CN", chinese)):
        page = ChartsPage(page_context)
        qtbot.addWidget(page)
        page.select_category("womens_trousers")
        shown[language] = page.notes.toPlainText()
    assert "Waist and hip decide the size" in shown["en"]
    assert "腰围和臀围决定尺码" in shown["zh_CN"] and "Waist and hip decide the size" not in shown["zh_CN"]
    assert "长度代码" in shown["zh_CN"] and "Length codes" not in shown["zh_CN"]  # a convention's topic
    # Source citations are quoted as published, in every language.
    assert "EN 13402-3: Size designation of clothes" in shown["zh_CN"]


# -- measuring guides ----------------------------------------------------------------------------
def test_every_guide_is_in_exactly_one_zone():
    from sizer.guides import guide_ids

    listed = [g for ids in guide_zones().values() for g in ids]
    assert sorted(listed) == sorted(guide_ids())


def test_the_question_mark_of_a_measurement_field_opens_its_guide(qtbot, window, tmp_path):
    measure = window.page_named("measure_page")
    window.show_page("measure_page")
    qtbot.mouseClick(measure.fields["waist_girth"].help_button, Qt.MouseButton.LeftButton)
    guides_page = window.page_named("guides_page")
    assert window.stack.currentWidget() is guides_page and guides_page.guide_id == "waist_girth"
    picture = guides_page.view.grab().toImage()
    colours = {picture.pixel(x, y) for x in range(0, picture.width(), 7) for y in range(0, picture.height(), 7)}
    assert len(colours) > 20  # a drawn guide, not an empty panel

    pdf = tmp_path / "waist.pdf"
    guides_page.write_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_printing_a_guide_paints_a_page(qtbot, context, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    page = GuidesPage(context)
    qtbot.addWidget(page)
    page.show_guide("hip_girth")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page.paint_to_printer(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 5000


# -- measure -------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def person_video(tmp_path_factory) -> Path:
    """Front view, then side view, of the bundled sample person: a short video file."""
    import cv2

    from sizer.resources import as_path, asset

    front = cv2.imread(str(as_path(asset("samples", "person_front.png"))))
    side = cv2.imread(str(as_path(asset("samples", "person_side.png"))))
    path = tmp_path_factory.mktemp("video") / "person.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (front.shape[1], front.shape[0]))
    for frame in [front] * 8 + [side] * 8:
        writer.write(frame)
    writer.release()
    return path


def test_a_full_measurement_from_a_video_fills_the_editable_results(qtbot, context, person_video):
    page = MeasurePage(context, frames_per_view=3)
    qtbot.addWidget(page)
    page.show()
    page.height_field.set_value_cm(182.3)  # the sample person's stated height
    with qtbot.waitSignal(page.capture_finished, timeout=60_000) as blocker:
        page.start_video(person_video)
    profile = blocker.args[0]
    qtbot.waitUntil(lambda: page.worker is None, timeout=10_000)  # the worker stopped by itself
    assert page.frames_shown >= 1 and not page.preview.image.isNull()
    assert set(profile.measurements_cm) >= {"chest_girth", "waist_girth", "hip_girth"}
    waist = page.fields["waist_girth"]
    assert waist.value_cm() == pytest.approx(profile.measurements_cm["waist_girth"], abs=0.05)
    assert waist.uncertainty_label.text().startswith("±")
    assert context.profile is not None and context.profile.measurements_cm["stature"] == pytest.approx(182.3)

    waist.spin.setValue(80.0)  # corrected by hand: the value is the person's, no camera uncertainty
    assert context.profile.measurements_cm["waist_girth"] == 80.0
    assert "waist_girth" not in context.profile.uncertainty_cm
    assert waist.edited_by_hand and waist.uncertainty_label.text() == "✎ by hand"  # marked, not silently bare
    assert not context.reporter.suppressed


def test_without_a_camera_the_page_offers_a_video_or_photos_with_one_message(qtbot, context, dialogs, monkeypatch):
    from sizer.ui import measure_session

    def no_camera(index):
        raise MeasurementInputError(f"cannot open camera {index}", "Check that it exists.")

    monkeypatch.setattr(measure_session, "open_camera", no_camera)
    page = MeasurePage(context)
    qtbot.addWidget(page)
    page.height_field.enter_text("170 cm")  # measuring needs the height (the field starts empty)
    page.show()
    for _ in range(3):  # trying again and again still gives one dialog, not a flood
        page.start_camera()
        qtbot.waitUntil(lambda: page.worker is None, timeout=10_000)
    assert page.preview_stack.currentIndex() == 0
    assert "No camera could be opened" in page.message.text()
    assert page.findChild(type(page.start_button), "fallback_video").isVisible()
    assert len(dialogs) == 3  # one per attempt: each start is a new attempt
    page.stop_capture()


def test_stopping_a_running_capture_stops_the_thread(qtbot, context, person_video):
    page = MeasurePage(context, frames_per_view=1000)  # never finishes on its own
    qtbot.addWidget(page)
    page.height_field.enter_text("170 cm")
    page.start_video(person_video)
    worker = page.worker
    assert worker.isRunning()
    page.shutdown()
    assert not worker.isRunning() and not page.display_timer.isActive()


# -- catalogue -----------------------------------------------------------------------------------
def write_catalogue_with_an_error(path: Path) -> None:
    text = sample_catalog_path().read_text(encoding="utf-8").splitlines()
    header, first = text[0], text[1].split(",")
    bad = list(first)
    bad[0], bad[2] = "BAD-1", "womens_topz"  # an unknown category on data row 2 (spreadsheet row 3)
    path.write_text("\n".join([header, ",".join(first), ",".join(bad)] + text[2:]) + "\n", encoding="utf-8")


def test_importing_a_catalogue_with_an_error_shows_row_and_column_then_imports_valid_rows(
        qtbot, context, tmp_path, monkeypatch):
    page = CataloguePage(context)
    qtbot.addWidget(page)
    assert page.path is None and len(page.catalog) > 0  # a fresh start opens the bundled sample
    sample_size = len(page.catalog)
    path = tmp_path / "shop.csv"
    write_catalogue_with_an_error(path)
    seen = []

    def answer(parent, error, accept=False):
        from sizer.ui.widgets.import_issues import ImportIssuesDialog

        dialog = ImportIssuesDialog(error, parent)
        seen.append([(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
                     for r in range(dialog.table.rowCount())])
        dialog.deleteLater()
        return accept

    from sizer.ui.widgets import import_issues

    monkeypatch.setattr(import_issues, "ask_accept_valid_rows", answer)
    page.load(path)  # cancel: nothing changes
    assert seen[0] == [("3", "category")]
    assert page.path is None and len(page.catalog) == sample_size

    monkeypatch.setattr(import_issues, "ask_accept_valid_rows", lambda parent, error: answer(parent, error, True))
    page.load(path)
    assert page.path == path
    assert "BAD-1" not in page.catalog.listing_ids.tolist() and len(page.catalog) == sample_size


def test_recommendations_filter_and_exports(qtbot, context, tmp_path):
    page = CataloguePage(context)
    qtbot.addWidget(page)
    assert page.listings.data(page.listings.index(0, page.listings.SIZE)) == "—"  # no profile yet
    context.set_profile(PROFILE)
    assert page.results is not None
    sizes = [page.listings.data(page.listings.index(r, page.listings.SIZE)) for r in range(page.listings.rowCount())]
    assert any(s not in ("—", "") and not s.startswith("(") for s in sizes)

    qtbot.keyClicks(page.filter_text, "WT-1001")
    assert page.listings.rowCount() == 1
    page.filter_text.clear()
    page.only_fitting.setChecked(True)
    fitting = page.listings.rowCount()
    assert 0 < fitting <= len(page.catalog)
    page.only_fitting.setChecked(False)

    for suffix in ("csv", "xlsx", "json"):
        page.write_recommendations(tmp_path / f"recs.{suffix}")
    payload = json.loads((tmp_path / "recs.json").read_text(encoding="utf-8"))
    assert len(payload["recommendations"]) == len(page.catalog)
    assert (tmp_path / "recs.xlsx").read_bytes()[:2] == b"PK"
    page.listing_view.selectRow(0)
    page.write_size_guide(page.selected_listing(), tmp_path / "guide.html")
    assert "<table" in (tmp_path / "guide.html").read_text(encoding="utf-8")


def test_edits_are_never_lost_silently(qtbot, context, tmp_path, monkeypatch):
    page = CataloguePage(context)
    qtbot.addWidget(page)
    model = page.listings
    assert model.setData(model.index(0, model.TITLE), "Renamed tee")
    assert page.dirty and "unsaved" in page.source_label.text()

    monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda parent, what: UnsavedChoice.CANCEL)
    monkeypatch.setattr("sizer.ui.pages.catalogue_page.ask_unsaved_changes", lambda parent, what: UnsavedChoice.CANCEL)
    assert not page.confirm_close()

    target = tmp_path / "saved.csv"
    monkeypatch.setattr("sizer.ui.pages.catalogue_page.ask_unsaved_changes", lambda parent, what: UnsavedChoice.SAVE)
    monkeypatch.setattr("sizer.ui.pages.catalogue_page.choose_save_file", lambda *args: target)
    assert page.confirm_close()
    assert not page.dirty
    assert "Renamed tee" in import_catalog(target).catalog.titles.tolist()


def test_size_table_ranges_are_editable_only_where_the_merchant_typed_them(qtbot, context):
    page = CataloguePage(context)
    qtbot.addWidget(page)
    catalog = page.catalog
    body_listing = next(i for i in range(len(catalog)) if catalog.listing(i).sizes[0].source.value == "body_ranges")
    chart_listing = next(i for i in range(len(catalog)) if catalog.listing(i).sizes[0].source.value == "chart")
    page.sizes.set_listing(catalog, chart_listing)
    assert not page.sizes.setData(page.sizes.index(0, 2), 10.0)
    page.sizes.set_listing(catalog, body_listing)
    index = page.sizes.index(0, 2)
    assert page.sizes.setData(index, float(page.sizes.data(index, Qt.ItemDataRole.EditRole)) - 1.0)
    assert page.dirty and page.catalog is not catalog


def test_closing_the_window_with_unsaved_edits_asks_first(qtbot, window, monkeypatch):
    catalogue = window.show_page("catalogue_page")
    model = catalogue.listings
    assert model.setData(model.index(0, model.TITLE), "Renamed again")
    asked = []
    monkeypatch.setattr("sizer.ui.pages.catalogue_page.ask_unsaved_changes",
                        lambda parent, what: asked.append(what) or UnsavedChoice.CANCEL)
    window.close()
    assert asked and window.isVisible()  # cancelled: still open, edits kept
    monkeypatch.setattr("sizer.ui.pages.catalogue_page.ask_unsaved_changes",
                        lambda parent, what: UnsavedChoice.DISCARD)
    window.close()
    assert not window.isVisible()


# -- the column-mapping step ------------------------------------------------------------------------
MERCHANT_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "merchant"


def test_a_shopify_export_opens_in_the_mapping_step_once_then_is_remembered(qtbot, context, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sizer.catalog.mapping import MappingStore
    from sizer.ui.column_mapping_dialog import CatalogueMappingDialog

    monkeypatch.setenv("SIZER_MAPPINGS_FILE", str(tmp_path / "mappings.json"))
    export = tmp_path / "products_export_1.csv"
    export.write_bytes((MERCHANT_FIXTURES / "shopify_products_export.csv").read_bytes())
    original = export.read_bytes()
    page = CataloguePage(context)
    qtbot.addWidget(page)
    seen = []

    def answer_the_dialog():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CatalogueMappingDialog) and w.isVisible())
        seen.append(dialog)
        assert dialog.combos["Handle"].currentData() == "listing_id"
        assert dialog.import_button.isEnabled()
        # The user changes one thing: the SKUs are not needed (Handle names every product).
        dialog.combos["Variant SKU"].setCurrentIndex(dialog.combos["Variant SKU"].findData(""))
        dialog.grab().save(str(tmp_path / "mapping_dialog.png"))
        dialog.import_button.click()

    QTimer.singleShot(0, answer_the_dialog)
    page.load(export)
    assert len(seen) == 1
    assert len(page.catalog) == 3 and page.catalog.size_count == 13
    assert page.mapped and page.map_action.isEnabled()
    assert MappingStore().get(seen[0].proposal.layout) is not None
    # Next time the same layout imports at once, without asking.
    page.load(export)
    assert len(seen) == 1 and len(page.catalog) == 3
    # Save never overwrites the merchant's Shopify export: it asks where to write Sizer's file.
    target = tmp_path / "catalogue.csv"
    asked = []
    monkeypatch.setattr("sizer.ui.pages.catalogue_page.choose_save_file",
                        lambda parent, settings, caption, name, filters, folder=None, refuse=None: asked.append(name) or target)
    assert page.save()
    assert asked == ["products_export_1-sizer.csv"] and export.read_bytes() == original
    assert target.read_text(encoding="utf-8-sig").startswith("listing_id,title,category")


def test_the_mapping_dialog_blocks_import_until_the_mapping_can_import(qtbot, tmp_path):
    from sizer.catalog.mapping import MappingStore, propose_mapping
    from sizer.ui.column_mapping_dialog import CatalogueMappingDialog

    proposal = propose_mapping(MERCHANT_FIXTURES / "shopify_products_export.csv", MappingStore(tmp_path / "m.json"))
    dialog = CatalogueMappingDialog(proposal)
    qtbot.addWidget(dialog)
    assert dialog.import_button.isEnabled() and not dialog.problems.isVisibleTo(dialog)
    dialog.combos["Title"].setCurrentIndex(dialog.combos["Title"].findData(""))
    assert not dialog.import_button.isEnabled() and "title" in dialog.problems.text()
    dialog.combos["Title"].setCurrentIndex(dialog.combos["Title"].findData("title"))
    combo = dialog.value_combos["male · Men's Sweaters"]
    combo.setCurrentIndex(combo.findData(""))
    assert not dialog.import_button.isEnabled() and "Men's Sweaters" in dialog.problems.text()
    combo.setCurrentIndex(combo.findData("mens_tops"))
    assert dialog.import_button.isEnabled()
    assert dialog.mapping.category_values["male · Men's Sweaters"] == "mens_tops"
    assert proposal.mapping.columns["Title"] == "title"  # the proposal itself is left as it was


def test_size_guide_dialog_writes_the_chosen_form_units_and_systems(qtbot, context, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from sizer.ui.size_guide_dialog import SizeGuideDialog

    page = CataloguePage(context)
    qtbot.addWidget(page)
    row = next(r for r in range(page.listings.rowCount())
               if page.catalog.listing_ids[page.listings.listing_at(r)] == "WT-1003")
    page.listing_view.selectRow(row)
    target = tmp_path / "amazon-description.html"
    named = []
    monkeypatch.setattr("sizer.ui.pages.catalogue_page.choose_save_file",
                        lambda parent, settings, caption, name, filters: named.append(name) or target)

    def answer():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SizeGuideDialog) and w.isVisible())
        assert dialog.paper.currentData() == "A4"  # an EU-sized listing
        dialog.form.setCurrentIndex(dialog.form.findData("plain"))
        assert not dialog.paper.isEnabled() and not dialog.gallery.isEnabled()
        dialog.unit.setCurrentIndex(dialog.unit.findData("both"))
        for i in range(dialog.systems.count()):
            item = dialog.systems.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() == "US" else Qt.CheckState.Unchecked)
        dialog.grab().save(str(tmp_path / "size_guide_dialog.png"))
        dialog.save_button.click()

    QTimer.singleShot(0, answer)
    page.export_size_guide()
    assert named == ["WT-1003-size-guide.html"]
    text = target.read_text(encoding="utf-8")
    assert text.startswith("<p><b>") and "style=" not in text and "<svg" not in text
    assert "Bust girth (cm / in): 78–84 / 30.7–33.1" in text and "US: 4" in text


def test_a_brand_chart_is_previewed_then_replaces_the_listings_sizes(qtbot, context, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sizer.catalog.brand_chart import BRAND_LABEL
    from sizer.ui.brand_chart_dialog import BrandChartDialog

    chart = tmp_path / "acme.csv"
    # Sizes as columns, nothing says the unit (the values say inches), the UK labels beside the letters.
    chart.write_text("Size,S,M,L\nUK,8,10,12\nBust,33-34,35-36,37-38\nWaist,26-27,28-29,30-31\n", encoding="utf-8")
    page = CataloguePage(context)
    qtbot.addWidget(page)
    row = next(r for r in range(page.listings.rowCount())
               if page.catalog.listing_ids[page.listings.listing_at(r)] == "WT-1001")
    page.listing_view.selectRow(row)
    monkeypatch.setattr("sizer.ui.pages.catalogue_page.choose_open_file", lambda *args: chart)
    seen = {}

    def answer():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BrandChartDialog) and w.isVisible())
        seen["summary"] = dialog.summary.text()
        seen["first"] = dialog.preview.item(0, 2).text()
        dialog.system.setCurrentIndex(dialog.system.findData(BRAND_LABEL))
        seen["kept"] = dialog.matched.text()
        dialog.system.setCurrentIndex(dialog.system.findData("UK"))
        seen["blocked"] = not dialog.apply_button.isEnabled()  # UK 8 is no US 8: no size in common
        seen["dropped"] = dialog.matched.text()
        dialog.add_new.setChecked(True)
        dialog.drop_missing.setChecked(True)
        dialog.grab().save(str(tmp_path / "brand_chart_dialog.png"))
        dialog.apply_button.click()

    QTimer.singleShot(0, answer)
    page.import_brand_chart()
    assert "sizes as columns" in seen["summary"] and "inches" in seen["summary"]
    assert seen["first"] == "83.8–86.4"  # 33-34 in, shown in cm as it will be saved
    assert seen["blocked"]
    assert "The brand's own UK labels are kept beside each size: guides and exports show them." in seen["kept"]
    assert "The chart's label columns that name no size system are not kept (the brand's own)." in seen["dropped"]
    listing = page.catalog.listing("WT-1001")
    assert [s.label for s in listing.sizes] == ["8", "10", "12"] and listing.size_system == "UK"
    assert page.dirty


def test_marketplace_files_dialog_writes_the_channels_file(qtbot, context, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sizer.ui.preset_dialog import PresetDialog

    page = CataloguePage(context)
    qtbot.addWidget(page)
    target = tmp_path / "feed.tsv"
    monkeypatch.setattr("sizer.ui.pages.catalogue_page.choose_save_file", lambda *args: target)
    seen = {}

    def answer():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PresetDialog) and w.isVisible())
        dialog.channel.setCurrentIndex(dialog.channel.findData("amazon-size-chart"))
        seen["blocked"] = not dialog.save_button.isEnabled()  # no brand yet
        dialog.channel.setCurrentIndex(dialog.channel.findData("google-merchant"))
        dialog.system.setCurrentIndex(dialog.system.findData("EU"))
        dialog.save_button.click()

    QTimer.singleShot(0, answer)
    page.export_marketplace_files()
    assert seen["blocked"]
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "id\titem_group_id\tsize\tsize_system\tsize_type\tgender\tage_group"
    assert len(lines) == page.catalog.size_count + 1 and "\tEU\t" in lines[1]


def test_start_up_reopens_a_mapped_file_without_asking(qtbot, context, tmp_path, monkeypatch):
    from sizer.catalog.mapping import MappingStore, propose_mapping
    from sizer.ui.settings import LAST_CATALOGUE

    monkeypatch.setenv("SIZER_MAPPINGS_FILE", str(tmp_path / "mappings.json"))
    export = tmp_path / "products_export_1.csv"
    export.write_bytes((MERCHANT_FIXTURES / "shopify_products_export.csv").read_bytes())
    asked = []
    monkeypatch.setattr("sizer.ui.column_mapping_dialog.ask_column_mapping", lambda *a, **k: asked.append(a))
    context.settings.set(LAST_CATALOGUE, str(export))
    page = CataloguePage(context)  # not remembered: the sample, and no question at start-up
    qtbot.addWidget(page)
    assert not asked and page.path is None and len(page.catalog) == 31
    proposal = propose_mapping(export)
    MappingStore().remember(proposal.layout, proposal.mapping)
    context.settings.set(LAST_CATALOGUE, str(export))
    context.kept.clear()
    again = CataloguePage(context)
    qtbot.addWidget(again)
    assert not asked and again.path == export and again.mapped and len(again.catalog) == 3


def test_a_brand_chart_can_become_a_chart_file_from_the_preview(qtbot, context, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sizer.sizing.library import load_chart_file
    from sizer.ui.brand_chart_dialog import BrandChartDialog

    chart = tmp_path / "Acme Tops.csv"
    chart.write_text("Size,US,Bust (cm),Waist (cm)\nS,4,82-86,66-70\nM,8,86-90,70-74\nL,12,90-94,74-78\n",
                     encoding="utf-8")
    target = tmp_path / "acme_tops.toml"
    page = CataloguePage(context)
    qtbot.addWidget(page)
    page.listing_view.selectRow(0)
    before = page.catalog.listing(page.selected_listing()).sizes
    monkeypatch.setattr("sizer.ui.pages.catalogue_page.choose_open_file", lambda *args: chart)
    monkeypatch.setattr("sizer.ui.pages.catalogue_page.choose_save_file", lambda *args: target)

    def answer():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BrandChartDialog) and w.isVisible())
        assert dialog.chart_id.text() == "acme_tops" and not dialog.chart_button.isEnabled()
        dialog.source_url.setText("https://acme.example/size-guide")
        dialog.chart_button.click()

    QTimer.singleShot(0, answer)
    page.import_brand_chart()
    loaded = load_chart_file(target)
    assert loaded.id == "acme_tops" and "US" in loaded.systems
    assert page.catalog.listing(page.selected_listing()).sizes == before and not page.dirty


def test_brand_chart_notes_are_said_in_the_interface_language(qtbot, tmp_path):
    from sizer.catalog.importer import load_catalog
    from sizer.ui.brand_chart_dialog import BrandChartDialog

    chart = tmp_path / "chart.csv"
    chart.write_text("Size,Chest,Length\nS,88,68\nM,92,70\nL,96,72\n", encoding="utf-8")
    dialog = BrandChartDialog(chart, load_catalog().listing("MT-4001"), "en")
    qtbot.addWidget(dialog)
    notes = dialog.notes.text()
    assert "graded to ranges halfway" in notes and "Chest girth" in notes and "“Length”" in notes
    assert dialog.preview.item(0, 1).text() == "86–90"


def test_a_laid_flat_chart_is_doubled_in_the_preview_before_it_is_applied(qtbot, tmp_path):
    """平铺 (laid flat) half widths: the dialog doubles them, says so and shows the whole girths it
    will save; "No" shows them as given; the unit's reason names what the sheet says."""
    from sizer.catalog.brand_chart import apply_to_listing
    from sizer.catalog.importer import load_catalog
    from sizer.ui.brand_chart_dialog import BrandChartDialog

    chart = tmp_path / "flat.csv"
    chart.write_text("尺码,平铺胸围 (cm),平铺腰围 (cm)\nS,48,44\nM,50,46\nL,52,48\n", encoding="utf-8")
    catalog = load_catalog()
    dialog = BrandChartDialog(chart, catalog.listing("MP-4101"), "en")
    qtbot.addWidget(dialog)
    assert dialog.flat.currentData() is True and dialog.preview.item(0, 1).text() == "96"
    assert "half girths, doubled to whole girths (48 → 96)" in dialog.notes.text()
    assert dialog.unit_reason.text() == "The sheet says centimetres in “平铺胸围 (cm)”."
    dialog.grab().save(str(tmp_path / "brand_chart_flat.png"))
    dialog.flat.setCurrentIndex(dialog.flat.findData(False))
    assert dialog.preview.item(0, 1).text() == "48" and "doubled" not in dialog.notes.text()
    dialog.flat.setCurrentIndex(dialog.flat.findData(True))
    updated = apply_to_listing(catalog, "MP-4101", dialog.chart, dialog.system.currentData())
    assert updated.listing("MP-4101").sizes[0].garment_cm == {"chest_girth": 96, "waist_girth": 88}


def test_a_womens_chest_column_is_the_bust_in_the_dialog(qtbot, tmp_path):
    from sizer.catalog.importer import load_catalog
    from sizer.ui.brand_chart_dialog import BrandChartDialog

    chart = tmp_path / "women.csv"
    chart.write_text("尺码,胸围,腰围\nS,80-84,62-66\nM,84-88,66-70\n", encoding="utf-8")
    dialog = BrandChartDialog(chart, load_catalog().listing("WT-1002"), "en")
    qtbot.addWidget(dialog)
    assert dialog.chart.dimensions == ["bust_girth", "waist_girth"]
    assert dialog.preview.horizontalHeaderItem(1).text() == "Body: Bust girth (cm)"
    assert "“胸围” is read as the bust girth" in dialog.notes.text()


def test_the_brand_chart_preview_flags_what_the_save_would_refuse(qtbot, tmp_path):
    """An inch chart read as centimetres: the preview says 31 cm is no bust and which choice fixes
    it, and the sizes cannot replace the listing's until the unit is right."""
    from sizer.catalog.importer import load_catalog
    from sizer.ui.brand_chart_dialog import BrandChartDialog

    chart = tmp_path / "inches.csv"
    chart.write_text("US,Bust (cm),Waist (cm)\n2,31-32,24-25\n4,33-34,26-27\n6,35-36,28-29\n", encoding="utf-8")
    dialog = BrandChartDialog(chart, load_catalog().listing("WT-1001"), "en")
    qtbot.addWidget(dialog)
    assert dialog.problems.isVisibleTo(dialog) and not dialog.apply_button.isEnabled()
    assert ("Bust girth: 31–36 cm cannot be saved (adults measure 70 to 170 cm); the numbers look like inches: "
            "choose Inches above") in dialog.problems.text()
    dialog.grab().save(str(tmp_path / "brand_chart_problems.png"))
    dialog.unit.setCurrentIndex(dialog.unit.findData("in"))
    assert not dialog.problems.isVisibleTo(dialog) and dialog.apply_button.isEnabled()
    assert dialog.preview.item(0, 1).text() == "78.7–81.3"


def test_a_brand_chart_keeps_the_listings_sizes_and_skus_unless_told(qtbot, context, tmp_path, monkeypatch):
    """The chart's 2XL is the shop's XXL (its SKU kept); the chart's 3XL, which the shop does not
    sell, is only added when ticked; the listing's sizes the chart lacks are listed and kept."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sizer.catalog.model import SizeEntry
    from sizer.ui.brand_chart_dialog import BrandChartDialog

    chart = tmp_path / "tee.csv"
    chart.write_text("Size,Chest (cm)\nM,96-100\nL,100-104\nXL,104-108\n2XL,108-112\n3XL,112-116\n", encoding="utf-8")
    page = CataloguePage(context)
    qtbot.addWidget(page)
    listing = page.catalog.listing("MP-4101")
    with_sku = [SizeEntry(s.label, s.source, s.body_ranges_cm, s.garment_cm, s.open_min, s.open_max,
                          f"SKU-{s.label}") for s in listing.sizes]
    page._edited(_with_sizes(page.catalog, "MP-4101", with_sku))
    row = next(r for r in range(page.listings.rowCount())
               if page.catalog.listing_ids[page.listings.listing_at(r)] == "MP-4101")
    page.listing_view.selectRow(row)
    monkeypatch.setattr("sizer.ui.pages.catalogue_page.choose_open_file", lambda *args: chart)
    seen = {}

    def answer():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BrandChartDialog) and w.isVisible())
        seen["matched"] = dialog.matched.text()
        seen["add"] = dialog.add_new.text()
        seen["drop"] = dialog.drop_missing.text()
        dialog.grab().save(str(tmp_path / "brand_chart_sizes.png"))
        dialog.apply_button.click()

    QTimer.singleShot(0, answer)
    page.import_brand_chart()
    assert seen["matched"] == ("The chart's measurements go to the sizes the listing sells: M, L, XL, "
                               "XXL (the chart's 2XL)")  # one label column: nothing dropped
    assert seen["add"] == "Also add the chart's sizes the listing does not sell: 3XL"
    assert seen["drop"] == "Remove the listing's sizes the chart does not give: S (SKU-S)"
    sizes = {s.label: s for s in page.catalog.listing("MP-4101").sizes}
    assert set(sizes) == {"S", "M", "L", "XL", "XXL"} and sizes["XXL"].sku == "SKU-XXL"
    assert sizes["XXL"].body_ranges_cm["chest_girth"] == (108, 112)
    assert sizes["S"].body_ranges_cm == listing.sizes[0].body_ranges_cm  # kept as it was


def _with_sizes(catalog, listing_id, sizes):
    from sizer.catalog.model import CatalogBuilder

    builder = CatalogBuilder()
    for listing in catalog:
        builder.add_listing(listing.listing_id, listing.title, listing.category, listing.size_system, listing.fit,
                            listing.stretch, listing.segment if catalog.explicit_segments else None)
        for size in (sizes if listing.listing_id == listing_id else listing.sizes):
            builder.add_size(listing.listing_id, size)
    return builder.build(source=catalog.source)
