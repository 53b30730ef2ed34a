"""What the shopper takes away: their sizes as a QR code (text or a merchant's link), optionally printed.

The payload is made here from values; the QR code is drawn offline by segno. Nothing is sent
anywhere: a link template only decides what the shopper's phone opens after scanning.
"""
from __future__ import annotations

import string
import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from sizer.dimensions import DIMENSION_IDS

MAX_QR_PRODUCTS = 12  # more would make the code too dense to scan from a phone at arm's length
MAX_TITLE_CHARS = 28
QUIET_ZONE_MODULES = 4


@dataclass(frozen=True)
class ProductSize:
    listing_id: str
    title: str
    size: str  # the recommended size, or "" when none fits


def template_fields(template: str) -> list[str]:
    """The ``{field}`` names of a link template (raises ValueError on a malformed one)."""
    return [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]


def template_problem(template: str) -> str | None:
    """Why a link template cannot be used (None when it is fine): for the admin screen."""
    if not template:
        return None
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as error:
        return f"malformed template: {error}"
    allowed = {"sizes", *DIMENSION_IDS}
    unknown = [name for _, name, _, _ in parts if name is not None and name not in allowed]
    if unknown:
        return f"unknown field {{{unknown[0]}}}; use {{sizes}} or a dimension such as {{chest_girth}}"
    # "{sizes:>99999}" would pad the link to megabytes, "{sizes!r}" quote it: fields are filled as they are.
    formatted = next((f"{{{name}{'!' + conversion if conversion else ''}{':' + spec if spec else ''}}}"
                      for _, name, spec, conversion in parts if name is not None and (spec or conversion)), None)
    if formatted:
        return f"{formatted}: no format spec or conversion is allowed; write the field alone, e.g. {{sizes}}"
    if not template.lower().startswith(("https://", "http://")):
        return "a link template starts with https://"
    return None


def link_payload(template: str, measurements_cm: Mapping[str, float], sizes: Sequence[ProductSize],
                 max_products: int = MAX_QR_PRODUCTS) -> str:
    """The merchant's link with ``{sizes}`` (id:size,...) and ``{<dimension>}`` (whole cm) filled in."""
    if template_problem(template) is not None:
        raise ValueError(f"unusable link template: {template_problem(template)}")
    values = {dim: "" for dim in DIMENSION_IDS}
    values.update({dim: str(round(value)) for dim, value in measurements_cm.items()})
    values["sizes"] = ",".join(f"{p.listing_id}:{p.size}" for p in sizes[:max_products] if p.size)
    quoted = {key: urllib.parse.quote(value, safe=":,") for key, value in values.items()}
    return template.format_map(quoted)


def text_payload(heading: str, measurement_lines: Sequence[str], sizes: Sequence[ProductSize],
                 max_products: int = MAX_QR_PRODUCTS, with_titles: bool = True) -> str:
    """A compact text the phone's scanner shows as it is: heading, measurements, one line per product.

    Each product line starts with its listing id (what a shop assistant or the web shop looks up),
    then its title when there is room: ``MS-3001 Merino crew-neck sweater: M``.
    """
    lines = [heading, *measurement_lines]
    # Products with no fitting size are left out: the code stays small enough to scan.
    for product in [p for p in sizes if p.size][:max_products]:
        if with_titles:
            # ASCII dots: a lone "…" makes some decoders guess a legacy encoding for the whole code.
            title = (product.title if len(product.title) <= MAX_TITLE_CHARS
                     else product.title[:MAX_TITLE_CHARS - 3] + "...")
            lines.append(f"{product.listing_id} {title}: {product.size}")
        else:
            lines.append(f"{product.listing_id}: {product.size}")
    return "\n".join(lines)


def first_encodable(payloads: Sequence[str]) -> tuple[str, QImage | None]:
    """The first payload that fits in a QR code, with its image; ("", None) when none does.

    Long listing ids on a link template can overflow even the largest code: the caller offers
    shorter payloads after the full one, and shows the results with or without a code.
    """
    for payload in payloads:
        try:
            return payload, qr_image(payload)
        except segno.DataOverflowError:
            continue
    return "", None


def qr_image(payload: str, module_px: int = 8) -> QImage:
    """The QR code of ``payload`` as a black-on-white image with its quiet zone (error level M).

    Raises ``segno.DataOverflowError`` when the payload does not fit in the largest code.
    """
    code = segno.make(payload, error="m", boost_error=False)
    modules = np.array([list(row) for row in code.matrix], dtype=bool)
    modules = np.pad(modules, QUIET_ZONE_MODULES)
    pixels = np.where(modules, 0, 255).astype(np.uint8)
    pixels = np.ascontiguousarray(np.kron(pixels, np.ones((module_px, module_px), np.uint8)))
    height, width = pixels.shape
    return QImage(pixels.data, width, height, width, QImage.Format.Format_Grayscale8).copy()


def find_printer(name: str) -> QPrinterInfo | None:
    """The configured printer, else the default one; None when there is none (the kiosk hides Print)."""
    if name:
        info = QPrinterInfo.printerInfo(name)
        if not info.isNull():
            return info
    default = QPrinterInfo.defaultPrinter()
    return None if default.isNull() else default


def print_sizes(printer: QPrinter, lines: Sequence[str], code: QImage | None) -> None:
    """Print the sizes and their QR code on one page, without any dialog."""
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A6), QPageLayout.Orientation.Portrait,
                                      printer.pageLayout().margins()))
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("the printer could not start a page")
    try:
        page = QRectF(painter.viewport())
        font = QFont()
        font.setPointSizeF(9)
        painter.setFont(font)
        line_height = painter.fontMetrics().height() * 1.2
        y = 0.0
        for line in lines:
            painter.drawText(QRectF(0, y, page.width(), line_height), Qt.AlignmentFlag.AlignLeft, line)
            y += line_height
        side = min(page.width(), page.height() - y) * 0.8
        if side > 0 and code is not None:
            target = QRectF((page.width() - side) / 2, y + line_height, side, side)
            painter.drawImage(target, code)
    finally:
        painter.end()
