"""Hostile or damaged packs, backups and command lines, as a user would run them: each ends in
exactly one ``error:`` line with exit 1 or 2, never a traceback, a hang or a crash."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import gguf
import numpy as np
import pytest

from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.packs.install import import_pack
from skingpt_desktop.ui.settings import AppSettings, SettingsStore
from tests.test_cli_vault import PASS, ROOT, cli

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
    """Exit 1 or 2 and exactly one ``error:`` line, the last, matching ``pattern`` (``ask``
    prints its disclaimer before it); no traceback."""
    assert result.returncode in (1, 2), (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and "unexpected internal error" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert [line for line in lines if line.startswith("error:")] == lines[-1:], result.stderr
    assert re.search(pattern, lines[-1]), lines[-1]


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


# ----- only regular files are read ------------------------------------------------------------

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
needs_dev = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")


@needs_dev
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_as_photo_is_refused_at_once(tiny_pack: Path, device: str) -> None:
    result = run_main("ask", "--pack", str(tiny_pack), "--image", device, "--max-tokens", "4",
                      "describe", timeout=60)
    assert_one_error(result, f"{Path(device).name}: is not a regular file")


@needs_fifo
def test_a_fifo_as_photo_or_backup_is_refused_without_hanging(tiny_pack: Path,
                                                              tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)  # no writer: opening it for reading would block forever
    result = run_main("ask", "--pack", str(tiny_pack), "--image", str(fifo), "--max-tokens", "4",
                      "describe", timeout=60)
    assert_one_error(result, "pipe.jpg: is not a regular file")
    folder = tmp_path / "data"
    assert cli(folder, "init").returncode == 0
    for extra in ([], ["--dry-run"]):
        assert_one_error(cli(folder, "import", str(fifo), *extra),
                         "the backup .*pipe.jpg is not a regular file")
    assert_one_error(cli(folder, "import", str(tmp_path)), "the backup .* is a folder")


@needs_fifo
def test_a_fifo_in_a_pack_folder_is_never_opened(tiny_pack: Path, tmp_path: Path) -> None:
    source = tmp_path / "usb"
    shutil.copytree(tiny_pack, source)
    (source / "vision.gguf").unlink()
    os.mkfifo(source / "vision.gguf")
    with pytest.raises(PackError, match="vision.gguf is not a regular file"):
        import_pack(source, tmp_path / "packs")
    assert not (tmp_path / "packs" / "tiny-random").exists()


@needs_fifo
def test_a_hostile_settings_file_falls_back_to_defaults(tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    settings.write_text('{"threads": ' + "[" * 30000 + "]" * 30000 + "}")
    assert SettingsStore(tmp_path).load() == AppSettings()
    settings.unlink()
    os.mkfifo(settings)
    assert SettingsStore(tmp_path).load() == AppSettings()  # returns: the FIFO is not opened


# ----- key derivation settings are capped at what the app itself writes -----------------------

HUGE_KDF = {"memory_kib": 4 * 1024 * 1024, "time_cost": 64, "parallelism": 4}


def _rewrite_backup_header(backup: Path, **changes: object) -> None:
    raw = backup.read_bytes()
    (length,) = struct.unpack(">I", raw[16:20])
    header = json.loads(raw[20:20 + length])
    header.update(changes)
    new = json.dumps(header).encode()
    backup.write_bytes(raw[:16] + struct.pack(">I", len(new)) + new + raw[20 + length:])


@pytest.mark.parametrize(("kdf", "pattern"), [
    (HUGE_KDF, r"memory_kib=4194304 is outside 8\.\.262144"),
    ({**HUGE_KDF, "memory_kib": 8192}, r"time_cost=64 is outside 1\.\.10"),
    ({"memory_kib": 8192, "time_cost": 1, "parallelism": 16}, r"parallelism=16 is outside 1\.\.4"),
])
def test_a_backup_asking_for_more_than_the_app_writes_is_refused_before_deriving(
        tmp_path: Path, kdf: dict, pattern: str) -> None:
    folder = tmp_path / "data"
    assert cli(folder, "init").returncode == 0
    backup = tmp_path / "all.skgbak"
    assert cli(folder, "export", str(backup)).returncode == 0
    _rewrite_backup_header(backup, kdf=kdf)
    for extra in (["--dry-run"], []):
        assert_one_error(cli(folder, "import", str(backup), *extra),
                         f"backup all.skgbak has a damaged header: .*{pattern}")


def test_a_vault_header_asking_for_more_than_the_app_writes_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert cli(folder, "init").returncode == 0
    with sqlite3.connect(folder / "vault.sqlite3") as conn:
        (text,) = conn.execute("SELECT value FROM meta WHERE key = 'header'").fetchone()
        header = json.loads(text)
        header["kdf"] = HUGE_KDF
        conn.execute("UPDATE meta SET value = ? WHERE key = 'header'", (json.dumps(header),))
    for command in (["status"], ["cases"], ["change-passphrase"]):
        assert_one_error(cli(folder, *command, SKINGPT_NEW_PASSPHRASE="another passphrase"),
                         r"memory_kib=4194304 is outside 8\.\.262144")


# ----- a model that produces NaN -------------------------------------------------------------

def _nan_weights_pack(tiny_pack: Path, tmp_path: Path) -> Path:
    """The tiny pack with its language model's output weights overwritten with NaN (the
    manifest's digest updated, so only the numbers are wrong)."""
    pack = tmp_path / "nan-pack"
    shutil.copytree(tiny_pack, pack)
    reader = gguf.GGUFReader(pack / "llm.gguf", "r+")
    tensor = next(t for t in reader.tensors if t.name == "output.weight")
    tensor.data[...] = np.nan
    reader.data.flush()
    del reader, tensor
    manifest = json.loads((pack / "manifest.json").read_text())
    for entry in manifest["files"]:
        if entry["role"] == "llm":
            entry["sha256"] = hashlib.sha256((pack / "llm.gguf").read_bytes()).hexdigest()
    (pack / "manifest.json").write_text(json.dumps(manifest))
    return pack


