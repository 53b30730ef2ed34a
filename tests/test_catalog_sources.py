"""Catalogue files as real programs write them: code pages, XLSX as the user sees it, hostile
workbooks, and the validation rules both import paths share."""
from __future__ import annotations

import datetime
import io
import zipfile

import numpy as np
import openpyxl
import pytest

import sizer.catalog.importer as importer
import sizer.catalog.xlsx_reading as xlsx_reading
from fake_charts import fake_charts  # noqa: F401  (fixture)
from sizer.catalog.importer import CatalogImportError, import_catalog
from sizer.catalog.reading import RawTable, detect_encoding
from sizer.errors import DataFileError

pytestmark = pytest.mark.usefixtures("fake_charts")

HEADER = ["listing_id", "title", "category", "size_label", "size_system", "chest_girth_min", "chest_girth_max"]


def write_csv(tmp_path, lines, encoding="utf-8", name="c.csv"):
    path = tmp_path / name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def slow(monkeypatch):
    monkeypatch.setattr(importer, "fast_build", lambda *args, **kwargs: None)


# -- code pages -----------------------------------------------------------------------------
@pytest.mark.parametrize("encoding,title,shown", [
    ("big5", "男裝純棉圓領短袖T恤", "Big5"),
    ("shift_jis", "メンズ 綿 半袖 Tシャツ", "Shift-JIS"),
    ("cp1250", "Koszulka bawełniana żółta", "Windows-1250"),
    ("gb18030", "纯棉T恤", "GB18030"),
    ("gbk", "男士纯棉圆领短袖T恤衫", "GB18030"),
    ("cp1251", "Футболка мужская", "Windows-1251"),
    ("utf-16-le", "Tee ✓ 纯棉", "UTF-16 LE without BOM"),
    ("utf-16-be", "Tee ✓ 纯棉", "UTF-16 BE without BOM"),
    ("utf-16", "Tee ✓ 纯棉", "UTF-16 with BOM"),
    ("utf-8-sig", "Tee ✓ 纯棉", "UTF-8 with BOM"),
])
def test_code_pages_are_detected_and_named(tmp_path, encoding, title, shown):
    path = write_csv(tmp_path, [",".join(HEADER), f"T1,{title},mens_tops,M,,94,100",
                                f"T1,{title},mens_tops,L,,100,106"], encoding)
    result = import_catalog(path)
    assert result.catalog.listing("T1").title == title
    assert shown in result.description


def test_an_ascii_file_with_one_accent_is_not_mistaken_for_chinese():
    raw = "listing_id,title\nT1,Chemise côtelée\nT2,Basic tee\n".encode("cp1252")
    codec, _, _ = detect_encoding(raw)
    assert raw.decode(codec).endswith("Chemise côtelée\nT2,Basic tee\n")


