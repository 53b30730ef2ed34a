"""Size charts: published values, formulas, round trips, monotonicity, reachability, malformed files."""
from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sizer.errors import DataFileError, SizerError, UnknownChoiceError
from sizer.sizing import chart_ids, get_chart, load_chart_file, load_charts, load_directory
from sizer.sizing import formula_labels as fl
from sizer.sizing import formulas as f
from sizer.sizing.designations import designations_for, gbt1335, jis_l4004_men, jis_l4005_women, ks_k0051_women

CHARTS = Path(__file__).resolve().parent.parent / "charts"
REQUIRED = {"womens_tops", "womens_dresses", "womens_trousers", "mens_tops", "mens_shirts", "mens_suits",
            "mens_trousers", "bras", "shoes_men", "shoes_women", "shoes_kids", "kids_clothing", "hats", "gloves",
            "rings"}


def test_every_required_chart_loads_without_errors_and_cites_sources():
    library = load_charts()
    assert library.errors == []
    assert REQUIRED <= set(chart_ids())
    for chart in library:
        assert chart.sources and all(s.url or s.standard for s in chart.sources)
        assert chart.conventions or chart.id == "gloves" or chart.notes


@pytest.mark.parametrize("category,system,label,target,expected", [
    ("womens_tops", "US", "6", "EU", ["36"]),
    ("womens_tops", "US", "8", "UK", ["12"]),
    ("womens_tops", "EU", "38", "FR", ["40"]),
    ("womens_tops", "DE", "36", "IT", ["42"]),
    ("womens_tops", "DE", "36", "JP", ["9"]),  # JIS 9 = bust 83 cm
    ("womens_tops", "EU", "36", "CN", ["160/84A"]),
    ("womens_tops", "INT", "S", "DE", ["36", "38"]),
    ("mens_tops", "US", "40", "EU", ["50"]),
    ("mens_tops", "EU", "48", "INT", ["M"]),
    ("mens_shirts", "EU", "39", "INT", ["M"]),
    ("mens_suits", "US", "40R", "EU", ["50"]),
    ("mens_suits", "US", "40S", "DE", ["25"]),
    ("mens_suits", "US", "40L", "DE", ["98"]),  # German long figures: 2 x 50 - 2
    ("mens_suits", "US", "42L", "DE", ["102"]),
    ("bras", "EU", "70A", "UK", ["32A"]),
    ("bras", "EU", "75E", "UK", ["34DD"]),
    ("bras", "UK", "34DD", "US", ["34DD", "34E"]),
    ("bras", "EU", "75F", "US", ["34DDD", "34F"]),
    ("bras", "UK", "32F", "EU", ["70G"]),
    ("bras", "UK", "32FF", "EU", ["70H"]),
    ("bras", "EU", "70B", "FR", ["85B"]),
    ("bras", "UK", "32B", "AU", ["10B"]),
    ("hats", "US", "7⅛", "EU", ["57"]),  # 7⅛ in across = 56.4-57.4 cm: mostly EU 57
    ("hats", "US", "7⅛", "UK", ["7"]),
    ("gloves", "EU", "8", "INT", ["M"]),
    ("kids_clothing", "EU", "98", "UK", ["2-3 years"]),
    ("kids_clothing", "US", "2T", "EU", ["92"]),
])
def test_published_conversions(category, system, label, target, expected):
    assert get_chart(category).convert(label, system, target) == expected


def test_label_matching_tolerates_case_space_and_fractions_only():
    trousers, bras, shirts = get_chart("mens_trousers"), get_chart("bras"), get_chart("mens_shirts")
    assert trousers.convert("w32 l32", "us", "INT") == ["M"]
    assert bras.convert("36d", "UK", "EU") == bras.convert("36D", "UK", "EU") == ["80D"]
    assert shirts.convert("15 1/2 34/35", "US", "EU") == shirts.convert("15½ 34/35", "US", "EU")
    with pytest.raises(UnknownChoiceError) as caught:
        trousers.convert("W32 L33", "US", "EU")
    assert "W32 L32" in str(caught.value)
    with pytest.raises(UnknownChoiceError) as caught:
        bras.convert("36D", "UKK", "EU")
    assert caught.value.suggestions == ["UK"]


