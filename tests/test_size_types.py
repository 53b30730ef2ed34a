"""Size types as data (issue 12): petite, plus and tall charts of a regular category, chosen by
``--size-type`` or by the listing's category, and passed on by the channel exports."""
from __future__ import annotations

import csv
import json

import pytest

from sizer.cli import main
from sizer.errors import UnknownChoiceError
from sizer.sizing import load_charts
from sizer.sizing.library import chart_for


def cli(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_every_size_type_chart_names_a_bundled_regular_chart_and_its_type():
    library = load_charts()
    typed = [c for c in library if c.size_type_of]
    assert {c.id for c in typed} >= {"womens_tops_petite", "womens_tops_plus", "womens_tops_tall", "womens_tops_maternity",
                                     "mens_tops_tall", "womens_dresses_plus", "womens_trousers_plus"}
    for chart in typed:
        base = library.get(chart.size_type_of)
        assert base.size_types == ("regular",) and "regular" not in chart.size_types, chart.id
        assert library.size_types(base.id)[chart.size_types[0]] == chart.id


def test_a_size_type_picks_the_chart_and_its_rows():
    library = load_charts()
    assert library.size_types("womens_tops") == {"regular": "womens_tops", "petite": "womens_tops_petite",
                                                  "plus": "womens_tops_plus", "tall": "womens_tops_tall",
                                                  "maternity": "womens_tops_maternity"}
    assert library.for_size_type("womens_tops", None).id == "womens_tops"
    assert library.for_size_type("womens_tops", "Petite").id == "womens_tops_petite"
    assert library.for_size_type("womens_tops_petite", "regular").id == "womens_tops"  # from a typed chart, too
    body = {"bust_girth": 91.4, "waist_girth": 71.1, "stature": 157}
    assert chart_for("womens_tops", size_type="petite").size_for(body).labels["US"] == ["10P"]
    # the same body too tall for petite is outside that chart, not given a petite size
    assert not chart_for("womens_tops", size_type="petite").size_for({**body, "stature": 175}).found
    assert chart_for("womens_tops", size_type="tall").size_for({**body, "stature": 175}).labels["US"] == ["10 Tall"]
    # one plus size across tops and dresses (the same table), the dress adding the hip
    plus_body = {"bust_girth": 114, "waist_girth": 95, "hip_girth": 122}
    assert chart_for("womens_tops", size_type="plus").size_for(plus_body).labels["US"] == ["18W"]
    assert chart_for("womens_dresses", size_type="plus").size_for(plus_body).labels["US"] == ["18W"]
    assert chart_for("womens_dresses", size_type="plus").size_for({**plus_body, "hip_girth": 131}).labels["US"] == ["22W"]
    assert chart_for("womens_trousers", size_type="plus").size_for({"waist_girth": 99, "hip_girth": 122}).labels["INT"] == ["2X"]


def test_an_unknown_or_missing_size_type_names_the_ones_the_category_has():
    with pytest.raises(UnknownChoiceError, match="maternity, petite, plus, regular, tall"):
        chart_for("womens_tops", size_type="big")
    with pytest.raises(UnknownChoiceError, match="regular, tall"):
        chart_for("mens_tops", size_type="petite")


def test_sizer_size_and_convert_take_a_size_type(capsys):
    code, out, err = cli(capsys, "size", "--category", "womens_tops", "--size-type", "plus", "--bust_girth", "114.3",
                         "--waist_girth", "94", "--json")
    assert code == 0, err
    answer = json.loads(out)
    assert answer["category"] == "womens_tops_plus" and answer["size_type"] == "plus"
    assert answer["best"]["US"] == "18W" and answer["best"]["UK"] == "22"
    code, out, err = cli(capsys, "convert", "14W", "--category", "womens_tops", "--size-type", "plus", "--from", "US",
                         "--to", "EU", "--json")
    assert code == 0, err
    assert json.loads(out)["best"] == "44"
    code, _, err = cli(capsys, "convert", "8", "--category", "mens_tops", "--size-type", "plus", "--from", "US")
    assert code != 0 and "regular, tall" in err and "Traceback" not in err


def test_a_brand_chart_that_claims_a_size_type_of_must_say_which(tmp_path):
    from sizer.errors import DataFileError
    from sizer.sizing.schema import check_chart
    from sizer.toml_compat import tomllib

    from conftest import REPO_ROOT

    text = (REPO_ROOT / "charts" / "womens_tops_petite.toml").read_text(encoding="utf-8")
    with pytest.raises(DataFileError, match="size_types"):
        check_chart(tomllib.loads(text.replace('size_types = ["petite"]', 'size_types = ["regular"]')), "x.toml")
    with pytest.raises(DataFileError, match="size_type_of"):
        check_chart(tomllib.loads(text.replace('size_type_of = "womens_tops"', 'size_type_of = "Womens Tops"')), "x.toml")


def _catalogue(tmp_path):
    path = tmp_path / "catalogue.csv"
    rows = [("P-1", "Petite blouse", "womens_tops_petite", "8P", "US"),
            ("P-1", "Petite blouse", "womens_tops_petite", "10P", "US"),
            ("W-1", "Plus tee", "womens_tops_plus", "18W", "US"),
            ("T-1", "Tall tee", "mens_tops_tall", "LT", "INT"),
            ("M-1", "Maternity tee", "womens_tops_maternity", "M", "INT"),
            ("R-1", "Regular tee", "womens_tops", "8", "US")]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["listing_id", "title", "category", "size_label", "size_system"])
        writer.writerows(rows)
    return path