# Product titles as a shop's Excel export holds them: several rows, one language, ';' and
# decimal commas as European Excel writes them. Western European text is Windows-1252, Central
# European Windows-1250; each byte decodes in either, so only the letters' fit to a language tells.
_LEGACY_TITLES = [
    ("cp1252", "fr", ["Chemise crème légère à manches longues", "Pull côtelé en laine mérinos",
                      "Veste imperméable à capuche, coupe ajustée", "T-shirt coton bio, col rond, été"]),
    ("cp1252", "es", ["Camiseta de algodón para niño", "Chaqueta impermeable con capucha, diseño clásico",
                      "Jersey de punto, tamaño único", "Pantalón vaquero de señora"]),
    ("cp1252", "de", ["Herren T-Shirt aus Baumwolle, Größe M", "Strickjacke für Damen, weiß",
                      "Wasserdichte Übergangsjacke mit Kapuze", "Kurzärmeliges Hemd, bügelfrei"]),
    ("cp1252", "pt", ["Camisa de algodão para homem", "Casaco impermeável com capuz",
                      "Calças de ganga, coleção verão", "Camisola de lã, tamanho único, confortável"]),
    ("cp1252", "it", ["Camicia di lino, più leggera", "Maglione di lana, qualità superiore",
                      "Giacca impermeabile, è traspirante", "T-shirt in cotone, taglia unica, novità"]),
    ("cp1252", "sv", ["Långärmad tröja i bomull", "Vattentät regnjacka med huva", "Stickad kofta för barn",
                      "Ullstrumpor, två par, grå"]),
    ("cp1250", "cs", ["Pánská košile s dlouhým rukávem", "Dámský svetr z merino vlny",
                      "Dětská zimní bunda, nepromokavá", "Bavlněné tričko, šedé, velikost L"]),
    ("cp1250", "hu", ["Férfi ing, hosszú ujjú", "Női kötött pulóver, gyapjú", "Gyerek téli kabát, vízálló",
                      "Pamut póló, fehér, rövid ujjú"]),
    ("cp1250", "ro", ["Cămaşă bărbătească din bumbac", "Pulover tricotat pentru femei, mărime unică",
                      "Geacă impermeabilă cu glugă", "Tricou din bumbac, mânecă scurtă, ţesătură fină"]),
]


@pytest.mark.parametrize("encoding,language,titles", _LEGACY_TITLES, ids=[c[1] for c in _LEGACY_TITLES])
def test_western_and_central_european_excel_files_read_in_their_code_page(tmp_path, encoding, language, titles):
    lines = [";".join(HEADER)]
    for k, title in enumerate(titles):
        lines += [f"{language}-{k};{title};mens_tops;M;;94;100", f"{language}-{k};{title};mens_tops;L;;100;106,5"]
    result = import_catalog(write_csv(tmp_path, lines, encoding))
    assert [result.catalog.listing(f"{language}-{k}").title for k in range(len(titles))] == titles
    assert result.layout.encoding == encoding
    assert encoding.replace("cp", "Windows-") in result.description


def test_a_french_excel_file_with_german_words_is_windows_1252():
    # the file a QA engineer found read as Windows-1250 ("crčme légčre ŕ")
    raw = ("listing_id;title;category;size_label;size_system;fit;stretch;chest_girth_min;chest_girth_max\n"
           "F-1;Chemise crème légère à manches;mens_tops;M;INT;regular;none;96,5;104\n"
           "F-2;Pull côtelé Größe;mens_tops;L;INT;regular;none;104;112,5\n").encode("cp1252")
    codec, name, _ = detect_encoding(raw)
    assert (codec, name) == ("cp1252", "Windows-1252")
    assert raw.decode(codec).splitlines()[1].startswith("F-1;Chemise crème légère à manches;")


def test_cyrillic_letters_inside_a_latin_word_are_mojibake():
    raw = "listing_id,title\nT1,Рубашка льняная мужская\nT2,Футболка хлопковая\n".encode("cp1251")
    assert detect_encoding(raw)[0] == "cp1251"
    assert detect_encoding("T1,Chemise crème légère\n".encode("cp1252"))[0] == "cp1252"


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolon_and_tab_files_with_a_title_row(tmp_path, delimiter):
    lines = ["Sommer Katalog 2026", delimiter.join(HEADER), delimiter.join(["T1", "Hemd", "mens_tops", "M", "", "94", "100"])]
    result = import_catalog(write_csv(tmp_path, lines, "cp1252"))
    assert result.catalog.listing("T1").size("M").body_ranges_cm == {"chest_girth": (94.0, 100.0)}
    assert result.layout.title_rows == (("Sommer Katalog 2026",),)
    assert result.layout.delimiter == delimiter


