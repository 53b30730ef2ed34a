"""Problems name categories by their names, in English and translated; German says "Sie" throughout."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from sizer.problems import CategoryName, Problem
from sizer.ui import problem_texts
from sizer.ui.i18n import install_translators

GERMAN = Path(__file__).resolve().parents[2] / "assets" / "translations" / "sizer_de.ts"
# Informal address ("du" and its imperatives as this project's messages used them).
_INFORMAL = re.compile(r"\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines|gib|lege|wähle|öffne|nimm|prüfe|"
                       r"setze|füge|ändere|versuche|speichere|trage|gehst|hast du)\b", re.IGNORECASE)


def ambiguous() -> Problem:
    return Problem("size_system_ambiguous", listing="'trail-runner-us'", category=CategoryName("shoes_men"),
                   systems=["UK = AU = IN", "US"])


def test_a_category_in_a_sentence_is_its_name_not_its_id_in_english_and_german(qapp):
    assert "shoes_men" not in str(ambiguous()) and "Men's shoes size system" in str(ambiguous())
    try:
        install_translators("de")
        german = problem_texts.problem_text(ambiguous())
        assert "shoes_men" not in german and "Herrenschuhe" in german
        assert "geben Sie" in german and "legen Sie" in german
    finally:
        install_translators("en")


def test_german_messages_say_sie_never_du():
    translations = re.findall(r"<(?:translation|numerusform)[^>]*>(.*?)</", GERMAN.read_text(encoding="utf-8"), re.S)
    informal = [t for t in translations if _INFORMAL.search(t)]
    assert informal == []


def test_an_unknown_label_or_system_names_the_category_not_its_id(qapp):
    from sizer.catalog import chart_bridge
    from sizer.errors import UnknownChoiceError
    from sizer.sizing import load_charts

    with pytest.raises(UnknownChoiceError) as label:
        load_charts().get("shoes_women").match_label("EU", "EU 90")
    with pytest.raises(UnknownChoiceError) as system:
        chart_bridge.check_system("shoes_men", "XX")
    assert str(label.value).startswith("unknown Women's shoes EU label 'EU 90'")
    assert "Men's shoes size system" in str(system.value) and "shoes_men" not in str(system.value)
    assert "shoes_women" not in problem_texts.problem_text(label.value.one_line())
    try:
        install_translators("de")
        german = problem_texts.problem_text(label.value.one_line())
        assert "EU-Größe von Damenschuhe" in german and "shoes_women" not in german
    finally:
        install_translators("en")
