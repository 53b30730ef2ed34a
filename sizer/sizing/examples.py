"""Checks a chart's ``[[examples]]`` (what its cited sources say) against the engine.

An example either converts a label (``from`` + ``label``) or sizes a body (``body``) and names
the label each system must answer best. ``sizer charts validate`` and the test suite run them, so
a chart can never silently drift from the sources it cites.
"""
from __future__ import annotations

from sizer.errors import DataFileError, SizerError
from sizer.sizing.chart import SizeChart
from sizer.sizing.labels import label_key


def example_failures(chart: SizeChart) -> list[DataFileError]:
    """One error per example whose answer differs from what its source says (empty when all agree)."""
    failures: list[DataFileError] = []
    for example in chart.examples:
        source = chart.sources[example.source].title
        try:
            if example.given_label is not None:
                system, label = example.given_label
                answers = {s: c.best for s, c in chart.conversions(system, label).items()}
                asked = f"{system} {label}"
            else:
                lookup = chart.size_for(example.body_cm)
                answers = {s: (v[0] if v else None) for s, v in lookup.labels.items()}
                asked = ", ".join(f"{d} {v:g} cm" for d, v in example.body_cm.items())
        except SizerError as error:
            failures.append(DataFileError(str(chart.path), example.location, None, f"cannot be checked: {error}"))
            continue
        for system, expected in example.expect.items():
            got = answers.get(system)
            if got is None or label_key(got) != label_key(expected):
                failures.append(DataFileError(
                    str(chart.path), example.location, "expect",
                    f"{asked} gives {system} {got or '(nothing)'}, but the source ({source!r}) says {expected}"))
    return failures
