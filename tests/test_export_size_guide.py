"""Per-listing size guides: the table (systems, units, words), and its HTML, PDF and PNG documents."""
from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from sizer.catalog.importer import load_catalog
from sizer.catalog.size_guide import TEXT_KEYS, build_size_guide_table, size_guide_languages, size_guide_text
from sizer.cli import main
from sizer.errors import UnknownChoiceError
from sizer.ui.documents.gui_application import ensure_gui_application


@pytest.fixture(scope="module")
def sample():
    return load_catalog()


def run_cli(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def image_array(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    buffer = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return buffer[:, : image.width()].copy()


def test_table_has_the_chosen_systems_and_units(sample):
    table = build_size_guide_table(sample.listing("WT-1003"), ["US", "JP"], "in", "en")
    assert table.columns[:3] == ("Size (EU)", "US", "JP")
    assert table.label_columns == 3 and table.dimensions == ("bust_girth", "waist_girth")
    assert table.guide_ids == ("bust_girth", "waist_girth", "garment_flat")
    assert "Garment: Bust girth (in)" in table.columns
    first = table.rows[0]
    assert first[0] == "34" and first[1] == "4"  # EU 34 is US 4 in the womens_tops chart
    # Garment bust 92 cm with regular ease 8–14 cm: body 78–84 cm = 30.7–33.1 in.
    assert first[3] == "30.7–33.1" and first[5] == "36.2"
    cm = build_size_guide_table(sample.listing("WT-1003"), [], "cm", "en")
    assert cm.rows[0][1] == "78–84"


def test_open_ended_sizes_and_brand_labels(sample):
    table = build_size_guide_table(sample.listing("WD-2004"), [], "cm", "en")
    assert table.rows[0][1] == "up to 84" and table.rows[-1][1] == "100 and over"
    zh = build_size_guide_table(sample.listing("MT-4003"), [], "cm", "zh_CN")
    assert zh.columns[0] == "尺码 (品牌尺码)" and zh.heading == "尺码表"


def test_brand_labels_show_estimated_equivalents(sample):
    table = build_size_guide_table(sample.listing("MP-4104"), ["EU"], "cm", "en")  # a Chinese brand's M–3XL
    assert table.columns[:2] == ("Size (Brand size)", "EU")
    assert all(row[1].startswith("≈ ") for row in table.rows)
    assert table.rows[0][1] != table.rows[-1][1]
    assert "≈: the size of the standard chart" in table.note
    assert "≈" not in build_size_guide_table(sample.listing("WT-1003"), ["US"], "cm", "en").note


def test_a_collar_size_gets_the_one_best_us_label(sample):
    # the chart answers the regular sleeve, not every sleeve length (issue 12: one best label)
    table = build_size_guide_table(sample.listing("MS-3002"), ["US"], "cm", "en")
    assert table.rows[0][1].endswith("34/35") and " … " not in table.rows[0][1]


@pytest.mark.parametrize("systems,unit,kind", [(["USA"], "cm", "womens_tops size system"), ([], "mm", "unit")])
def test_bad_choices(sample, systems, unit, kind):
    with pytest.raises(UnknownChoiceError) as caught:
        build_size_guide_table(sample.listing("WT-1003"), systems, unit, "en")
    assert caught.value.kind == kind


def test_every_language_has_every_text_and_matches_the_guides():
    from sizer.guides import languages

    assert set(languages()) <= set(size_guide_languages())  # the size guide speaks every guide's language
    for lang in size_guide_languages():
        assert set(size_guide_text(lang)) == set(TEXT_KEYS)


def test_html_is_a_self_contained_snippet(capsys, tmp_path, sample):
    out = tmp_path / "guide.html"
    code, stdout, err = run_cli(capsys, "guide", "--listing", "WD-2003", "--systems", "US,EU,JP", "--lang", "zh_CN",
                                "--format", "html", "--out", out)
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert text.startswith('<div lang="zh-CN"') and "碎花雪纺连衣裙" in text
    for forbidden in ("<script", "<link", "<style", "src=", "href=", "<html", "<body"):
        assert forbidden not in text.lower()
    assert text.count("<svg") == 3  # one illustration per dimension: bust, waist, hip (a chart table)
    assert "<th" in text and "150/76A" in text


def test_html_escapes_what_merchants_type(sample):
    from sizer.ui.documents.size_guide_html import size_guide_table_html

    table = build_size_guide_table(sample.listing("HT-8002"), [], "cm", "en")
    html_text = size_guide_table_html(dataclasses.replace(table, title='<img src=x onerror="alert(1)">'))
    assert "<img" not in html_text and "&lt;img" in html_text


def test_png_opens_and_is_not_blank(capsys, tmp_path):
    out = tmp_path / "guide.png"
    code, _, err = run_cli(capsys, "guide", "--listing", "SM-6001", "--systems", "US,UK,MONDO", "--out", out,
                           "--width", 800)
    assert code == 0, err
    image = QImage(str(out))
    assert not image.isNull() and image.width() == 800 and image.height() > 800
    pixels = image_array(image)
    assert (pixels < 128).mean() > 0.005  # text, grid lines and the foot illustration
    tape = np.array([[image.pixelColor(x, y).name() for x in range(0, 800, 4)]
                     for y in range(0, image.height(), 4)])
    assert (tape == "#e4572e").sum() > 0  # the measuring guide's accent tape is there


def chinese_title_pixels(title: str) -> np.ndarray:
    ensure_gui_application()
    table = build_size_guide_table(load_catalog().listing("MP-4104"), [], "cm", "zh_CN")
    image = QImage(900, 600, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_height = paint_size_table_into(painter, table, title)
    painter.end()
    assert paint_height > 100
    return image_array(image)[:60] < 128


def paint_size_table_into(painter, table, title):
    from sizer.ui.documents.size_guide import paint_size_table

    return paint_size_table(painter, QRectF(0, 0, 900, 600), dataclasses.replace(table, title=title))


def test_chinese_draws_real_glyphs_in_the_table():
    waist, hip = chinese_title_pixels("腰围"), chinese_title_pixels("臀围")
    assert waist.sum() > 200 and hip.sum() > 200
    assert (waist != hip).sum() > 100  # boxes for missing glyphs would all look alike


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_pdf_has_a_table_page_and_a_page_per_dimension(capsys, tmp_path, page_size):
    out = tmp_path / "guide.pdf"
    code, stdout, err = run_cli(capsys, "guide", "--listing", "MS-3002", "--systems", "US,EU,JP",
                                "--units", "in", "--out", out, "--page-size", page_size)
    assert code == 0, err
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]
    # The table, then the neck, chest and sleeve guides, then how to measure a garment laid flat
    # (the listing gives garment measurements).
    assert "5 pages)" in stdout
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 5
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed: the PDF was checked by structure only")
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "2", str(out), str(tmp_path / "page")],
                   check=True, capture_output=True)
    for page in sorted(tmp_path.glob("page-*.png")):
        image = QImage(str(page))
        assert not image.isNull() and (image_array(image) < 200).mean() > 0.003


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "json"])
def test_size_table_alone_as_a_spreadsheet(capsys, tmp_path, suffix):
    import csv
    import io
    import json

    import openpyxl

    out = tmp_path / f"table.{suffix}"
    code, stdout, err = run_cli(capsys, "guide", "--listing", "WT-1003", "--systems", "US,JP", "--out", out)
    assert code == 0 and "size table of WT-1003" in stdout, err
    if suffix == "csv":
        rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    elif suffix == "xlsx":
        rows = [[c.value for c in row] for row in openpyxl.load_workbook(out).active.iter_rows()]
    else:
        payload = json.loads(out.read_text(encoding="utf-8"))
        rows = [payload["columns"], *payload["rows"]]
        assert payload["unit"] == "cm"
    assert rows[0][:3] == ["Size (EU)", "US", "JP"] and rows[1][:3] == ["34", "4", "7"]
    assert len(rows) == 6
    # Body ranges as two numbers each (not "78–84" text); garment measurements as numbers.
    assert rows[0][3:7] == ["Bust girth min (cm)", "Bust girth max (cm)", "Waist girth min (cm)", "Waist girth max (cm)"]
    assert rows[0][7:] == ["Garment: Bust girth (cm)", "Garment: Waist girth (cm)"]
    numbers = [float(v) for v in rows[1][3:]] if suffix == "csv" else rows[1][3:]
    assert numbers == [78, 84, 66, 72, 92, 80] and (suffix == "csv" or all(isinstance(v, (int, float)) for v in numbers))
    assert not any("–" in str(v) for row in rows for v in row)


