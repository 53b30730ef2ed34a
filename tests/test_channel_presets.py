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
    # A listing the chart cannot give distinct local sizes is charted in its own system (said in the notes).
    own_system = {"brand" if system == "the" else system
                  for system in re.findall(r"sent in the listing's own system (\S+) ", stdout)}
    for sheet in sheets:
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        meta = {r[0]: r[1] for r in rows[:6]}
        assert [k for k in rules["chart_key"] if k in meta] == rules["chart_key"]
        assert meta["Marketplace"] == marketplace and meta["Brand"] == "Northwind"
        assert meta["Unit"] == rules["local_unit"][marketplace] and meta["Measurements"] == "body"
        keys.add((meta["Department"], meta["Product type"]))
        header = rows[7]
        local = {"US": "US", "DE": "DE"}[marketplace]
        assert header[0] in {f"Size ({local})", *[f"Size ({o})" for o in own_system]}  # the local size first
        unit = rules["local_unit"][marketplace]
        assert all(h.endswith(f"({unit})") for h in header[2:])  # body ranges, in the local unit
        assert not any("Garment" in h for h in header)
    # One chart per department and product type, and a second one only for listings that disagree
    # with the first (each said in a note, never merged into sizes that fit neither).
    assert len(keys) == len({(r.amazon_department, r.amazon_product_type) for r in
                             [__import__("sizer.channels.common", fromlist=["x"]).audience(l.category)
                              for l in catalog]})
    assert stdout.count("Amazon keeps one size chart per brand") == len(sheets) - len(keys)
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
    for group in ("required", "apparel", "apparel_optional", "shirt", "shirt_optional", "bottoms", "bottoms_optional",
                  "footwear", "variation"):
        assert set(rules[group]) <= columns, group
    catalog = load_catalog()
    assert len(rows) == catalog.size_count
    types = {l.listing_id: __import__("sizer.channels.common", fromlist=["x"]).audience(l.category).amazon_product_type
             for l in catalog}
    size_fields = [c for c in columns if c.split("_")[0] in ("apparel", "shirt", "bottoms")]
    for row in rows:
        assert row["target_gender"] in rules["target_gender"]
        assert row["age_range_description"] in rules["age_range_description"]
        assert row["parent_child"] in rules["parent_child"]
        if row["footwear_size"]:
            assert not any(row[c] for c in size_fields) and row["footwear_gender"] in ("Men", "Women", "Unisex")
            continue
        group = rules["size_field_group"].get(types[row["parent_sku"]], "apparel")
        for name in rules[group]:  # the product type's own size fields, and no other type's
            assert row[name], (row["item_sku"], name)
        assert not any(row[c] for c in size_fields if not c.startswith(group + "_")), row["item_sku"]
        assert row[f"{group}_size_class"] in rules["apparel_size_class"]
        assert row[f"{group}_body_type"] in rules["apparel_body_type"]
        assert row[f"{group}_height_type"] in rules["apparel_height_type"]
        if row[f"{group}_size_class"] == "Alpha":
            assert row[f"{group}_size"] in rules["alpha_sizes"], row[f"{group}_size"]
    assert any(r["footwear_size"] for r in rows) and any(r["shirt_size_class"] == "Alpha" for r in rows)
    # Jeans sized W/L fill the waist and the inseam; a collar-sized shirt its neck size.
    jeans = next(r for r in rows if r["item_sku"] == "MT-4001-W32 L34")
    assert (jeans["bottoms_waist_size"], jeans["bottoms_inseam_size"], jeans["bottoms_size"]) == ("32", "34", "32")
    shirt = next(r for r in rows if r["item_sku"] == "MS-3001-39")
    assert shirt["shirt_neck_size"] == "39" and shirt["shirt_size_system"] == "EU"


