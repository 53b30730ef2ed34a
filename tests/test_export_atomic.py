"""sizer.atomic: a failed write never replaces a good file, and leaves no temporary file behind."""
from __future__ import annotations

import os

import pytest

from sizer.atomic import atomic_open, atomic_path, atomic_write_bytes, atomic_write_text


def test_write_text_creates_and_replaces(tmp_path):
    target = tmp_path / "out.csv"
    atomic_write_text(target, "first\n")
    atomic_write_text(target, "second\n")
    assert target.read_text(encoding="utf-8") == "second\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_failure_midway_keeps_the_old_file(tmp_path):
    target = tmp_path / "out.json"
    atomic_write_bytes(target, b"good")
    with pytest.raises(RuntimeError):
        with atomic_open(target, "wb") as stream:
            stream.write(b"half-writ")
            raise RuntimeError("disk full")
    assert target.read_bytes() == b"good"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_failing_fsync_is_like_a_full_disk(tmp_path, monkeypatch):
    target = tmp_path / "out.xlsx"
    atomic_write_bytes(target, b"good")

    def no_space(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new content")
    monkeypatch.undo()
    assert target.read_bytes() == b"good"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_atomic_path_keeps_the_suffix_for_format_sniffing_writers(tmp_path):
    target = tmp_path / "guide.png"
    with atomic_path(target) as temp:
        assert temp.parent == tmp_path and temp.suffix == ".png" and temp != target
        temp.write_bytes(b"png")
    assert target.read_bytes() == b"png"


def test_new_file_gets_normal_permissions(tmp_path):
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    target = tmp_path / "new.txt"
    atomic_write_text(target, "x")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


# -- destinations that must not be written, and what a crash leaves behind -----------------------
from sizer.atomic import FileWriteError, clean_interrupted_writes, journal_folder  # noqa: E402


@pytest.mark.parametrize("make,words", [
    ("folder", "is a folder"), ("fifo", "not a regular file"), ("missing", "does not exist"),
    ("read-only", "read-only; it was not replaced")])
def test_destinations_that_are_refused_in_one_sentence(tmp_path, make, words):
    target = tmp_path / "out.csv"
    if make == "folder":
        target.mkdir()
    elif make == "fifo":
        os.mkfifo(target)
    elif make == "missing":
        target = tmp_path / "no" / "such" / "out.csv"
    else:
        target.write_text("keep me", encoding="utf-8")
        target.chmod(0o444)
    with pytest.raises(FileWriteError, match=words):
        atomic_write_text(target, "new")
    if make == "read-only":
        assert target.read_text(encoding="utf-8") == "keep me"
    assert not [p for p in tmp_path.rglob(".*.tmp*")]


def test_new_files_get_the_umask_without_changing_it_process_wide(tmp_path, monkeypatch):
    calls = []
    real_umask = os.umask
    monkeypatch.setattr(os, "umask", lambda mask: calls.append(mask) or real_umask(mask))
    atomic_write_text(tmp_path / "a.txt", "x")
    assert calls == []  # another thread creating files at that moment could get mode 0666


def test_a_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("x", encoding="utf-8")
    target.chmod(0o640)
    atomic_write_text(target, "y")
    assert target.stat().st_mode & 0o777 == 0o640


def test_temp_files_of_an_interrupted_write_are_removed_at_the_next_start(tmp_path):
    import subprocess
    import sys

    target = tmp_path / "big.xlsx"
    script = ("import os, sys\nfrom sizer.atomic import atomic_path\n"
              "with atomic_path(sys.argv[1]) as temp:\n    temp.write_bytes(b'half')\n    os._exit(9)\n")
    done = subprocess.run([sys.executable, "-c", script, str(target)], env={**os.environ})
    assert done.returncode == 9
    leftovers = [p for p in tmp_path.iterdir() if p.name.startswith(".big.")]
    assert len(leftovers) == 1 and any(journal_folder().iterdir())
    assert clean_interrupted_writes() == [leftovers[0].resolve()]
    assert list(tmp_path.iterdir()) == [] and not target.exists()


def test_a_full_disk_is_one_sentence_and_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "out.csv"
    atomic_write_text(target, "good")
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    with pytest.raises(FileWriteError, match="the disk is full; nothing was written"):
        atomic_write_text(target, "new")
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "good"
