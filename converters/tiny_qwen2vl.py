"""A tiny random-weight Qwen2.5-VL pair for tests: a language model GGUF and its mmproj GGUF.

Both files use the llama.cpp formats of Qwen2.5-VL, so llama.cpp and libmtmd load and run them
as they would Qwen2.5-VL-7B-Instruct and its vision tower, in milliseconds:

- ``llm.gguf``: architecture ``qwen2vl`` (llama.cpp's name for the Qwen2-VL and Qwen2.5-VL
  language models): RMSNorm, q/k/v projections with biases, SwiGLU feed-forward, a separate
  output matrix (as in the 7B model), and M-RoPE: the rotary dimensions of a head are split in
  ``qwen2vl.rope.dimension_sections`` (time, height, width, unused) so image tokens take 2-D
  positions. The vocabulary is the SentencePiece byte-fallback one of ``converters.tiny_llama``
  (llama.cpp tokenizes it whatever the architecture; real Qwen uses byte-level BPE) with Qwen's
  control tokens ``<|endoftext|>``, ``<|im_start|>``, ``<|im_end|>``, ``<|vision_start|>``,
  ``<|vision_end|>``; ``<|im_end|>`` ends a turn (eos and eot) and a ChatML template is stored.
- ``mmproj.gguf``: architecture ``clip`` with projector type ``qwen2.5vl_merger``: two patch
  convolutions (Qwen's temporal-patch Conv3D split in two, summed for a still image), RMSNorm
  blocks with biased attention and SwiGLU feed-forwards, window attention in every block but
  each ``n_wa_pattern``-th, the merger's RMSNorm (``v.post_ln``) and its two-layer GELU MLP
  (``mm.0``, ``mm.2``) from 2x2 merged patches to the LLM width.

Image token counts. libmtmd sizes a Qwen2.5-VL image itself: it keeps the photo's aspect ratio,
rounds the sides to multiples of 2 x patch and keeps 8..4096 merged tokens; this llama.cpp
version reads no pixel-limit keys (``clip.vision.image_max_pixels``) for this projector, so the
patch size alone sets the cost of a photo. One image token covers (2 x patch)^2 pixels, so the
tiny tower uses 56-pixel patches (Qwen's are 14): a 300x200 photo gives 12 image tokens (on 4
M-RoPE positions), a 1000x800 photo 63 (9 positions), a 4032x3024 phone photo 972 (the pack's
context is 4096). libmtmd's window attention is fixed at 112 pixels, i.e. one merged token per
window here (4x4 in the real model); 56 is the largest patch for which that still works.

Weights are seeded Gaussians like those of ``converters.tiny_mtmd`` (which writes the files):
norms 1, biases 0, matrices 1/sqrt(fan-in); matrices are f16 in both files, vectors f32. The
same arguments give byte-identical files.

Usage: ``python -m converters.tiny_mtmd OUT_DIR --arch qwen2vl [--pack]``.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

import gguf

from converters.llama_gguf import LlamaHParams, SentencePieceVocab, _add_metadata
from converters.tiny_gguf import ARCH_CLIP, TinyPairKind, add_kv, tiny_card, write_gguf
from converters.tiny_llama import tiny_hparams, tiny_vocab
from skingpt_desktop.core.errors import ConversionError

ARCH_LLM = gguf.MODEL_ARCH_NAMES[gguf.MODEL_ARCH.QWEN2VL]  # "qwen2vl"
PROJECTOR = gguf.VisionProjectorType.QWEN25VL  # "qwen2.5vl_merger"
MERGE = 2  # libmtmd's Qwen2.5-VL graph always merges 2x2 patches into one token
WINDOW_PIXELS = 112  # libmtmd's fixed window-attention side for Qwen2.5-VL, in pixels


@dataclass(frozen=True)
class TinyQwen2VLShapes:
    """Sizes of the tiny pair (the LLM first, then the vision tower and merger).

    Qwen2.5-VL-7B for comparison: n_embd 3584, 28 layers, 28 heads (4 kv), head_dim 128,
    n_ff 18944, rope sections [16, 24, 24, 0], rope base 1e6; vision width 1280, 16 heads,
    n_ff 3420, 32 blocks, full attention every 8th block, patch 14.
    """

    n_embd: int = 64
    n_layer: int = 2
    n_head: int = 4
    n_head_kv: int = 2
    head_dim: int = 16
    n_ff: int = 128
    rope_sections: tuple[int, int, int, int] = (2, 3, 3, 0)  # [16, 24, 24, 0] scaled to 8 pairs
    rope_theta: float = 1_000_000.0
    rms_eps: float = 1e-6
    n_ctx_train: int = 32768
    image_size: int = 224  # 4x4 patches, 2x2 image tokens (libmtmd sizes real photos itself)
    patch_size: int = 56  # Qwen's is 14; 56 keeps photos at few tokens (module docstring)
    v_embd: int = 32
    v_head: int = 2  # head width 16: libmtmd's vision M-RoPE takes a quarter per section
    v_ff: int = 48  # must differ from v_embd: libmtmd swaps up/down of square-looking FFNs
    v_layer: int = 2
    n_wa_pattern: int = 2  # block 0 attends within windows, block 1 to the whole image

    @property
    def merged_width(self) -> int:
        """Width of one merged token: 2x2 patch embeddings side by side (the merger input)."""
        return self.v_embd * MERGE * MERGE

    def validate(self) -> None:
        """Raise ``ConversionError`` if llama.cpp could not run these sizes."""
        token_side = MERGE * self.patch_size  # pixels per image token side
        checks = {
            "n_head x head_dim must equal n_embd (qwen2vl's output projection is square)":
                self.n_head * self.head_dim == self.n_embd,
            "n_head must be a multiple of n_head_kv": self.n_head % self.n_head_kv == 0,
            "rope sections must sum to head_dim / 2": sum(self.rope_sections) * 2 == self.head_dim,
            "v_embd / v_head must be a multiple of 4 (vision M-RoPE)":
                self.v_embd % self.v_head == 0 and (self.v_embd // self.v_head) % 4 == 0,
            "v_ff must differ from v_embd": self.v_ff != self.v_embd,
            "image_size must be a multiple of 2 x patch_size": self.image_size % token_side == 0,
            # libmtmd steps through windows of WINDOW_PIXELS // token_side tokens: 0 never ends
            "a window (112 px) must hold at least one merged token": WINDOW_PIXELS // token_side >= 1,
            "n_wa_pattern must be in 1..v_layer": 1 <= self.n_wa_pattern <= self.v_layer,
        }
        failed = [rule for rule, ok in checks.items() if not ok]
        if failed:
            raise ConversionError(f"tiny Qwen2.5-VL shapes {self}: " + "; ".join(failed))


SHAPES = TinyQwen2VLShapes()

# Qwen's control tokens: the first two take the places of the base vocabulary's <s> and </s>.
_BOS, _EOS = "<|endoftext|>", "<|im_end|>"
_SPECIALS = ("<|im_start|>", "<|vision_start|>", "<|vision_end|>")

# ChatML, as Qwen2.5-VL-Instruct formats a conversation (without its default system message).
CHAT_TEMPLATE = (
    "{%- for message in messages -%}"
    "{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}"
    "{%- endfor -%}"
    "{%- if add_generation_prompt -%}{{ '<|im_start|>assistant\\n' }}{%- endif -%}"
)


def qwen_vocab() -> SentencePieceVocab:
    """The tiny SentencePiece vocabulary with Qwen's control tokens, no BOS, no space prefix."""
    base = tiny_vocab()
    tokens = list(base.tokens)
    tokens[base.bos_id], tokens[base.eos_id] = _BOS, _EOS
    tokens += _SPECIALS
    return dataclasses.replace(
        base, tokens=tokens, scores=list(base.scores) + [0.0] * len(_SPECIALS),
        token_types=list(base.token_types) + [int(gguf.TokenType.CONTROL)] * len(_SPECIALS),
        pad_id=base.bos_id, add_bos=False, add_space_prefix=False,
    )


