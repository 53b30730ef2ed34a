"""Measuring guides as documents: PNG at any width, printable PDF (A4/Letter), HTML snippets.

Public API (all functions take guide ids from ``sizer.guides.guide_ids()`` and a language from
``sizer.guides.languages()``; bad ones raise ``UnknownChoiceError``):

- ``paint_guide(painter, rect, guide_id, lang, layout=None)``: paint one guide into a rectangle
  of any QPainter (a PDF page, a PNG, a size-guide export); text and picture shrink until they
  fit and nothing is drawn outside ``rect``. ``layout`` is one of ``LAYOUTS`` ("stacked",
  "columns", "page"), by default chosen from the rectangle's shape.
- ``render_guide_png(guide_id, lang, width_px) -> QImage``: one guide, as tall as it needs.
- ``render_booklet_png(guide_ids, lang, width_px) -> QImage``: several guides on one image.
- ``write_guide_png(guide_ids, lang, path, width_px)``: one guide or a booklet, written atomically
  (``guide_ids`` may be a single id string in every writer).
- ``write_guide_pdf(guide_ids, lang, path, page_size="A4")``: one page per guide, A4 or Letter.
- ``guide_html(guide_id, lang) -> str`` / ``booklet_html(guide_ids, lang) -> str``: a
  self-contained snippet (inline SVG, inline styles, escaped text) to paste into a listing;
  ``write_guide_html(guide_ids, lang, path)`` writes one.

Qt's non-widget modules only (QtGui, QtSvg), so the CLI can render without a screen; every
entry point calls ``ensure_gui_application()`` so the bundled CJK font is registered.
"""
from __future__ import annotations

import html
import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter,
                           QPaintDevice, QPdfWriter, QPen)
from PySide6.QtSvg import QSvgRenderer

from sizer.atomic import atomic_path, atomic_write_text
from sizer.errors import SizerError, UnknownChoiceError
from sizer.guides import Guide, guide_labels, load_guide, style_colours
from sizer.ui.documents.gui_application import ensure_gui_application
from sizer.ui.fonts import document_font

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
PDF_RESOLUTION_DPI = 300
PDF_MARGIN_MM = 14.0
SVG_ASPECT = 5 / 4  # every illustration is drawn in a 400 x 500 frame
MAX_PNG_SIDE_PX = 30000  # QPainter cannot paint much beyond 32767 px

# A PNG is laid out at one of two logical widths and scaled to the width asked for, so a
# 2000 px image is a sharper copy of the same design, not a page of tiny text.
_PHONE_LOGICAL_WIDTH = 420.0
_WIDE_LOGICAL_WIDTH = 860.0
_WIDE_FROM_PX = 700  # PNGs at least this wide get the two-column layout


# ---------------------------------------------------------------------------------------------
# Layout: the positions of every block of one guide for a width and a text size.

@dataclass
class _TextBlock:
    rect: QRectF
    text: str
    font: QFont
    colour: str
    badge: str | None = None  # a number in a dark disc, or "x" for a mistake mark
    badge_centre: QPointF | None = None
    badge_radius: float = 0.0


@dataclass
class _Layout:
    width: float
    height: float
    picture: QRectF
    blocks: list[_TextBlock]
    rules: list[tuple[QPointF, QPointF]]


def _font(language: str, base_px: float, scale: float, bold: bool = False) -> QFont:
    font = document_font(10, bold=bold, language=language)
    font.setPixelSize(max(1, round(base_px * scale)))
    return font


def _text_height(text: str, font: QFont, width: float, device: QPaintDevice | None) -> float:
    metrics = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
    flags = int(Qt.TextFlag.TextWordWrap)
    return metrics.boundingRect(QRectF(0, 0, width, 1e7), flags, text).height()


STACKED, COLUMNS, PAGE = "stacked", "columns", "page"
LAYOUTS = (STACKED, COLUMNS, PAGE)


