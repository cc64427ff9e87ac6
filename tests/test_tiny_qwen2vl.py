"""The tiny Qwen2.5-VL pair (``--arch qwen2vl``) really runs in llama.cpp and libmtmd.

llama.cpp's own C API (through llama_cpp's ctypes bindings) loads both files, tokenizes a ChatML
prompt holding the media marker, encodes a photo-sized RGB array with the M-RoPE projector and
evaluates the whole prompt; the application's ``LLM`` class loads the language model alone.
The gemma3 pair, the default, must stay byte for byte what it was.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import gguf
import numpy as np
import pytest

llama_cpp = pytest.importorskip("llama_cpp")
mtmd = pytest.importorskip("llama_cpp.mtmd_cpp")

from converters import tiny_qwen2vl as qwen  # noqa: E402 - after the skip: needs libmtmd's binding
from converters.tiny_mtmd import main, write_tiny_mtmd_pack  # noqa: E402
from tests import test_tiny_mtmd as gemma_tests  # noqa: E402 - its Chunks, with a ChatML prompt

N_BATCH = 512
N_CTX = 2048

# sha256 of the gemma3 pair as written before the qwen2vl pair was added (seed 0).
GEMMA3_SHA256 = {
    "llm.gguf": "df97c19ce75d4db95816a94636da6e588620acb77e1cafc5e47671aef66144b0",
    "mmproj.gguf": "06997499745e4b418d3f6d4cdc373ac10348bc5566c5b376b42662852b70e3d7",
}


@dataclass
class Runtime:
    """A loaded LLM, its context and the multimodal context, as raw llama.cpp handles."""

    model: object
    ctx: object
    mctx: object
    vocab: object
    n_vocab: int


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("tiny_qwen2vl")
    assert main([str(out), "--arch", "qwen2vl"]) == 0
    return out / "llm.gguf", out / "mmproj.gguf"


@pytest.fixture(scope="module")
def runtime(pair: tuple[Path, Path]) -> Iterator[Runtime]:
    llm_path, mmproj_path = pair
    llama_cpp.llama_backend_init()
    mparams = llama_cpp.llama_model_default_params()
    mparams.n_gpu_layers = 0
    model = llama_cpp.llama_model_load_from_file(str(llm_path).encode(), mparams)
    assert model, "llama.cpp did not load the tiny qwen2vl model"
    cparams = llama_cpp.llama_context_default_params()
    cparams.n_ctx, cparams.n_batch, cparams.n_ubatch = N_CTX, N_BATCH, N_BATCH
    cparams.n_threads = cparams.n_threads_batch = 1
    ctx = llama_cpp.llama_init_from_model(model, cparams)
    assert ctx, "llama.cpp did not create a context"
    params = mtmd.mtmd_context_params_default()
    params.use_gpu, params.print_timings, params.n_threads = False, False, 1
    params.warmup = False  # as the app opens it; a warmup reserves buffers for a 5152 px square
    mctx = mtmd.mtmd_init_from_file(str(mmproj_path).encode(), model, params)
    assert mctx, "libmtmd did not load the tiny Qwen2.5-VL mmproj"
    vocab = llama_cpp.llama_model_get_vocab(model)
    try:
        yield Runtime(model, ctx, mctx, vocab, llama_cpp.llama_vocab_n_tokens(vocab))
    finally:
        mtmd.mtmd_free(mctx)
        llama_cpp.llama_free(ctx)
        llama_cpp.llama_model_free(model)


def _photo(width: int, height: int, seed: int = 1) -> np.ndarray:
    """A smooth synthetic RGB photo (H, W, 3) uint8 with some noise."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width]
    base = np.stack([x * 255 // max(1, width - 1), y * 255 // max(1, height - 1),
                     (x + y) * 255 // max(1, width + height - 2)], axis=-1)
    return np.clip(base + rng.integers(-20, 21, base.shape), 0, 255).astype(np.uint8)


def _prompt(question: str) -> bytes:
    marker = mtmd.mtmd_default_marker()
    return (b"<|im_start|>system\nYou are a dermatology assistant.<|im_end|>\n<|im_start|>user\n"
            + marker + question.encode() + b"<|im_end|>\n<|im_start|>assistant\n")


class Chunks(gemma_tests.Chunks):
    """``mtmd_tokenize`` of one ChatML prompt with one RGB image; frees its bitmap and chunks."""

    prompt = staticmethod(_prompt)


def _token_ids(rt: Runtime, text: str) -> list[int]:
    out = (llama_cpp.llama_token * 64)()
    data = text.encode()
    n = llama_cpp.llama_tokenize(rt.vocab, data, len(data), out, 64, False, True)
    assert n > 0
    return list(out[:n])


def _image_embedding(rt: Runtime, chunks: Chunks) -> np.ndarray:
    chunk = chunks.image_chunk()
    assert mtmd.mtmd_encode_chunk(rt.mctx, chunk) == 0
    n_tokens = mtmd.mtmd_input_chunk_get_n_tokens(chunk)
    ptr = mtmd.mtmd_get_output_embd(rt.mctx)
    return np.ctypeslib.as_array(ptr, shape=(n_tokens, qwen.SHAPES.n_embd)).copy()


def _eval_prompt(rt: Runtime, chunks: Chunks) -> int:
    """Evaluate all chunks from position 0 in a cleared cache; return the new n_past."""
    llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(rt.ctx), True)
    n_past = llama_cpp.llama_pos(0)
    status = mtmd.mtmd_helper_eval_chunks(rt.mctx, rt.ctx, chunks.chunks, 0, 0, N_BATCH, True,
                                          ctypes.byref(n_past))
    assert status == 0
    return n_past.value


def _greedy(rt: Runtime, n: int, pos: int) -> list[int]:
    """Decode ``n`` greedy tokens after the prompt (M-RoPE text positions continue at ``pos``)."""
    tokens = []
    batch = llama_cpp.llama_batch_init(1, 0, 1)
    try:
        for i in range(n):
            logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(rt.ctx, -1), shape=(rt.n_vocab,))
            assert np.isfinite(logits).all()
            token = int(np.argmax(logits))
            tokens.append(token)
            batch.n_tokens, batch.token[0], batch.pos[0] = 1, token, pos + i
            batch.n_seq_id[0], batch.seq_id[0][0], batch.logits[0] = 1, 0, 1
            assert llama_cpp.llama_decode(rt.ctx, batch) == 0
    finally:
        llama_cpp.llama_batch_free(batch)
    return tokens


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_gemma3_default_is_unchanged(tmp_path: Path) -> None:
    assert main([str(tmp_path / "default")]) == 0
    assert main([str(tmp_path / "gemma3"), "--arch", "gemma3"]) == 0
    for folder in ("default", "gemma3"):
        assert {name: _sha256(tmp_path / folder / name) for name in GEMMA3_SHA256} == GEMMA3_SHA256


