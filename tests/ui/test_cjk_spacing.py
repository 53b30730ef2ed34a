"""Chinese and Japanese sentences are spaced as those languages set type (the QA report found stray
spaces in zh_CN sentences).

The rule, one for both files:
- no space between two CJK characters, nor beside full-width punctuation (，。：（） and 、「」 carry
  their own space);
- one space between CJK text and a Latin word or a number written in the sentence ("共 3 行",
  "Sizer 的建议"), as both files do throughout;
- a placeholder takes the spacing of what fills it: none around a name in the interface language
  (a body dimension, a kind of value), one around a file name, a code or a number.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from conftest import REPO_ROOT
from sizer import problems
from sizer.problems import Problem
from sizer.ui import problem_texts
from sizer.ui.i18n import fill, install_translators

LANGUAGES = ("zh_CN", "ja")
CJK = "[\u3040-\u30ff\u4e00-\u9fff]"
CJK_PUNCTUATION = "[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]"
WIDE = f"(?:{CJK}|{CJK_PUNCTUATION})"
# What a translation may hold that is not its own text: placeholders, markup, the accelerator "(&I)".
NOT_TEXT = re.compile(r"%L?\d+|%L?n|\{\w+\}|<[^>]+>|\(&\w\)")


def translations(language: str) -> list[tuple[str, str, str]]:
    """(context, source, text) of every translation (each plural form) of ``language``."""
    root = ET.parse(REPO_ROOT / "assets" / "translations" / f"sizer_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            found += [(context.findtext("name"), message.findtext("source"), text) for text in texts]
    return found


def spacing_faults(text: str) -> list[str]:
    faults = []
    if re.search(f"{WIDE} +{WIDE}", text):
        faults.append("a space between CJK characters")
    if re.search(f"{CJK_PUNCTUATION} +\\S|\\S +{CJK_PUNCTUATION}", text):
        faults.append("a space beside full-width punctuation")
    return faults


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translations_space_cjk_and_latin_by_one_rule(language):
    faults = []
    for context, source, text in translations(language):
        own = NOT_TEXT.sub("\x00", text)  # placeholders are checked filled in, below
        found = spacing_faults(own)
        if re.search(f"{CJK}[A-Za-z0-9]|[A-Za-z0-9]{CJK}", own):
            found.append("a Latin word or number touching CJK text")
        faults += [f"[{context}] {text!r}: {fault}" for fault in found]
    assert not faults, f"{language}:\n" + "\n".join(faults[:20])


# Interface messages whose placeholders hold a name in the interface language (a body dimension,
# a unit or a chart's shape), with what fills them; other placeholders get a file name or a number.
WORD_PLACEHOLDERS = {
    ("ChartsPage", "%1 min (%2)"): ("%1",), ("ChartsPage", "%1 max (%2)"): ("%1",),
    ("SizesModel", "%1 min (%2)"): ("%1",), ("SizesModel", "%1 max (%2)"): ("%1",),
    ("BrandChartDialog", "“%1” gives %2 a second time: the first column is used"): ("%2",),
    ("BrandChartDialog", "%1: %2, in %3, %4. Check the preview: this is what will be saved."): ("%2", "%3", "%4"),
    ("BrandChartDialog", "The sheet says %1 in “%2”."): ("%1",),
    ("BrandChartDialog", "Nothing says the unit; the values are plausible bodies in %1."): ("%1",),
    ("BrandChartDialog", "The sheet says centimetres in “%1” and inches in “%2”; by the values: %3."): ("%3",),
    ("CataloguePage", "No size: your %1 is %2 cm over the largest size."): ("%1",),
    ("CataloguePage", "No size: your %1 is %2 cm under the smallest size."): ("%1",),
    ("CataloguePage", "Length chosen by your %1"): ("%1",),
}
A_WORD = {"zh_CN": "胸围", "ja": "胸囲"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_interface_sentences_filled_with_names_have_no_stray_space(language):
    shipped = {(context, source): text for context, source, text in translations(language)}
    faults = []
    for (context, source), words in WORD_PLACEHOLDERS.items():
        text = shipped[(context, source)]
        values = [A_WORD[language] if f"%{n}" in words else "cm" for n in range(1, 5)]
        filled = fill(text, *values)
        faults += [f"[{context}] {filled!r}: {fault}" for fault in spacing_faults(filled)]
    assert not faults, "\n".join(faults)


def word_valued(code: str, name: str):
    """A value that renders as a word of the interface language, for the parameters that hold one."""
    if name in problem_texts._DIMENSION_PARAMS.get(code, ()):
        return "chest girth" if name == "girth" else "chest_girth"
    # {what} names a thing: a camera or a marker (words), a SKU or a file kind (they start in Latin)
    what = {"sku_unmatched": Problem("sku_value", sku="A-1"),
            "required_column_of_missing": Problem("file_kind_shopify_orders"),
            "camera_cannot_open": Problem("camera_number", number=1, index=0)}
    words = {"kind": "language", "kinds": "languages", "view": Problem("view_front"),
             "reference": Problem("reference_card"), "what": what.get(code, Problem("reference_what_aruco")),
             "reason": Problem("empty_cell"), "text": Problem("empty_cell"), "step": Problem("step_turn"),
             "slip": Problem("unit_slip_cm", typed="92")}
    return words.get(name, "X1")


@pytest.mark.parametrize("language", LANGUAGES)
def test_problem_sentences_filled_with_names_have_no_stray_space(qapp, language):
    faults = []
    try:
        install_translators(language)
        for code, english in problems.ENGLISH.items():
            params = {name: word_valued(code, name) for name in problems.placeholders(english)}
            counter = problem_texts.COUNTED.get(code)
            if isinstance(counter, str):
                params[counter] = 3
            text = problem_texts.problem_text(Problem(code, **params))
            faults += [f"{code}: {text!r}: {fault}" for fault in spacing_faults(text)]
    finally:
        install_translators("en")
    assert not faults, f"{language}:\n" + "\n".join(faults)