def test_a_pack_with_nan_weights_ends_the_answer_and_saves_nothing(
        tiny_pack: Path, photo_paths: list[Path], tmp_path: Path) -> None:
    pack = _nan_weights_pack(tiny_pack, tmp_path)
    folder = tmp_path / "data"
    assert cli(folder, "init").returncode == 0
    env = {**os.environ, "SKINGPT_DATA_DIR": str(folder), "SKINGPT_PASSPHRASE": PASS,
           "SKINGPT_VAULT_TEST_KDF": "1"}
    result = run_main("ask", "--pack", str(pack), "--image", str(photo_paths[0]),
                      "--max-tokens", "4", "--save", "describe", env=env)
    assert_one_error(result, "the model produced invalid numbers .*the pack may be damaged")
    assert json.loads(cli(folder, "cases", "--json").stdout) == []


# ----- command lines a user or a script can get wrong ------------------------------------------

LONG = "a" * 5000
NOT_UTF8 = os.fsdecode(b"what is this \xff\xfe?")  # the bytes reach the program as they are


@pytest.fixture
def vault_env(tmp_path: Path) -> dict[str, str]:
    folder = tmp_path / "data"
    assert cli(folder, "init").returncode == 0
    return {**os.environ, "SKINGPT_DATA_DIR": str(folder), "SKINGPT_PASSPHRASE": PASS,
            "SKINGPT_VAULT_TEST_KDF": "1"}


