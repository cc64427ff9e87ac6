"""Random-weight GGUFs of real shapes for ``bench/mtmd.py``: vision projectors and decode models.

Vision projectors, f16, the shapes of the published mmproj files (checked against llama.cpp's
clip.cpp, models/siglip.cpp and models/qwen2vl.cpp of the pinned release):

- SigLIP-896 (MedGemma / Gemma 3 4B): 27 blocks, width 1152, feed-forward 4304, 16 heads,
  14-pixel patches at 896 px (64 x 64 = 4096 patches), Gemma 3's 4 x 4 average pooling to 256
  image tokens and the projection to 2560. About 0.42 B weights, 0.85 GB.
- Qwen2.5-VL-7B's tower: 32 blocks, width 1280, SwiGLU feed-forward 3420, 16 heads, 14-pixel
  patches, window attention (112 px windows) in every block but the 8th, 16th, 24th and 32nd
  (``n_wa_pattern`` 8: llama.cpp attends fully where (il + 1) % 8 == 0), 2 x 2 merger to 3584.
  About 0.68 B weights, 1.35 GB.

libmtmd refuses a projector whose output width differs from its language model's, so each comes
with a one-layer language model of the same width (tiny vocabulary, never decoded).

Decode models, Q4_K_M by llama.cpp's quantizer, a few layers at the real width:

- 4B: Gemma 3 4B's blocks (gemma3 architecture: n_embd 2560, 8 heads, 4 KV heads, head width
  256, feed-forward 10240; 34 blocks, vocabulary 262144, output tied to the embedding);
- 7B: Qwen2.5-VL-7B's (qwen2vl: n_embd 3584, 28 heads, 4 KV heads, feed-forward 18944; 28
  blocks, vocabulary 152064, separate output matrix);
- 13B: Llama-2-13B's, ``bench/llm.py``'s model (llama: n_embd 5120, 40 heads, feed-forward
  13824; 40 blocks, vocabulary 32000).

The 4B and 7B files carry the tiny test vocabulary, so their output matrix is small; the bytes a
full model reads per token are computed from the measured file instead (``full_bytes_per_token``).
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from pathlib import Path

import gguf
import numpy as np

from converters.tiny_mtmd import (
    ARCH_CLIP,
    TinyMtmdShapes,
    _add_kv,
    _clip_metadata,
    _random_tensor,
    _write_gguf,
    gemma_vocab,
    llm_tensor_shapes,
    mmproj_tensor_shapes,
)
from converters.tiny_mtmd import (
    ARCH_LLM as ARCH_GEMMA3,
)
from converters.tiny_qwen2vl import (
    TinyQwen2VLShapes,
    write_tiny_qwen2vl,
    write_tiny_qwen2vl_mmproj,
)

# Q6_K: 210 bytes per 256 weights; llama.cpp's Q4_K_M stores the output matrix (or the tied
# embedding that serves as one) in Q6_K.
Q6_K_BYTES_PER_WEIGHT = 210 / 256

# --- vision projectors ---------------------------------------------------------------------------

SIGLIP_896 = TinyMtmdShapes(
    n_embd=2560, n_layer=1, n_head=8, n_head_kv=4, head_dim=256, n_ff=256,  # the thin LLM
    image_size=896, patch_size=14, pool=4, v_embd=1152, v_head=16, v_ff=4304, v_layer=27)
QWEN25VL_7B = TinyQwen2VLShapes(
    n_embd=3584, n_layer=1, n_head=28, n_head_kv=4, head_dim=128, n_ff=256,  # the thin LLM
    rope_sections=(16, 24, 24, 0), image_size=560, patch_size=14,
    v_embd=1280, v_head=16, v_ff=3420, v_layer=32, n_wa_pattern=8)


def write_gemma3_llm(path: Path, s: TinyMtmdShapes, seed: int = 0) -> Path:
    """A random gemma3 language model of shape ``s`` (tiny vocabulary), matrices f16."""
    from converters.llama_gguf import _add_metadata
    from converters.tiny_llama import tiny_hparams
    vocab = gemma_vocab()
    hp = tiny_hparams(len(vocab.tokens), s.n_embd, s.n_layer, s.n_head, s.n_head_kv, s.n_ff, 8192)

    def metadata(w: gguf.GGUFWriter) -> None:
        # Gemma's head width (256) is not n_embd / n_head (320): the rope dimension count the
        # Llama writer would derive is left out, so llama.cpp takes the key length instead.
        w.add_rope_dimension_count = lambda n: None  # type: ignore[method-assign]
        _add_metadata(w, hp, vocab, "f16", "bench-random-gemma3")
        w.add_key_length(s.head_dim)
        w.add_value_length(s.head_dim)
        w.add_sliding_window(1024)
        w.add_eot_token_id(vocab.tokens.index("<end_of_turn>"))

    return _write_gguf(path, ARCH_GEMMA3, llm_tensor_shapes(len(vocab.tokens), s), metadata,
                       seed, f16=True)


def write_siglip_mmproj(path: Path, s: TinyMtmdShapes = SIGLIP_896, seed: int = 0) -> Path:
    """The SigLIP-896 + Gemma 3 projector of shape ``s`` (tiny_mtmd's tensors), matrices f16
    but the learned positions f32, as llama.cpp's converter stores them: ggml's CPU add of
    the positions (4096, 1152) to the patches takes no f16 operand."""
    final = Path(path)
    partial = final.with_name(final.name + ".partial")
    writer = gguf.GGUFWriter(partial, ARCH_CLIP)
    writer.add_name("bench-random-siglip-896-mmproj")
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
    for key, value in _clip_metadata(s, s.n_embd).items():
        _add_kv(writer, key, value)
    for index, (name, shape) in enumerate(mmproj_tensor_shapes(s.n_embd, s).items()):
        data = _random_tensor(name, shape, np.random.default_rng([seed, index]))
        f16 = data.ndim > 1 and name != "v.position_embd.weight"
        writer.add_tensor(name, data.astype(np.float16) if f16 else data)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    partial.replace(final)
    return final


@dataclass(frozen=True)
class Projector:
    """A vision projector of the bench: its files are written by ``write(folder)``."""

    key: str
    label: str

    def write(self, folder: Path) -> tuple[Path, Path]:
        """(thin LLM, mmproj) in ``folder``, written when absent."""
        folder.mkdir(parents=True, exist_ok=True)
        llm, mmproj = folder / f"{self.key}-llm.gguf", folder / f"{self.key}-mmproj.gguf"
        if not (llm.is_file() and mmproj.is_file()):
            start = time.perf_counter()
            if self.key == "siglip-896":
                write_gemma3_llm(llm, SIGLIP_896)
                write_siglip_mmproj(mmproj)
            else:
                write_tiny_qwen2vl(llm, s=QWEN25VL_7B)
                write_tiny_qwen2vl_mmproj(mmproj, QWEN25VL_7B.n_embd, s=QWEN25VL_7B)
            print(f"wrote {mmproj.name} ({mmproj.stat().st_size / 1e9:.2f} GB) in "
                  f"{time.perf_counter() - start:.0f} s", flush=True)
        return llm, mmproj


PROJECTORS = (Projector("siglip-896", "SigLIP-400M at 896 px (MedGemma, Gemma 3), f16"),
              Projector("qwen2.5-vl", "Qwen2.5-VL-7B vision tower, f16"))

# --- decode models -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DecodeModel:
    """One LLM size: measured with ``layers`` blocks, scaled by bytes to ``full_layers``."""

    key: str
    label: str
    n_embd: int
    layers: int        # blocks in the measured file
    full_layers: int   # blocks of the real model
    full_vocab: int    # vocabulary of the real model (its output matrix is read every token)


DECODE_MODELS = (
    DecodeModel("4b", "4B (Gemma 3 4B blocks)", 2560, 8, 34, 262144),
    DecodeModel("7b", "7B (Qwen2.5-VL-7B blocks)", 3584, 4, 28, 152064),
    DecodeModel("13b", "13B (Llama-2-13B blocks)", 5120, 2, 40, 32000),
)


def _f16_decode_file(model: DecodeModel, f16: Path) -> None:
    if model.key == "4b":
        s = TinyMtmdShapes(n_embd=2560, n_layer=model.layers, n_head=8, n_head_kv=4,
                           head_dim=256, n_ff=10240)
        write_gemma3_llm(f16, s)
    elif model.key == "7b":
        s7 = dataclasses.replace(QWEN25VL_7B, n_layer=model.layers, n_ff=18944)
        write_tiny_qwen2vl(f16, s=s7)
    else:
        raise ValueError(model.key)


def build_decode_model(model: DecodeModel, work: Path, threads: int) -> Path:
    """The cached Q4_K_M file of ``model`` in ``work`` (built when absent; the f16 removed)."""
    if model.key == "13b":
        from bench.llm import build_model  # Llama-2-13B width, the 32000-piece vocabulary
        return build_model(work, model.layers, threads)
    from converters.quantize import quantize_gguf
    q4 = work / f"{model.key}-{model.layers}L-q4_k_m.gguf"
    if q4.is_file():
        return q4
    f16 = work / f"{model.key}-{model.layers}L-f16.gguf"
    start = time.perf_counter()
    partial = q4.with_name(q4.name + ".partial")  # a run stopped midway leaves no "cached" file
    _f16_decode_file(model, f16)
    quantize_gguf(f16, partial, "Q4_K_M", threads=threads)
    f16.unlink()
    partial.replace(q4)
    print(f"built {q4.name} ({q4.stat().st_size / 1e9:.2f} GB) in "
          f"{time.perf_counter() - start:.0f} s", flush=True)
    return q4


def tensor_bytes(path: Path) -> dict[str, int]:
    """Bytes of every tensor of a GGUF, by name."""
    return {t.name: int(t.n_bytes) for t in gguf.GGUFReader(path).tensors}


def bytes_per_token(sizes: dict[str, int]) -> int:
    """Bytes a decoded token reads: every tensor but the input embedding (a row lookup), which
    is read in full when it doubles as the output matrix (tied, as in Gemma)."""
    total = sum(sizes.values())
    return total if "output.weight" not in sizes else total - sizes["token_embd.weight"]


def full_bytes_per_token(model: DecodeModel, sizes: dict[str, int]) -> int:
    """Bytes per token of the full model: the measured blocks' mean size x ``full_layers``, the
    output norm as measured, and the output matrix at the real vocabulary in Q6_K."""
    blocks = sum(n for name, n in sizes.items() if name.startswith("blk."))
    other = sum(n for name, n in sizes.items()
                if not name.startswith("blk.") and name not in ("token_embd.weight", "output.weight"))
    output = model.full_vocab * model.n_embd * Q6_K_BYTES_PER_WEIGHT
    return int(blocks / model.layers * model.full_layers + other + output)
