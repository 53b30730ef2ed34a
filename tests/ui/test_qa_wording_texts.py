"""Problems name categories by their names, in English and translated; German says "Sie" throughout."""
from __future__ import annotations

import re
from pathlib import Path

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
