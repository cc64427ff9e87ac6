"""`main.py packs` as a user runs it: install a pack folder, list, verify, remove, and install
from the catalogue; a damaged or doubtful pack is refused with one clear line and nothing is
left behind."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from converters.tiny_mtmd import SHAPES, write_tiny_gemma3, write_tiny_mmproj
from skingpt_desktop.cli import main
from skingpt_desktop.core.packs.pack import MANIFEST_NAME, ModelPack
from tests.fake_hub import COMMIT, FakeHub, pack_files

ROOT = Path(__file__).resolve().parents[1]
ENTRY = "medgemma-4b-it-q4_k_m"  # a downloadable catalogue entry whose license needs accepting
BUILD_ENTRY = "skingpt4-13b"  # a catalogue entry the user builds: nothing to download


def main_py(data: Path, *args: str) -> subprocess.CompletedProcess:
    """``python main.py packs ARGS`` with ``SKINGPT_DATA_DIR`` set to ``data``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SKINGPT_")}
    env["SKINGPT_DATA_DIR"] = str(data)
    return subprocess.run([sys.executable, "main.py", "packs", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def one_error_line(stderr: str) -> str:
    """The one ``error:`` line, last on stderr (progress lines may come before it)."""
    lines = stderr.strip().splitlines()
    errors = [line for line in lines if line.startswith("error: ")]
    assert errors == lines[-1:] and "Traceback" not in stderr, stderr
    return errors[0]


def test_install_list_and_verify_as_a_user_runs_them(tiny_pack: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    installed = main_py(data, "install", str(tiny_pack))
    assert installed.returncode == 0, installed.stderr
    assert "installed tiny-random" in installed.stdout
    assert "copy" in installed.stderr  # progress, on stderr
    listed = main_py(data, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    packs = json.loads(listed.stdout)
    assert [p["name"] for p in packs] == ["tiny-random"]
    assert packs[0]["size_bytes"] > 0 and Path(packs[0]["path"]) == data / "packs" / "tiny-random"
    verified = main_py(data, "verify", "tiny-random")
    assert verified.returncode == 0, verified.stderr
    assert "every size and SHA-256 matches" in verified.stdout


def test_verify_finds_a_changed_file(tiny_pack: Path, tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    assert main(["packs", "--data-dir", str(data), "install", str(tiny_pack)]) == 0
    pack = ModelPack.open(data / "packs" / "tiny-random", verify_hashes=False)
    with open(pack.llm_path, "r+b") as f:  # one byte of the weights, far from the header
        f.seek(-1, os.SEEK_END)
        last = f.read(1)
        f.seek(-1, os.SEEK_END)
        f.write(bytes([last[0] ^ 0xFF]))
    capsys.readouterr()
    assert main(["packs", "--data-dir", str(data), "verify", "tiny-random"]) == 2
    assert "SHA-256" in one_error_line(capsys.readouterr().err)


def test_a_damaged_folder_installs_nothing(tiny_pack: Path, tmp_path: Path, capsys) -> None:
    source = Path(shutil.copytree(tiny_pack, tmp_path / "usb" / "pack"))
    manifest = json.loads((source / MANIFEST_NAME).read_text())
    victim = source / manifest["files"][0]["path"]
    victim.write_bytes(victim.read_bytes()[:-1] + b"\0")  # same size, other content
    data = tmp_path / "data"
    assert main(["packs", "--data-dir", str(data), "install", str(source)]) == 2
    assert "SHA-256 does not match" in one_error_line(capsys.readouterr().err)
    assert [p for p in (data / "packs").iterdir() if not p.name.startswith(".")] == []
    assert not any((data / "packs" / ".downloads").glob("*"))  # the staging copy is gone


def test_install_twice_and_remove(tiny_pack: Path, tmp_path: Path, capsys) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main(["packs", *data, "install", str(tiny_pack)]) == 0
    assert main(["packs", *data, "install", str(tiny_pack)]) == 2
    assert "already installed" in one_error_line(capsys.readouterr().err)
    assert main(["packs", *data, "remove", "tiny-random"]) == 0
    assert not (tmp_path / "data" / "packs" / "tiny-random").exists()
    assert main(["packs", *data, "list"]) == 0
    assert "No model pack is installed" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["missing", "../data", ".downloads", ""])
def test_remove_and_verify_take_only_an_installed_name(tiny_pack: Path, tmp_path: Path, capsys,
                                                      name: str) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main(["packs", *data, "install", str(tiny_pack)]) == 0
    capsys.readouterr()
    for action in ("remove", "verify"):
        assert main(["packs", *data, action, name]) == 2
        line = one_error_line(capsys.readouterr().err)
        assert "no installed pack is called" in line and "installed packs: tiny-random" in line
    assert (tmp_path / "data" / "packs" / "tiny-random" / MANIFEST_NAME).is_file()


def test_install_refuses_what_is_not_a_pack_folder(tmp_path: Path, capsys) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main(["packs", *data, "install", str(tmp_path / "nowhere")]) == 2
    assert "not a folder" in one_error_line(capsys.readouterr().err)
    assert main(["packs", *data, "install", str(tmp_path)]) == 2
    assert f"no {MANIFEST_NAME} here" in one_error_line(capsys.readouterr().err)


@pytest.fixture
def medgemma_hub(tmp_path: Path, monkeypatch):
    """A local hub serving the tiny Gemma 3 pair under the catalogue entry's names; the
    catalogue's download reaches it through HF_ENDPOINT."""
    (tmp_path / "hub").mkdir()
    llm = write_tiny_gemma3(tmp_path / "hub" / "medgemma-4b-it-Q4_K_M.gguf")
    mmproj = write_tiny_mmproj(tmp_path / "hub" / "mmproj-F16.gguf", n_embd_llm=SHAPES.n_embd)
    hub = FakeHub({llm.name: llm.read_bytes(), mmproj.name: mmproj.read_bytes()},
                  repo="unsloth/medgemma-4b-it-GGUF").start()
    monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)
    yield hub
    hub.stop()


def test_a_catalogue_entry_is_downloaded_and_installed(tmp_path: Path, medgemma_hub,
                                                       capsys, network_events) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main(["packs", *data, "install", "--catalogue", ENTRY]) == 2
    assert "--accept-license" in one_error_line(capsys.readouterr().err)
    assert not (tmp_path / "data" / "packs" / ENTRY).exists()
    assert main(["packs", *data, "install", "--catalogue", ENTRY, "--accept-license"]) == 0
    pack = ModelPack.open(tmp_path / "data" / "packs" / ENTRY, verify_hashes=True)
    assert pack.manifest.display_name == "MedGemma 4B-it (Q4_K_M)"
    assert sorted(p.name for p in (tmp_path / "data" / "packs").iterdir()) == [".downloads", ENTRY]
    assert not any((tmp_path / "data" / "packs" / ".downloads").iterdir())
    assert pack.manifest.download.revision == COMMIT
    assert {f.name for f in pack.manifest.download.files} == {"medgemma-4b-it-Q4_K_M.gguf",
                                                              "mmproj-F16.gguf"}
    connects = [args for event, args in network_events if event == "socket.connect"]
    assert connects and all(args[1][0] == "127.0.0.1" for args in connects)


def test_a_catalogue_download_is_read_once_and_moved_into_the_pack(tmp_path: Path,
                                                                   medgemma_hub) -> None:
    from converters.mtmd_pack import install_entry
    from skingpt_desktop.core.packs.catalogue import load_catalogue

    entry = next(e for e in load_catalogue() if e.id == ENTRY)
    seen: list = []
    out = install_entry(entry, tmp_path / "packs", progress=seen.append)
    verified = [p.file for p in seen if p.stage == "verify" and p.done == p.total]
    assert verified == ["medgemma-4b-it-Q4_K_M.gguf", "mmproj-F16.gguf"]  # once each
    assert [p.stage for p in seen if p.stage not in ("download", "verify")] == []  # no copy
    ModelPack.open(out, verify_hashes=True)


def test_a_pack_repository_is_downloaded_with_its_provenance(tiny_pack: Path, tmp_path: Path,
                                                            monkeypatch, capsys) -> None:
    hub = FakeHub(pack_files(tiny_pack), repo="clinic/tiny").start()
    monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)
    data = ["--data-dir", str(tmp_path / "data")]
    try:
        assert main(["packs", *data, "install", "--repo", "clinic/tiny"]) == 0
    finally:
        hub.stop()
    capsys.readouterr()
    assert main(["packs", *data, "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["download"]["revision"] == COMMIT
    assert main(["packs", *data, "verify", "tiny-random"]) == 0
    assert f"downloaded from clinic/tiny at revision {COMMIT}" in capsys.readouterr().out


@pytest.mark.parametrize(("entry", "problem"), [(BUILD_ENTRY, "cannot be downloaded"),
                                                ("no-such-entry", "the catalogue has no entry")])
def test_a_catalogue_entry_that_cannot_be_downloaded(tmp_path: Path, capsys, entry: str,
                                                     problem: str) -> None:
    assert main(["packs", "--data-dir", str(tmp_path), "install", "--catalogue", entry]) == 2
    assert problem in one_error_line(capsys.readouterr().err)


def test_folder_and_catalogue_exclude_each_other(tiny_pack: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["packs", "install", str(tiny_pack), "--catalogue", ENTRY])
    assert exit_info.value.code == 2
