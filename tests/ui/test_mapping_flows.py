"""The column-mapping step as a merchant meets it: a remembered mapping can always be changed, a
new product type reopens it, the problems dialog leads back to it, and products without sizes are
left out on purpose. Driven end to end offscreen, the dialogs answered as a person would."""
from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from sizer.catalog.mapping import NOT_SIZED, MappingStore, propose_mapping
from sizer.ui.column_mapping_dialog import CatalogueMappingDialog
from sizer.ui.main_window import MainWindow
from sizer.ui.pages.catalogue_page import CataloguePage
from sizer.ui.widgets.import_issues import ImportIssuesDialog

SHOPIFY = Path(__file__).resolve().parent.parent / "fixtures" / "merchant" / "shopify_products_export.csv"


@pytest.fixture(autouse=True)
def own_store(tmp_path, monkeypatch):
    monkeypatch.setenv("SIZER_MAPPINGS_FILE", str(tmp_path / "mappings.json"))


def _export(tmp_path: Path, gift_card: bool = False, rename_type: tuple[str, str] | None = None) -> Path:
    """The Shopify fixture, with a gift card product added, or one product type renamed."""
    with SHOPIFY.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    at = {name: j for j, name in enumerate(rows[0])}
    if rename_type:
        for row in rows[1:]:
            if row[at["Type"]] == rename_type[0]:
                row[at["Type"]] = rename_type[1]
    if gift_card:
        for n, value in enumerate(("$25.00", "$50.00", "$100.00")):
            row = [""] * len(rows[0])
            row[at["Handle"]], row[at["Option1 Value"]], row[at["Variant SKU"]] = "gift-card", value, f"GIFT-{n}"
            if n == 0:
                row[at["Title"]], row[at["Type"]], row[at["Option1 Name"]] = "Gift Card", "Gift Cards", "Denominations"
            rows.append(row)
    path = tmp_path / "products_export_1.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


class Answers:
    """Answers the modal dialogs as they open, in order: each step gets the dialog of its type."""

    def __init__(self, qtbot, steps: list[tuple[type, Callable[[QWidget], None]]]):
        self.steps, self.seen, self.qtbot = list(steps), [], qtbot
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        if not self.steps:
            return
        kind, act = self.steps[0]
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(10, self._poll)
            return
        self.steps.pop(0)
        self.seen.append(dialog)
        act(dialog)
        QTimer.singleShot(10, self._poll)


def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_change_mapping_reopens_the_step_with_the_current_choices(qtbot, context, tmp_path):
    export = _export(tmp_path)
    proposal = propose_mapping(export)
    proposal.mapping.columns["Variant SKU"] = ""  # the choice the user made last time
    MappingStore().remember(proposal.layout, proposal.mapping, str(export))
    window = MainWindow(context, [CataloguePage])
    qtbot.addWidget(window)
    page = window.page_named("catalogue_page")
    answers = Answers(qtbot, [])
    page.load(export)  # remembered: imports without asking
    assert page.mapped and len(page.catalog) == 3 and not answers.seen
    menu_action = window.findChild(type(page.map_action), "change_mapping")
    assert page.map_action.isEnabled() and menu_action.isEnabled()

    def change_title(dialog):
        # Prefilled with the mapping in use, not a fresh proposal: Variant SKU stays unmapped.
        assert dialog.combos["Variant SKU"].currentData() == ""
        assert dialog.combos["Handle"].currentData() == "listing_id"
        assert "the choices the file was read with" in dialog.findChildren(QLabel)[0].text()
        _choose(dialog.value_combos["male · Men's Sweaters"], NOT_SIZED)
        dialog.grab().save(str(tmp_path / "change_mapping.png"))
        dialog.import_button.click()

    answers = Answers(qtbot, [(CatalogueMappingDialog, change_title)])
    menu_action.trigger()  # File ▸ Change column mapping…
    assert len(answers.seen) == 1
    assert len(page.catalog) == 2 and "merino-crew-jumper" not in page.catalog.listing_ids
    assert "6 rows of products without sizes left out" in page.last_notice
    # Remembered as changed: the next open imports through it at once.
    assert MappingStore().get(proposal.layout).category_values["male · Men's Sweaters"] == NOT_SIZED