def test_same_arguments_give_identical_files(tmp_path: Path) -> None:
    a = qwen.write_tiny_qwen2vl(tmp_path / "a.gguf").read_bytes()
    assert a == qwen.write_tiny_qwen2vl(tmp_path / "b.gguf").read_bytes()
    assert a != qwen.write_tiny_qwen2vl(tmp_path / "c.gguf", seed=1).read_bytes()
    m = qwen.write_tiny_qwen2vl_mmproj(tmp_path / "a-mmproj.gguf").read_bytes()
    assert m == qwen.write_tiny_qwen2vl_mmproj(tmp_path / "b-mmproj.gguf").read_bytes()


def test_files_are_small(tmp_path: Path) -> None:
    # how long they take is bench/mtmd.py's business, never a test's
    assert main([str(tmp_path), "--arch", "qwen2vl"]) == 0
    for name in ("llm.gguf", "mmproj.gguf"):
        assert (tmp_path / name).stat().st_size < 2 * 1024 * 1024


def test_bad_shapes_are_refused(tmp_path: Path) -> None:
    from skingpt_desktop.core.errors import ConversionError
    bad = qwen.TinyQwen2VLShapes(rope_sections=(2, 3, 3, 1))
    with pytest.raises(ConversionError, match="rope sections"):
        qwen.write_tiny_qwen2vl(tmp_path / "llm.gguf", s=bad)
    with pytest.raises(ConversionError, match="2 x patch_size"):
        qwen.write_tiny_qwen2vl_mmproj(tmp_path / "mmproj.gguf", s=qwen.TinyQwen2VLShapes(image_size=100))
    assert not list(tmp_path.iterdir())