def _layout(guide: Guide, width: float, base_px: float, mode: str, picture_scale: float = 1.0,
            device: QPaintDevice | None = None) -> _Layout:
    """Place title, illustration, steps, mistakes and definition in a box ``width`` wide.

    ``stacked``: picture above a single text column (phones). ``columns``: picture beside the
    steps (landscape cards). ``page``: large picture above steps and mistakes side by side
    (a portrait print page).
    """
    colours = style_colours()
    pad = base_px * 1.1
    inner = width - 2 * pad
    blocks: list[_TextBlock] = []
    rules: list[tuple[QPointF, QPointF]] = []
    y = pad

    title_font = _font(guide.language, base_px, 1.75, bold=True)
    h = _text_height(guide.title, title_font, inner, device)
    blocks.append(_TextBlock(QRectF(pad, y, inner, h), guide.title, title_font, colours["text"]))
    y += h + base_px * 0.45
    rules.append((QPointF(pad, y), QPointF(width - pad, y)))
    y += base_px * 0.9

    def heading(text: str, y0: float, x0: float, w: float) -> float:
        font = _font(guide.language, base_px, 1.12, bold=True)
        hh = _text_height(text, font, w, device)
        blocks.append(_TextBlock(QRectF(x0, y0, w, hh), text, font, colours["text"]))
        return y0 + hh + base_px * 0.4

    def items(texts: Sequence[str], y0: float, x0: float, w: float, numbered: bool) -> float:
        font = _font(guide.language, base_px, 1.0)
        metrics = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
        indent = base_px * 2.0
        for i, text in enumerate(texts, start=1):
            hh = _text_height(text, font, w - indent, device)
            centre = QPointF(x0 + base_px * 0.75, y0 + metrics.height() / 2)
            blocks.append(_TextBlock(QRectF(x0 + indent, y0, w - indent, hh), text, font, colours["text"],
                                     badge=str(i) if numbered else "x", badge_centre=centre,
                                     badge_radius=base_px * (0.72 if numbered else 0.42)))
            y0 += hh + base_px * 0.5
        return y0

    def section(label: str, texts: Sequence[str], y0: float, x0: float, w: float, numbered: bool) -> float:
        return items(texts, heading(label, y0, x0, w), x0, w, numbered)

    gap = base_px * 1.6
    if mode == COLUMNS:
        picture = QRectF(pad, y, inner * 0.42 * picture_scale, inner * 0.42 * picture_scale * SVG_ASPECT)
        text_x = picture.right() + gap
        text_w = width - pad - text_x
        y_text = section(guide.labels.steps, guide.steps, y, text_x, text_w, numbered=True) + base_px * 0.5
        if y_text < picture.bottom():  # room beside the picture: the mistakes stay in the column
            y_text = section(guide.labels.mistakes, guide.mistakes, y_text, text_x, text_w, numbered=False)
            y_end = max(y_text, picture.bottom())
        else:
            y_below = max(y_text, picture.bottom() + base_px * 1.2)
            y_end = section(guide.labels.mistakes, guide.mistakes, y_below, pad, inner, numbered=False)
    else:
        picture_w = (inner * 0.62 if mode == PAGE else min(inner, base_px * 19.0)) * picture_scale
        picture = QRectF((width - picture_w) / 2, y, picture_w, picture_w * SVG_ASPECT)
        y_text = picture.bottom() + base_px * 1.2
        if mode == PAGE:
            left_w = inner * 0.55
            y_steps = section(guide.labels.steps, guide.steps, y_text, pad, left_w, numbered=True)
            right_x = pad + left_w + gap
            y_mistakes = section(guide.labels.mistakes, guide.mistakes, y_text, right_x, width - pad - right_x,
                                 numbered=False)
            y_end = max(y_steps, y_mistakes)
        else:
            y_end = section(guide.labels.steps, guide.steps, y_text, pad, inner, numbered=True) + base_px * 0.5
            y_end = section(guide.labels.mistakes, guide.mistakes, y_end, pad, inner, numbered=False)

    y_end += base_px * 0.6
    rules.append((QPointF(pad, y_end), QPointF(width - pad, y_end)))
    y_end += base_px * 0.7
    label_font = _font(guide.language, base_px, 0.9, bold=True)
    h = _text_height(guide.definition_label, label_font, inner, device)
    blocks.append(_TextBlock(QRectF(pad, y_end, inner, h), guide.definition_label, label_font,
                             colours["muted_text"]))
    y_end += h + base_px * 0.2
    def_font = _font(guide.language, base_px, 0.9)
    h = _text_height(guide.definition, def_font, inner, device)
    blocks.append(_TextBlock(QRectF(pad, y_end, inner, h), guide.definition, def_font, colours["muted_text"]))
    y_end += h + pad
    return _Layout(width, y_end, picture, blocks, rules)


