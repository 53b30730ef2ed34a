"""QA findings on wording and words: European suppliers' headers, Google's own size-system codes,
the merchant's own rows in refusals, plurals, CJK spacing of joined titles, one chest/bust rule."""
from __future__ import annotations

from pathlib import Path

import pytest

from sizer.catalog.brand_chart import read_brand_chart
from sizer.catalog.mapping import MappingStore, import_mapped, name_target, propose_mapping

EUROPEAN = Path(__file__).parent / "fixtures" / "european"


@pytest.fixture(autouse=True)
def own_mapping_store(tmp_path, monkeypatch):
    monkeypatch.setenv("SIZER_MAPPINGS_FILE", str(tmp_path / "remembered-mappings.json"))


def test_a_german_supplier_sheet_maps_by_its_german_headers(tmp_path):
    """A ';'-separated Windows-1252 sheet with a title row (European Excel), headers in German."""
    proposal = propose_mapping(EUROPEAN / "supplier_sheet_de_cp1252.csv", MappingStore(tmp_path / "m.json"))
    columns = proposal.mapping.columns
    assert columns["Artikelnummer"] == "listing_id" and columns["Bezeichnung"] == "title"
    assert columns["Kategorie"] == "category" and columns["Größe"] == "size_label"
    assert proposal.mapping.category_values == {"Herren Hemden": "mens_shirts", "Damen Kleider": "womens_dresses"}
    assert proposal.problems == []
    catalog = import_mapped(EUROPEAN / "supplier_sheet_de_cp1252.csv", proposal.mapping).catalog
    assert [listing.listing_id for listing in catalog] == ["H-100", "D-200"]


@pytest.mark.parametrize("header, target", [
    ("Artikelnummer", "listing_id"), ("Bezeichnung", "title"), ("Kategorie", "category"), ("Farbe", "variant"),
    ("Geschlecht", "department"), ("Brustumfang (cm)", "chest_girth_range"), ("Taillenumfang", "waist_girth_range"),
    ("Hüftumfang (cm)", "hip_girth_range"), ("Innenbeinlänge (cm)", "inside_leg_range"),
    ("Körpergröße (cm)", "stature_range"), ("Référence", "listing_id"), ("Désignation", "title"),
    ("Catégorie", "category"), ("Taille", "size_label"), ("Tour de poitrine (cm)", "chest_girth_range"),
    ("Tour de taille", "waist_girth_range"), ("Referencia", "listing_id"), ("Talla", "size_label"),
    ("Categoría", "category"), ("Taglia", "size_label")])
def test_european_header_words(header, target):
    assert name_target(header) == target


def test_a_column_named_like_a_category_is_never_proposed_as_the_title(tmp_path):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Handle,Category,Unterkategorie,Size\n"
                     "a,Tops,Herren Hemden Langarm,M\nb,Tops,Damen Blusen Kurzarm,L\n", encoding="utf-8")
    columns = propose_mapping(sheet, MappingStore(tmp_path / "m.json")).mapping.columns
    assert columns["Unterkategorie"] != "title"


def test_a_german_brand_chart_keeps_its_inside_leg():
    chart = read_brand_chart(EUROPEAN / "brand_chart_de_cp1252.csv")
    assert chart.dimensions == ["waist_girth", "hip_girth", "inside_leg"]
    assert not any("left out" in note for note in chart.notes)


def test_google_size_system_takes_googles_own_codes_and_lists_them(tmp_path, capsys):
    from sizer.cli import main

    assert main(["preset", "google-merchant", "--size-system", "MEX", "--out", str(tmp_path / "mex.tsv")]) == 0
    assert main(["preset", "google-merchant", "--size-system", "MX", "--out", str(tmp_path / "mx.tsv")]) == 0
    assert (tmp_path / "mex.tsv").read_bytes() == (tmp_path / "mx.tsv").read_bytes()
    assert "\tMEX\t" in (tmp_path / "mex.tsv").read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["preset", "google-merchant", "--size-system", "XX", "--out", str(tmp_path / "x.tsv")]) == 2
    error = capsys.readouterr().err
    assert "MEX" in error and "MX," not in error


@pytest.mark.parametrize("lang, heading, subtitle", [
    ("ja", "サイズガイド・Crew Tee", "・"), ("zh_CN", "·Crew Tee", "·"), ("en", "Size guide · Crew Tee", " · ")])
def test_guide_titles_follow_the_cjk_spacing_rule(lang, heading, subtitle):
    import dataclasses

    from sizer.catalog.importer import load_catalog
    from sizer.catalog.size_guide import build_size_guide_table

    listing = dataclasses.replace(next(iter(load_catalog())), title="Crew Tee")
    table = build_size_guide_table(listing, lang=lang)
    assert table.full_title.endswith(heading) and subtitle in table.subtitle
    if lang != "en":
        assert " " not in table.full_title.replace("Crew Tee", "") and " " not in table.subtitle


