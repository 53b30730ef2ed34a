"""In every interface language, the letters of a menu's & accelerators are unique (Alt+letter reaches one item)."""
from __future__ import annotations

import collections

import pytest
from PySide6.QtWidgets import QMenu

from conftest import REPO_ROOT
from sizer.ui.i18n import install_translators

# The English File menu gives &s to three items (sample, Save catalogue, Settings), and zh_CN follows it;
# the languages below were written with one letter per item, and must stay so.
LANGUAGES = sorted(p.stem.split("_", 1)[1] for p in (REPO_ROOT / "assets" / "translations").glob("sizer_*.ts")
                   if p.stem.split("_", 1)[1] in ("de", "es", "fr"))


def accelerator(text: str) -> str | None:
    visible = text.split("\t")[0].replace("&&", "")
    at = visible.find("&")
    return visible[at + 1].casefold() if 0 <= at < len(visible) - 1 else None


@pytest.mark.parametrize("language", LANGUAGES)
def test_menu_accelerators_are_unique_in_every_language(qtbot, context, language):
    from sizer.ui.app import page_factories
    from sizer.ui.main_window import MainWindow

    install_translators(language)
    try:
        window = MainWindow(context, page_factories())
        qtbot.addWidget(window)
        menus = [window.menuBar(), *window.findChildren(QMenu)]
        assert len(menus) >= 5  # menu bar, File, Import, Export, Help at least
        for menu in menus:
            texts = [a.text() for a in menu.actions() if a.text() and not a.isSeparator()]
            letters = collections.Counter(accelerator(t) for t in texts if accelerator(t))
            clashes = sorted(k for k, n in letters.items() if n > 1)
            assert not clashes, f"{language}: menu {menu.title() or 'bar'!r} shares Alt+{clashes}: {texts}"
        assert window.menuBar().actions()[0].text() != "&File"  # the translation was really loaded
    finally:
        install_translators("en")