def _svg_renderer(guide_id: str) -> QSvgRenderer:
    renderer = QSvgRenderer(QByteArray(load_guide(guide_id, "en").svg_text().encode("utf-8")))
    if not renderer.isValid():
        raise SizerError(f"assets/guides/svg/{guide_id}.svg: Qt cannot read this SVG")
    return renderer


def _paint_layout(painter: QPainter, layout: _Layout, origin: QPointF, guide_id: str) -> None:
    colours = style_colours()
    painter.save()
    painter.translate(origin)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.save()
    # Qt, unlike browsers, does not clip to the viewBox; intersect, to keep a caller's clip.
    painter.setClipRect(layout.picture, Qt.ClipOperation.IntersectClip)
    _svg_renderer(guide_id).render(painter, layout.picture)
    painter.restore()
    rule_pen = QPen(QColor("#D5DAE0"))
    rule_pen.setWidthF(max(1.0, layout.width / 700))
    painter.setPen(rule_pen)
    for a, b in layout.rules:
        painter.drawLine(a, b)
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
    for block in layout.blocks:
        if block.badge is not None and block.badge_centre is not None:
            _paint_badge(painter, block, colours)
        painter.setFont(block.font)
        painter.setPen(QColor(block.colour))
        painter.drawText(block.rect, flags, block.text)
    painter.restore()


def _paint_badge(painter: QPainter, block: _TextBlock, colours: dict[str, str]) -> None:
    c, r = block.badge_centre, block.badge_radius
    painter.save()
    if block.badge == "x":  # a mistake: a small cross, drawn, so no font can lose it
        pen = QPen(QColor(colours["muted_text"]))
        pen.setWidthF(r * 0.45)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r))
        painter.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours["landmark"]))
        painter.drawEllipse(c, r, r)
        font = QFont(block.font)
        font.setBold(True)
        font.setPixelSize(max(1, round(r * 1.2)))
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), int(Qt.AlignmentFlag.AlignCenter), block.badge)
    painter.restore()


# ---------------------------------------------------------------------------------------------
# Public API.

def paint_guide(painter: QPainter, rect: QRectF, guide_id: str, lang: str, layout: str | None = None) -> None:
    """Paint one guide into ``rect`` of an active painter, shrinking text and picture until it fits.

    ``layout``: ``"stacked"`` (picture above one text column), ``"columns"`` (picture beside
    the steps) or ``"page"`` (large picture above steps and mistakes side by side); by default
    chosen from the rectangle's shape: narrow -> stacked, portrait -> page, landscape -> columns.
    """
    ensure_gui_application()
    guide = load_guide(guide_id, lang)
    device = painter.device()
    mode = layout or _layout_for(rect)
    if mode not in LAYOUTS:
        raise UnknownChoiceError("layout", mode, LAYOUTS)
    # A screen repaints the same guide at the same size many times: fit it once.
    key = (guide.id, guide.language, round(rect.width(), 1), round(rect.height(), 1), mode,
           device.logicalDpiX() if device is not None else 0)
    with _fitted_lock:
        placed = _fitted_layouts.get(key)
    if placed is None:
        placed = _fit_layout(guide, rect, mode, device)
        with _fitted_lock:
            if len(_fitted_layouts) >= 64:
                _fitted_layouts.pop(next(iter(_fitted_layouts)))
            _fitted_layouts[key] = placed
    painter.save()
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)  # a box too small still gets nothing outside it
    _paint_layout(painter, placed, rect.topLeft(), guide_id)
    painter.restore()


