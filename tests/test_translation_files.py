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
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
TAG = re.compile(r"</?\w+>")


def messages(ts: Path) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    """(context, source) -> (translation text, translation type) of every message in ``ts``."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            kind = translation.get("type") if translation is not None else "unfinished"
            found[(name, message.findtext("source"))] = (text, kind)
    return found


@pytest.fixture(scope="module")
def code_strings(tmp_path_factory) -> set[tuple[str, str]]:
    """The (context, source) of every tr() string in sizer/ui, as lupdate extracts them."""
    extracted = tmp_path_factory.mktemp("lupdate") / "sizer_xx.ts"
    sources = sorted(str(p.relative_to(REPO_ROOT)) for p in (REPO_ROOT / "sizer" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-locations", "none", "-ts", str(extracted)],
                   cwd=REPO_ROOT, check=True, capture_output=True)
    return set(messages(extracted))


def test_there_are_translation_files():
    assert TRANSLATIONS / "sizer_zh_CN.ts" in TS_FILES and len(TS_FILES) >= 2


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_the_file_names_its_own_language(ts):
    assert ET.parse(ts).getroot().get("language") == ts.stem.split("_", 1)[1]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_string_of_the_code_is_translated_and_nothing_else(ts, code_strings):
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
    for (context, source), (text, _) in messages(ts).items():
        text = text or ""
        where = f"{ts.name} [{context}] {source!r} -> {text!r}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), where
        assert sorted(TAG.findall(source)) == sorted(TAG.findall(text)), where
        assert source.count("\n") == text.count("\n"), where
        has_accelerator = "&" in source.replace("&&", "")
        if ts.stem.split("_", 1)[1] in ("es", "de", "fr"):  # alphabetic scripts: the & sits in a word
            assert ("&" in text.replace("&&", "")) == has_accelerator, where


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_latin_translations_are_not_left_in_english(ts):
    """A Latin-script translation may equal the English for a word ("Sizer", "cm", "PDF"), not for a sentence."""
    if ts.stem.split("_", 1)[1] not in ("es", "de", "fr"):
        pytest.skip("the untranslated-message check above covers other scripts")
    same = [source for (_, source), (text, _) in messages(ts).items()
            if text == source and len(re.findall(r"[A-Za-z]{2,}", re.sub(r"\*\.\w+", "", source))) >= 3]
    assert not same, f"{ts.name}: left in English: {same[:5]}"
