"""Chinese text renders as glyphs, not empty boxes, even on a machine with no CJK font."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from sizer.ui.documents.gui_application import ensure_gui_application
from sizer.ui.fonts import CJK_FAMILY, document_font, ensure_fonts


def ink_pixels(text: str) -> np.ndarray:
    image = QImage(400, 80, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(document_font(28))
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    buffer = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return buffer[:, : image.width()] < 128


def test_bundled_cjk_font_is_registered():
    ensure_gui_application()
    assert CJK_FAMILY in ensure_fonts()


def test_distinct_chinese_characters_draw_distinct_glyphs():
    ensure_gui_application()
    # Missing glyphs all draw the same box (or nothing): different characters must differ.
    waist, hip = ink_pixels("腰围"), ink_pixels("臀围")
    assert waist.sum() > 200 and hip.sum() > 200
    assert (waist != hip).sum() > 100