def test_google_and_amazon_exports_read_the_size_type_from_the_chart(tmp_path, capsys):
    catalogue = _catalogue(tmp_path)
    feed = tmp_path / "feed.tsv"
    code, _, err = cli(capsys, "preset", "google-merchant", "--catalog", catalogue, "--size-system", "US", "--out", feed)
    assert code == 0, err
    by_id = {r["id"]: r for r in csv.DictReader(feed.read_text(encoding="utf-8").splitlines(), delimiter="\t")}
    assert by_id["P-1-8P"]["size_type"] == "petite" and by_id["W-1-18W"]["size_type"] == "plus"
    assert by_id["T-1-LT"]["size_type"] == "tall" and by_id["R-1-8"]["size_type"] == "regular"
    assert by_id["M-1-M"]["size_type"] == "maternity"
    assert by_id["P-1-8P"]["gender"] == "female" and by_id["T-1-LT"]["gender"] == "male"  # the base category's audience
    attributes = tmp_path / "attributes.txt"
    code, _, err = cli(capsys, "preset", "amazon-attributes", "--catalog", catalogue, "--out", attributes)
    assert code == 0, err
    rows = {r["item_sku"]: r for r in csv.DictReader(attributes.read_text(encoding="utf-8").splitlines(), delimiter="\t")}
    assert (rows["P-1-8P"]["shirt_body_type"], rows["P-1-8P"]["shirt_height_type"]) == ("Petite", "Regular")
    assert rows["W-1-18W"]["shirt_body_type"] == "Plus"
    assert (rows["T-1-LT"]["shirt_body_type"], rows["T-1-LT"]["shirt_height_type"]) == ("Regular", "Tall")
    assert rows["R-1-8"]["shirt_body_type"] == "Regular"  # tops: Amazon's SHIRT size fields


def test_a_petite_listing_is_recommended_from_its_own_rows(tmp_path):
    from sizer.catalog.importer import load_catalog
    from sizer.profile import BodyProfile
    from sizer.recommend.engine import recommend

    catalog = load_catalog(_catalogue(tmp_path))
    listing = next(l for l in catalog if l.listing_id == "P-1")
    assert listing.size("10P").body_ranges_cm["stature"][1] == pytest.approx(162.6)
    shopper = BodyProfile({"bust_girth": 91.4, "waist_girth": 71.1, "stature": 157})
    assert recommend(shopper, catalog).recommendation("P-1").size == "10P"
    tall = recommend(BodyProfile({"bust_girth": 91.4, "waist_girth": 71.1, "stature": 176}), catalog)
    assert tall.recommendation("P-1").fit["stature"].value == "too_short"  # the petite cut is too short for her


