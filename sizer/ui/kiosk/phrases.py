"""Where a kiosk text may break across lines: between phrases, not inside them. Qt-free.

Large type on a narrow portrait screen wraps almost every sentence; a break inside a phrase
("facing the / camera", "2–3 / m away") makes a cue slow to read from 2-3 m. Spaces that must
not break become no-break spaces: every space of a short phrase (the text between , ; : . ! ?),
and in longer phrases the space after a short word ("a", "the", "of", "2–3") and before a unit.

Chinese and Japanese put no spaces between words, and Qt breaks them between any two characters,
often inside a word ("カメ / ラ"). :func:`cjk_clauses` cuts such text where a line may break
sensibly: after punctuation, and in Japanese where a run of hiragana (a particle, an ending) meets
a kanji or katakana word, or between kanji and katakana; :func:`bind` joins the characters of a
clause (or, when the clause is wider than the line, of each piece) with WORD JOINERs, which Qt
does not break at and does not draw. A piece too wide for the line is left unbound, so it still
breaks rather than runs off the screen.
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


WORD_JOINER = "\u2060"
CJK_CLAUSE_END = set("、。，．！？：；…,.!?:;")
CJK_OPENING = set("「『（(【〔")
CJK_CLOSING = set("」』）)】〕")


def _kind(char: str) -> str:
    code = ord(char)
    if 0x3041 <= code <= 0x309F:
        return "hiragana"
    if 0x30A0 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or char == "ー":
        return "katakana"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or char in "々〆":
        return "kanji"
    if char in CJK_CLAUSE_END:
        return "end"
    if char in CJK_CLOSING:
        return "close"
    if char.isspace():
        return "space"
    return "other"


def has_cjk(text: str) -> bool:
    return any(_kind(c) in ("hiragana", "katakana", "kanji") for c in text)


def cjk_clauses(text: str) -> list[list[str]]:
    """``text`` (Chinese or Japanese) as clauses (ended by punctuation or a space), each cut into the
    pieces a line may break between: where a run of hiragana (a particle, an ending) meets a kanji or
    katakana word, between kanji and katakana, after a closing bracket; never inside brackets."""
    clauses: list[list[str]] = [[]]
    current = ""
    depth = 0
    for char in text:
        if current:
            before, after = _kind(current[-1]), _kind(char)
            if before in ("end", "space") and after not in ("end", "space", "close"):
                clauses[-1].append(current)
                clauses.append([])
                current = ""
            elif depth == 0 and ((before == "hiragana" and after in ("kanji", "katakana", "other"))
                                 or {before, after} == {"kanji", "katakana"}
                                 or (before == "close" and after in ("kanji", "katakana", "other"))
                                 or (char in CJK_OPENING and before != "other")):
                clauses[-1].append(current)
                current = ""
        depth = max(0, depth + (char in CJK_OPENING) - (char in CJK_CLOSING))
        current += char
    if current:
        clauses[-1].append(current)
    return [c for c in clauses if c]


def bind(piece: str) -> str:
    """The characters of ``piece`` joined so that no line breaks inside it."""
    return WORD_JOINER.join(piece)


def fit_cjk(text: str, fits) -> str:
    """``text`` with its clauses bound where ``fits`` (a clause's text -> bool) says they fit a
    line, else its pieces where they fit, else left to break anywhere (so nothing runs off)."""
    out = []
    for clause in cjk_clauses(text):
        whole = "".join(clause)
        if fits(whole.rstrip()):
            out.append(bind(whole))
        else:
            out.extend(bind(piece) if fits(piece.rstrip()) else piece for piece in clause)
    return "".join(out)
