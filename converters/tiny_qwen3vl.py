"""A tiny random-weight Qwen3-VL pair for tests: a language model GGUF and its mmproj GGUF.

Both files use the llama.cpp formats of Qwen3-VL, so llama.cpp and libmtmd load and run them as
they would Qwen3-VL-4B-Instruct and its vision tower, in milliseconds:

- ``llm.gguf``: architecture ``qwen3vl``: Qwen3's blocks (RMSNorm, q/k/v projections without
  biases, RMS q/k norms per head, SwiGLU feed-forward), the output tied to the token embedding
  (as in the 2B and 4B models) and interleaved M-RoPE (``qwen3vl.rope.dimension_sections``).
  "DeepStack": ``qwen3vl.n_deepstack_layers`` extra slices of image features ride along with
  each image embedding, so the LLM's input width (``llama_model_n_embd_inp``) is
  n_embd x (1 + n_deepstack_layers); layer i adds slice i + 1 to its output. Text tokens are
  padded with zeros to that width by llama.cpp itself. Vocabulary and ChatML template are those of
  ``converters.tiny_qwen2vl`` (Qwen's control tokens, ``<|im_end|>`` ends a turn).
- ``mmproj.gguf``: architecture ``clip`` with projector type ``qwen3vl_merger``: two biased patch
  convolutions (Qwen's temporal-patch Conv3D split in two), a learned position grid that libmtmd
  resizes bilinearly to each photo, LayerNorm blocks with one fused qkv projection and GELU MLPs,
  the merger (LayerNorm ``v.post_ln`` per patch, then ``mm.0`` -> GELU -> ``mm.2`` on 2x2 merged
  patches) and, for each block listed in ``deepstack_blocks``, a DeepStack merger
  (``v.deepstack.<block>.{norm,fc1,fc2}``: LayerNorm on the merged 2x2 patches, fc1 -> GELU ->
  fc2 to the LLM width). libmtmd counts those mergers to size its output:
  n_embd x (1 + number of DeepStack mergers), which must equal the LLM's input width.

Image token counts. libmtmd sizes a Qwen3-VL image as it does a Qwen2.5-VL one: aspect ratio
kept, sides rounded to multiples of 2 x patch, 8..4096 merged tokens, no pixel-limit keys read
for this projector; see ``converters.tiny_qwen2vl``. The same 56-pixel patches (Qwen3-VL's are
16) therefore give the same counts: a 300x200 photo takes 12 image tokens on 4 M-RoPE positions,
a 1000x800 photo 63 on 9. Qwen3-VL has no window attention, so nothing else bounds the patch.

Weights are seeded Gaussians like those of ``converters.tiny_mtmd`` (which writes the files):
norms 1, biases 0, matrices 1/sqrt(fan-in); matrices are f16, vectors and the position grid f32
(as llama.cpp's converter stores them). The same arguments give byte-identical files.

Usage: ``python -m converters.tiny_mtmd OUT_DIR --arch qwen3vl [--pack]``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import gguf

from converters.llama_gguf import _add_metadata
from converters.tiny_gguf import ARCH_CLIP, TinyPairKind, add_kv, tiny_card, write_gguf
from converters.tiny_qwen2vl import CHAT_TEMPLATE, MERGE, qwen_hparams, qwen_vocab
from skingpt_desktop.core.errors import ConversionError

ARCH_LLM = gguf.MODEL_ARCH_NAMES[gguf.MODEL_ARCH.QWEN3VL]  # "qwen3vl"
PROJECTOR = gguf.VisionProjectorType.QWEN3VL  # "qwen3vl_merger"
POSITION_GRID = "v.position_embd.weight"  # kept f32: libmtmd interpolates it


@dataclass(frozen=True)
class TinyQwen3VLShapes:
    """Sizes of the tiny pair (the LLM first, then the vision tower and mergers).

    Qwen3-VL-4B for comparison: n_embd 2560, 36 layers, 32 heads (8 kv), head_dim 128, n_ff 9728,
    rope sections [24, 20, 20, 0] (interleaved), rope base 5e6, tied output; vision width 1024,
    16 heads, n_ff 4096, 24 blocks with DeepStack taps after blocks 5, 11 and 17, patch 16,
    a 48x48 position grid.
    """

    n_embd: int = 64
    n_layer: int = 2
    n_head: int = 4
    n_head_kv: int = 2
    head_dim: int = 16
    n_ff: int = 128
    rope_sections: tuple[int, int, int, int] = (3, 3, 2, 0)  # [24, 20, 20, 0] scaled to 8 pairs
    rope_theta: float = 5_000_000.0
    rms_eps: float = 1e-6
    n_ctx_train: int = 32768
    image_size: int = 224  # a 4x4 position grid of 56-pixel patches (resized to each photo)
    patch_size: int = 56  # Qwen3-VL's is 16; 56 keeps photos at few tokens (module docstring)
    v_embd: int = 32
    v_head: int = 2  # head width 16: libmtmd's vision M-RoPE takes a quarter per section
    v_ff: int = 48
    v_layer: int = 2
    deepstack_blocks: tuple[int, ...] = (0,)  # vision blocks whose outputs feed DeepStack

    @property
    def n_deepstack(self) -> int:
        return len(self.deepstack_blocks)

    @property
    def n_embd_inp(self) -> int:
        """Width of one image embedding and of the LLM's input: main slice + DeepStack slices."""
        return self.n_embd * (1 + self.n_deepstack)

    @property
    def merged_width(self) -> int:
        """Width of one merged token: 2x2 patch embeddings side by side (the mergers' input)."""
        return self.v_embd * MERGE * MERGE

    @property
    def grid_side(self) -> int:
        """Side of the learned position grid, in patches."""
        return self.image_size // self.patch_size

    def validate(self) -> None:
        """Raise ``ConversionError`` if llama.cpp could not run these sizes."""
        blocks = self.deepstack_blocks
        checks = {
            "n_head must be a multiple of n_head_kv": self.n_head % self.n_head_kv == 0,
            "rope sections must sum to head_dim / 2": sum(self.rope_sections) * 2 == self.head_dim,
            "v_embd / v_head must be a multiple of 4 (vision M-RoPE)":
                self.v_embd % self.v_head == 0 and (self.v_embd // self.v_head) % 4 == 0,
            "image_size must be a multiple of 2 x patch_size":
                self.image_size % (MERGE * self.patch_size) == 0,
            "deepstack_blocks must be distinct, increasing vision blocks":
                list(blocks) == sorted(set(blocks)) and all(0 <= b < self.v_layer for b in blocks),
            # The LLM adds DeepStack slice i + 1 after its layer i. Its last layer keeps only the
            # rows whose logits are wanted before that addition, so llama.cpp aborts on a prompt
            # if the last layer takes a slice too (real models tap the first 3 of 28..64 layers).
            "at least one DeepStack block, fewer than n_layer": 1 <= len(blocks) < self.n_layer,
        }
        failed = [rule for rule, ok in checks.items() if not ok]
        if failed:
            raise ConversionError(f"tiny Qwen3-VL shapes {self}: " + "; ".join(failed))


SHAPES = TinyQwen3VLShapes()


def llm_tensor_shapes(n_vocab: int, s: TinyQwen3VLShapes = SHAPES) -> dict[str, tuple[int, ...]]:
    """Every tensor of the qwen3vl LLM in file order, numpy (row-major) shapes (output tied)."""
    q, kv = s.n_head * s.head_dim, s.n_head_kv * s.head_dim
    block = {
        "attn_norm.weight": (s.n_embd,),
        "attn_q.weight": (q, s.n_embd), "attn_k.weight": (kv, s.n_embd), "attn_v.weight": (kv, s.n_embd),
        "attn_q_norm.weight": (s.head_dim,), "attn_k_norm.weight": (s.head_dim,),  # per head
        "attn_output.weight": (s.n_embd, q),
        "ffn_norm.weight": (s.n_embd,),
        "ffn_gate.weight": (s.n_ff, s.n_embd), "ffn_up.weight": (s.n_ff, s.n_embd),
        "ffn_down.weight": (s.n_embd, s.n_ff),
    }
    shapes: dict[str, tuple[int, ...]] = {"token_embd.weight": (n_vocab, s.n_embd)}
    for bid in range(s.n_layer):
        shapes.update({f"blk.{bid}.{kind}": shape for kind, shape in block.items()})
    shapes["output_norm.weight"] = (s.n_embd,)
    return shapes


def mmproj_tensor_shapes(n_embd_llm: int, s: TinyQwen3VLShapes = SHAPES) -> dict[str, tuple[int, ...]]:
    """Every tensor of the Qwen3-VL mmproj in file order, numpy (row-major) shapes.

    Matrices are (out, in) like ``torch.nn.Linear.weight``; ``n_embd_llm`` is the LLM's n_embd
    (one slice; the image embedding is 1 + len(deepstack_blocks) of them side by side).
    """
    d, p, m = s.v_embd, s.patch_size, s.merged_width
    shapes: dict[str, tuple[int, ...]] = {
        "v.patch_embd.weight": (d, 3, p, p),    # frame 0 of Qwen's (d, 3, 2, p, p) Conv3D
        "v.patch_embd.weight.1": (d, 3, p, p),  # frame 1; a still image goes through both
        "v.patch_embd.bias": (d,),
        POSITION_GRID: (s.grid_side ** 2, d),   # grid_side x grid_side learned positions
    }
    block = {
        "ln1.weight": (d,), "ln1.bias": (d,),
        "attn_qkv.weight": (3 * d, d), "attn_qkv.bias": (3 * d,),  # q, k, v stacked
        "attn_out.weight": (d, d), "attn_out.bias": (d,),
        "ln2.weight": (d,), "ln2.bias": (d,),
        "ffn_up.weight": (s.v_ff, d), "ffn_up.bias": (s.v_ff,),
        "ffn_down.weight": (d, s.v_ff), "ffn_down.bias": (d,),
    }
    for bid in range(s.v_layer):
        shapes.update({f"v.blk.{bid}.{kind}": shape for kind, shape in block.items()})
    deepstack = {
        "norm.weight": (m,), "norm.bias": (m,),                          # LayerNorm of 2x2 patches
        "fc1.weight": (m, m), "fc1.bias": (m,),
        "fc2.weight": (n_embd_llm, m), "fc2.bias": (n_embd_llm,),      # -> one LLM-width slice
    }
    for bid in s.deepstack_blocks:
        shapes.update({f"v.deepstack.{bid}.{kind}": shape for kind, shape in deepstack.items()})
    shapes.update({
        "v.post_ln.weight": (d,), "v.post_ln.bias": (d,),              # merger LayerNorm, per patch
        "mm.0.weight": (m, m), "mm.0.bias": (m,),                      # 2x2 patches -> hidden
        "mm.2.weight": (n_embd_llm, m), "mm.2.bias": (n_embd_llm,),    # hidden -> LLM width
    })
    return shapes


def write_tiny_qwen3vl(path: str | os.PathLike[str], seed: int = 0,
                       s: TinyQwen3VLShapes = SHAPES) -> Path:
    """Write the tiny random qwen3vl LLM to ``path`` and return the path (deterministic)."""
    s.validate()
    vocab = qwen_vocab()
    hp = qwen_hparams(vocab, s)  # type: ignore[arg-type]  # the same fields as Qwen2.5-VL's

    def metadata(w: gguf.GGUFWriter) -> None:
        # The Llama writer's keys (sizes, rope base, RMS eps, SentencePiece vocabulary) under the
        # "qwen3vl." prefix, then head width, M-RoPE sections, DeepStack and the chat format.
        _add_metadata(w, hp, vocab, "f16", "tiny-random-qwen3-vl")
        w.add_key_length(s.head_dim)
        w.add_value_length(s.head_dim)
        w.add_rope_dimension_sections(list(s.rope_sections))
        w.add_num_deepstack_layers(s.n_deepstack)
        w.add_eot_token_id(vocab.eos_id)  # <|im_end|>
        w.add_chat_template(CHAT_TEMPLATE)

    return write_gguf(path, ARCH_LLM, llm_tensor_shapes(len(vocab.tokens), s), metadata, seed, f16=True)


def clip_metadata(s: TinyQwen3VLShapes, n_embd_llm: int) -> dict[str, object]:
    """clip.* keys of the mmproj (scalars and float arrays); image mean/std are Qwen3-VL's."""
    return {
        "clip.projector_type": PROJECTOR,
        "clip.has_vision_encoder": True,
        "clip.use_gelu": True,
        "clip.vision.image_size": s.image_size,
        "clip.vision.patch_size": s.patch_size,
        "clip.vision.embedding_length": s.v_embd,
        "clip.vision.feed_forward_length": s.v_ff,
        "clip.vision.block_count": s.v_layer,
        "clip.vision.attention.head_count": s.v_head,
        "clip.vision.attention.layer_norm_epsilon": s.rms_eps,
        "clip.vision.projection_dim": n_embd_llm,
        "clip.vision.spatial_merge_size": MERGE,
        "clip.vision.image_mean": [0.5, 0.5, 0.5],
        "clip.vision.image_std": [0.5, 0.5, 0.5],
    }


def write_tiny_qwen3vl_mmproj(path: str | os.PathLike[str], n_embd_llm: int = SHAPES.n_embd,
                              seed: int = 0, s: TinyQwen3VLShapes = SHAPES) -> Path:
    """Write the tiny random Qwen3-VL mmproj to ``path`` and return the path (deterministic).

    ``n_embd_llm`` is the n_embd of the LLM the image embeddings are fed to; libmtmd makes
    embeddings n_embd_llm x (1 + len(s.deepstack_blocks)) wide.
    """
    s.validate()
    if n_embd_llm <= 0:
        raise ConversionError(f"n_embd_llm must be positive, got {n_embd_llm}")

    def metadata(w: gguf.GGUFWriter) -> None:
        w.add_name("tiny-random-qwen3-vl-mmproj")
        w.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
        for key, value in clip_metadata(s, n_embd_llm).items():
            add_kv(w, key, value)
        # Written by llama.cpp's converter for information; libmtmd finds the DeepStack blocks
        # by their tensors.
        w.add_vision_is_deepstack_layers([b in s.deepstack_blocks for b in range(s.v_layer)])

    return write_gguf(path, ARCH_CLIP, mmproj_tensor_shapes(n_embd_llm, s), metadata, seed, f16=True,
                       keep_f32=frozenset({POSITION_GRID}))


TINY_QWEN3VL_CARD = tiny_card(
    "Random weights generated by converters/tiny_mtmd.py (converters/tiny_qwen3vl.py) "
    "in the shape of Qwen3-VL and its vision tower; not trained on anything.")
TINY_QWEN3VL_N_CTX = 4096  # room for large photos: a 12 MP phone photo takes 972 image tokens

# The pair as ``python -m converters.tiny_mtmd --arch qwen3vl`` writes it.
PAIR = TinyPairKind(
    lambda path, seed: write_tiny_qwen3vl(path, seed=seed),
    lambda path, seed: write_tiny_qwen3vl_mmproj(path, seed=seed),
    "tiny-mtmd-qwen3vl", "Tiny random mtmd test pack (Qwen3-VL shape)", "chatml", TINY_QWEN3VL_CARD,
    SHAPES.n_layer, SHAPES.n_head_kv * SHAPES.head_dim, TINY_QWEN3VL_N_CTX)
