"""Catalogue import: tables of body ranges, garment measurements and chart labels; every error."""
from __future__ import annotations

import codecs

import numpy as np
import openpyxl
import pytest

from fake_charts import fake_charts  # noqa: F401  (fixture)
from sizer.catalog.ease import load_ease_table
from sizer.catalog.importer import CatalogImportError, import_catalog, load_catalog
from sizer.catalog.model import FitIntent, Stretch, TableSource
from sizer.errors import DataFileError

pytestmark = pytest.mark.usefixtures("fake_charts")

HEADER = "listing_id,title,category,size_label,size_system,fit,stretch,chest_girth_min,chest_girth_max,garment_waist_girth"
GOOD_ROWS = [
    "T1,Basic tee,mens_tops,M,INT,regular,none,94,100,",
    "T1,Basic tee,mens_tops,S,INT,regular,none,88,94,",
    "T1,Basic tee,mens_tops,L,INT,regular,none,100,106,",
    "S1,Slim shirt,mens_shirts,M,,slim,some,,,90",
    "C1,Chart tee,mens_tops,48,EU,,,,,",
    "C1,Chart tee,mens_tops,50,EU,,,,,",
]


def write_csv(tmp_path, rows, header=HEADER, name="catalog.csv", encoding="utf-8", delimiter=","):
    path = tmp_path / name
    lines = [header] + list(rows)
    text = "\n".join(line.replace(",", delimiter) for line in lines) + "\n"
    path.write_bytes(text.encode(encoding))
    return path


def issues_of(tmp_path, rows, header=HEADER):
    with pytest.raises(CatalogImportError) as caught:
        import_catalog(write_csv(tmp_path, rows, header))
    return caught.value.issues


def test_imports_range_garment_and_chart_tables(tmp_path):
    result = import_catalog(write_csv(tmp_path, GOOD_ROWS))
    catalog = result.catalog
    assert len(catalog) == 3 and result.rows_imported == 6 and not result.issues
    assert catalog.dimensions == ("chest_girth", "waist_girth")
    tee = catalog.listing("T1")
    assert [s.label for s in tee.sizes] == ["S", "M", "L"]  # ordered small to large, whatever the file order
    assert tee.size("M").body_ranges_cm == {"chest_girth": (94.0, 100.0)}
    assert tee.sizes[0].source is TableSource.BODY_RANGES

    shirt = catalog.listing("S1")
    assert (shirt.fit, shirt.stretch, shirt.size_system) == (FitIntent.SLIM, Stretch.SOME, "")
    entry = shirt.size("M")
    assert entry.source is TableSource.GARMENT and entry.garment_cm == {"waist_girth": 90.0}
    # The documented ease: slim waist 3–8 cm, plus 3 % of the garment girth for some stretch.
    ease_min, ease_max = load_ease_table().ease_cm("mens_shirts", "waist_girth", FitIntent.SLIM)
    low, high = entry.body_ranges_cm["waist_girth"]
    assert low == pytest.approx(90 - ease_max) and high == pytest.approx(90 - ease_min + 0.03 * 90, abs=1e-4)

    chart = catalog.listing("C1")
    assert chart.size("48").source is TableSource.CHART
    assert chart.size("48").body_ranges_cm == {"chest_girth": (94.0, 100.0), "waist_girth": (82.0, 88.0)}


def test_trouser_waist_uses_its_category_override():
    table = load_ease_table()
    assert table.ease_cm("mens_trousers", "waist_girth", FitIntent.REGULAR) != \
        table.ease_cm("mens_tops", "waist_girth", FitIntent.REGULAR)


def test_lengths_never_stretch():
    table = load_ease_table()
    none = table.body_range_cm("mens_trousers", "inside_leg", 80, FitIntent.REGULAR, Stretch.NONE)
    high = table.body_range_cm("mens_trousers", "inside_leg", 80, FitIntent.REGULAR, Stretch.HIGH)
    assert none == high


def test_inch_columns_and_open_ended_ranges(tmp_path):
    header = "listing_id,title,category,size_label,chest_girth_min_in,chest_girth_max_in,waist_girth_max"
    catalog = import_catalog(write_csv(tmp_path, ["J1,Jacket,mens_tops,M,38,40,", "J1,Jacket,mens_tops,S,,38,80"],
                                       header)).catalog
    jacket = catalog.listing("J1")
    assert jacket.size("M").body_ranges_cm["chest_girth"] == pytest.approx((96.52, 101.6))
    # S has no minimum: it reaches down to the plausible end of the dimension.
    assert jacket.size("S").body_ranges_cm["chest_girth"][0] == 40.0
    assert jacket.size("S").body_ranges_cm["waist_girth"] == (38.0, 80.0)


