"""QA findings on the presets and the commands that take --catalog (issue #17's QA report: #2,
#3, #9, #12). Each test here failed before its fix."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from sizer.catalog.mapping import MappingStore, propose_mapping
from sizer.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
LABELS_ONLY = FIXTURES / "merchant" / "shopify_mixed_store_labels_only.csv"  # 16 rows of 3 shoe/dress products fail
PROFILE = FIXTURES / "qa_presets" / "profile_man.json"


@pytest.fixture(autouse=True)
def own_mapping_store(tmp_path, monkeypatch):
    monkeypatch.setenv("SIZER_MAPPINGS_FILE", str(tmp_path / "remembered-mappings.json"))


def _remember(path: Path) -> None:
    store = MappingStore()
    proposal = propose_mapping(path, store)
    store.remember(proposal.layout, proposal.mapping, str(path))


def _skipped_report(err: str) -> None:
    """The report `catalog map --out --accept-valid-rows` gives: each mistake once, every row, the counts."""
    lines = [line for line in err.splitlines() if "skipped row" in line]
    assert len(lines) == 3, err
    assert "skipped rows 10–16" in lines[0] and "skipped rows 17–21" in lines[1] and "skipped rows 25–28" in lines[2]
    assert "9 rows kept, 16 rows skipped" in err


# -- #2: every command that imports with --accept-valid-rows says what it left out ---------------
@pytest.mark.parametrize("argv", [
    ["preset", "google-merchant", "--out", "feed.tsv"],
    ["preset", "amazon-attributes", "--out", "attributes.tsv"],
    ["guide", "--listing", "classic-tee", "--out", "guide.html"],
])
def test_accept_valid_rows_reports_every_row_left_out(argv, tmp_path, capsys):
    _remember(LABELS_ONLY)
    argv = [*argv[:-1], str(tmp_path / argv[-1])]
    assert main([*argv, "--catalog", str(LABELS_ONLY), "--mapping", "remembered", "--accept-valid-rows"]) == 0
    _skipped_report(capsys.readouterr().err)


# -- #3: recommend reads a merchant's export through a mapping; without one, one short message ---
def test_recommend_on_a_merchants_export_without_a_mapping_gives_one_short_message(capsys):
    assert main(["recommend", "--catalog", str(LABELS_ONLY), "--profile", str(PROFILE)]) == 2
    err = capsys.readouterr().err
    assert "Map its columns once with `sizer catalog map" in err
    assert "valid: listing_id" not in err and len(err.strip().splitlines()) == 1


def test_recommend_takes_the_same_mapping_and_accept_valid_rows_as_guide_and_preset(capsys):
    _remember(LABELS_ONLY)
    assert main(["recommend", "--catalog", str(LABELS_ONLY), "--mapping", "remembered", "--accept-valid-rows",
                 "--profile", str(PROFILE), "--listing", "classic-tee"]) == 0
    out, err = capsys.readouterr()
    assert re.search(r"^classic-tee\s+\S+", out, re.M)
    _skipped_report(err)


def test_recommend_uses_the_mapping_remembered_for_the_layout(capsys):
    _remember(LABELS_ONLY)
    assert main(["recommend", "--catalog", str(LABELS_ONLY), "--accept-valid-rows", "--profile", str(PROFILE),
                 "--listing", "classic-tee"]) == 0
    assert "remembered for this layout" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["returns", "analyse", "--orders", str(LABELS_ONLY)],
    ["brand-chart", str(FIXTURES / "merchant" / "shopify_products_export.csv"), "--listing", "classic-tee"],
])
def test_commands_that_write_the_catalogue_back_refuse_a_merchants_export_in_one_message(argv, capsys):
    assert main([*argv, "--catalog", str(LABELS_ONLY)]) == 2
    err = capsys.readouterr().err
    assert "Map its columns once with `sizer catalog map" in err and "--out CATALOGUE.csv" in err
    assert "valid: listing_id" not in err


# -- #9: a half size is spelt one way per output -------------------------------------------------
HALF_SIZES = FIXTURES / "qa_presets" / "half_sizes.csv"  # US shoes typed 7.5, 8 1/2 and 10½
TYPED_HALVES = ("TR-7H", "TR-8H", "TR-10H")


@pytest.mark.parametrize("typed, decimal, glyph", [
    ("8 1/2", "8.5", "8½"), ("10½", "10.5", "10½"), ("7.5", "7.5", "7½"), ("EU 42,5", "EU 42.5", "EU 42½"),
    ("13½C", "13.5C", "13½C"), ("7 3/4", "7.75", "7¾"), ("9", "9", "9"), ("32/34", "32/34", "32/34"),
    ("42⅔", "42⅔", "42⅔"), ("165/88A", "165/88A", "165/88A"), ("2XL", "2XL", "2XL"),
])
def test_spell_fractions_writes_one_spelling(typed, decimal, glyph):
    from sizer.sizing.labels import spell_fractions

    assert spell_fractions(typed, glyphs=False) == decimal and spell_fractions(typed, glyphs=True) == glyph


def _rows(path: Path, delimiter: str) -> list[dict[str, str]]:
    import csv

    return list(csv.DictReader(path.open(encoding="utf-8-sig"), delimiter=delimiter))


@pytest.mark.parametrize("system", ["US", "EU"])
def test_google_feed_writes_half_sizes_as_decimals(system, tmp_path):
    out = tmp_path / "feed.tsv"
    assert main(["preset", "google-merchant", "--catalog", str(HALF_SIZES), "--size-system", system,
                 "--out", str(out)]) == 0
    sizes = {row["id"]: row["size"] for row in _rows(out, "\t")}
    assert [sizes[sku] for sku in TYPED_HALVES] == ["7.5", "8.5", "10.5"]


def test_amazon_footwear_sizes_and_size_chart_write_half_sizes_as_decimals(tmp_path):
    import openpyxl

    out = tmp_path / "attributes.csv"
    assert main(["preset", "amazon-attributes", "--catalog", str(HALF_SIZES), "--marketplace", "DE",
                 "--out", str(out)]) == 0
    rows = {row["item_sku"]: row for row in _rows(out, ",")}
    assert [rows[sku]["footwear_size"] for sku in TYPED_HALVES] == ["7.5", "8.5", "10.5"]
    assert [rows[sku]["size_name"] for sku in TYPED_HALVES] == ["7.5", "8.5", "10.5"]
    chart = tmp_path / "charts.xlsx"
    assert main(["preset", "amazon-size-chart", "--catalog", str(HALF_SIZES), "--brand", "NW",
                 "--out", str(chart)]) == 0
    cells = {str(c.value) for ws in openpyxl.load_workbook(chart).worksheets for row in ws.iter_rows() for c in row
             if c.value is not None}
    assert {"8.5", "10.5"} <= cells and not {"8 1/2", "10½", "8½"} & cells


def test_a_guide_writes_half_sizes_as_its_chart_does(tmp_path):
    out = tmp_path / "table.csv"
    assert main(["guide", "--catalog", str(HALF_SIZES), "--listing", "trail-runner-us", "--out", str(out)]) == 0
    labels = [row["Size (US)"] for row in _rows(out, ",")]
    assert labels == ["7", "7½", "8", "8½", "9", "10½", "11"]  # the US shoe chart writes 7½


# -- #12: an Amazon flat file's product type, variation theme and body type are written back ------
AMAZON_FLAT_FILE = FIXTURES / "qa_presets" / "amazon_flat_file.txt"  # QA's: a SizeColor polo, jeans, a girls' DRESS


def test_amazon_attributes_keep_the_flat_files_product_type_variation_theme_and_body_type(tmp_path):
    _remember(AMAZON_FLAT_FILE)
    out = tmp_path / "attributes.tsv"
    assert main(["preset", "amazon-attributes", "--catalog", str(AMAZON_FLAT_FILE), "--mapping", "remembered",
                 "--out", str(out)]) == 0
    rows = {row["item_sku"]: row for row in _rows(out, "\t")}
    assert {rows[sku]["variation_theme"] for sku in rows if sku.startswith("NW-POLO")} == {"SizeColor"}
    assert rows["NW-JEAN-4"]["variation_theme"] == "Size"
    assert rows["NW-POLO-NVY-3XL"]["shirt_body_type"] == "Big"  # "big" in the file, in Amazon's spelling
    assert rows["NW-POLO-NVY-M"]["shirt_body_type"] == "Regular"
    dress = rows["NW-KDRESS-2T"]  # a DRESS is sized in the apparel_ fields, not as a SHIRT
    assert dress["apparel_size"] == "2T" and not dress["shirt_size"] and dress["apparel_body_type"] == "Regular"


def test_amazon_size_chart_files_the_girls_dress_under_dress(tmp_path):
    import openpyxl

    _remember(AMAZON_FLAT_FILE)
    out = tmp_path / "charts.xlsx"
    assert main(["preset", "amazon-size-chart", "--catalog", str(AMAZON_FLAT_FILE), "--mapping", "remembered",
                 "--brand", "Northwind", "--out", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    assert "girls DRESS" in book.sheetnames and not any("SHIRT" in name and "girls" in name for name in book.sheetnames)
    assert ("Product type", "DRESS") in {row[:2] for row in book["girls DRESS"].iter_rows(values_only=True)}


def test_without_an_amazon_flat_file_the_category_decides(tmp_path):
    from sizer.channels.amazon_flat_file import read_flat_file_fields

    assert read_flat_file_fields(LABELS_ONLY) is None
    _remember(LABELS_ONLY)
    out = tmp_path / "attributes.tsv"
    assert main(["preset", "amazon-attributes", "--catalog", str(LABELS_ONLY), "--mapping", "remembered",
                 "--accept-valid-rows", "--out", str(out)]) == 0
    assert {row["variation_theme"] for row in _rows(out, "\t")} == {"Size"}


def test_a_preset_says_the_rows_of_products_without_sizes_it_left_out(tmp_path, capsys):
    shop = tmp_path / "products_export.csv"
    shop.write_text("Handle,Title,Type,Option1 Name,Option1 Value,Variant SKU\n"
                    "tee,Tee,Men's T-Shirts,Size,M,TEE-M\ntee,,,,L,TEE-L\n"
                    "gift-card,Gift Card,Gift Card,Denominations,$25,GC-25\ngift-card,,,,$50,GC-50\n", encoding="utf-8")
    assert main(["catalog", "map", str(shop), "--category-value", "Men's T-Shirts=mens_tops",
                 "--category-value", "Gift Card=not_sized", "--remember"]) == 0
    capsys.readouterr()
    assert main(["preset", "google-merchant", "--catalog", str(shop), "--mapping", "remembered",
                 "--out", str(tmp_path / "feed.tsv")]) == 0
    assert "2 rows of products without sizes left out, as mapped" in capsys.readouterr().err
