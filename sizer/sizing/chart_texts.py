"""A chart's title, notes and conventions in the interface language (``charts/i18n/<lang>.toml``).

English is the chart file itself. A translation entry is keyed by chart id; its conventions are
keyed by the English ``topic`` (not by position, so reordering conventions cannot pair a text
with the wrong rule). Each entry records ``english_digest``, a fingerprint of the English texts
it translates: an entry applies only while the chart's English still has that digest. So a
merchant's own chart (no entry, or an id copied from a bundled chart but with its own texts)
shows its own English, and a bundled chart whose English was edited after translating is caught
by tests/test_chart_texts.py rather than shown with an outdated translation.
"""
from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from sizer.errors import DataFileError
from sizer.resources import charts_dir
from sizer.sizing.chart import SizeChart
from sizer.sizing.schema import Convention
from sizer.toml_compat import tomllib

SOURCE_LANGUAGE = "en"  # the language the chart files are written in
TRANSLATIONS_FOLDER = "i18n"
FORMAT_VERSION = 1
_ENTRY_KEYS = {"english_digest", "title", "notes", "conventions"}
_CONVENTION_KEYS = {"topic", "choice", "reason"}


@dataclass(frozen=True)
class ChartTexts:
    """What a person reads about a chart, in one language."""

    title: str
    notes: str
    conventions: tuple[Convention, ...]


@dataclass(frozen=True)
class ChartTranslation:
    """One chart's entry in a translation file, as written there."""

    english_digest: str
    title: str
    notes: str
    conventions: dict[str, Convention]  # English topic -> translated convention


def english_texts(chart: SizeChart) -> ChartTexts:
    return ChartTexts(chart.title, chart.notes, tuple(chart.conventions))


def english_digest(chart: SizeChart) -> str:
    """A short fingerprint of the chart's English title, notes and conventions."""
    texts = english_texts(chart)
    payload = [texts.title, texts.notes, [[c.topic, c.choice, c.reason] for c in texts.conventions]]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode("utf-8")).hexdigest()[:12]


def translation_path(language: str) -> Path:
    return Path(str(charts_dir() / TRANSLATIONS_FOLDER / f"{language}.toml"))


def translation_languages() -> list[str]:
    """The languages that have a chart translation file."""
    folder = Path(str(charts_dir() / TRANSLATIONS_FOLDER))
    return sorted(p.stem for p in folder.glob("*.toml"))


def _text(value: object, path: str, location: str, field: str, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str) or (not allow_empty and not value.strip()):
        raise DataFileError(path, location, field, "must be a non-empty text" if not allow_empty else "must be text")
    return value.strip()


def _unknown(table: dict, allowed: set[str], path: str, location: str) -> None:
    extra = sorted(set(table) - allowed)
    if extra:
        raise DataFileError(path, location, extra[0], f"unknown field; valid fields: {', '.join(sorted(allowed))}")


def parse_translations(data: dict, path: str) -> dict[str, ChartTranslation]:
    """Check a parsed translation file; a problem raises :class:`DataFileError` naming where."""
    if data.get("format_version") != FORMAT_VERSION:
        raise DataFileError(path, None, "format_version", f"must be {FORMAT_VERSION}")
    _text(data.get("language"), path, None, "language")
    entries: dict[str, ChartTranslation] = {}
    for chart_id, entry in data.items():
        if chart_id in ("format_version", "language"):
            continue
        if not isinstance(entry, dict):
            raise DataFileError(path, chart_id, None, "must be a table of a chart's texts ([<chart id>])")
        _unknown(entry, _ENTRY_KEYS, path, chart_id)
        conventions: dict[str, Convention] = {}
        raw_conventions = entry.get("conventions", {})
        if not isinstance(raw_conventions, dict):
            raise DataFileError(path, chart_id, "conventions", 'must be tables [<chart id>.conventions."<English topic>"]')
        for english_topic, table in raw_conventions.items():
            where = f'{chart_id}.conventions."{english_topic}"'
            if not isinstance(table, dict):
                raise DataFileError(path, where, None, "must be a table with topic, choice and reason")
            _unknown(table, _CONVENTION_KEYS, path, where)
            conventions[english_topic] = Convention(*(_text(table.get(k), path, where, k)
                                                      for k in ("topic", "choice", "reason")))
        entries[chart_id] = ChartTranslation(
            english_digest=_text(entry.get("english_digest"), path, chart_id, "english_digest"),
            title=_text(entry.get("title"), path, chart_id, "title"),
            notes=_text(entry.get("notes", ""), path, chart_id, "notes", allow_empty=True),
            conventions=conventions)
    return entries


@functools.lru_cache(maxsize=None)
def load_translations(language: str) -> dict[str, ChartTranslation]:
    """Every chart entry of ``language``'s translation file, by chart id ({} when there is no file)."""
    path = translation_path(language)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise DataFileError(str(path), None, None, f"cannot be read: {error}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise DataFileError(str(path), None, None, f"is not UTF-8 text: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise DataFileError(str(path), None, None, f"is not valid TOML: {error}") from None
    return parse_translations(data, str(path))


def chart_texts(chart: SizeChart, language: str) -> ChartTexts:
    """The chart's texts in ``language``; its own English where no current translation exists.

    Bundled charts always have one (the tests check every chart, convention and digest), so the
    English here is only ever a merchant's own chart, which Sizer cannot translate.
    """
    if language == SOURCE_LANGUAGE:
        return english_texts(chart)
    entry = load_translations(language).get(chart.id)
    if entry is None or entry.english_digest != english_digest(chart):
        return english_texts(chart)
    conventions = tuple(entry.conventions.get(c.topic, c) for c in chart.conventions)
    return ChartTexts(entry.title, entry.notes, conventions)