def test_product_types_that_name_a_size_type_map_to_its_chart():
    from sizer.catalog.mapping import guess_category

    assert guess_category("Women's Petite Tops") == "womens_tops_petite"
    assert guess_category("Womens Plus Size Blouses") == "womens_tops_plus"
    assert guess_category("mens · Tall Tees") == "mens_tops_tall"
    assert guess_category("Petite Jeans · womens") == "womens_trousers"  # no petite trousers chart: the regular one
    assert guess_category("Bikini") == "swimwear_women"
    assert guess_category("Maternity Tops · womens") == "womens_tops_maternity"


@pytest.mark.parametrize(("widths", "shoes"), [("shoe_widths_women", "shoes_women"), ("shoe_widths_men", "shoes_men")])
def test_a_width_chart_gives_the_length_the_shoe_chart_gives(widths, shoes):
    """The width charts' US sizes follow the shoe charts' foot-length rule (their Length convention)."""
    library = load_charts()
    width_chart, shoe_chart = library.get(widths), library.get(shoes)
    checked = 0
    for row in range(width_chart.row_count):
        low, high = width_chart.row_ranges(row)["foot_length"]
        size = width_chart.row_labels(row)["US"][0].split()[0]
        for foot in (low + 0.02, (low + high) / 2, high - 0.02):
            answer = shoe_chart.size_for({"foot_length": foot}).labels["US"][0].replace("½", ".5")
            assert answer == size, (widths, row, foot)
            checked += 1
    assert checked > 100


def test_womens_widths_follow_the_foot_width():
    chart = load_charts().get("shoe_widths_women")
    labels = [chart.size_for({"foot_length": 23.85, "foot_width": w}).labels["US"][0] for w in (7.9, 8.7, 9.7, 10.5)]
    assert labels == ["7 AA", "7 B", "7 D", "7 2E"]
    assert chart.size_for({"foot_length": 23.85}).labels["US"] == ["7 B"]  # no width: medium (B) assumed


def test_swimwear_sizes_by_the_largest_measurement():
    chart = load_charts().get("swimwear_women")
    assert chart.size_for({"bust_girth": 87, "waist_girth": 67, "hip_girth": 92}).labels["INT"] == ["S"]
    # a hip a size up decides: the suit must pass the hip
    assert chart.size_for({"bust_girth": 87, "waist_girth": 67, "hip_girth": 98}).labels["INT"] == ["M"]
    assert chart.convert("M", "INT", "US") == ["8", "10"]


def _typed_catalogue(tmp_path, size_type="petite"):
    path = tmp_path / "typed.csv"
    path.write_text("listing_id,title,category,size_type,size_label,size_system\n"
                    f"P-2,Petite shirt,womens_tops,{size_type},8P,US\n"
                    f"P-2,Petite shirt,womens_tops,{size_type},10P,US\n"
                    "R-2,Regular shirt,womens_tops,,8,US\n", encoding="utf-8")
    return path


def test_a_catalogue_size_type_column_picks_the_chart_and_saves_back_as_it_was(tmp_path):
    from sizer.catalog.importer import import_catalog
    from sizer.catalog.writer import save_catalog

    result = import_catalog(_typed_catalogue(tmp_path))
    catalog = result.catalog
    petite, regular = catalog.listing(catalog.index_of("P-2")), catalog.listing(catalog.index_of("R-2"))
    assert (petite.category, regular.category) == ("womens_tops_petite", "womens_tops")
    assert petite.size("10P").body_ranges_cm["stature"][1] == pytest.approx(162.6)
    out = tmp_path / "saved.csv"
    save_catalog(out, catalog, result.layout)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("listing_id,title,category,size_type,size_label")
    assert lines[1].startswith("P-2,Petite shirt,womens_tops,petite,8P") and lines[3].startswith("R-2,Regular shirt,womens_tops,regular,8")
    # without a layout the size type rides in the category
    fresh = tmp_path / "fresh.csv"
    save_catalog(fresh, catalog)
    assert "womens_tops_petite" in fresh.read_text(encoding="utf-8") and "size_type" not in fresh.read_text(encoding="utf-8")


