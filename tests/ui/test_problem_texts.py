"""The core's problems reach the person in the interface language (issue 17: core errors translated)."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from sizer import problems
from sizer.catalog.importer import CatalogImportError, import_catalog, sample_catalog_path
from sizer.problems import Problem
from sizer.ui import problem_texts
from sizer.ui.i18n import install_translators

REPO = Path(__file__).resolve().parents[2]
# Sentences that read the same in Chinese (a code word and a value only).
SAME_IN_CHINESE = {"sku_value"}


@pytest.fixture
def chinese(qapp):
    install_translators("zh_CN")
    yield
    install_translators("en")


def test_every_problem_code_the_core_uses_is_defined():
    used = set()
    for path in (REPO / "sizer").rglob("*.py"):
        if "ui" in path.relative_to(REPO / "sizer").parts:
            continue
        used |= set(re.findall(r"""Problem\(\s*["']([a-z_]+)["']""", path.read_text(encoding="utf-8")))
    assert used, "the scan found no problem at all"
    assert sorted(used - set(problems.ENGLISH)) == []


def test_every_problem_code_has_a_translation_with_the_same_placeholders(chinese):
    english_ui = {}
    install_translators("en")
    english_ui.update(problem_texts.templates())
    install_translators("zh_CN")
    chinese_ui = problem_texts.templates()
    missing = [code for code in problems.ENGLISH if code not in chinese_ui and code not in problem_texts.COUNTED]
    assert missing == [], f"problem codes without a UI template: {missing}"
    for code, english in problems.ENGLISH.items():
        if code in problem_texts.COUNTED:
            continue  # tested below: their sentence depends on the count
        assert english_ui[code] == english, f"{code}: the UI's English differs from the core's"
        assert problems.placeholders(chinese_ui[code]) == problems.placeholders(english), code
        if code not in SAME_IN_CHINESE and code not in problem_texts._LANGUAGE_NEUTRAL:
            assert chinese_ui[code] != english, f"{code} is not translated into Chinese"


def test_a_problem_is_its_english_sentence_and_renders_nested_parameters(chinese):
    issue = Problem("also_rows", reason=Problem("not_a_number_cm", value="'abc'"), rows="4, 5")
    assert issue == "'abc' is not a number; expected cm, e.g. 92.5 (also rows 4, 5)"
    assert problem_texts.problem_text(issue) == "'abc' 不是数字；应为厘米数，例如 92.5（另见第 4, 5 行）"
    assert problem_texts.problem_text("plain words") == "plain words"


def write_bad_catalogue(path: Path) -> None:
    lines = sample_catalog_path().read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    row = lines[1].split(",")
    chest = header.index("chest_girth_min")
    bad = list(row)
    bad[0], bad[header.index("category")] = "BAD-1", "womens_topz"
    worse = list(row)
    worse[0], worse[chest] = "BAD-2", "abc"
    path.write_text("\n".join([lines[0], ",".join(bad), ",".join(worse)] + lines[2:]) + "\n", encoding="utf-8")


def test_error_text_of_a_catalogue_import_in_chinese(tmp_path, chinese):
    path = tmp_path / "shop.csv"
    write_bad_catalogue(path)
    with pytest.raises(CatalogImportError) as caught:
        import_catalog(path)
    english = str(caught.value)
    assert "unknown category 'womens_topz'" in english and "'abc' is not a number" in english  # the CLI's
    shown = problem_texts.error_text(caught.value)
    assert "2 个问题；未导入任何内容" in shown
    assert "第 2 行，列 'category'：未知的类别 'womens_topz'" in shown
    assert "'abc' 不是数字" in shown
    assert "is not a number" not in shown and "nothing was imported" not in shown


def test_bad_rows_under_the_chinese_ui_show_chinese_problems(qtbot, context, tmp_path, monkeypatch, chinese):
    from sizer.ui.pages.catalogue_page import CataloguePage
    from sizer.ui.widgets import import_issues
    from sizer.ui.widgets.import_issues import ImportIssuesDialog

    page = CataloguePage(context)
    qtbot.addWidget(page)
    path = tmp_path / "shop.csv"
    write_bad_catalogue(path)
    seen = []

    def answer(parent, error):
        dialog = ImportIssuesDialog(error, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append({(dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
                     for r in range(dialog.table.rowCount())})
        if (folder := os.environ.get("SIZER_GRAB_DIR")) and Path(folder).is_dir():
            dialog.grab().save(str(Path(folder) / "import_issues_zh.png"))
        return False

    monkeypatch.setattr(import_issues, "ask_accept_valid_rows", answer)
    page.load(path)
    assert seen, "the problems dialog was not shown"
    texts = dict(seen[0])
    assert texts["category"].startswith("未知的类别 'womens_topz'")
    assert texts["chest_girth_min"] == "'abc' 不是数字；应为厘米数，例如 92.5"


def test_photo_camera_file_and_orders_errors_read_in_chinese(tmp_path, chinese):
    from sizer.catalog.reading import read_table
    from sizer.errors import DataFileError, MeasurementInputError
    from sizer.returns.importers import import_orders
    from sizer.returns.orders import OrdersImportError
    from sizer.vision.frames import CaptureSource
    from sizer.vision.images import load_photo

    with pytest.raises(MeasurementInputError) as photo:
        load_photo(tmp_path / "front.jpg")
    assert "no such file" in str(photo.value)  # the CLI's English
    assert problem_texts.error_text(photo.value) == f"{tmp_path / 'front.jpg'}：没有这个文件\n请给出 JPEG 或 PNG 照片的路径。"

    with pytest.raises(MeasurementInputError) as camera:
        CaptureSource(str(tmp_path / "no-camera.mp4"))
    assert problem_texts.error_text(camera.value).startswith("无法打开视频 ")

    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    with pytest.raises(DataFileError) as empty:
        read_table(tmp_path / "empty.csv").rows  # noqa: B018 - reading is what fails
    assert problem_texts.error_text(empty.value) == f"{tmp_path / 'empty.csv'}，第 1 行：文件为空；应有一行表头"

    from sizer.catalog.importer import load_catalog

    orders = tmp_path / "orders.csv"
    orders.write_text("order_id,order_date,listing_id,size_label,quantity\n1,2024-13-45,NOPE,M,x\n", encoding="utf-8")
    with pytest.raises(OrdersImportError) as bad:
        import_orders(orders, load_catalog())
    shown = problem_texts.error_text(bad.value)
    assert "订单中有 3 个问题；未导入任何内容" in shown and "不是日期" in shown and "不是整数" in shown, shown
    assert "not a" not in shown


def test_the_kind_an_unknown_value_is_of_reads_in_chinese_nested_too(chinese):
    from sizer.errors import UnknownChoiceError

    error = UnknownChoiceError("language", "xx", ["en", "zh_CN"])
    assert str(error).startswith("unknown language 'xx'")
    assert problem_texts.error_text(error) == "未知的语言 'xx'\n有效的语言：en, zh_CN"
    nested = Problem("or_leave_system_empty",
                     reason=problems.choices_problem("mens_tops size system", "ZZ", ["EU", "US"], []))
    # The category by its name, not its id (womens_tops), and no space between the Chinese words.
    assert problem_texts.problem_text(nested).startswith("未知的男装上衣尺码体系 'ZZ'；有效值：EU, US；")


def counted_params(code: str, count: int) -> dict:
    names = {name: f"<{name}>" for name in problems.placeholders(problems.ENGLISH[code])}
    counter = problem_texts.COUNTED[code]
    if isinstance(counter, str):
        names[counter] = count
    return names


@pytest.mark.parametrize("code", sorted(problem_texts.COUNTED))
def test_counted_problems_say_one_and_many_like_the_core_in_english(qapp, code):
    """The plural reads as the core's English; the singular no longer says "1 valid rows"."""
    install_translators("en")
    counter = problem_texts.COUNTED[code]
    count = counter if isinstance(counter, int) else 5
    params = counted_params(code, count)
    assert problem_texts.problem_text(Problem(code, **params)) == str(Problem(code, **params))
    if isinstance(counter, str):
        one = problem_texts.problem_text(Problem(code, **counted_params(code, 1)))
        assert re.search(r"\b1\b", one) and "(s)" not in one, one
        assert not re.search(r"\b1 (rows|problems|units)\b", one), one


def test_counted_problems_in_german_and_chinese(qapp):
    valid = Problem("with_hint", text=Problem("catalog_problem_one", path="a.csv"),
                    hint=Problem("catalog_valid_rows_hint", count=1))
    many = Problem("with_hint", text=Problem("catalog_problems", path="a.csv", count=1234),
                   hint=Problem("catalog_valid_rows_hint", count=1234))
    try:
        install_translators("de")
        assert problem_texts.problem_text(valid) == ("a.csv: 1 Problem; es wurde nichts importiert"
                                                     " (1 gültige Zeile; übernehmen Sie sie mit --accept-valid-rows)")
        assert "1.234 Probleme" in problem_texts.problem_text(many)  # the count in German digits
        assert "1.234 gültige Zeilen" in problem_texts.problem_text(many)
        install_translators("fr")
        assert "0 problème\u00a0;" in problem_texts.problem_text(Problem("catalog_problems", path="a", count=0))
        install_translators("zh_CN")
        assert problem_texts.problem_text(Problem("orders_problem_one")) == "订单中有 1 个问题；未导入任何内容"
    finally:
        install_translators("en")


def test_fixed_value_columns_and_dimensions_are_named_in_the_interface_language(qapp):
    from sizer.problems import choices_problem

    unknown_fit = choices_problem("fit", "snug", ["slim", "regular", "relaxed"], ["slim"])
    implausible = Problem("implausible_measurement", dimension="chest_girth", value="300")
    inconsistent = Problem("girth_inconsistent", girth="waist girth", value="60", predicted="80")
    try:
        install_translators("de")
        text = problem_texts.problem_text(unknown_fit)
        assert "als Passform unbekannt" in text and "regular (normal)" in text and "relaxed (locker)" in text, text
        assert "fit" not in text.replace("'", " ").split(), text
        assert "Brustumfang" in problem_texts.problem_text(implausible)
        assert "chest" not in problem_texts.problem_text(implausible)
        install_translators("ja")
        assert "waist" not in problem_texts.problem_text(inconsistent)
        install_translators("zh_CN")
        stretch = problem_texts.problem_text(choices_problem("stretch", "lots", ["none", "some", "high"], []))
        assert "弹性" in stretch and "none（无弹）" in stretch and "stretch" not in stretch, stretch
    finally:
        install_translators("en")
    english = problem_texts.problem_text(unknown_fit)
    assert english == str(unknown_fit)  # the English reads as the core's: the codes are the words
    assert problem_texts.problem_text(implausible) == "the photos gave an implausible chest girth (300 cm)"
