"""Brand size charts from spreadsheets: both shapes, cm and inches, every range notation, single
values graded, several systems, garment flagged; into a listing or a chart file that loads."""
from __future__ import annotations

import pytest

from sizer.catalog.brand_chart import BRAND_LABEL, apply_to_listing, chart_file_text, read_brand_chart
from sizer.catalog.importer import load_catalog
from sizer.catalog.model import TableSource
from sizer.cli import main
from sizer.errors import DataFileError

ROWS_INCHES = ("Women's size chart (inches)\nSize,US,UK,EU,Bust,Waist,Hip\nXS,0-2,4-6,32-34,31-32,24-25,34-35\n"
               "S,4-6,8-10,36-38,33-34,26-27,36-37\nM,8-10,12-14,40-42,35-36,28-29,38-39\n"
               "L,12-14,16-18,44-46,37.5-39,30.5-32,40.5-42\n")


def write(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_sizes_as_rows_in_inches_with_several_systems(tmp_path):
    chart = read_brand_chart(write(tmp_path, "chart.csv", ROWS_INCHES))
    assert chart.orientation == "sizes as rows" and chart.unit == "in" and "inches" in chart.unit_reason
    assert chart.systems == [BRAND_LABEL, "US", "UK", "EU"] and not chart.garment
    assert chart.dimensions == ["bust_girth", "waist_girth", "hip_girth"]
    xs = chart.sizes[0]
    assert xs.labels == {BRAND_LABEL: "XS", "US": "0-2", "UK": "4-6", "EU": "32-34"}
    assert xs.ranges_cm["bust_girth"] == pytest.approx((31 * 2.54, 32 * 2.54))


@pytest.mark.parametrize("separator", ["-", "–", "/", " to "])
def test_sizes_as_columns_and_every_range_notation(tmp_path, separator):
    text = (f"Size,S,M,L\nChest (cm),86{separator}90,90{separator}94,94{separator}98\n"
            f"Waist (cm),72{separator}76,76{separator}80,80{separator}84\n")
    chart = read_brand_chart(write(tmp_path, "chart.csv", text))
    assert chart.orientation == "sizes as columns" and chart.unit == "cm"
    assert [s.labels[BRAND_LABEL] for s in chart.sizes] == ["S", "M", "L"]
    assert [s.ranges_cm["chest_girth"] for s in chart.sizes] == [(86, 90), (90, 94), (94, 98)]


def test_unit_detected_from_the_values_when_nothing_says_it(tmp_path):
    chart = read_brand_chart(write(tmp_path, "chart.csv", "Size,Chest,Waist\nS,34-36,28-30\nM,38-40,32-34\n"))
    assert chart.unit == "in" and "only in inches" in chart.unit_reason
    assert chart.sizes[0].ranges_cm["chest_girth"] == pytest.approx((86.36, 91.44))
    cm = read_brand_chart(write(tmp_path, "cm.csv", "Size,Chest,Waist\nS,86-91,71-76\nM,96-101,81-86\n"))
    assert cm.unit == "cm" and "centimetres" in cm.unit_reason
    forced = read_brand_chart(write(tmp_path, "cm.csv", "Size,Chest,Waist\nS,86-91,71-76\n"), unit="in")
    assert forced.unit == "in" and forced.unit_reason == "as chosen"


def test_single_values_are_graded_to_ranges(tmp_path):
    chart = read_brand_chart(write(tmp_path, "chart.csv", "Size,S,M,L,XL\nChest,88,92,96,100\n"))
    assert [s.ranges_cm["chest_girth"] for s in chart.sizes] == [(86, 90), (90, 94), (94, 98), (98, 102)]
    assert any("graded" in note for note in chart.notes)


def test_garment_measurements_are_flagged_not_taken_for_bodies(tmp_path):
    text = '"Product measurements (laid flat, cm)"\nSize,Chest,Length,Waist\nS,96,68,84\nM,100,70,88\n'
    chart = read_brand_chart(write(tmp_path, "chart.csv", text))
    assert chart.garment and "garment" in chart.garment_reason
    assert chart.sizes[0].garment_cm == {"chest_girth": 96, "waist_girth": 84} and not chart.sizes[0].ranges_cm
    assert any("'Length'" in note for note in chart.notes)
    zh = read_brand_chart(write(tmp_path, "zh.csv", "尺码,成衣胸围,成衣腰围\nS,96,84\nM,100,88\n"))
    assert zh.garment and zh.dimensions == ["chest_girth", "waist_girth"]
    body = read_brand_chart(write(tmp_path, "chart.csv", text), garment=False)
    assert not body.garment and body.sizes[0].ranges_cm["chest_girth"] == (94, 98)  # single values, graded


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_chinese_chart_in_the_encodings_excel_saves(tmp_path, encoding):
    text = "尺码,胸围(cm),腰围(cm),臀围(cm)\nS,82-86,66-70,88-92\nM,86-90,70-74,92-96\nL,90-94,74-78,96-100\n"
    chart = read_brand_chart(write(tmp_path, "chart.csv", text, encoding))
    assert chart.systems == [BRAND_LABEL] and chart.dimensions == ["chest_girth", "waist_girth", "hip_girth"]
    assert chart.unit == "cm" and [s.labels[BRAND_LABEL] for s in chart.sizes] == ["S", "M", "L"]


def test_xlsx_with_sizes_as_columns(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (["Men's size guide — body measurements in inches"], ["", "S", "M", "L"], ["UK", 36, 40, 44],
                ["Chest", "35–37", "38–40", "41–43"], ["Waist", "29–31", "32–34", "35–37"]):
        sheet.append(row)
    path = tmp_path / "chart.xlsx"
    workbook.save(path)
    chart = read_brand_chart(path)
    assert chart.orientation == "sizes as columns" and chart.unit == "in"
    assert chart.systems == [BRAND_LABEL, "UK"] and chart.sizes[1].labels == {BRAND_LABEL: "M", "UK": "40"}


def test_a_sheet_without_measurements_says_what_it_needs(tmp_path):
    with pytest.raises(DataFileError, match="no measurement found"):
        read_brand_chart(write(tmp_path, "chart.csv", "Size,Colour\nS,Red\n"))


def test_into_a_listing_and_back_out_of_the_catalogue(tmp_path):
    catalog = load_catalog()
    chart = read_brand_chart(write(tmp_path, "chart.csv", ROWS_INCHES))
    updated = apply_to_listing(catalog, "WT-1001", chart, "EU", add_new=True, drop_missing=True)
    listing = updated.listing("WT-1001")
    assert [s.label for s in listing.sizes] == ["32-34", "36-38", "40-42", "44-46"]
    assert listing.sizes[0].source is TableSource.BODY_RANGES
    assert len(updated) == len(catalog) and updated.listing("WT-1002").sizes == catalog.listing("WT-1002").sizes
    garment = read_brand_chart(write(tmp_path, "g.csv", '"Garment (flat, cm)"\nSize,Chest\nS,96\nM,100\n'))
    tee = next(l for l in catalog if l.category == "mens_tops")
    with_ease = apply_to_listing(catalog, tee.listing_id, garment).listing(tee.listing_id)
    assert with_ease.sizes[0].source is TableSource.GARMENT and with_ease.sizes[0].garment_cm == {"chest_girth": 96}
    low, high = with_ease.sizes[0].body_ranges_cm["chest_girth"]
    assert low < 96 and high < 96  # the body is smaller than the garment by the ease


def test_a_chart_file_that_loads(tmp_path):
    from sizer.sizing.library import load_chart_file

    chart = read_brand_chart(write(tmp_path, "chart.csv", ROWS_INCHES))
    text = chart_file_text(chart, "acme_womens_tops", "Acme women's tops", "https://acme.example/size-guide")
    path = tmp_path / "acme_womens_tops.toml"
    path.write_text(text, encoding="utf-8")
    loaded = load_chart_file(path)
    assert tuple(loaded.systems) == ("INT", "US", "UK", "EU") and 'US = ["0", "2"]' in text
    assert loaded.body_ranges("INT", "XS")["bust_girth"] == pytest.approx((31 * 2.54, 32 * 2.54), abs=0.06)
    assert loaded.body_ranges("UK", "8")["bust_girth"] == pytest.approx((33 * 2.54, 34 * 2.54), abs=0.06)


def test_cli_previews_then_saves(tmp_path, capsys):
    chart = write(tmp_path, "chart.csv", ROWS_INCHES)
    assert main(["brand-chart", str(chart)]) == 0
    out = capsys.readouterr().out
    assert "sizes as rows; inches (the sheet says inches in \"Women's size chart (inches)\"); body measurements" in out
    assert "78.7–81.3" in out and "nothing saved" in out
    catalogue = tmp_path / "catalogue.csv"
    catalogue.write_bytes((__import__("sizer.catalog.importer", fromlist=["x"]).sample_catalog_path()).read_bytes())
    assert main(["brand-chart", str(chart), "--catalog", str(catalogue), "--listing", "WT-1001", "--system", "US",
                 "--add-new-sizes", "--drop-missing-sizes"]) == 0
    assert "WT-1001: 0 sizes took the chart's measurements, 4 added, 7 removed" in capsys.readouterr().out
    assert [s.label for s in load_catalog(catalogue).listing("WT-1001").sizes] == ["0-2", "4-6", "8-10", "12-14"]
    code = main(["brand-chart", str(chart), "--chart-out", str(tmp_path / "c.toml")])
    assert code == 2 and "--id, --title, --source-url" in capsys.readouterr().err


def test_the_unit_reason_says_what_the_sheet_says_and_nothing_else(tmp_path):
    """尺寸 (size) holds the character 寸 but says no inches; the reason names where the unit was read."""
    chart = read_brand_chart(write(tmp_path, "zh.csv", "尺寸,胸围,腰围\nS,86-90,70-74\nM,90-94,74-78\n"))
    assert chart.unit == "cm" and "inch" not in chart.unit_reason
    assert chart.sizes[0].ranges_cm["chest_girth"] == (86, 90)
    said = read_brand_chart(write(tmp_path, "cm.csv", "尺寸,胸围(cm),腰围(cm)\nS,86-90,70-74\nM,90-94,74-78\n"))
    assert said.unit_reason == "the sheet says centimetres in '胸围(cm)'"
    both = read_brand_chart(write(tmp_path, "both.csv", "Size,Chest (cm),Waist (in)\nS,86-90,28-29\nM,90-94,30-31\n"))
    assert both.unit_reason.startswith("the sheet says centimetres in 'Chest (cm)' and inches in 'Waist (in)'; ")


@pytest.mark.parametrize("header", ["平铺胸围", "平量胸围", "Chest (laid flat)", "Chest flat"])
def test_laid_flat_half_girths_are_doubled_and_said(tmp_path, header):
    text = f"Size,{header},Length\nS,48,68\nM,50,70\nL,52,72\n"
    chart = read_brand_chart(write(tmp_path, "flat.csv", text))
    assert chart.laid_flat and chart.garment and chart.unit == "cm"
    assert [s.garment_cm["chest_girth"] for s in chart.sizes] == [96, 100, 104]
    assert any(n.code == "laid_flat" and "(48 → 96)" in n for n in chart.notes)
    as_given = read_brand_chart(write(tmp_path, "flat.csv", text), laid_flat=False, garment=True)
    assert not as_given.laid_flat and as_given.sizes[0].garment_cm["chest_girth"] == 48
    # Whole girths on a sheet that says flat stay as they are.
    whole = read_brand_chart(write(tmp_path, "whole.csv", f"Size,{header}\nS,96\nM,100\n"), garment=True)
    assert not whole.laid_flat and whole.sizes[0].garment_cm["chest_girth"] == 96


def test_a_laid_flat_chart_saves_into_a_listing_from_the_cli(tmp_path, capsys):
    chart = write(tmp_path, "flat.csv", "尺码,平铺胸围,平铺腰围\nS,48,44\nM,50,46\nL,52,48\n")
    catalogue = tmp_path / "catalogue.csv"
    catalogue.write_bytes((__import__("sizer.catalog.importer", fromlist=["x"]).sample_catalog_path()).read_bytes())
    assert main(["brand-chart", str(chart), "--catalog", str(catalogue), "--listing", "MP-4101"]) == 0
    out = capsys.readouterr().out
    assert "doubled to whole girths (48 → 96)" in out
    assert load_catalog(catalogue).listing("MP-4101").sizes[0].garment_cm == {"chest_girth": 96, "waist_girth": 88}
    # Kept as half widths, the save fails, and says half a girth, not inches.
    code = main(["brand-chart", str(chart), "--catalog", str(catalogue), "--listing", "MP-4101", "--not-laid-flat",
                 "--out", str(tmp_path / "out.csv")])
    captured = capsys.readouterr()
    assert code == 2 and "use --laid-flat" in captured.err and "if the values are inches" not in captured.err
    assert "problem: Chest girth: 48–52 cm is not a plausible garment measurement" in captured.out


def test_a_womens_chest_column_is_read_as_the_bust(tmp_path, capsys):
    text = "尺码,胸围,腰围\nS,80-84,62-66\nM,84-88,66-70\n"
    assert read_brand_chart(write(tmp_path, "c.csv", text)).dimensions == ["chest_girth", "waist_girth"]
    women = read_brand_chart(write(tmp_path, "c.csv", text), segment="women")
    assert women.dimensions == ["bust_girth", "waist_girth"] and women.sizes[0].ranges_cm["bust_girth"] == (80, 84)
    titled = read_brand_chart(write(tmp_path, "t.csv", '"女装尺码表"\n' + text))
    assert titled.dimensions[0] == "bust_girth" and any(n.code == "bust_for_women" for n in titled.notes)
    catalogue = tmp_path / "catalogue.csv"
    catalogue.write_bytes((__import__("sizer.catalog.importer", fromlist=["x"]).sample_catalog_path()).read_bytes())
    assert main(["brand-chart", str(write(tmp_path, "c.csv", text)), "--catalog", str(catalogue), "--listing",
                 "WT-1002"]) == 0
    assert "Bust girth (cm)" in capsys.readouterr().out
    assert set(load_catalog(catalogue).listing("WT-1002").sizes[0].body_ranges_cm) == {"bust_girth", "waist_girth"}


FIXTURES = __import__("pathlib").Path(__file__).parent / "fixtures" / "brand_charts"


def sample_catalogue(tmp_path):
    from sizer.catalog.importer import sample_catalog_path

    catalogue = tmp_path / "catalogue.csv"
    catalogue.write_bytes(sample_catalog_path().read_bytes())
    return catalogue


def test_a_chinese_laid_flat_tshirt_chart_saves_its_short_sleeve_left_out(tmp_path, capsys):
    """衣长, 平铺胸围, 肩宽, 袖长 (the usual 1688/Taobao T-shirt chart): 袖长 is the sleeve from the
    shoulder seam; a 19–23 cm short sleeve fits no arm length, so it is left out with a note and the
    chart saves; a long sleeve on a garment chart is the arm length (shoulder to wrist)."""
    catalogue = sample_catalogue(tmp_path)
    out = tmp_path / "out.csv"
    code = main(["brand-chart", str(FIXTURES / "laid_flat_cn.csv"), "--catalog", str(catalogue), "--listing",
                 "MP-4101", "--out", str(out)])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert "'袖长': a short sleeve (19–23 cm from the shoulder) fits no arm length; left out" in printed.out
    assert "from the neck" not in printed.out and "problem:" not in printed.out
    sizes = load_catalog(out).listing("MP-4101").sizes
    assert sizes[0].garment_cm == {"chest_girth": 100, "shoulder_width": 44}
    long_sleeve = read_brand_chart(write(tmp_path, "long.csv", "尺码,平铺胸围,袖长\nM,53,62\nL,56,63\n"))
    assert long_sleeve.dimensions == ["chest_girth", "arm_length"]
    assert [s.garment_cm["arm_length"] for s in long_sleeve.sizes] == [62, 63]
    assert any(n.code == "sleeve_from_shoulder" for n in long_sleeve.notes)
    body = read_brand_chart(write(tmp_path, "body.csv", "Size,Chest,Sleeve length\nM,96-100,84-86\nL,100-104,86-88\n"))
    assert body.dimensions == ["chest_girth", "sleeve_length"]  # a body chart's sleeve is from the neck


def test_a_wrong_unit_is_flagged_in_the_preview_with_the_option_that_fixes_it(tmp_path, capsys):
    chart = FIXTURES / "brand_chart_columns_inches.xlsx"
    assert main(["brand-chart", str(chart), "--unit", "cm"]) == 0
    out = capsys.readouterr().out
    assert ("problem: Bust girth: 31–45 cm is not a plausible body measurement (adults measure 70 to 170 cm); "
            "the numbers look like inches: use --unit in") in out
    catalogue = sample_catalogue(tmp_path)
    code = main(["brand-chart", str(chart), "--unit", "cm", "--catalog", str(catalogue), "--listing", "WT-1001",
                 "--out", str(tmp_path / "out.csv")])
    err = capsys.readouterr().err
    assert code == 2 and "use --unit in" in err and "_in (" not in err and not (tmp_path / "out.csv").exists()
    assert main(["brand-chart", str(chart)]) == 0 and "problem:" not in capsys.readouterr().out


def test_saving_into_a_listing_keeps_its_sizes_and_skus_and_says_what_differs(tmp_path, capsys):
    """The listing sells M–3XL (2XL and XXL: two colours of one size); the chart gives S–2XL. By
    default the chart's measurements go to the sizes the shop sells (2XL = XXL, SKUs kept), S is not
    added and 3XL stays as it was, and the save says so; the options add and remove them."""
    catalogue = tmp_path / "catalogue.csv"
    catalogue.write_bytes((FIXTURES / "hoodie_catalogue.csv").read_bytes())
    chart = str(FIXTURES / "laid_flat_cn.csv")
    assert main(["brand-chart", chart, "--catalog", str(catalogue), "--listing", "heavy-hoodie"]) == 0
    out = capsys.readouterr().out
    assert "sizes the listing sells, with the chart's measurements: M, L, XL, 2XL, XXL (the chart's 2XL)" in out
    assert "the chart's sizes the listing does not sell: S: not added (--add-new-sizes adds them)" in out
    assert ("the listing's sizes the chart lacks: 3XL (HH-BLK-3XL): kept as they were (--drop-missing-sizes "
            "removes them)") in out
    sizes = {s.label: s for s in load_catalog(catalogue).listing("heavy-hoodie").sizes}
    assert list(sizes) == ["M", "L", "XL", "2XL", "XXL", "3XL"]
    assert {s.sku for s in sizes.values()} == {"HH-BLK-M", "HH-BLK-L", "HH-BLK-XL", "HH-BLK-2XL", "HH-GRY-XXL",
                                               "HH-BLK-3XL"}
    assert sizes["XXL"].garment_cm["chest_girth"] == sizes["2XL"].garment_cm["chest_girth"] == 124
    assert sizes["3XL"].source is TableSource.BODY_RANGES and not sizes["3XL"].garment_cm
    assert main(["brand-chart", chart, "--catalog", str(catalogue), "--listing", "heavy-hoodie", "--add-new-sizes",
                 "--drop-missing-sizes"]) == 0
    assert "heavy-hoodie: 5 sizes took the chart's measurements, 1 added, 1 removed" in capsys.readouterr().out
    assert [s.label for s in load_catalog(catalogue).listing("heavy-hoodie").sizes] == ["S", "M", "L", "XL", "2XL",
                                                                                          "XXL"]


def test_the_brands_labels_in_other_systems_are_kept_and_shown_as_the_brand_gave_them(tmp_path, capsys):
    """XS of the brand's chart is US 0-2 / UK 4-6: the saved catalogue keeps those labels
    (label_US, label_UK), reopens with them, and the guide and the US Google feed show them,
    not the standard chart's "≈ 4"."""
    from sizer.catalog.size_guide import build_size_guide_table
    from sizer.channels.google import merchant_feed

    catalogue = sample_catalogue(tmp_path)
    chart = write(tmp_path, "chart.csv", ROWS_INCHES)
    saved = tmp_path / "saved.csv"
    assert main(["brand-chart", str(chart), "--catalog", str(catalogue), "--listing", "WT-1001",
                 "--system", "Size", "--add-new-sizes", "--drop-missing-sizes", "--out", str(saved)]) == 0
    captured = capsys.readouterr()
    assert "not kept" not in captured.err
    assert "the brand's own US, UK, EU labels kept beside each size (label_US, label_UK, label_EU)" in captured.out
    header = saved.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert {"label_US", "label_UK", "label_EU"} <= set(header)
    listing = load_catalog(saved).listing("WT-1001")
    assert listing.size("XS").labels == {"US": "0-2", "UK": "4-6", "EU": "32-34"}
    assert listing.size("M").labels == {"US": "8-10", "UK": "12-14", "EU": "40-42"}

    table = build_size_guide_table(listing, systems=("US", "UK"))
    rows = {row[0]: row for row in table.rows}
    assert rows["XS"][1:3] == ("0-2", "4-6") and rows["M"][1:3] == ("8-10", "12-14")
    assert not any("≈" in cell for row in table.rows for cell in row)

    _, feed, notes = merchant_feed(load_catalog(saved), "US")
    sizes = {row[2]: row[3] for row in feed if row[1] == "WT-1001"}
    assert sizes == {"0-2": "US", "4-6": "US", "8-10": "US", "12-14": "US"}
    assert not [note for note in map(str, notes) if "WT-1001" in note]


def test_with_the_us_labels_as_the_listings_the_brands_uk_and_eu_labels_are_kept(tmp_path, capsys):
    catalogue = sample_catalogue(tmp_path)
    chart = write(tmp_path, "chart.csv", ROWS_INCHES)
    assert main(["brand-chart", str(chart), "--catalog", str(catalogue), "--listing", "WT-1001", "--system", "US",
                 "--add-new-sizes", "--drop-missing-sizes"]) == 0
    err = capsys.readouterr().err
    # the brand's unnamed Size column (XS, S ...) names no system: that one alone is not kept, and said
    assert "warning: the chart's own labels are not kept" in err and "UK" not in err
    listing = load_catalog(catalogue).listing("WT-1001")
    assert listing.size("0-2").labels == {"UK": "4-6", "EU": "32-34"}


def test_a_recommendation_names_the_brands_labels_as_its_equivalents(tmp_path, capsys):
    """The catalogue page and the recommendation exports show the recommended size's
    equivalents: the brand's own (US 4-6 for its S), not the standard chart's estimate; the
    fast export says the same as the per-listing one."""
    from sizer.profile import BodyProfile
    from sizer.recommend import recommend
    from sizer.recommend.bulk_export import recommendation_rows
    from sizer.recommend.export import recommendation_table

    catalogue = sample_catalogue(tmp_path)
    chart = write(tmp_path, "chart.csv", ROWS_INCHES)
    assert main(["brand-chart", str(chart), "--catalog", str(catalogue), "--listing", "WT-1001",
                 "--system", "Size", "--add-new-sizes", "--drop-missing-sizes"]) == 0
    catalog = load_catalog(catalogue)
    # bust 34.5 in, waist 26.5 in, hip 36.5 in: the brand's S
    results = recommend(BodyProfile({"bust_girth": 87.6, "waist_girth": 67.3, "hip_girth": 92.7}, {}), catalog)
    index = catalog.index_of("WT-1001")
    recommendation = results.recommendation(index)
    assert recommendation.size == "S"
    assert recommendation.equivalents["US"] == ("4-6",) and recommendation.equivalents["UK"] == ("8-10",)
    # the systems the brand gave no label in (KR, AU ...) are still the chart's estimate, and said so
    assert recommendation.equivalents["KR"] and recommendation.equivalents_estimated
    slow = recommendation_table([results.recommendation(i) for i in range(len(catalog))])
    assert recommendation_rows(results) == slow
