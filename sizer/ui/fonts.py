"""Guarantees a CJK-capable font wherever Sizer draws text (screens, PNG, PDF).

A fresh Linux machine often has no Chinese font, and Qt then draws empty boxes. The app ships
Noto Sans CJK SC (subset to GB2312, OFL, see assets/fonts/OFL.txt) and registers it at start-up:
as an application font, appended to the application font's family list, and as the substitute
of the common Latin families, so Chinese characters fall back to it wherever text is drawn.
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from sizer.resources import as_path, asset

CJK_FAMILY = "Noto Sans CJK SC"
_FONT_FILES = ("NotoSansCJKsc-Regular-GB2312.otf", "NotoSansCJKsc-Bold-GB2312.otf")
_registered: list[str] = []


def ensure_fonts() -> list[str]:
    """Register the bundled fonts once per process (needs a QGuiApplication); returns their families."""
    if _registered:
        return list(_registered)
    if QGuiApplication.instance() is None:
        raise RuntimeError("ensure_fonts() needs a QGuiApplication")
    families: list[str] = []
    for name in _FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(as_path(asset("fonts", name))))
        if font_id < 0:
            raise RuntimeError(f"Qt could not load the bundled font {name}")
        families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    # The application font and the common Latin families fall back to the bundled CJK face for
    # characters they lack; font-family lists (QFont.setFamilies) do the rest.
    app_font = QGuiApplication.font()
    app_families = app_font.families() or [app_font.family()]
    if CJK_FAMILY not in app_families:
        app_font.setFamilies([*app_families, CJK_FAMILY])
        QGuiApplication.setFont(app_font)
    for family in {*app_families, "Sans Serif", "DejaVu Sans", "Arial", "Helvetica"}:
        if family != CJK_FAMILY:
            QFont.insertSubstitution(family, CJK_FAMILY)
    _registered.extend(families)
    return families


def set_punctuation_widths(language: str) -> None:
    """English quotation marks and dashes as English type sets them, not as wide Chinese punctuation.

    Where the bundled Noto Sans CJK draws Latin text too (no other sans face, or "Sans Serif"
    resolving to it), it sets “ ” ‘ ’ full-width, as Chinese wants; its OpenType feature ``pwid``
    gives the proportional forms. Set on the application font, so every widget built afterwards
    (the desktop rebuilds its window on a language switch) inherits it; the kiosk sets it per widget.
    """
    font = QGuiApplication.font()
    if language.startswith(("zh", "ja", "ko")):
        font.unsetFeature(QFont.Tag("pwid"))
    else:
        font.setFeature(QFont.Tag("pwid"), 1)
    QGuiApplication.setFont(font)


def document_font(point_size: float, bold: bool = False) -> QFont:
    """The font documents (PDF, PNG guides) are set in: a Latin sans face, CJK from the bundled font."""
    ensure_fonts()
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Arial", "Helvetica", CJK_FAMILY])
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
