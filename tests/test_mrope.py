"""Qwen2.5-VL-shaped packs: M-RoPE image positions through the one ChatSession.

The proof of the positions is a parity check: the session's logits after a prompt with a photo
equal those of libmtmd's own helper (``mtmd_helper_eval_chunk_single``, which encodes and
decodes the image itself) on the same context, and plain one-position-per-row placement does
not. The rest runs the usual engine, CLI, report and evaluate paths on the tiny Qwen pack.
"""

from __future__ import annotations

import ctypes
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from skingpt_desktop.core.engine import Engine, EngineSettings
from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.llm.chat_session import ChatSession
from skingpt_desktop.core.llm.conversation import render_prompt
from skingpt_desktop.core.llm.image_layout import ImageLayout
from skingpt_desktop.core.llm.llm import GenerationSettings
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.vision.preprocess import load_photo
from tests.test_cli_evaluate import dataset

ROOT = Path(__file__).resolve().parents[1]
GREEDY = GenerationSettings(deterministic=True, max_new_tokens=8)


@pytest.fixture(scope="module", params=["tiny_qwen_pack", "tiny_qwen3_pack"])
def engine(request: pytest.FixtureRequest):
    """The engine on a Qwen2.5-VL-shaped pack, then on a Qwen3-VL-shaped one (image rows twice
    the LLM's width: deepstack features for a later layer)."""
    pack = request.getfixturevalue(request.param)
    engine = Engine.load(ModelPack.open(pack), EngineSettings(threads=1))
    yield engine
    engine.close()


# --- the layout on its own -----------------------------------------------------------------------

