"""`sizer recommend --profiles` on real people: a team file of ANSUR II soldiers (millimetres turned
into centimetres) is read whole, whatever their height, and every person gets a row per listing."""
from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

from sizer.cli import main

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "bench_recommend_ansur.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_recommend_ansur", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared_data
def test_every_ansur_person_is_read_and_sized(ansur_dir, tmp_path, capsys):
    bench = _bench()
    people = []
    for sex, segment in (("male", "men"), ("female", "women")):
        rows = bench.read_people(ansur_dir, sex)
        # The tallest soldiers (the longest legs and arms of the survey) and a spread of the rest.
        rows.sort(key=lambda p: p["stature"])
        people += [(f"{sex[0]}{i}", segment, p) for i, p in enumerate(rows[-40:] + rows[::200])]
    columns = sorted({d for _, _, p in people for d in p})
    team = tmp_path / "team.csv"
    with team.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "segment", *columns])
        for person, segment, p in people:
            writer.writerow([person, segment, *(f"{p[d]:.1f}" if d in p else "" for d in columns)])
    out = tmp_path / "sizes.csv"
    assert main(["recommend", "--profiles", str(team), "--out", str(out)]) == 0, capsys.readouterr().err
    with out.open(encoding="utf-8-sig", newline="") as handle:
        written = list(csv.DictReader(handle))
    assert {row["person_id"] for row in written} == {person for person, _, _ in people}
