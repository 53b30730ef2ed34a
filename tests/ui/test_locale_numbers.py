"""Every number the interface shows is written in its language: 92,5 in German, French and Spanish
(the QA report: the Measure page showed "± 1.2 cm" beside a spin box reading "92,5 cm")."""
from __future__ import annotations

import re

import pytest

from conftest import REPO_ROOT
from sizer.ui.i18n import install_translators
from sizer.ui.numbers import local_digits, number

UI = REPO_ROOT / "sizer" / "ui"
# A number formatted by Python inside the interface code (f"{x:.1f}", f"{x:g}", f"{x:.0%}").
PYTHON_NUMBER_FORMAT = re.compile(r"\{[^{}]*:[+]?[.0-9]*[fg%]\}")
LOG_CALL = re.compile(r"\blog\.\w+\(|_lose\(")
# Written documents keep their own rules: the size guides (exports in the listing's language, with
# their own number words) and the returns report (an English file for the merchandiser's records).
NOT_SHOWN_BY_THE_UI = {"documents", "returns_report.py", "numbers.py"}


@pytest.fixture
def german(qapp):
    install_translators("de")
    yield
    install_translators("en")


def test_the_interface_code_formats_no_number_itself():
    found = []
    for path in UI.rglob("*.py"):
        if NOT_SHOWN_BY_THE_UI & set(path.relative_to(UI).parts):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if PYTHON_NUMBER_FORMAT.search(line) and not LOG_CALL.search(line):
                found.append(f"{path.relative_to(REPO_ROOT)}:{n}: {line.strip()}")
            if re.search(r"\bformat_(length|uncertainty|range)\(", line):
                found.append(f"{path.relative_to(REPO_ROOT)}:{n}: {line.strip()} (use sizer.ui.numbers)")
    assert not found, "numbers shown without the interface language's decimal mark:\n" + "\n".join(found)


def test_numbers_in_each_language(qapp):
    try:
        for language, decimal, thousands in (("de", "92,5", "1.234"), ("fr", "92,5", "1\u202f234"),
                                             ("es", "92,5", "1234"), ("ja", "92.5", "1,234"),
                                             ("en", "92.5", "1,234")):
            install_translators(language)
            assert (number(92.5), number(1234), number(88.0), number(4.83)) == (
                decimal, thousands, "88", decimal.replace("92", "4").replace("5", "83")), language
            assert local_digits("88.5–94 cm; v1.2.txt.") == f"88{decimal[2]}5–94 cm; v1{decimal[2]}2.txt."
    finally:
        install_translators("en")


def test_the_measure_fields_show_one_decimal_mark(german):
    from sizer.ui.widgets.measurement_field import MeasurementField

    field = MeasurementField("chest_girth", "Brustumfang")
    field.set_value_cm(92.5, 1.23)
    assert field.spin.text() == "92,5 cm"
    assert field.uncertainty_label.text() == "± 1,2 cm"
    field.spin.setValue(95.0)  # changed by hand: the tooltip says what it was
    field.deleteLater()


def test_the_height_field_writes_and_reads_decimal_commas(german):
    from sizer.ui.widgets.height_field import HeightField

    field = HeightField("Körpergröße")
    assert field.enter_text("1,82 m") == pytest.approx(182.0)
    assert "182,0 cm" in field.understood.text() and "1,82 m" in field.understood.text()
    field.set_value_cm(180.5)
    assert field.edit.text() == "180,5 cm"
    field.deleteLater()
