"""Merchants' own files as real stores have them: a Shopify store selling letter-sized tees beside
US- and EU-sized shoes and UK dresses in one export, an Amazon flat file whose products carry their
own apparel_size_system and apparel_size_class, SKUs with spaces, 2XL and XXXL, 7½ and 7 1/2,
toddler sizes. Each test here failed before the fixes of issue #17's QA findings."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from sizer.catalog import chart_bridge
from sizer.catalog.importer import CatalogImportError, import_catalog
from sizer.catalog.mapping import MappingStore, import_mapped, propose_mapping, segment_of
from sizer.cli import main
from sizer.errors import UnknownChoiceError

FIXTURES = Path(__file__).parent / "fixtures" / "merchant"
MIXED_STORE = FIXTURES / "shopify_mixed_store_export.csv"  # a "Size system" product metafield per product
LABELS_ONLY = FIXTURES / "shopify_mixed_store_labels_only.csv"  # the same store without that column
AMAZON_MIXED = FIXTURES / "amazon_mixed_size_systems.txt"


@pytest.fixture(autouse=True)
def own_mapping_store(tmp_path, monkeypatch):
    monkeypatch.setenv("SIZER_MAPPINGS_FILE", str(tmp_path / "remembered-mappings.json"))


def _listings(catalog):
    return {listing.listing_id: listing for listing in catalog}


def _mapped(path):
    return propose_mapping(path, MappingStore()).mapping


# -- 1. one size system per listing, not per file -------------------------------------------------
def test_a_mixed_shopify_store_imports_with_each_products_own_size_system():
    mapping = _mapped(MIXED_STORE)
    assert mapping.columns["Size system (product.metafields.custom.size_system)"] == "size_system"
    assert "size_system" not in mapping.constants  # no file-wide guess
    listings = _listings(import_mapped(MIXED_STORE, mapping).catalog)
    systems = {lid: (l.category, l.size_system) for lid, l in listings.items()}
    assert systems == {"classic-tee": ("mens_tops", "INT"),  # "US" on letter sizes names the market
                       "trail-runner": ("shoes_men", "US"), "city-loafer": ("shoes_women", "EU"),
                       "toddler-crew-tee": ("kids_clothing", "US"), "tea-dress": ("womens_dresses", "UK")}
    # 8½ and 9 1/2 are the chart's US 8½ and 9½
    runner = listings["trail-runner"]
    assert [s.label for s in runner.sizes] == ["8", "8½", "9", "9 1/2", "10", "10½", "11"]
    assert runner.size("9 1/2").body_ranges_cm["foot_length"] == pytest.approx(
        chart_bridge.body_ranges("shoes_men", "US", "9½")["foot_length"])


def test_without_a_size_system_column_the_labels_decide_per_listing_and_ambiguity_is_named():
    mapping = _mapped(LABELS_ONLY)
    with pytest.raises(CatalogImportError) as caught:
        import_mapped(LABELS_ONLY, mapping)
    issues = {issue.row: str(issue.reason) for issue in caught.value.issues}
    assert set(issues) == {10, 17, 25}  # one message per ambiguous product, naming its rows
    assert "listing 'trail-runner'" in issues[10] and "(UK = AU = IN, US)" in issues[10]
    assert {issue.row: issue.rows for issue in caught.value.issues}[10] == tuple(range(10, 17))
    assert "rows 10–16, column 'Option1 Value'" in str(caught.value)
    assert "EU = DE = FR = IT = ES, BR, RU" in issues[17]  # EU and DE read 40 alike; Brazil does not
    assert "US, UK = AU" in issues[25] and "metafield" in issues[25]
    result = import_mapped(LABELS_ONLY, mapping, accept_valid_rows=True)
    listings = _listings(result.catalog)
    assert {lid: l.size_system for lid, l in listings.items()} == {"classic-tee": "INT", "toddler-crew-tee": "US"}
    # Said for every row: the US constant gives the numbers their system, the letters stay INT.
    mapping.constants["size_system"] = "US"
    with pytest.raises(CatalogImportError) as caught:
        import_mapped(LABELS_ONLY, mapping)
    (issue,) = caught.value.issues  # only the EU loafer's 37-41 are no US sizes: one message
    assert issue.row == 17 and "unknown Women's shoes US label '37', '38' (row 18)" in str(issue.reason)
    assert "did you mean" not in str(issue.reason)  # not US 3 or 7: 37 lies beyond the US sizes


def test_amazon_flat_file_reads_apparel_size_system_and_class_per_row():
    mapping = _mapped(AMAZON_MIXED)
    assert mapping.columns["apparel_size_system"] == "size_system"
    assert mapping.columns["apparel_size_class"] == "size_class"
    listings = _listings(import_mapped(AMAZON_MIXED, mapping).catalog)
    assert {lid: (l.category, l.size_system) for lid, l in listings.items()} == {
        "NW-OXF-P": ("mens_tops", "INT"),  # US + Alpha: the letters
        "NW-TEA-P": ("womens_dresses", "UK"),  # UK + Numeric
        "NW-KIDTEE-P": ("kids_clothing", "US"),  # US + Age: 2T, 3T, 4T
        "NW-YUKATA-P": ("mens_tops", "JP")}  # JP + Alpha: Japan's own letters (LL, 3L)
    assert listings["NW-KIDTEE-P"].segment == "boys"  # department boys, age range Toddler
    assert [s.sku for s in listings["NW-OXF-P"].sizes] == ["NW-OXF-S", "NW-OXF-M", "NW-OXF-L", "NW-OXF-XL",
                                                           "NW-OXF-XXL"]


# -- 2. 2XL, 3XL, 2X, XXXL; a label with a system in front -----------------------------------------
@pytest.mark.parametrize("typed, chart_label", [("2XL", "XXL"), ("2X", "XXL"), ("xxl", "XXL"), ("XXXL", "3XL"),
                                                ("3X", "3XL"), ("XXXXL", "4XL"), ("2XS", "XXS")])
def test_other_spellings_of_extra_sizes_read_as_the_charts_labels(typed, chart_label):
    assert chart_bridge.body_ranges("womens_tops", "INT", typed) == chart_bridge.body_ranges("womens_tops", "INT",
                                                                                            chart_label)


def test_an_unknown_extra_size_suggests_its_nearest_letters_not_a_near_spelling():
    with pytest.raises(UnknownChoiceError) as caught:
        chart_bridge.body_ranges("mens_tops", "INT", "6XL")
    assert caught.value.suggestions == ["5XL"]  # the largest there is, not XL
    with pytest.raises(UnknownChoiceError) as caught:
        chart_bridge.body_ranges("shoes_men", "US", "4XL")
    assert caught.value.suggestions == []  # not the shoe size 4
    with pytest.raises(UnknownChoiceError) as caught:
        chart_bridge.body_ranges("womens_tops", "US", "7")
    assert caught.value.suggestions == ["6", "8"]  # a number among the system's: its neighbours


def test_a_label_with_a_system_in_front_is_read_in_that_system_or_refused_with_the_valid_labels(tmp_path):
    path = tmp_path / "prefixed.csv"
    path.write_text("Handle,Title,Type,Option1 Name,Option1 Value,Variant SKU\n"
                    "eu-boot,Chelsea boot,Men's Boots,Size,EU 42,CB-42\n"
                    "eu-boot,,,,EU 43,CB-43\n"
                    "int-tee,Crew tee,Men's T-Shirts,Size,S,CT-S\n"
                    "int-tee,,,,M,CT-M\n"
                    "int-tee,,,,INT 4,CT-4\n", encoding="utf-8")
    mapping = _mapped(path)
    with pytest.raises(CatalogImportError) as caught:
        import_mapped(path, mapping)
    (issue,) = caught.value.issues
    assert issue.row == 6 and issue.column == "Option1 Value"
    assert "unknown Men's tops INT label 'INT 4'" in str(issue.reason)
    assert "XS, S, M, L, XL, XXL, 3XL, 4XL, 5XL" in str(issue.reason)  # what would be valid
    listings = _listings(import_mapped(path, mapping, accept_valid_rows=True).catalog)
    boot = listings["eu-boot"]
    assert boot.size_system == "EU" and [s.label for s in boot.sizes] == ["42", "43"]
    assert [s.label for s in listings["int-tee"].sizes] == ["S", "M"]  # never read as 4XL


# -- 3. fractions where a number is expected --------------------------------------------------------
def test_unicode_and_spelt_fractions_in_measurement_cells(tmp_path):
    path = tmp_path / "shirts.csv"
    path.write_text("listing_id,title,category,size_label,neck_girth_min_in,neck_girth_max_in\n"
                    "OX-1,Oxford shirt,mens_shirts,15½,15½,15 3/4\n"
                    "OX-1,Oxford shirt,mens_shirts,16,16,16¼\n", encoding="utf-8")
    (listing,) = list(import_catalog(path).catalog)
    assert listing.size("15½").body_ranges_cm["neck_girth"] == pytest.approx((15.5 * 2.54, 15.75 * 2.54))
    assert listing.size("16").body_ranges_cm["neck_girth"] == pytest.approx((16 * 2.54, 16.25 * 2.54))


def test_fraction_ranges_in_a_mapped_file(tmp_path):
    path = tmp_path / "supplier.csv"
    path.write_text("Style,Name,Category,Size,Foot length (in)\n"
                    "KB-1,Kids boot,Kids' Shoes,10C,6½-6 3/4\n"
                    "KB-1,,,11C,7 - 7¼\n", encoding="utf-8")
    mapping = _mapped(path)
    assert mapping.columns["Foot length (in)"] == "foot_length_range_in"
    (listing,) = list(import_mapped(path, mapping).catalog)
    assert listing.size("11C").body_ranges_cm["foot_length"] == pytest.approx((7 * 2.54, 7.25 * 2.54))


# -- 4. toddler sizes are toddlers' in every channel ----------------------------------------------
def test_toddler_sizes_get_the_toddler_age_in_google_and_amazon(tmp_path):
    catalog_path = tmp_path / "kids.csv"
    assert main(["catalog", "map", str(MIXED_STORE), "--out", str(catalog_path)]) == 0
    feed, attributes = tmp_path / "google.tsv", tmp_path / "amazon.tsv"
    assert main(["preset", "google-merchant", "--catalog", str(catalog_path), "--size-system", "US",
                 "--out", str(feed)]) == 0
    assert main(["preset", "amazon-attributes", "--catalog", str(catalog_path), "--marketplace", "US",
                 "--out", str(attributes)]) == 0
    google = {r["id"]: r for r in csv.DictReader(feed.open(encoding="utf-8-sig"), delimiter="\t")}
    amazon = {r["item_sku"]: r for r in csv.DictReader(attributes.open(encoding="utf-8-sig"), delimiter="\t")}
    assert google["KID TEE-3T"]["age_group"] == "toddler" and amazon["KID TEE-3T"]["age_range_description"] == "Toddler"
    assert google["TEE 001-M"]["age_group"] == "adult" and amazon["TEE 001-M"]["age_range_description"] == "Adult"
    # 6. the merchant's SKUs are the channels' ids, spaces and all; a unisex tee stays unisex
    assert google["TEE 001-M"]["item_group_id"] == "classic-tee" and google["TEE 001-M"]["gender"] == "unisex"
    assert amazon["TR-095"]["parent_sku"] == "trail-runner"


@pytest.mark.parametrize("label, stature, google, amazon", [
    ("0-3M", (54.6, 61.0), "newborn", "Infant"), ("6-9M", (67.3, 72.4), "infant", "Infant"),
    ("2T", (86.0, 92.0), "toddler", "Toddler"), ("92", (86.0, 92.0), "toddler", "Toddler"),
    ("6", (116.0, 122.0), "kids", "Little Kid"), ("10", (134.0, 140.0), "kids", "Big Kid")])
def test_childrens_age_groups_by_label_or_stature(label, stature, google, amazon):
    from sizer.catalog.model import SizeEntry, TableSource
    from sizer.channels.common import amazon_age_range, audience, google_age_group

    who = audience("kids_clothing")
    size = SizeEntry(label, TableSource.CHART, {"stature": stature})
    assert (google_age_group(who, size), amazon_age_range(who, size)) == (google, amazon)


# -- 5 and 6. SKUs kept as written, Handle as listing id, saved with segment ----------------------
def test_shopify_skus_and_segments_survive_map_out_and_reopen(tmp_path):
    out = tmp_path / "catalogue.csv"
    assert main(["catalog", "map", str(MIXED_STORE), "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    tee = [r for r in rows if r["listing_id"] == "classic-tee"]
    # S and M come in black and white: the size row holds both colours' SKUs.
    assert [r["sku"] for r in tee] == ["TEE 001-S; TEE 002-S", "TEE 001-M; TEE 002-M", "TEE 001-L", "TEE 001-XL",
                                       "TEE 001-2XL", "TEE 001-3XL"]
    assert {r["segment"] for r in tee} == {"unisex"}
    listings = _listings(import_catalog(out).catalog)
    assert listings["classic-tee"].segment == "unisex"  # not men, as mens_tops alone would say
    assert listings["toddler-crew-tee"].segment == "kids"
    assert listings["classic-tee"].size("2XL").sku == "TEE 001-2XL"


def test_a_saved_catalogue_keeps_sku_and_segment_through_save_catalog(tmp_path):
    from sizer.catalog.writer import save_catalog

    source = tmp_path / "own.csv"
    source.write_text("listing_id,title,category,size_label,size_system,segment,sku\n"
                      "TEE 001,Unisex tee,mens_tops,S,INT,unisex,TEE 001 S\n"
                      "TEE 001,Unisex tee,mens_tops,M,INT,unisex,TEE 001 M\n", encoding="utf-8")
    result = import_catalog(source)
    for target, layout in ((tmp_path / "plain.csv", None), (tmp_path / "alike.csv", result.layout),
                           (tmp_path / "book.xlsx", None)):
        save_catalog(target, result.catalog, layout)
        (listing,) = list(import_catalog(target).catalog)
        assert listing.listing_id == "TEE 001" and listing.segment == "unisex"
        assert [s.sku for s in listing.sizes] == ["TEE 001 S", "TEE 001 M"]


@pytest.mark.parametrize("department, age, segment", [
    ("female", "adult", "women"), ("unisex", "", "unisex"), ("unisex", "toddler", "kids"),
    ("male", "kids", "boys"), ("womens", "", "women"), ("unisex-baby", "", "baby"), ("girls", "Big Kid", "girls"),
    ("", "", "")])
def test_segment_from_gender_department_and_age(department, age, segment):
    assert segment_of(department, age) == segment


# -- 7. --accept-valid-rows says every row it leaves out ------------------------------------------
def _rows_named(line: str) -> set[int]:
    """The row numbers a message names after "row"/"rows", runs ("11-16", "11–16") spelt out."""
    rows: set[int] = set()
    for part in re.findall(r"rows? ([\d,\s\-–]+\d)", line):
        for item in re.split(r",\s*", part.strip()):
            low, high = (re.split(r"\s*[-–]\s*", item) + [item])[:2]
            rows.update(range(int(low), int(high) + 1))
    return rows


def test_rows_named_reads_lists_and_runs():
    assert _rows_named("row 10: x (also rows 11, 12, 14-16)") == {10, 11, 12, 14, 15, 16}
    assert _rows_named("rows 2–4") == {2, 3, 4}


def test_map_out_accept_valid_rows_lists_every_skipped_row(tmp_path, capsys):
    out = tmp_path / "catalogue.csv"
    assert main(["catalog", "map", str(LABELS_ONLY), "--out", str(out), "--accept-valid-rows"]) == 0
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "skipped row" in line]  # "skipped rows 10–16"
    assert len(lines) == 3  # one line per mistake, not per row
    assert all(str(LABELS_ONLY) in line and "column 'Option1 Value'" in line for line in lines)
    assert "skipped rows 10–16" in lines[0] and _rows_named(lines[0]) == set(range(10, 17))  # every row, none hidden
    assert _rows_named(lines[1]) == set(range(17, 22)) and _rows_named(lines[2]) == set(range(25, 29))
    assert "9 rows kept, 16 rows skipped" in err
    assert len(list(csv.DictReader(out.open(encoding="utf-8-sig")))) == 9


def test_map_out_with_no_valid_row_fails(tmp_path, capsys):
    path = tmp_path / "shoes.csv"
    path.write_text("Handle,Title,Type,Option1 Name,Option1 Value\n"
                    "loafer,Loafer,Women's Shoes,Size,38\nloafer,,,,39\n", encoding="utf-8")
    out = tmp_path / "catalogue.csv"
    assert main(["catalog", "map", str(path), "--out", str(out), "--accept-valid-rows"]) == 2
    err = capsys.readouterr().err
    assert "listing 'loafer'" in err and "more than one Women's shoes size system" in err and not out.exists()


def test_a_brand_chart_keeps_the_listings_segments_and_the_skus_of_the_sizes_it_keeps(tmp_path):
    from sizer.catalog.brand_chart import apply_to_listing, read_brand_chart

    source = tmp_path / "own.csv"
    source.write_text("listing_id,title,category,size_label,size_system,segment,sku\n"
                      "TEE 001,Unisex tee,mens_tops,S,INT,unisex,TEE 001 S\n"
                      "TEE 001,Unisex tee,mens_tops,M,INT,unisex,TEE 001 M\n"
                      "DR-1,Dress,womens_dresses,S,INT,,DR-1-S\n", encoding="utf-8")
    catalog = import_catalog(source).catalog
    chart_file = tmp_path / "chart.csv"
    chart_file.write_text("Size,Chest (cm)\nS,88-96\nM,96-104\nL,104-112\n", encoding="utf-8")
    updated = apply_to_listing(catalog, "TEE 001", read_brand_chart(chart_file))
    tee = updated.listing("TEE 001")
    assert tee.segment == "unisex" and updated.listing("DR-1").segment == "women"
    assert [(s.label, s.sku) for s in tee.sizes] == [("S", "TEE 001 S"), ("M", "TEE 001 M")]  # L: not sold
    added = apply_to_listing(catalog, "TEE 001", read_brand_chart(chart_file), add_new=True).listing("TEE 001")
    assert [(s.label, s.sku) for s in added.sizes] == [("S", "TEE 001 S"), ("M", "TEE 001 M"), ("L", "")]


def test_the_fast_path_keeps_the_skus_in_the_sizes_order(tmp_path, monkeypatch):
    from sizer.catalog import importer
    from sizer.catalog.fast_import import fast_build
    from sizer.catalog.reading import read_table

    path = tmp_path / "own.csv"
    # sizes out of order in the file: the catalogue orders them small to large, SKUs with them
    path.write_text("listing_id,title,category,size_label,size_system,sku\n"
                    "TEE 001,Tee,mens_tops,L,INT,TEE 001 L\nTEE 001,Tee,mens_tops,S,INT,TEE 001 S\n"
                    "TEE 001,Tee,mens_tops,M,INT,TEE 001 M\n", encoding="utf-8")
    table = read_table(path)
    _, plan = importer._plan_columns(table.header)
    fast = fast_build(table.rows, plan, str(path))
    assert fast is not None
    monkeypatch.setattr(importer, "fast_build", lambda *args, **kwargs: None)
    slow = import_catalog(path).catalog
    for catalog in (fast[0], slow):
        assert catalog.size_labels.tolist() == ["S", "M", "L"]
        assert catalog.size_skus.tolist() == ["TEE 001 S", "TEE 001 M", "TEE 001 L"]


def test_amazon_footwear_rows_read_their_footwear_size_system(tmp_path):
    fields = ["feed_product_type", "item_sku", "item_name", "department_name", "parent_child", "parent_sku",
              "footwear_size_system", "footwear_age_group", "footwear_size_class", "footwear_size"]
    rows = [["shoes", "NW-RUN-P", "Northwind Runner", "mens", "parent", "", "", "", "", ""]]
    rows += [["shoes", f"NW-RUN-{s}", f"Northwind Runner, {s}", "mens", "child", "NW-RUN-P",
              "US Footwear Size System", "Adult", "Numeric", s] for s in ("8", "8½", "9")]
    path = tmp_path / "footwear.txt"
    labels = ["Product Type", "Seller SKU", "Product Name", "Department", "Parentage", "Parent SKU",
              "Footwear Size System", "Footwear Age Group", "Footwear Size Class", "Footwear Size"]
    path.write_text("TemplateType=fptcustom\tVersion=2021.0322\n" + "\n".join(
        "\t".join(r) for r in [labels, fields, *rows]) + "\n", encoding="utf-8")
    mapping = _mapped(path)
    assert mapping.columns["footwear_size"] == "size_label" and mapping.columns["footwear_size_system"] == "size_system"
    (listing,) = list(import_mapped(path, mapping).catalog)
    assert (listing.category, listing.size_system) == ("shoes_men", "US")
    assert [s.label for s in listing.sizes] == ["8", "8½", "9"] and listing.sizes[1].sku == "NW-RUN-8½"


def test_rows_of_one_listing_that_say_different_systems_are_named_not_merged(tmp_path):
    path = tmp_path / "amazon.txt"
    lines = AMAZON_MIXED.read_text(encoding="utf-8").split("\n")
    tea_10 = next(k for k, line in enumerate(lines) if line.split("\t")[1:2] == ["NW-TEA-10"])
    lines[tea_10] = lines[tea_10].replace("\tUK\tNumeric\t", "\tUS\tNumeric\t")
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(CatalogImportError) as caught:
        import_mapped(path, _mapped(path))
    (issue,) = caught.value.issues
    assert issue.row == tea_10 + 1 and issue.column == "apparel_size_system" and "'UK'" in str(issue.reason)


def test_shopify_orders_match_the_catalogues_own_variant_skus(tmp_path):
    from sizer.returns.importers import import_orders

    catalog = import_mapped(MIXED_STORE, _mapped(MIXED_STORE)).catalog
    orders = tmp_path / "orders_export.csv"
    orders.write_text("Name,Email,Financial Status,Created at,Lineitem quantity,Lineitem name,Lineitem price,"
                      "Lineitem sku\n"
                      # the titles have changed since (names no longer tell the product): the SKUs do
                      "#1001,a@x,paid,2025-03-01 10:11:12 -0500,1,Heavyweight tee - M / Black,24.00,TEE 001-M\n"
                      "#1002,b@x,paid,2025-03-02 10:11:12 -0500,1,Trail runner II - 9½,110.00,TR-095\n",
                      encoding="utf-8")
    returns = tmp_path / "returns.csv"
    returns.write_text("Name,Lineitem sku,Quantity,Return reason,Return reason note,Exchanged to sku\n"
                       "#1002,TR-095,1,SIZE_TOO_SMALL,,\n", encoding="utf-8")
    lines = import_orders(orders, catalog, returns_path=returns)
    sold = [(str(catalog.listing_ids[catalog.size_listing_index[r]]), str(catalog.size_labels[r]))
            for r in lines.size_rows.tolist()]
    assert sold == [("classic-tee", "M"), ("trail-runner", "9 1/2")] and lines.too_small.tolist() == [0, 1]


def test_a_team_file_with_fraction_inches_reads_them(tmp_path):
    from sizer.recommend.people import read_people

    path = tmp_path / "team.csv"
    path.write_text("id,neck_girth_in,chest_girth_in\nann,15½,40 1/2\nbo,\"16,5\",42¼\n", encoding="utf-8")
    people = read_people(path)
    assert people.ids == ["ann", "bo"]
    neck, chest = (people.profiles[0].measurements_cm[d] for d in ("neck_girth", "chest_girth"))
    assert (neck, chest) == pytest.approx((15.5 * 2.54, 40.5 * 2.54))
    assert people.profiles[1].measurements_cm["chest_girth"] == pytest.approx(42.25 * 2.54)


def test_amazon_charts_and_attributes_agree_on_a_unisex_listings_department():
    from sizer.channels.amazon import build_size_charts, listing_attributes

    catalog = import_mapped(MIXED_STORE, _mapped(MIXED_STORE)).catalog
    charts = {chart.department: chart.listings for chart in build_size_charts(catalog, "US", "Northwind")}
    assert "classic-tee" in charts["unisex-adult"] and "trail-runner" in charts["mens"]
    columns, rows, _notes = listing_attributes(catalog, "US")
    tee = next(row for row in rows if row[columns.index("item_sku")] == "TEE 001-S")
    assert tee[columns.index("department_name")] == "unisex-adult"


def test_several_skus_in_one_cell_read_alike_on_the_fast_and_the_slow_path(tmp_path, monkeypatch):
    """"A;B" and "A; B" are the same two SKUs of one size, whichever importer reads the file."""
    from sizer.catalog import importer
    from sizer.catalog.fast_import import fast_build
    from sizer.catalog.reading import read_table

    path = tmp_path / "own.csv"
    path.write_text("listing_id,title,category,size_label,size_system,sku\n"
                    "TEE 001,Tee,mens_tops,S,INT,TEE-S-BLK;TEE-S-WHT\nTEE 001,Tee,mens_tops,M,INT, TEE-M-BLK ; TEE-M-WHT\n",
                    encoding="utf-8")
    table = read_table(path)
    _, plan = importer._plan_columns(table.header)
    fast = fast_build(table.rows, plan, str(path))
    assert fast is not None
    monkeypatch.setattr(importer, "fast_build", lambda *args, **kwargs: None)
    slow = import_catalog(path).catalog
    for catalog in (fast[0], slow):
        assert catalog.size_skus.tolist() == ["TEE-S-BLK; TEE-S-WHT", "TEE-M-BLK; TEE-M-WHT"]
        assert catalog.listing(0).size("M").skus == ("TEE-M-BLK", "TEE-M-WHT")
