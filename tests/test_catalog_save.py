"""Saving never loses a row: partial imports are never written over their source, full imports
save back faithfully, every saved catalogue reopens, edits obey the importer's rules."""
from __future__ import annotations

import codecs

import numpy as np
import pytest

from fake_charts import fake_charts  # noqa: F401  (fixture)
from sizer.catalog.editing import EditError, edit_listing_text, edit_size_bound
from sizer.catalog.importer import import_catalog
from sizer.catalog.session import CatalogueFile, OverwritesSourceError
from sizer.catalog.writer import CatalogSaveError, save_catalog
from sizer.export.cells import neutralise_csv_cell, restore_neutralised
from sizer.export.names import safe_file_stem

pytestmark = pytest.mark.usefixtures("fake_charts")

SOURCE = ("listing_id;title;category;size_label;chest_girth_max_in;chest_girth_min_in\r\n"
          "T1;Tee;mens_tops;M;40;38\r\n"
          "T1;Tee;mens_tops;S;38;36\r\n"
          "T2;Open tee;mens_tops;XL;;44\r\n")
BAD_ROW = "T3;Broken;mens_tops;M;wide;36\r\n"


def test_a_partial_import_is_never_saved_over_its_source(tmp_path):
    source = tmp_path / "shop.csv"
    original = (SOURCE + BAD_ROW).encode("cp1252")
    source.write_bytes(original)
    result = import_catalog(source, accept_valid_rows=True)
    opened = CatalogueFile.opened(result, source)
    assert opened.save_needs_a_new_name()  # Save behaves as Save As
    proposed = opened.suggested_path()
    assert proposed.parent == source.parent and proposed != source and "imported rows" in proposed.name
    with pytest.raises(OverwritesSourceError, match="would delete them"):
        opened.save(source)
    assert source.read_bytes() == original
    written = opened.save(proposed)
    assert source.read_bytes() == original and written == proposed
    assert not opened.save_needs_a_new_name()  # the new file holds everything the catalogue has


def test_a_full_import_saves_back_faithfully(tmp_path):
    source = tmp_path / "shop.csv"
    source.write_bytes(SOURCE.encode("utf-8"))
    opened = CatalogueFile.opened(import_catalog(source), source)
    assert not opened.save_needs_a_new_name()
    opened.save(source)
    data = source.read_bytes()
    assert not data.startswith(codecs.BOM_UTF8)  # no BOM added to a file that had none
    lines = data.decode("utf-8").split("\r\n")
    assert lines[0] == "listing_id;title;category;size_label;chest_girth_max_in;chest_girth_min_in"  # order kept
    assert sorted(lines[1:4]) == sorted(SOURCE.split("\r\n")[1:4])  # inches, the open end left empty


def test_a_bom_and_title_rows_are_kept_when_the_source_had_them(tmp_path):
    source = tmp_path / "shop.csv"
    source.write_bytes(codecs.BOM_UTF8 + ("Summer 2026\r\n" + SOURCE).encode("utf-8"))
    opened = CatalogueFile.opened(import_catalog(source), source)
    opened.save(source)
    data = source.read_bytes()
    assert data.startswith(codecs.BOM_UTF8 + b"Summer 2026\r\nlisting_id;")


DECIMAL_COMMA_SOURCE = ("listing_id;title;category;size_label;size_system;chest_girth_min;chest_girth_max\r\n"
                        "F-1;Chemise crème légère;mens_tops;M;INT;96,5;104\r\n"
                        "F-1;Chemise crème légère;mens_tops;L;INT;104;112,5\r\n"
                        "F-2;Pull côtelé;mens_tops;S;INT;88,25;96\r\n")


def _sizes(catalog):
    return {(catalog.listing(i).listing_id, size.label): size.body_ranges_cm
            for i in range(len(catalog.listing_ids)) for size in catalog.listing(i).sizes}


def test_decimal_commas_are_written_back_as_the_source_wrote_them(tmp_path):
    # German and French Excel read "96.5" as text or a date: a ';' file with "96,5" keeps it.
    source = tmp_path / "boutique.csv"
    source.write_bytes(DECIMAL_COMMA_SOURCE.encode("cp1252"))
    result = import_catalog(source)
    assert result.layout.decimal_comma and result.layout.encoding == "cp1252"
    out = save_catalog(tmp_path / "saved.csv", result.catalog, result.layout)
    data = out.read_bytes()
    assert b";96,5;104\r\n" in data and b";104;112,5\r\n" in data and b";88,25;96\r\n" in data
    assert b"96.5" not in data and b"112.5" not in data
    assert sorted(data.decode("cp1252").split("\r\n")) == sorted(DECIMAL_COMMA_SOURCE.split("\r\n"))
    reopened = import_catalog(out)
    assert reopened.layout.decimal_comma
    assert _sizes(reopened.catalog) == _sizes(result.catalog)
    assert _sizes(result.catalog)[("F-1", "M")] == {"chest_girth": (96.5, 104.0)}
    # the app's Save (over the source) takes the same way
    CatalogueFile.opened(result, source).save(source)
    assert sorted(source.read_bytes().decode("cp1252").split("\r\n")) == sorted(DECIMAL_COMMA_SOURCE.split("\r\n"))