def test_collar_and_sleeve_labels_fill_the_shirt_neck_and_sleeve_fields():
    from sizer.channels.amazon import listing_attributes

    catalog = _catalog([("SH-1", "mens_shirts", "US", ["15 32/33", "15½ 34/35", "16 34/35", "16½ 36/37"])])
    columns, rows, notes = listing_attributes(catalog, "US")
    got = [dict(zip(columns, r)) for r in rows]
    assert [(r["shirt_neck_size"], r["shirt_sleeve_length"], r["shirt_sleeve_length_to"]) for r in got] == [
        ("15", "32", "33"), ("15.5", "34", "35"), ("16", "34", "35"), ("16.5", "36", "37")]
    assert {r["shirt_size_system"] for r in got} == {"US"} and not notes
    assert not any(r["apparel_size"] for r in got)


def test_size_ranges_are_amazons_range_classes_and_collar_and_waist_sizes_numeric():
    """Amazon's size types (apparel size standards): "4-6" a Numeric Range, "S-M" an Alpha Range,
    each with its from and to; a collar or waist/inseam size is the neck or waist number, Numeric."""
    from sizer.channels.amazon import size_fields

    rules = spec("amazon")["attributes"]
    assert size_fields("apparel", "4-6", False) | {} == {**size_fields("apparel", "4-6", False),
                                                           "size_class": "Numeric Range", "size": "4", "size_to": "6"}
    alpha = size_fields("apparel", "S-M", False)
    assert (alpha["size_class"], alpha["size"], alpha["size_to"]) == ("Alpha Range", "S", "M")
    assert size_fields("apparel", "2XL-3XL", False)["size"] == "XXL"  # Amazon's spelling on both ends
    collar = size_fields("shirt", "15½ 34/35", True)
    waist = size_fields("bottoms", "W32 L34", False)
    assert (collar["size_class"], collar["size"], collar["neck_size"]) == ("Numeric", "15.5", "15.5")
    assert (waist["size_class"], waist["size"], waist["inseam_size"]) == ("Numeric", "32", "34")
    for fields in (alpha, collar, waist, size_fields("apparel", "38", False), size_fields("apparel", "4T", False)):
        assert fields["size_class"] in rules["apparel_size_class"], fields


def _catalog(listings, ranges=None):
    """A catalogue of ``(id, category, system, labels)``: each size the chart's body for its label,
    or ``ranges[(id, label)]``."""
    from sizer.catalog import chart_bridge
    from sizer.catalog.model import CatalogBuilder, SizeEntry, TableSource

    builder = CatalogBuilder()
    for listing_id, category, system, labels in listings:
        builder.add_listing(listing_id, listing_id, category, system)
        for label in labels:
            body = (ranges or {}).get((listing_id, label)) or chart_bridge.body_ranges(category, system, label)
            builder.add_size(listing_id, SizeEntry(label, TableSource.BODY_RANGES, dict(body)))
    return builder.build()


