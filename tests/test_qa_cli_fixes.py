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


@pytest.mark.parametrize("argv,name,valid", [
    (["amazon-attributes", "--marketplace", "DE"], "a.xlsx", ".txt, .tsv, .csv"),
    (["google-merchant"], "gm.xlsx", ".tsv, .txt, .csv"),
    (["shopify-metafields"], "sm.xlsx", ".csv"),
    (["shopify-metaobjects"], "so.csv", ".json"),
    (["amazon-size-chart", "--brand", "B"], "x.csv", ".xlsx"),
])
def test_preset_refuses_a_file_name_of_another_format(tmp_path, capsys, argv, name, valid):
    out = tmp_path / name
    code, _, err = run(capsys, "preset", *argv, "--out", out)
    assert code == 2, err
    assert f"is written as {valid}, not {out.suffix}" in err and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize("argv,name", [
    (["amazon-attributes", "--marketplace", "DE"], "a.csv"),
    (["google-merchant"], "gm.txt"),
    (["shopify-metafields"], "sm.CSV"),
    (["shopify-metaobjects"], "so.json"),
])
def test_preset_writes_each_named_format(tmp_path, capsys, argv, name):
    out = tmp_path / name
    code, _, err = run(capsys, "preset", *argv, "--out", out)
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    if name.endswith(".json"):
        import json

        assert json.loads(text)["metaobjects"]
    else:
        header = text.splitlines()[0]
        assert ("\t" in header) == name.endswith(".txt")


def test_preset_image_to_one_picture_file(tmp_path, capsys):
    pytest.importorskip("PySide6")
    from PySide6.QtGui import QImage

    out = tmp_path / "pic.png"
    code, out_text, err = run(capsys, "preset", "image", "--listing", "MS-3001", "--out", out)
    assert code == 0, err
    assert out.is_file() and out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not QImage(str(out)).isNull() and "MS-3001" in out_text
    # several listings are several pictures: one file name cannot hold them, and no folder named pic2.jpg appears
    many = tmp_path / "pic2.jpg"
    code, _, err = run(capsys, "preset", "image", "--out", many)
    assert code == 2 and "write them to a folder, or choose one listing" in err
    assert not many.exists()
    # an existing file is not turned into a folder, nor a traceback
    existing = tmp_path / "charts"
    existing.write_text("keep me")
    code, _, err = run(capsys, "preset", "image", "--out", existing)
    assert code == 2 and "the pictures go in a folder, and this is a file" in err
    assert existing.read_text() == "keep me"


@pytest.mark.parametrize("argv,words", [
    (["--category", "rings", "--finger_girth", "54.5"],
     ["finger_girth 54.5 cm is not a plausible body measurement for", "(rings)", "expected 3 to 9 cm",
      "looks like millimetres: 54.5 mm = 5.45 cm?"]),
    (["--category", "mens_tops", "--chest_girth", "400"],
     ["chest_girth 400 cm is not a plausible", "(mens_tops)", "expected 70 to 160 cm for adults"]),
    (["--category", "mens_tops", "--chest_girth", "40"], ["for adults; looks like inches: 40 in = 102 cm?"]),
    (["--category", "mens_tops", "--chest_girth", "15", "--units", "in"], ["chest_girth 15 in is not"]),
])
def test_size_refuses_an_implausible_measurement_with_its_unit_slip(capsys, argv, words):
    code, out, err = run(capsys, "size", *argv)
    assert code == 2 and out == ""
    for word in words:
        assert word in err
    code, _, err = run(capsys, "size", *argv, "--json")
    assert code == 2 and words[0] in err


def test_size_names_every_implausible_measurement_and_keeps_plausible_ones(capsys):
    code, _, err = run(capsys, "size", "--category", "mens_tops", "--chest_girth", "40", "--waist_girth", "3")
    assert code == 2 and "chest_girth 40 cm" in err and "waist_girth 3 cm" in err
    code, out, _ = run(capsys, "size", "--category", "rings", "--finger_girth", "5.45")
    assert code == 0 and "US" in out
    code, out, _ = run(capsys, "size", "--category", "mens_tops", "--chest_girth", "40", "--units", "in")
    assert code == 0 and "decided by chest_girth" in out


@pytest.mark.parametrize("command", [["convert", "--from", "EU", "42.5"], ["size", "--chest_girth", "100"]])
def test_a_missing_category_says_it_is_required_and_lists_them(capsys, command):
    code, _, err = run(capsys, *command)
    assert code == 2
    assert "--category is required" in err and "unknown category ''" not in err
    assert "shoes_men" in err and "mens_tops" in err


def test_convert_without_category_names_the_categories_that_have_the_label(capsys):
    code, _, err = run(capsys, "convert", "--from", "US", "W32 L32")
    assert code == 2 and "--category is required" in err
    assert "US 'W32 L32' is a size of mens_trousers\nall categories: belts," in err
    code, _, err = run(capsys, "convert", "--from", "EU", "42.5")
    assert code == 2 and "shoes_men" in err.splitlines()[0] and "womens_dresses" not in err.splitlines()[0]