def test_a_new_product_type_reopens_a_remembered_mapping(qtbot, context, tmp_path):
    first = _export(tmp_path)
    proposal = propose_mapping(first)
    MappingStore().remember(proposal.layout, proposal.mapping, str(first))
    # The shop's next export: same columns, but a product type the mapping has not seen.
    export = _export(tmp_path, rename_type=("Men's Sweaters", "Men's Knitwear"))
    page = CataloguePage(context)
    qtbot.addWidget(page)

    def choose_the_new_type(dialog):
        combo = dialog.value_combos["male · Men's Knitwear"]
        assert combo.currentData() == "" and not dialog.import_button.isEnabled()
        assert "Men's Knitwear" in dialog.problems.text()
        assert dialog.combos["Handle"].currentData() == "listing_id"  # the rest as remembered
        _choose(combo, "mens_tops")
        dialog.import_button.click()

    answers = Answers(qtbot, [(CatalogueMappingDialog, choose_the_new_type)])
    page.load(export)
    assert len(answers.seen) == 1 and len(page.catalog) == 3 and page.mapped


def test_the_problems_dialog_leads_back_to_the_mapping(qtbot, context, tmp_path):
    export = _export(tmp_path, gift_card=True)
    page = CataloguePage(context)
    qtbot.addWidget(page)
    shown = {}

    def wrong_choice(dialog):
        # The merchant says the gift cards are tops: their rows have no size, an error.
        _choose(dialog.value_combos["Gift Cards"], "womens_tops")
        dialog.import_button.click()

    def look_then_change(dialog: ImportIssuesDialog):
        shown["rows"] = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        shown["texts"] = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
        shown["columns"] = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
        dialog.grab().save(str(tmp_path / "import_issues.png"))
        dialog.change_mapping_button.click()

    def leave_out(dialog):
        assert dialog.value_combos["Gift Cards"].currentData() == "womens_tops"  # as chosen before
        _choose(dialog.value_combos["Gift Cards"], NOT_SIZED)
        dialog.import_button.click()

    answers = Answers(qtbot, [(CatalogueMappingDialog, wrong_choice), (ImportIssuesDialog, look_then_change),
                              (CatalogueMappingDialog, leave_out)])
    page.load(export)
    assert len(answers.seen) == 3
    # One line for the gift card's three rows, in the merchant's own column name.
    with SHOPIFY.open(encoding="utf-8", newline="") as handle:
        last = len(list(csv.reader(handle)))  # the fixture's last row number (the header is row 1)
    assert shown["rows"] == [f"{last + 1}–{last + 3}"] and shown["columns"] == ["Option1 Value"], shown
    assert len(page.catalog) == 3 and "3 rows of products without sizes left out" in page.last_notice


def test_the_mapping_dialog_offers_not_sized_and_proposes_it_for_gift_cards(qtbot, tmp_path):
    export = _export(tmp_path, gift_card=True)
    dialog = CatalogueMappingDialog(propose_mapping(export))
    qtbot.addWidget(dialog)
    combo = dialog.value_combos["Gift Cards"]
    assert combo.currentData() == NOT_SIZED and combo.currentText() == "Not sized: leave out"
    assert dialog.import_button.isEnabled()