def test_duplicate_variants_are_refused_naming_the_listing_and_sizes(tmp_path):
    from sizer.channels.write import PresetOptions, write_preset
    from sizer.errors import SizerError

    body = {"chest_girth": (96.0, 104.0)}
    catalog = _catalog([("TEE-1", "mens_tops", "US", ["L", "XXL", "2XL"]),
                        ("SH-2", "mens_shirts", "US", ["15½ 34/35", "15 1/2 34/35"])],
                       {("TEE-1", "L"): {"chest_girth": (104.0, 112.0)}, ("TEE-1", "XXL"): {"chest_girth": (112.0, 120.0)},
                        ("TEE-1", "2XL"): {"chest_girth": (116.0, 124.0)}, ("SH-2", "15½ 34/35"): body,
                        ("SH-2", "15 1/2 34/35"): body})
    out = tmp_path / "attributes.txt"
    with pytest.raises(SizerError) as error:
        write_preset("amazon-attributes", catalog, out, PresetOptions())
    text = str(error.value)
    # No SKUs: the sizes by their labels (no rows of a file that is not written)
    assert "TEE-1: sizes XXL, 2XL would all be 'XXL'" in text and "rows" not in text
    assert "SH-2: sizes 15½ 34/35, 15 1/2 34/35 would all be" in text and not out.exists()
    feed = tmp_path / "feed.tsv"
    with pytest.raises(SizerError, match=r"SH-2: sizes 15½ 34/35, 15 1/2 34/35 would all be"):
        write_preset("google-merchant", catalog, feed, PresetOptions())
    assert not feed.exists()
    with pytest.raises(SizerError, match="TEE-1: sizes XXL, 2XL would all be 'XXL'"):
        write_preset("amazon-size-chart", catalog, tmp_path / "charts.xlsx", PresetOptions(brand="B"))
    # The same two sizes with the same ranges are one row of the chart, said.
    same = _catalog([("TEE-2", "mens_tops", "US", ["XL", "XXL", "2XL"])],
                    {("TEE-2", "XL"): {"chest_girth": (104.0, 112.0)}, ("TEE-2", "XXL"): {"chest_girth": (112.0, 120.0)},
                     ("TEE-2", "2XL"): {"chest_girth": (112.0, 120.0)}})
    from sizer.channels.amazon import build_size_charts

    chart, = build_size_charts(same, "US", "B")
    assert [r[0] for r in chart.table()] == ["XL", "XXL"]
    assert "TEE-2: sizes XXL and 2XL are both XXL with the same ranges: one row" in chart.notes


def test_converted_labels_that_collide_keep_the_listings_own_system(tmp_path, capsys):
    """EU collars 39 and 40 are both US 15½ 34/35: the listing goes out in EU, said, in every file."""
    code, stdout, err = cli(capsys, "preset", "google-merchant", "--listing", "MS-3001", "--out", tmp_path / "f.tsv")
    assert code == 0, err
    rows = read_rows(tmp_path / "f.tsv", "\t")
    assert [(r["size"], r["size_system"]) for r in rows] == [(str(n), "EU") for n in range(38, 45)]
    assert "MS-3001: sizes 39 and 40 would all be US 15.5 34/35" in stdout


def test_kids_hoodie_is_in_one_system_in_every_output(tmp_path, capsys):
    """KC-7001 (EU 98-140): the chart has no US size for 116, so every file gives all its sizes in EU,
    none in US beside them."""
    openpyxl = pytest.importorskip("openpyxl")
    common = ("--listing", "KC-7001")
    assert cli(capsys, "preset", "google-merchant", *common, "--out", tmp_path / "f.tsv")[0] == 0
    feed = {r["id"]: (r["size"], r["size_system"]) for r in read_rows(tmp_path / "f.tsv", "\t")}
    assert cli(capsys, "preset", "amazon-attributes", *common, "--out", tmp_path / "a.txt")[0] == 0
    attributes = {r["item_sku"]: (r["shirt_size"], r["shirt_size_system"]) for r in read_rows(tmp_path / "a.txt", "\t")}
    assert cli(capsys, "preset", "amazon-size-chart", *common, "--brand", "B", "--out", tmp_path / "c.xlsx")[0] == 0
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx").worksheets[0]
    chart = [list(r) for r in sheet.iter_rows(min_row=8, values_only=True)]
    labels = [str(n) for n in (98, 104, 110, 116, 122, 128, 134, 140)]
    assert feed["KC-7001-116"] == attributes["KC-7001-116"] == ("116", "EU")
    assert set(feed.values()) == set(attributes.values()) == {(label, "EU") for label in labels}
    assert chart[0][0] == "Size (EU)" and [r[0] for r in chart[1:]] == labels


