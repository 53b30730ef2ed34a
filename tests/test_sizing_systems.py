"""Systems cross-border sellers list in (issue 12): MX shoes in cm (Google Merchant's MEX), AU men's
shirts and suits, and Google Merchant's size types as chart metadata."""
from __future__ import annotations

import pytest

from conftest import REPO_ROOT as REPO
from sizer.errors import UnknownChoiceError
from sizer.sizing import load_charts
from sizer.toml_compat import tomllib


def test_mexican_shoe_sizes_are_the_foot_length_in_centimetres():
    charts = load_charts()
    for chart_id in ("shoes_men", "shoes_women"):
        chart = charts.get(chart_id)
        assert chart.size_for({"foot_length": 24.2}).labels["MX"] == ["24"]
        assert chart.size_for({"foot_length": 26.4}).labels["MX"] == ["26.5"]
    # Google Merchant writes the system MEX; the chart answers to either spelling
    assert charts.get("shoes_men").convert("26", "MEX", "MX") == ["26"]
    assert charts.get("shoes_men").convert("9", "US", "mex") == charts.get("shoes_men").convert("9", "US", "MX")


def test_australian_mens_tops_shirts_and_suits():
    charts = load_charts()
    assert charts.get("mens_shirts").convert("15½", "US", "AU") == ["39"]
    assert charts.get("mens_suits").convert("40R", "US", "AU") == ["40R"]
    assert charts.get("mens_tops").convert("40", "US", "AU") == ["40"]
    assert charts.get("mens_tops").size_for({"chest_girth": 100}).labels["AU"] == ["40"]


def test_an_unknown_system_is_still_refused():
    with pytest.raises(UnknownChoiceError):
        load_charts().get("shoes_men").convert("26", "MEXICO", "EU")


def test_clothing_charts_state_their_google_size_type_and_shoes_do_not():
    charts = load_charts()
    for chart_id in ("womens_tops", "womens_dresses", "womens_trousers", "mens_tops", "mens_shirts",
                     "mens_trousers", "mens_suits", "kids_clothing"):
        assert charts.get(chart_id).size_types == ("regular",), chart_id
    assert charts.get("shoes_men").size_types == ()


@pytest.mark.parametrize(("value", "complaint"), [
    ('["slim"]', "unknown size type 'slim' .*maternity"),
    ('["petite", "plus", "tall"]', "at most 2"),
    ('["plus", "plus"]', "twice"),
])
def test_a_brand_chart_with_a_wrong_size_type_is_refused_with_the_valid_values(tmp_path, value, complaint):
    from sizer.errors import DataFileError
    from sizer.sizing.schema import check_chart

    text = (REPO / "charts" / "mens_shirts.toml").read_text(encoding="utf-8")
    text = text.replace('size_types = ["regular"]', f"size_types = {value}")
    with pytest.raises(DataFileError, match=complaint) as raised:
        check_chart(tomllib.loads(text), str(tmp_path / "acme_petite.toml"))
    assert "size_types" in str(raised.value)


def test_a_brand_chart_can_be_petite_and_maternity(tmp_path):
    from sizer.sizing.schema import check_chart

    text = (REPO / "charts" / "mens_shirts.toml").read_text(encoding="utf-8")
    spec = check_chart(tomllib.loads(text.replace('size_types = ["regular"]', 'size_types = ["petite", "maternity"]')),
                       str(tmp_path / "acme.toml"))
    assert spec.size_types == ("petite", "maternity")