# -- one set of rules -----------------------------------------------------------------------
def test_a_size_with_only_a_maximum_below_the_plausible_minimum_is_reported_not_a_crash(tmp_path, monkeypatch):
    from sizer.dimensions import get_dimension

    low, _ = get_dimension("chest_girth").plausible_range_cm()
    below = round(low * 0.95, 1)  # inside the slack, so it passes the plausibility check alone
    # a children's listing: held to the child range, whose minimum is the widest range's
    path = write_csv(tmp_path, [",".join(HEADER), f"T1,Tee,kids_clothing,XS,,,{below}",
                                "T1,Tee,kids_clothing,M,,54,60"])
    for path_kind in ("fast", "slow"):
        if path_kind == "slow":
            slow(monkeypatch)
        with pytest.raises(CatalogImportError) as caught:
            import_catalog(path)
        (issue,) = caught.value.issues
        assert issue.row == 2 and issue.column == "chest_girth_max" and "chest_girth_min too" in issue.reason
        result = import_catalog(path, accept_valid_rows=True)
        assert [s.label for s in result.catalog.listing("T1").sizes] == ["M"]


def test_open_ended_sizes_are_stored_as_open_by_both_paths(tmp_path, monkeypatch):
    path = write_csv(tmp_path, [",".join(HEADER), "T1,Tee,mens_tops,S,,,90", "T1,Tee,mens_tops,XL,,110,",
                                "T1,Tee,mens_tops,M,,90,100"])
    catalogs = [import_catalog(path).catalog]
    slow(monkeypatch)
    catalogs.append(import_catalog(path).catalog)
    for catalog in catalogs:
        assert catalog.size_labels.tolist() == ["S", "M", "XL"]
        np.testing.assert_array_equal(catalog.open_min[:, 0], [True, False, False])
        np.testing.assert_array_equal(catalog.open_max[:, 0], [False, False, True])
        tee = catalog.listing("T1")
        assert tee.size("S").open_min == {"chest_girth"} and not tee.size("S").open_max


def test_control_characters_are_stripped_at_import_by_both_paths(tmp_path, monkeypatch):
    path = write_csv(tmp_path, [",".join(HEADER), "T1,Tee\x1b[31m red\x07\x00,mens_tops,M,,94,100"])
    titles = [import_catalog(path).catalog.titles[0]]
    slow(monkeypatch)
    titles.append(import_catalog(path).catalog.titles[0])
    assert titles == ["Tee[31m red", "Tee[31m red"]


def test_import_table_takes_a_canonical_table_from_a_mapping_layer():
    rows = [(2, ["T1", "Tee", "mens_tops", "M", "", "94", "100"]), (3, ["T1", "Tee", "mens_tops", "S", "", "88", "94"])]
    table = RawTable(list(HEADER), iter(rows), "mapped Shopify export", reopen=lambda: RawTable(
        list(HEADER), iter(rows), "mapped Shopify export"))
    result = importer.import_table(table, source="shop.csv")
    assert result.catalog.size_labels.tolist() == ["S", "M"] and result.catalog.source == "shop.csv"


# -- XLSX as the user sees it ---------------------------------------------------------------
def workbook_with(rows, hidden_first=False):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    if hidden_first:
        sheet.title = "old"
        sheet.append(HEADER)
        sheet.append(["X1", "Old", "mens_tops", "M", "", 94, 100])
        sheet.sheet_state = "hidden"
        sheet = workbook.create_sheet("catalogue")
        workbook.active = 1
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    return workbook


def test_the_active_visible_sheet_is_read_not_a_hidden_first_one(tmp_path):
    path = tmp_path / "c.xlsx"
    workbook_with([["T1", "Tee", "mens_tops", "M", "", 94, 100]], hidden_first=True).save(path)
    result = import_catalog(path)
    assert result.catalog.listing_ids.tolist() == ["T1"]
    assert "'catalogue'" in result.description


def rewrite_member(path, member, change):
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, change(data) if info.filename == member else data)
    path.write_bytes(buffer.getvalue())