def llm_tensor_shapes(n_vocab: int, s: TinyQwen2VLShapes = SHAPES) -> dict[str, tuple[int, ...]]:
    """Every tensor of the qwen2vl LLM in file order, numpy (row-major) shapes."""
    q, kv = s.n_head * s.head_dim, s.n_head_kv * s.head_dim
    block = {
        "attn_norm.weight": (s.n_embd,),
        "attn_q.weight": (q, s.n_embd), "attn_q.bias": (q,),
        "attn_k.weight": (kv, s.n_embd), "attn_k.bias": (kv,),
        "attn_v.weight": (kv, s.n_embd), "attn_v.bias": (kv,),
        "attn_output.weight": (s.n_embd, q),
        "ffn_norm.weight": (s.n_embd,),
        "ffn_gate.weight": (s.n_ff, s.n_embd), "ffn_up.weight": (s.n_ff, s.n_embd),
        "ffn_down.weight": (s.n_embd, s.n_ff),
    }
    shapes: dict[str, tuple[int, ...]] = {"token_embd.weight": (n_vocab, s.n_embd)}
    for bid in range(s.n_layer):
        shapes.update({f"blk.{bid}.{kind}": shape for kind, shape in block.items()})
    shapes["output_norm.weight"] = (s.n_embd,)
    shapes["output.weight"] = (n_vocab, s.n_embd)
    return shapes


