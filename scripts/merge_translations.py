#!/usr/bin/env python3
"""Git merge driver for Qt translation sources (.ts): merges by message, not by line.

Two branches that each add or translate messages touch neighbouring lines of the same XML, so a
line merge conflicts where nothing really does. This driver keeps every message of both sides and,
for a message both have, the translation that changed from the common ancestor (ours when both
did). Messages that vanished from the code are dropped later by ``scripts/build_translations.py``
(lupdate ``-no-obsolete``), so keeping a union here loses nothing and invents nothing.

Configure once per clone (``.gitattributes`` already routes ``*.ts`` to the driver "qtts")::

    git config merge.qtts.name "Qt .ts merge by message"
    git config merge.qtts.driver "python3 scripts/merge_translations.py %O %A %B"

Exit status 0 means merged (the result is written over %A); 1 leaves a conflict for a human.
"""
from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

Key = tuple[str, str, str]


def _messages(root: ET.Element) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message
    return found


def _translation(message: ET.Element | None) -> str:
    """A comparable form of a message's translation (numerus forms included)."""
    if message is None:
        return ""
    element = message.find("translation")
    return "" if element is None else ET.tostring(element, encoding="unicode")


def _finished(message: ET.Element) -> bool:
    element = message.find("translation")
    return element is not None and element.get("type") is None and (
        bool((element.text or "").strip()) or len(element) > 0)


def merge(base: ET.Element, ours: ET.Element, theirs: ET.Element) -> ET.Element:
    base_messages, our_messages = _messages(base), _messages(ours)
    contexts = {context.findtext("name", ""): context for context in ours.iter("context")}
    for key, their_message in _messages(theirs).items():
        our_message = our_messages.get(key)
        if our_message is None:
            context = contexts.get(key[0])
            if context is None:
                context = ET.SubElement(ours, "context")
                ET.SubElement(context, "name").text = key[0]
                contexts[key[0]] = context
            context.append(copy.deepcopy(their_message))
            continue
        base_text = _translation(base_messages.get(key))
        theirs_changed = _translation(their_message) != base_text
        ours_changed = _translation(our_message) != base_text
        if _finished(their_message) and (not _finished(our_message) or (theirs_changed and not ours_changed)):
            our_message.remove(our_message.find("translation"))
            our_message.append(copy.deepcopy(their_message.find("translation")))
    return ours


def main(argv: list[str]) -> int:
    base_path, ours_path, theirs_path = (Path(p) for p in argv[1:4])
    try:
        trees = [ET.parse(p) for p in (base_path, ours_path, theirs_path)]
    except ET.ParseError as error:
        print(f"merge_translations: cannot parse a side of the merge ({error}); leaving it to git",
              file=sys.stderr)
        return 1
    merged = merge(*(tree.getroot() for tree in trees))
    ET.indent(merged, space="    ")
    text = ET.tostring(merged, encoding="unicode")
    ours_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                         encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
