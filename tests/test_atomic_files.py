"""Files are replaced whole or not at all, and private ones are never readable by others."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from skingpt_desktop.core import atomic_files
from skingpt_desktop.core.atomic_files import atomic_writer, write_atomically


def test_a_file_is_written_and_replaced_with_nothing_left_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    assert write_atomically(target, "first") == target
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second" and os.listdir(tmp_path) == ["settings.json"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_private_files_are_owner_only_and_others_follow_the_umask(tmp_path: Path) -> None:
    write_atomically(tmp_path / "key.txt", "secret", private=True)
    assert stat.S_IMODE((tmp_path / "key.txt").stat().st_mode) == 0o600
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "shared.json", "{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "shared.json").stat().st_mode) == 0o644


def test_a_failed_rename_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_files.os, "replace", full_disk)
    with pytest.raises(OSError, match="No space left"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old" and os.listdir(tmp_path) == ["report.pdf"]


def test_an_error_while_writing_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "backup.skgbackup"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_writer(target, private=True) as out:
        out.write(b"half of the new")
        raise RuntimeError("cancelled")
    assert target.read_bytes() == b"old" and os.listdir(tmp_path) == ["backup.skgbackup"]


def test_a_missing_folder_is_an_error_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "missing" / "x.json", "{}")
    assert os.listdir(tmp_path) == []