def test_an_amazon_child_without_its_parent_row_is_titled_without_its_size(tmp_path):
    flat = tmp_path / "flat.txt"
    header = "item_sku\titem_name\tfeed_product_type\tparent_child\tparent_sku\tdepartment_name\tapparel_size_system\t" \
             "apparel_size_class\tapparel_size\n"
    flat.write_text(header + "NW-KD-2T\tKids Dress 2T\tDRESS\tchild\tNW-KD\tgirls\tUS\tAge\t2T\n"
                             "NW-KD-3T\tKids Dress 3T\tDRESS\tchild\tNW-KD\tgirls\tUS\tAge\t3T\n"
                             "NW-SOCK\tSock\tSOCKS\tparent\t\tmens\t\t\t\n"
                             "NW-T-XL\tWinter Tee XL\tSHIRT\tchild\tNW-T\tmens\tUS\tAlpha\tXL\n", encoding="utf-8")
    proposal = propose_mapping(flat, MappingStore(tmp_path / "m.json"))
    proposal.mapping.category_values.update({"girls · DRESS": "kids_clothing", "mens · SHIRT": "mens_tops"})
    catalog = import_mapped(flat, proposal.mapping).catalog
    assert {listing.listing_id: listing.title for listing in catalog} == {"NW-KD": "Kids Dress", "NW-T": "Winter Tee"}


def test_a_womens_chest_column_is_her_bust_in_a_catalogue_as_in_a_brand_chart(tmp_path):
    """胸围 of a women's shirt (女装衬衫) is her bust, as brand-chart reads it; the men's jacket's stays chest."""
    sheet = Path(__file__).parent / "fixtures" / "european" / "supplier_sheet_zh_gb18030.csv"
    proposal = propose_mapping(sheet, MappingStore(tmp_path / "m.json"))
    catalog = {listing.listing_id: listing for listing in import_mapped(sheet, proposal.mapping).catalog}
    women, men = catalog["A1001"].sizes[0].body_ranges_cm, catalog["B2002"].sizes[0].body_ranges_cm
    assert women == {"bust_girth": (84.0, 88.0)} and set(men) == {"chest_girth"}
    german = {listing.listing_id: listing for listing in import_mapped(
        EUROPEAN / "supplier_sheet_de_cp1252.csv",
        propose_mapping(EUROPEAN / "supplier_sheet_de_cp1252.csv", MappingStore(tmp_path / "m.json")).mapping).catalog}
    assert set(german["D-200"].sizes[0].body_ranges_cm) == {"bust_girth"}
    assert set(german["H-100"].sizes[0].body_ranges_cm) == {"chest_girth"}


def test_a_duplicate_variant_refusal_names_the_merchants_own_skus(tmp_path):
    """Not rows of Sizer's converted catalogue (nor of the file not written): the SKUs, which the
    merchant finds in their own file."""
    from sizer.catalog.model import CatalogBuilder, FitIntent, SizeEntry, Stretch, TableSource
    from sizer.channels.write import PresetOptions, write_preset
    from sizer.errors import SizerError

    builder = CatalogBuilder()
    builder.add_listing("heavy-hoodie", "Heavy Hoodie", "mens_tops", "INT", FitIntent.REGULAR, Stretch.NONE)
    for label, sku in (("M", "HH-BLK-M"), ("2XL", "HH-BLK-2XL"), ("XXL", "HH-GRY-XXL")):
        builder.add_size("heavy-hoodie", SizeEntry(label, TableSource.BODY_RANGES, {"chest_girth": (112.0, 120.0)},
                                                   sku=sku))
    builder.add_listing("SH-2", "Shirt", "mens_shirts", "US")
    for label, sku in (("15½ 34/35", "SH-2-A"), ("15 1/2 34/35", "SH-2-B")):
        builder.add_size("SH-2", SizeEntry(label, TableSource.BODY_RANGES, {"neck_girth": (39.0, 40.0)}, sku=sku))
    catalog = builder.build()
    with pytest.raises(SizerError) as error:
        write_preset("amazon-attributes", catalog, tmp_path / "out.txt", PresetOptions())
    assert "sizes 2XL, XXL (SKUs HH-BLK-2XL, HH-GRY-XXL)" in str(error.value) and "rows" not in str(error.value)
    with pytest.raises(SizerError) as error:
        write_preset("google-merchant", catalog, tmp_path / "out.tsv", PresetOptions())
    assert "(SKUs SH-2-A, SH-2-B)" in str(error.value) and "rows" not in str(error.value)
