"""Every language Sizer lists ships completely or not at all, nothing in it is untranslated, and a
market gets its own language: Japanese for JP, Korean for KR, German for DE (sizer/languages.py)."""
from __future__ import annotations

import re
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sizer import languages
from sizer.languages import LANGUAGES, SOURCE_LANGUAGE, shipped_languages

from conftest import REPO_ROOT
from kiosk_support import make_window  # noqa: F401
from language_support import in_script, missing_glyphs

TRANSLATED = [lang for lang in shipped_languages() if lang != SOURCE_LANGUAGE]


def test_a_language_ships_all_of_its_files_or_none():
    for language in LANGUAGES[1:]:
        files = languages.language_files(language)
        present = [kind for kind, node in files.items() if node.is_file()]
        assert not present or len(present) == len(files), (
            f"{language} has only {present} of {list(files)}: a half-shipped language would show English")
        if present:
            assert language in shipped_languages(), languages.missing_files(language)


def test_every_translated_language_has_its_source_file_and_qt_knows_it():
    for language in TRANSLATED:
        ts = REPO_ROOT / "assets" / "translations" / f"sizer_{language}.ts"
        assert ET.parse(ts).getroot().get("language") == language
        assert language in languages.NATIVE_NAMES and language in languages.CHOOSE_PROMPTS


