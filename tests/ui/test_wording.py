"""Wording the QA tester tripped over: French needs a space before a colon (also where code puts a
name and its value together), a singular says one thing in every language, and Japanese kiosk
texts break between words, not inside them."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk_support import make_window  # noqa: F401

from sizer.ui.i18n import install_translators, labelled

TRANSLATIONS = Path(__file__).resolve().parents[2] / "assets" / "translations"


def _translations(language: str):
    for context in ET.parse(TRANSLATIONS / f"sizer_{language}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform")
            for text in ([f.text or "" for f in forms] if forms else [translation.text or ""]):
                yield context.findtext("name"), message.findtext("source"), text


def test_every_french_colon_has_its_space():
    """French typography: a (no-break) space before ":". JSON examples ("id": 17), times and URLs aside."""
    glued = []
    for context, source, text in _translations("fr"):
        for match in re.finditer(r"(?<![\s\u00a0\u202f]):", text):
            before, after = text[max(0, match.start() - 1)], text[match.end():match.end() + 1]
            if before == '"' or (before.isdigit() and after.isdigit()) or text[match.end():].startswith("//"):
                continue
            glued.append((context, source, text))
    assert not glued, glued[:5]


def test_a_name_and_its_value_follow_the_languages_punctuation(qapp):
    try:
        install_translators("fr")
        assert labelled("Tour de cou", "trop ample") == "Tour de cou\u00a0: trop ample"
        install_translators("ja")
        assert labelled("首回り", "ゆるい") == "首回り：ゆるい"
        install_translators("de")
        assert labelled("Halsumfang", "zu weit") == "Halsumfang: zu weit"
    finally:
        install_translators("en")


def test_the_kiosks_fit_notes_in_french_have_the_space(qapp):
    from sizer.recommend.verdicts import ZoneFit
    from sizer.ui.kiosk.results_screen import fit_notes

    class Result:
        fit = {"neck_girth": ZoneFit.LOOSE, "chest_girth": ZoneFit.GOOD}

    try:
        install_translators("fr")
        notes = fit_notes(Result(), "fr")
    finally:
        install_translators("en")
    assert re.search(r"\S\u00a0: ", notes) and not re.search(r"\S: ", notes), notes


APPROXIMATE_BEFORE_ONE = {"en": r"\babout %Ln", "es": r"\bun[oa]s %Ln", "fr": r"\benviron %Ln", "de": r"\b[Ee]twa %Ln"}


@pytest.mark.parametrize("language", sorted(APPROXIMATE_BEFORE_ONE))
def test_a_singular_is_no_approximate_plural(language):
    """"haría falta unos 1 pedido más": the singular form of a counted message says one thing."""
    wrong = []
    for context in ET.parse(TRANSLATIONS / f"sizer_{language}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            forms = message.find("translation").findall("numerusform")
            if forms and re.search(APPROXIMATE_BEFORE_ONE[language], forms[0].text or ""):
                wrong.append(forms[0].text)
    assert not wrong, wrong


def test_the_returns_verdict_counts_one_order_in_spanish(qapp):
    from PySide6.QtCore import QCoreApplication

    source = "Not enough data yet for size %1: about %Ln more order(s) would settle it."
    try:
        install_translators("es")
        one = QCoreApplication.translate("ReturnsPage", source, "", 1)
        three = QCoreApplication.translate("ReturnsPage", source, "", 3)
    finally:
        install_translators("en")
    assert "haría falta 1 pedido más" in one and "unos 1" not in one
    assert "harían falta unos 3 pedidos más" in three


def test_japanese_breaks_between_words_not_inside_them():
    from sizer.ui.kiosk.phrases import WORD_JOINER, cjk_clauses, fit_cjk

    assert cjk_clauses("ステップ 1/2：カメラの方を向く")[-1] == ["カメラの", "方を", "向く"]
    assert cjk_clauses("「最初からやり直す」を押したとき、")[0] == ["「最初からやり直す」を", "押したとき、"]
    # A clause that fits stays whole; one that does not keeps its words whole; a word too wide breaks.
    fitted = fit_cjk("カメラの方を向く", lambda text: len(text) <= 4)
    assert fitted.split(WORD_JOINER) != list("カメラの方を向く")
    assert fitted.replace(WORD_JOINER, "") == "カメラの方を向く"
    assert "カ\u2060メ\u2060ラ\u2060の" in fitted and "の方" in fitted  # a break allowed only between words
    assert fit_cjk("カメラの", lambda text: False) == "カメラの"


def test_the_japanese_kiosk_lines_end_at_word_boundaries(make_window, qtbot, tmp_path):
    """Rendered in Japanese: every line of the consent text ends where cjk_clauses allows a break."""
    window = make_window()
    try:
        window.choose_language("ja")
        window._show(window.consent)
        qtbot.wait(50)
        window.grab().save(str(tmp_path / "kiosk_ja_consent.png"))
        _check_line_ends(window)
    finally:
        install_translators("en")


def _check_line_ends(window) -> None:
    from sizer.ui.kiosk.screens import KioskLabel

    checked = sum(_line_ends_between_words(label, KioskLabel.__mro__[1].text(label))
                  for label in window.consent.findChildren(KioskLabel))
    assert checked >= 2  # the consent texts wrap on a portrait screen


def _line_ends_between_words(label, shown: str) -> bool:
    """Asserts that ``label``'s lines, laid out as Qt lays out ``shown`` (the text it displays), end
    where cjk_clauses allows a break in ``label.text()``; True when the text takes several lines."""
    from PySide6.QtGui import QTextLayout, QTextOption

    from sizer.ui.kiosk.phrases import WORD_JOINER, cjk_clauses

    text = label.text()
    if not label.isVisible() or not text or "\n" in text:
        return False
    layout = QTextLayout(shown, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    ends = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        ends.append(len(shown[:line.textStart() + line.textLength()].replace(WORD_JOINER, "")))
    layout.endLayout()
    allowed, at = set(), 0
    metrics, width = label.fontMetrics(), label.contentsRect().width()
    for clause in cjk_clauses(text):
        for piece in clause:
            if metrics.horizontalAdvance(piece.rstrip()) > width:  # wider than a line (a file's path): may break inside
                allowed.update(range(at, at + len(piece)))
            at += len(piece)
            allowed.add(at)
    assert set(ends) <= allowed, (text, ends)
    return len(ends) > 1


def test_the_japanese_desktop_notes_break_between_words(qtbot, tmp_path):
    """The settings dialog's notes in Japanese, in a narrow window: each line ends between words
    (Qt alone breaks "キオスク" or "カメラ" in the middle), and the dialog can still be narrowed."""
    from sizer.ui.settings import Settings
    from sizer.ui.settings_dialog import SettingsDialog
    from sizer.ui.widgets.wrapping_label import WrappingLabel

    install_translators("ja")
    try:
        dialog = SettingsDialog(Settings(tmp_path / "settings.ini"), systems=("INT", "JP"))
        qtbot.addWidget(dialog)
        dialog.resize(420, 700)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(50)
        dialog.grab().save(str(tmp_path / "settings_ja.png"))
        labels = dialog.findChildren(WrappingLabel)
        assert labels and all("\u2060" not in label.text() for label in labels)  # text() is the source
        wrapped = sum(_line_ends_between_words(label, WrappingLabel.__mro__[1].text(label)) for label in labels)
        assert wrapped >= 2
        narrowest = dialog.minimumSizeHint().width()
        assert narrowest <= 420  # bound clauses never hold the window wide
    finally:
        install_translators("en")
