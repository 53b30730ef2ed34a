"""Column mapping: a Shopify export, an Amazon flat file and a Chinese supplier's sheet import
through a proposed (then remembered) mapping; problems come once each, in the file's own terms."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from sizer.catalog.cell_values import parse_measure, unit_in_cell
from sizer.catalog.importer import CatalogImportError
from sizer.catalog.mapping import (NOT_SIZED, ColumnMapping, MappingStore, guess_category, import_mapped,
                                   layout_key, needs_mapping, propose_mapping)
from sizer.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "merchant"
SHOPIFY = FIXTURES / "shopify_products_export.csv"
AMAZON = FIXTURES / "amazon_clothing_flat_file.txt"


@pytest.fixture(autouse=True)
def own_mapping_store(tmp_path, monkeypatch):
    """Every test remembers mappings in its own store, so one test's --remember is not another's."""
    monkeypatch.setenv("SIZER_MAPPINGS_FILE", str(tmp_path / "remembered-mappings.json"))


@pytest.fixture
def store(tmp_path) -> MappingStore:
    return MappingStore(tmp_path / "mappings.json")


def test_shopify_export_variants_become_listings_and_sizes(store):
    proposal = propose_mapping(SHOPIFY, store)
    columns = proposal.mapping.columns
    assert columns["Handle"] == "listing_id" and columns["Title"] == "title"
    assert columns["Option1 Name"] == "option1_name" and columns["Option2 Value"] == "option2_value"
    assert columns["Variant SKU"] == "sku" and columns["Body (HTML)"] == "" and columns["Variant Price"] == ""
    assert proposal.problems == []
    result = import_mapped(SHOPIFY, proposal.mapping)
    catalog = result.catalog
    assert catalog.source == str(SHOPIFY)
    listings = {listing.listing_id: listing for listing in catalog}
    assert set(listings) == {"linen-wrap-dress", "organic-crew-tee", "merino-crew-jumper"}
    # Title is only on a product's first row in a Shopify export: it is carried to every size.
    assert listings["organic-crew-tee"].title == "Organic crew-neck tee"
    # Colour x size: one size row per size (Black and Sand share them); sizes ordered small to large.
    assert [s.label for s in listings["organic-crew-tee"].sizes] == ["S", "M", "L"]
    assert [s.label for s in listings["linen-wrap-dress"].sizes] == ["XS", "S", "M", "L", "XL"]
    assert {l.category for l in catalog} == {"womens_dresses", "womens_tops", "mens_tops"}
    assert listings["merino-crew-jumper"].category == "mens_tops"
    assert all(l.size_system == "INT" for l in catalog)  # letter sizes: the international letters
    # 3 image-only rows and 3 rows of the second colour are not sizes.
    assert "6 rows without a size of their own skipped" in result.description


def test_amazon_flat_file_header_under_two_template_rows(store):
    proposal = propose_mapping(AMAZON, store)
    assert proposal.mapping.header_row == 3  # Amazon's signature row and label row sit above
    columns = proposal.mapping.columns
    assert columns["parent_sku"] == "listing_id" and columns["parent_child"] == "row_kind"
    assert columns["apparel_size"] == "size_label" and columns["size_name"] == ""  # the standard size wins
    assert columns["apparel_height_type"] == ""  # "height type" is a kind, not a stature
    assert proposal.mapping.category_values == {"mens · shirt": "mens_tops"}
    catalog = import_mapped(AMAZON, proposal.mapping).catalog
    (listing,) = list(catalog)
    assert listing.listing_id == "NW-OXF-P" and listing.title == "Northwind Men's Oxford Shirt"  # the parent's
    assert [s.label for s in listing.sizes] == ["S", "M", "L", "XL"] and listing.category == "mens_tops"


def test_amazon_flat_file_as_xlsx(tmp_path, store):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Template"
    with AMAZON.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            sheet.append(row)
    path = tmp_path / "amazon.xlsx"
    workbook.save(path)
    proposal = propose_mapping(path, store)
    assert proposal.mapping.header_row == 3
    assert len(import_mapped(path, proposal.mapping).catalog) == 1


def _supplier_sheet(tmp_path: Path, chest_cells: list[str]) -> Path:
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["2025春季新款 尺码表"])  # a title row above the header
    sheet.append(["款号", "商品名称", "类目", "尺码", "胸围(cm)", "腰围(cm)", "成衣衣长"])
    rows = [("W-2501", "纯棉圆领T恤", "女装T恤", "S", chest_cells[0], "66-70", 60),
            (None, None, None, "M", chest_cells[1], "70-74", 62),  # merged cells read as empty
            (None, None, None, "L", chest_cells[2], "74-78", 64)]
    for row in rows:
        sheet.append(list(row))
    path = tmp_path / "supplier.xlsx"
    workbook.save(path)
    return path


def test_chinese_supplier_sheet_with_ranges_and_merged_cells(tmp_path, store):
    path = _supplier_sheet(tmp_path, ["82-86", "86–90", "90/94"])
    proposal = propose_mapping(path, store)
    columns = proposal.mapping.columns
    assert proposal.mapping.header_row == 2
    assert columns["款号"] == "listing_id" and columns["商品名称"] == "title" and columns["尺码"] == "size_label"
    assert columns["胸围(cm)"] == "chest_girth_range" and columns["腰围(cm)"] == "waist_girth_range"
    assert columns["成衣衣长"] == ""  # garment length: no body dimension
    assert proposal.mapping.category_values == {"女装T恤": "womens_tops"}
    (listing,) = list(import_mapped(path, proposal.mapping).catalog)
    assert listing.listing_id == "W-2501" and listing.title == "纯棉圆领T恤"
    assert [s.body_ranges_cm["bust_girth"] for s in listing.sizes] == [(82, 86), (86, 90), (90, 94)]  # a women's 胸围 is her bust


def test_one_message_per_problem_in_the_files_own_terms(tmp_path, store):
    path = _supplier_sheet(tmp_path, ["82-86", "eighty", "90-94"])
    mapping = propose_mapping(path, store).mapping
    mapping.category_values = {}
    with pytest.raises(CatalogImportError) as caught:
        import_mapped(path, mapping)
    issues = caught.value.issues
    # The unknown category is said once for its rows (row 4 is left out for its chest cell), in the
    # file's own column name and row numbers.
    category = [i for i in issues if i.column == "类目"]
    assert len(category) == 1 and category[0].row == 3 and category[0].rows == (3, 5)
    assert str(category[0]).startswith("rows 3, 5, column '类目': ")
    assert any(i.column == "胸围(cm)" and i.row == 4 and "'eighty'" in i.reason for i in issues)
    # the list of categories once, not per row (womens_trousers_plus is another category)
    assert str(caught.value).replace("womens_trousers_plus", "").count("womens_trousers") == 1


def test_remembered_per_layout(tmp_path, store):
    proposal = propose_mapping(SHOPIFY, store)
    assert not proposal.remembered
    proposal.mapping.constants["fit"] = "slim"
    store.remember(proposal.layout, proposal.mapping, str(SHOPIFY))
    # Another export of the same shop: other rows, same columns (case aside) -> the same mapping.
    other = tmp_path / "products_export_2.csv"
    text = SHOPIFY.read_text(encoding="utf-8")
    other.write_text(text.replace("Handle,Title", "handle,title", 1), encoding="utf-8")
    again = propose_mapping(other, store)
    assert again.remembered and again.mapping.constants["fit"] == "slim"
    assert again.layout == layout_key(proposal.header)
    catalog = import_mapped(other, again.mapping).catalog
    assert all(listing.fit.value == "slim" for listing in catalog)


def test_mapping_problems_name_what_is_missing():
    mapping = ColumnMapping(1, {"Name": "title", "Colour": "variant"})
    problems = mapping.problems()
    assert any("listing id" in p for p in problems) and any("size" in p for p in problems)
    assert any("category" in p for p in problems)
    with pytest.raises(Exception, match="unknown target"):
        ColumnMapping.from_json({"columns": {"A": "chest_grith_min"}})


def test_needs_mapping_only_for_foreign_layouts(tmp_path):
    from sizer.catalog.importer import sample_catalog_path

    assert not needs_mapping(sample_catalog_path())
    assert needs_mapping(SHOPIFY) and needs_mapping(AMAZON)


@pytest.mark.parametrize("cell, expected", [
    ("34-36", (34, 36)), ("34–36", (34, 36)), ("34/36", (34, 36)), ("34 to 36", (34, 36)), ("36-34", (34, 36)),
    ("34½-36", (34.5, 36)), ("92,5", (92.5, 92.5)), ('34-36"', (34, 36)), ("86 cm", (86, 86)), (88, (88, 88)),
    ("34 1/2", (34.5, 34.5)), ("M", None), ("", None), ("86~90厘米", (86, 90))])
def test_measure_cells(cell, expected):
    assert parse_measure(cell) == expected


def test_units_in_cells():
    assert unit_in_cell('34-36"') == "in" and unit_in_cell("34 in") == "in" and unit_in_cell("86 cm") == "cm"
    assert unit_in_cell("34-36") is None


@pytest.mark.parametrize("text, category", [
    ("Women's T-Shirts", "womens_tops"), ("male · Men's Sweaters", "mens_tops"), ("mens · shirt", "mens_tops"),
    ("Apparel & Accessories > Clothing > Dresses", "womens_dresses"), ("女装T恤", "womens_tops"),
    ("Kids' Pants", "kids_clothing"), ("Women's sneakers", "shoes_women"), ("Gift card", "not_sized"),
    ("Tote bags", "not_sized"), ("Homeware", None)])
def test_category_guesses(text, category):
    assert guess_category(text) == category


def test_cli_map_remember_then_check(capsys, tmp_path):
    code = main(["catalog", "map", str(AMAZON), "--json"])
    out = capsys.readouterr().out
    assert code == 0 and json.loads(out)["mapping"]["columns"]["parent_sku"] == "listing_id"
    code = main(["catalog", "check", str(AMAZON), "--mapping", "remembered"])
    assert code == 2 and "no mapping is remembered" in capsys.readouterr().err
    out_file = tmp_path / "catalogue.csv"
    assert main(["catalog", "map", str(AMAZON), "--remember", "--out", str(out_file)]) == 0
    capsys.readouterr()
    assert main(["catalog", "check", str(AMAZON), "--mapping", "remembered", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["listings"] == 1
    assert main(["catalog", "check", str(out_file)]) == 0  # Sizer's own format from then on
    capsys.readouterr()


def test_cli_map_reports_an_incomplete_mapping(capsys, tmp_path):
    saved = tmp_path / "m.json"
    code = main(["catalog", "map", str(SHOPIFY), "--set", "Handle=", "--set", "Variant SKU=", "--save-mapping",
                 str(saved)])
    out = capsys.readouterr().out
    assert code == 2 and "problem: no column is the listing id" in out
    assert json.loads(saved.read_text(encoding="utf-8"))["columns"]["Handle"] == ""
    code = main(["catalog", "map", str(SHOPIFY), "--set", "Nope=title"])
    assert code == 2 and "the file has no such column" in capsys.readouterr().err


def test_check_on_a_foreign_file_says_once_how_to_map_it(capsys, tmp_path):
    other = tmp_path / "products_export.csv"
    other.write_bytes(SHOPIFY.read_bytes())
    code = main(["catalog", "check", str(other)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "sizer catalog map" in err and "Handle -> listing_id" in err
    assert "valid:" not in err  # not the column list once per column
    assert main(["catalog", "map", str(other), "--remember"]) == 0
    capsys.readouterr()
    assert main(["catalog", "check", str(other)]) == 0
    captured = capsys.readouterr()
    assert "3 listings, 13 sizes" in captured.out and "remembered" in captured.err


def test_columns_named_nothing_useful_are_recognised_by_content(tmp_path):
    path = tmp_path / "supplier.csv"
    path.write_text("Ref,Texte article,Taille du modele,Tour de poitrine (cm)\n"
                    "A-1,Chemise en lin manches longues,S,86-90\nA-1,Chemise en lin manches longues,M,90-94\n"
                    "A-1,Chemise en lin manches longues,L,94-98\n", encoding="utf-8")
    proposal = propose_mapping(path)
    columns, reasons = proposal.mapping.columns, proposal.reasons
    assert columns["Taille du modele"] == "size_label" and reasons["Taille du modele"] == "content"
    assert columns["Texte article"] == "title" and reasons["Texte article"] == "content"
    assert columns["Ref"] == ""  # an id is not guessed: the user picks it, and the step says so
    assert any("listing id" in p for p in proposal.problems)


@pytest.mark.parametrize("encoding, delimiter", [("gb18030", ","), ("utf-16", "\t"), ("utf-8-sig", ";")])
def test_supplier_csv_in_the_encodings_and_dialects_excel_saves(tmp_path, encoding, delimiter):
    rows = [["款号", "商品名称", "类目", "尺码", "胸围"], ["W-1", "真丝衬衫", "女装衬衫", "S", "82-86"],
            ["W-1", "真丝衬衫", "女装衬衫", "M", "86-90"]]
    path = tmp_path / "supplier.csv"
    path.write_bytes("\r\n".join(delimiter.join(r) for r in rows).encode(encoding))
    proposal = propose_mapping(path)
    assert proposal.problems == []
    (listing,) = list(import_mapped(path, proposal.mapping).catalog)
    assert listing.title == "真丝衬衫" and listing.category == "womens_tops"
    assert [s.body_ranges_cm["bust_girth"] for s in listing.sizes] == [(82, 86), (86, 90)]


def test_shopifys_newer_export_headers(tmp_path):
    # Shopify's current product CSV names the columns "URL handle", "Option1 name", "SKU", "Product category".
    path = tmp_path / "products_export.csv"
    path.write_text(
        "Title,URL handle,Description,Vendor,Product category,Type,Option1 name,Option1 value,Option2 name,"
        "Option2 value,SKU,Price,Status\n"
        "Relaxed chinos,relaxed-chinos,<p>Cotton twill</p>,Northwind,Apparel & Accessories > Clothing > Pants,"
        "Men's Pants,Size,S,Colour,Khaki,RC-S-K,59.00,active\n"
        ",relaxed-chinos,,,,,,M,,Khaki,RC-M-K,59.00,\n"
        ",relaxed-chinos,,,,,,M,,Navy,RC-M-N,59.00,\n"
        ",relaxed-chinos,,,,,,L,,Khaki,RC-L-K,59.00,\n", encoding="utf-8")
    proposal = propose_mapping(path)
    columns = proposal.mapping.columns
    assert columns["URL handle"] == "listing_id" and columns["SKU"] == "sku" and columns["Option1 name"] == "option1_name"
    (listing,) = list(import_mapped(path, proposal.mapping).catalog)
    assert listing.listing_id == "relaxed-chinos" and listing.category == "mens_trousers"
    assert [s.label for s in listing.sizes] == ["S", "M", "L"]
    # Labels the chart's US trouser sizes do not have: one message names them all, with the valid
    # labels once.
    path.write_text(path.read_text(encoding="utf-8").replace(",S,", ",T1,").replace(",M,", ",T2,")
                    .replace(",L,", ",T3,"), encoding="utf-8")
    proposal.mapping.constants["size_system"] = "US"
    with pytest.raises(CatalogImportError) as caught:
        import_mapped(path, proposal.mapping)
    (issue,) = caught.value.issues
    assert issue.column == "Option1 value" and issue.row == 2
    assert "'T1', 'T2' (row 3), 'T3' (row 5)" in issue.reason and issue.reason.count("valid") == 1


# -- products without sizes, and one message per mistake (the QA tester's findings) ----------------
def _shopify_with_gift_card(tmp_path: Path) -> Path:
    """The fixture export plus a gift card: Shopify writes it as a product with Denominations options."""
    with SHOPIFY.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    at = {name: j for j, name in enumerate(header)}
    for n, value in enumerate(("$25.00", "$50.00", "$100.00")):
        row = [""] * len(header)
        row[at["Handle"]] = "gift-card"
        row[at["Option1 Value"]] = value
        row[at["Variant SKU"]] = f"GIFT-{n}"
        if n == 0:
            row[at["Title"]], row[at["Type"]], row[at["Option1 Name"]] = "Gift Card", "Gift Cards", "Denominations"
            row[at["Gift Card"]] = "true"
        rows.append(row)
    path = tmp_path / "products_export_gift.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_a_product_without_sizes_is_left_out_on_purpose_and_counted(tmp_path, store):
    path = _shopify_with_gift_card(tmp_path)
    proposal = propose_mapping(path, store)
    # Proposed as "not sized" (the user can change it); its rows are no problem, only counted.
    assert proposal.mapping.category_values["Gift Cards"] == NOT_SIZED
    result = import_mapped(path, proposal.mapping)
    assert result.issues == [] and result.not_sized == 3 and "gift-card" not in result.catalog.listing_ids
    assert len(result.catalog) == 3 and "3 rows of products without sizes left out" in result.description
    # Without that choice the same rows are problems (the gift card has no size option).
    proposal.mapping.category_values["Gift Cards"] = "womens_tops"
    with pytest.raises(CatalogImportError):
        import_mapped(path, proposal.mapping)


def test_cli_maps_a_category_to_not_sized(tmp_path, capsys):
    path = _shopify_with_gift_card(tmp_path)
    out = tmp_path / "catalogue.csv"
    code = main(["catalog", "map", str(path), "--category-value", "Gift Cards=not_sized", "--out", str(out)])
    printed = capsys.readouterr().out
    assert code == 0 and "3 rows of products without sizes left out" in printed
    assert "gift-card" not in out.read_text(encoding="utf-8-sig")


def test_a_bad_constant_is_one_message_before_any_row_is_read(capsys):
    code = main(["catalog", "map", str(SHOPIFY), "--constant", "size_system=auto", "--out", "never.csv"])
    captured = capsys.readouterr()
    problems = [line for line in captured.out.splitlines() if line.strip().startswith("problem:")]
    assert code == 2 and len(problems) == 1
    assert "size system for every row: Sizer does not know 'auto'; valid: INT, US" in problems[0]
    assert "row " not in problems[0].replace("every row", "") and not Path("never.csv").exists()
    mapping = propose_mapping(SHOPIFY, MappingStore(Path("/nonexistent/m.json"))).mapping
    mapping.constants["fit"] = "baggy"
    assert [p.code for p in mapping.problems()] == ["mapping_bad_constant_value"]
    mapping.constants["fit"] = "Slim"  # case aside, a fit Sizer knows
    assert mapping.problems() == []


def test_problems_come_once_each_in_row_order_in_the_files_own_terms(tmp_path, store):
    """Each mistake once, with its rows as runs; the file's own headers, never Sizer's column names;
    a value the mapping sets for every row named in words."""
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Style", "Name", "Type", "Size", "Chest (cm)"])
    # The type cells hold Sizer's own category ids, so the mapping cannot know them before the import.
    # Numbered sizes: letters would be read as the international letters whatever the system says.
    for size, chest in (("2", "82-86"), ("4", "eighty"), ("6", "90-94"), ("8", "94-98")):
        sheet.append(["W-1", "Tee", "womens_tops", size, chest])
    path = tmp_path / "sheet.xlsx"
    workbook.save(path)
    mapping = propose_mapping(path, store).mapping
    mapping.category_values = {}
    mapping.constants["size_system"] = "MX"  # a system Sizer knows, but women's tops have no MX labels
    with pytest.raises(CatalogImportError) as caught:
        import_mapped(path, mapping)
    issues = caught.value.issues
    assert [i.row for i in issues] == sorted(i.row for i in issues)
    systems = [i for i in issues if "size system" in str(i).lower()]
    assert len(systems) == 1 and systems[0].rows == (2, 4, 5)
    assert str(systems[0]).startswith("rows 2, 4–5, Size system (every row): ")
    assert systems[0].column == "Size system (every row)"
    text = str(caught.value)
    for internal in ("size_system", "size_label", "chest_girth_min", "listing_id"):
        assert internal not in text


def test_a_system_some_mapped_category_lacks_is_one_message_naming_them(capsys):
    """BR for every row, with men's tops among the categories (their chart has no BR labels): one
    problem before the import, not one per category and row."""
    code = main(["catalog", "map", str(SHOPIFY), "--constant", "size_system=BR", "--out", "never.csv"])
    problems = [line for line in capsys.readouterr().out.splitlines() if line.strip().startswith("problem:")]
    assert code == 2 and len(problems) == 1 and not Path("never.csv").exists()
    assert "size system 'BR' for every row: the charts of Men's tops have no labels in it" in problems[0]
    mapping = propose_mapping(SHOPIFY, MappingStore(Path("/nonexistent/m.json"))).mapping
    mapping.constants["size_system"] = "us"  # every mapped category has US labels
    assert mapping.problems() == []


QA = FIXTURES / "qa"  # a QA tester's hand-made Shopify and Amazon exports (issue 17 QA report)


def _qa_mapping(path: Path, store: MappingStore, **constants) -> ColumnMapping:
    mapping = propose_mapping(path, store).mapping
    mapping.constants.update(constants)
    mapping.category_values.update({"Gift Card": NOT_SIZED, "Men's Shoes": "shoes_men",
                                    "Women's Shoes": "shoes_women"})
    return mapping


def test_a_labels_own_system_wins_over_the_constant(store):
    # --constant size_system=US is for the trail runner's bare "7, 7.5 ..."; the sneaker's "EU 37"
    # says its own system and keeps it (QA #10: it was read as an unknown US label).
    result = import_mapped(QA / "shopify_mixed.csv", _qa_mapping(QA / "shopify_mixed.csv", store, size_system="US"),
                           accept_valid_rows=True)
    listings = {listing.listing_id: listing for listing in result.catalog}
    assert listings["city-sneaker-eu"].size_system == "EU"
    assert [s.label for s in listings["city-sneaker-eu"].sizes] == ["37", "38", "39", "40", "41"]
    assert listings["trail-runner-us"].size_system == "US"
    assert not [i for i in result.issues if i.row in range(23, 28)]


def test_an_empty_gender_is_not_carried_into_the_next_product(store):
    # Shopify carries values down within one Handle only: the tee after a female dress has no
    # gender, so the proposal and the import both read its type alone (QA #8).
    path = QA / "shopify_gender_carry.csv"
    proposal = propose_mapping(path, store)
    assert set(proposal.category_texts) == {"female · Dresses", "T-Shirts"}
    proposal.mapping.category_values["T-Shirts"] = "mens_tops"
    listings = {l.listing_id: l for l in import_mapped(path, proposal.mapping).catalog}
    assert listings["unisex-cap-tee"].category == "mens_tops" and listings["unisex-cap-tee"].segment != "women"
    assert listings["wrap-dress"].category == "womens_dresses"


def test_two_spellings_of_one_size_are_one_size_with_every_sku(store):
    # The Black hoodie writes 2XL, the Grey one XXL: two colours of one size (QA #1). One size row,
    # spelled as the chart spells it, keeping both SKUs, and a note that says so.
    result = import_mapped(QA / "shopify_mixed.csv", _qa_mapping(QA / "shopify_mixed.csv", store),
                           accept_valid_rows=True)
    hoodie = next(l for l in result.catalog if l.listing_id == "heavy-hoodie")
    assert [s.label for s in hoodie.sizes] == ["M", "L", "XL", "XXL", "3XL"]
    xxl = next(s for s in hoodie.sizes if s.label == "XXL")
    assert xxl.skus == ("HH-BLK-2XL", "HH-GRY-XXL") and xxl.sku == "HH-BLK-2XL"
    [note] = result.notes
    assert note.code == "same_size_merged"
    assert str(note) == ("sizes '2XL', 'XXL' of listing 'heavy-hoodie' (rows 5, 9) name one size: imported as one "
                         "size, 'XXL', keeping every SKU")


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


SHOPIFY_HEAD = ["Handle", "Title", "Type", "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value",
                "Variant SKU"]


def test_half_sizes_written_three_ways_are_one_size(tmp_path, store):
    path = _write(tmp_path / "shoes.csv", [
        SHOPIFY_HEAD,
        ["runner", "Runner", "Men's Shoes", "Size", "7", "Color", "Olive", "R-OL-7"],
        ["runner", "", "", "", "7½", "", "Olive", "R-OL-75"],
        ["runner", "", "", "", "7.5", "", "Black", "R-BK-75"],
        ["runner", "", "", "", "7 1/2", "", "Red", "R-RD-75"],
        ["runner", "", "", "", "8", "", "Olive", "R-OL-8"]])
    result = import_mapped(path, _qa_mapping(path, store, size_system="US"))
    [runner] = result.catalog
    assert len(runner.sizes) == 3
    half = runner.sizes[1]
    assert half.skus == ("R-OL-75", "R-BK-75", "R-RD-75")
    assert half.label == "7½"  # the chart's own spelling
    assert [n.code for n in result.notes] == ["same_size_merged"]


def test_one_size_spelled_twice_with_different_measurements_is_refused(tmp_path, store):
    path = _write(tmp_path / "hoodie.csv", [
        [*SHOPIFY_HEAD, "Chest (cm)"],
        ["hoodie", "Hoodie", "Hoodie", "Size", "XL", "Color", "Black", "H-BK-XL", "108-116"],
        ["hoodie", "", "", "", "2XL", "", "Black", "H-BK-2XL", "116-124"],
        ["hoodie", "", "", "", "XXL", "", "Grey", "H-GR-XXL", "120-128"],
        ["hoodie", "", "", "", "XL", "", "Grey", "H-GR-XL", "108-116"]])
    mapping = _qa_mapping(path, store)
    mapping.category_values["Hoodie"] = "mens_tops"
    assert mapping.columns["Chest (cm)"] == "chest_girth_range"
    with pytest.raises(CatalogImportError) as refused:
        import_mapped(path, mapping)
    text = str(refused.value)
    assert "sizes '2XL', 'XXL' of listing 'hoodie' (rows 3–4) name one size but give different measurements" in text
    result = import_mapped(path, mapping, accept_valid_rows=True)
    assert [s.label for s in next(iter(result.catalog)).sizes] == ["XL"] and not result.notes
    # The same measurements: one size, as without measurements.
    rows = list(csv.reader(path.open(encoding="utf-8")))
    rows[3][-1] = "116-124"
    merged = import_mapped(_write(path, rows), mapping)
    assert [s.label for s in next(iter(merged.catalog)).sizes] == ["XL", "XXL"]
    assert next(iter(merged.catalog)).sizes[1].skus == ("H-BK-2XL", "H-GR-XXL")


def test_amazons_coded_sizes_and_classes_are_read(store):
    # QA #11: as1 / alpha / x_s ... as Amazon's newer templates write them. Letter sizes of the
    # alpha class are the international letters whatever the system code says.
    path = QA / "amazon_flat_file_codes.txt"
    result = import_mapped(path, propose_mapping(path, store).mapping)
    listings = {l.listing_id: l for l in result.catalog}
    polo = listings["NW-POLO"]
    assert polo.size_system == "INT"
    assert [s.label for s in polo.sizes] == ["S", "M", "L", "XXL", "3XL"]
    assert polo.sizes[3].sku == "NW-POLO-NVY-XXL"


def test_amazons_coded_size_system_is_refused_with_the_plain_values_to_write(tmp_path, store):
    # Which system "as1" stands for is not published: the numeric jeans, which need one, are
    # refused with a message that says so and names the values to write instead.
    text = (QA / "amazon_flat_file_codes.txt").read_text(encoding="utf-8")
    path = tmp_path / "codes.txt"
    path.write_text(text.replace("\tUS\tNumeric\t", "\tas1\tnumeric\t"), encoding="utf-8")
    mapping = propose_mapping(path, store).mapping
    with pytest.raises(CatalogImportError) as refused:
        import_mapped(path, mapping)
    message = str(refused.value)
    assert "column 'apparel_size_system': 'as1' (listing 'NW-JEAN') is Amazon's code for a size system" in message
    assert "write the system itself (INT, US, UK" in message and "AS1" not in message
    result = import_mapped(path, mapping, accept_valid_rows=True)
    assert {l.listing_id for l in result.catalog} == {"NW-POLO", "NW-KDRESS"}
