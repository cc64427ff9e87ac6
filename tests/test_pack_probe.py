"""A pack's first load runs in a child process: files that crash llama.cpp end in a PackError."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from gguf import GGUFReader

from skingpt_desktop.core.engine import Engine, EngineSettings
from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.packs import probe
from skingpt_desktop.core.packs.hashing import sha256_file
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.packs.probe import ProbeLedger, ProbeRun, ensure_loads_safely

ROOT = Path(__file__).resolve().parents[1]


def _rehash(pack: Path) -> None:
    """Sizes and hashes in the manifest updated: the damaged file reaches native code."""
    manifest = json.loads((pack / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        entry["size"] = (pack / entry["path"]).stat().st_size
        entry["sha256"] = sha256_file(pack / entry["path"])
    (pack / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


@pytest.fixture
def crashing_mtmd_pack(tiny_mtmd_pack: Path, tmp_path: Path) -> Path:
    """The tiny mtmd pack with a vision head count that does not divide the width:
    clip's loader stops the process with GGML_ASSERT (SIGABRT) when it loads this."""
    pack = Path(shutil.copytree(tiny_mtmd_pack, tmp_path / "crashing"))
    reader = GGUFReader(pack / "mmproj.gguf", "r+")
    field = reader.fields["clip.vision.attention.head_count"]
    field.parts[field.data[0]][0] = 3
    reader.data.flush()
    del reader
    _rehash(pack)
    return pack


def test_a_pack_that_crashes_llama_cpp_becomes_a_pack_error(crashing_mtmd_pack,
                                                             tmp_path) -> None:
    pack = ModelPack.open(crashing_mtmd_pack)
    ledger = ProbeLedger(tmp_path / "probed.json")
    with pytest.raises(PackError) as caught:
        Engine.load(pack, EngineSettings(), probe=ledger)
    message = str(caught.value)
    assert "mmproj.gguf" in message and "llama.cpp stopped with an internal check" in message
    assert "SIGABRT" in message or "SIGSEGV" in message
    assert not ledger.path.exists()  # a failure is not remembered as a pass


def test_the_cli_says_one_sentence_for_a_crashing_pack(crashing_mtmd_pack, photo_paths,
                                                        tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "ask", "--pack", str(crashing_mtmd_pack), "--image",
         str(photo_paths[0]), "--accept-license", "--max-tokens", "4", "describe"],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert result.returncode in (1, 2), result.stderr
    assert len(errors) == 1 and "could not" in errors[0]
    assert "Traceback" not in result.stderr and "backtrace" not in result.stderr.lower()


def test_a_passed_probe_is_remembered_and_not_run_again(tiny_pack, tmp_path,
                                                        monkeypatch) -> None:
    pack = ModelPack.open(tiny_pack)
    ledger = ProbeLedger(tmp_path / "probed.json")
    runs: list[int] = []
    real_run = ProbeRun.run
    monkeypatch.setattr(ProbeRun, "run", lambda self: (runs.append(1), real_run(self)))
    ensure_loads_safely(pack, EngineSettings(), ledger)
    ensure_loads_safely(pack, EngineSettings(), ledger)
    assert runs == [1]
    # other settings (the numpy tower instead of ggml) are another probe
    ensure_loads_safely(pack, EngineSettings(vision_backend="numpy"), ledger)
    assert runs == [1, 1]


def test_a_pack_opened_without_hash_checks_is_probed_every_time(tiny_pack, tmp_path,
                                                                monkeypatch) -> None:
    pack = ModelPack.open(tiny_pack, verify_hashes=False)
    ledger = ProbeLedger(tmp_path / "probed.json")
    runs: list[int] = []
    monkeypatch.setattr(ProbeRun, "run", lambda self: runs.append(1))
    ensure_loads_safely(pack, EngineSettings(), ledger)
    ensure_loads_safely(pack, EngineSettings(), ledger)
    assert runs == [1, 1] and not ledger.path.exists()


def test_a_probe_past_its_time_is_stopped_and_named(tiny_pack, monkeypatch) -> None:
    pack = ModelPack.open(tiny_pack)
    monkeypatch.setattr(probe, "BASE_TIMEOUT_S", 0.5)
    monkeypatch.setattr(probe, "BYTES_PER_SECOND", 1e15)
    monkeypatch.setattr(ProbeRun, "command",
                        lambda self: [sys.executable, "-c", "import time; time.sleep(60)"])
    with pytest.raises(PackError, match="this pack did not finish loading within 1 s"):
        ProbeRun(pack, EngineSettings(), None).run()


def test_a_damaged_ledger_means_probing_again(tiny_pack, tmp_path) -> None:
    ledger = ProbeLedger(tmp_path / "probed.json")
    ledger.path.write_text("[" * 5000, encoding="utf-8")
    assert not ledger.passed("anything")
    ledger.remember("k1")
    assert ledger.passed("k1")


def test_the_ledger_keeps_the_newest_entries(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(probe, "MAX_LEDGER_ENTRIES", 3)
    ledger = ProbeLedger(tmp_path / "probed.json")
    for key in ("a", "b", "c", "d"):
        ledger.remember(key)
    assert [ledger.passed(k) for k in "abcd"] == [False, True, True, True]


@pytest.fixture
def crashing_skingpt4_pack(tiny_pack: Path, tmp_path: Path) -> Path:
    """The tiny SkinGPT-4 pack with two vocabulary tokens of the same text: llama.cpp's
    vocabulary loader stops the process (SIGABRT) on it."""
    pack = Path(shutil.copytree(tiny_pack, tmp_path / "duplicate-token"))
    reader = GGUFReader(pack / "llm.gguf", "r+")
    field = reader.fields["tokenizer.ggml.tokens"]
    same_length = [t for t in (field.parts[i] for i in field.data[3:]) if len(t) == 3]
    same_length[1][:] = same_length[0]
    reader.data.flush()
    del reader
    _rehash(pack)
    return pack


@pytest.mark.gui
def test_the_window_says_so_and_keeps_the_pack_it_had(qtbot, window, tiny_pack,
                                                       crashing_skingpt4_pack) -> None:
    from tests.gui_helpers import load_pack

    load_pack(qtbot, window, tiny_pack)
    with qtbot.waitSignal(window.error_shown, timeout=60_000) as shown:
        window.load_pack(str(crashing_skingpt4_pack), remember=False)
    assert "llm.gguf could not be loaded" in shown.args[0]
    qtbot.waitUntil(lambda: not window.packs.loading, timeout=10_000)
    assert window.services.pack.root == tiny_pack  # the previous pack stays loaded
    assert window.services.engine is not None