def test_body_ranges_and_size_for_agree():
    tops = get_chart("womens_tops")
    ranges = tops.body_ranges("US", "6")
    assert ranges["bust_girth"] == (82.0, 86.0)
    middle = {d: (lo + hi) / 2 for d, (lo, hi) in ranges.items()}
    assert tops.size_for(middle).labels["US"] == ["6"]


def test_size_for_reports_deciding_dimension_and_designation():
    shirts = get_chart("mens_shirts")
    lookup = shirts.size_for({"chest_girth": 100, "neck_girth": 40})
    assert lookup.labels["EU"] == ["40"] and lookup.assumed_default_variant
    broad = shirts.size_for({"chest_girth": 108, "neck_girth": 40})
    assert broad.deciding_dimension == "chest_girth" and broad.labels["EU"] == ["42"]
    assert gbt1335({"chest_girth": 88, "waist_girth": 74, "stature": 170}, "men", lower=False) == "170/88A"
    assert gbt1335({"chest_girth": 88, "waist_girth": 80, "stature": 170}, "men", lower=False) == "170/88B"
    assert gbt1335({"chest_girth": 96, "waist_girth": 76, "stature": 172}, "men", lower=False) == "170/96Y"
    assert jis_l4004_men({"chest_girth": 92, "waist_girth": 80, "stature": 170}) == "92A5"
    assert jis_l4004_men({"chest_girth": 92, "waist_girth": 76, "stature": 175}) == "92Y6"
    assert jis_l4005_women({"bust_girth": 83, "hip_girth": 91, "stature": 158}) == "9AR"
    assert jis_l4005_women({"bust_girth": 83, "hip_girth": 87, "stature": 166}) == "9YT"
    assert ks_k0051_women({"bust_girth": 85, "stature": 155}) == "85-155"
    assert designations_for(["jis_l4004_men"], {"chest_girth": 92}) == {"JP JIS L 4004": None}


def test_outside_and_missing_measurements():
    shoes = get_chart("shoes_men")
    assert shoes.size_for({"foot_length": 40}).row == -1
    bras = get_chart("bras")
    with pytest.raises(SizerError, match="bust_girth"):  # a clear message, not a KeyError
        bras.size_for({"underbust_girth": 75})
    with pytest.raises(UnknownChoiceError):
        shoes.size_for({"foot_lenght": 27})


# Formulas --------------------------------------------------------------------------------------
def test_shoe_formulas_match_published_definitions():
    # one allowance for every system: the last is 4/3 cm (2 Paris points) longer than the foot,
    # EU = 1.5 x foot + 2, UK = 3 x last (in) - 25, US men = UK + 1, US women = UK + 2
    assert f.eu_shoe_size(27.0) == pytest.approx(1.5 * 27 + 2)
    assert f.uk_shoe_size(27.0) == pytest.approx(3 * (27 + 4 / 3) / 2.54 - 25)
    assert f.us_men_shoe_size(27.0) - f.uk_shoe_size(27.0) == pytest.approx(1.0)
    assert f.us_women_shoe_size(27.0) - f.uk_shoe_size(27.0, f.WOMEN_LAST_ALLOWANCE_CM) == pytest.approx(2.0)
    # the women's last is a quarter barleycorn longer: at one foot length women's US = men's US + 1.25
    assert f.us_women_shoe_size(25.0) - f.us_men_shoe_size(25.0) == pytest.approx(1.25)
    assert f.uk_child_shoe_size(20.0) - f.uk_shoe_size(20.0) == pytest.approx(13.0)
    assert f.foot_cm_for_eu(f.eu_shoe_size(25.3)) == pytest.approx(25.3)
    assert f.foot_cm_for_uk(f.uk_shoe_size(25.3)) == pytest.approx(25.3)
    # the systems agree with each other: UK 8 is EU 42 (1.27 x (UK + 25) = 41.9), not a half size apart
    assert f.eu_shoe_size(f.foot_cm_for_uk(8)) == pytest.approx(1.5 * 2.54 / 3 * 33)
    # rings: US 7 is 0.682 in across = 54.4 mm (ISO 8653 table), ISO size = inner circumference in mm
    assert f.us_ring_circumference_mm(7) == pytest.approx(math.pi * 0.682 * 25.4)
    assert round(f.us_ring_circumference_mm(7), 1) == 54.4
    assert round(f.us_ring_circumference_mm(3), 1) == 44.2 and round(f.us_ring_circumference_mm(13), 1) == 69.7
    assert f.us_ring_size(f.us_ring_circumference_mm(9.5)) == pytest.approx(9.5)
    assert f.jp_ring_size(f.jp_ring_circumference_mm(13)) == pytest.approx(13)
    # hats: 57 cm = US 7 1/8
    assert round(f.us_hat_size(57) * 8) / 8 == 7.125


