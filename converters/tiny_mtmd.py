"""Tiny random-weight multimodal pairs for tests: a language model GGUF and its mmproj GGUF.

Three shapes: Gemma 3 (``--arch gemma3``, the default, described below), Qwen2.5-VL
(``--arch qwen2vl``: shapes and metadata in ``converters.tiny_qwen2vl``) and Qwen3-VL
(``--arch qwen3vl``: ``converters.tiny_qwen3vl``). This module holds the shared GGUF writer, the
pack writer and the command line.

Both files use the real llama.cpp formats, so llama.cpp and its multimodal library (libmtmd) load
and run them exactly as they would Gemma 3 4B and its vision projector, in milliseconds:

- ``llm.gguf``: architecture ``gemma3`` (RMSNorm before and after attention and feed-forward,
  q/k norms, GeGLU feed-forward, sliding-window attention, output tied to the token embedding)
  with the SentencePiece byte-fallback vocabulary of ``converters.tiny_llama`` plus Gemma's
  control tokens (``<bos>``, ``<eos>``, ``<start_of_turn>``, ``<end_of_turn>``,
  ``<start_of_image>``, ``<end_of_image>``) and a Gemma-style chat template.
- ``mmproj.gguf``: architecture ``clip`` with projector type ``gemma3``: a SigLIP-shaped vision
  transformer (conv patch embedding, learned positions, pre-norm blocks with GELU MLPs, final
  LayerNorm), then Gemma 3's projector: average pooling of the patch grid, an RMS "soft
  embedding" norm and a linear input projection to the LLM width.

libmtmd wraps every image's embeddings in the text ``<start_of_image>`` ... ``<end_of_image>``;
both are single control tokens of the vocabulary here, as in Gemma's own.

Weights are Gaussian with a fixed seed (one generator per tensor), scaled by 1/sqrt(fan-in) so
activations stay O(1); norm weights are 1 and biases 0 (their neutral values). The same
arguments give byte-identical files.

Usage: ``python -m converters.tiny_mtmd OUT_DIR [--arch gemma3|qwen2vl|qwen3vl] [--pack]`` writes
``OUT_DIR/llm.gguf`` and ``OUT_DIR/mmproj.gguf``, with ``--pack`` also the manifest of an mtmd
pack (conversation format "gemma" or "chatml").
"""

from __future__ import annotations

import argparse
import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

import gguf

from converters import tiny_qwen2vl, tiny_qwen3vl
from converters.llama_gguf import SentencePieceVocab, _add_metadata
from converters.tiny_gguf import ARCH_CLIP, TinyPairKind, add_kv, tiny_card, write_gguf
from converters.tiny_llama import tiny_hparams, tiny_vocab
from skingpt_desktop.core.packs.memory import mtmd_pack_memory
from skingpt_desktop.core.packs.pack import (
    LLM_FILE,
    MMPROJ_FILE,
    build_manifest,
    write_manifest,
)

ARCH_LLM = gguf.MODEL_ARCH_NAMES[gguf.MODEL_ARCH.GEMMA3]  # "gemma3"


