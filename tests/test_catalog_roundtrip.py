"""A catalogue saved by Sizer imports back unchanged, formula-safe cells included."""
from __future__ import annotations

import pytest

from sizer.catalog import load_catalog
from sizer.catalog.writer import save_catalog


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_titles_that_look_like_formulas_survive_a_save_and_reopen(tmp_path, suffix):
    catalog = load_catalog()
    risky = ["-50% linen tee", "=HYPERLINK(\"x\")", "+plus size parka", "@home lounge set"]
    catalog.titles[: len(risky)] = risky
    path = save_catalog(tmp_path / f"saved{suffix}", catalog)
    if suffix == ".csv":
        text = path.read_text(encoding="utf-8-sig")
        assert "'=HYPERLINK" in text  # inert in a spreadsheet...
    reopened = load_catalog(path)
    assert list(reopened.titles[: len(risky)]) == risky  # ...and unchanged in Sizer
    assert list(reopened.listing_ids) == list(catalog.listing_ids)