def test_numbers_in_both_units_and_open_ends_empty():
    from sizer.catalog.importer import load_catalog
    from sizer.catalog.model import CatalogBuilder, SizeEntry, TableSource
    from sizer.catalog.size_guide import build_size_guide_table, size_guide_numbers

    table = build_size_guide_table(load_catalog().listing("WT-1003"), [], "both")
    columns, rows = size_guide_numbers(table)
    assert columns[1:5] == ["Bust girth min (cm)", "Bust girth max (cm)", "Bust girth min (in)", "Bust girth max (in)"]
    assert rows[0][1:5] == [78, 84, 30.71, 33.07]
    builder = CatalogBuilder()
    builder.add_listing("OPEN", "Open", "womens_tops", "EU")
    builder.add_size("OPEN", SizeEntry("34", TableSource.BODY_RANGES, {"bust_girth": (40.0, 84.0)}))
    builder.add_size("OPEN", SizeEntry("36", TableSource.BODY_RANGES, {"bust_girth": (84.0, 250.0)}))
    _, rows = size_guide_numbers(build_size_guide_table(builder.build().listing("OPEN")))
    assert [r[1:] for r in rows] == [[None, 84], [84, None]]  # "up to 84", "84 and over"


def test_several_labels_are_joined_by_a_word_not_a_slash():
    """CN labels contain "/" (165/88A): several labels of one system are joined by the language's
    "or", and the note says why a cell has several."""
    from sizer.catalog.importer import load_catalog
    from sizer.catalog.size_guide import build_size_guide_table

    listing = load_catalog().listing("WT-1002")  # letter sizes: XS spans JP 3, 5 and 7
    table = build_size_guide_table(listing, ["JP", "CN"])
    xs = dict(zip(table.columns, table.rows[0]))
    assert xs["JP"] == "3 or 5 or 7" and xs["CN"] == "150/76A or 155/80A"
    assert "the size spans those sizes" in table.note
    zh = build_size_guide_table(listing, ["CN"], lang="zh_CN")
    assert zh.rows[0][1] == "150/76A或155/80A" and "跨越" in zh.note
    one = build_size_guide_table(load_catalog().listing("WT-1001"), ["EU"])
    assert all(" or " not in r[1] for r in one.rows) and "spans" not in one.note  # one label each: no note