_fitted_layouts: dict[tuple, _Layout] = {}  # read-only once built, so painters may share them
_fitted_lock = threading.Lock()


def _fit_layout(guide: Guide, rect: QRectF, mode: str, device: QPaintDevice | None) -> _Layout:
    """Start large (a print page should be filled, not hold a small block at its top), shrink to fit."""
    base = rect.width() / {STACKED: 26.0, COLUMNS: 44.0, PAGE: 46.0}[mode]
    picture_scale = {STACKED: 1.0, COLUMNS: 1.2, PAGE: 1.0}[mode]
    for _ in range(60):
        placed = _layout(guide, rect.width(), base, mode, picture_scale, device)
        if placed.height <= rect.height():
            break
        base *= 0.96
        picture_scale = max(0.5, picture_scale * 0.97)
    return placed


def _layout_for(rect: QRectF) -> str:
    if rect.width() < 520:
        return STACKED
    return PAGE if rect.height() > rect.width() * 1.15 else COLUMNS


def render_guide_png(guide_id: str, lang: str, width_px: int = 800) -> QImage:
    """One guide on a white image ``width_px`` wide and as tall as its text needs."""
    ensure_gui_application()
    guide = load_guide(guide_id, lang)
    layout, scale = _png_layout(guide, width_px)
    image = _white_image(width_px, math.ceil(layout.height * scale))
    painter = QPainter(image)
    painter.scale(scale, scale)
    _paint_layout(painter, layout, QPointF(0, 0), guide_id)
    painter.end()
    return image


def render_booklet_png(guide_ids: Sequence[str], lang: str, width_px: int = 800) -> QImage:
    """Several guides on one white image: one column below 1200 px, more columns when wider."""
    ensure_gui_application()
    guides = [load_guide(g, lang) for g in _id_list(guide_ids)]
    columns = max(1, min(4, width_px // 600))
    card_w = width_px // columns
    cards = [(g, *_png_layout(g, card_w)) for g in guides]
    rows = [cards[i:i + columns] for i in range(0, len(cards), columns)]
    row_heights = [math.ceil(max(layout.height * scale for _, layout, scale in row)) for row in rows]
    total = sum(row_heights)
    if total > MAX_PNG_SIDE_PX:
        raise SizerError(f"a booklet of {len(guides)} guides at {width_px} px would be {total} px tall; "
                         f"use a smaller or larger --width (wide images get more columns) or --format pdf")
    image = _white_image(width_px, total)
    painter = QPainter(image)
    y = 0
    for row, row_h in zip(rows, row_heights):
        for col, (guide, layout, scale) in enumerate(row):
            painter.save()
            painter.translate(col * card_w, y)
            painter.scale(scale, scale)
            _paint_layout(painter, layout, QPointF(0, 0), guide.id)
            painter.restore()
        y += row_h
        painter.setPen(QPen(QColor("#D5DAE0"), 1))
        painter.drawLine(0, y - 1, width_px, y - 1)
    painter.end()
    return image


def _id_list(guide_ids: str | Sequence[str]) -> list[str]:
    """A list of guide ids; one id may be passed as a plain string."""
    ids = [guide_ids] if isinstance(guide_ids, str) else list(guide_ids)
    if not ids:
        raise SizerError("no guides given")
    return ids


def write_guide_png(guide_ids: str | Sequence[str], lang: str, path: str | Path, width_px: int = 800) -> Path:
    """Write one guide (one id) or a booklet (several) as a PNG, atomically; returns the path."""
    guide_ids = _id_list(guide_ids)
    image = (render_guide_png(guide_ids[0], lang, width_px) if len(guide_ids) == 1
             else render_booklet_png(guide_ids, lang, width_px))
    with atomic_path(path) as temp:
        if not image.save(str(temp), "PNG"):
            raise SizerError(f"{path}: could not write the PNG")
    return Path(path)


def write_guide_pdf(guide_ids: str | Sequence[str], lang: str, path: str | Path, page_size: str = "A4") -> int:
    """Write a printable PDF, one page per guide, atomically; returns the number of pages."""
    ensure_gui_application()
    guide_ids = _id_list(guide_ids)
    if page_size not in PAGE_SIZES:
        raise UnknownChoiceError("page size", page_size, PAGE_SIZES)
    guides = [load_guide(g, lang) for g in guide_ids]
    labels = guide_labels(lang)
    with atomic_path(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(PDF_RESOLUTION_DPI)
        writer.setTitle(guides[0].title if len(guides) == 1 else labels.booklet_title)
        writer.setCreator("Sizer")
        writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[page_size]), QPageLayout.Orientation.Portrait,
                                         QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM),
                                         QPageLayout.Unit.Millimeter))
        painter = QPainter(writer)
        if not painter.isActive():
            raise SizerError(f"{path}: could not start writing the PDF")
        try:
            area = writer.pageLayout().paintRectPixels(PDF_RESOLUTION_DPI)
            footer_h = area.height() * 0.03
            body = QRectF(0, 0, area.width(), area.height() - footer_h)
            for number, guide in enumerate(guides, start=1):
                if number > 1:
                    writer.newPage()
                paint_guide(painter, body, guide.id, lang, layout=PAGE)
                _paint_footer(painter, QRectF(0, body.bottom(), area.width(), footer_h),
                              f"Sizer · {labels.booklet_title}", f"{number} / {len(guides)}", lang)
        finally:
            painter.end()
    return len(guides)


