"""The same body gets the same size in `sizer size`, `sizer recommend`, the Catalogue page and the
kiosk, exact boundaries included (issue 11)."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from kiosk_support import fast_settings, make_window  # noqa: F401  (fixture)
from sizer.catalog.segments import Segment
from sizer.cli import main
from sizer.profile import BodyProfile
from sizer.sizing.library import chart_for
from sizer.ui.pages.catalogue_page import CataloguePage
from sizer.ui.settings import KIOSK_CATALOGUE, KIOSK_LANGUAGES


def boundaries(category: str, dimension: str) -> list[float]:
    """Values where one chart row's range ends and the next one's begins."""
    chart = chart_for(category, None)
    ranges = [chart.row_ranges(r)[dimension] for r in range(chart.row_count)]
    return sorted({high for (_, high), (low, _) in zip(ranges, ranges[1:]) if high == low})


@pytest.fixture
def chart_catalogue(tmp_path):
    """A listing that takes every EU size of the standard men's tops chart, plus a women's tee."""
    chart = chart_for("mens_tops", None)
    labels = list(dict.fromkeys(label for r in range(chart.row_count) for label in chart.row_labels(r).get("EU", [])))
    lines = ["listing_id,title,category,size_label,size_system"]
    lines += [f"MT,Chart tee,mens_tops,{label},EU" for label in labels]
    lines += ["WT,Women's tee,womens_tops,S,INT", "WT,Women's tee,womens_tops,M,INT"]
    path = tmp_path / "chart_catalogue.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def cli_json(capsys, *argv) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("pick", [0, 3])
def test_an_exact_boundary_gives_one_size_in_cli_page_and_kiosk(pick, chart_catalogue, tmp_path, capsys, qtbot,
                                                                 context, make_window):  # noqa: F811
    chest = boundaries("mens_tops", "chest_girth")[pick]
    profile = BodyProfile({"chest_girth": chest})
    profile_path = tmp_path / "me.json"
    profile_path.write_text(json.dumps(profile.to_json_dict()), encoding="utf-8")

    by_size = cli_json(capsys, "size", "--category", "mens_tops", "--chest_girth", str(chest), "--json")["labels"]["EU"]
    by_recommend = cli_json(capsys, "recommend", "--profile", str(profile_path), "--catalog", str(chart_catalogue),
                            "--listing", "MT", "--json")["recommendations"][0]["size"]
    assert by_recommend is not None and by_size == [by_recommend]
    assert main(["recommend", "--profiles", str(_people(tmp_path, chest)), "--catalog", str(chart_catalogue),
                 "--listing", "MT", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["people"][0]["recommendations"][0]["size"] == by_recommend

    page = CataloguePage(context)
    qtbot.addWidget(page)
    page.load(chart_catalogue)
    context.set_profile(profile)
    row = page.listings.row_of(page.catalog.index_of("MT"))
    assert page.listings.data(page.listings.index(row, page.listings.SIZE)) == by_recommend
    assert page.recommendation(page.catalog.index_of("MT")).size == by_recommend

    settings = fast_settings(tmp_path)
    settings.set(KIOSK_CATALOGUE, str(chart_catalogue))
    settings.set(KIOSK_LANGUAGES, ("en",))
    window = make_window(settings)
    qtbot.mouseClick(window.segment_choice.buttons[Segment.MEN], Qt.MouseButton.LeftButton)
    assert window.shopper.segment is Segment.MEN and window.current_screen() is window.consent
    window._capture_finished(BodyProfile({"chest_girth": chest}))  # what the capture hands over
    cards = window.results.product_cards()
    assert [c.objectName() for c in cards] == ["product_MT"]  # the women's tee is not shown to a man
    assert cards[0].size.text() == by_recommend
    assert window.shopper.profile.segment is Segment.MEN


def _people(tmp_path, chest: float):
    path = tmp_path / "people.csv"
    path.write_text(f"id,chest_girth\np1,{chest}\n", encoding="utf-8")
    return path


def test_a_segment_on_the_profile_orders_and_filters_the_catalogue_page(qtbot, context):
    page = CataloguePage(context)
    qtbot.addWidget(page)
    context.set_profile(BodyProfile({"chest_girth": 96, "waist_girth": 80}, segment=Segment.WOMEN))
    shown = [page.catalog.segment(page.listings.listing_at(r)) for r in range(page.listings.rowCount())]
    assert shown and Segment.MEN not in shown and shown[0] is Segment.WOMEN
    assert shown.index(Segment.UNISEX) > max(i for i, s in enumerate(shown) if s is Segment.WOMEN)
    context.set_profile(BodyProfile({"chest_girth": 96, "waist_girth": 80}))
    assert page.listings.rowCount() == len(page.catalog)


def test_the_catalogue_page_says_where_the_best_size_is_off_and_which_way_no_size_is(qtbot, context):
    page = CataloguePage(context)
    qtbot.addWidget(page)
    context.set_profile(BodyProfile({"chest_girth": 96.4, "waist_girth": 79.4, "neck_girth": 37.4,
                                     "stature": 182.3, "hip_girth": 96.9, "inside_leg": 88.5}))
    shirt = page.recommendation(page.catalog.index_of("MS-3001"))
    assert shirt.size is not None
    html = page._recommendation_html(shirt)
    assert "it will be off at" in html and "Neck girth" in html
    kids = page._recommendation_html(page.recommendation(page.catalog.index_of("KC-7001")))
    assert "cm over the largest size" in kids


def test_the_catalogue_page_chooses_whom_the_profile_shops_for(qtbot, context):
    page = CataloguePage(context)
    qtbot.addWidget(page)
    context.set_profile(BodyProfile({"chest_girth": 96, "waist_girth": 80}))
    assert page.listings.rowCount() == len(page.catalog)
    page.shopper_segment.setCurrentIndex(page.shopper_segment.findData("men"))
    assert context.profile.segment is Segment.MEN and context.profile.measurements_cm["chest_girth"] == 96
    shown = {page.catalog.segment(page.listings.listing_at(r)) for r in range(page.listings.rowCount())}
    assert shown == {Segment.MEN, Segment.UNISEX}
    context.set_profile(BodyProfile({"chest_girth": 96}, segment=Segment.WOMEN))  # e.g. a loaded profile
    assert page.shopper_segment.currentData() == "women"
    page.shopper_segment.setCurrentIndex(0)
    assert context.profile.segment is None and page.listings.rowCount() == len(page.catalog)
