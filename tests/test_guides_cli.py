"""`sizer measuring-guide`: outputs, and exit 2 with the valid choices for a bad guide or language."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from sizer.cli import main
from sizer.guides import guide_ids

from conftest import REPO_ROOT


def test_pdf_of_one_guide_in_chinese(tmp_path, capsys):
    out = tmp_path / "waist.pdf"
    assert main(["measuring-guide", "waist_girth", "--lang", "zh_CN", "--format", "pdf", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert "1 page" in capsys.readouterr().out


def test_booklet_pdf_letter(tmp_path):
    out = tmp_path / "all.pdf"
    assert main(["measuring-guide", "--all", "--format", "pdf", "--page-size", "Letter", "--out", str(out)]) == 0
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", out.read_bytes())
    assert len(boxes) == len(guide_ids())  # one Letter page per guide
    assert {(round(float(w)), round(float(h))) for w, h in boxes} == {(612, 792)}


def test_png_with_width(tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "hip.png"
    assert main(["measuring-guide", "hip_girth", "--format", "png", "--width", "400", "--out", str(out)]) == 0
    assert QImage(str(out)).width() == 400


def test_html_to_stdout_and_the_top_level_lang(capsys):
    assert main(["--lang", "zh_CN", "measuring-guide", "foot_length", "--format", "html"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('<section lang="zh-CN"') and "脚长" in out


def test_list_prints_guides_and_languages(capsys):
    assert main(["measuring-guide", "--list", "--lang", "zh_CN"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing["languages"][:1] == ["en"]
    assert {"id": "waist_girth", "title": "腰围"} in listing["guides"]


@pytest.mark.parametrize("argv, expected", [
    (["measuring-guide", "wiast_girth"], ["unknown guide 'wiast_girth'", "did you mean 'waist_girth'",
                                          "valid guides: stature"]),
    (["measuring-guide", "waist_girth", "--lang", "pt"], ["unknown language 'pt'", "valid languages: en, ",
                                                         "zh_CN"]),
    (["measuring-guide", "waist_girth", "--lang", "zh"], ["did you mean 'zh_CN'"]),
    (["measuring-guide"], ["give one GUIDE or --all"]),
    (["measuring-guide", "hip_girth", "--all"], ["give one GUIDE or --all"]),
    (["measuring-guide", "hip_girth", "--format", "pdf"], ["needs --out"]),
    (["measuring-guide", "hip_girth", "--format", "png", "--out", "x.png", "--width", "50"], ["--width"]),
])
def test_bad_arguments_exit_2_with_a_message(argv, expected, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    for text in expected:
        assert text in err


def test_unwritable_output_exits_2(tmp_path, capsys):
    out = tmp_path / "missing-folder" / "x.pdf"
    assert main(["measuring-guide", "hip_girth", "--out", str(out)]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_errors_answer_without_loading_qt():
    code = ("import sys\nfrom sizer.cli import main\n"
            "rc = main(['measuring-guide', 'hip_grith'])\n"
            "print(rc, any(m.startswith('PySide6') for m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT)
    assert result.stdout.split() == ["2", "False"], result.stdout + result.stderr
    assert "did you mean 'hip_girth'" in result.stderr
