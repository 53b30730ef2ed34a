"""Marketplace presets, checked against each channel's documented columns and values
(tests/fixtures/merchant/channels/*.toml, written from the channels' public specs)."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from sizer.catalog.importer import load_catalog
from sizer.cli import main
from sizer.toml_compat import tomllib

SPECS = Path(__file__).parent / "fixtures" / "merchant" / "channels"
SHOPIFY_EXPORT = Path(__file__).parent / "fixtures" / "merchant" / "shopify_products_export.csv"


@pytest.fixture(autouse=True)
def own_mapping_store(tmp_path, monkeypatch):
    """Every test remembers mappings in its own store, so one test's --remember is not another's."""
    monkeypatch.setenv("SIZER_MAPPINGS_FILE", str(tmp_path / "remembered-mappings.json"))


def spec(name: str) -> dict:
    return tomllib.loads((SPECS / f"{name}.toml").read_text(encoding="utf-8"))


def read_rows(path: Path, delimiter: str) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # channels' importers want plain UTF-8
    return list(csv.DictReader(raw.decode("utf-8").splitlines(), delimiter=delimiter))


def cli(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("marketplace", ["US", "DE"])
def test_amazon_size_chart_workbook(tmp_path, capsys, marketplace):
    openpyxl = pytest.importorskip("openpyxl")
    rules = spec("amazon")["size_chart"]
    out = tmp_path / "charts.xlsx"
    code, stdout, err = cli(capsys, "preset", "amazon-size-chart", "--brand", "Northwind", "--marketplace",
                            marketplace, "--out", out)
    assert code == 0, err
    workbook = openpyxl.load_workbook(out)
    sheets = [s for s in workbook.worksheets if s.title != "Notes"]
    keys = set()
    catalog = load_catalog()
    for sheet in sheets:
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        meta = {r[0]: r[1] for r in rows[:6]}
        assert [k for k in rules["chart_key"] if k in meta] == rules["chart_key"]
        assert meta["Marketplace"] == marketplace and meta["Brand"] == "Northwind"
        assert meta["Unit"] == rules["local_unit"][marketplace] and meta["Measurements"] == "body"
        keys.add((meta["Department"], meta["Product type"]))
        header = rows[7]
        local = {"US": "US", "DE": "DE"}[marketplace]
        assert header[0] == f"Size ({local})"  # the local size first
        unit = rules["local_unit"][marketplace]
        assert all(h.endswith(f"({unit})") for h in header[2:])  # body ranges, in the local unit
        assert not any("Garment" in h for h in header)
    # One chart per department and product type: never two sheets for one combination.
    assert len(keys) == len(sheets) == len({(r.amazon_department, r.amazon_product_type) for r in
                                            [__import__("sizer.channels.common", fromlist=["x"]).audience(l.category)
                                             for l in catalog]})
    # The women's tops chart in inches: US 4 = EU 34, a bust of 78-84 cm = 30.7-33.1 in.
    if marketplace == "US":
        sheet = workbook["womens SHIRT"]
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        header = rows[7]
        four = next(r for r in rows[8:] if r[0] == "4")
        bust = header.index("Bust girth from (in)")
        assert four[bust] <= round(78 / 2.54, 1)  # the chart covers at least the listing's range
    assert "Notes" in workbook.sheetnames


def test_amazon_listing_attributes(tmp_path, capsys):
    rules = spec("amazon")["attributes"]
    out = tmp_path / "attributes.txt"
    code, _, err = cli(capsys, "preset", "amazon-attributes", "--out", out)
    assert code == 0, err
    rows = read_rows(out, "\t")
    columns = set(rows[0])
    for group in ("required", "apparel", "apparel_optional", "footwear", "variation"):
        assert set(rules[group]) <= columns, group
    catalog = load_catalog()
    assert len(rows) == catalog.size_count
    for row in rows:
        assert row["target_gender"] in rules["target_gender"]
        assert row["age_range_description"] in rules["age_range_description"]
        assert row["parent_child"] in rules["parent_child"]
        if row["footwear_size"]:
            assert row["apparel_size"] == "" and row["footwear_gender"] in ("Men", "Women", "Unisex")
            continue
        for name in rules["apparel"]:
            assert row[name], (row["item_sku"], name)
        assert row["apparel_size_class"] in rules["apparel_size_class"]
        assert row["apparel_body_type"] in rules["apparel_body_type"]
        assert row["apparel_height_type"] in rules["apparel_height_type"]
        if row["apparel_size_class"] == "Alpha":
            assert row["apparel_size"] in rules["alpha_sizes"], row["apparel_size"]
    assert any(r["footwear_size"] for r in rows) and any(r["apparel_size_class"] == "Alpha" for r in rows)


@pytest.mark.parametrize("system", ["US", "EU", "MX"])
def test_google_merchant_feed(tmp_path, capsys, system):
    rules = spec("google_merchant")
    out = tmp_path / "feed.tsv"
    code, _, err = cli(capsys, "preset", "google-merchant", "--size-system", system, "--out", out)
    assert code == 0, err
    rows = read_rows(out, "\t")
    assert list(rows[0]) == rules["attributes"]
    for row in rows:
        assert 0 < len(row["size"]) <= rules["size_max_length"]
        assert row["size_system"] in rules["size_system"], row
        assert row["size_type"] in rules["size_type"] and row["gender"] in rules["gender"]
        assert row["age_group"] in rules["age_group"]
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))  # one offer per variant
    if system == "MX":
        assert {r["size_system"] for r in rows} >= {"MEX"}  # Google's code for Mexico
    if system == "EU":
        us_two = next(r for r in rows if r["id"] == "WT-1001-2")
        assert (us_two["size"], us_two["size_system"]) == ("32", "EU")  # US 2 is EU 32 in the women's chart


def test_shopify_metaobjects_and_metafields_from_a_shopify_export(tmp_path, capsys):
    rules = spec("shopify")
    objects = tmp_path / "size_charts.json"
    common = ["--catalog", SHOPIFY_EXPORT, "--mapping", "remembered"]
    assert main(["catalog", "map", str(SHOPIFY_EXPORT), "--remember"]) == 0
    capsys.readouterr()
    code, _, err = cli(capsys, "preset", "shopify-metaobjects", *common, "--systems", "US,EU", "--out", objects)
    assert code == 0, err
    payload = json.loads(objects.read_text(encoding="utf-8"))
    definition = payload["definition"]
    assert {f["type"] for f in definition["fieldDefinitions"]} <= set(rules["field_types"])
    handles = set()
    for obj in payload["metaobjects"]:
        assert obj["type"] == definition["type"] and re.match(rules["handle"], obj["handle"])
        assert {f["key"] for f in obj["fields"]} == {f["key"] for f in definition["fieldDefinitions"]}
        assert all(isinstance(f["value"], str) for f in obj["fields"])
        table = json.loads(next(f["value"] for f in obj["fields"] if f["key"] == "table"))
        assert table["columns"][0].startswith("Size") and table["rows"]
        handles.add(obj["handle"])
    assert len(handles) == 3
    metafields = tmp_path / "products.csv"
    code, _, err = cli(capsys, "preset", "shopify-metafields", *common, "--out", metafields)
    assert code == 0, err
    rows = read_rows(metafields, ",")
    columns = list(rows[0])
    assert columns[:2] == rules["product_csv_columns"]
    assert all(re.match(rules["metafield_header"], c) for c in columns[2:])
    reference = columns[2]
    # The products are the Shopify export's own handles, each linked to its metaobject.
    assert {r["Handle"] for r in rows} == {"linen-wrap-dress", "organic-crew-tee", "merino-crew-jumper"}
    assert {r[reference] for r in rows} == handles


def test_pictures_for_picture_only_channels(tmp_path, capsys):
    out = tmp_path / "pictures"
    code, _, err = cli(capsys, "preset", "image", "--listing", "WT-1003", "--listing", "MS-3002", "--image-size",
                       "shein", "--out", out)
    assert code == 0, err
    pictures = sorted(out.iterdir())
    assert [p.name for p in pictures] == ["MS-3002-size-chart.jpg", "WT-1003-size-chart.jpg"]
    image = QImage(str(pictures[0]))
    assert (image.width(), image.height()) == (1340, 1785)


def test_preset_usage_errors(tmp_path, capsys):
    code, _, err = cli(capsys, "preset", "amazon-size-chart", "--out", tmp_path / "c.xlsx")
    assert code == 2 and "--brand" in err
    code, _, err = cli(capsys, "preset", "amazon-size-chart", "--brand", "B", "--marketplace", "XX",
                       "--out", tmp_path / "c.xlsx")
    assert code == 2 and "unknown Amazon marketplace 'XX'" in err
    code, _, err = cli(capsys, "preset", "google-merchant", "--size-system", "KR", "--out", tmp_path / "f.tsv")
    assert code == 2 and "Google size system" in err


def test_amazon_workbook_keeps_formula_like_text_as_text(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    from sizer.channels.amazon import build_size_charts, write_size_chart_workbook

    catalog = load_catalog()
    charts = build_size_charts(catalog, "UK", "=HYPERLINK(\"http://x\",\"Brand\")")
    out = write_size_chart_workbook(charts, tmp_path / "charts.xlsx")
    sheet = openpyxl.load_workbook(out).worksheets[0]
    brand = sheet.cell(2, 2)
    assert brand.value == "=HYPERLINK(\"http://x\",\"Brand\")" and brand.data_type == "s" and brand.quotePrefix


def test_every_category_has_its_marketplace_values():
    from sizer.catalog import chart_bridge
    from sizer.channels.common import audience

    spec_values = spec("amazon")["attributes"]
    google = spec("google_merchant")
    for category in chart_bridge.category_ids():
        who = audience(category)  # raises for a category without values
        assert who.gender in spec_values["target_gender"] and who.gender in google["gender"]
        assert who.age in google["age_group"]
