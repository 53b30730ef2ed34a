"""Systems cross-border sellers list in (issue 12): MX shoes in cm (Google Merchant's MEX), AU men's
shirts and suits, and Google Merchant's size types as chart metadata."""
from __future__ import annotations

import pytest

from sizer.errors import UnknownChoiceError
from sizer.sizing import load_charts


def test_mexican_shoe_sizes_are_the_foot_length_in_centimetres():
    charts = load_charts()
    for chart_id in ("shoes_men", "shoes_women"):
        chart = charts.get(chart_id)
        assert chart.size_for({"foot_length": 24.2}).labels["MX"] == ["24"]
        assert chart.size_for({"foot_length": 26.4}).labels["MX"] == ["26.5"]
    # Google Merchant writes the system MEX; the chart answers to either spelling
    assert charts.get("shoes_men").convert("26", "MEX", "MX") == ["26"]
    assert charts.get("shoes_men").convert("9", "US", "mex") == charts.get("shoes_men").convert("9", "US", "MX")


def test_australian_mens_shirts_and_suits():
    charts = load_charts()
    assert charts.get("mens_shirts").convert("15½", "US", "AU") == ["39"]
    assert charts.get("mens_suits").convert("40R", "US", "AU") == ["40R"]


def test_an_unknown_system_is_still_refused():
    with pytest.raises(UnknownChoiceError):
        load_charts().get("shoes_men").convert("26", "MEXICO", "EU")