def test_amazon_chart_has_one_row_per_size_in_order_and_splits_listings_that_disagree(tmp_path):
    from sizer.channels.amazon import build_size_charts

    chest = {"S": (88.0, 96.0), "M": (96.0, 104.0), "L": (104.0, 112.0)}
    other = {"S": (80.0, 88.0), "M": (84.0, 112.0), "L": (112.0, 120.0)}
    ranges = {**{("A", k): {"chest_girth": v} for k, v in chest.items()},
              **{("B", k): {"chest_girth": v} for k, v in chest.items()},
              **{("C", k): {"chest_girth": v} for k, v in other.items()}}
    # A lists its sizes out of order; B agrees with A; C's M spans what A calls S to L.
    catalog = _catalog([("A", "mens_tops", "US", ["L", "S", "M"]), ("B", "mens_tops", "US", ["S", "M", "L"]),
                        ("C", "mens_tops", "US", ["S", "M", "L"])], ranges)
    charts = build_size_charts(catalog, "UK", "B")
    assert [(c.key, c.listings) for c in charts] == [("UK · B · mens · SHIRT", ["A", "B"]),
                                                     ("UK · B · mens · SHIRT (2)", ["C"])]
    first, second = charts
    assert [r[0] for r in first.table()] == ["S", "M", "L"]
    assert [r[2:4] for r in first.table()] == [[88, 96], [96, 104], [104, 112]]  # each size its own range
    assert [r[2:4] for r in second.table()] == [[80, 88], [84, 112], [112, 120]]
    assert any("C: Amazon keeps one size chart per brand" in n and "size S: chest girth 80–88 cm in C, 88–96 cm in A"
               in n for n in second.notes)


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
        # Min and max as numbers, in columns of their own; only the "html" field is display text.
        measured = [v for row in table["rows"] for v in row[table["label_columns"]:]]
        assert measured and all(v is None or isinstance(v, (int, float)) for v in measured)
        assert any(" min (" in c for c in table["columns"]) and any(" max (" in c for c in table["columns"])
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


def test_every_colours_sku_of_a_size_is_kept_and_sent_as_its_own_variant(tmp_path, capsys):
    """A Shopify size row stands for all its colours: the feed and the attribute file write one row
    per colour's SKU (the same size), and saving the catalogue keeps them all."""
    from sizer.catalog.mapping import import_mapped, propose_mapping
    from sizer.catalog.writer import save_catalog
    from sizer.channels.write import PresetOptions, write_preset

    store = Path(__file__).parent / "fixtures" / "merchant" / "shopify_mixed_store_export.csv"
    catalog = import_mapped(store, propose_mapping(store).mapping).catalog
    tee = catalog.listing("classic-tee")
    assert tee.size("S").skus == ("TEE 001-S", "TEE 002-S") and tee.size("S").sku == "TEE 001-S"
    assert tee.size("L").skus == ("TEE 001-L",)
    write_preset("google-merchant", catalog, tmp_path / "feed.tsv", PresetOptions())
    feed = {r["id"]: r for r in read_rows(tmp_path / "feed.tsv", "\t")}
    assert feed["TEE 001-S"]["size"] == feed["TEE 002-S"]["size"] == "S"
    assert feed["TEE 002-M"]["item_group_id"] == "classic-tee" and len(feed) == len(read_rows(tmp_path / "feed.tsv", "\t"))
    write_preset("amazon-attributes", catalog, tmp_path / "attributes.txt", PresetOptions())
    children = {r["item_sku"]: r for r in read_rows(tmp_path / "attributes.txt", "\t")}
    assert {k: v for k, v in children["TEE 002-S"].items() if k != "item_sku"} == \
        {k: v for k, v in children["TEE 001-S"].items() if k != "item_sku"}
    assert children["TEE 002-S"]["size_name"] == "S"
    assert children["TEE 002-S"]["parent_sku"] == "classic-tee"
    saved = tmp_path / "catalogue.csv"
    save_catalog(saved, catalog)
    assert load_catalog(saved).listing("classic-tee").size("M").skus == ("TEE 001-M", "TEE 002-M")
