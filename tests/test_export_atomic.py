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