@pytest.mark.parametrize("text,comma", [
    (DECIMAL_COMMA_SOURCE.replace("96,5", "96.5").replace("112,5", "112.5").replace("88,25", "88.25"), False),
    (DECIMAL_COMMA_SOURCE.replace("96,5", "96.5"), False),  # mixed spellings: the one a ',' reader also takes
    (DECIMAL_COMMA_SOURCE.replace(";", "\t"), True),
])
def test_decimal_points_stay_points(tmp_path, text, comma):
    source = tmp_path / "shop.csv"
    source.write_bytes(text.encode("utf-8"))
    result = import_catalog(source)
    assert result.layout.decimal_comma is comma
    data = save_catalog(tmp_path / "saved.csv", result.catalog, result.layout).read_bytes()
    assert (b"96,5" in data) is comma and (b"96.5" in data) is not comma
    assert _sizes(import_catalog(tmp_path / "saved.csv").catalog) == _sizes(result.catalog)


def test_an_edit_the_importer_would_refuse_is_refused_and_nothing_invalid_is_saved(tmp_path):
    source = tmp_path / "shop.csv"
    source.write_bytes(SOURCE.encode("utf-8"))
    catalog = import_catalog(source).catalog
    with pytest.raises(EditError, match="'XX' is not a size system"):
        edit_listing_text(catalog, 0, "size_system", "XX")
    with pytest.raises(EditError, match="title cannot be empty"):
        edit_listing_text(catalog, 0, "title", "  ")
    with pytest.raises(EditError, match="not a plausible body"):
        edit_size_bound(catalog, 0, 0, "max", 9000.0)
    # Even a catalogue changed behind the editor's back is checked before it is written.
    bad = catalog.replaced(size_systems=np.array(["XX", ""], dtype=object))
    with pytest.raises(CatalogSaveError, match="would not reopen"):
        save_catalog(tmp_path / "out.csv", bad)
    assert not (tmp_path / "out.csv").exists()


def test_an_edited_size_is_sorted_into_place_and_loses_its_open_end(tmp_path):
    source = tmp_path / "shop.csv"
    source.write_bytes(SOURCE.encode("utf-8"))
    catalog = import_catalog(source).catalog
    t1 = catalog.listing("T1")
    assert [s.label for s in t1.sizes] == ["S", "M"]
    row_s = int(catalog.size_offsets[0])  # S: 36-38 in; make it larger than M
    edited, new_row = edit_size_bound(catalog, row_s, 0, "max", 120.0)
    edited, new_row = edit_size_bound(edited, new_row, 0, "min", 110.0)
    assert [s.label for s in edited.listing("T1").sizes] == ["M", "S"] and new_row == row_s + 1
    xl = int(edited.size_offsets[1])
    assert edited.open_max[xl, 0]
    edited, _ = edit_size_bound(edited, xl, 0, "max", 125.0)
    assert not edited.open_max[xl, 0]
    reopened = import_catalog(save_catalog(tmp_path / "edited.csv", edited)).catalog
    assert [s.label for s in reopened.listing("T1").sizes] == ["M", "S"]


@pytest.mark.parametrize("listing_id", ["../../../../tmp/evil", "..\\..\\x", "/etc/passwd", "CON", "..", ""])
def test_a_path_like_listing_id_names_a_plain_file(listing_id):
    stem = safe_file_stem(listing_id, "listing")
    assert stem and "/" not in stem and "\\" not in stem and not stem.startswith(".") and stem.upper() != "CON"


@pytest.mark.parametrize("text", ["a;=1+1", "x, -2", "tab\t@SUM(A1)", "a|+1", "'=already", "a;'=b"])
def test_every_piece_a_list_separator_could_start_is_neutralised(text):
    safe = neutralise_csv_cell(text)
    for separator in (",", ";", "\t", "|"):
        for piece in safe.split(separator):
            assert not piece.lstrip(" ").startswith(("=", "+", "-", "@")), (separator, piece)
    assert restore_neutralised(safe) == text


def test_xlsx_export_of_a_catalogue_with_control_characters(tmp_path):
    source = tmp_path / "shop.csv"
    source.write_bytes(SOURCE.replace("Open tee", "Open\x01 tee\x0b").encode("utf-8"))
    catalog = import_catalog(source).catalog
    reopened = import_catalog(save_catalog(tmp_path / "out.xlsx", catalog)).catalog
    assert "Open tee" in reopened.titles.tolist()


def test_a_workbook_with_other_sheets_is_never_saved_over(tmp_path):
    import openpyxl

    source = tmp_path / "shop.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "notes"
    workbook.active.append(["supplier notes, keep"])
    sheet = workbook.create_sheet("catalogue")
    sheet.append(["listing_id", "title", "category", "size_label", "chest_girth_min", "chest_girth_max"])
    sheet.append(["T1", "Tee", "mens_tops", "M", 94, 100])
    workbook.active = 1
    workbook.save(source)
    original = source.read_bytes()
    opened = CatalogueFile.opened(import_catalog(source), source)
    assert opened.save_needs_a_new_name() and opened.suggested_path().name == "shop (catalogue).xlsx"
    with pytest.raises(OverwritesSourceError, match="other sheets"):
        opened.save(source)
    assert source.read_bytes() == original
