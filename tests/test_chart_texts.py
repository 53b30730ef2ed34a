"""Chart titles, notes and conventions in every interface language (charts/i18n/*.toml)."""
from __future__ import annotations

import fnmatch
from pathlib import Path

import pytest

from sizer.errors import DataFileError
from sizer.sizing import chart_texts, load_chart_file, load_charts
from sizer.sizing.chart_texts import (english_digest, load_translations, parse_translations, translation_languages,
                                      translation_path)
from sizer.toml_compat import tomllib

REPO_ROOT = Path(__file__).resolve().parents[1]
TRANSLATED_LANGUAGES = ["de", "es", "fr", "zh_CN"]  # every interface language but English (sizer/ui/settings.py LANGUAGES)
LATIN_LANGUAGES = [lang for lang in TRANSLATED_LANGUAGES if lang in ("de", "es", "fr")]


def test_every_interface_language_but_english_has_a_chart_translation_file():
    assert translation_languages() == TRANSLATED_LANGUAGES


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_bundled_chart_and_convention_is_translated_and_current(language):
    entries = load_translations(language)
    library = load_charts()
    assert not library.errors
    path = translation_path(language)
    stale_charts = sorted(set(entries) - set(library.ids()))
    assert not stale_charts, f"{path}: entries for charts that do not exist: {stale_charts}"
    for chart in library:
        entry = entries.get(chart.id)
        assert entry is not None, f"{path}: no [{chart.id}] entry"
        assert entry.english_digest == english_digest(chart), (
            f"{path}: [{chart.id}] translates older English texts; update the translation, then set "
            f'english_digest = "{english_digest(chart)}"')
        topics = [c.topic for c in chart.conventions]
        missing = [t for t in topics if t not in entry.conventions]
        stale = [t for t in entry.conventions if t not in topics]
        assert not missing, f'{path}: [{chart.id}] lacks conventions."{missing[0]}"'
        assert not stale, f'{path}: [{chart.id}] has conventions."{stale[0]}", which the chart no longer has'
        assert bool(entry.notes) == bool(chart.notes), f"{path}: [{chart.id}] notes present in one language only"


@pytest.mark.parametrize("language", ["zh_CN"])
def test_translated_texts_are_chinese_within_the_bundled_font(language):
    for chart in load_charts():
        texts = chart_texts(chart, language)
        for text in (texts.title, texts.notes, *(x for c in texts.conventions for x in (c.topic, c.choice, c.reason))):
            if not text:
                continue
            # The bundled CJK font covers GB2312; any character outside it would draw as a box.
            text.encode("gb2312")
            assert any("\u4e00" <= ch <= "\u9fff" for ch in text), f"{chart.id}: untranslated text {text!r}"


@pytest.mark.parametrize("language", LATIN_LANGUAGES)
def test_latin_translations_replace_every_english_text(language):
    """Each title, note and convention differs from the English (a text left in English would pass the digest)."""
    for chart in load_charts():
        english, translated = chart_texts(chart, "en"), chart_texts(chart, language)
        pairs = [(english.title, translated.title), (english.notes, translated.notes)]
        pairs += [(e, t) for ec, tc in zip(english.conventions, translated.conventions)
                  for e, t in ((ec.topic, tc.topic), (ec.choice, tc.choice), (ec.reason, tc.reason))]
        same = [e for e, t in pairs if e and e == t and len(e.split()) > 1]
        assert not same, f"{chart.id}: left in English in {language}: {same[:3]}"
        assert translated.title != english.title, f"{chart.id}: title left in English in {language}"


def test_chinese_texts_replace_the_english_and_keep_the_order_of_conventions():
    chart = load_charts().get("womens_trousers")
    english = chart_texts(chart, "en")
    chinese = chart_texts(chart, "zh_CN")
    assert english.title == "Women's trousers" and chinese.title == "女裤"
    assert english.notes == chart.notes and "腰围和臀围决定尺码" in chinese.notes
    assert [c.topic for c in english.conventions] == [c.topic for c in chart.conventions]
    assert [c.topic for c in chinese.conventions][-2:] == ["长度代码", "中国裤装"]


def test_a_merchants_own_chart_shows_its_own_english(tmp_path):
    """A chart copied from a bundled one but with its own texts must not take the bundled translation."""
    source = (REPO_ROOT / "charts" / "womens_tops.toml").read_text(encoding="utf-8")
    own = tmp_path / "acme_womens_tops.toml"
    own.write_text(source.replace('title = "Women\'s tops"', 'title = "ACME tops"'), encoding="utf-8")
    chart = load_chart_file(own)
    assert chart.id == "womens_tops"
    texts = chart_texts(chart, "zh_CN")
    assert texts.title == "ACME tops" and texts.notes == chart.notes
    assert texts.conventions == tuple(chart.conventions)

    renamed = tmp_path / "acme.toml"
    renamed.write_text(source.replace('id = "womens_tops"', 'id = "acme_tops"'), encoding="utf-8")
    assert chart_texts(load_chart_file(renamed), "zh_CN").title == "Women's tops"


def test_a_broken_translation_file_names_the_place_and_field():
    data = tomllib.loads('format_version = 1\nlanguage = "zh_CN"\n[bras]\nenglish_digest = "x"\ntitle = "文胸"\n'
                        '[bras.conventions."Japan"]\ntopic = "日本"\nchoice = "c"\nreasons = "r"\n')
    with pytest.raises(DataFileError) as caught:
        parse_translations(data, "zh_CN.toml")
    message = str(caught.value)
    assert "zh_CN.toml" in message and 'bras.conventions."Japan"' in message and "reasons" in message


def test_every_file_in_charts_is_installed_with_the_package():
    """pyproject's package-data for sizer.charts must match every shipped chart file (i18n/ included)."""
    pyproject = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = pyproject["tool"]["setuptools"]["package-data"]["sizer.charts"]
    charts = REPO_ROOT / "charts"
    files = [p.relative_to(charts).as_posix() for p in charts.rglob("*")
             if p.is_file() and p.suffix in {".toml", ".md"} and "__pycache__" not in p.parts]
    assert "i18n/zh_CN.toml" in files
    left_out = [f for f in files if not any(fnmatch.fnmatch(f, g) and f.count("/") == g.count("/") for g in globs)]
    assert not left_out, f"charts files a wheel would leave out (add a glob to package-data): {left_out}"


def test_the_frozen_bundle_carries_the_translations_where_resources_looks():
    import importlib.util

    location = REPO_ROOT / "packaging" / "pyinstaller_support.py"
    spec = importlib.util.spec_from_file_location("sizer_pyinstaller_support_for_chart_texts", location)
    support = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(support)
    pairs = support.data_files(support.load_manifest(), REPO_ROOT)
    expected = (str(REPO_ROOT / "charts" / "i18n" / "zh_CN.toml"), str(Path("sizer", "charts", "i18n")))
    assert expected in pairs, "build.spec (packaging/bundle.toml) must copy charts/i18n/ into sizer/charts/i18n"