def test_metadata_is_qwen25vl(pair: tuple[Path, Path]) -> None:
    llm, mmproj = (gguf.GGUFReader(path) for path in pair)

    def value(reader: gguf.GGUFReader, key: str) -> object:
        return reader.fields[key].contents()

    assert value(llm, "general.architecture") == "qwen2vl"
    assert value(llm, "qwen2vl.rope.dimension_sections") == [2, 3, 3, 0]
    assert value(llm, "qwen2vl.rope.freq_base") == 1e6
    names = {t.name for t in llm.tensors}
    assert {"blk.0.attn_q.bias", "blk.0.attn_k.bias", "blk.0.attn_v.bias", "output.weight"} <= names
    assert value(mmproj, "general.architecture") == "clip"
    assert value(mmproj, "clip.projector_type") == "qwen2.5vl_merger"
    assert value(mmproj, "clip.vision.n_wa_pattern") == qwen.SHAPES.n_wa_pattern
    assert value(mmproj, "clip.vision.projection_dim") == qwen.SHAPES.n_embd
    names = {t.name for t in mmproj.tensors}
    assert {"v.patch_embd.weight", "v.patch_embd.weight.1", "v.post_ln.weight", "mm.0.weight",
            "mm.2.bias", "v.blk.1.ffn_gate.weight"} <= names


def test_vocab_has_qwen_chat_tokens(runtime: Runtime) -> None:
    template = llama_cpp.llama_model_chat_template(runtime.model, None)
    assert template is not None and b"<|im_start|>" in template
    for piece in ("<|im_start|>", "<|im_end|>", "<|vision_start|>", "<|vision_end|>", "<|endoftext|>"):
        (token,) = _token_ids(runtime, piece)
        assert llama_cpp.llama_vocab_is_control(runtime.vocab, token), piece
    (im_end,) = _token_ids(runtime, "<|im_end|>")
    assert llama_cpp.llama_vocab_is_eog(runtime.vocab, im_end)
    assert llama_cpp.llama_vocab_eos(runtime.vocab) == im_end == llama_cpp.llama_vocab_eot(runtime.vocab)
    (im_start,) = _token_ids(runtime, "<|im_start|>")
    assert not llama_cpp.llama_vocab_is_eog(runtime.vocab, im_start)


