#!/usr/bin/env python3
"""Update the app's translation sources (.ts) from the code and compile them (.qm).

    python scripts/build_translations.py           # lupdate, then lrelease, for every language
    python scripts/build_translations.py --check   # exit 1 if a .qm is stale or a string untranslated

Strings are extracted from ``sizer/ui`` (``self.tr(...)`` and ``QCoreApplication.translate``) into
``assets/translations/sizer_<lang>.ts``; translators fill those in (Qt Linguist: pyside6-linguist);
``.qm`` files are compiled next to them and both are committed, so a checkout runs as it is.

English is the source, but its messages that count (``self.tr("%Ln row(s)", "", n)``) need their
singular and plural written out: ``sizer_en.ts`` holds only those (lupdate ``-pluralonly``), and it
is built, checked and reported like the translations.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sizer" / "ui"
TRANSLATIONS = ROOT / "assets" / "translations"
sys.path.insert(0, str(ROOT))
from sizer.languages import LANGUAGES as ALL_LANGUAGES, SOURCE_LANGUAGE  # noqa: E402

# Every language of sizer/languages.py that has a .ts file (English is the source: it needs none).
# ``--new LANG`` starts a language's file; until then it is not built.
LANGUAGES = tuple(lang for lang in ALL_LANGUAGES
                  if lang != SOURCE_LANGUAGE and (TRANSLATIONS / f"sizer_{lang}.ts").exists())
# What is built: the translations, and English's plural forms.
BUILT = (SOURCE_LANGUAGE, *LANGUAGES)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the same environment as this Python."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 into this environment")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"sizer_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"sizer_{language}.qm"


def lupdate(ts: Path) -> None:
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    language = ts.stem.split("_", 1)[1]
    plural_only = ["-pluralonly"] if language == SOURCE_LANGUAGE else []  # the source needs only its plurals
    subprocess.run([tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none", *plural_only,
                    "-target-language", language, "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True, text=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True, text=True)


def unfinished_messages(ts: Path) -> list[str]:
    """Source texts whose translation (or one of its plural forms) is missing or marked unfinished."""
    root = ET.parse(ts).getroot()
    missing: list[str] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            if kind == "unfinished" or not all(text.strip() for text in translation_texts(message)):
                missing.append(f"{name}: {message.findtext('source')!r}")
    return missing


def translation_texts(message: ET.Element) -> list[str]:
    """A message's translation: its one text, or each of its plural forms (<numerusform>)."""
    translation = message.find("translation")
    if translation is None:
        return [""]
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")] or [""]
    return [translation.text or ""]


def stale_reasons(language: str) -> list[str]:
    """Why the committed files of ``language`` are not what a build would produce (empty: fine)."""
    reasons: list[str] = []
    ts, qm = ts_path(language), qm_path(language)
    if not ts.exists() or not qm.exists():
        return [f"{ts.name} or {qm.name} is missing: run scripts/build_translations.py"]
    with tempfile.TemporaryDirectory() as folder:
        fresh_ts = Path(folder) / ts.name
        shutil.copyfile(ts, fresh_ts)
        lupdate(fresh_ts)  # new strings in the code appear here as unfinished
        reasons += [f"untranslated in the code's strings ({language}): {m}" for m in unfinished_messages(fresh_ts)]
        fresh_qm = Path(folder) / qm.name
        lrelease(ts, fresh_qm)
        if fresh_qm.read_bytes() != qm.read_bytes():
            reasons.append(f"{qm.name} is older than {ts.name}: run scripts/build_translations.py")
    return reasons


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; change nothing")
    parser.add_argument("--new", metavar="LANG", choices=[lang for lang in ALL_LANGUAGES if lang != SOURCE_LANGUAGE],
                        help="start LANG's .ts file (every string unfinished, for a translator to fill in)")
    args = parser.parse_args(argv)
    if args.check:
        problems = [reason for language in BUILT for reason in stale_reasons(language)]
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in dict.fromkeys([*BUILT, *([args.new] if args.new else [])]):
        ts = ts_path(language)
        lupdate(ts)
        lrelease(ts, qm_path(language))
        missing = unfinished_messages(ts)
        print(f"{ts.relative_to(ROOT)}: {len(missing)} untranslated")
        for message in missing:
            print(f"  {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