@dataclass(frozen=True)
class TinyMtmdShapes:
    """Sizes of the tiny pair (the LLM first, then the vision tower and projector)."""

    n_embd: int = 64
    n_layer: int = 2
    n_head: int = 4
    n_head_kv: int = 2
    head_dim: int = 16
    n_ff: int = 128
    sliding_window: int = 512
    image_size: int = 64
    patch_size: int = 16
    pool: int = 2  # Gemma 3 averages pool x pool patches into one image token (4 in the real model)
    v_embd: int = 32
    v_head: int = 2
    v_ff: int = 96
    v_layer: int = 2

    @property
    def patches_per_side(self) -> int:
        return self.image_size // self.patch_size

    @property
    def tokens_per_image(self) -> int:
        """Embeddings (LLM positions) one image takes."""
        return (self.patches_per_side // self.pool) ** 2


SHAPES = TinyMtmdShapes()

# Gemma's control tokens; <bos>/<eos> take the places of the base vocabulary's <s>/</s>.
_SPECIALS = ("<start_of_turn>", "<end_of_turn>", "<start_of_image>", "<end_of_image>")

# A compact Gemma chat template: a system message is folded into the first user turn and the
# assistant's turns are called "model", as in Gemma's own template.
CHAT_TEMPLATE = (
    "{{ bos_token }}"
    "{%- if messages[0]['role'] == 'system' -%}"
    "{%- set first_prefix = messages[0]['content'] + '\\n\\n' -%}"
    "{%- set loop_messages = messages[1:] -%}"
    "{%- else -%}"
    "{%- set first_prefix = '' -%}"
    "{%- set loop_messages = messages -%}"
    "{%- endif -%}"
    "{%- for message in loop_messages -%}"
    "{%- set role = 'model' if message['role'] == 'assistant' else message['role'] -%}"
    "{{ '<start_of_turn>' + role + '\\n' + (first_prefix if loop.first else '')"
    " + message['content'] | trim + '<end_of_turn>\\n' }}"
    "{%- endfor -%}"
    "{%- if add_generation_prompt -%}{{ '<start_of_turn>model\\n' }}{%- endif -%}"
)


def gemma_vocab() -> SentencePieceVocab:
    """The tiny SentencePiece vocabulary with Gemma's control tokens (no space prefix)."""
    base = tiny_vocab()
    tokens = list(base.tokens)
    tokens[base.bos_id], tokens[base.eos_id] = "<bos>", "<eos>"
    tokens += _SPECIALS
    return dataclasses.replace(
        base, tokens=tokens, scores=list(base.scores) + [0.0] * len(_SPECIALS),
        token_types=list(base.token_types) + [int(gguf.TokenType.CONTROL)] * len(_SPECIALS),
        add_space_prefix=False,
    )


def llm_tensor_shapes(n_vocab: int, s: TinyMtmdShapes = SHAPES) -> dict[str, tuple[int, ...]]:
    """Every tensor of the gemma3 LLM in file order, numpy (row-major) shapes."""
    q, kv = s.n_head * s.head_dim, s.n_head_kv * s.head_dim
    block = {
        "attn_norm": (s.n_embd,), "attn_q": (q, s.n_embd), "attn_k": (kv, s.n_embd),
        "attn_v": (kv, s.n_embd), "attn_q_norm": (s.head_dim,), "attn_k_norm": (s.head_dim,),
        "attn_output": (s.n_embd, q), "post_attention_norm": (s.n_embd,), "ffn_norm": (s.n_embd,),
        "ffn_gate": (s.n_ff, s.n_embd), "ffn_up": (s.n_ff, s.n_embd), "ffn_down": (s.n_embd, s.n_ff),
        "post_ffw_norm": (s.n_embd,),
    }
    shapes = {"token_embd.weight": (n_vocab, s.n_embd)}
    for bid in range(s.n_layer):
        shapes.update({f"blk.{bid}.{kind}.weight": shape for kind, shape in block.items()})
    shapes["output_norm.weight"] = (s.n_embd,)
    return shapes


def mmproj_tensor_shapes(n_embd_llm: int, s: TinyMtmdShapes = SHAPES) -> dict[str, tuple[int, ...]]:
    """Every tensor of the gemma3 mmproj in file order, numpy (row-major) shapes.

    ``mm.input_projection.weight`` is stored (vision width, LLM width), the transpose of a
    linear layer's weight, which is how llama.cpp's gemma3 projector reads it.
    """
    d, p = s.v_embd, s.patch_size
    shapes = {
        "v.patch_embd.weight": (d, 3, p, p), "v.patch_embd.bias": (d,),
        "v.position_embd.weight": (s.patches_per_side ** 2, d),
    }
    block = {
        "ln1.weight": (d,), "ln1.bias": (d,),
        "attn_q.weight": (d, d), "attn_q.bias": (d,), "attn_k.weight": (d, d), "attn_k.bias": (d,),
        "attn_v.weight": (d, d), "attn_v.bias": (d,), "attn_out.weight": (d, d), "attn_out.bias": (d,),
        "ln2.weight": (d,), "ln2.bias": (d,),
        "ffn_up.weight": (s.v_ff, d), "ffn_up.bias": (s.v_ff,),
        "ffn_down.weight": (d, s.v_ff), "ffn_down.bias": (d,),
    }
    for bid in range(s.v_layer):
        shapes.update({f"v.blk.{bid}.{kind}": shape for kind, shape in block.items()})
    shapes.update({
        "v.post_ln.weight": (d,), "v.post_ln.bias": (d,),
        "mm.soft_emb_norm.weight": (d,), "mm.input_projection.weight": (d, n_embd_llm),
    })
    return shapes


def write_tiny_gemma3(path: str | os.PathLike[str], seed: int = 0, n_ctx_train: int = 2048) -> Path:
    """Write the tiny random gemma3 LLM to ``path`` and return the path (deterministic)."""
    s = SHAPES
    vocab = gemma_vocab()
    hp = tiny_hparams(len(vocab.tokens), s.n_embd, s.n_layer, s.n_head, s.n_head_kv, s.n_ff, n_ctx_train)
    assert hp.head_dim == s.head_dim

    def metadata(w: gguf.GGUFWriter) -> None:
        # The Llama writer's keys (sizes, rope, RMS eps, SentencePiece vocabulary) under the
        # "gemma3." prefix, then what gemma3 adds.
        _add_metadata(w, hp, vocab, "f16", "tiny-random-gemma3")
        w.add_key_length(s.head_dim)
        w.add_value_length(s.head_dim)
        w.add_sliding_window(s.sliding_window)
        w.add_eot_token_id(vocab.tokens.index("<end_of_turn>"))
        w.add_chat_template(CHAT_TEMPLATE)

    return write_gguf(path, ARCH_LLM, llm_tensor_shapes(len(vocab.tokens)), metadata, seed, f16=True)


# clip.* metadata of the mmproj, from the shapes; image mean/std are SigLIP's (pixels -> [-1, 1]).
def _clip_metadata(s: TinyMtmdShapes, n_embd_llm: int) -> dict[str, object]:
    return {
        "clip.projector_type": "gemma3",
        "clip.has_vision_encoder": True,
        "clip.use_gelu": True,
        "clip.vision.image_size": s.image_size,
        "clip.vision.patch_size": s.patch_size,
        "clip.vision.embedding_length": s.v_embd,
        "clip.vision.feed_forward_length": s.v_ff,
        "clip.vision.block_count": s.v_layer,
        "clip.vision.attention.head_count": s.v_head,
        "clip.vision.attention.layer_norm_epsilon": 1e-6,
        "clip.vision.projection_dim": n_embd_llm,
        "clip.vision.projector.scale_factor": s.pool,
        "clip.vision.image_mean": [0.5, 0.5, 0.5],
        "clip.vision.image_std": [0.5, 0.5, 0.5],
    }


def write_tiny_mmproj(path: str | os.PathLike[str], n_embd_llm: int = SHAPES.n_embd, seed: int = 0) -> Path:
    """Write the tiny random gemma3 mmproj to ``path`` and return the path (deterministic).

    ``n_embd_llm`` is the width of the LLM the image embeddings are fed to.
    """
    s = SHAPES

    def metadata(w: gguf.GGUFWriter) -> None:
        w.add_name("tiny-random-gemma3-mmproj")
        w.add_file_type(gguf.LlamaFileType.ALL_F32)
        for key, value in _clip_metadata(s, n_embd_llm).items():
            add_kv(w, key, value)

    return write_gguf(path, ARCH_CLIP, mmproj_tensor_shapes(n_embd_llm, s), metadata, seed, f16=False)


TINY_MTMD_CARD = tiny_card(
    "Random weights generated by converters/tiny_mtmd.py in the shape of Gemma 3 "
    "and its vision projector; not trained on anything.")
TINY_N_CTX = 1024


def _gemma3_pair() -> TinyPairKind:
    s = SHAPES
    return TinyPairKind(
        lambda path, seed: write_tiny_gemma3(path, seed=seed),
        lambda path, seed: write_tiny_mmproj(path, seed=seed),
        "tiny-mtmd", "Tiny random mtmd test pack (Gemma 3 shape)", "gemma", TINY_MTMD_CARD,
        s.n_layer, s.n_head_kv * s.head_dim, TINY_N_CTX)


# --arch -> its pair; the first is the default.
PAIRS: dict[str, TinyPairKind] = {
    "gemma3": _gemma3_pair(), "qwen2vl": tiny_qwen2vl.PAIR, "qwen3vl": tiny_qwen3vl.PAIR,
}
ARCHES = tuple(PAIRS)


def pair_kind(arch: str) -> TinyPairKind:
    """The tiny pair of ``arch`` (one of ``ARCHES``); ValueError otherwise."""
    try:
        return PAIRS[arch]
    except KeyError:
        raise ValueError(f"unknown tiny pair architecture {arch!r}; "
                         f"known: {', '.join(ARCHES)}") from None


def write_tiny_pair(out_dir: str | os.PathLike[str], seed: int = 0,
                    arch: str = ARCHES[0]) -> tuple[Path, Path]:
    """Write ``llm.gguf`` and ``mmproj.gguf`` of ``arch`` into ``out_dir`` (created if needed)."""
    kind = pair_kind(arch)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return kind.write_llm(out / LLM_FILE, seed), kind.write_mmproj(out / MMPROJ_FILE, seed)


def write_tiny_mtmd_pack(out_dir: str | os.PathLike[str], seed: int = 0,
                         name: str | None = None, arch: str = ARCHES[0]) -> Path:
    """A complete mtmd model pack (manifest, llm.gguf, mmproj.gguf) in the empty ``out_dir``.

    ``arch`` picks the pair (``ARCHES``); ``name`` defaults to "tiny-mtmd" for gemma3,
    "tiny-mtmd-qwen2vl" for qwen2vl and "tiny-mtmd-qwen3vl" for qwen3vl.
    """
    kind = pair_kind(arch)
    out = Path(out_dir)
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out}: folder exists and is not empty")
    llm, mmproj = write_tiny_pair(out, seed, arch)
    memory = mtmd_pack_memory(llm.stat().st_size, mmproj.stat().st_size, kind.n_layer,
                              kind.n_embd_kv, kind.n_ctx)
    manifest = build_manifest(
        out, name=name or kind.name, display_name=kind.display_name,
        conversation_format=kind.conversation_format, card=kind.card, memory=memory,
        quantization="F16", architecture="mtmd",
        generation={"temperature": 1.0, "top_p": 0.9, "max_new_tokens": 64, "n_ctx": kind.n_ctx})
    write_manifest(out, manifest)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a tiny random LLM + mmproj GGUF pair "
                                     "(Gemma 3, Qwen2.5-VL or Qwen3-VL shape), or with --pack a "
                                     "whole mtmd model pack.")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pack", action="store_true", help="also write the pack's manifest")
    parser.add_argument("--arch", choices=ARCHES, default=ARCHES[0],
                        help="language model architecture of the pair (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.pack:
        print(write_tiny_mtmd_pack(args.out_dir, seed=args.seed, arch=args.arch))
        return 0
    for path in write_tiny_pair(args.out_dir, seed=args.seed, arch=args.arch):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