def mmproj_tensor_shapes(n_embd_llm: int, s: TinyQwen2VLShapes = SHAPES) -> dict[str, tuple[int, ...]]:
    """Every tensor of the Qwen2.5-VL mmproj in file order, numpy (row-major) shapes.

    The patch convolutions have no bias and there are no learned positions (M-RoPE instead);
    matrices are (out, in) like ``torch.nn.Linear.weight``.
    """
    d, p, m = s.v_embd, s.patch_size, s.merged_width
    shapes: dict[str, tuple[int, ...]] = {
        "v.patch_embd.weight": (d, 3, p, p),    # frame 0 of Qwen's (d, 3, 2, p, p) Conv3D
        "v.patch_embd.weight.1": (d, 3, p, p),  # frame 1; a still image goes through both
    }
    block = {
        "ln1.weight": (d,),
        "attn_q.weight": (d, d), "attn_q.bias": (d,), "attn_k.weight": (d, d), "attn_k.bias": (d,),
        "attn_v.weight": (d, d), "attn_v.bias": (d,), "attn_out.weight": (d, d), "attn_out.bias": (d,),
        "ln2.weight": (d,),
        "ffn_gate.weight": (s.v_ff, d), "ffn_gate.bias": (s.v_ff,),
        "ffn_up.weight": (s.v_ff, d), "ffn_up.bias": (s.v_ff,),
        "ffn_down.weight": (d, s.v_ff), "ffn_down.bias": (d,),
    }
    for bid in range(s.v_layer):
        shapes.update({f"v.blk.{bid}.{kind}": shape for kind, shape in block.items()})
    shapes.update({
        "v.post_ln.weight": (d,),                                  # merger RMSNorm (ln_q)
        "mm.0.weight": (m, m), "mm.0.bias": (m,),                  # 2x2 patches -> hidden
        "mm.2.weight": (n_embd_llm, m), "mm.2.bias": (n_embd_llm,),  # hidden -> LLM width
    })
    return shapes


def qwen_hparams(vocab: SentencePieceVocab, s: TinyQwen2VLShapes) -> LlamaHParams:
    """The Llama writer's hyper-parameters for a tiny Qwen LLM of shapes ``s`` (Qwen2.5-VL's or
    Qwen3-VL's: the same fields), checked against each other and the vocabulary."""
    hp = dataclasses.replace(
        tiny_hparams(len(vocab.tokens), s.n_embd, s.n_layer, s.n_head, s.n_head_kv, s.n_ff, s.n_ctx_train),
        rope_theta=s.rope_theta, rms_eps=s.rms_eps)
    hp.validate()
    vocab.validate(hp.n_vocab)
    return hp