@pytest.mark.parametrize("chart_id", sorted(fl.FORMULA_CHARTS))
def test_formula_chart_rows_match_the_formulas(chart_id):
    chart, spec = get_chart(chart_id), fl.FORMULA_CHARTS[chart_id]
    assert chart.row_count > 20
    for row in range(chart.row_count):
        low, high = chart.row_ranges(row)[spec.dimension]
        labels = chart.row_labels(row)
        # the generator scans in 0.001 cm steps: probe inside that tolerance of each edge
        probes = [(low + high) / 2] + ([low + 0.0015, high - 0.0015] if high - low > 0.004 else [])
        for probe in probes:
            for system, label_of in spec.systems.items():
                expected = label_of(probe)
                assert labels.get(system, [None]) == [expected], (chart_id, row, system, probe)


def test_bra_rows_follow_en_13402():
    bras = get_chart("bras")
    # EN 13402-3's own worked examples: band = underbust to the nearest 5 cm, cup from bust minus
    # the MEASURED underbust, (12, 14] = A, 2 cm per cup
    for underbust, bust, label in ((87, 107, "85D"), (89, 108, "90D"), (82, 100, "80C"), (70, 83, "70A"),
                                   (72.4, 86.4, "70A"), (72.4, 86.5, "70B")):
        assert bras.size_for({"underbust_girth": underbust, "bust_girth": bust}).labels["EU"] == [label]
    batch = bras.size_for_many({"underbust_girth": np.array([87.0, 82.0]), "bust_girth": np.array([107.0, 100.0])})
    assert batch.labels("EU") == ["85D", "80C"]
    # a label's body range: bust = band range + cup difference range
    assert bras.body_ranges("EU", "85D") == {"underbust_girth": (82.5, 87.5), "bust_girth": (100.5, 107.5)}
    assert [c for c in fl.UK_CUPS[4:9]] == ["D", "DD", "E", "F", "FF"]
    us = bras.labels("US")
    assert {"32DD", "32DDD", "32G"} <= set(us)


def test_committed_formula_rows_are_what_the_generator_writes():
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen", CHARTS.parent / "scripts" / "generate_formula_charts.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    chart_spec = fl.FORMULA_CHARTS["hats"]
    rows = gen.scan_rows(chart_spec.dimension, chart_spec.low_cm, chart_spec.high_cm, chart_spec.systems)
    chart = get_chart("hats")
    assert len(rows) == chart.row_count
    assert [r["head_girth"] for r in rows] == [list(chart.row_ranges(i)["head_girth"]) for i in range(len(rows))]


# Properties ------------------------------------------------------------------------------------
def _middle(chart, row):
    return {d: (lo + hi) / 2 for d, (lo, hi) in chart.row_ranges(row).items()}


