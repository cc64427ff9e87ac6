"""The tiny gemma3 LLM + mmproj pair really runs in llama.cpp and libmtmd.

Only llama.cpp's own C API (through llama_cpp's ctypes bindings) is used here, no application
code: load both files, turn RGB arrays into bitmaps, tokenize a Gemma chat prompt holding the
media marker, evaluate the text and image chunks, and decode a few greedy tokens.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import gguf
import numpy as np
import pytest

llama_cpp = pytest.importorskip("llama_cpp")
mtmd = pytest.importorskip("llama_cpp.mtmd_cpp")

from converters.tiny_mtmd import (  # noqa: E402 - after the skip: needs libmtmd's binding
    SHAPES,
    main,
    write_tiny_gemma3,
    write_tiny_mmproj,
)

N_BATCH = 64


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
    out = tmp_path_factory.mktemp("tiny_mtmd")
    assert main([str(out)]) == 0
    return out / "llm.gguf", out / "mmproj.gguf"


@pytest.fixture(scope="module")
def runtime(pair: tuple[Path, Path]) -> Iterator[Runtime]:
    llm_path, mmproj_path = pair
    llama_cpp.llama_backend_init()
    mparams = llama_cpp.llama_model_default_params()
    mparams.n_gpu_layers = 0
    model = llama_cpp.llama_model_load_from_file(str(llm_path).encode(), mparams)
    assert model, "llama.cpp did not load the tiny gemma3 model"
    cparams = llama_cpp.llama_context_default_params()
    cparams.n_ctx, cparams.n_batch, cparams.n_ubatch = 256, N_BATCH, N_BATCH
    cparams.n_threads = cparams.n_threads_batch = 1
    ctx = llama_cpp.llama_init_from_model(model, cparams)
    assert ctx, "llama.cpp did not create a context"
    params = mtmd.mtmd_context_params_default()
    params.use_gpu, params.print_timings, params.n_threads = False, False, 1
    mctx = mtmd.mtmd_init_from_file(str(mmproj_path).encode(), model, params)
    assert mctx, "libmtmd did not load the tiny mmproj"
    vocab = llama_cpp.llama_model_get_vocab(model)
    try:
        yield Runtime(model, ctx, mctx, vocab, llama_cpp.llama_vocab_n_tokens(vocab))
    finally:
        mtmd.mtmd_free(mctx)
        llama_cpp.llama_free(ctx)
        llama_cpp.llama_model_free(model)


def _image(seed: int, width: int = SHAPES.image_size, height: int = SHAPES.image_size) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (height, width, 3), dtype=np.uint8)


def _prompt(question: str) -> bytes:
    marker = mtmd.mtmd_default_marker()
    return (b"<start_of_turn>user\n" + marker + question.encode()
            + b"<end_of_turn>\n<start_of_turn>model\n")


class Chunks:
    """``mtmd_tokenize`` of one prompt with one RGB image; frees its bitmap and chunks.
    ``prompt`` renders the question with the image marker in a model's chat format."""

    prompt = staticmethod(_prompt)

    def __init__(self, rt: Runtime, rgb: np.ndarray, question: str = "Describe the rash.") -> None:
        self.rgb = np.ascontiguousarray(rgb, dtype=np.uint8)  # kept alive while the bitmap exists
        height, width, _ = self.rgb.shape
        data = self.rgb.ctypes.data_as(ctypes.POINTER(ctypes.c_uint8))
        self.bitmap = mtmd.mtmd_bitmap_init(width, height, data)
        assert self.bitmap
        self.text = self.prompt(question)
        self.chunks = mtmd.mtmd_input_chunks_init()
        text = mtmd.mtmd_input_text(text=self.text, text_len=len(self.text),
                                    add_special=True, parse_special=True)
        bitmaps = (mtmd.mtmd_bitmap_p_ctypes * 1)(self.bitmap)
        self.status = mtmd.mtmd_tokenize(rt.mctx, self.chunks, ctypes.byref(text), bitmaps, 1)

    def __enter__(self) -> Chunks:
        return self

    def __exit__(self, *exc: object) -> None:
        mtmd.mtmd_input_chunks_free(self.chunks)
        mtmd.mtmd_bitmap_free(self.bitmap)

    def all(self) -> list[object]:
        n = mtmd.mtmd_input_chunks_size(self.chunks)
        return [mtmd.mtmd_input_chunks_get(self.chunks, i) for i in range(n)]

    def image_chunk(self) -> object:
        image = mtmd.MTMD_INPUT_CHUNK_TYPE_IMAGE
        (chunk,) = [c for c in self.all() if mtmd.mtmd_input_chunk_get_type(c) == image]
        return chunk


def _last_logits(rt: Runtime) -> np.ndarray:
    ptr = llama_cpp.llama_get_logits_ith(rt.ctx, -1)
    return np.ctypeslib.as_array(ptr, shape=(rt.n_vocab,)).copy()


def _eval_prompt(rt: Runtime, chunks: Chunks) -> int:
    """Evaluate all chunks from position 0 in a cleared cache; return the new n_past."""
    llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(rt.ctx), True)
    n_past = llama_cpp.llama_pos(0)
    status = mtmd.mtmd_helper_eval_chunks(rt.mctx, rt.ctx, chunks.chunks, 0, 0, N_BATCH, True,
                                          ctypes.byref(n_past))
    assert status == 0
    return n_past.value