def test_the_problems_dialog_names_fields_and_categories_in_words(qtbot, tmp_path):
    """No internal column name or category id in the dialog: the user's header, or the field in words."""
    import openpyxl

    from sizer.catalog.importer import CatalogImportError
    from sizer.catalog.mapping import import_mapped

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Style", "Name", "Type", "Size", "Chest (cm)"])
    # Sizer's own category ids in the cells: the mapping cannot check them before the import.
    # Numbered sizes: letters would be read as the international letters whatever the system says.
    sheet.append(["W-1", "Tee", "womens_tops", "2", "82-86"])
    sheet.append(["W-1", "Tee", "womens_tops", "4", "86-90"])
    path = tmp_path / "sheet.xlsx"
    workbook.save(path)
    mapping = propose_mapping(path).mapping
    assert mapping.columns["Style"] == "listing_id"
    mapping.category_values = {}
    mapping.constants["size_system"] = "MX"  # a system Sizer knows, but not for women's tops
    with pytest.raises(CatalogImportError) as caught:
        import_mapped(path, mapping)
    dialog = ImportIssuesDialog(caught.value, None, can_change_mapping=True)
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount()) for c in range(3)]
    assert cells[:2] == ["2–3", "Size system (every row)"], cells
    shown = " ".join(cells)
    for internal in ("womens_tops", "size_system", "size_label", "listing_id"):
        assert internal not in shown, shown
    assert "Women's tops" in shown and dialog.change_mapping_button is not None


def test_change_mapping_stays_available_when_a_remembered_mapping_fails(qtbot, context, tmp_path):
    """A remembered mapping whose import fails (the user cancels the problems dialog) can still be
    changed: the action is enabled for the file that failed, not greyed until an import works."""
    export = _export(tmp_path, gift_card=True)
    proposal = propose_mapping(export)
    proposal.mapping.category_values["Gift Cards"] = "womens_tops"  # remembered wrongly
    MappingStore().remember(proposal.layout, proposal.mapping, str(export))
    page = CataloguePage(context)
    qtbot.addWidget(page)
    assert not page.map_action.isEnabled()  # the bundled sample: nothing to map

    answers = Answers(qtbot, [(ImportIssuesDialog, lambda dialog: dialog.reject())])
    page.load(export)  # remembered: no mapping step, straight to the problems
    assert len(answers.seen) == 1 and page.path is None  # still the sample
    assert page.map_action.isEnabled() and page.mapped_source[0] == export

    def fix(dialog):
        assert dialog.value_combos["Gift Cards"].currentData() == "womens_tops"
        _choose(dialog.value_combos["Gift Cards"], NOT_SIZED)
        dialog.import_button.click()

    answers = Answers(qtbot, [(CatalogueMappingDialog, fix)])
    page.map_action.trigger()
    assert len(answers.seen) == 1 and page.path == export and len(page.catalog) == 3


def test_the_dialog_says_once_which_categories_lack_the_chosen_system(qtbot, tmp_path):
    dialog = CatalogueMappingDialog(propose_mapping(_export(tmp_path)))
    qtbot.addWidget(dialog)
    _choose(dialog.system, "BR")
    text = dialog.problems.text()
    assert not dialog.import_button.isEnabled() and text.count("\n") == 0
    assert "Men's tops" in text and "mens_tops" not in text
    _choose(dialog.system, "US")
    assert dialog.import_button.isEnabled()


def test_two_spellings_of_one_size_are_said_when_the_app_imports(qtbot, context, tmp_path):
    # QA #1: the Black hoodie's 2XL and the Grey one's XXL are one size; the app says so where the
    # user is looking, and the listing has one XXL with both SKUs.
    export = SHOPIFY.parent / "qa" / "shopify_mixed.csv"
    proposal = propose_mapping(export)
    proposal.mapping.constants["size_system"] = "US"
    proposal.mapping.category_values.update({"Gift Card": NOT_SIZED, "Men's Shoes": "shoes_men",
                                             "Women's Shoes": "shoes_women"})
    MappingStore().remember(proposal.layout, proposal.mapping, str(export))
    window = MainWindow(context, [CataloguePage])
    qtbot.addWidget(window)
    page = window.page_named("catalogue_page")
    answers = Answers(qtbot, [])
    page.load(export)
    assert page.mapped and not answers.seen
    hoodie = next(l for l in page.catalog if l.listing_id == "heavy-hoodie")
    assert [s.label for s in hoodie.sizes] == ["M", "L", "XL", "XXL", "3XL"]
    assert "sizes '2XL', 'XXL' of listing 'heavy-hoodie' (rows 5, 9) name one size" in page.last_notice