@pytest.mark.parametrize("encoding,delimiter", [
    ("utf-8-sig", ","), ("utf-16", ";"), ("gb18030", "\t"), ("utf-8", "|"), ("cp1252", ";")])
def test_encodings_and_delimiters_are_sniffed(tmp_path, encoding, delimiter):
    title = {"gb18030": "纯棉T恤", "cp1252": "Chemise côtelée"}.get(encoding, "Tee ✓")
    rows = [f"T1,{title},mens_tops,M,INT,regular,none,94,100,"]
    path = write_csv(tmp_path, rows, encoding=encoding, delimiter=delimiter)
    if encoding == "utf-8-sig":
        assert path.read_bytes().startswith(codecs.BOM_UTF8)
    result = import_catalog(path)
    assert result.catalog.listing("T1").title == title


def test_decimal_comma_from_a_european_spreadsheet(tmp_path):
    path = tmp_path / "eu.csv"
    path.write_text("listing_id;title;category;size_label;chest_girth_min;chest_girth_max\n"
                    "T1;Tee;mens_tops;M;94,5;100,5\n", encoding="utf-8")
    assert load_catalog(path).listing("T1").size("M").body_ranges_cm["chest_girth"] == (94.5, 100.5)


def test_xlsx_imports_like_csv(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER.split(","))
    for row in GOOD_ROWS:
        cells = [c if c else None for c in row.split(",")]
        sheet.append([float(c) if c and c.replace(".", "").isdigit() and i >= 7 else c for i, c in enumerate(cells)])
    sheet.append([None] * 10)  # blank rows are skipped
    path = tmp_path / "catalog.xlsx"
    workbook.save(path)
    from_xlsx = load_catalog(path)
    from_csv = load_catalog(write_csv(tmp_path, GOOD_ROWS))
    assert from_xlsx.listing_ids.tolist() == from_csv.listing_ids.tolist()
    np.testing.assert_array_equal(from_xlsx.body_min_cm, from_csv.body_min_cm)
    assert from_xlsx.size_labels.tolist() == from_csv.size_labels.tolist()  # 48.0 read back as "48"