def test_every_row_is_read_when_the_dimension_under_states_them(tmp_path):
    path = tmp_path / "c.xlsx"
    labels = ["XS", "S", "M", "L", "XL", "XXL", "3XL", "4XL"]
    workbook_with([["T1", "Tee", "mens_tops", label, "", 80 + 6 * k, 86 + 6 * k] for k, label in enumerate(labels)]
                  ).save(path)
    rewrite_member(path, "xl/worksheets/sheet1.xml", lambda data: data.replace(b'ref="A1:G9"', b'ref="A1:G3"'))
    assert len(import_catalog(path).catalog.size_labels) == 8


def test_formulas_without_a_saved_value_and_dates_are_reported(tmp_path):
    path = tmp_path / "c.xlsx"
    workbook_with([["T1", "Tee", "mens_tops", "M", "", 94, "=B9+1"],
                   ["T1", "Tee", "mens_tops", "L", "", datetime.datetime(2026, 9, 10), 106]]).save(path)
    with pytest.raises(CatalogImportError) as caught:
        import_catalog(path)
    reasons = {(i.row, i.column): i.reason for i in caught.value.issues}
    assert "formula (=B9+1) without a saved value" in reasons[(2, "chest_girth_max")]
    assert "a date (10 Sep 2026)" in reasons[(3, "chest_girth_min")]


