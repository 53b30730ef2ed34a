"""Measuring guides: the illustrated, translated instructions for every body dimension and more.

The data lives in ``assets/guides/``: one SVG per guide (``svg/<guide_id>.svg``, drawn by
scripts/draw_guides.py), one text file per language (``text/<lang>.toml``) and the palette
(``style.toml``). This module reads them and hands out plain values; it never imports Qt, so
the CLI, the exporters and the UI can all use it. Rendering to PNG/PDF/HTML is in
``sizer.ui.documents.guides``.

A language file must be complete: every guide, every field, every dimension name, and as many
steps as the English guide. A gap raises :class:`DataFileError`; nothing falls back to English.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from sizer.dimensions import DIMENSION_IDS
from sizer.errors import DataFileError, UnknownChoiceError, suggest
from sizer.resources import asset
from sizer.toml_compat import tomllib

# Guides that are not a body dimension; they follow the dimension guides in a booklet.
GARMENT_FLAT = "garment_flat"
CAMERA_STANCE = "camera_stance"
EXTRA_GUIDE_IDS: tuple[str, ...] = (GARMENT_FLAT, CAMERA_STANCE)
REFERENCE_LANGUAGE = "en"  # the language whose step counts every other must match
_LABEL_FIELDS = ("steps", "mistakes", "definition", "about", "booklet_title")


@dataclass(frozen=True)
class GuideLabels:
    """The headings a rendered guide prints, in one language."""

    steps: str  # "How to measure"
    mistakes: str  # "Common mistakes"
    definition: str  # "ISO 8559-1 definition": heads a dimension guide's definition
    about: str  # "In short": heads the summary of the garment and camera guides
    booklet_title: str  # "Measuring guides"


@dataclass(frozen=True)
class Guide:
    """One measuring guide in one language: everything a renderer needs."""

    id: str
    language: str
    title: str
    steps: tuple[str, ...]  # shown numbered, in this order
    mistakes: tuple[str, ...]
    definition: str  # the ISO 8559-1 definition (dimension guides) or a summary (the others)
    definition_label: str  # the heading to print above ``definition``
    labels: GuideLabels

    @property
    def is_dimension(self) -> bool:
        return self.id in DIMENSION_IDS

    @property
    def svg_resource(self):
        """The illustration as an importlib resource (``sizer.resources.as_path`` gives a path)."""
        return guide_svg_resource(self.id)

    def svg_text(self) -> str:
        return guide_svg_text(self.id)


def guide_ids() -> tuple[str, ...]:
    """Every guide, in booklet order: the body dimensions, then the garment and camera guides."""
    return (*DIMENSION_IDS, *EXTRA_GUIDE_IDS)


@functools.lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """The languages guides are written in (``en`` first), found from the text files."""
    found = sorted(node.name[: -len(".toml")] for node in asset("guides", "text").iterdir()
                   if node.name.endswith(".toml"))
    return tuple(sorted(found, key=lambda lang: (lang != REFERENCE_LANGUAGE, lang)))


def check_language(lang: str) -> str:
    """``lang`` as a shipped language id (sizer/languages.py); ``zh-CN``/``zh_cn``/``zh`` mean ``zh_CN``."""
    from sizer.languages import check_language as check_shipped

    return check_shipped(lang)


def check_guide_id(guide_id: str) -> str:
    """``guide_id`` if it is a guide; otherwise UnknownChoiceError, suggesting guides by id or name."""
    if guide_id in guide_ids():
        return guide_id
    error = UnknownChoiceError("guide", guide_id, guide_ids())
    if not error.suggestions:  # "waist", "wiast", "Hip girth", "腰围": look at words and names too
        error.suggestions = _suggest_by_name(guide_id)
        error.args = (error._message(),)
    raise error


def _suggest_by_name(value: str) -> list[str]:
    keys: dict[str, str] = {}
    for guide_id in guide_ids():
        keys.setdefault(guide_id.split("_")[0], guide_id)
    for lang in languages():
        for guide_id in guide_ids():
            keys.setdefault(_texts(lang).guides[guide_id].title.casefold(), guide_id)
    return list(dict.fromkeys(keys[m] for m in suggest(value.casefold(), list(keys))))


def load_guide(guide_id: str, lang: str) -> Guide:
    """The guide ``guide_id`` in ``lang``; unknown ids or languages raise UnknownChoiceError."""
    guide_id, lang = check_guide_id(guide_id), check_language(lang)
    return _texts(lang).guides[guide_id]


def load_all_guides(lang: str) -> list[Guide]:
    """Every guide in ``lang``, in booklet order."""
    texts = _texts(check_language(lang))
    return [texts.guides[g] for g in guide_ids()]


def dimension_name(dimension_id: str, lang: str) -> str:
    """The name of a body dimension in ``lang`` ("Waist girth", "腰围"), for UI and exports."""
    if dimension_id not in DIMENSION_IDS:
        raise UnknownChoiceError("dimension", dimension_id, DIMENSION_IDS)
    return _texts(check_language(lang)).dimension_names[dimension_id]


def guide_labels(lang: str) -> GuideLabels:
    return _texts(check_language(lang)).labels


def language_name(lang: str) -> str:
    """The language's name in itself ("English", "简体中文")."""
    return _texts(check_language(lang)).language_name


