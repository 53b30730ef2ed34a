"""Size guide export options: units (cm, in, both), the deciding measurement first, paper by
market, a phone-first HTML checked in a real headless browser, plain HTML for Amazon, gallery pictures."""
from __future__ import annotations

import html.parser
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from sizer.catalog.importer import load_catalog
from sizer.catalog.size_guide import build_size_guide_table, default_paper
from sizer.cli import main
from sizer.ui.documents.size_guide_export import gallery_sizes, parse_image_size
from sizer.ui.documents.size_guide_mobile import (PLAIN_TAGS, column_order, mobile_page_html,
                                                  mobile_size_guide_html, plain_size_guide_html)


@pytest.fixture(scope="module")
def sample():
    return load_catalog()


class _Tags(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes += [(tag, name) for name, _ in attrs]

    def handle_data(self, data):
        self.text.append(data)


def test_units_both_show_cm_and_inches_side_by_side(sample):
    table = build_size_guide_table(sample.listing("WT-1003"), [], "both", "en")
    assert "Bust girth (cm / in)" in table.columns
    # Body 78–84 cm = 30.7–33.1 in (garment 92 cm with regular ease).
    assert table.rows[0][1] == "78–84 / 30.7–33.1" and table.rows[0][3] == "92 / 36.2"
    open_ended = build_size_guide_table(sample.listing("WD-2004"), [], "both", "en")
    assert open_ended.rows[0][1].startswith("up to 84 / up to ")


def test_the_deciding_measurement_comes_first(sample):
    # Men's trousers size by waist (then inside leg), whatever order the catalogue's columns have.
    listing = next(l for l in sample if l.category == "mens_trousers" and "waist_girth" in l.dimensions
                   and len(l.dimensions) > 1)
    table = build_size_guide_table(listing, [], "cm", "en")
    assert table.primary_dimension == "waist_girth" and table.dimensions[0] == "waist_girth"
    assert table.key_measurement == "Measure your waist girth first: it decides the size."
    zh = build_size_guide_table(listing, [], "cm", "zh_CN")
    assert zh.key_measurement.startswith("请先量腰围")


def test_letter_for_us_listings_a4_elsewhere(sample):
    us = next(l for l in sample if l.size_system == "US")
    eu = next(l for l in sample if l.size_system == "EU")
    assert default_paper(us) == "Letter" and default_paper(eu) == "A4"
    brand = next(l for l in sample if not l.size_system)
    assert default_paper(brand, ["US", "EU"]) == "Letter" and default_paper(brand) == "A4"


def test_plain_html_keeps_only_what_amazon_keeps(sample):
    table = build_size_guide_table(sample.listing("WT-1003"), ["US"], "in", "en")
    parser = _Tags()
    parser.feed(plain_size_guide_html(table))
    assert parser.tags <= set(PLAIN_TAGS) and parser.attributes == []
    text = "".join(parser.text)
    # Every size, with the deciding measurement before the other systems' labels.
    for row in table.rows:
        assert f"Size (EU): {row[0]}" in text
    first_line = text.split("Size (EU): 34")[1]
    assert first_line.index("Bust girth (in): 30.7–33.1") < first_line.index("US: 4")


def test_plain_html_escapes_what_merchants_type(sample):
    import dataclasses

    table = dataclasses.replace(build_size_guide_table(sample.listing("WT-1003"), [], "cm", "en"),
                                title='<script>alert(1)</script> & "tee"')
    out = plain_size_guide_html(table)
    assert "<script>" not in out and "&lt;script&gt;" in out


def test_mobile_html_puts_size_and_key_measurement_first(sample):
    table = build_size_guide_table(sample.listing("WT-1003"), ["US", "JP"], "cm", "en")
    order = column_order(table)
    assert [table.columns[j] for j in order[:3]] == ["Size (EU)", "Bust girth (cm)", "US"]
    snippet = mobile_size_guide_html(table)
    assert "<script" not in snippet and "<style" not in snippet and "position:sticky" in snippet
    assert snippet.index("Bust girth (cm)") < snippet.index(">US<")
    assert 'name="viewport"' in mobile_page_html(table)


def _chromium() -> str | None:
    return next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)


