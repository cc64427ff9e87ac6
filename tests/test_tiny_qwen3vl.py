"""The tiny Qwen3-VL pair (``--arch qwen3vl``) really runs in llama.cpp and libmtmd.

As for the Qwen2.5-VL pair (whose raw llama.cpp helpers this module reuses): llama.cpp's C API
loads both files, tokenizes a ChatML prompt holding the media marker, encodes a photo-sized RGB
array and evaluates the whole prompt. What Qwen3-VL adds is DeepStack: the LLM's input and every
image embedding are n_embd x (1 + n_deepstack) wide. The gemma3 and qwen2vl pairs must stay
byte for byte what they were.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import gguf
import numpy as np
import pytest

llama_cpp = pytest.importorskip("llama_cpp")
mtmd = pytest.importorskip("llama_cpp.mtmd_cpp")

from converters import tiny_qwen3vl as qwen3  # noqa: E402 - after the skip: needs libmtmd's binding
from converters.tiny_mtmd import main, write_tiny_mtmd_pack  # noqa: E402
from skingpt_desktop.core.errors import ConversionError  # noqa: E402
from tests.test_tiny_qwen2vl import (  # noqa: E402
    N_BATCH,
    N_CTX,
    Chunks,
    Runtime,
    _eval_prompt,
    _greedy,
    _photo,
    _token_ids,
)

S = qwen3.SHAPES
N_EMBD_INP = S.n_embd * (1 + S.n_deepstack)  # 64 x (1 + 1) = 128

# sha256 of the qwen2vl pair as written before the qwen3vl pair was added (seed 0).
QWEN2VL_SHA256 = {
    "llm.gguf": "96ac693bb0629573d08663eafca70b7eb57465e4c1207aaeeb6485d48cba9de6",
    "mmproj.gguf": "f0c6e25f07fa1ba276d1e2ec889f6aa510f46c7831412152d043d865802dc920",
}


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("tiny_qwen3vl")
    assert main([str(out), "--arch", "qwen3vl"]) == 0
    return out / "llm.gguf", out / "mmproj.gguf"


@pytest.fixture(scope="module")
def runtime(pair: tuple[Path, Path]) -> Iterator[Runtime]:
    llm_path, mmproj_path = pair
    llama_cpp.llama_backend_init()
    mparams = llama_cpp.llama_model_default_params()
    mparams.n_gpu_layers = 0
    model = llama_cpp.llama_model_load_from_file(str(llm_path).encode(), mparams)
    assert model, "llama.cpp did not load the tiny qwen3vl model"
    cparams = llama_cpp.llama_context_default_params()
    cparams.n_ctx, cparams.n_batch, cparams.n_ubatch = N_CTX, N_BATCH, N_BATCH
    cparams.n_threads = cparams.n_threads_batch = 1
    ctx = llama_cpp.llama_init_from_model(model, cparams)
    assert ctx, "llama.cpp did not create a context"
    params = mtmd.mtmd_context_params_default()
    params.use_gpu, params.print_timings, params.n_threads = False, False, 1
    params.warmup = False  # as the app opens it
    mctx = mtmd.mtmd_init_from_file(str(mmproj_path).encode(), model, params)
    assert mctx, "libmtmd did not load the tiny Qwen3-VL mmproj"
    vocab = llama_cpp.llama_model_get_vocab(model)
    try:
        yield Runtime(model, ctx, mctx, vocab, llama_cpp.llama_vocab_n_tokens(vocab))
    finally:
        mtmd.mtmd_free(mctx)
        llama_cpp.llama_free(ctx)
        llama_cpp.llama_model_free(model)


def _image_embedding(rt: Runtime, chunks: Chunks) -> np.ndarray:
    """Encode the image chunk; its embeddings are (n_tokens, n_embd_inp): main + DeepStack."""
    chunk = chunks.image_chunk()
    assert mtmd.mtmd_encode_chunk(rt.mctx, chunk) == 0
    n_tokens = mtmd.mtmd_input_chunk_get_n_tokens(chunk)
    ptr = mtmd.mtmd_get_output_embd(rt.mctx)
    return np.ctypeslib.as_array(ptr, shape=(n_tokens, N_EMBD_INP)).copy()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_qwen2vl_pair_is_unchanged(tmp_path: Path) -> None:
    assert main([str(tmp_path), "--arch", "qwen2vl"]) == 0
    assert {name: _sha256(tmp_path / name) for name in QWEN2VL_SHA256} == QWEN2VL_SHA256


def test_same_arguments_give_identical_files(tmp_path: Path) -> None:
    a = qwen3.write_tiny_qwen3vl(tmp_path / "a.gguf").read_bytes()
    assert a == qwen3.write_tiny_qwen3vl(tmp_path / "b.gguf").read_bytes()
    assert a != qwen3.write_tiny_qwen3vl(tmp_path / "c.gguf", seed=1).read_bytes()
    m = qwen3.write_tiny_qwen3vl_mmproj(tmp_path / "a-mmproj.gguf").read_bytes()
    assert m == qwen3.write_tiny_qwen3vl_mmproj(tmp_path / "b-mmproj.gguf").read_bytes()


def test_files_are_small(tmp_path: Path) -> None:
    # how long they take is bench/mtmd.py's business, never a test's
    assert main([str(tmp_path), "--arch", "qwen3vl"]) == 0
    for name in ("llm.gguf", "mmproj.gguf"):
        assert (tmp_path / name).stat().st_size < 2 * 1024 * 1024


@pytest.mark.parametrize(("bad", "rule"), [
    (qwen3.TinyQwen3VLShapes(rope_sections=(3, 3, 3, 0)), "rope sections"),
    # a DeepStack slice on the LLM's last layer makes llama.cpp abort on any prompt
    (qwen3.TinyQwen3VLShapes(v_layer=3, deepstack_blocks=(0, 1)), "fewer than n_layer"),
    (qwen3.TinyQwen3VLShapes(deepstack_blocks=()), "fewer than n_layer"),
    (qwen3.TinyQwen3VLShapes(deepstack_blocks=(2,)), "distinct, increasing vision blocks"),
    (qwen3.TinyQwen3VLShapes(image_size=100), "2 x patch_size"),
])
def test_bad_shapes_are_refused(tmp_path: Path, bad: qwen3.TinyQwen3VLShapes, rule: str) -> None:
    with pytest.raises(ConversionError, match=rule):
        qwen3.write_tiny_qwen3vl(tmp_path / "llm.gguf", s=bad)
    with pytest.raises(ConversionError, match=rule):
        qwen3.write_tiny_qwen3vl_mmproj(tmp_path / "mmproj.gguf", s=bad)
    assert not list(tmp_path.iterdir())


def test_metadata_is_qwen3vl(pair: tuple[Path, Path]) -> None:
    llm, mmproj = (gguf.GGUFReader(path) for path in pair)

    def value(reader: gguf.GGUFReader, key: str) -> object:
        return reader.fields[key].contents()

    assert value(llm, "general.architecture") == "qwen3vl"
    assert value(llm, "qwen3vl.n_deepstack_layers") == S.n_deepstack == 1
    assert value(llm, "qwen3vl.rope.dimension_sections") == [3, 3, 2, 0]
    assert value(llm, "qwen3vl.rope.freq_base") == 5e6
    names = {t.name for t in llm.tensors}
    assert {"blk.0.attn_q_norm.weight", "blk.1.attn_k_norm.weight"} <= names
    assert not any(name.endswith(".bias") for name in names)  # Qwen3 projections have none
    assert "output.weight" not in names  # tied to token_embd
    assert value(mmproj, "general.architecture") == "clip"
    assert value(mmproj, "clip.projector_type") == "qwen3vl_merger"
    assert value(mmproj, "clip.vision.is_deepstack_layers") == [True, False]
    assert value(mmproj, "clip.vision.projection_dim") == S.n_embd
    tensors = {t.name: t for t in mmproj.tensors}
    assert {"v.patch_embd.weight", "v.patch_embd.weight.1", "v.patch_embd.bias",
            "v.blk.1.attn_qkv.weight", "v.post_ln.bias", "mm.0.weight", "mm.2.bias",
            "v.deepstack.0.norm.weight", "v.deepstack.0.fc1.weight", "v.deepstack.0.fc2.bias"} <= set(tensors)
    assert not any(name.startswith("v.deepstack.1.") for name in tensors)
    grid = tensors["v.position_embd.weight"]
    assert grid.tensor_type == gguf.GGMLQuantizationType.F32 and grid.n_elements == 4 * 4 * S.v_embd
    assert tensors["mm.0.weight"].tensor_type == gguf.GGMLQuantizationType.F16


def test_llm_input_is_widened_by_deepstack(runtime: Runtime) -> None:
    assert llama_cpp.llama_model_n_embd(runtime.model) == S.n_embd == 64
    assert llama_cpp.llama_model_n_embd_inp(runtime.model) == N_EMBD_INP == 128
    assert llama_cpp.llama_model_rope_type(runtime.model) == llama_cpp.LLAMA_ROPE_TYPE_IMROPE


def test_vocab_has_qwen_chat_tokens(runtime: Runtime) -> None:
    template = llama_cpp.llama_model_chat_template(runtime.model, None)
    assert template is not None and b"<|im_start|>" in template
    for piece in ("<|im_start|>", "<|im_end|>", "<|vision_start|>", "<|vision_end|>", "<|endoftext|>"):
        (token,) = _token_ids(runtime, piece)
        assert llama_cpp.llama_vocab_is_control(runtime.vocab, token), piece
    (im_end,) = _token_ids(runtime, "<|im_end|>")
    assert llama_cpp.llama_vocab_eos(runtime.vocab) == im_end == llama_cpp.llama_vocab_eot(runtime.vocab)


def test_photo_goes_through_deepstack_projector(runtime: Runtime) -> None:
    assert mtmd.mtmd_support_vision(runtime.mctx)
    assert mtmd.mtmd_decode_use_mrope(runtime.mctx)
    with Chunks(runtime, _photo(300, 200)) as chunks:
        assert chunks.status == 0
        kinds = [mtmd.mtmd_input_chunk_get_type(c) for c in chunks.all()]
        assert kinds == [mtmd.MTMD_INPUT_CHUNK_TYPE_TEXT, mtmd.MTMD_INPUT_CHUNK_TYPE_IMAGE,
                         mtmd.MTMD_INPUT_CHUNK_TYPE_TEXT]
        image = chunks.image_chunk()
        # 300x200 -> 448x336: a 4x3 grid of 112x112-pixel image tokens on 4 M-RoPE positions.
        assert mtmd.mtmd_input_chunk_get_n_tokens(image) == 12
        assert mtmd.mtmd_input_chunk_get_n_pos(image) == 4
        n_text = ctypes.c_size_t(0)
        first = mtmd.mtmd_input_chunk_get_tokens_text(chunks.all()[0], ctypes.byref(n_text))
        assert first[n_text.value - 1] == _token_ids(runtime, "<|vision_start|>")[0]
        embd = _image_embedding(runtime, chunks)
        assert embd.shape == (12, N_EMBD_INP) and np.isfinite(embd).all()
        # both slices carry signal: the merger's (fed in) and the DeepStack merger's (added later)
        main_slice, deep_slice = embd[:, :S.n_embd], embd[:, S.n_embd:]
        assert main_slice.std() > 0.1 and deep_slice.std() > 0.1
        assert np.abs(main_slice - deep_slice).max() > 1e-3
        n_past = _eval_prompt(runtime, chunks)
        assert n_past == mtmd.mtmd_helper_get_n_pos(chunks.chunks)
        n_tokens = sum(mtmd.mtmd_input_chunk_get_n_tokens(c) for c in chunks.all())
        assert n_past == n_tokens - 12 + 4 < n_tokens
        tokens = _greedy(runtime, 4, n_past)
    assert all(0 <= t < runtime.n_vocab for t in tokens)


def test_photo_of_1000x800_stays_small(runtime: Runtime) -> None:
    with Chunks(runtime, _photo(1000, 800, seed=2)) as chunks:
        assert chunks.status == 0
        image = chunks.image_chunk()
        # 1000x800 -> 1008x784: 9x7 image tokens, 9 positions.
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


def test_app_llm_class_loads_and_decodes_text(pair: tuple[Path, Path]) -> None:
    from skingpt_desktop.core.llm.llm import LLM
    llm = LLM(pair[0], n_ctx=512, n_threads=1, architectures=("qwen3vl",))
    try:
        assert llm.n_embd == S.n_embd
        tokens = llm.tokenize("<|im_start|>user\nDescribe the rash.<|im_end|>\n<|im_start|>assistant\n",
                              special=True)
        llm.eval_tokens(tokens, 0)
        logits = llm.logits()
        assert np.isfinite(logits).all()
        llm.eval_tokens([int(np.argmax(logits))], len(tokens))
        assert np.isfinite(llm.logits()).all()
    finally:
        llm.close()


def test_pack_manifest_says_chatml(tmp_path: Path) -> None:
    pack = write_tiny_mtmd_pack(tmp_path / "pack", arch="qwen3vl")
    manifest = json.loads((pack / "manifest.json").read_text())
    assert manifest["architecture"] == "mtmd"
    assert manifest["conversation_format"] == "chatml"
    assert manifest["name"] == "tiny-mtmd-qwen3vl"
    assert manifest["display_name"] == "Tiny random mtmd test pack (Qwen3-VL shape)"
    sizes = {f["path"]: f["size"] for f in manifest["files"]}
    assert sizes == {name: (pack / name).stat().st_size for name in ("llm.gguf", "mmproj.gguf")}


def test_pack_opens(tmp_path: Path) -> None:
    from skingpt_desktop.core.packs.pack import ModelPack
    pack = write_tiny_mtmd_pack(tmp_path / "pack", arch="qwen3vl")
    opened = ModelPack.open(pack)
    assert opened.manifest.name == "tiny-mtmd-qwen3vl"
