"""Every UI translation file (assets/translations/sizer_*.ts) is complete and matches the code's strings."""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import REPO_ROOT

TRANSLATIONS = REPO_ROOT / "assets" / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("sizer_*.ts"))
PLACEHOLDER = re.compile(r"%(?:\d+|L?n)")
TAG = re.compile(r"</?\w+>")


def messages(ts: Path) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    """(context, source) -> (translation text, translation type) of every message in ``ts``; a
    message that counts gives its plural forms joined by a newline-free separator, checked one by one
    by :func:`forms`."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and message.get("numerus") == "yes":
                plural_forms = [form.text or "" for form in translation.findall("numerusform")]
                text = FORM_SEPARATOR.join(plural_forms) if all(f.strip() for f in plural_forms) else None
            else:
                text = translation.text if translation is not None else None
            kind = translation.get("type") if translation is not None else "unfinished"
            found[(name, message.findtext("source"))] = (text, kind)
    return found


FORM_SEPARATOR = "\x1f"  # between a counting message's plural forms in messages()


def forms(text: str | None) -> list[str]:
    return (text or "").split(FORM_SEPARATOR)


def numerus_count(ts: Path) -> dict[tuple[str, str], int]:
    """(context, source) -> how many plural forms a counting message of ``ts`` has."""
    return {(context.findtext("name"), message.findtext("source")): len(message.find("translation").findall("numerusform"))
            for context in ET.parse(ts).getroot().iter("context") for message in context.iter("message")
            if message.get("numerus") == "yes"}


@pytest.fixture(scope="module")
def extracted_ts(tmp_path_factory) -> Path:
    """Every tr() string in sizer/ui, as lupdate extracts them."""
    extracted = tmp_path_factory.mktemp("lupdate") / "sizer_xx.ts"
    sources = sorted(str(p.relative_to(REPO_ROOT)) for p in (REPO_ROOT / "sizer" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-locations", "none", "-ts", str(extracted)],
                   cwd=REPO_ROOT, check=True, capture_output=True)
    return extracted


@pytest.fixture(scope="module")
def code_strings(extracted_ts) -> set[tuple[str, str]]:
    """The (context, source) of every tr() string in sizer/ui."""
    return set(messages(extracted_ts))


@pytest.fixture(scope="module")
def counting_strings(extracted_ts) -> set[tuple[str, str]]:
    """The (context, source) of every tr() string that counts (``tr("%Ln rows", "", n)``)."""
    return set(numerus_count(extracted_ts))


# How many plural forms each language has (Qt's rules): French, like English, has one singular.
PLURAL_FORMS = {"en": 2, "es": 2, "de": 2, "fr": 2, "zh_CN": 1, "ja": 1, "ko": 1}


def test_there_are_translation_files():
    assert TRANSLATIONS / "sizer_zh_CN.ts" in TS_FILES and len(TS_FILES) >= 2


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_the_file_names_its_own_language(ts):
    assert ET.parse(ts).getroot().get("language") == ts.stem.split("_", 1)[1]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_string_of_the_code_is_translated_and_nothing_else(ts, code_strings, counting_strings):
    if ts.stem == "sizer_en":  # the source language's file holds only the plural forms of counting messages
        code_strings = counting_strings
    shipped = messages(ts)
    untranslated = sorted(key for key, (text, kind) in shipped.items()
                          if key in code_strings and (kind is not None or not (text or "").strip()))
    missing = sorted(code_strings - set(shipped))
    stale = sorted(key for key, (_, kind) in shipped.items()
                   if key not in code_strings and kind not in ("vanished", "obsolete"))
    assert not missing, f"{ts.name}: strings of the code it lacks (run scripts/build_translations.py): {missing[:5]}"
    assert not untranslated, f"{ts.name}: {len(untranslated)} untranslated or unfinished, e.g. {untranslated[:5]}"
    assert not stale, f"{ts.name}: strings the code no longer has (run scripts/build_translations.py): {stale[:5]}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_translations_keep_placeholders_tags_line_breaks_and_accelerators(ts):
    for (context, source), (joined, _) in messages(ts).items():
        for text in forms(joined):
            where = f"{ts.name} [{context}] {source!r} -> {text!r}"
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), where
            assert sorted(TAG.findall(source)) == sorted(TAG.findall(text)), where
            assert source.count("\n") == text.count("\n"), where
            has_accelerator = "&" in source.replace("&&", "")
            if ts.stem.split("_", 1)[1] in ("en", "es", "de", "fr"):  # alphabetic scripts: the & sits in a word
                assert ("&" in text.replace("&&", "")) == has_accelerator, where


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_counting_messages_have_each_plural_form_of_their_language(ts, counting_strings):
    language = ts.stem.split("_", 1)[1]
    counts = numerus_count(ts)
    assert counting_strings <= set(counts), f"{ts.name}: counting messages without plural forms"
    wrong = {key: n for key, n in counts.items() if n != PLURAL_FORMS[language]}
    assert not wrong, f"{ts.name}: {language} has {PLURAL_FORMS[language]} plural form(s): {list(wrong)[:3]}"


def test_english_has_singular_and_plural_of_every_counting_message(counting_strings):
    """The source language's own file: its singular differs from its plural, and neither keeps "(s)"."""
    shipped = messages(TRANSLATIONS / "sizer_en.ts")
    assert counting_strings, "the code has no counting message (tr with a count)"
    for key in counting_strings:
        singular, plural = forms(shipped[key][0])
        assert singular != plural and "(s)" not in singular + plural, (key, singular, plural)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_latin_translations_are_not_left_in_english(ts):
    """A Latin-script translation may equal the English for a word ("Sizer", "cm", "PDF"), not for a sentence."""
    if ts.stem.split("_", 1)[1] not in ("es", "de", "fr"):
        pytest.skip("the untranslated-message check above covers other scripts")
    same = [source for (_, source), (text, _) in messages(ts).items()
            if text == source and len(re.findall(r"[A-Za-z]{2,}", re.sub(r"\*\.\w+", "", source))) >= 3]
    assert not same, f"{ts.name}: left in English: {same[:5]}"
