"""The languages Sizer speaks: one list, each language's own name, and which language a market reads.

Qt-free, so the CLI, the exporters and the UI all ask the same list. A language is *shipped* when
its files exist: the interface translation (``assets/translations/sizer_<lang>.qm``), the measuring
guides (``assets/guides/text/<lang>.toml``) and the chart texts (``charts/i18n/<lang>.toml``);
English is the source of all three and needs none. tests/test_languages.py checks that a language
with any of its files has all of them, and that nothing in them is left untranslated.
"""
from __future__ import annotations

import functools

from sizer.errors import UnknownChoiceError
from sizer.resources import asset, charts_dir

SOURCE_LANGUAGE = "en"
# Every language Sizer is written for, in the order menus list them.
LANGUAGES = ("en", "zh_CN", "ja", "ko", "es", "de", "fr")
# Each language in its own name and script, so a person who cannot read the current one finds theirs.
NATIVE_NAMES = {"en": "English", "zh_CN": "简体中文", "ja": "日本語", "ko": "한국어", "es": "Español",
                "de": "Deutsch", "fr": "Français"}
# The kiosk's language screen asks in every offered language at once: the shopper has not chosen yet.
CHOOSE_PROMPTS = {"en": "Choose your language", "zh_CN": "选择语言", "ja": "言語を選んでください",
                  "ko": "언어를 선택하세요", "es": "Elija su idioma", "de": "Sprache wählen",
                  "fr": "Choisissez votre langue"}
BACK_WORDS = {"en": "Back", "zh_CN": "返回", "ja": "戻る", "ko": "뒤로", "es": "Atrás", "de": "Zurück", "fr": "Retour"}
# The HTML ``lang`` attribute (BCP 47) of each language.
HTML_LANG = {"en": "en", "zh_CN": "zh-CN", "ja": "ja", "ko": "ko", "es": "es", "de": "de", "fr": "fr"}
# Scripts written without spaces, whose punctuation is full-width: they set text differently.
CJK_LANGUAGES = frozenset({"zh_CN", "ja", "ko"})

# The language a marketplace's shoppers read, by country or marketplace code (ISO 3166 alpha-2 and
# Amazon's marketplace ids). Codes not listed (US, UK, CA, AU, IT, BR ...) read English.
MARKET_LANGUAGES = {"CN": "zh_CN", "JP": "ja", "KR": "ko", "ES": "es", "MX": "es", "MEX": "es", "AR": "es",
                    "CL": "es", "CO": "es", "DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "fr"}


@functools.lru_cache(maxsize=1)
def shipped_languages() -> tuple[str, ...]:
    """The languages in LANGUAGES whose files are all present (English always), in LANGUAGES' order."""
    return tuple(lang for lang in LANGUAGES if lang == SOURCE_LANGUAGE or not missing_files(lang))


def language_files(language: str) -> dict[str, object]:
    """The files a translated language ships, by what they hold (importlib resources)."""
    return {"interface": asset("translations", f"sizer_{language}.qm"),
            "guides": asset("guides", "text", f"{language}.toml"),
            "charts": charts_dir() / "i18n" / f"{language}.toml"}


def missing_files(language: str) -> list[str]:
    """Which of ``language``'s files are absent (empty when it ships completely)."""
    from sizer.catalog.size_guide import size_guide_languages  # imported here: it imports this module's users

    missing = [f"{kind} ({node.name})" for kind, node in language_files(language).items() if not node.is_file()]
    if language not in size_guide_languages():
        missing.append(f"size-guide words ([{language}] in sizer/data/size_guide_text.toml)")
    return missing


def native_name(language: str) -> str:
    return NATIVE_NAMES.get(language, language)


def html_lang(language: str) -> str:
    return HTML_LANG.get(language, language.replace("_", "-"))


def market_language(market: str) -> str:
    """The language a market's shoppers read (``JP`` -> ``ja``), if Sizer ships it; else English."""
    language = MARKET_LANGUAGES.get(market.strip().upper(), SOURCE_LANGUAGE)
    return language if language in shipped_languages() else SOURCE_LANGUAGE


def listing_language(size_system: str, fallback: str = SOURCE_LANGUAGE) -> str:
    """The language a listing's size guide defaults to: its market's (a JP-sized listing: Japanese).

    A system that names no one market (US, UK, EU, INT ...) keeps ``fallback`` (the interface language).
    """
    if size_system.strip().upper() in MARKET_LANGUAGES:
        return market_language(size_system)
    return fallback if fallback in shipped_languages() else SOURCE_LANGUAGE


def check_language(lang: str) -> str:
    """``lang`` as a shipped language id; ``zh-CN``/``zh_cn``/``zh`` and ``ja_JP``/``de-AT`` are accepted."""
    known = shipped_languages()
    if lang in known:
        return lang
    normalised = lang.strip().replace("-", "_").casefold()
    folded = {k.casefold(): k for k in known}
    if normalised in folded:
        return folded[normalised]
    error = UnknownChoiceError("language", lang, known)
    if not error.suggestions:  # "zh" -> zh_CN, "ja_JP" -> ja
        base = normalised.split("_")[0]
        error.suggestions = [k for k in known if k.casefold().split("_")[0] == base]
        error.args = (error._message(),)
    raise error
