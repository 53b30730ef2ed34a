"""Every script Sizer writes renders as glyphs, not empty boxes, even on a machine with no CJK font,
and each language gets its own glyph forms (Japanese kanji for Japanese, Chinese for Chinese)."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from sizer.ui.documents.gui_application import ensure_gui_application
from sizer.ui.fonts import (CJK_FAMILY, JAPANESE_FAMILY, KOREAN_FAMILY, document_font, ensure_fonts, missing_glyphs,
                            use_language)


def ink_pixels(text: str, language: str | None = None, bold: bool = False) -> np.ndarray:
    image = QImage(400, 80, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(document_font(28, bold, language))
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    buffer = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return buffer[:, : image.width()] < 128


def test_bundled_cjk_fonts_are_registered():
    ensure_gui_application()
    assert {CJK_FAMILY, JAPANESE_FAMILY, KOREAN_FAMILY} <= set(ensure_fonts())


def test_distinct_chinese_characters_draw_distinct_glyphs():
    ensure_gui_application()
    # Missing glyphs all draw the same box (or nothing): different characters must differ.
    waist, hip = ink_pixels("腰围"), ink_pixels("臀围")
    assert waist.sum() > 200 and hip.sum() > 200
    assert (waist != hip).sum() > 100


def test_kana_kanji_and_hangul_draw_distinct_glyphs():
    ensure_gui_application()
    for one, other, language in (("ウエスト", "ヒップ", "ja"), ("胸囲", "股下", "ja"), ("허리둘레", "엉덩이둘레", "ko")):
        a, b = ink_pixels(one, language), ink_pixels(other, language)
        assert a.sum() > 200 and b.sum() > 200, (one, other)
        assert (a != b).sum() > 100, (one, other)


def test_japanese_text_gets_japanese_glyph_forms_and_chinese_gets_chinese():
    ensure_gui_application()
    # 直 and 骨 are one code point each, drawn differently in Japan and China: the face order decides.
    for character in ("直", "骨"):
        japanese, chinese = ink_pixels(character, "ja"), ink_pixels(character, "zh_CN")
        assert japanese.sum() > 100 and chinese.sum() > 100
        assert (japanese != chinese).sum() > 20, character
    assert (ink_pixels("直", "ko") == ink_pixels("直", "zh_CN")).all()  # no Hanja in KR: Chinese forms


def test_the_application_font_puts_the_languages_face_first():
    from PySide6.QtGui import QGuiApplication

    ensure_gui_application()
    try:
        use_language("ja")
        families = QGuiApplication.font().families()
        assert families[0] == JAPANESE_FAMILY
        use_language("ko")
        families = QGuiApplication.font().families()
        assert families[0] == KOREAN_FAMILY and families.index(CJK_FAMILY) < families.index(JAPANESE_FAMILY)
    finally:
        use_language("en")
    families = QGuiApplication.font().families()
    assert families[0] not in (CJK_FAMILY, JAPANESE_FAMILY, KOREAN_FAMILY)  # Latin text keeps the system face
    assert families.index(CJK_FAMILY) < families.index(JAPANESE_FAMILY)


def test_the_bundled_fonts_cover_every_script_and_the_latin_accents():
    ensure_gui_application()
    latin = "ÁÉÍÓÚÑÜ¿¡áéíóúñü ÄÖÜäöüß ÀÂÆÇÈÉÊËÎÏÔŒÙÛàâæçèéêëîïôœùûÿ €«»“”‘’–—…"
    kana = "".join(chr(c) for c in range(0x3041, 0x3097)) + "".join(chr(c) for c in range(0x30A1, 0x30FB))
    # Every kanji of JIS X 0208 and every Hangul syllable of KS X 1001, via their EUC codes.
    jis = "".join(bytes([h, lo]).decode("euc_jp", "ignore") for h in range(0xB0, 0xF5) for lo in range(0xA1, 0xFF))
    hangul = "".join(bytes([h, lo]).decode("euc_kr", "ignore") for h in range(0xB0, 0xC9) for lo in range(0xA1, 0xFF))
    assert len(jis) > 6300 and len(hangul) == 2350
    for text in (latin, kana, jis, hangul):
        assert not missing_glyphs(text), missing_glyphs(text)[:20]
    assert missing_glyphs("\U0001F600") == ["\U0001F600"]  # the check can fail: no emoji face is shipped


def test_bold_japanese_and_korean_are_bolder_without_a_bold_file():
    ensure_gui_application()
    for text, language in (("始める前に", "ja"), ("시작하기 전에", "ko"), ("开始之前", "zh_CN")):
        regular, bold = ink_pixels(text, language), ink_pixels(text, language, bold=True)
        assert bold.sum() > regular.sum() * 1.15, (text, regular.sum(), bold.sum())


def test_accented_latin_draws_accents():
    ensure_gui_application()
    plain, accented = ink_pixels("Eleve", "fr"), ink_pixels("Élève", "fr")
    assert (plain != accented).sum() > 20


def test_pdfs_embed_the_languages_own_face(tmp_path):
    import re

    from sizer.ui.documents.guides import write_guide_pdf

    ensure_gui_application()
    embedded = {}
    for language in ("ja", "ko", "zh_CN"):
        path = tmp_path / f"waist-{language}.pdf"
        write_guide_pdf(["waist_girth"], language, path, "A4")
        embedded[language] = set(re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?(NotoSansCJK\w\w)", path.read_bytes()))
    assert b"NotoSansCJKjp" in embedded["ja"]
    assert b"NotoSansCJKkr" in embedded["ko"]
    assert embedded["zh_CN"] == {b"NotoSansCJKsc"}
