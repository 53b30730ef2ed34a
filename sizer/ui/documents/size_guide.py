"""A listing's size guide as PNG and PDF: its size table, then the measuring guide of each dimension.

The table is laid out to fit the width it gets: column widths from the widest cell, the whole
text scaled down until every column fits, headers wrapped over lines. The measuring guides are
painted by sizer.ui.documents.guides, so they look the same everywhere. QtGui only (no widgets);
``ensure_gui_application()`` registers the bundled CJK font so Chinese never draws as boxes.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPaintDevice,
                           QPdfWriter, QPen)

from sizer.atomic import atomic_path
from sizer.catalog.size_guide import SizeGuideTable
from sizer.errors import SizerError, UnknownChoiceError
from sizer.guides import style_colours
from sizer.ui.documents.gui_application import ensure_gui_application
from sizer.ui.fonts import document_font

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
PDF_RESOLUTION_DPI = 300
PDF_MARGIN_MM = 14.0
MAX_PNG_SIDE_PX = 30_000
_BORDER = "#D5DAE0"
_HEADER_BG = "#F1F4F7"
_STRIPE_BG = "#FAFBFC"
_WRAP = int(Qt.TextFlag.TextWordWrap)


def _font(language: str, px: float, bold: bool = False) -> QFont:
    font = document_font(10, bold, language)
    font.setPixelSize(max(1, round(px)))
    return font


@dataclass
class _TableLayout:
    px: float  # body text size
    widths: list[float]
    header_height: float
    row_height: float
    pad: float

    @property
    def width(self) -> float:
        return sum(self.widths)


def _measure_table(table: SizeGuideTable, width: float, device: QPaintDevice | None,
                   row_scale: float = 1.0, text_scale: float = 1.0) -> _TableLayout:
    """Shrink the text from width/55 (times ``text_scale``: larger on a picture) until the columns
    fit ``width`` (headers may wrap); rows ``row_scale`` times their natural height (a picture's
    table spread over its height)."""
    px = width / 55.0 * text_scale
    for _ in range(80):
        pad = px * 0.6
        body = QFontMetricsF(_font(table.language, px), device)
        head = QFontMetricsF(_font(table.language, px, bold=True), device)
        widths = []
        for j, header in enumerate(table.columns):
            metrics = head if j == 0 else body  # the first column is painted bold
            cell_w = max([metrics.horizontalAdvance(row[j]) for row in table.rows] + [0.0])
            word_w = max(head.horizontalAdvance(word) for word in header.split() or [""])
            # A header wraps to at most about three lines: never narrower than a third of it.
            widths.append(max(cell_w, word_w, head.horizontalAdvance(header) / 3.0) + 2 * pad)
        if sum(widths) <= width or px <= 6:
            break
        px *= 0.95
    header_height = max(head.boundingRect(QRectF(0, 0, w - 2 * pad, 10_000), _WRAP, c).height()
                        for w, c in zip(widths, table.columns)) + 2 * pad
    # Spread the spare width over the columns so the table spans the page.
    spare = max(0.0, width - sum(widths))
    widths = [w + spare / len(widths) for w in widths]
    return _TableLayout(px, widths, header_height, (body.height() + 2 * pad) * row_scale, pad)


def _heading_px(width: float, text_scale: float) -> float:
    """The heading's text size: a thirtieth of the width, larger with larger table text."""
    return width / 30.0 * (1 + (text_scale - 1) * 0.6)


def _header_block_height(table: SizeGuideTable, width: float, device: QPaintDevice | None,
                         text_scale: float = 1.0) -> float:
    px = _heading_px(width, text_scale)
    title = QFontMetricsF(_font(table.language, px, True), device).boundingRect(QRectF(0, 0, width, 10_000), _WRAP,
                                                                 table.full_title).height()
    subtitle = QFontMetricsF(_font(table.language, px * 0.6), device).height()
    return title + subtitle + px * 0.8


def _note_height(table: SizeGuideTable, width: float, px: float, device: QPaintDevice | None) -> float:
    return QFontMetricsF(_font(table.language, px * 0.95), device).boundingRect(QRectF(0, 0, width, 10_000), _WRAP,
                                                                table.note).height()


def table_page_height(table: SizeGuideTable, width: float, device: QPaintDevice | None = None,
                      row_scale: float = 1.0, text_scale: float = 1.0) -> float:
    """How tall :func:`paint_size_table` will paint at ``width``."""
    layout = _measure_table(table, width, device, row_scale, text_scale)
    return (_header_block_height(table, width, device, text_scale) + layout.header_height
            + layout.row_height * len(table.rows) + layout.px + _note_height(table, width, layout.px, device))


