"""Plausible for whom: an adult listing's body range typed in inches is caught, a child's is not
mistaken for one (sizer.plausibility, the catalogue import both ways, editing, --profiles)."""
from __future__ import annotations

import pytest

from sizer.catalog import importer
from sizer.catalog.importer import CatalogImportError, import_catalog
from sizer.cli import main

HEADER = "listing_id,title,category,size_label,size_system,chest_girth_min,chest_girth_max"
INCHES = [HEADER, "MT-1,Oxford shirt,mens_tops,S,INT,37,40", "MT-1,Oxford shirt,mens_tops,M,INT,40,43"]


def _write(tmp_path, lines, name="c.csv"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("path_kind", ["fast", "slow"])
def test_adult_chest_in_inches_is_refused_with_the_inch_reading(tmp_path, monkeypatch, path_kind):
    if path_kind == "slow":
        monkeypatch.setattr(importer, "fast_build", lambda *args, **kwargs: None)
    path = _write(tmp_path, INCHES)
    with pytest.raises(CatalogImportError) as caught:
        import_catalog(path)
    first = caught.value.issues[0]
    assert (first.row, first.column) == (2, "chest_girth_min")
    assert "expected 70 to 160 cm for adults" in first.reason
    assert "looks like inches: 37–40 in = 94–102 cm?" in first.reason and "chest_girth_min_in" in first.reason


@pytest.mark.parametrize("path_kind", ["fast", "slow"])
def test_the_same_numbers_are_a_childs_chest(tmp_path, monkeypatch, path_kind):
    if path_kind == "slow":
        monkeypatch.setattr(importer, "fast_build", lambda *args, **kwargs: None)
    path = _write(tmp_path, [HEADER, "KC-1,Baby vest,kids_clothing,50,EU,37,40", "KC-1,Baby vest,kids_clothing,56,EU,40,43"])
    assert len(import_catalog(path).catalog.listing("KC-1").sizes) == 2


def test_catalog_check_names_file_row_field_and_the_inch_reading(tmp_path, capsys):
    path = _write(tmp_path, INCHES, "shop.csv")
    assert main(["catalog", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "row 2, column 'chest_girth_min'" in err
    assert "looks like inches: 37–40 in = 94–102 cm?" in err


def test_an_explicit_segment_column_decides_over_the_category(tmp_path):
    path = _write(tmp_path, [HEADER + ",segment", "T-1,Tee,mens_tops,XS,INT,37,40,kids"])
    assert import_catalog(path).catalog.listing("T-1").sizes[0].label == "XS"


def test_editing_an_adult_range_to_inches_is_refused_the_same_way(tmp_path):
    from sizer.catalog.editing import EditError, edit_size_bound

    path = _write(tmp_path, [HEADER, "MT-1,Oxford shirt,mens_tops,S,INT,88,94"])
    catalog = import_catalog(path).catalog
    with pytest.raises(EditError, match="looks like inches: 37 in = 94 cm"):
        edit_size_bound(catalog, 0, list(catalog.dimensions).index("chest_girth"), "min", 37.0)


def test_profiles_follow_the_same_rule_by_segment(tmp_path, capsys):
    team = _write(tmp_path, ["id,segment,chest_girth", "ann,men,96", "dan,men,38", "kid,kids,56"], "team.csv")
    assert main(["recommend", "--profiles", str(team)]) == 2
    err = capsys.readouterr().err
    assert "row 3, column 'chest_girth'" in err and "expected 70 to 160 cm for adults" in err
    assert "looks like inches: 38 in = 97 cm?" in err and "row 4" not in err


def test_plausible_ranges_by_segment():
    from sizer.catalog.segments import Segment
    from sizer.plausibility import plausible_range_cm, unit_slip

    assert plausible_range_cm("chest_girth", Segment.MEN) == (70, 160)
    assert plausible_range_cm("chest_girth", Segment.BABY) == (40, 100)
    assert plausible_range_cm("chest_girth", Segment.UNISEX) == (40, 160)
    assert unit_slip("chest_girth", [37, 40], Segment.BABY) is None
    assert unit_slip("chest_girth", [940, 1000], Segment.MEN).unit == "mm"
