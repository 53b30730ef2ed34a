"""Property tests (hypothesis): whatever a catalogue or profile file holds, import and
recommendation either work or say what is wrong; both import paths agree; a saved catalogue
reopens as it was."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sizer.catalog.importer as importer
from sizer.catalog.importer import CatalogImportError, import_catalog
from sizer.catalog.writer import save_catalog
from sizer.errors import SizerError
from sizer.profile import BodyProfile
from sizer.recommend import recommend

HEADER = ["listing_id", "title", "category", "size_label", "size_system", "fit", "stretch", "chest_girth_min",
          "chest_girth_max", "waist_girth_min_in", "waist_girth_max_in", "garment_hip_girth"]

# Cells near what merchants type, and the things that broke the importer before.
numbers = st.one_of(st.floats(allow_nan=True, allow_infinity=True, width=32).map(lambda v: f"{v:g}"),
                    st.integers(-5, 400).map(str), st.sampled_from(["", " ", "92,5", "1e308", "-0", "9-10", "wide"]))
texts = st.one_of(st.sampled_from(["", "T1", "T2", "Tee", "=1+1", "'-5", "a;=b", "\x1b[2J", "纯棉"]),
                  st.text(max_size=8))
rows = st.lists(st.tuples(st.sampled_from(["T1", "T2", "T3", ""]), texts,
                          st.sampled_from(["mens_tops", "womens_dresses", "mens_shoes", "nope", ""]),
                          st.sampled_from(["S", "M", "L", "38", "40", "XX", ""]),
                          st.sampled_from(["", "EU", "US", "INT", "XX"]),
                          st.sampled_from(["", "slim", "Regular", "baggy"]), st.sampled_from(["", "none", "high", "?"]),
                          numbers, numbers, numbers, numbers, numbers),
                max_size=12)


def write(tmp_path, table):
    import csv

    path = tmp_path / "fuzz.csv"
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        writer.writerows(table)
    return path


def catalogue_state(catalog):
    return (catalog.listing_ids.tolist(), catalog.titles.tolist(), catalog.size_labels.tolist(),
            catalog.dimensions, np.nan_to_num(catalog.body_min_cm, nan=-1).round(2).tolist(),
            np.nan_to_num(catalog.body_max_cm, nan=-1).round(2).tolist(), catalog.open_min.tolist(),
            catalog.open_max.tolist())


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=rows)
def test_any_catalogue_imports_or_names_its_problems_and_both_paths_agree(tmp_path, table):
    path = write(tmp_path, table)
    try:
        fast = import_catalog(path, accept_valid_rows=True)
    except CatalogImportError as error:
        assert error.issues and all(str(issue) for issue in error.issues)
        return
    original = importer.fast_build
    importer.fast_build = lambda *args, **kwargs: None
    try:
        slow = import_catalog(path, accept_valid_rows=True)
    finally:
        importer.fast_build = original
    assert catalogue_state(fast.catalog) == catalogue_state(slow.catalog)
    # Whatever imported saves and reopens unchanged.
    saved = save_catalog(tmp_path / "saved.csv", fast.catalog, fast.layout)
    assert catalogue_state(import_catalog(saved).catalog) == catalogue_state(fast.catalog)


json_values = st.recursive(st.one_of(st.none(), st.booleans(), st.floats(allow_nan=True), st.integers(),
                                     st.text(max_size=6)),
                           lambda children: st.one_of(st.lists(children, max_size=4),
                                                      st.dictionaries(st.text(max_size=12), children, max_size=4)),
                           max_leaves=12)
profiles = st.one_of(json_values, st.fixed_dictionaries(
    {"measurements_cm": st.dictionaries(st.sampled_from(["chest_girth", "waist_girth", "stature", "hip_girth", "x"]),
                                        st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(),
                                                  st.text(max_size=3)), max_size=4)},
    optional={"uncertainty_cm": st.dictionaries(st.sampled_from(["chest_girth", "waist_girth"]),
                                                st.floats(allow_nan=True, allow_infinity=True), max_size=2),
              "fit_preference": st.sampled_from(["regular", "slim", "tight", 3])}))


@pytest.fixture(scope="module")
def sample_catalog():
    return import_catalog(importer.sample_catalog_path()).catalog


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=profiles)
def test_any_profile_is_refused_with_a_reason_or_recommended_for(sample_catalog, payload):
    try:
        profile = BodyProfile.from_json_dict(payload, "fuzz.json")
    except SizerError as error:
        assert str(error)
        return
    results = recommend(profile, sample_catalog)
    for i in range(len(sample_catalog)):
        r = results.recommendation(i)
        assert 0.0 <= r.confidence <= 1.0


@pytest.mark.parametrize("text,words", [
    ('{"measurements_cm": {"chest_girth": 1' + "0" * 400 + "}}", "not a plausible number"),
    ('{"measurements_cm": {"chest_girth": ' + "9" * 5000 + "}}", "not a plausible number"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply|not valid JSON|larger than 64 KB")])
def test_profiles_found_by_the_fuzz_run_are_refused_with_a_reason(tmp_path, text, words):
    path = tmp_path / "p.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SizerError, match=words):
        BodyProfile.load(path)