def _grid_positions(nx: int, ny: int, start: int) -> np.ndarray:
    """libmtmd's M-RoPE decoder positions (K, 4) in (t, x, y, z) order for an nx x ny grid."""
    i = np.arange(nx * ny)
    return np.stack([np.full_like(i, start), start + i % nx, start + i // nx, 0 * i], axis=1)


def test_a_layout_moves_with_the_image_start() -> None:
    layout = ImageLayout.from_decoder_positions(_grid_positions(3, 2, 0), _grid_positions(3, 2, 1), 3)
    assert layout.n_tokens == 6 and layout.n_pos == 3
    at_ten = layout.positions(10)
    assert at_ten.shape == (4, 6) and at_ten.dtype == np.int32 and at_ten.flags.c_contiguous
    assert at_ten[0].tolist() == [10] * 6                    # time: the image's start
    assert at_ten[1].tolist() == [10, 10, 10, 11, 11, 11]    # row
    assert at_ten[2].tolist() == [10, 11, 12, 10, 11, 12]    # column
    assert at_ten[3].tolist() == [0] * 6                     # unused section stays 0
    assert layout.positions(10, slice(3, 6)).tolist() == at_ten[:, 3:].tolist()


@pytest.mark.parametrize(("at_one_shift", "n_pos", "message"), [
    (2, 3, "do not move with the image"), (1, 7, "cannot take 7 positions"),
    (1, 2, "outside the image"),
])
def test_a_bad_layout_is_refused(at_one_shift: int, n_pos: int, message: str) -> None:
    at_zero = _grid_positions(3, 2, 0)
    at_one = at_zero + at_one_shift * (np.arange(4) < 3)
    with pytest.raises(PackError, match=message):
        ImageLayout.from_decoder_positions(at_zero, at_one, n_pos)


# --- the engine ------------------------------------------------------------------------------

def test_the_projector_places_the_photo_with_fewer_positions(engine: Engine, photo_paths) -> None:
    embeddings, layout, _ms = engine.encode_with_layout(load_photo(photo_paths[0]))
    assert engine.vision.mrope and layout is not None
    assert embeddings.shape == (layout.n_tokens, engine.llm.n_embd_inp)
    assert engine.llm.n_embd_inp in (engine.llm.n_embd, 2 * engine.llm.n_embd)
    assert 1 < layout.n_pos < layout.n_tokens  # the longer side of the token grid


def _reference_logits(engine: Engine, image, items: list[int]) -> np.ndarray:
    """The logits after ``items`` with the image encoded and decoded by libmtmd's helper."""
    from llama_cpp import mtmd_cpp as mtmd

    vision, llm = engine.vision, engine.llm
    rgb = np.ascontiguousarray(np.asarray(image.convert("RGB"), dtype=np.uint8))
    bitmap = mtmd.mtmd_bitmap_init(rgb.shape[1], rgb.shape[0],
                                   rgb.ctypes.data_as(ctypes.POINTER(ctypes.c_uint8)))
    chunks = mtmd.mtmd_input_chunks_init()
    try:
        text = mtmd.mtmd_input_text(vision._marker, len(vision._marker), False, True)
        assert mtmd.mtmd_tokenize(vision._ctx, chunks, ctypes.byref(text),
                                  (ctypes.c_void_p * 1)(bitmap), 1) == 0
        image_chunk = next(c for c in (mtmd.mtmd_input_chunks_get(chunks, i)
                                       for i in range(mtmd.mtmd_input_chunks_size(chunks)))
                           if mtmd.mtmd_input_chunk_get_type(c) == mtmd.MTMD_INPUT_CHUNK_TYPE_IMAGE)
        start = items.index(-1)
        llm.owner = None  # the next session call starts over
        llm.clear()
        llm.eval_tokens(items[:start], 0, want_logits=False)
        after = ctypes.c_int32(0)
        assert mtmd.mtmd_helper_eval_chunk_single(vision._ctx, llm._ctx, image_chunk, start, 0,
                                                  llm.n_batch, False, ctypes.byref(after)) == 0
        rest = [t for t in items[start:] if t >= 0]
        llm.eval_tokens(rest, after.value)
        return llm.logits()
    finally:
        mtmd.mtmd_input_chunks_free(chunks)
        mtmd.mtmd_bitmap_free(bitmap)


def test_the_session_matches_libmtmds_own_decoding(engine: Engine, photo_paths) -> None:
    image = load_photo(photo_paths[0])
    embeddings, layout, _ms = engine.encode_with_layout(image)
    results = {}
    for name, placed in (("mrope", layout), ("plain", None)):
        session = ChatSession(engine.llm, engine.format, embeddings, image_layout=placed)
        items = session._items(render_prompt(engine.format, [], "What is this?"))
        session._sync(items, None)
        results[name] = engine.llm.logits()
    reference = _reference_logits(engine, image, items)
    assert np.allclose(results["mrope"], reference, atol=1e-3), \
        np.abs(results["mrope"] - reference).max()
    assert not np.allclose(results["plain"], reference, atol=1e-2)  # the positions matter


def test_follow_ups_reuse_the_cache_after_the_image(engine: Engine, photo_paths) -> None:
    chat = engine.start_chat(load_photo(photo_paths[0]))
    first = chat.ask("What is this?", GREEDY)
    second = chat.ask("Is it serious?", GREEDY)
    layout = chat.session.layout
    assert layout is not None and first.prompt_tokens_evaluated > layout.n_pos
    # only the end of the answer and "<|im_start|>user ... <|im_start|>assistant" are new
    assert second.prompt_tokens_evaluated < first.prompt_tokens_evaluated / 3
    repeat = engine.start_chat(load_photo(photo_paths[0]))
    assert repeat.ask("What is this?", GREEDY).text == first.text  # deterministic mode


def test_a_reopened_conversation_answers_the_same_with_prompt_lookup_drafts(
        engine: Engine, photo_paths) -> None:
    from skingpt_desktop.core.llm.speculative import PromptLookup

    image = load_photo(photo_paths[1])
    chat = engine.start_chat(image)
    chat.ask("Describe it.", GREEDY)
    answers = []
    for draft in (None, PromptLookup()):
        reopened = engine.start_chat(image, turns=chat.session.turns)  # image and turn re-evaluated
        reopened.session.draft = draft
        answers.append(reopened.ask("And the border?", GREEDY))
    assert answers[0].text == answers[1].text
    assert answers[1].draft_proposed > 0  # the drafts were really checked against the model


def test_the_batch_keeps_its_own_position_array(engine: Engine, photo_paths, monkeypatch) -> None:
    """eval_embeddings swaps in the M-RoPE positions and must hand llama_batch_free the batch's
    own array back (freeing numpy's would corrupt the heap)."""
    import llama_cpp

    made, freed = [], []
    init, free = llama_cpp.llama_batch_init, llama_cpp.llama_batch_free

    def tracking_init(*args):
        batch = init(*args)
        made.append(ctypes.cast(batch.pos, ctypes.c_void_p).value)
        return batch

    def tracking_free(batch):
        freed.append(ctypes.cast(batch.pos, ctypes.c_void_p).value)
        free(batch)

    monkeypatch.setattr(llama_cpp, "llama_batch_init", tracking_init)
    monkeypatch.setattr(llama_cpp, "llama_batch_free", tracking_free)
    embeddings, layout, _ms = engine.encode_with_layout(load_photo(photo_paths[0]))
    engine.llm.owner = None
    engine.llm.clear()
    engine.llm.eval_embeddings(embeddings, 0, mrope=layout.positions(0))
    assert made and made == freed


# --- the commands a user runs --------------------------------------------------------------------

def _main(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.parametrize("extra", [("describe",), ("--clinical",), ("describe", "--clinical")])
@pytest.mark.parametrize("pack_fixture", ["tiny_qwen_pack", "tiny_qwen3_pack"])
def test_ask_answers_and_follows_up_on_a_qwen_pack(request, photo_paths, pack_fixture: str,
                                                   extra: tuple[str, ...]) -> None:
    pack = request.getfixturevalue(pack_fixture)
    done = _main("ask", "--pack", str(pack), "--image", str(photo_paths[0]),
                 "--deterministic", "--max-tokens", "8", "--json", *extra)
    assert done.returncode == 0, done.stderr
    transcript = json.loads(done.stdout)["transcript"]
    expected = ("describe" in extra) + 4 * ("--clinical" in extra)
    assert len(transcript) == expected and all(t["stop_reason"] for t in transcript)


def test_report_and_evaluate_run_on_a_qwen_pack(tiny_qwen_pack: Path, photo_paths,
                                                tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    report = _main("report", "--pack", str(tiny_qwen_pack), "--image", str(photo_paths[0]),
                   "--question", "What is this?", "--deterministic", "--max-tokens", "8",
                   "--out", str(pdf), "--json")
    assert report.returncode == 0, report.stderr
    assert pdf.read_bytes().startswith(b"%PDF-") and json.loads(report.stdout)["urgency"]
    out = tmp_path / "eval"
    evaluated = _main("evaluate", "--pack", str(tiny_qwen_pack), "--dataset",
                      str(dataset(tmp_path / "data")), "--limit", "2", "--out", str(out))
    assert evaluated.returncode == 0, evaluated.stderr
    block = json.loads((out / "results.json").read_text())["packs"]["tiny-mtmd-qwen2vl"]
    assert block["n_cases"] == 2 and 0 <= block["top1"]["value"] <= 1


def test_a_projector_with_the_wrong_language_model_is_refused(tiny_qwen_pack: Path,
                                                              tmp_path: Path) -> None:
    """Both widths are 64, so only the projector's language-model family tells them apart."""
    import shutil

    from converters.tiny_mtmd import write_tiny_mmproj

    mixed = tmp_path / "mixed"
    shutil.copytree(tiny_qwen_pack, mixed)
    write_tiny_mmproj(mixed / "mmproj.gguf")  # a Gemma 3 projector beside the Qwen model
    manifest = json.loads((mixed / "manifest.json").read_text())
    from skingpt_desktop.core.packs.pack import build_manifest, write_manifest

    rebuilt = build_manifest(mixed, name=manifest["name"], display_name=manifest["display_name"],
                             conversation_format="chatml", card=ModelPack.open(tiny_qwen_pack).manifest.card,
                             quantization="F16", architecture="mtmd")
    write_manifest(mixed, rebuilt)
    with pytest.raises(PackError, match="gemma3 projector belongs with a gemma3 language model"):
        ModelPack.open(mixed)


def test_a_phone_sized_photo_stays_within_the_token_budget(engine: Engine) -> None:
    """Without the budget the tiny projector makes 972 tokens of a 4032 x 3024 photo."""
    from PIL import Image

    from skingpt_desktop.core.vision.mtmd_vision import IMAGE_TOKEN_BUDGET

    photo = Image.fromarray(np.random.default_rng(3).integers(0, 255, (3024, 4032, 3), np.uint8))
    embeddings, layout, _ms = engine.encode_with_layout(photo)
    assert layout is not None and 300 < layout.n_tokens <= IMAGE_TOKEN_BUDGET