def write_tiny_qwen2vl(path: str | os.PathLike[str], seed: int = 0,
                       s: TinyQwen2VLShapes = SHAPES) -> Path:
    """Write the tiny random qwen2vl LLM to ``path`` and return the path (deterministic)."""
    s.validate()
    vocab = qwen_vocab()
    hp = qwen_hparams(vocab, s)

    def metadata(w: gguf.GGUFWriter) -> None:
        # The Llama writer's keys (sizes, rope base, RMS eps, SentencePiece vocabulary) under the
        # "qwen2vl." prefix, then M-RoPE's sections and the chat format.
        _add_metadata(w, hp, vocab, "f16", "tiny-random-qwen2.5-vl")
        w.add_rope_dimension_sections(list(s.rope_sections))
        w.add_eot_token_id(vocab.tokens.index(_EOS))
        w.add_chat_template(CHAT_TEMPLATE)

    return write_gguf(path, ARCH_LLM, llm_tensor_shapes(len(vocab.tokens), s), metadata, seed, f16=True)


def clip_metadata(s: TinyQwen2VLShapes, n_embd_llm: int) -> dict[str, object]:
    """clip.* keys of the mmproj; image mean/std are OpenAI CLIP's, which Qwen2.5-VL uses."""
    return {
        "clip.projector_type": PROJECTOR,
        "clip.has_vision_encoder": True,
        "clip.use_silu": True,  # SwiGLU blocks
        "clip.vision.image_size": s.image_size,
        "clip.vision.patch_size": s.patch_size,
        "clip.vision.embedding_length": s.v_embd,
        "clip.vision.feed_forward_length": s.v_ff,
        "clip.vision.block_count": s.v_layer,
        "clip.vision.attention.head_count": s.v_head,
        "clip.vision.attention.layer_norm_epsilon": s.rms_eps,
        "clip.vision.projection_dim": n_embd_llm,
        "clip.vision.spatial_merge_size": MERGE,
        "clip.vision.n_wa_pattern": s.n_wa_pattern,
        "clip.vision.image_mean": [0.48145466, 0.4578275, 0.40821073],
        "clip.vision.image_std": [0.26862954, 0.26130258, 0.27577711],
    }


def write_tiny_qwen2vl_mmproj(path: str | os.PathLike[str], n_embd_llm: int = SHAPES.n_embd,
                              seed: int = 0, s: TinyQwen2VLShapes = SHAPES) -> Path:
    """Write the tiny random Qwen2.5-VL mmproj to ``path`` and return the path (deterministic).

    ``n_embd_llm`` is the width of the LLM the image embeddings are fed to.
    """
    s.validate()
    if n_embd_llm <= 0:
        raise ConversionError(f"n_embd_llm must be positive, got {n_embd_llm}")

    def metadata(w: gguf.GGUFWriter) -> None:
        w.add_name("tiny-random-qwen2.5-vl-mmproj")
        w.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
        for key, value in clip_metadata(s, n_embd_llm).items():
            add_kv(w, key, value)

    # Matrices and convolutions f16 (as published Qwen2.5-VL mmproj files): 56-pixel patches make
    # the two patch convolutions the bulk of the file.
    return write_gguf(path, ARCH_CLIP, mmproj_tensor_shapes(n_embd_llm, s), metadata, seed, f16=True)


TINY_QWEN2VL_CARD = tiny_card(
    "Random weights generated by converters/tiny_mtmd.py (converters/tiny_qwen2vl.py) "
    "in the shape of Qwen2.5-VL and its vision tower; not trained on anything.")
TINY_QWEN2VL_N_CTX = 4096  # room for large photos: a 12 MP phone photo takes 972 image tokens

# The pair as ``python -m converters.tiny_mtmd --arch qwen2vl`` writes it.
PAIR = TinyPairKind(
    lambda path, seed: write_tiny_qwen2vl(path, seed=seed),
    lambda path, seed: write_tiny_qwen2vl_mmproj(path, seed=seed),
    "tiny-mtmd-qwen2vl", "Tiny random mtmd test pack (Qwen2.5-VL shape)", "chatml", TINY_QWEN2VL_CARD,
    SHAPES.n_layer, SHAPES.n_head_kv * SHAPES.head_dim, TINY_QWEN2VL_N_CTX)