def test_a_size_type_the_category_has_not_is_refused_with_the_row_and_the_valid_types(tmp_path):
    from sizer.catalog.importer import CatalogImportError, import_catalog

    with pytest.raises(CatalogImportError) as raised:
        import_catalog(_typed_catalogue(tmp_path, "big"))
    text = str(raised.value)
    assert "size_type" in text and "row 2" in text and "maternity, petite, plus, regular, tall" in text


# --- QA: size-type wording (every combination of category and type, and invalid ones)

@pytest.mark.parametrize("category", ["womens_tops", "womens_dresses", "womens_trousers", "mens_tops", "mens_shirts",
                                      "shoes_men", "kids_clothing"])
@pytest.mark.parametrize("size_type", ["regular", "petite", "plus", "tall", "big", "maternity", " Petite ", "bogus"])
def test_every_size_type_of_every_category_is_a_chart_or_a_clear_refusal(capsys, category, size_type):
    library = load_charts()
    offered = library.size_types(category)
    wanted = size_type.strip().lower()
    for command in (["convert", "M", "--from", "INT"], ["size", "--chest_girth", "100", "--bust_girth", "92"]):
        code, out, err = cli(capsys, *command, "--category", category, "--size-type", size_type)
        assert "Traceback" not in err and "_petite" not in err and "_tall" not in err and "_plus" not in err
        if wanted in offered:
            continue  # the chart itself answers (or names its labels)
        assert code == 2
        listed = ", ".join(sorted(offered))
        if wanted in ("regular", "petite", "plus", "tall", "big", "maternity"):
            # a real size type the category lacks: what the category has, not "unknown"
            assert err.startswith(f"sizer: error: {category} has no size type '{wanted}'\n"), err
            assert f"its size types: {listed}" in err
        else:
            assert f"unknown {category} size type '{size_type.strip()}'" in err and listed in err


def test_a_size_type_chart_is_named_by_the_category_and_type_the_user_typed(capsys):
    code, _, err = cli(capsys, "convert", "M", "--category", "womens_tops", "--size-type", "petite", "--from", "US")
    assert code == 2 and "unknown Women's tops (petite) US label 'M'" in err and "valid Women's tops (petite) US labels: 0P" in err
    # a real system the type's chart does not label is said as such, with the systems it has
    code, _, err = cli(capsys, "convert", "40", "--category", "mens_tops", "--size-type", "tall", "--from", "US")
    assert code == 2 and "mens_tops (tall) has no size system 'US'\nits size systems: INT" in err


def test_the_size_type_help_names_exactly_the_size_types_the_bundled_charts_have():
    from sizer.cli import SIZE_TYPE_HELP, SIZE_TYPES_OFFERED

    having = {"regular"} | {t for chart in load_charts() for t in chart.size_types}
    assert set(SIZE_TYPES_OFFERED) == having
    assert all(t in SIZE_TYPE_HELP for t in having) and "big" not in SIZE_TYPE_HELP


def test_a_body_outside_what_a_size_type_is_cut_for_is_told_which_types_suit_it(capsys):
    code, out, _ = cli(capsys, "size", "--category", "womens_tops", "--size-type", "tall", "--bust_girth", "92",
                       "--waist_girth", "75", "--stature", "150")
    assert code == 0
    assert "tall sizes are cut for a stature of 172.7–195 cm, yours is 150 cm; try --size-type regular or petite" in out
