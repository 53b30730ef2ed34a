"""Line breaking for the kiosk's large type: a text wraps to the width it is given, never widens the window.

A kiosk text in German or French at title size is wider than a portrait screen on one line; if a
widget asked for that width as its minimum, the window would grow past the screen, get larger
type (it scales with the window) and flip into the landscape layout. These helpers measure the
widest piece a line may not be broken inside, and break a text into lines for a given width.
"""
from __future__ import annotations

import math

from PySide6.QtGui import QFont, QTextLayout, QTextOption


def _lines(text: str, font: QFont, width: float, mode: QTextOption.WrapMode) -> list[tuple[str, float]]:
    """Each line of ``text`` laid out at ``width`` px: its text and its natural width."""
    out: list[tuple[str, float]] = []
    for paragraph in text.split("\n"):
        if not paragraph:
            out.append(("", 0.0))
            continue
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(mode)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(0.0, width))
            out.append((paragraph[line.textStart():line.textStart() + line.textLength()].rstrip(" "),
                        line.naturalTextWidth()))
        layout.endLayout()
    return out


def longest_unbreakable_px(text: str, font: QFont) -> int:
    """The width of the widest piece of ``text`` that a line may not break inside (a word; one CJK character)."""
    return math.ceil(max((width for _, width in _lines(text, font, 0, QTextOption.WrapMode.WordWrap)), default=0))


def wrap_to_width(text: str, font: QFont, width: float) -> str:
    """``text`` broken into lines no wider than ``width`` px: between words, inside a word only if it is too long."""
    return "\n".join(line for line, _ in _lines(text, font, width, QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere))