@pytest.mark.parametrize("chart_id", sorted(REQUIRED))
def test_every_label_of_every_system_is_reachable_from_a_body(chart_id):
    chart = get_chart(chart_id)
    reached = {s: set() for s in chart.systems}
    for row in range(chart.row_count):
        lookup = chart.size_for(_middle(chart, row))
        assert lookup.row == row
        for system, labels in lookup.labels.items():
            reached[system].update(labels)
    for system in chart.systems:
        assert reached[system] == set(chart.labels(system)), system


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_round_trip_through_any_two_systems(data):
    chart = get_chart(data.draw(st.sampled_from(sorted(REQUIRED))))
    row = data.draw(st.integers(0, chart.row_count - 1))
    labels = chart.row_labels(row)
    source = data.draw(st.sampled_from(sorted(labels)))
    target = data.draw(st.sampled_from(sorted(labels)))
    label = data.draw(st.sampled_from(labels[source]))
    converted = chart.convert(label, source, target)
    assert converted, (label, source, target)
    # the best label shares body with the source label: a neighbour at worst, never far
    dim = chart.size_dimensions[0]
    low, high = chart.body_ranges(source, label)[dim]
    best_low, best_high = chart.body_ranges(target, converted[0])[dim]
    assert best_low < high and low < best_high
    if source == target:
        assert converted == [label]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_bigger_body_never_gets_a_smaller_size(data):
    chart = get_chart(data.draw(st.sampled_from(sorted(REQUIRED))))
    row = data.draw(st.integers(0, chart.row_count - 1))
    body = {d: data.draw(st.floats(lo, hi, exclude_max=True)) for d, (lo, hi) in chart.spec.rows[row].ranges.items()}
    for dim, base in chart.variant_relative_to.items():  # the row gives bust - underbust, (min, max]
        low, high = chart.spec.rows[row].ranges[dim]
        # away from the ends: underbust + 12 - underbust can come back as 12.000000000000007
        body[dim] = body[base] + low + (high - low) * data.draw(st.floats(0.01, 0.99))
    grow = {d: v + data.draw(st.floats(0, 15)) for d, v in body.items()}
    for dim, base in chart.variant_relative_to.items():  # a cup grows only when the bust outgrows the band
        grow[dim] = max(grow[dim], body[dim] + grow[base] - body[base])
    small, big = chart.size_for(body), chart.size_for(grow)
    assert small.row == row
    if big.row >= 0:
        assert big.row >= small.row


@pytest.mark.parametrize("chart_id", sorted(REQUIRED))
def test_vectorised_lookup_matches_scalar(chart_id):
    chart = get_chart(chart_id)
    rng = np.random.default_rng(3)
    n = 300
    bodies = {}
    for dim in chart.dimensions:
        low = chart.row_ranges(0)[dim][0]
        high = chart.row_ranges(chart.row_count - 1)[dim][1]
        bodies[dim] = rng.uniform(low - 3, high + 3, n)
    batch = chart.size_for_many(bodies)
    for i in range(n):
        assert batch.rows[i] == chart.size_for({d: float(v[i]) for d, v in bodies.items()}).row
    assert np.asarray(batch).shape == (n,)


# Malformed files --------------------------------------------------------------------------------
GOOD = '''
format_version = 1
id = "acme_tops"
title = "Acme tops"
systems = ["INT", "EU"]
size_dimensions = ["chest_girth"]
[[sources]]
title = "Acme's own size guide"
url = "https://example.com/size-guide"
[[rows]]
chest_girth = [88, 96]
INT = "S"
EU = "46"
[[rows]]
chest_girth = [96, 104]
INT = "M"
EU = ["48", "50"]
'''


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_brand_chart_loads_from_its_own_file(tmp_path):
    chart = load_chart_file(write(tmp_path, "acme_tops.toml", GOOD))
    assert chart.convert("M", "INT", "EU") == ["48", "50"]
    assert chart.size_for({"chest_girth": 97}).labels["INT"] == ["M"]


