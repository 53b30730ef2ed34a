"""Chart files that cannot hurt Sizer (issue 14): a crafted file is reported and skipped, and a
chart cannot take another chart's id, least of all a bundled one's."""
from __future__ import annotations

import json

from sizer.cli import main
from sizer.errors import DataFileError
from sizer.sizing import load_chart_file, load_directory

from test_sizing_charts import GOOD, write

DEEP = "format_version = 1\nid = " + "[" * 100_000 + "]" * 100_000 + "\n"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_deeply_nested_file_is_reported_not_a_crash(tmp_path, monkeypatch):
    monkeypatch.setenv("SIZER_CHART_CACHE", "off")
    deep = write(tmp_path, "deep.toml", DEEP)
    try:
        load_chart_file(deep)
    except DataFileError as error:
        assert error.path == str(deep) and "nested too deeply" in error.reason
    else:
        raise AssertionError("a 100,000-deep array loaded as a chart")
    write(tmp_path, "acme_tops.toml", GOOD)
    library = load_directory(tmp_path)
    assert library.ids() == ["acme_tops"]
    assert [e.path for e in library.errors] == [str(deep)]


def test_charts_validate_reports_the_deep_file_with_an_exit_code(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SIZER_CHART_CACHE", "off")
    write(tmp_path, "deep.toml", DEEP)
    write(tmp_path, "acme_tops.toml", GOOD)
    code, out, err = run(capsys, "charts", "validate", str(tmp_path), "--json")
    report = json.loads(out)
    assert code != 0 and report["valid"] == ["acme_tops"]
    assert [e["path"].endswith("deep.toml") for e in report["errors"]] == [True]
    assert "Traceback" not in err


def test_an_id_collision_blames_the_newcomer_whatever_the_file_order(tmp_path):
    write(tmp_path, "acme_tops.toml", GOOD)
    # sorts before the owner, so it is read first: it must still not take the id
    newcomer = write(tmp_path, "a_copy.toml", GOOD.replace('title = "Acme tops"', 'title = "Impostor"'))
    library = load_directory(tmp_path)
    assert library.get("acme_tops").title == "Acme tops"
    assert len(library.errors) == 1
    error = library.errors[0]
    assert error.path == str(newcomer) and error.field == "id"
    assert "acme_tops.toml" in error.reason and "skipped" in error.reason


def test_a_merchant_file_taking_a_bundled_id_is_an_error_naming_it(tmp_path, capsys):
    impostor = write(tmp_path, "my_bras.toml", GOOD.replace('id = "acme_tops"', 'id = "bras"'))
    code, out, err = run(capsys, "charts", "validate", str(impostor))
    assert code != 0 and str(impostor) in err and "bundled" in err and "bras.toml" in err
    code, out, err = run(capsys, "charts", "validate", str(tmp_path), "--json")
    report = json.loads(out)
    assert code != 0 and report["valid"] == []
    assert report["errors"][0]["path"] == str(impostor) and report["errors"][0]["field"] == "id"
    # the bundled bras chart is untouched
    code, out, _ = run(capsys, "convert", "--category", "bras", "--from", "EU", "--to", "UK", "75B")
    assert code == 0 and out.strip().startswith("34B")


def test_mutated_chart_files_are_reported_never_a_traceback(tmp_path, monkeypatch):
    """A bounded fuzz: bundled charts with fields replaced by junk load or fail with a DataFileError."""
    import random

    from sizer.errors import SizerError
    from sizer.sizing.examples import example_failures

    from test_sizing_charts import CHARTS

    monkeypatch.setenv("SIZER_CHART_CACHE", "off")
    rng = random.Random(12)
    sources = [(CHARTS / f"{name}.toml").read_text(encoding="utf-8") for name in ("bras", "kids_clothing", "socks")]
    junk = ['[]', '{}', '"x"', '-1', '1e999', 'true', '[1]', '[1, "a"]', '{ a = 1 }', '""', '[5, 1]', '"7 1/0"', 'nan']
    for index in range(150):
        lines = rng.choice(sources).splitlines()
        for _ in range(rng.randint(1, 3)):
            k = rng.randrange(len(lines))
            if "=" in lines[k] and not lines[k].startswith("#"):
                lines[k] = lines[k].split("=")[0] + "= " + rng.choice(junk)
        path = write(tmp_path, f"m{index}.toml", "\n".join(lines))
        try:
            chart = load_chart_file(path)
            example_failures(chart)
            chart.conversions(chart.systems[0], chart.labels(chart.systems[0])[0])
        except SizerError:
            pass