@pytest.mark.parametrize("language", TRANSLATED)
def test_interface_translation_is_complete_in_the_languages_script_and_drawable(language):
    ts = REPO_ROOT / "assets" / "translations" / f"sizer_{language}.ts"
    # Texts without a word to translate: names, units, and pieces of punctuation that join translated parts.
    english_only = {"Sizer", "OK", "cm", "in", "ID", "ft / in", "%1 cm", "%1 ft", "%1 in", "e.g. 8, M, 38",
                    ", ", "%1: %2", "; {slip}", "SKU {sku}", "%1 (%2)", "%1 — %2, %3", "SKU", "{first}; {second}",
                    " (SKUs {skus})"}
    untranslated, wrong_places, undrawable = [], [], []
    for message in ET.parse(ts).getroot().iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        # a message that counts has a text per plural form
        texts = ([form.text or "" for form in translation.findall("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        if translation.get("type") is not None or not all(text.strip() for text in texts):
            untranslated.append(source)
            continue
        for text in texts:
            if source not in english_only and not in_script(text, language) and "(*" not in source:
                untranslated.append(source)
            if sorted(re.findall(r"%L?[\dn]+", source)) != sorted(re.findall(r"%L?[\dn]+", text)):
                wrong_places.append(source)
            undrawable += missing_glyphs(text)
    assert not untranslated, f"{language}: left in English: {untranslated[:5]}"
    assert not wrong_places, f"{language}: placeholders %1… differ from the English: {wrong_places[:5]}"
    assert not undrawable, f"{language}: no bundled glyph for {sorted(set(undrawable))}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_size_guide_words_are_translated_and_drawable(language):
    from sizer.catalog.size_guide import size_guide_text

    english, words = size_guide_text("en"), size_guide_text(language)
    for key, text in words.items():
        # A separator ("·") is punctuation, of no script.
        assert (in_script(text, language) or not any(c.isalpha() for c in text)) and (
            text != english[key] or len(text) < 10), (language, key, text)
        assert not missing_glyphs(text), (language, key, missing_glyphs(text))
        assert ("{value}" in text) == ("{value}" in english[key]), (language, key)
        # {name} is the dimension's name as written (German nouns keep their capital), {dimension} lower-cased
        assert ("{dimension}" in text or "{name}" in text) == ("{dimension}" in english[key]), (language, key)


def test_markets_read_their_own_language_when_it_ships():
    for market, language in languages.MARKET_LANGUAGES.items():
        expected = language if language in shipped_languages() else SOURCE_LANGUAGE
        assert languages.market_language(market) == expected, market
    assert languages.market_language("US") == languages.market_language("uk") == "en"
    assert languages.listing_language("US", "zh_CN") == "zh_CN"  # no one market: the interface language
    assert languages.listing_language("CN", "en") == "zh_CN"


def test_language_names_and_spellings():
    assert [languages.native_name(code) for code in LANGUAGES] == [
        "English", "简体中文", "日本語", "한국어", "Español", "Deutsch", "Français"]
    assert languages.check_language("zh-cn") == "zh_CN"
    with pytest.raises(LookupError, match="did you mean 'zh_CN'"):
        languages.check_language("zh")


def test_a_requested_locale_picks_its_language():
    from sizer.ui import i18n

    for requested, expected in (("zh_TW", "zh_CN"), ("en_GB", "en"), ("pt_BR", "en")):
        assert i18n.resolve_language(requested) == expected
    for language in TRANSLATED:
        assert i18n.resolve_language(f"{language.split('_')[0]}-XX") == language


def test_dialogs_list_every_language_by_its_own_name_and_follow_the_market(qtbot):
    from sizer.catalog.importer import load_catalog
    from sizer.ui.preset_dialog import PresetDialog
    from sizer.ui.settings import Settings
    from sizer.ui.settings_dialog import SettingsDialog
    from sizer.ui.size_guide_dialog import SizeGuideDialog

    settings = Settings(Path(tempfile.mkdtemp()) / "settings.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    shown = [dialog.language.itemText(i) for i in range(1, dialog.language.count())]
    assert shown == [languages.native_name(code) for code in shipped_languages()]

    preset = PresetDialog("en")
    qtbot.addWidget(preset)
    preset.channel.setCurrentIndex(preset.channel.findData("image"))
    preset.marketplace.setCurrentIndex(preset.marketplace.findData("JP"))
    assert preset.choice()[1].language == languages.market_language("JP")
    preset.output_language.setCurrentIndex(preset.output_language.findData("en"))  # the user may override
    assert preset.choice()[1].language == "en"

    chinese_listing = load_catalog().listing("WD-2003")  # sized in CN
    guide = SizeGuideDialog(chinese_listing, [], "cm", "en")
    qtbot.addWidget(guide)
    assert guide.choice().language == "zh_CN"
    us_listing = next(listing for listing in load_catalog() if listing.size_system == "US")
    guide = SizeGuideDialog(us_listing, [], "cm", TRANSLATED[-1])
    qtbot.addWidget(guide)
    assert guide.choice().language == TRANSLATED[-1]  # no one market: the interface language


def test_the_guide_command_writes_the_listings_market_language(tmp_path, capsys):
    from sizer.cli import main

    out = tmp_path / "guide.html"
    assert main(["guide", "--listing", "WD-2003", "--out", str(out)]) == 0  # a CN-sized listing, --lang auto
    assert out.read_text(encoding="utf-8").startswith('<div lang="zh-CN"')
    assert main(["guide", "--listing", "WD-2003", "--lang", "ja", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith('<div lang="ja"') and "サイズガイド" in text
    assert main(["guide", "--listing", "WD-2003", "--lang", "pt", "--out", str(out)]) == 2
    assert "unknown language 'pt'" in capsys.readouterr().err


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_the_kiosk_language_screen_fits_every_language(make_window, qtbot, size):
    window = make_window(size=size)
    window.attract.start.emit()
    window.language.set_languages(LANGUAGES)  # all seven, as a kiosk offers them once all are shipped
    qtbot.wait(10)
    assert (window.width(), window.height()) == size, "the language screen made the window outgrow the screen"
    title = window.language.title
    assert title.height() >= title.heightForWidth(title.width()), "the prompts are cut off"
    assert [button.text() for button in window.language.buttons.values()] == [
        languages.native_name(code) for code in LANGUAGES]
    assert all(button.isVisible() for button in window.language.buttons.values())
    assert all(languages.CHOOSE_PROMPTS[code] in title.text() for code in LANGUAGES)