def shared_strings_workbook(path, strings, rows):
    """A minimal workbook as Excel writes it: text in the shared-strings table."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    sheet_rows = "".join(f'<row r="{r}">' + "".join(f'<c r="{chr(65 + k)}{r}" t="s"><v>{v}</v></c>'
                                                    for k, v in enumerate(cells)) + "</row>"
                         for r, cells in enumerate(rows, start=1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
                                            f'<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels",
                         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="x"/></Relationships>')
        archive.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{main}"><sheetData>{sheet_rows}'
                                                     f'</sheetData></worksheet>')
        archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{main}">' + "".join(
            f"<si><t>{s}</t></si>" for s in strings) + "</sst>")


def test_shared_strings_are_read_and_a_huge_one_is_refused_before_it_is_held(tmp_path, monkeypatch):
    path = tmp_path / "shared.xlsx"
    strings = [*HEADER[:5], "T1", "Tee", "mens_tops", "M", "INT"]
    shared_strings_workbook(path, strings, [range(5), range(5, 10)])
    assert import_catalog(path).catalog.titles.tolist() == ["Tee"]
    shared_strings_workbook(path, [*strings, "x" * 40_000], [range(5), range(5, 10)])
    with pytest.raises(DataFileError, match="more than a cell holds"):
        import_catalog(path)
    monkeypatch.setattr(xlsx_reading, "MAX_SHARED_STRINGS_BYTES", 1000)
    with pytest.raises(DataFileError, match="unpacks to .* MB, more than"):
        import_catalog(path)


def test_a_huge_inline_text_is_reported_as_a_cell_problem(tmp_path, monkeypatch):
    path = tmp_path / "inline.xlsx"
    workbook_with([["T1", "x" * 200, "mens_tops", "M", "", 94, 100]]).save(path)
    monkeypatch.setattr(xlsx_reading, "MAX_CELL_CHARS", 100)
    with pytest.raises(CatalogImportError) as caught:
        import_catalog(path)
    assert "more than a cell holds" in caught.value.issues[0].reason


def test_a_sheet_of_millions_of_blank_rows_stops_at_the_spreadsheet_row_limit(tmp_path, monkeypatch):
    path = tmp_path / "blank.xlsx"
    workbook_with([["T1", "Tee", "mens_tops", "M", "", 94, 100]]).save(path)
    blank = b"".join(b'<row r="%d"/>' % r for r in range(3, 3000))
    rewrite_member(path, "xl/worksheets/sheet1.xml", lambda data: data.replace(b"</sheetData>", blank + b"</sheetData>"))
    assert len(import_catalog(path).catalog) == 1
    monkeypatch.setattr(xlsx_reading, "MAX_ROWS", 1000)
    with pytest.raises(DataFileError, match="more rows than a spreadsheet can hold"):
        import_catalog(path)


def test_cells_right_of_the_header_are_never_materialised(tmp_path, monkeypatch):
    path = tmp_path / "wide.xlsx"
    workbook = workbook_with([])
    for r in range(2, 200):
        workbook.active.cell(row=r, column=16_000, value=1)
    workbook.save(path)
    made = []
    real = xlsx_reading._RowShaper.cells
    monkeypatch.setattr(xlsx_reading._RowShaper, "cells", lambda self, number, values: made.append(
        len(real(self, number, values) or [])) or real(self, number, values))
    with pytest.raises(CatalogImportError, match="no data rows under the header"):
        import_catalog(path)
    assert max(made) == len(HEADER)  # far-right cells dropped, never padded out to column 16,000


def test_the_cell_budget_stops_a_sheet_that_is_too_large(tmp_path, monkeypatch):
    path = tmp_path / "big.xlsx"
    workbook_with([["T1", "Tee", "mens_tops", f"S{k}", "", 94, 100] for k in range(200)]).save(path)
    monkeypatch.setattr(xlsx_reading, "MAX_CELLS", 500)
    with pytest.raises(DataFileError, match="more than 500 cells"):
        import_catalog(path)


def test_a_dtd_in_the_workbook_is_refused(tmp_path):
    path = tmp_path / "dtd.xlsx"
    workbook_with([["T1", "Tee", "mens_tops", "M", "", 94, 100]]).save(path)
    rewrite_member(path, "xl/workbook.xml", lambda data: b'<!DOCTYPE x [<!ENTITY a "aaaa">]>' + data)
    with pytest.raises(DataFileError, match="DTD"):
        import_catalog(path)


@pytest.mark.parametrize("make", ["fifo", "folder"])
def test_a_fifo_or_a_folder_is_no_catalogue(tmp_path, make):
    import os

    path = tmp_path / "c.csv"
    if make == "fifo":
        os.mkfifo(path)
    else:
        path.mkdir()
    with pytest.raises(DataFileError, match="pipe|folder"):
        import_catalog(path)


def test_python_only_number_spellings_are_not_numbers_in_either_path(tmp_path, monkeypatch):
    path = write_csv(tmp_path, [",".join(HEADER), "T1,Tee,mens_tops,M,,9_4,100"])
    for path_kind in ("fast", "slow"):
        if path_kind == "slow":
            slow(monkeypatch)
        with pytest.raises(CatalogImportError, match="'9_4' is not a number"):
            import_catalog(path)


def test_an_xlsx_takes_the_fast_path_and_builds_what_row_by_row_builds(tmp_path, monkeypatch):
    from sizer.catalog.writer import save_catalog

    source = write_csv(tmp_path, [",".join(HEADER), "T1,Tee,mens_tops,L,,100,", "T1,Tee,mens_tops,S,,,88",
                                  "T1,Tee,mens_tops,M,,88,100", "T2,纯棉,mens_tops,M,,90,96", "C1,Chart,mens_tops,M,INT,,"])
    path = save_catalog(tmp_path / "sample.xlsx", import_catalog(source).catalog)
    taken = []
    real = importer.fast_build
    monkeypatch.setattr(importer, "fast_build", lambda *args: taken.append(real(*args)) or taken[-1])
    fast = import_catalog(path).catalog
    assert taken and taken[0] is not None  # the column-wise path built it
    slow(monkeypatch)
    row_by_row = import_catalog(path).catalog
    for name in ("listing_ids", "titles", "size_labels", "size_systems"):
        assert getattr(fast, name).tolist() == getattr(row_by_row, name).tolist()
    for name in ("body_min_cm", "body_max_cm", "garment_cm", "open_min", "open_max", "source_codes", "size_offsets"):
        np.testing.assert_array_equal(getattr(fast, name), getattr(row_by_row, name))