def guide_svg_resource(guide_id: str):
    return asset("guides", "svg", f"{check_guide_id(guide_id)}.svg")


@functools.lru_cache(maxsize=None)
def guide_svg_text(guide_id: str) -> str:
    """The illustration's SVG source (UTF-8 text, no external references)."""
    return guide_svg_resource(guide_id).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def style_colours() -> dict[str, str]:
    """The guides' palette from assets/guides/style.toml (``tape`` is the accent colour)."""
    node = asset("guides", "style.toml")
    colours = tomllib.loads(node.read_text(encoding="utf-8")).get("colours", {})
    for key, value in colours.items():
        if not re.fullmatch(r"#[0-9A-Fa-f]{6}", str(value)):
            raise DataFileError(str(node), "[colours]", key, f"expected a colour like #E4572E, got {value!r}")
    if "tape" not in colours:
        raise DataFileError(str(node), "[colours]", "tape", "missing: the accent colour of the tape")
    return dict(colours)


def tape_colour() -> str:
    """The one accent colour of every guide: the tape's path."""
    return style_colours()["tape"]


# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _LanguageTexts:
    language_name: str
    labels: GuideLabels
    dimension_names: dict[str, str]
    guides: dict[str, Guide]


@functools.lru_cache(maxsize=None)
def _texts(lang: str) -> _LanguageTexts:
    node = asset("guides", "text", f"{lang}.toml")
    where = f"assets/guides/text/{lang}.toml"
    try:
        raw = tomllib.loads(node.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise DataFileError(where, None, None, f"not valid TOML: {error}") from None
    reference = None if lang == REFERENCE_LANGUAGE else _texts(REFERENCE_LANGUAGE)

    labels_raw = _table(raw, "labels", where)
    labels = GuideLabels(**{f: _text(labels_raw, f, where, "[labels]") for f in _LABEL_FIELDS})
    names_raw = _table(raw, "dimension_names", where)
    names = {d: _text(names_raw, d, where, "[dimension_names]") for d in DIMENSION_IDS}
    guides_raw = _table(raw, "guides", where)
    guides: dict[str, Guide] = {}
    for guide_id in guide_ids():
        location = f"[guides.{guide_id}]"
        if guide_id not in guides_raw:
            raise DataFileError(where, location, None, "missing: every language needs every guide")
        entry = guides_raw[guide_id]
        steps = _text_list(entry, "steps", where, location)
        if reference is not None and len(steps) != len(reference.guides[guide_id].steps):
            raise DataFileError(where, location, "steps",
                                f"has {len(steps)} steps; {REFERENCE_LANGUAGE} has "
                                f"{len(reference.guides[guide_id].steps)} (steps are cited by number)")
        is_dimension = guide_id in DIMENSION_IDS
        guides[guide_id] = Guide(
            id=guide_id, language=lang, title=_text(entry, "title", where, location), steps=steps,
            mistakes=_text_list(entry, "mistakes", where, location),
            definition=_text(entry, "definition", where, location),
            definition_label=labels.definition if is_dimension else labels.about, labels=labels)
    return _LanguageTexts(_text(raw, "language_name", where, "top level"), labels, names, guides)


def _table(raw: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = raw.get(key)
    if not isinstance(value, dict):
        raise DataFileError(where, f"[{key}]", None, "missing table")
    return value


def _text(table: dict[str, Any], key: str, where: str, location: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise DataFileError(where, location, key, "missing or empty text (no fallback to another language)")
    return value.strip()


def _text_list(table: dict[str, Any], key: str, where: str, location: str) -> tuple[str, ...]:
    value = table.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(where, location, key, "expected a non-empty list of non-empty texts")
    return tuple(v.strip() for v in value)
