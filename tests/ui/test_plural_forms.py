"""Messages that count say "1 row" and "2 rows" in every language (Qt's plural forms, %Ln)."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from conftest import REPO_ROOT
from sizer.ui import problem_texts
from sizer.ui.i18n import install_translators

# A number put into an English sentence right before a noun that would need its plural: such a
# message must count (tr(text, "", n) with %Ln), or put the number after a label ("Rows: 3").
COUNTED_NOUN = re.compile(r"(%\d+|\{(count|more|returned)\}) (valid |more )?(rows?|listings?|sizes?|problems?|units?|"
                          r"orders?|order lines?|changes?|measurements?|people|files?|errors?)\b(?! system)")
# Raised only for two listings or more (one listing makes one picture), so never singular.
ALWAYS_PLURAL = {"preset_image_one_file"}


def english_sources() -> list[str]:
    root = ET.parse(REPO_ROOT / "assets" / "translations" / "sizer_de.ts").getroot()
    return [m.findtext("source") for m in root.iter("message") if m.get("numerus") != "yes"]


def test_no_message_puts_a_bare_number_before_a_counted_noun(qapp):
    always_plural = {problem_texts.templates()[code] for code in ALWAYS_PLURAL}
    offenders = [s for s in english_sources() if COUNTED_NOUN.search(s) and s not in always_plural]
    offenders += [t for code, t in problem_texts.templates().items()
                  if COUNTED_NOUN.search(t) and code not in ALWAYS_PLURAL]
    assert not offenders, f"count these with %Ln (tr(text, '', n)): {offenders[:5]}"


@pytest.mark.parametrize("language, one, many", [
    ("en", "&Import the 1 valid row", "&Import the 1,200 valid rows"),
    ("de", "Die 1 gültige Zeile &importieren", "Die 1.200 gültigen Zeilen &importieren"),
    ("fr", "&Importer la 1 ligne valide", "&Importer les 1\u202f200 lignes valides"),
    ("ja", "有効な 1 行を取り込む(&I)", "有効な 1,200 行を取り込む(&I)"),
])
def test_the_import_button_counts_the_valid_rows(qapp, tmp_path, language, one, many):
    from sizer.catalog.importer import CatalogImportError
    from sizer.ui.widgets.import_issues import ImportIssuesDialog

    def button_text(valid_rows: int) -> str:
        error = CatalogImportError(tmp_path / "shop.csv", [], valid_rows=valid_rows)
        dialog = ImportIssuesDialog(error)
        text = dialog.accept_button.text()
        dialog.deleteLater()
        return text

    try:
        install_translators(language)
        assert (button_text(1), button_text(1200)) == (one, many)
    finally:
        install_translators("en")
