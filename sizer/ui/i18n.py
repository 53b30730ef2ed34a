"""Interface languages: the app's compiled translations plus Qt's own, installed together.

The app's strings are marked with ``tr()``; scripts/build_translations.py extracts them into
``assets/translations/sizer_<lang>.ts`` and compiles ``.qm`` files beside them. Qt's translations
of its own dialogs (file dialog, print dialog, message-box buttons) come from the PySide6 wheel.

Messages that count (``tr("%Ln rows", "", n)``) take their singular and plural from a translation,
English too: ``sizer_en.qm`` holds only the English plural forms (lupdate ``-pluralonly``), so
"1 row" and "2 rows" both read right; Qt picks each language's form from ``n`` by its own rules.
"""
from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sizer.resources import asset
from sizer.ui.fonts import use_language
from sizer.ui.settings import LANGUAGES

log = logging.getLogger("sizer.ui")

SOURCE_LANGUAGE = "en"  # the language the strings are written in; it needs only its plural forms
_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def current_language() -> str:
    """The interface language the installed translators speak (English before any is installed)."""
    return _current


def resolve_language(requested: str | None) -> str:
    """One of LANGUAGES: the requested one, or the system's when it is empty or unknown."""
    if requested:
        found = _match_language(requested)
        if found is None:
            log.warning("no translation for %r; using English", requested)
        return found or SOURCE_LANGUAGE
    return _match_language(QLocale.system().name()) or SOURCE_LANGUAGE


def _match_language(name: str) -> str | None:
    """The one of LANGUAGES ``name`` means: exactly (``zh-cn``), or by its base (``ja_JP``, ``de-AT``, ``zh``)."""
    normalised = name.replace("-", "_").lower()
    for language in LANGUAGES:
        if normalised == language.lower():
            return language
    base = normalised.split("_")[0]
    return next((language for language in LANGUAGES if language.lower().split("_")[0] == base), None)


_PLACE = re.compile(r"%(\d+)")  # %1 … %99, as QString::arg numbers them


def fill(template: str, *values: object) -> str:
    """Put ``values`` into a translated ``template``'s %1, %2 … in one pass.

    Chained ``.replace("%1", a).replace("%2", b)`` substitutes inside ``a`` too: a file named
    ``sale%2.csv`` came out as ``sale3.csv``. One pass never looks into what it inserted.
    """
    def value(match: re.Match) -> str:
        index = int(match[1]) - 1
        return str(values[index]) if 0 <= index < len(values) else match[0]

    return _PLACE.sub(value, template)


def labelled(label: object, value: object) -> str:
    """"Chest girth: snug" in the interface language's own punctuation: French puts a (no-break)
    space before the colon, Chinese and Japanese a full-width colon. One place, so no ": " is glued
    together in code."""
    return fill(QCoreApplication.translate("Labels", "%1: %2", "a name and its value, e.g. Chest girth: snug"),
                label, value)


def install_translators(language: str) -> list[QTranslator]:
    """Replace the installed translators by those of ``language``; returns what was installed."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators() needs a QCoreApplication")
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()  # parented to the app: without this every switch keeps its .qm loaded
    _installed.clear()
    global _current
    _current = language
    QLocale.setDefault(QLocale(language))
    use_language(language)  # Japanese glyph forms for Japanese, Korean for Korean (sizer/ui/fonts.py)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    app_dir = str(asset("translations"))
    files = [(f"sizer_{language}", app_dir)]
    if language != SOURCE_LANGUAGE:  # Qt's own strings are English already
        files.insert(0, (f"qtbase_{language}", qt_dir))
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return list(_installed)