def paint_size_table(painter: QPainter, rect: QRectF, table: SizeGuideTable, row_scale: float = 1.0,
                     text_scale: float = 1.0) -> float:
    """Paint heading, subtitle, table and note at the top of ``rect``; returns the height used."""
    ensure_gui_application()
    colours = style_colours()
    device = painter.device()
    width = rect.width()
    x0, y = rect.left(), rect.top()
    px = _heading_px(width, text_scale)
    painter.save()
    painter.setPen(QColor(colours["text"]))
    painter.setFont(_font(table.language, px, True))
    heading = table.full_title
    bounds = painter.boundingRect(QRectF(x0, y, width, 10_000), _WRAP, heading)
    painter.drawText(QRectF(x0, y, width, bounds.height()), _WRAP, heading)
    y += bounds.height()
    painter.setFont(_font(table.language, px * 0.6))
    painter.setPen(QColor(colours["muted_text"]))
    sub_h = QFontMetricsF(_font(table.language, px * 0.6), device).height()
    painter.drawText(QRectF(x0, y, width, sub_h), int(Qt.AlignmentFlag.AlignLeft), table.subtitle)
    y += sub_h + px * 0.8

    layout = _measure_table(table, width, device, row_scale, text_scale)
    pad = layout.pad
    grid = QPen(QColor(_BORDER))
    grid.setWidthF(max(1.0, layout.px / 14))
    # Header row.
    x = x0
    painter.setFont(_font(table.language, layout.px, True))
    for w, header in zip(layout.widths, table.columns):
        cell = QRectF(x, y, w, layout.header_height)
        painter.fillRect(cell, QColor(_HEADER_BG))
        painter.setPen(grid)
        painter.drawRect(cell)
        painter.setPen(QColor(colours["text"]))
        painter.drawText(cell.adjusted(pad, pad, -pad, -pad), _WRAP | int(Qt.AlignmentFlag.AlignBottom), header)
        x += w
    y += layout.header_height
    # Body rows: labels left-aligned, measurements right-aligned, first column bold.
    for i, row in enumerate(table.rows):
        x = x0
        for j, (w, value) in enumerate(zip(layout.widths, row)):
            cell = QRectF(x, y, w, layout.row_height)
            if i % 2:
                painter.fillRect(cell, QColor(_STRIPE_BG))
            painter.setPen(grid)
            painter.drawRect(cell)
            painter.setPen(QColor(colours["text"]))
            painter.setFont(_font(table.language, layout.px, bold=(j == 0)))
            align = Qt.AlignmentFlag.AlignLeft if j < table.label_columns else Qt.AlignmentFlag.AlignRight
            painter.drawText(cell.adjusted(pad, 0, -pad, 0), int(align | Qt.AlignmentFlag.AlignVCenter), value)
            x += w
        y += layout.row_height
    y += layout.px
    painter.setFont(_font(table.language, layout.px * 0.95))
    painter.setPen(QColor(colours["muted_text"]))
    note_h = _note_height(table, width, layout.px, device)
    painter.drawText(QRectF(x0, y, width, note_h), _WRAP, table.note)
    y += note_h
    painter.restore()
    return y - rect.top()


def _white_image(width: int, height: int) -> QImage:
    if width > MAX_PNG_SIDE_PX or height > MAX_PNG_SIDE_PX:
        raise SizerError(f"an image of {width} x {height} px is too large to render (limit {MAX_PNG_SIDE_PX} px)")
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(3780)
    image.setDotsPerMeterY(3780)
    image.fill(QColor("#FFFFFF"))
    return image


def render_size_guide_png(table: SizeGuideTable, width_px: int = 1000) -> QImage:
    """The size table and, below it, each dimension's measuring guide, on one white image."""
    from sizer.ui.documents.guides import render_guide_png

    ensure_gui_application()
    if width_px < 320:
        raise SizerError(f"a size guide needs at least 320 px of width (got {width_px})")
    margin = round(width_px * 0.04)
    inner = width_px - 2 * margin
    probe = _white_image(8, 8)
    table_h = math.ceil(table_page_height(table, inner, probe))
    heading_px = inner / 30.0 * 0.9
    guides = [render_guide_png(d, table.language, width_px) for d in table.guide_ids]
    heading_h = math.ceil(heading_px * 2.2) if guides else 0
    total = margin + table_h + margin + heading_h + sum(g.height() for g in guides) + margin
    image = _white_image(width_px, total)
    painter = QPainter(image)
    try:
        y = margin + paint_size_table(painter, QRectF(margin, margin, inner, table_h), table) + margin
        if guides:
            painter.setFont(_font(table.language, heading_px, True))
            painter.setPen(QColor(style_colours()["text"]))
            painter.drawText(QRectF(margin, y, inner, heading_h), int(Qt.AlignmentFlag.AlignVCenter),
                             table.how_to_measure)
            y += heading_h
        for guide in guides:
            painter.setPen(QPen(QColor(_BORDER), 1))
            painter.drawLine(QPointF(margin, y), QPointF(width_px - margin, y))
            painter.drawImage(QPointF(0, y), guide)
            y += guide.height()
    finally:
        painter.end()
    return image


