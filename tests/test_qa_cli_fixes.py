"""A second round of CLI bugs a QA engineer found: preset file formats, implausible measurements in
`sizer size`, `sizer convert` without --category, and the languages --help names."""
from __future__ import annotations

import pytest

from sizer.cli import build_parser, main
from sizer.languages import LANGUAGES


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _every_help() -> dict[str, str]:
    import argparse

    parser = build_parser()
    helps = {"sizer": parser.format_help()}
    pending = [("sizer", parser)]
    while pending:
        name, current = pending.pop()
        for action in current._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub_name, sub in action.choices.items():
                    helps[f"{name} {sub_name}"] = sub.format_help()
                    pending.append((f"{name} {sub_name}", sub))
    return helps


def test_every_help_that_names_languages_names_all_seven():
    helps = _every_help()
    assert len(helps) > 10
    for name, text in helps.items():
        flat = " ".join(text.split())
        assert "English or Chinese" not in flat, name
        if "--lang" in text or "languages" in flat:
            missing = [lang for lang in LANGUAGES if lang not in flat]
            assert not missing, f"{name} --help lacks {missing}"
    top = " ".join(helps["sizer"].split())
    assert "measuring-guide" in top and all(lang in top for lang in LANGUAGES)