def test_photo_goes_through_mrope_projector(runtime: Runtime) -> None:
    assert mtmd.mtmd_support_vision(runtime.mctx)
    assert mtmd.mtmd_decode_use_mrope(runtime.mctx)
    with Chunks(runtime, _photo(300, 200)) as chunks:
        assert chunks.status == 0
        kinds = [mtmd.mtmd_input_chunk_get_type(c) for c in chunks.all()]
        assert kinds == [mtmd.MTMD_INPUT_CHUNK_TYPE_TEXT, mtmd.MTMD_INPUT_CHUNK_TYPE_IMAGE,
                         mtmd.MTMD_INPUT_CHUNK_TYPE_TEXT]
        image = chunks.image_chunk()
        # 300x200 -> 448x336 (at least 8 tokens of 112x112 pixels): a 4x3 grid of image tokens,
        # placed on 4 M-RoPE positions (the longer side).
        assert mtmd.mtmd_input_chunk_get_n_tokens(image) == 12
        assert mtmd.mtmd_input_chunk_get_n_pos(image) == 4
        # libmtmd wraps the image in <|vision_start|> ... <|vision_end|>, single tokens here.
        n_text = ctypes.c_size_t(0)
        first = mtmd.mtmd_input_chunk_get_tokens_text(chunks.all()[0], ctypes.byref(n_text))
        assert first[n_text.value - 1] == _token_ids(runtime, "<|vision_start|>")[0]
        embd = _image_embedding(runtime, chunks)
        assert embd.shape == (12, qwen.SHAPES.n_embd) and np.isfinite(embd).all()
        assert embd.std() > 0.1
        n_past = _eval_prompt(runtime, chunks)
        assert n_past == mtmd.mtmd_helper_get_n_pos(chunks.chunks)
        n_tokens = sum(mtmd.mtmd_input_chunk_get_n_tokens(c) for c in chunks.all())
        assert n_past == n_tokens - 12 + 4
        tokens = _greedy(runtime, 4, n_past)
    assert all(0 <= t < runtime.n_vocab for t in tokens)


def test_photo_of_1000x800_stays_small(runtime: Runtime) -> None:
    with Chunks(runtime, _photo(1000, 800, seed=2)) as chunks:
        assert chunks.status == 0
        image = chunks.image_chunk()
        # 1000x800 -> 1008x784: 9x7 tokens of 112x112 pixels, 9 positions.
        assert mtmd.mtmd_input_chunk_get_n_tokens(image) == 63
        assert mtmd.mtmd_input_chunk_get_n_pos(image) == 9
        embd = _image_embedding(runtime, chunks)
        assert np.isfinite(embd).all()
        assert _eval_prompt(runtime, chunks) == mtmd.mtmd_helper_get_n_pos(chunks.chunks)


def test_different_photos_give_different_embeddings(runtime: Runtime) -> None:
    with Chunks(runtime, _photo(300, 200, seed=1)) as a, Chunks(runtime, _photo(300, 200, seed=3)) as b:
        assert a.status == 0 and b.status == 0
        embd_a, embd_b = _image_embedding(runtime, a), _image_embedding(runtime, b)
    assert np.abs(embd_a - embd_b).max() > 1e-3


def test_app_llm_class_loads_and_decodes(pair: tuple[Path, Path]) -> None:
    from skingpt_desktop.core.llm.llm import LLM
    llm = LLM(pair[0], n_ctx=512, n_threads=1, architectures=("qwen2vl",))
    try:
        assert llm.n_embd == qwen.SHAPES.n_embd
        tokens = llm.tokenize("<|im_start|>user\nDescribe the rash.<|im_end|>\n<|im_start|>assistant\n",
                              special=True)
        assert tokens[0] == llm.tokenize("<|im_start|>", special=True)[0]
        assert len(llm.tokenize("<|im_start|>", special=True)) == 1
        llm.eval_tokens(tokens, 0)
        logits = llm.logits()
        assert np.isfinite(logits).all()
        llm.eval_tokens([int(np.argmax(logits))], len(tokens))
        assert np.isfinite(llm.logits()).all()
    finally:
        llm.close()


def test_pack_manifest_says_chatml(tmp_path: Path) -> None:
    pack = write_tiny_mtmd_pack(tmp_path / "pack", arch="qwen2vl")
    manifest = json.loads((pack / "manifest.json").read_text())
    assert manifest["architecture"] == "mtmd"
    assert manifest["conversation_format"] == "chatml"
    assert manifest["name"] == "tiny-mtmd-qwen2vl"
    assert "Qwen2.5-VL" in manifest["display_name"]
    sizes = {f["path"]: f["size"] for f in manifest["files"]}
    assert sizes == {name: (pack / name).stat().st_size for name in ("llm.gguf", "mmproj.gguf")}
