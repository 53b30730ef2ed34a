"""Every bundled chart carries worked examples from the sources it cites, and they hold (issue 12)."""
from __future__ import annotations

import json

import pytest

from sizer.cli import main
from sizer.sizing import load_chart_file, load_charts
from sizer.sizing.examples import example_failures

from test_sizing_charts import CHARTS, write


@pytest.mark.parametrize("chart_id", sorted(load_charts().ids()))
def test_each_chart_has_worked_examples_that_the_engine_reproduces(chart_id):
    chart = load_charts().get(chart_id)
    assert len(chart.examples) >= 2 or chart_id == "gloves", f"{chart_id}: cite at least two worked examples"
    assert {e.source for e in chart.examples} <= set(range(len(chart.sources)))
    assert example_failures(chart) == []


def test_the_issue_s_worked_examples():
    charts = load_charts()
    bras, rings = charts.get("bras"), charts.get("rings")
    # EN 13402-3: 87/107 is 85D and 82/100 is 80C (the band's nominal size gave 85F and 80E)
    assert bras.size_for({"underbust_girth": 87, "bust_girth": 107}).labels["EU"] == ["85D"]
    assert bras.size_for({"underbust_girth": 82, "bust_girth": 100}).labels["EU"] == ["80C"]
    # US 7 = 54.4 mm = UK N½ = EU 54 = JP 14, one label each
    every = rings.equivalents("US", "7")
    assert (every["EU"], every["UK"], every["JP"]) == (["54"], ["N½"], ["14"])
    assert charts.get("kids_clothing").convert("116", "EU", "JP") == ["110"]
    assert charts.get("mens_suits").convert("40L", "US", "DE") == ["98"]
    assert charts.get("womens_tops").convert("2", "US", "KR") == ["44"]
    assert charts.get("womens_tops").convert("4", "US", "KR") == ["55"]
    assert charts.get("womens_tops").convert("160/84A", "CN", "ASIA") == ["M"]


def test_a_wrong_example_fails_validation_and_names_its_source(tmp_path, capsys):
    text = (CHARTS / "rings.toml").read_text(encoding="utf-8")
    text = text.replace('id = "rings"', 'id = "acme_rings"').replace('UK = "N½", JP = "14"', 'UK = "O", JP = "14"', 1)
    path = write(tmp_path, "acme_rings.toml", text)
    failures = example_failures(load_chart_file(path))
    assert len(failures) == 1
    assert failures[0].location == "examples[0]" and "UK N½" in failures[0].reason and "says O" in failures[0].reason
    code = main(["charts", "validate", str(path), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code != 0 and report["valid"] == [] and report["errors"][0]["location"] == "examples[0]"


@pytest.mark.parametrize("table,words", [
    ('[[examples]]\nsource = 9\nfrom = "US"\nlabel = "7"\nexpect = { EU = "54" }', "index of a [[sources]]"),
    ('[[examples]]\nsource = 0\nfrom = "XX"\nlabel = "7"\nexpect = { EU = "54" }', "must be one of"),
    ('[[examples]]\nsource = 0\nbody = { foot_length = 20 }\nexpect = { EU = "54" }', "cm per chart dimension"),
    ('[[examples]]\nsource = 0\nfrom = "US"\nlabel = "7"\nexpect = { ZZ = "54" }', "not in systems"),
])
def test_malformed_examples_are_named(tmp_path, table, words):
    text = (CHARTS / "rings.toml").read_text(encoding="utf-8").replace('id = "rings"', 'id = "acme_rings"')
    marker = "# --- rows generated"
    text = text.replace(marker, table + "\n\n" + marker, 1)
    from sizer.errors import DataFileError

    with pytest.raises(DataFileError) as caught:
        load_chart_file(write(tmp_path, "acme_rings.toml", text))
    assert caught.value.location.startswith("examples[") and words in caught.value.reason