def write_size_guide_png(table: SizeGuideTable, path: str | Path, width_px: int = 1000) -> Path:
    image = render_size_guide_png(table, width_px)
    with atomic_path(path) as temp:
        if not image.save(str(temp), "PNG"):
            raise SizerError(f"{path}: could not write the PNG")
    return Path(path)


def write_size_guide_pdf(table: SizeGuideTable, path: str | Path, page_size: str = "A4") -> int:
    """Page 1: the size table; then one page per measuring guide. Returns the number of pages."""
    from sizer.ui.documents.guides import paint_guide

    ensure_gui_application()
    if page_size not in PAGE_SIZES:
        raise UnknownChoiceError("page size", page_size, PAGE_SIZES)
    with atomic_path(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(PDF_RESOLUTION_DPI)
        writer.setTitle(table.full_title)
        writer.setCreator("Sizer")
        many_columns = len(table.columns) > 7
        writer.setPageLayout(QPageLayout(
            QPageSize(PAGE_SIZES[page_size]),
            QPageLayout.Orientation.Landscape if many_columns else QPageLayout.Orientation.Portrait,
            QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM), QPageLayout.Unit.Millimeter))
        painter = QPainter(writer)
        if not painter.isActive():
            raise SizerError(f"{path}: could not start writing the PDF")
        pages = 1
        try:
            area = writer.pageLayout().paintRectPixels(PDF_RESOLUTION_DPI)
            paint_size_table(painter, QRectF(0, 0, area.width(), area.height()), table)
            for dimension in table.guide_ids:
                writer.setPageOrientation(QPageLayout.Orientation.Portrait)  # guides are portrait pages
                writer.newPage()
                pages += 1
                area = writer.pageLayout().paintRectPixels(PDF_RESOLUTION_DPI)
                paint_guide(painter, QRectF(0, 0, area.width(), area.height()), dimension, table.language)
        finally:
            painter.end()
    return pages


def render_size_table_image(table: SizeGuideTable, width_px: int, height_px: int) -> QImage:
    """The size table alone, centred on a white ``width_px`` x ``height_px`` picture for a listing
    gallery: the text is as large as the picture allows (the whole table always fits)."""
    ensure_gui_application()
    if width_px < 320 or height_px < 320:
        raise SizerError(f"a size-chart picture needs at least 320 x 320 px (got {width_px} x {height_px})")
    margin = round(min(width_px, height_px) * 0.05)
    inner_w, inner_h = width_px - 2 * margin, height_px - 2 * margin
    image = _white_image(width_px, height_px)
    # The text as large as the width allows (up to twice a page's), then everything scales with
    # the width the table is given, so its height does too: narrow the table until it fits the
    # height, then centre it.
    text = 2.0
    table_w = float(inner_w)
    for _ in range(6):
        needed = table_page_height(table, table_w, image, text_scale=text)
        if needed <= inner_h:
            break
        table_w *= inner_h / needed * 0.99
    # A wide table still leaves a square or portrait picture half blank: its rows are spread over
    # the height (up to 2.5 times their natural height), so the table fills the picture.
    height = table_page_height(table, table_w, image, text_scale=text)
    rows_h = _measure_table(table, table_w, image, text_scale=text).row_height * len(table.rows)
    row_scale = 1.0
    if rows_h and height < inner_h:
        row_scale = min(2.5, 1 + (inner_h - height) / rows_h)
        height = table_page_height(table, table_w, image, row_scale, text)
        while height > inner_h and row_scale > 1.0:
            row_scale = max(1.0, row_scale - 0.02)
            height = table_page_height(table, table_w, image, row_scale, text)
    painter = QPainter(image)
    try:
        x = margin + (inner_w - table_w) / 2
        y = margin + max(0.0, (inner_h - height) / 2)
        paint_size_table(painter, QRectF(x, y, table_w, height), table, row_scale, text)
    finally:
        painter.end()
    return image


def write_size_table_image(table: SizeGuideTable, path: str | Path, width_px: int, height_px: int,
                           fmt: str = "PNG") -> Path:
    """PNG or JPEG (quality 92, no transparency: galleries show JPEGs on white)."""
    image = render_size_table_image(table, width_px, height_px)
    if fmt.upper() in ("JPG", "JPEG"):
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        fmt = "JPEG"
    with atomic_path(path) as temp:
        if not image.save(str(temp), fmt.upper(), 92 if fmt == "JPEG" else -1):
            raise SizerError(f"{path}: could not write the {fmt}")
    return Path(path)
