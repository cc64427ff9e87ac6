"""Choosing the vision tower: ggml after its self-check, numpy as the exact fallback."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from skingpt_desktop.core import vision_backend
from skingpt_desktop.core.engine import Engine, EngineSettings
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.llm.llm import GenerationSettings
from skingpt_desktop.core.native.ggml_devices import GgmlUnavailable
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.vision import vision_gguf
from skingpt_desktop.core.vision.preprocess import load_photo
from skingpt_desktop.core.vision_backend import VisionChoice, ggml_self_check, resolve_backend

GREEDY = GenerationSettings(deterministic=True, max_new_tokens=24)
GGML_PROBLEM = ggml_self_check()
needs_ggml = pytest.mark.skipif(GGML_PROBLEM is not None,
                                reason=f"ggml vision tower unavailable: {GGML_PROBLEM}")


@pytest.fixture
def fresh_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget this process's self-check results for the duration of a test."""
    monkeypatch.setattr(vision_backend, "_checked", {})


def _load(pack: Path, **settings) -> Engine:
    return Engine.load(ModelPack.open(pack), EngineSettings(threads=1, **settings))


@needs_ggml
def test_auto_picks_ggml_and_numpy_stays_selectable() -> None:
    assert resolve_backend("auto") == ("ggml", "")
    assert resolve_backend("ggml") == ("ggml", "")
    assert resolve_backend("numpy") == ("numpy", "")
    with pytest.raises(ValueError, match="one of auto, ggml, numpy"):
        resolve_backend("torch")


def test_a_failing_ggml_falls_back_to_numpy_with_the_reason(
        fresh_checks, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_device: str) -> str | None:
        raise GgmlUnavailable("the ggml library lacks ggml_gelu_erf")

    monkeypatch.setattr(vision_backend, "_run_self_check", broken)
    backend, note = resolve_backend("auto")
    assert backend == "numpy" and "lacks ggml_gelu_erf" in note
    with pytest.raises(SkinGPTError, match="cannot run here: .*lacks ggml_gelu_erf"):
        resolve_backend("ggml")


@needs_ggml
def test_the_self_check_catches_wrong_numbers(fresh_checks, monkeypatch) -> None:
    from skingpt_desktop.core.vision.vision_ggml import GgmlVisionEncoder

    real = GgmlVisionEncoder.encode
    monkeypatch.setattr(GgmlVisionEncoder, "encode", lambda self, px: real(self, px) * 1.01)
    assert "differs from numpy" in ggml_self_check()
    assert resolve_backend("auto")[0] == "numpy"


@needs_ggml
def test_both_backends_give_the_same_deterministic_transcript(
        tiny_pack: Path, photo_paths: list[Path]) -> None:
    """The tiny pack's vision file is f32: the towers agree to ~1e-6, so greedy answers match."""
    questions = ("What is this?", "What causes it?")
    transcripts, embeddings = {}, {}
    for backend in ("ggml", "numpy"):
        engine = _load(tiny_pack, vision_backend=backend)
        try:
            assert engine.vision_choice.backend == backend
            image = load_photo(photo_paths[0])
            embeddings[backend] = engine.encode(image)[0]
            chat = engine.start_chat(image)
            transcripts[backend] = [chat.ask(q, GREEDY).text for q in questions]
        finally:
            engine.close()
    assert np.abs(embeddings["ggml"] - embeddings["numpy"]).max() < 1e-4
    assert transcripts["ggml"] == transcripts["numpy"]
    assert all(transcripts["ggml"])


def test_the_vision_file_header_is_read_once_per_load(
        tiny_pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack = ModelPack.open(tiny_pack)
    reads: list[Path] = []
    real = vision_gguf.read_gguf_header

    def counting(path, *args, **kwargs):
        reads.append(Path(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(vision_gguf, "read_gguf_header", counting)
    for backend in ("auto", "numpy"):
        reads.clear()
        engine = Engine.load(pack, EngineSettings(threads=1, vision_backend=backend))
        engine.close()
        assert reads.count(pack.vision_path) == 1, backend


@needs_ggml
def test_gpu_placement_falls_back_to_the_cpu_without_a_gpu(tiny_pack: Path) -> None:
    from skingpt_desktop.core.vision.vision_ggml import GgmlVisionEncoder, first_gpu

    encoder = GgmlVisionEncoder.from_gguf(ModelPack.open(tiny_pack).vision_path, threads=1,
                                          device="gpu")
    try:
        gpu = first_gpu(encoder.lib)
        assert encoder.device_name == (gpu[1] if gpu else "CPU")
    finally:
        encoder.close()
    with pytest.raises(ValueError, match="one of cpu, gpu"):
        GgmlVisionEncoder.from_gguf(ModelPack.open(tiny_pack).vision_path, device="tpu")


def test_the_choice_reads_as_one_line() -> None:
    ggml = VisionChoice("ggml", "CPU", 4, "F16, F32")
    assert ggml.describe() == "ggml on CPU, 4 threads, F16, F32 weights as stored"
    assert VisionChoice("ggml", "NVIDIA RTX 4060", 4, "Q8_0, F32").describe() == \
        "ggml on NVIDIA RTX 4060, Q8_0, F32 weights as stored"
    numpy = VisionChoice("numpy", "stream", 2, "F16", note="ggml unavailable: no library")
    assert numpy.describe() == ("numpy, 2 threads, F16 weights, streamed layer by layer "
                                "(ggml unavailable: no library)")


@needs_ggml
def test_ask_takes_the_vision_backend_and_reports_it(tiny_pack: Path, photo_paths, capsys) -> None:
    from skingpt_desktop.cli import main

    answers = {}
    for backend in ("ggml", "numpy"):
        code = main(["ask", "--pack", str(tiny_pack), "--image", str(photo_paths[0]),
                     "--deterministic", "--max-tokens", "16", "--json", "--threads", "1",
                     "--vision-backend", backend, "Describe it."])
        assert code == 0
        out = json.loads(capsys.readouterr().out)
        assert out["vision_backend"] == backend
        assert out["vision"].startswith(backend)
        answers[backend] = out["transcript"]
    assert answers["ggml"] == answers["numpy"]


def test_ask_refuses_an_unknown_vision_backend(tiny_pack: Path, photo_paths, capsys) -> None:
    from skingpt_desktop.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["ask", "--pack", str(tiny_pack), "--image", str(photo_paths[0]),
              "--vision-backend", "torch", "Describe it."])
    assert exit_info.value.code == 2
    assert "invalid choice: 'torch'" in capsys.readouterr().err
