"""What a QA engineer found trying the CLI and the sizing engine as a stranger (in-process, no Qt)."""
from __future__ import annotations

import json

import pytest

from sizer.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_size_help_names_each_flag_once(capsys):
    code, out, _ = run(capsys, "size", "--help")
    assert code == 0
    assert "--stature LENGTH, --stature" not in out
    assert "--stature LENGTH" in out and "--neck_girth LENGTH, --neck-girth LENGTH" in out