@pytest.mark.parametrize(("extra", "pattern"), [
    (["--seed", "-1", "q"], "--seed must be between 0 and 18446744073709551615"),
    ([NOT_UTF8], "the question is not valid text"),
])
def test_ask_refuses_bad_arguments_in_one_line(tiny_pack: Path, photo_paths: list[Path],
                                               extra: list[str], pattern: str) -> None:
    result = run_main("ask", "--pack", str(tiny_pack), "--image", str(photo_paths[0]),
                      "--max-tokens", "2", *extra)
    assert_one_error(result, pattern)


def test_a_piped_passphrase_that_is_not_utf8_is_one_error(vault_env: dict[str, str]) -> None:
    env = {k: v for k, v in vault_env.items() if k != "SKINGPT_PASSPHRASE"}
    result = run_main("vault", "status", stdin=b"correct \xff\xfe staple\n", env=env)
    assert_one_error(result, "passphrase|not UTF-8")


@pytest.mark.parametrize("args", [
    ["ask", "--pack", f"/tmp/{LONG}", "--image", "PHOTO", "q"],
    ["ask", "--pack", "PACK", "--image", f"/tmp/{LONG}.jpg", "q"],
    ["vault", "export", f"/tmp/{LONG}"],
    ["vault", "import", f"/tmp/{LONG}"],
    ["vault", "import", "--dry-run", f"/tmp/{LONG}"],
    ["vault", "status", "--data-dir", f"/tmp/{LONG}"],
    ["vault", "init", "--data-dir", f"/tmp/{LONG}"],
    ["packs", "install", f"/tmp/{LONG}"],
    ["packs", "list", "--data-dir", f"/tmp/{LONG}"],
    ["packs", "verify", LONG],
])
def test_a_5000_character_path_is_one_short_error(tiny_pack: Path, photo_paths: list[Path],
                                                  vault_env: dict[str, str],
                                                  args: list[str]) -> None:
    given = {"PACK": str(tiny_pack), "PHOTO": str(photo_paths[0])}
    args = [given.get(a, a) for a in args]
    result = run_main(*args, env=vault_env)
    if args[:2] == ["packs", "list"]:  # nothing installed there: not an error
        assert result.returncode == 0 and "Traceback" not in result.stderr
        return
    assert_one_error(result, ".")
    assert len(result.stderr.splitlines()[-1]) < 600, "the message repeats the whole path"


@pytest.mark.parametrize("case_id", ["ééé", "é" * 32, "0" * 32 + "\n", "x" * 5000])
def test_a_non_ascii_or_malformed_vault_id_is_one_error(vault_env: dict[str, str],
                                                        tmp_path: Path, case_id: str) -> None:
    result = run_main("vault", "export", str(tmp_path / "one.skgbak"), "--case", case_id,
                      env=vault_env)
    assert_one_error(result, "is not a vault id")
    assert len(result.stderr.splitlines()[-1]) < 200


def test_a_non_ascii_vault_id_in_the_header_is_one_error(vault_env: dict[str, str]) -> None:
    path = Path(vault_env["SKINGPT_DATA_DIR"]) / "vault.sqlite3"
    with sqlite3.connect(path) as conn:
        (text,) = conn.execute("SELECT value FROM meta WHERE key = 'header'").fetchone()
        header = json.loads(text)
        header["vault_id"] = "é" * 32
        conn.execute("UPDATE meta SET value = ? WHERE key = 'header'", (json.dumps(header),))
    assert_one_error(run_main("vault", "cases", env=vault_env), "damaged vault header")


def test_error_lines_quote_little_of_a_file(tiny_pack: Path, photo_paths: list[Path],
                                            tmp_path: Path) -> None:
    hostile = "\x1b[2J\x1b[31m" + "\x07evil" * 100_000
    pack = _pack_with_manifest(tiny_pack, tmp_path, conversation_format=hostile)
    result = run_main("ask", "--pack", str(pack), "--image", str(photo_paths[0]), "q")
    assert_one_error(result, "unknown conversation format")
    line = result.stderr.splitlines()[-1]
    assert "\x1b" not in line and "\x07" not in line and line.count("evil") < 10
