"""Where a kiosk text may break across lines: between phrases, not inside them. Qt-free.

Large type on a narrow portrait screen wraps almost every sentence; a break inside a phrase
("facing the / camera", "2–3 / m away") makes a cue slow to read from 2-3 m. Spaces that must
not break become no-break spaces: every space of a short phrase (the text between , ; : . ! ?),
and in longer phrases the space after a short word ("a", "the", "of", "2–3") and before a unit.
Text without spaces (Chinese) is left as it is.
"""
from __future__ import annotations

NBSP = "\u00a0"
MAX_PHRASE_CHARS = 24  # kept on one line where it fits (KioskLabel breaks a wider one at its spaces)
SHORT_WORD_CHARS = 3
PHRASE_END = (",", ";", ":", ".", "!", "?", "…", ")")
UNITS = {"cm", "mm", "m", "in", "ft", "s", "kg", "%"}


def keep_phrases(text: str) -> str:
    """``text`` with no-break spaces wherever a line break would split a phrase."""
    if " " not in text:
        return text
    return "\n".join(_keep_line(line) for line in text.split("\n"))


def _keep_line(line: str) -> str:
    words = line.split(" ")
    phrases: list[list[str]] = [[]]
    for word in words:
        phrases[-1].append(word)
        if word.endswith(PHRASE_END) or word in ("–", "—", "·"):
            phrases.append([])
    out = []
    for phrase in (p for p in phrases if p):
        if len(" ".join(phrase)) <= MAX_PHRASE_CHARS:
            out.append(NBSP.join(phrase))
            continue
        joined = phrase[0]
        for before, word in zip(phrase, phrase[1:]):
            bind = (len(before) <= SHORT_WORD_CHARS and not before.endswith(PHRASE_END)) or word in UNITS
            joined += (NBSP if bind and before else " ") + word
        out.append(joined)
    return " ".join(out)
