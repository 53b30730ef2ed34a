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


@pytest.mark.parametrize("with_layout", [True, False])
def test_a_garment_row_keeps_the_body_ranges_it_also_gives(tmp_path, with_layout):
    """A size may give a garment measurement at one dimension and body ranges at others: saving
    wrote only the garment value, and the chest and waist were lost on reopening (found by the fuzz test)."""
    from sizer.catalog.importer import import_catalog

    source = tmp_path / "mixed.csv"
    source.write_text("listing_id,title,category,size_label,chest_girth_min,chest_girth_max,waist_girth_min_in,"
                      "waist_girth_max_in,garment_hip_girth\nT1,Tee,mens_tops,S,90,,31,33,104\n", encoding="utf-8")
    imported = import_catalog(source)
    saved = save_catalog(tmp_path / "saved.csv", imported.catalog, imported.layout if with_layout else None)
    again = import_catalog(saved).catalog
    assert again.dimensions == imported.catalog.dimensions == ("chest_girth", "waist_girth", "hip_girth")
    assert again.body_min_cm.tolist() == imported.catalog.body_min_cm.tolist()
    assert again.body_max_cm.tolist() == imported.catalog.body_max_cm.tolist()
    assert again.open_max.tolist() == imported.catalog.open_max.tolist()
