"""Guarantees a font for every script Sizer writes (screens, PNG, PDF), with the right face per language.

A fresh Linux machine often has no CJK font, and Qt then draws empty boxes. The app ships three
subsets of Noto Sans CJK (OFL, see assets/fonts/OFL.txt; scripts/subset_cjk_font.py says what each
holds): SC carries Latin (accents of Spanish, German, French included), punctuation and GB2312;
JP carries kana and the kanji whose Japanese glyph differs from the Chinese one; KR carries Hangul.
They are registered at start-up, and the family list of the application font, of the common Latin
families (as substitutes) and of documents puts the current language's face first: Japanese text
gets Japanese glyph forms, Chinese text Chinese forms, and any character falls back to a face that
has it. :func:`use_language` switches that order when the interface language changes.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from sizer.languages import CJK_LANGUAGES
from sizer.resources import asset

CJK_FAMILY = "Noto Sans CJK SC"  # the face every language falls back to (it carries Latin too)
JAPANESE_FAMILY = "Noto Sans CJK JP"
KOREAN_FAMILY = "Noto Sans CJK KR"
_FACES = {CJK_FAMILY: "sc", JAPANESE_FAMILY: "jp", KOREAN_FAMILY: "kr"}
_WEIGHTS = ("Regular", "Bold")
_LATIN_FAMILIES = ("Sans Serif", "DejaVu Sans", "Arial", "Helvetica")
_registered: list[str] = []
_state = {"language": "en", "system_families": ()}


def font_files() -> list[str]:
    """The bundled font files (OpenType), as names under assets/fonts."""
    return [f"NotoSansCJK{key}-{weight}.otf" for key in _FACES.values() for weight in _WEIGHTS]


def cjk_families(language: str) -> list[str]:
    """The bundled faces in the order ``language`` wants them: its own face first, then SC."""
    if language == "ja":
        return [JAPANESE_FAMILY, CJK_FAMILY, KOREAN_FAMILY]
    if language == "ko":
        return [KOREAN_FAMILY, CJK_FAMILY, JAPANESE_FAMILY]
    # KR before JP: with [SC, JP, KR] behind a Latin face, Qt 6 drew Han from JP (tests/test_fonts.py)
    return [CJK_FAMILY, KOREAN_FAMILY, JAPANESE_FAMILY]


def text_families(language: str, latin: list[str]) -> list[str]:
    """The family list for ``language``'s text: for Chinese, Japanese and Korean their face comes first.

    Qt picks a fallback face for a character by its own rules, not always in the list's order (behind
    a Latin face it drew Japanese text's kanji from SC); only the first family is sure to be used
    for every character it has. So a CJK language's face leads, and Latin text keeps its face.
    """
    faces = cjk_families(language)
    return [*faces, *latin] if language in CJK_LANGUAGES else [*latin, *faces]


def ensure_fonts(language: str | None = None) -> list[str]:
    """Register the bundled fonts once per process (needs a QGuiApplication); returns their families.

    With ``language``, the faces are also put in that language's order (see :func:`use_language`).
    """
    if not _registered:
        if QGuiApplication.instance() is None:
            raise RuntimeError("ensure_fonts() needs a QGuiApplication")
        families: list[str] = []
        for name in font_files():
            font_id = QFontDatabase.addApplicationFontFromData(QByteArray(asset("fonts", name).read_bytes()))
            if font_id < 0:
                raise RuntimeError(f"Qt could not load the bundled font {name}")
            families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
        app_font = QGuiApplication.font()
        _state["system_families"] = tuple(f for f in (app_font.families() or [app_font.family()])
                                          if f not in _FACES)
        _registered.extend(families)
        _apply(str(_state["language"]))
    if language is not None and language != _state["language"]:
        use_language(language)
    return list(_registered)


def use_language(language: str) -> None:
    """Put ``language``'s face first for the application font, Latin substitutes and documents."""
    _state["language"] = language
    if _registered:
        _apply(language)


def _apply(language: str) -> None:
    faces = cjk_families(language)
    system = list(_state["system_families"])
    app_font = QGuiApplication.font()
    app_font.setFamilies(text_families(language, system))
    QGuiApplication.setFont(app_font)
    # The common Latin families fall back to the bundled faces for characters they lack.
    for family in {*system, *_LATIN_FAMILIES}:
        QFont.removeSubstitutions(family)
        QFont.insertSubstitutions(family, faces)


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


def current_language() -> str:
    return str(_state["language"])


def document_font(point_size: float, bold: bool = False, language: str | None = None) -> QFont:
    """The font documents (PDF, PNG guides) are set in: a Latin sans face, then the language's CJK faces."""
    ensure_fonts()
    font = QFont()
    # One Latin face that is really installed: an absent one would be replaced by its substitutes
    # (the faces in the *interface* language's order) before the list reaches this language's face.
    installed = set(QFontDatabase.families())
    latin = [family for family in _LATIN_FAMILIES[1:] if family in installed][:1]
    font.setFamilies(text_families(language or current_language(), latin))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


_raw_fonts: list = []


def missing_glyphs(text: str) -> list[str]:
    """The characters of ``text`` that no bundled face draws (they would be boxes where no system font has them)."""
    from PySide6.QtGui import QRawFont

    ensure_fonts()
    if not _raw_fonts:
        for name in font_files():
            if "-Regular" in name:
                _raw_fonts.append(QRawFont(QByteArray(asset("fonts", name).read_bytes()), 12))
    # glyphIndexesForString, not supportsCharacter: the latter says False for glyphs the font has
    # (PySide6 6.x, e.g. 点 and （ in the SC face), while index 0 is what a missing glyph maps to.
    return sorted({ch for ch in text if not ch.isspace() and ord(ch) >= 0x20
                   and not any(font.glyphIndexesForString(ch)[:1] not in ([], [0]) for font in _raw_fonts)})
