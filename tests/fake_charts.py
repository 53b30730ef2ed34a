"""A stand-in for the chart engine (sizer.sizing) with small known tables, for catalogue and
recommender tests that must not depend on the real charts' numbers."""
from __future__ import annotations

import types

import pytest

from sizer.catalog import chart_bridge
from sizer.errors import UnknownChoiceError

CATEGORY_IDS = ("womens_tops", "womens_dresses", "womens_trousers", "mens_tops", "mens_shirts", "mens_suits",
                "mens_trousers", "bras", "shoes_men", "shoes_women", "shoes_kids", "kids_clothing", "hats",
                "gloves", "rings")

# mens_tops: INT S/M/L, EU 46/48/50/52, chest and waist ranges.
MENS_TOPS = {
    "INT": ["S", "M", "L", "XL"],
    "EU": ["46", "48", "50", "52"],
    "US": ["36", "38", "40", "42"],
}
MENS_TOPS_RANGES = {
    "S": {"chest_girth": (88.0, 94.0), "waist_girth": (76.0, 82.0)},
    "M": {"chest_girth": (94.0, 100.0), "waist_girth": (82.0, 88.0)},
    "L": {"chest_girth": (100.0, 106.0), "waist_girth": (88.0, 94.0)},
    "XL": {"chest_girth": (106.0, 112.0), "waist_girth": (94.0, 100.0)},
}


class FakeChart:
    def __init__(self, category: str):
        self.id = category
        self.systems = list(MENS_TOPS)
        self.dimensions = ["chest_girth", "waist_girth"]

    def labels(self, system):
        if system not in MENS_TOPS:
            raise UnknownChoiceError("system", system, MENS_TOPS)
        return list(MENS_TOPS[system])

    def _row(self, system, label):
        labels = self.labels(system)
        if label not in labels:
            raise UnknownChoiceError(f"{system} label", label, labels)
        return labels.index(label)

    def convert(self, label, from_system, to_system):
        return [self.labels(to_system)[self._row(from_system, label)]]

    def equivalents(self, system, label):
        row = self._row(system, label)
        return {other: [labels[row]] for other, labels in MENS_TOPS.items()}

    def body_ranges(self, system, label):
        return dict(MENS_TOPS_RANGES[MENS_TOPS["INT"][self._row(system, label)]])

    def size_for(self, measurements_cm):
        """The first row whose chest range holds the chest (the fake knows no other rule)."""
        chest = measurements_cm.get("chest_girth")
        for row, label in enumerate(MENS_TOPS["INT"]):
            low, high = MENS_TOPS_RANGES[label]["chest_girth"]
            if chest is not None and low <= chest < high:
                return types.SimpleNamespace(found=True, row=row,
                                             labels={s: [ls[row]] for s, ls in MENS_TOPS.items()})
        return types.SimpleNamespace(found=False, row=-1, labels={})


def fake_sizing_module():
    def get_chart(category):
        if category not in CATEGORY_IDS:
            raise UnknownChoiceError("category", category, CATEGORY_IDS)
        return FakeChart(category)

    return types.SimpleNamespace(chart_ids=lambda: list(CATEGORY_IDS), get_chart=get_chart,
                                 load_charts=lambda: None)


@pytest.fixture
def fake_charts(monkeypatch):
    """Every category uses the small mens_tops table above."""
    module = fake_sizing_module()
    monkeypatch.setattr(chart_bridge, "_sizing", lambda: module)
    chart_bridge.clear_cache()
    yield module
    chart_bridge.clear_cache()
