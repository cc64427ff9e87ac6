"""A pack's first load runs in a child process: files that crash llama.cpp end in a PackError."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from skingpt_desktop.core.engine import Engine, EngineSettings
from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.packs import probe
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.packs.probe import ProbeLedger, ProbeRun, ensure_loads_safely
from tests.pack_mutants import retyped_tensor

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def crashing_mtmd_pack(tiny_mtmd_pack: Path, tmp_path: Path) -> Path:
    """The tiny mtmd pack with a vision weight re-typed from F32 to I8 (ggml type 26; its size
    still fits the file): every header check passes, and ggml stops the process (SIGSEGV or
    SIGABRT) when the vision encoder runs."""
    return retyped_tensor(tiny_mtmd_pack, tmp_path / "crashing", "mmproj.gguf",
                    "v.blk.0.attn_out.weight")


def test_a_pack_that_crashes_llama_cpp_becomes_a_pack_error(crashing_mtmd_pack,
                                                             tmp_path) -> None:
    pack = ModelPack.open(crashing_mtmd_pack)
    ledger = ProbeLedger(tmp_path / "probed.json")
    with pytest.raises(PackError) as caught:
        Engine.load(pack, EngineSettings(), probe=ledger)
    message = str(caught.value)
    assert "mmproj.gguf" in message and "llama.cpp stopped with an internal check" in message
    assert "could not encode a test photo" in message
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
    """The tiny SkinGPT-4 pack with its final norm re-typed from F32 to I8: it loads, and
    llama.cpp stops the process (SIGABRT) at the first answer."""
    return retyped_tensor(tiny_pack, tmp_path / "retyped-norm", "llm.gguf", "output_norm.weight")


@pytest.mark.gui
def test_the_window_says_so_and_keeps_the_pack_it_had(qtbot, window, tiny_pack,
                                                       crashing_skingpt4_pack) -> None:
    from tests.gui_helpers import load_pack

    load_pack(qtbot, window, tiny_pack)
    with qtbot.waitSignal(window.error_shown, timeout=60_000) as shown:
        window.load_pack(str(crashing_skingpt4_pack), remember=False)
    assert "could not answer a test question: llama.cpp stopped" in shown.args[0]
    qtbot.waitUntil(lambda: not window.packs.loading, timeout=10_000)
    assert window.services.pack.root == tiny_pack  # the previous pack stays loaded
    assert window.services.engine is not None


def test_windows_line_ends_from_the_child_are_understood(tiny_pack, monkeypatch) -> None:
    """The child's stdout is in text mode on Windows: its lines end in CR LF."""
    script = ("import sys; sys.stdout.buffer.write(b'skingpt-probe: stage llm\\r\\n"
              "skingpt-probe: stage answer\\r\\nskingpt-probe: ok\\r\\n')")
    monkeypatch.setattr(ProbeRun, "command", lambda self: [sys.executable, "-c", script])
    run = ProbeRun(ModelPack.open(tiny_pack), EngineSettings(), None)
    run.run()
    assert run.ok and run.stage == "answer"
