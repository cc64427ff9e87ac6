"""The whole inference path on a tiny pack: the photo really steers the answer."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from converters.tiny_llama import write_tiny_llama
from skingpt_desktop.core.engine import Engine, EngineSettings
from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.llm.llm import GenerationSettings
from skingpt_desktop.core.packs.pack import ModelPack, build_manifest, write_manifest
from skingpt_desktop.core.vision.preprocess import load_photo

GREEDY = GenerationSettings(deterministic=True, max_new_tokens=24)


@pytest.fixture(scope="module")
def engine(tiny_pack: Path):
    engine = Engine.load(ModelPack.open(tiny_pack), EngineSettings(threads=1))
    yield engine
    engine.close()


def test_different_photos_give_different_embeddings_and_first_tokens(
        engine: Engine, photo_paths: list[Path]) -> None:
    images = [load_photo(p) for p in photo_paths]
    embeddings = [engine.encode(image)[0] for image in images]
    assert embeddings[0].shape == (32, engine.llm.n_embd)
    assert not np.allclose(embeddings[0], embeddings[1], atol=1e-3)
    question = "Could you describe the skin disease in this image for me?"
    dists = [engine.start_chat(image).session.first_token_distribution(question)
             for image in images]
    assert np.abs(dists[0] - dists[1]).sum() > 1e-3  # total variation, not rounding noise


def test_the_image_influences_the_answer(engine: Engine, photo_paths: list[Path]) -> None:
    answers = [engine.start_chat(load_photo(p)).ask("What is this?", GREEDY).text
               for p in photo_paths]
    assert answers[0] and answers[1]
    assert answers[0] != answers[1]


def test_same_photo_is_encoded_once(engine: Engine, photo_paths: list[Path],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    image = load_photo(photo_paths[0])
    engine.start_chat(image)
    calls = []
    real = engine.vision.encode
    monkeypatch.setattr(engine.vision, "encode", lambda px: calls.append(1) or real(px))
    _, encode_ms = engine.encode(image)
    assert calls == [] and encode_ms < 1e3


def test_follow_up_keeps_the_conversation(engine: Engine, photo_paths: list[Path]) -> None:
    chat = engine.start_chat(load_photo(photo_paths[0]))
    first = chat.ask("What is this?", GREEDY)
    second = chat.ask("Is it serious?", GREEDY)
    assert second.prompt_tokens_evaluated < first.prompt_tokens_evaluated
    assert [t.question for t in chat.session.turns] == ["What is this?", "Is it serious?"]


def test_cancel_from_another_thread(engine: Engine, photo_paths: list[Path]) -> None:
    chat = engine.start_chat(load_photo(photo_paths[1]))
    cancel = threading.Event()
    pieces: list[str] = []

    def on_token(piece: str) -> None:
        pieces.append(piece)
        if len(pieces) == 3:
            cancel.set()

    answer = chat.ask("Describe it.", GenerationSettings(max_new_tokens=200, min_new_tokens=200,
                                                         seed=1), on_token=on_token, cancel=cancel)
    assert answer.stop_reason == "cancelled"
    assert answer.generated_tokens <= 4


def test_projection_width_must_match_the_llm(tiny_pack_copy: Path) -> None:
    manifest = ModelPack.open(tiny_pack_copy).manifest
    llm = tiny_pack_copy / "llm.gguf"
    llm.unlink()
    write_tiny_llama(llm, n_embd=128)
    write_manifest(tiny_pack_copy, build_manifest(
        tiny_pack_copy, name=manifest.name, display_name=manifest.display_name,
        conversation_format=manifest.conversation_format, card=manifest.card))
    with pytest.raises(PackError, match="projection width 64 does not match .* width 128"):
        Engine.load(ModelPack.open(tiny_pack_copy))


def test_vision_weight_mode_follows_the_machine() -> None:
    """13B Q4_K_M shape: numpy's float32 cache fits 32 GB beside the model, not 12 GB."""
    from skingpt_desktop.core.packs.machine import RAM_HEADROOM, choose_weight_mode
    from skingpt_desktop.core.packs.memory import pack_memory, ram_needed
    from skingpt_desktop.core.vision.vision_format import VisionHParams

    parts = pack_memory(7_865_956_352, 2_190_000_000, VisionHParams(), 40, 5120, 2048)
    assert 4.0 < parts.vision_f32 / 2**30 < 4.5
    assert choose_weight_mode("auto", parts, total_ram=12 * 2**30) == "stream"
    assert choose_weight_mode("auto", parts, total_ram=32 * 2**30) == "cache"
    # The threshold is the cache-mode need itself: the cache is counted once.
    edge = int(ram_needed(parts, "cache") / RAM_HEADROOM) + 1
    assert choose_weight_mode("auto", parts, total_ram=edge) == "cache"
    assert choose_weight_mode("auto", parts, total_ram=edge - 2**20) == "stream"
    assert choose_weight_mode("cache", parts, total_ram=1) == "cache"
    with pytest.raises(ValueError, match="one of auto, cache, stream"):
        choose_weight_mode("fast", parts)


def test_stream_and_cache_modes_give_the_same_answer(tiny_pack: Path, photo_paths: list[Path]) -> None:
    answers = []
    for mode in ("cache", "stream"):
        engine = Engine.load(ModelPack.open(tiny_pack), EngineSettings(threads=1, weight_mode=mode))
        try:
            answers.append(engine.start_chat(load_photo(photo_paths[0])).ask("What?", GREEDY).text)
        finally:
            engine.close()
    assert answers[0] == answers[1]


def test_fit_advice_covers_ram_and_gpu_memory(tiny_pack: Path) -> None:
    from dataclasses import replace

    from skingpt_desktop.core.packs.machine import fit_advice, gpu_memory_bytes
    from skingpt_desktop.core.packs.memory import PackMemory

    tiny = ModelPack.open(tiny_pack).manifest
    llm_bytes = 8 << 30  # a 13B pack's language model
    files = [replace(f, size=llm_bytes) if f.role == "llm" else f for f in tiny.files]
    parts = PackMemory(llm_bytes, tiny.file("vision").size, kv_cache=int(1.6 * 2**30),
                       vision_f32=int(4.2 * 2**30), vision_layer_f32=100 << 20)
    manifest = replace(tiny, quantization="Q8_0", files=files, memory=parts.to_manifest())
    assert fit_advice(manifest, total_ram=32 << 30) is None
    assert "smaller quantization" in fit_advice(manifest, total_ram=8 << 30)
    no_gpu = fit_advice(manifest, total_ram=32 << 30, gpu_layers=99, gpu_memory=0)
    assert "found no GPU" in no_gpu
    small_gpu = fit_advice(manifest, total_ram=32 << 30, gpu_layers=99, gpu_memory=llm_bytes // 2)
    assert "does not fit the GPU" in small_gpu
    # Offloading the LLM to a big enough GPU takes it out of the RAM budget.
    assert fit_advice(manifest, total_ram=8 << 30) is not None
    assert fit_advice(manifest, total_ram=8 << 30, gpu_layers=99, gpu_memory=16 << 30) is None
    # The vision tower's share follows the backend: numpy's float32 cache needs 4 GiB more.
    assert fit_advice(manifest, total_ram=12 << 30, vision_mode="ggml") is None
    assert fit_advice(manifest, total_ram=12 << 30, vision_mode="cache") is not None
    assert gpu_memory_bytes() >= 0  # the query itself works on this build (0 on a CPU build)
