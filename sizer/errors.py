"""Errors the domain raises for bad input; the CLI and the UI turn them into messages."""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable


class SizerError(Exception):
    """Base of every error that is the user's input, not a bug: it carries a readable message.

    ``exit_code`` is what the CLI exits with when this reaches it (2: bad arguments or data).
    """

    exit_code = 2


class UnknownChoiceError(SizerError, LookupError):
    """A name (category, system, label, dimension, language, ...) that is not one of the valid ones."""

    def __init__(self, kind: str, value: str, choices: Iterable[str], suggestions: list[str] | None = None):
        """``suggestions``: the did-you-mean choices when the caller knows better than spelling
        likeness (None: by likeness)."""
        self.kind = kind
        self.value = value
        self.choices = list(choices)
        self.suggestions = suggest(value, self.choices) if suggestions is None else list(suggestions)
        super().__init__(self._message())

    def _message(self) -> str:
        from sizer.problems import Problem, alternatives

        hint = Problem("did_you_mean_plain", suggestions=alternatives(self.suggestions)) if self.suggestions else ""
        shown: object = self.choices[:60]
        if len(self.choices) > 60:
            shown = Problem("choices_in_all", choices=self.choices[:60], count=len(self.choices))
        return Problem("unknown_choice_listed", kind=self.kind, value=repr(self.value), did_you_mean=hint,
                       kinds=plural(self.kind), choices=shown)

    def one_line(self):
        """The problem in one line, as an import's row problem says it."""
        from sizer.problems import choices_problem

        return choices_problem(self.kind, self.value, self.choices, self.suggestions)


class ChoiceNotOfferedError(UnknownChoiceError):
    """A valid name that one thing lacks: a size type a category has no chart of (petite shoes), a
    size system a chart does not label (US on the tall men's tops). Said as what that thing has,
    not as an unknown name."""

    def __init__(self, owner: str, kind: str, value: str, choices: Iterable[str]):
        self.owner = owner
        super().__init__(kind, value, choices)

    def _message(self) -> str:
        from sizer.problems import Problem

        return Problem("choice_not_offered_listed", owner=self.owner, kind=self.kind, value=repr(self.value),
                       kinds=plural(self.kind), choices=list(self.choices))

    def one_line(self):
        from sizer.problems import Problem

        return Problem("choice_not_offered", owner=self.owner, kind=self.kind, value=repr(self.value),
                       kinds=plural(self.kind), choices=list(self.choices))


def plural(noun: str) -> str:
    """English plural of a kind of name: category -> categories, system -> systems (of the same
    type: a sizer.problems.CategoryName stays one)."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return type(noun)(noun[:-1] + "ies")
    if noun.endswith(("s", "x", "ch", "sh")):
        return type(noun)(noun + "es")
    return type(noun)(noun + "s")


# A token (a word or a number) of a typed name: "womens_shoes" -> womens, shoes; "US 8" -> us, 8.
_NAME_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)?|[½¼¾⅓⅔]")
SUGGEST_CUTOFF = 0.6
SUGGEST_MARGIN = 0.15


def _singular(token: str) -> str:
    """The word without its English plural ending, so "womens" meets "women" and "shoes" "shoe"."""
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 4 and token.endswith(("sses", "shes", "ches", "xes")):
        return token[:-2]
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


def name_tokens(text: str) -> tuple[str, ...]:
    """A name's words and numbers, case- and plural-folded."""
    return tuple(_singular(t) for t in _NAME_TOKEN.findall(text.casefold()))


def _token_alike(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if a[0].isdigit() or b[0].isdigit():
        return 0.0  # 8 is not 9 nor 18: numbers match only exactly
    return difflib.SequenceMatcher(None, a, b).ratio()


def likeness(value: str, choice: str) -> float:
    """How alike a typed name and a valid one are, 0 to 1: the best of their spelling as a whole
    and their words matched in any order (each a typo apart at most), plurals aside. A choice
    whose every word the typed name holds ("US 8" holds the label 8) counts as close."""
    folded, other = value.casefold(), choice.casefold()
    whole = difflib.SequenceMatcher(None, folded, other).ratio()
    mine, theirs = name_tokens(value), name_tokens(choice)
    if not mine or not theirs:
        return whole
    pairs = sorted(((_token_alike(a, b), i, j) for i, a in enumerate(mine) for j, b in enumerate(theirs)),
                   reverse=True)
    used_mine: set[int] = set()
    used_theirs: set[int] = set()
    matched = 0.0
    for score, i, j in pairs:
        if score < 0.8 or i in used_mine or j in used_theirs:
            continue
        used_mine.add(i)
        used_theirs.add(j)
        matched += score
    words = matched / max(len(mine), len(theirs))
    # every word of the choice typed, and more besides: close, the more of the typed words it covers the closer
    contained = (0.8 + 0.1 * len(theirs) / len(mine)) * matched / len(theirs) if len(used_theirs) == len(theirs) else 0.0
    return max(whole, words, contained)


def suggest(value: str, choices: Iterable[str], limit: int = 3) -> list[str]:
    """Close matches of ``value`` among ``choices``, best first: the same name in another case, else
    those :func:`likeness` rates at least ``SUGGEST_CUTOFF`` ("womens_shoes" -> "shoes_women")."""
    choices = list(dict.fromkeys(choices))
    by_folded = {c.casefold(): c for c in choices}
    folded = value.casefold()
    if folded in by_folded:
        return [by_folded[folded]]
    scored = sorted(((likeness(value, c), -n, c) for n, c in enumerate(choices)), reverse=True)
    if not scored:
        return []
    # the clearly closest only: a suggestion far behind the best one is noise beside it
    floor = max(SUGGEST_CUTOFF, scored[0][0] - SUGGEST_MARGIN)
    return [c for score, _, c in scored[:limit] if score >= floor]


class DataFileError(SizerError):
    """A data file (chart, catalogue, guide, profile) that cannot be read as it is.

    ``location`` says where in the file: a row number, a TOML table path, a JSON pointer.
    """

    def __init__(self, path: str, location: str | None, field: str | None, reason: str):
        self.path = path
        self.location = location
        self.field = field
        self.reason = reason
        where = path
        if location:
            where += f", {location}"
        if field:
            where += f", field {field!r}"
        super().__init__(f"{where}: {reason}")


def listed_problems(summary: str, problems, limit: int) -> str:
    """The message of an error that lists problems: ``summary``, then the first ``limit``
    problems indented, then how many more there are."""
    lines = [str(summary), *(f"  {problem}" for problem in problems[:limit])]
    if len(problems) > limit:
        lines.append(f"  ... and {len(problems) - limit} more")
    return "\n".join(lines)


class MeasurementInputError(SizerError):
    """A photo or video that cannot be measured (no person, wrong view, unreadable image, ...).

    ``advice`` tells the person what to do instead, in a sentence.
    """

    exit_code = 3

    def __init__(self, message: str, advice: str = ""):
        self.message = message
        self.advice = advice
        super().__init__(f"{message}\n{advice}" if advice else message)