def _greedy(rt: Runtime, n: int) -> list[int]:
    tokens = []
    for _ in range(n):
        logits = _last_logits(rt)
        assert np.isfinite(logits).all()
        token = int(np.argmax(logits))
        tokens.append(token)
        array = (llama_cpp.llama_token * 1)(token)
        assert llama_cpp.llama_decode(rt.ctx, llama_cpp.llama_batch_get_one(array, 1)) == 0
    return tokens


def _image_embedding(rt: Runtime, chunks: Chunks) -> np.ndarray:
    chunk = chunks.image_chunk()
    assert mtmd.mtmd_encode_chunk(rt.mctx, chunk) == 0
    n_tokens = mtmd.mtmd_input_chunk_get_n_tokens(chunk)
    ptr = mtmd.mtmd_get_output_embd(rt.mctx)
    return np.ctypeslib.as_array(ptr, shape=(n_tokens, SHAPES.n_embd)).copy()


def _token_id(rt: Runtime, piece: str) -> int:
    out = (llama_cpp.llama_token * 8)()
    n = llama_cpp.llama_tokenize(rt.vocab, piece.encode(), len(piece.encode()), out, 8, False, True)
    assert n == 1, f"{piece} is not a single token"
    return out[0]


def test_same_arguments_give_identical_files(tmp_path: Path) -> None:
    a = write_tiny_gemma3(tmp_path / "a.gguf").read_bytes()
    assert a == write_tiny_gemma3(tmp_path / "b.gguf").read_bytes()
    assert a != write_tiny_gemma3(tmp_path / "c.gguf", seed=1).read_bytes()
    m = write_tiny_mmproj(tmp_path / "a-mmproj.gguf").read_bytes()
    assert m == write_tiny_mmproj(tmp_path / "b-mmproj.gguf").read_bytes()


def test_projection_width_is_the_llm_width(runtime: Runtime, pair: tuple[Path, Path]) -> None:
    reader = gguf.GGUFReader(pair[1])
    field = reader.fields["clip.vision.projection_dim"]
    projection_dim = int(field.parts[field.data[0]][0])
    (proj,) = [t for t in reader.tensors if t.name == "mm.input_projection.weight"]
    n_embd = llama_cpp.llama_model_n_embd(runtime.model)
    assert projection_dim == n_embd == SHAPES.n_embd
    assert int(proj.shape[0]) == n_embd  # ggml order: LLM width first


def test_vocab_has_gemma_chat_tokens(runtime: Runtime) -> None:
    template = llama_cpp.llama_model_chat_template(runtime.model, None)
    assert template is not None and b"<start_of_turn>" in template
    for piece in ("<bos>", "<eos>", "<start_of_turn>", "<end_of_turn>", "<start_of_image>", "<end_of_image>"):
        _token_id(runtime, piece)
    assert llama_cpp.llama_vocab_bos(runtime.vocab) == _token_id(runtime, "<bos>")
    assert llama_cpp.llama_vocab_is_eog(runtime.vocab, _token_id(runtime, "<end_of_turn>"))


def test_image_prompt_is_evaluated_and_decoded(runtime: Runtime) -> None:
    with Chunks(runtime, _image(1)) as chunks:
        assert chunks.status == 0
        kinds = [mtmd.mtmd_input_chunk_get_type(c) for c in chunks.all()]
        assert kinds == [mtmd.MTMD_INPUT_CHUNK_TYPE_TEXT, mtmd.MTMD_INPUT_CHUNK_TYPE_IMAGE,
                         mtmd.MTMD_INPUT_CHUNK_TYPE_TEXT]
        assert mtmd.mtmd_input_chunk_get_n_tokens(chunks.image_chunk()) == SHAPES.tokens_per_image
        # libmtmd wraps the image in Gemma's markers, each a single token.
        n_text = ctypes.c_size_t(0)
        first = mtmd.mtmd_input_chunk_get_tokens_text(chunks.all()[0], ctypes.byref(n_text))
        assert first[n_text.value - 1] == _token_id(runtime, "<start_of_image>")
        n_past = _eval_prompt(runtime, chunks)
        n_total = sum(mtmd.mtmd_input_chunk_get_n_tokens(c) for c in chunks.all())
        assert n_past == n_total
        tokens = _greedy(runtime, 3)
    assert all(0 <= t < runtime.n_vocab for t in tokens)


def test_different_images_give_different_outputs(runtime: Runtime) -> None:
    with Chunks(runtime, _image(1)) as a, Chunks(runtime, _image(2, width=96, height=72)) as b:
        assert a.status == 0 and b.status == 0
        embd_a, embd_b = _image_embedding(runtime, a), _image_embedding(runtime, b)
        assert np.isfinite(embd_a).all() and np.isfinite(embd_b).all()
        assert np.abs(embd_a - embd_b).max() > 1e-3
        _eval_prompt(runtime, a)
        logits_a = _last_logits(runtime)
        _eval_prompt(runtime, b)
        logits_b = _last_logits(runtime)
    assert np.isfinite(logits_a).all() and np.isfinite(logits_b).all()
    assert np.abs(logits_a - logits_b).max() > 1e-4
