#!/usr/bin/env python3
"""List the interface messages no translation covers yet, and fill them from a JSON file.

    python scripts/fill_translations.py dump                 # {language: [English source, ...]}
    python scripts/fill_translations.py apply FILE.json      # FILE: {language: {source: translation}}

For a translator (or a batch of machine-assisted translations checked by a person): `dump` prints
what `scripts/build_translations.py` reports as untranslated, as JSON; `apply` fills every
unfinished message of that source in assets/translations/sizer_<language>.ts (in any Qt context)
and leaves the rest untouched. Run scripts/build_translations.py afterwards: it reformats the
files, compiles the .qm and says what is left.

A message that counts (``%Ln``) takes a list: its plural forms in the order of the language's rules
(English, Spanish, German, French: singular then plural; Chinese, Japanese, Korean: one form).
"""
from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "assets" / "translations"


def unfinished(root: ET.Element):
    for message in root.iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            continue
        texts = ([form.text or "" for form in translation.findall("numerusform")]
                 if message.get("numerus") == "yes" and translation is not None
                 else [translation.text if translation is not None else ""])
        if kind == "unfinished" or not all((text or "").strip() for text in texts):
            yield message


def dump() -> int:
    missing = {}
    for path in sorted(TRANSLATIONS.glob("sizer_*.ts")):
        sources = sorted({m.findtext("source") for m in unfinished(ET.parse(path).getroot())})
        if sources:
            missing[path.stem.split("_", 1)[1]] = sources
    print(json.dumps(missing, ensure_ascii=False, indent=1))
    return 0


def apply(file: Path) -> int:
    for language, table in json.loads(file.read_text(encoding="utf-8")).items():
        path = TRANSLATIONS / f"sizer_{language}.ts"
        if not path.is_file():
            print(f"{file}: no translation file for language {language!r} ({path.name})", file=sys.stderr)
            return 2
        tree = ET.parse(path)
        filled = 0
        for message in list(unfinished(tree.getroot())):
            source = message.findtext("source")
            if source in table:
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                filled_with = table[source]
                if message.get("numerus") == "yes":
                    for form in list(translation):
                        translation.remove(form)
                    translation.text = None
                    for text in filled_with if isinstance(filled_with, list) else [filled_with]:
                        ET.SubElement(translation, "numerusform").text = text
                else:
                    translation.text = filled_with
                translation.attrib.pop("type", None)
                filled += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
        print(f"{language}: {filled} filled")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["dump"]:
        sys.exit(dump())
    if len(sys.argv) == 3 and sys.argv[1] == "apply":
        sys.exit(apply(Path(sys.argv[2])))
    sys.exit(__doc__)
