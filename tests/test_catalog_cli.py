"""`sizer catalog check`: a summary of a good file, every problem of a bad one, exit codes."""
from __future__ import annotations

import json

from sizer.cli import main


def run_cli(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_check_summarises_the_sample(capsys):
    code, out, err = run_cli(capsys, "catalog", "check", "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["valid"] and summary["listings"] == 31 and summary["sizes"] == 174
    assert set(summary["sizes_by_table"]) == {"body_ranges", "garment", "chart"}
    assert all(count > 0 for count in summary["sizes_by_table"].values())
    assert len(summary["listings_by_category"]) == 15  # every category is in the sample
    code, out, _ = run_cli(capsys, "catalog", "check")
    assert code == 0 and "31 listings, 174 sizes" in out


def test_check_lists_every_problem_and_exits_2(capsys, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("listing_id,title,category,size_label,chest_girth_min,chest_girth_max\n"
                    "A,Tee,mens_top,M,94,100\nB,Tee,mens_tops,M,94,x\nC,Tee,mens_tops,M,94,100\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "catalog", "check", path, "--json")
    assert code == 2
    report = json.loads(out)
    assert report["valid"] is False and report["valid_rows"] == 1
    assert [(p["row"], p["column"]) for p in report["problems"]] == [(2, "category"), (3, "chest_girth_max")]
    assert "did you mean 'mens_tops'" in report["problems"][0]["reason"]
    code, out, err = run_cli(capsys, "catalog", "check", path)
    assert code == 2 and out == "" and "row 3, column 'chest_girth_max'" in err and "Traceback" not in err


def test_terminal_escape_sequences_in_catalogue_data_never_reach_the_terminal(capsys, tmp_path):
    path = tmp_path / "esc.csv"
    path.write_text("listing_id,title,category,size_label,chest_girth_min,chest_girth_max\n"
                    "A\x1b]0;pwned\x07,Tee,mens_top\x1b[2J,M,94,100\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "catalog", "check", path)
    assert code == 2 and "\x1b" not in err + out and "\x07" not in err + out
    odd = tmp_path / "\x1b[31mred\u202e.csv"
    odd.write_text("x", encoding="utf-8")
    code, out, err = run_cli(capsys, "catalog", "check", odd)
    assert code == 2 and "\x1b" not in err and "\u202e" not in err and "\\x1b[31mred" in err


def test_unexpected_failures_are_one_line_without_a_traceback(capsys, monkeypatch):
    import sizer.cli as cli

    def boom(args):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(cli, "discover_commands", lambda: [cli.Command("catalog", "x", lambda p: None, boom)])
    code, out, err = run_cli(capsys, "catalog")
    assert code == 1 and err.count("\n") == 1 and "nested too deeply" in err and "Traceback" not in err


def _destination(tmp_path, make):
    import os

    target = tmp_path / "out.csv"
    if make == "folder":
        target.mkdir()
    elif make == "fifo":
        os.mkfifo(target)
    elif make == "missing":
        target = tmp_path / "no" / "out.csv"
    elif make == "read-only":
        target.write_text("keep", encoding="utf-8")
        target.chmod(0o444)
    return target


def test_bad_destinations_and_inputs_are_one_line_errors_with_exit_codes(capsys, tmp_path):
    import os

    profile = tmp_path / "me.json"
    profile.write_text('{"measurements_cm": {"chest_girth": 96, "waist_girth": 80}}', encoding="utf-8")
    for make, words in (("folder", "is a folder"), ("fifo", "not a regular file"), ("missing", "does not exist"),
                        ("read-only", "read-only")):
        target = _destination(tmp_path / make, make) if (tmp_path / make).mkdir() is None else None
        code, out, err = run_cli(capsys, "recommend", "--profile", profile, "--out", target)
        assert code == 2 and words in err and err.count("\n") == 1 and "Traceback" not in err, (make, err)
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    code, out, err = run_cli(capsys, "recommend", "--profile", fifo)  # would block for ever if read
    assert code == 2 and "not a regular file" in err
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    code, out, err = run_cli(capsys, "recommend", "--profile", deep)
    assert code == 2 and err.count("\n") == 1
    huge = tmp_path / "huge.json"
    huge.write_text(" " * (2 << 20) + "{}", encoding="utf-8")
    code, out, err = run_cli(capsys, "recommend", "--profile", huge)
    assert code == 2 and "larger than 64 KB" in err and err.count("\n") == 1
