"""Helpers for the tests of translated texts: is a text in its language's script, can the bundled fonts draw it."""
from __future__ import annotations

import re

from sizer.ui.documents.gui_application import ensure_gui_application

_SCRIPTS = {
    "zh_CN": re.compile(r"[\u4e00-\u9fff]"),
    "ja": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]"),  # kana or kanji
    "ko": re.compile(r"[\uac00-\ud7a3]"),  # Hangul
}


def in_script(text: str, language: str) -> bool:
    """True when ``text`` has a character of ``language``'s script (always, for Latin-script languages)."""
    pattern = _SCRIPTS.get(language)
    return pattern is None or bool(pattern.search(text))


# Symbols the English strings use that Noto Sans CJK itself lacks (so no subset can carry them):
# "File ▸ Settings" and "⅛ in" are drawn from the system's fonts (DejaVu) like their English.
NOT_IN_NOTO_CJK = frozenset("▸⅛")


def missing_glyphs(text: str) -> list[str]:
    from sizer.ui.fonts import missing_glyphs as missing

    ensure_gui_application()
    return [ch for ch in missing(text) if ch not in NOT_IN_NOTO_CJK]
