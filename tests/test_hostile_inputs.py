"""Hostile or damaged packs, backups and command lines, as a user would run them: each ends in
exactly one ``error:`` line with exit 1 or 2, never a traceback, a hang or a crash."""

from __future__ import annotations

import json
import shutil
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cli_vault import ROOT, assert_clean_error, cli

MAGIC = b"SKINGPT-BACKUP\x00\x01"


def run_main(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None,
             timeout: float = 120) -> subprocess.CompletedProcess:
    """``python main.py ARGS`` with bytes on stdin; stdout and stderr decoded leniently."""
    result = subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, input=stdin,
                            capture_output=True, timeout=timeout, env=env)
    return subprocess.CompletedProcess(result.args, result.returncode,
                                       result.stdout.decode("utf-8", "replace"),
                                       result.stderr.decode("utf-8", "replace"))


def assert_one_error(result: subprocess.CompletedProcess, pattern: str) -> None:
    """One ``error:`` line matching ``pattern``, exit 1 or 2, nothing else on stderr."""
    assert result.returncode in (1, 2), (result.returncode, result.stderr)
    assert "unexpected internal error" not in result.stderr
    assert_clean_error(result, pattern)


def _pack_with_manifest(tiny_pack: Path, tmp_path: Path, **changes: object) -> Path:
    pack = tmp_path / "mutant"
    shutil.copytree(tiny_pack, pack)
    data = json.loads((pack / "manifest.json").read_text())
    data.update(changes)
    (pack / "manifest.json").write_text(json.dumps(data))
    return pack


@pytest.mark.parametrize(("changes", "pattern"), [
    ({"name": "../../evil name"}, r"field 'name' '\.\./\.\./evil name' must be"),
    ({"ram_bytes": "lots"}, "field 'ram_bytes' must be a whole number"),
])
def test_ask_with_a_hostile_manifest_is_one_error(tiny_pack: Path, photo_paths: list[Path],
                                                  tmp_path: Path, changes: dict,
                                                  pattern: str) -> None:
    pack = _pack_with_manifest(tiny_pack, tmp_path, **changes)
    result = run_main("ask", "--pack", str(pack), "--image", str(photo_paths[0]),
                      "--max-tokens", "4", "--save", "describe")
    assert_one_error(result, pattern)


def test_ask_with_deep_json_manifest_is_one_error(tiny_pack: Path, photo_paths: list[Path],
                                                  tmp_path: Path) -> None:
    pack = _pack_with_manifest(tiny_pack, tmp_path)
    (pack / "manifest.json").write_text('{"a": ' + "[" * 30000 + "]" * 30000 + "}")
    result = run_main("ask", "--pack", str(pack), "--image", str(photo_paths[0]),
                      "--max-tokens", "4", "describe")
    assert_one_error(result, "manifest.json nests 30001 levels deep")


def _backup_with_header(path: Path, header: bytes) -> Path:
    path.write_bytes(MAGIC + struct.pack(">I", len(header)) + header + b"\x00" * 64)
    return path


def test_import_of_a_deeply_nested_backup_header_is_one_error(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert cli(folder, "init").returncode == 0
    backup = _backup_with_header(tmp_path / "deep.skgbak", b"[" * 30000 + b"]" * 30000)
    for extra in ([], ["--dry-run"]):
        result = cli(folder, "import", str(backup), *extra)
        assert_one_error(result, "header of the backup deep.skgbak nests 30000 levels deep")


def test_a_vault_header_with_deep_json_is_one_error(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert cli(folder, "init").returncode == 0
    with sqlite3.connect(folder / "vault.sqlite3") as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'header'",
                     ("[" * 30000 + "]" * 30000,))
    assert_one_error(cli(folder, "status"), "vault header of .* nests 30000 levels deep")