@pytest.mark.parametrize("args,words", [
    (["--listing", "NOPE", "--out", "g.html"], "unknown listing"),
    (["--listing", "WT-1003", "--out", "g.doc"], "cannot tell the format"),
    (["--listing", "WT-1003", "--format", "pdf", "--out", "g.png"], "ends in .png"),
    (["--listing", "WT-1003", "--systems", "USA", "--out", "g.html"], "did you mean 'US'"),
    (["--listing", "WT-1003", "--lang", "pt", "--out", "g.html"], "unknown language"),
])
def test_guide_usage_errors_exit_2(capsys, tmp_path, monkeypatch, args, words):
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, "guide", *args)
    assert code == 2 and words in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_the_key_measurement_reads_right_mid_sentence_in_each_language(sample):
    """English and Spanish lower-case the name mid-sentence; German nouns keep their capital."""
    listing = sample.listing("WD-2003")
    assert "bust girth first" in build_size_guide_table(listing, lang="en").key_measurement
    assert "su contorno de busto" in build_size_guide_table(listing, lang="es").key_measurement
    assert "Oberweite" in build_size_guide_table(listing, lang="de").key_measurement
    assert "votre tour de buste" in build_size_guide_table(listing, lang="fr").key_measurement


@pytest.mark.parametrize("listing,systems,size", [("WT-1003", [], (800, 800)), ("MS-3001", [], (1340, 1785)),
                                                  ("WT-1003", ["US", "JP", "CN", "UK"], (800, 800)),
                                                  ("WD-2003", ["US", "JP"], (2000, 2000))])
def test_gallery_pictures_are_filled_by_the_table(sample, tmp_path, listing, systems, size):
    """The table spans the picture (was: a band across the middle of a mostly white picture) and its
    text is large enough to read on a phone (an x-height of 1 % of the width or more)."""
    from sizer.ui.documents.size_guide import write_size_table_image

    table = build_size_guide_table(sample.listing(listing), systems)
    out = write_size_table_image(table, tmp_path / "g.jpg", *size, "JPEG")
    pixels = image_array(QImage(str(out)))
    assert pixels.shape == (size[1], size[0])
    ink_rows = np.flatnonzero((pixels < 200).any(axis=1))
    ink_cols = np.flatnonzero((pixels < 200).any(axis=0))
    assert (ink_rows[-1] - ink_rows[0]) / size[1] > 0.8, "the table leaves the picture's height blank"
    assert (ink_cols[-1] - ink_cols[0]) / size[0] > 0.85
    # No 15 % band of the picture's height without ink (the blank top and bottom it had).
    blank = np.flatnonzero(~(pixels < 200).any(axis=1))
    runs = np.split(blank, np.flatnonzero(np.diff(blank) != 1) + 1) if blank.size else []
    assert max((len(r) for r in runs), default=0) < 0.15 * size[1]