def _paint_footer(painter: QPainter, rect: QRectF, left: str, right: str, lang: str) -> None:
    painter.save()
    font = document_font(10, language=lang)
    font.setPixelSize(max(1, round(rect.height() * 0.45)))
    painter.setFont(font)
    painter.setPen(QColor(style_colours()["muted_text"]))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), left)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), right)
    painter.restore()


def _png_layout(guide: Guide, width_px: int) -> tuple[_Layout, float]:
    if width_px < 200:
        raise SizerError(f"a guide needs at least 200 px of width (got {width_px})")
    wide = width_px >= _WIDE_FROM_PX
    logical = _WIDE_LOGICAL_WIDTH if wide else _PHONE_LOGICAL_WIDTH
    base = 15.5 if wide else 15.0
    scale = width_px / logical
    probe = _white_image(8, 8)  # measure text on an image, as it will be painted
    return _layout(guide, logical, base, COLUMNS if wide else STACKED, device=probe), scale


def _white_image(width: int, height: int) -> QImage:
    if width > MAX_PNG_SIDE_PX or height > MAX_PNG_SIDE_PX:
        raise SizerError(f"an image of {width} x {height} px is too large to render (limit {MAX_PNG_SIDE_PX} px)")
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(3780)  # 96 dpi, so point-sized fonts would match pixel-sized ones
    image.setDotsPerMeterY(3780)
    image.fill(QColor("#FFFFFF"))
    return image


# ---------------------------------------------------------------------------------------------
# HTML: a snippet a store can paste into a listing (no scripts, no external files, no classes).

# Unquoted family names (valid CSS), so the style attribute needs no escaped quotes.
_HTML_FONTS = ("-apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, PingFang SC, "
               "Hiragino Sans GB, Microsoft YaHei, Noto Sans CJK SC, sans-serif")
_SVG_ROOT = re.compile(r"<svg\b[^>]*>")
_SVG_TITLE = re.compile(r"<title>.*?</title>", re.S)


