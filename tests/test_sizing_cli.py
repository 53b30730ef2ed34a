"""`sizer convert`, `sizer size`, `sizer charts`: output, JSON and exit codes (in-process, no Qt)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from sizer.cli import main

from conftest import REPO_ROOT


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_convert_prints_the_label_and_json(capsys):
    assert run(capsys, "convert", "--category", "womens_tops", "--from", "US", "--to", "EU", "6") == (0, "36\n", "")
    code, out, _ = run(capsys, "convert", "--category", "womens_tops", "--from", "US", "--to", "EU", "6", "--json")
    assert code == 0 and json.loads(out) == {"labels": ["36"], "best": "36", "read_as": "6", "note": ""}
    code, out, _ = run(capsys, "convert", "--category", "mens_trousers", "--from", "us", "--to", "INT", "w32 l32")
    assert (code, out) == (0, "M\n")


def test_convert_without_target_lists_every_system(capsys):
    code, out, _ = run(capsys, "convert", "--category", "bras", "--from", "UK", "34DD", "--json")
    labels = json.loads(out)["labels"]
    assert code == 0 and labels["EU"] == ["75E"] and labels["US"] == ["34DD", "34E"] and labels["JP"]


@pytest.mark.parametrize("argv,words", [
    (["--category", "womens_top", "--from", "US", "--to", "EU", "6"], ["did you mean 'womens_tops'", "valid"]),
    (["--category", "womens_tops", "--from", "USA", "--to", "EU", "6"], ["did you mean 'US'", "INT, US, UK"]),
    (["--category", "womens_tops", "--from", "US", "--to", "EUR", "6"], ["did you mean 'EU'"]),
    (["--category", "womens_tops", "--from", "US", "--to", "EU", "7"], ["unknown Women's tops US label '7'", "0, 2, 4"]),
])
def test_bad_input_exits_2_with_choices(capsys, argv, words):
    code, out, err = run(capsys, "convert", *argv)
    assert code == 2 and out == ""
    assert err.startswith("sizer: error: ")
    for word in words:
        assert word in err


def test_size_prints_every_system_and_the_deciding_measurement(capsys):
    code, out, _ = run(capsys, "size", "--category", "mens_shirts", "--chest_girth", "100", "--neck_girth", "40")
    assert code == 0
    assert "EU     40" in out and "US     15½ 34/35, 16 34/35" in out
    assert "decided by neck_girth = 40 cm" in out and "neck_girth: 40 cm (this size: 39.5–40.5 cm)" in out


def test_size_json_and_designations(capsys):
    code, out, _ = run(capsys, "size", "--category", "mens_suits", "--chest_girth", "92", "--waist_girth", "80",
                       "--stature", "170", "--json")
    payload = json.loads(out)
    assert code == 0
    assert payload["labels"]["US"] == ["38S"] and payload["deciding_dimension"] == "waist_girth"
    assert payload["best"]["US"] == "38S" and payload["best"]["DE"] == "24"
    assert payload["designations"] == {"CN GB/T 1335.1": "170/92A", "JP JIS L 4004": "92A5", "KR KS K 0050": "90-170"}


def test_size_accepts_inches(capsys):
    code, out, _ = run(capsys, "size", "--category", "mens_trousers", "--waist-girth", "32", "--inside_leg", "32",
                       "--units", "in", "--json")
    assert code == 0 and json.loads(out)["labels"]["US"] == ["W32 L32"]


def test_size_with_no_usable_measurement_exits_2(capsys):
    code, _, err = run(capsys, "size", "--category", "bras", "--underbust_girth", "75")
    assert code == 2 and "bust_girth" in err
    code, _, err = run(capsys, "size", "--category", "hats", "--chest_girth", "100")
    assert code == 2 and "head_girth" in err


def test_charts_list_and_validate(capsys, tmp_path):
    code, out, _ = run(capsys, "charts", "list", "--json")
    ids = [c["id"] for c in json.loads(out)["charts"]]
    size_types = {c["id"]: c["size_types"] for c in json.loads(out)["charts"]}
    assert size_types["womens_tops"] == ["regular"] and size_types["rings"] == []  # Google's size_type
    assert code == 0 and "bras" in ids and len(ids) >= 15
    code, out, _ = run(capsys, "charts", "validate")
    assert code == 0 and "ok      womens_tops" in out
    bad = tmp_path / "acme.toml"
    bad.write_text('format_version = 1\nid = "acme"\ntitle = "Acme"\nsystems = ["EU"]\n'
                   'size_dimensions = ["chest_girth"]\n[[sources]]\ntitle = "Acme guide"\nurl = "https://example.com"\n'
                   '[[rows]]\nchest_girth = [90, 94]\nEU = "48"\n[[rows]]\nchest_girth = [94]\nEU = "50"\n',
                   encoding="utf-8")
    code, out, err = run(capsys, "charts", "validate", str(bad))
    assert code == 2 and str(bad) in err and "rows[1]" in err and "'chest_girth'" in err
    code, out, _ = run(capsys, "charts", "validate", str(bad), "--json")
    assert json.loads(out)["errors"][0]["location"] == "rows[1]"


def test_cli_runs_without_qt():
    code = ("import sys; from sizer.cli import main; main(['convert', '--category', 'rings', '--from', 'US', "
            "'--to', 'UK', '7']); print([m for m in sys.modules if m.startswith('PySide6')])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"
