"""Errors the domain raises for bad input; the CLI and the UI turn them into messages."""
from __future__ import annotations

import difflib
from collections.abc import Iterable


class SizerError(Exception):
    """Base of every error that is the user's input, not a bug: it carries a readable message.

    ``exit_code`` is what the CLI exits with when this reaches it (2: bad arguments or data).
    """

    exit_code = 2


class UnknownChoiceError(SizerError, LookupError):
    """A name (category, system, label, dimension, language, ...) that is not one of the valid ones."""

    def __init__(self, kind: str, value: str, choices: Iterable[str]):
        self.kind = kind
        self.value = value
        self.choices = list(choices)
        self.suggestions = suggest(value, self.choices)
        super().__init__(self._message())

    def _message(self) -> str:
        from sizer.problems import Problem, alternatives

        hint = Problem("did_you_mean_plain", suggestions=alternatives(self.suggestions)) if self.suggestions else ""
        shown: object = self.choices[:60]
        if len(self.choices) > 60:
            shown = Problem("choices_in_all", choices=self.choices[:60], count=len(self.choices))
        return Problem("unknown_choice_listed", kind=self.kind, value=repr(self.value), did_you_mean=hint,
                       kinds=plural(self.kind), choices=shown)


def plural(noun: str) -> str:
    """English plural of a kind of name: category -> categories, system -> systems."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def suggest(value: str, choices: Iterable[str], limit: int = 3) -> list[str]:
    """Close matches of ``value`` among ``choices``, case-insensitively, best first."""
    choices = list(choices)
    by_folded = {c.casefold(): c for c in choices}
    folded = value.casefold()
    if folded in by_folded:
        return [by_folded[folded]]
    matches = difflib.get_close_matches(folded, list(by_folded), n=limit, cutoff=0.6)
    return [by_folded[m] for m in matches]


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


class MeasurementInputError(SizerError):
    """A photo or video that cannot be measured (no person, wrong view, unreadable image, ...).

    ``advice`` tells the person what to do instead, in a sentence.
    """

    exit_code = 3

    def __init__(self, message: str, advice: str = ""):
        self.message = message
        self.advice = advice
        super().__init__(f"{message}\n{advice}" if advice else message)