def _inline_svg(guide: Guide) -> str:
    svg = guide.svg_text().strip()
    root = _SVG_ROOT.search(svg)
    if root is None:
        raise SizerError(f"assets/guides/svg/{guide.id}.svg: no <svg> element")
    viewbox = re.search(r'viewBox="([^"]+)"', root.group(0))
    attributes = (f'xmlns="http://www.w3.org/2000/svg" viewBox="{viewbox.group(1) if viewbox else "0 0 400 500"}" '
                  f'role="img" aria-label="{html.escape(guide.title, quote=True)}" '
                  f'style="display:block;width:100%;height:auto"')
    svg = svg[: root.start()] + f"<svg {attributes}>" + svg[root.end():]
    return _SVG_TITLE.sub(f"<title>{html.escape(guide.title)}</title>", svg, count=1)


def _html_lang(lang: str) -> str:
    return lang.replace("_", "-")


def guide_html(guide_id: str, lang: str) -> str:
    """One guide as a self-contained HTML fragment: a <section> with inline SVG and inline styles."""
    guide = load_guide(guide_id, lang)
    colours = style_colours()
    esc = html.escape
    steps = "".join(f'<li style="margin:0 0 .4em">{esc(s)}</li>' for s in guide.steps)
    mistakes = "".join(f'<li style="margin:0 0 .3em">{esc(m)}</li>' for m in guide.mistakes)
    h3 = f'style="font-size:1.05em;margin:1.1em 0 .4em;color:{colours["text"]}"'
    return (
        f'<section lang="{_html_lang(guide.language)}" style="font-family:{esc(_HTML_FONTS, quote=True)};'
        f'color:{colours["text"]};line-height:1.5;max-width:640px;margin:0 auto 2em;padding:0">'
        f'<h2 style="font-size:1.4em;margin:0 0 .6em;color:{colours["text"]}">{esc(guide.title)}</h2>'
        f'<div style="max-width:300px;margin:0 auto 1em">{_inline_svg(guide)}</div>'
        f'<h3 {h3}>{esc(guide.labels.steps)}</h3>'
        f'<ol style="margin:0;padding-left:1.6em">{steps}</ol>'
        f'<h3 {h3}>{esc(guide.labels.mistakes)}</h3>'
        f'<ul style="margin:0;padding-left:1.6em">{mistakes}</ul>'
        f'<p style="margin:1.2em 0 0;font-size:.9em;color:{colours["muted_text"]}">'
        f'<strong style="display:block">{esc(guide.definition_label)}</strong>{esc(guide.definition)}</p>'
        f"</section>"
    )


def booklet_html(guide_ids: Sequence[str], lang: str) -> str:
    """Several guides as one fragment, under the booklet title."""
    guide_ids = _id_list(guide_ids)
    sections = "\n".join(guide_html(g, lang) for g in guide_ids)
    labels = guide_labels(lang)
    colours = style_colours()
    return (f'<div lang="{_html_lang(load_guide(guide_ids[0], lang).language)}">'
            f'<h1 style="font-family:{html.escape(_HTML_FONTS, quote=True)};font-size:1.7em;'
            f'color:{colours["text"]};max-width:640px;margin:0 auto 1em">{html.escape(labels.booklet_title)}</h1>\n'
            f"{sections}\n</div>")


def write_guide_html(guide_ids: str | Sequence[str], lang: str, path: str | Path) -> Path:
    """Write one guide's or a booklet's HTML fragment (UTF-8), atomically; returns the path."""
    guide_ids = _id_list(guide_ids)
    text = guide_html(guide_ids[0], lang) if len(guide_ids) == 1 else booklet_html(guide_ids, lang)
    atomic_write_text(path, text + "\n")
    return Path(path)


__all__ = [
    "PAGE_SIZES", "paint_guide", "render_guide_png", "render_booklet_png", "write_guide_png",
    "write_guide_pdf", "guide_html", "booklet_html", "write_guide_html",
]
