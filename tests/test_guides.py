"""Measuring-guide data: every dimension has an illustration and complete texts in every language."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import sizer.guides as guides
from sizer.dimensions import DIMENSION_IDS, get_dimension
from sizer.errors import DataFileError, UnknownChoiceError
from sizer.resources import as_path, asset
from sizer.toml_compat import tomllib

from conftest import REPO_ROOT

SVG_NS = "{http://www.w3.org/2000/svg}"
CJK = re.compile(r"[\u4e00-\u9fff]")


def all_texts(guide: guides.Guide) -> list[str]:
    return [guide.title, *guide.steps, *guide.mistakes, guide.definition, guide.definition_label]


def test_every_dimension_has_a_guide_and_the_extras_follow():
    ids = guides.guide_ids()
    assert ids[: len(DIMENSION_IDS)] == DIMENSION_IDS
    assert set(ids) - set(DIMENSION_IDS) == {"garment_flat", "camera_stance"}


def test_languages_are_english_and_simplified_chinese_english_first():
    assert guides.languages()[0] == "en"
    assert "zh_CN" in guides.languages()


@pytest.mark.parametrize("guide_id", guides.guide_ids())
def test_svg_parses_has_the_tape_and_no_external_references(guide_id):
    text = guides.guide_svg_text(guide_id)
    root = ET.fromstring(text)
    assert root.tag == f"{SVG_NS}svg"
    assert len(root.get("viewBox", "").split()) == 4
    tape = guides.tape_colour()
    strokes = [el.get("stroke") for el in root.iter() if el.get("stroke")]
    assert tape in strokes, f"{guide_id}: no element is stroked in the tape colour {tape}"
    # Pasted inline into a store listing: nothing may load from elsewhere or run.
    for forbidden in ("href", "url(", "<image", "<script", "<style", "<foreignObject", " id="):
        assert forbidden not in text, f"{guide_id}.svg contains {forbidden!r}"


def test_the_tape_is_the_only_saturated_colour_of_a_body_guide():
    """One accent colour: every other colour of the palette is a grey or near-white."""
    tape = guides.tape_colour()
    for guide_id in DIMENSION_IDS:
        colours = set(re.findall(r"#[0-9A-Fa-f]{6}", guides.guide_svg_text(guide_id))) - {tape}
        for colour in colours:
            r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
            assert max(r, g, b) - min(r, g, b) < 40, f"{guide_id}: {colour} competes with the tape colour"


def test_committed_svgs_are_what_the_drawing_script_draws():
    result = subprocess.run([sys.executable, "scripts/draw_guides.py", "--check"], cwd=REPO_ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("lang", guides.languages())
def test_every_language_is_complete(lang):
    reference = {g.id: g for g in guides.load_all_guides("en")}
    for guide in guides.load_all_guides(lang):
        assert guide.language == lang
        assert all(t.strip() for t in all_texts(guide)), guide.id
        assert len(guide.steps) == len(reference[guide.id].steps), guide.id
        assert guide.mistakes
    for dimension_id in DIMENSION_IDS:
        assert guides.dimension_name(dimension_id, lang).strip()
    labels = guides.guide_labels(lang)
    assert all(getattr(labels, f).strip() for f in ("steps", "mistakes", "definition", "about", "booklet_title"))


def test_english_definitions_are_the_vocabulary_one_liners():
    for dimension_id in DIMENSION_IDS:
        assert guides.load_guide(dimension_id, "en").definition == get_dimension(dimension_id).definition


def test_chinese_texts_are_chinese_and_within_the_bundled_font():
    """Each text is really translated, and uses only GB2312 characters, which the shipped font covers."""
    for guide in guides.load_all_guides("zh_CN"):
        english = guides.load_guide(guide.id, "en")
        for zh, en in zip(all_texts(guide), all_texts(english)):
            assert CJK.search(zh), f"{guide.id}: not Chinese: {zh!r}"
            assert zh != en
            zh.encode("gb2312")  # raises on a character the bundled font lacks
    names = [guides.dimension_name(d, "zh_CN") for d in DIMENSION_IDS]
    assert all(CJK.search(n) for n in names)
    assert len(set(names)) == len(names), "two dimensions share a Chinese name"


@pytest.mark.parametrize("lang", [lang for lang in guides.languages() if lang in ("de", "es", "fr")])
def test_latin_script_texts_are_translated_and_names_distinct(lang):
    """Every text differs from the English one (the completeness check cannot see a text left in English)."""
    for guide in guides.load_all_guides(lang):
        english = guides.load_guide(guide.id, "en")
        for text, en in zip(all_texts(guide), all_texts(english)):
            assert text != en, f"{lang} {guide.id}: left in English: {text!r}"
    names = [guides.dimension_name(d, lang) for d in DIMENSION_IDS]
    assert len(set(names)) == len(names), f"two dimensions share a name in {lang}"
    assert guides.language_name(lang) != guides.language_name("en")


def test_dimension_names_are_distinct_in_english():
    names = [guides.dimension_name(d, "en") for d in DIMENSION_IDS]
    assert len(set(names)) == len(names)
    assert guides.dimension_name("waist_girth", "zh_CN") == "腰围"


def test_definition_heading_is_iso_for_dimensions_and_summary_for_the_others():
    assert "ISO 8559-1" in guides.load_guide("hip_girth", "en").definition_label
    assert guides.load_guide("garment_flat", "en").definition_label == guides.guide_labels("en").about
    assert not guides.load_guide("camera_stance", "zh_CN").is_dimension


def test_svg_resource_is_a_real_file():
    path = as_path(guides.load_guide("foot_width", "zh_CN").svg_resource)
    assert path.name == "foot_width.svg" and path.stat().st_size > 1000


@pytest.mark.parametrize("call, kind", [
    (lambda: guides.load_guide("wiast_girth", "en"), "guide"),
    (lambda: guides.load_guide("waist_girth", "pt"), "language"),
    (lambda: guides.dimension_name("garment_flat", "en"), "dimension"),
    (lambda: guides.guide_labels("it"), "language"),
])
def test_unknown_ids_and_languages_name_the_valid_ones(call, kind):
    with pytest.raises(UnknownChoiceError) as caught:
        call()
    assert caught.value.kind == kind
    assert caught.value.choices


def test_suggestions_for_misspelt_or_named_guides():
    for typed in ("wiast", "waist", "腰围", "Waist girth"):
        with pytest.raises(UnknownChoiceError) as caught:
            guides.load_guide(typed, "en")
        assert caught.value.suggestions[0] == "waist_girth", typed
        assert "did you mean 'waist_girth'" in str(caught.value)


def test_language_spellings_are_normalised():
    assert guides.load_guide("hip_girth", "zh-CN").language == "zh_CN"
    assert guides.load_guide("hip_girth", "ZH_cn").title == "臀围"


# -- a broken language file is refused, never patched up with English ---------------------------

@pytest.fixture
def text_copy(tmp_path, monkeypatch):
    """A copy of assets/guides/text that a test may break; sizer.guides reads it instead."""
    assets = tmp_path / "assets"
    shutil.copytree(as_path(asset("guides")), assets / "guides")

    def fake_asset(*parts: str) -> Path:
        return assets.joinpath(*parts)

    monkeypatch.setattr(guides, "asset", fake_asset)
    for cached in (guides.languages, guides._texts, guides.guide_svg_text, guides.style_colours):
        cached.cache_clear()
    yield assets / "guides" / "text" / "zh_CN.toml"
    for cached in (guides.languages, guides._texts, guides.guide_svg_text, guides.style_colours):
        cached.cache_clear()


def rewrite(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_missing_guide_is_an_error(text_copy):
    rewrite(text_copy, "[guides.foot_width]", "[unused.foot_width]")
    with pytest.raises(DataFileError, match=r"zh_CN\.toml, \[guides\.foot_width\]: missing"):
        guides.load_guide("waist_girth", "zh_CN")


def test_missing_field_is_an_error(text_copy):
    rewrite(text_copy, 'title = "腰围"', 'titel = "腰围"')
    with pytest.raises(DataFileError, match=r"\[guides\.waist_girth\], field 'title'"):
        guides.load_guide("hip_girth", "zh_CN")


def test_missing_dimension_name_is_an_error(text_copy):
    rewrite(text_copy, 'thigh_girth = "大腿围"\n', "")
    with pytest.raises(DataFileError, match=r"\[dimension_names\], field 'thigh_girth'"):
        guides.dimension_name("waist_girth", "zh_CN")


def test_a_missing_step_is_an_error(text_copy):
    rewrite(text_copy, '    "正常呼气后读数，不要收腹。",\n', "")
    with pytest.raises(DataFileError, match=r"waist_girth.*has 2 steps; en has 3"):
        guides.load_guide("waist_girth", "zh_CN")


def test_a_new_language_file_is_found_and_checked(text_copy):
    broken = text_copy.with_name("ja.toml")
    broken.write_text('schema = 1\nlanguage_name = "日本語"\n', encoding="utf-8")
    assert "ja" in guides.languages()
    with pytest.raises(DataFileError, match=r"ja\.toml, \[labels\]: missing table"):
        guides.load_guide("waist_girth", "ja")


def test_style_file_defines_the_tape_colour_once():
    style = tomllib.loads((REPO_ROOT / "assets" / "guides" / "style.toml").read_text(encoding="utf-8"))
    assert style["colours"]["tape"] == guides.tape_colour() == "#E4572E"
    drawing_script = (REPO_ROOT / "scripts" / "draw_guides.py").read_text(encoding="utf-8")
    assert "#E4572E" not in drawing_script  # the script reads the palette, it does not repeat it