@pytest.mark.parametrize("change,location,field,words", [
    (('EU = ["48", "50"]', 'EU = true'), "rows[1]", "EU", "text or a number"),
    (("chest_girth = [96, 104]", "chest_girth = [104, 96]"), "rows[1]", "chest_girth", "min < max"),
    (("chest_girth = [96, 104]", "chest_girth = [80, 84]"), "rows[1]", "chest_girth", "small to large"),
    (('INT = "M"', 'INTL = "M"'), "rows[1]", "INTL", "did you mean 'INT'"),
    (('size_dimensions = ["chest_girth"]', 'size_dimensions = ["chest_grith"]'), None, "size_dimensions",
     "did you mean 'chest_girth'"),
    (('url = "https://example.com/size-guide"', ''), "sources[0]", "url", "url or a standard"),
    (("format_version = 1", "format_version = 2"), None, "format_version", "must be 1"),
])
def test_malformed_file_names_file_location_and_field(tmp_path, change, location, field, words):
    path = write(tmp_path, "acme_tops.toml", GOOD.replace(*change))
    with pytest.raises(DataFileError) as caught:
        load_chart_file(path)
    error = caught.value
    assert (error.path, error.location, error.field) == (str(path), location, field)
    assert words in error.reason
    assert str(path) in str(error)


def test_a_broken_file_does_not_hide_the_others(tmp_path):
    write(tmp_path, "acme_tops.toml", GOOD)
    write(tmp_path, "broken.toml", "format_version = 1\nid = [")
    library = load_directory(tmp_path)
    assert library.ids() == ["acme_tops"]
    assert len(library.errors) == 1 and "broken.toml" in str(library.errors[0])
    assert "not valid TOML" in str(library.errors[0])


def test_every_bundled_chart_documents_its_format():
    readme = (CHARTS / "README.md").read_text(encoding="utf-8")
    for key in ("format_version", "size_dimensions", "variant_dimensions", "same_as", "[[sources]]",
                "[[conventions]]", "[[rows]]", "default"):
        assert key in readme


def test_parse_cache_is_keyed_by_content_and_never_stale(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("SIZER_CHART_CACHE", str(cache))
    path = write(tmp_path, "acme_tops.toml", GOOD)
    first = load_chart_file(path)
    assert len(list(cache.glob("*.json"))) == 1
    assert load_chart_file(path).convert("M", "INT", "EU") == first.convert("M", "INT", "EU") == ["48", "50"]
    path.write_text(GOOD.replace('EU = ["48", "50"]', 'EU = "49"'), encoding="utf-8")
    assert load_chart_file(path).convert("M", "INT", "EU") == ["49"]
    write(tmp_path, "dated.toml", GOOD + "updated = 2024-01-01\n")
    with pytest.raises(DataFileError, match="updated"):
        load_chart_file(tmp_path / "dated.toml")


def test_batch_result_gives_rows_labels_and_deciding_dimension():
    tops = get_chart("womens_tops")
    batch = tops.size_for_many({"bust_girth": np.array([84.0, 90.0, 300.0, np.nan]),
                                "waist_girth": np.array([66.0, 90.0, 70.0, 68.0])})
    assert batch.labels("US") == ["6", "18", None, "6"]
    assert [tops.size_dimensions[d] if d >= 0 else None for d in batch.deciding] == \
        ["bust_girth", "waist_girth", None, "waist_girth"]
    assert list(np.asarray(batch)) == [int(r) for r in batch.rows] and batch[2] == -1


def test_equivalents_by_body_for_many_sizes_give_what_one_at_a_time_gives():
    """The recommendations export asks the chart for thousands of sizes at once (one vectorised
    lookup per set of dimensions); each answer is the one-size answer, on every bundled chart."""
    import random

    from sizer.catalog import chart_bridge
    from sizer.sizing import load_charts

    rng = random.Random(7)
    for chart in load_charts():
        ranges_list = []
        for _ in range(60):
            row = chart.row_ranges(rng.randrange(chart.row_count))
            dims = [d for d in row if rng.random() < 0.8] or list(row)[:1]
            jitter = rng.uniform(-3, 3)
            ranges_list.append({d: (row[d][0] + jitter, row[d][1] + jitter * rng.random()) for d in dims})
        many = chart_bridge.equivalents_by_body_many(chart.id, ranges_list)
        one = [chart_bridge.equivalents_by_body(chart.id, ranges) for ranges in ranges_list]
        assert [list(found.items()) for found in many] == [list(found.items()) for found in one], chart.id  # in order
        assert any(many), chart.id  # the check compared answers, not only refusals