def test_mobile_page_fits_a_phone_in_a_real_browser(tmp_path, sample):
    """At 390 px (an iPhone 12-15 width) the page never scrolls sideways: only the table does,
    and the size and the deciding measurement are on screen without scrolling."""
    browser = _chromium()
    if browser is None:
        pytest.skip("no headless Chromium installed (apt-get install chromium)")
    listing = sample.listing("WT-1003")
    table = build_size_guide_table(listing, ["US", "UK", "FR", "IT", "JP"], "both", "en")
    # Headless Chromium's window is at least 500 px wide; a 390 px iframe is a phone's viewport.
    probe = """<script>window.addEventListener('load', () => {
      const table = document.querySelector('table');
      const head = table.querySelectorAll('thead th');
      const box = el => el.getBoundingClientRect();
      const report = {viewport: window.innerWidth, page: document.documentElement.scrollWidth,
                      tableScrolls: table.parentElement.scrollWidth > table.parentElement.clientWidth,
                      sizeRight: box(head[0]).right, keyRight: box(head[1]).right,
                      keyText: head[1].textContent,
                      svgRight: Math.max(0, ...[...document.querySelectorAll('svg')].map(s => box(s).right))};
      parent.postMessage(JSON.stringify(report), '*');
    });</script>"""
    page = tmp_path / "guide.html"
    page.write_text(mobile_page_html(table).replace("</body>", probe + "</body>"), encoding="utf-8")
    phone = tmp_path / "phone.html"
    phone.write_text('<!DOCTYPE html><html><body style="margin:0"><iframe src="guide.html" width="390" '
                     'height="844" style="border:0"></iframe><script>window.addEventListener("message", '
                     'e => document.body.setAttribute("data-report", e.data));</script></body></html>',
                     encoding="utf-8")
    run = subprocess.run([browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                          "--window-size=800,900", "--virtual-time-budget=5000", "--dump-dom", phone.as_uri()],
                         capture_output=True, text=True, timeout=90)
    assert run.returncode == 0, run.stderr[-2000:]
    start = run.stdout.index("data-report=\"") + len("data-report=\"")
    raw = run.stdout[start:run.stdout.index('"', start)]
    report = json.loads(html.unescape(raw))
    assert report["viewport"] <= 400
    assert report["page"] <= report["viewport"], report  # nothing pushes the page wider than the phone
    assert report["tableScrolls"]  # the many systems scroll inside the table instead
    assert report["keyText"] == "Bust girth (cm / in)" and report["keyRight"] <= report["viewport"], report
    assert report["svgRight"] <= report["viewport"], report


@pytest.mark.parametrize("channel", ["amazon", "shein"])
def test_gallery_pictures_have_the_channels_size(tmp_path, capsys, channel):
    out = tmp_path / ("chart.jpg" if channel == "amazon" else "chart.png")
    code = main(["guide", "--listing", "WT-1003", "--systems", "US", "--out", str(out), "--image-size", channel])
    assert code == 0, capsys.readouterr().err
    image = QImage(str(out))
    assert (image.width(), image.height()) == gallery_sizes()[channel]
    if channel == "amazon":
        assert out.read_bytes()[:3] == b"\xff\xd8\xff"  # a JPEG
    # Not blank: the table's ink covers a fair part of the picture, inside the margins.
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    dark = sum(1 for y in range(0, grey.height(), 8) for x in range(0, grey.width(), 8) if grey.pixelColor(x, y).value() < 128)
    assert dark > 100
    margin = round(min(image.width(), image.height()) * 0.05) - 2
    assert all(grey.pixelColor(x, 5).value() > 250 for x in range(0, grey.width(), 50))
    assert all(grey.pixelColor(margin // 2, y).value() > 250 for y in range(0, grey.height(), 50))


def test_image_sizes_and_paper_from_the_cli(tmp_path, capsys):
    assert parse_image_size("1600x1200") == (1600, 1200) and parse_image_size("Amazon") == (2000, 2000)
    code = main(["guide", "--listing", "WT-1003", "--out", str(tmp_path / "g.png"), "--image-size", "huge"])
    assert code == 2 and "WIDTHxHEIGHT" in capsys.readouterr().err
    us = next(l for l in load_catalog() if l.size_system == "US")
    code = main(["guide", "--listing", us.listing_id, "--out", str(tmp_path / "g.pdf")])
    assert code == 0 and "PDF, Letter" in capsys.readouterr().out
    code = main(["guide", "--listing", us.listing_id, "--out", str(tmp_path / "g.pdf"), "--paper", "A4"])
    assert code == 0 and "PDF, A4" in capsys.readouterr().out
    code = main(["guide", "--listing", "WT-1003", "--format", "plain", "--out", str(tmp_path / "g.pdf")])
    assert code == 2 and "ends in .pdf" in capsys.readouterr().err


def test_guide_of_a_shopify_product_straight_from_the_export(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SIZER_MAPPINGS_FILE", str(tmp_path / "mappings.json"))
    export = Path(__file__).parent / "fixtures" / "merchant" / "shopify_products_export.csv"
    assert main(["catalog", "map", str(export), "--remember"]) == 0
    out = tmp_path / "tee.html"
    code = main(["guide", "--catalog", str(export), "--mapping", "remembered", "--listing", "organic-crew-tee",
                 "--format", "plain", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert "Organic crew-neck tee" in out.read_text(encoding="utf-8")
