"""Catalogue page: equivalents joined by the language's "or", the sizes' SKUs shown, and the
marketplace files' notes shown to the user after writing."""
from __future__ import annotations

import dataclasses

from sizer.profile import BodyProfile
from sizer.ui.pages.catalogue_page import CataloguePage
from sizer.ui.settings import DEFAULT_SYSTEMS

PROFILE = BodyProfile({"stature": 168.0, "bust_girth": 90.0, "chest_girth": 92.0, "waist_girth": 72.0,
                       "hip_girth": 98.0, "foot_length": 24.5, "head_girth": 56.0}, {"waist_girth": 1.5})


def test_equivalents_are_joined_by_the_languages_or_never_a_slash(qtbot, context, monkeypatch):
    """CN 165/88A holds a slash: two CN equivalents read "165/88A or 170/92A", in every language."""
    from sizer.catalog.size_guide import size_guide_text

    context.settings.set(DEFAULT_SYSTEMS, ("CN", "EU"))
    for language in ("en", "zh_CN", "fr"):
        context.language = language
        page = CataloguePage(context)
        qtbot.addWidget(page)
        context.set_profile(PROFILE)
        page.listing_view.selectRow(0)
        real = page.results.recommendation
        monkeypatch.setattr(page.results, "recommendation", lambda i: dataclasses.replace(
            real(i), equivalents={"CN": ("165/88A", "170/92A"), "EU": ("38",)}))
        page._show_details()
        text = page.details.toPlainText()
        word = size_guide_text(language)["several_labels"]
        assert f"CN 165/88A{word}170/92A" in text and "165/88A / 170/92A" not in text
        monkeypatch.undo()
        context.settings.set(DEFAULT_SYSTEMS, ("CN", "EU"))
