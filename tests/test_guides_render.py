"""Measuring guides rendered: SVGs, PNGs, PDFs and HTML open, show the tape, and draw Chinese glyphs."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

import sizer.guides as guides
from sizer.errors import SizerError, UnknownChoiceError
from sizer.ui.documents import guides as documents
from sizer.ui.documents.gui_application import ensure_gui_application

A4_POINTS = (595, 842)
LETTER_POINTS = (612, 792)


@pytest.fixture(scope="module", autouse=True)
def gui():
    return ensure_gui_application()


def pixels(image: QImage) -> np.ndarray:
    """H x W x 3 RGB array of a QImage."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    buffer = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return buffer[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(int)


def tape_pixels(rgb: np.ndarray) -> int:
    tape = QColor(guides.tape_colour())
    target = np.array([tape.red(), tape.green(), tape.blue()])
    return int((np.abs(rgb - target).sum(axis=2) < 40).sum())


def ink_pixels(rgb: np.ndarray) -> int:
    return int((rgb.sum(axis=2) < 600).sum())


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 (PEP 683): its "
                    "reference count is constant, so the binding bug cannot abort a render and this check "
                    "could not fail")
def test_qt_binding_keeps_none_alive():
    """PySide6 6.12.0 dropped a reference to None per void call on Python 3.11 and aborted long renders."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(2000):
        painter.save()
        painter.restore()
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 50


@pytest.mark.parametrize("guide_id", guides.guide_ids())
def test_svg_renders_non_blank_with_the_tape_visible(guide_id):
    renderer = QSvgRenderer(QByteArray(guides.guide_svg_text(guide_id).encode()))
    assert renderer.isValid()
    image = QImage(400, 500, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, 400, 500))
    painter.end()
    rgb = pixels(image)
    figure = (np.abs(rgb - 255).sum(axis=2) > 30).sum()
    assert figure > 400 * 500 * 0.05, f"{guide_id}: almost blank"
    assert tape_pixels(rgb) > 250, f"{guide_id}: tape colour hardly visible"


@pytest.mark.parametrize("lang", guides.languages())
def test_every_guide_renders_at_phone_width(lang):
    for guide_id in guides.guide_ids():
        image = documents.render_guide_png(guide_id, lang, 400)
        assert image.width() == 400
        assert 600 < image.height() < 1600, f"{guide_id}/{lang}: {image.height()} px tall"
        rgb = pixels(image)
        assert tape_pixels(rgb) > 100
        assert ink_pixels(rgb) > 4000


def title_band(guide_id: str, lang: str) -> np.ndarray:
    rgb = pixels(documents.render_guide_png(guide_id, lang, 400))
    return rgb[8:44, :200].sum(axis=2) < 384


def test_chinese_titles_draw_as_distinct_glyphs_not_boxes():
    # Two-character titles: empty boxes or blanks would look the same for both.
    waist, hip = title_band("waist_girth", "zh_CN"), title_band("hip_girth", "zh_CN")
    assert waist.sum() > 150 and hip.sum() > 150
    assert (waist != hip).sum() > 80
    # A character the font lacks draws as a box; the same box twice would match itself.
    assert (title_band("neck_girth", "zh_CN") != title_band("head_girth", "zh_CN")).sum() > 40


def test_png_at_print_width_is_a_sharper_copy_of_the_same_card():
    small = documents.render_guide_png("hand_girth", "en", 700)
    large = documents.render_guide_png("hand_girth", "en", 1400)
    assert large.width() == 1400
    assert abs(large.height() - 2 * small.height()) <= 3


@pytest.mark.parametrize("layout, size", [("stacked", (380, 1200)), ("columns", (1000, 700)),
                                          ("page", (700, 1000)), (None, (300, 300))])
def test_paint_guide_stays_inside_its_rectangle(layout, size):
    """Other documents embed a guide in a box: nothing may spill out of it, however small."""
    image = QImage(size[0] + 80, size[1] + 80, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    documents.paint_guide(painter, QRectF(40, 40, *size), "sleeve_length", "zh_CN", layout=layout)
    painter.end()
    rgb = pixels(image)
    inside = rgb[40:40 + size[1], 40:40 + size[0]]
    outside = rgb.copy()
    outside[40:40 + size[1], 40:40 + size[0]] = 255
    assert ink_pixels(inside) > 1000
    if min(size) >= 380:
        assert tape_pixels(inside) > 20
    assert ink_pixels(outside) == 0


def test_png_files_open(tmp_path):
    one = documents.write_guide_png(["foot_length"], "zh_CN", tmp_path / "foot.png", 400)
    booklet = documents.write_guide_png(list(guides.guide_ids()), "en", tmp_path / "all.png", 400)
    wide = documents.write_guide_png(["stature", "hip_girth", "foot_width"], "en", tmp_path / "wide.png", 1200)
    for path in (one, booklet, wide):
        image = QImage(str(path))
        assert not image.isNull()
        assert tape_pixels(pixels(image)) > 100
    assert QImage(str(booklet)).height() > 19 * 600  # one column, every guide
    single = documents.render_guide_png("stature", "en", 600)
    assert QImage(str(wide)).height() < 2 * single.height()  # two columns of cards
    assert not list(tmp_path.glob(".*tmp*")), "temporary files left behind"


def pdf_pages(data: bytes) -> list[tuple[float, float]]:
    """The MediaBox width and height of every page object of a PDF."""
    pages = []
    for match in re.finditer(rb"/Type\s*/Page\b(?!s)", data):
        window = data[max(0, match.start() - 400): match.end() + 400]
        box = re.search(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]", window)
        assert box, "a page without a MediaBox"
        pages.append((float(box.group(3)) - float(box.group(1)), float(box.group(4)) - float(box.group(2))))
    return pages


@pytest.mark.parametrize("page_size, points", [("A4", A4_POINTS), ("Letter", LETTER_POINTS)])
def test_pdf_has_one_page_per_guide_in_the_paper_size(tmp_path, page_size, points):
    path = tmp_path / "guides.pdf"
    count = documents.write_guide_pdf(["waist_girth", "garment_flat", "camera_stance"], "zh_CN", path, page_size)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert count == 3
    sizes = pdf_pages(data)
    assert len(sizes) == 3
    for width, height in sizes:
        assert abs(width - points[0]) < 2 and abs(height - points[1]) < 2


def test_pdf_page_rasterises_with_tape_and_text(tmp_path):
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) not installed")
    path = tmp_path / "waist.pdf"
    documents.write_guide_pdf(["waist_girth"], "zh_CN", path, "A4")
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(path), str(tmp_path / "page")], check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull()
    rgb = pixels(image)
    assert tape_pixels(rgb) > 100
    assert ink_pixels(rgb[: rgb.shape[0] // 10]) > 80  # the Chinese title at the top of the page


def test_unknown_page_size_is_refused(tmp_path):
    with pytest.raises(UnknownChoiceError, match="page size"):
        documents.write_guide_pdf(["waist_girth"], "en", tmp_path / "x.pdf", "A5")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("lang", guides.languages())
def test_html_snippet_is_self_contained_and_well_formed(lang):
    for guide_id in guides.guide_ids():
        snippet = documents.guide_html(guide_id, lang)
        root = ET.fromstring(snippet)  # well-formed: pastes cleanly into any page
        assert root.tag == "section"
        # The picture, inline, as SVG with drawing in it (the old `find(...) or "<svg" in snippet`
        # looked for a direct child, never found one, and passed on the text alone).
        svg = root.find(".//{http://www.w3.org/2000/svg}svg")
        assert svg is not None and len(svg.findall(".//{http://www.w3.org/2000/svg}path")) > 0
        for forbidden in ("<script", "<style", "<link", "<img", "href=", "src=", "url(", "class=", "<iframe"):
            assert forbidden not in snippet, f"{guide_id}/{lang}: {forbidden}"
        assert guides.tape_colour() in snippet
        guide = guides.load_guide(guide_id, lang)
        assert len(root.findall(".//ol/li")) == len(guide.steps)
        assert len(root.findall(".//ul/li")) == len(guide.mistakes)


def test_html_escapes_the_texts(monkeypatch):
    original = guides.load_guide("waist_girth", "en")
    hostile = original.__class__(**{**original.__dict__, "title": "<b>Waist & \"hip\"</b>",
                                    "steps": ("<script>alert(1)</script>",) + original.steps[1:]})
    monkeypatch.setattr(documents, "load_guide", lambda guide_id, lang: hostile)
    snippet = documents.guide_html("waist_girth", "en")
    assert "<script>" not in snippet and "<b>" not in snippet
    assert "&lt;b&gt;Waist &amp; &quot;hip&quot;&lt;/b&gt;" in snippet
    ET.fromstring(snippet)


def test_booklet_html_and_file(tmp_path):
    path = documents.write_guide_html(list(guides.guide_ids()), "zh_CN", tmp_path / "guides.html")
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    assert len(root.findall("section")) == len(guides.guide_ids())
    assert guides.guide_labels("zh_CN").booklet_title in text


def test_one_id_may_be_a_string_and_none_is_an_error(tmp_path):
    assert documents.write_guide_pdf("stature", "en", tmp_path / "one.pdf") == 1
    with pytest.raises(SizerError, match="no guides"):
        documents.write_guide_png([], "en", tmp_path / "none.png")
    assert not (tmp_path / "none.png").exists()