def test_title_rows_above_the_header_are_skipped(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Spring collection size tables"])
    sheet.append([])
    sheet.append(["listing_id", "title", "category", "size_label", "chest_girth_min", "chest_girth_max"])
    sheet.append(["T1", "Tee", "mens_tops", "M", 94, 100])
    sheet.append(["T1", "Tee", "mens_tops", "L", "wide", 106])
    path = tmp_path / "titled.xlsx"
    workbook.save(path)
    result = import_catalog(path, accept_valid_rows=True)
    assert result.catalog.listing("T1").size("M").body_ranges_cm == {"chest_girth": (94.0, 100.0)}
    assert "header in row 3" in result.description
    assert [(i.row, i.column) for i in result.issues] == [(5, "chest_girth_min")]  # rows as the sheet numbers them


def test_xlsx_errors_name_the_sheet_row(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["listing_id", "title", "category", "size_label", "chest_girth_min", "chest_girth_max"])
    workbook.active.append(["T1", "Tee", "mens_tops", "M", "wide", 100])
    path = tmp_path / "bad.xlsx"
    workbook.save(path)
    with pytest.raises(CatalogImportError) as caught:
        import_catalog(path)
    assert [(i.row, i.column) for i in caught.value.issues] == [(2, "chest_girth_min")]


# Every row-level error: (row, expected column, words the reason must contain).
ROW_ERRORS = [
    (",Tee,mens_tops,M,INT,,,94,100,", "listing_id", "empty"),
    ("X1,,mens_tops,M,INT,,,94,100,", "title", "empty"),
    ("X1,Tee,mens_top,M,INT,,,94,100,", "category", "did you mean 'mens_tops'"),
    ("X1,Tee,mens_tops,,INT,,,94,100,", "size_label", "empty"),
    ("X1,Tee,mens_tops,M,USA,,,94,100,", "size_system", "valid: INT, EU, US"),
    ("X1,Tee,mens_tops,M,INT,skinny,,94,100,", "fit", "valid: slim, regular, relaxed"),
    ("X1,Tee,mens_tops,M,INT,,stretchy,94,100,", "stretch", "valid: none, some, high"),
    ("X1,Tee,mens_tops,M,INT,,,wide,100,", "chest_girth_min", "not a number"),
    ("X1,Tee,mens_tops,M,INT,,,-94,100,", "chest_girth_min", "positive"),
    ("X1,Tee,mens_tops,M,INT,,,30,100,", "chest_girth_min", "_in"),  # inches typed into cm columns
    ("X1,Tee,mens_tops,M,INT,,,100,94,", "chest_girth_min", "swap"),
    ("X1,Tee,mens_tops,M,INT,,,,,900", "garment_waist_girth", "plausible"),
    ("X1,Tee,mens_tops,M,,,,,,", "size_system", "standard chart"),
    ("X1,Tee,mens_tops,XXXL,INT,,,,,", "size_label", "valid: S, M, L, XL"),
]


@pytest.mark.parametrize("row,column,words", ROW_ERRORS, ids=[e[1] + "-" + e[2][:12] for e in ROW_ERRORS])
def test_every_row_error_names_row_column_and_reason(tmp_path, row, column, words):
    issues = issues_of(tmp_path, GOOD_ROWS + [row])
    assert [(i.row, i.column) for i in issues] == [(len(GOOD_ROWS) + 2, column)]
    assert words in issues[0].reason


def test_both_garment_and_body_range_for_one_dimension(tmp_path):
    header = "listing_id,title,category,size_label,waist_girth_min,waist_girth_max,garment_waist_girth"
    issues = issues_of(tmp_path, ["X1,Tee,mens_tops,M,80,86,95"], header)
    assert issues[0].column == "garment_waist_girth" and "not both" in issues[0].reason


def test_rows_of_one_listing_must_agree(tmp_path):
    issues = issues_of(tmp_path, GOOD_ROWS + ["T1,Other title,mens_tops,XL,INT,regular,none,106,112,",
                                              "T1,Basic tee,mens_tops,M,INT,regular,none,94,100,"])
    assert [(i.row, i.column) for i in issues] == [(8, "title"), (9, "size_label")]
    assert "row 2" in issues[0].reason and "already has size 'M'" in issues[1].reason


@pytest.mark.parametrize("header,column,words", [
    (HEADER + ",chest_grith_max", "chest_grith_max", "did you mean 'chest_girth_max'"),
    (HEADER.replace("title,", ""), "title", "required column missing"),
    (HEADER + ",Chest Girth Min", "Chest Girth Min", "same column"),
    (HEADER + ",garment_stature", "garment_stature", "no ease"),
    (HEADER + ",chest_girth", "chest_girth", "unknown column"),
])
def test_header_errors_stop_the_import_even_when_accepting_valid_rows(tmp_path, header, column, words):
    with pytest.raises(CatalogImportError) as caught:
        import_catalog(write_csv(tmp_path, [], header), accept_valid_rows=True)
    issue = caught.value.issues[-1]
    assert issue.row is None and issue.column == column and words in issue.reason


def test_a_file_with_errors_imports_nothing_unless_valid_rows_are_accepted(tmp_path):
    rows = GOOD_ROWS + ["X1,Tee,mens_tops,M,INT,,,wide,100,", "X2,Tee,nope,M,INT,,,94,100,"]
    path = write_csv(tmp_path, rows)
    with pytest.raises(CatalogImportError) as caught:
        import_catalog(path)
    message = str(caught.value)
    assert "2 problems; nothing was imported" in message and "6 valid rows" in message
    assert "row 8, column 'chest_girth_min'" in message and "row 9, column 'category'" in message
    result = import_catalog(path, accept_valid_rows=True)
    assert len(result.catalog) == 3 and result.rows_imported == 6 and len(result.issues) == 2


def test_no_valid_rows_is_an_error_even_when_accepting(tmp_path):
    with pytest.raises(CatalogImportError, match="1 problem"):
        import_catalog(write_csv(tmp_path, ["X1,Tee,nope,M,INT,,,94,100,"]), accept_valid_rows=True)
    with pytest.raises(CatalogImportError, match="no data rows"):
        import_catalog(write_csv(tmp_path, []))


@pytest.mark.parametrize("name,content,words", [
    ("missing.csv", None, "file not found"),
    ("catalog.ods", b"x", "unknown catalogue format"),
    ("empty.csv", b"", "empty"),
    ("broken.xlsx", b"not a zip", "not a readable XLSX"),
])
def test_unreadable_files(tmp_path, name, content, words):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DataFileError, match=words):
        import_catalog(path)
