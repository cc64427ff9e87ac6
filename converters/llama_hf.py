"""Hugging Face Llama checkpoints to llama.cpp GGUF, and validation of an existing Llama GGUF.

A Hugging Face Llama folder (meta-llama/Llama-2-13b-chat-hf, Vicuna-13B, ...) holds
``config.json``, the weights (``model.safetensors[.index.json]`` or ``pytorch_model.bin
[.index.json]``) and ``tokenizer.model`` (SentencePiece). :func:`convert_hf_llama` streams the
weights one tensor at a time into :func:`converters.llama_gguf.write_llama_gguf`.

Two facts of the layouts matter for correctness:

- Hugging Face's conversion of Meta's weights reordered the rows of ``q_proj`` and ``k_proj``
  within each head from interleaved rotary pairs (0,1),(2,3)... to "rotate half" order (first
  halves, then second halves). llama.cpp applies rotary embeddings to interleaved pairs, so
  :func:`unpermute_rows` puts the rows back, per head (per key/value head for ``k_proj``).
- llama.cpp's "llama" tokenizer is SentencePiece: pieces with their scores (merge priority) and
  types, byte-fallback pieces ``<0x00>``..``<0xFF>`` included, read from ``tokenizer.model``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from converters.llama_gguf import LlamaHParams, SentencePieceVocab, tensor_shapes, write_llama_gguf
from converters.safetensors_reader import TensorSource, open_weights_dir
from converters.spm_model import BYTE, CONTROL, UNUSED, USER_DEFINED, read_sentencepiece_model
from skingpt_desktop.core.errors import ConversionError, GGUFFormatError
from skingpt_desktop.core.native.gguf_check import read_gguf_header

# llama.cpp name -> Hugging Face name; {i} is the layer index.
GLOBAL_NAMES: dict[str, str] = {
    "token_embd.weight": "model.embed_tokens.weight",
    "output_norm.weight": "model.norm.weight",
    "output.weight": "lm_head.weight",
}
BLOCK_NAMES: dict[str, str] = {
    "blk.{i}.attn_norm.weight": "model.layers.{i}.input_layernorm.weight",
    "blk.{i}.attn_q.weight": "model.layers.{i}.self_attn.q_proj.weight",
    "blk.{i}.attn_k.weight": "model.layers.{i}.self_attn.k_proj.weight",
    "blk.{i}.attn_v.weight": "model.layers.{i}.self_attn.v_proj.weight",
    "blk.{i}.attn_output.weight": "model.layers.{i}.self_attn.o_proj.weight",
    "blk.{i}.ffn_norm.weight": "model.layers.{i}.post_attention_layernorm.weight",
    "blk.{i}.ffn_gate.weight": "model.layers.{i}.mlp.gate_proj.weight",
    "blk.{i}.ffn_up.weight": "model.layers.{i}.mlp.up_proj.weight",
    "blk.{i}.ffn_down.weight": "model.layers.{i}.mlp.down_proj.weight",
}

MAX_CONFIG_BYTES = 1 << 20


@dataclass(frozen=True)
class HFLlama:
    """A Hugging Face Llama folder, its hyper-parameters read and checked."""

    folder: Path
    hparams: LlamaHParams
    tie_embeddings: bool
    name: str


def _config_int(config: dict, key: str, where: Path, default: int | None = None) -> int:
    value = config.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ConversionError(f"{where}: '{key}' must be a positive integer, found {value!r}")
    return value


def _rope_theta(config: dict) -> float:
    # transformers >= 5 nests it in rope_parameters; Llama-2's own config has rope_theta or none.
    params = config.get("rope_parameters") or {}
    return float(params.get("rope_theta", config.get("rope_theta", 10000.0)))


def _check_supported(config: dict, path: Path) -> None:
    """Refuse Llama variants llama.cpp's plain "llama" graph would run wrongly."""
    scaling = config.get("rope_scaling") or (config.get("rope_parameters") or {})
    if scaling.get("rope_type", scaling.get("type", "default")) not in ("default", None):
        raise ConversionError(f"{path}: RoPE scaling {scaling!r} is not supported")
    if config.get("hidden_act", "silu") != "silu":
        raise ConversionError(f"{path}: hidden_act '{config['hidden_act']}' is not Llama's 'silu'")
    for flag in ("attention_bias", "mlp_bias"):
        if config.get(flag):
            raise ConversionError(f"{path}: {flag} is true; Llama-2 has no biases")


def read_hf_llama(folder: str | Path) -> HFLlama:
    """Read ``config.json`` of a Hugging Face Llama folder into :class:`LlamaHParams`."""
    folder = Path(folder)
    path = folder / "config.json"
    try:
        if path.stat().st_size > MAX_CONFIG_BYTES:
            raise ConversionError(f"{path}: implausibly large")
        config = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise ConversionError(f"{path}: missing; a Hugging Face model folder has a config.json") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ConversionError(f"{path}: not valid JSON") from None
    if not isinstance(config, dict) or config.get("model_type") != "llama":
        found = config.get("model_type") if isinstance(config, dict) else None
        raise ConversionError(f"{path}: model_type is {found!r}, expected 'llama'")
    _check_supported(config, path)
    heads = _config_int(config, "num_attention_heads", path)
    hp = LlamaHParams(
        n_vocab=_config_int(config, "vocab_size", path),
        n_embd=_config_int(config, "hidden_size", path),
        n_layer=_config_int(config, "num_hidden_layers", path),
        n_head=heads,
        n_head_kv=_config_int(config, "num_key_value_heads", path, heads),
        n_ff=_config_int(config, "intermediate_size", path),
        n_ctx_train=_config_int(config, "max_position_embeddings", path, 4096),
        rope_theta=_rope_theta(config),
        rms_eps=float(config.get("rms_norm_eps", 1e-5)),
    )
    hp.validate()
    head_dim = config.get("head_dim")
    if head_dim is not None and head_dim != hp.head_dim:
        raise ConversionError(f"{path}: head_dim {head_dim} differs from hidden_size / "
                              f"num_attention_heads = {hp.head_dim}; not supported")
    name = str(config.get("_name_or_path") or folder.name)
    return HFLlama(folder, hp, bool(config.get("tie_word_embeddings", False)), name)


def unpermute_rows(weight: np.ndarray, n_head: int) -> np.ndarray:
    """Hugging Face "rotate half" row order -> llama.cpp interleaved order, per head.

    ``weight`` is (n_head * head_dim, n_in); within a head, HF row j (first half) and row
    head_dim/2 + j (second half) become rows 2j and 2j+1.
    """
    rows = weight.shape[0]
    half = rows // n_head // 2
    return weight.reshape(n_head, 2, half, *weight.shape[1:]).swapaxes(1, 2).reshape(weight.shape)


def hf_llama_name_map(hp: LlamaHParams, tie_embeddings: bool = False) -> dict[str, str]:
    """Every llama.cpp tensor -> the Hugging Face tensor it comes from, in GGUF file order."""
    out: dict[str, str] = {}
    for name in tensor_shapes(hp):
        if name in GLOBAL_NAMES:
            out[name] = GLOBAL_NAMES[name]
            continue
        index = name.split(".")[1]
        template = name.replace(f"blk.{index}.", "blk.{i}.", 1)
        out[name] = BLOCK_NAMES[template].format(i=index)
    if tie_embeddings:
        out["output.weight"] = GLOBAL_NAMES["token_embd.weight"]
    return out


def check_hf_tensors(source: TensorSource, names: dict[str, str], hp: LlamaHParams,
                     where: Path) -> None:
    """Before converting: every tensor exists with the shape llama.cpp expects."""
    for gguf_name, shape in tensor_shapes(hp).items():
        hf_name = names[gguf_name]
        if hf_name not in source:
            raise ConversionError(f"{where}: tensor '{hf_name}' is missing")
        found = tuple(source.shape(hf_name))
        if found != shape:
            raise ConversionError(f"{where}: tensor '{hf_name}' has shape {found}, expected {shape}")


def hf_llama_getter(source: TensorSource, hp: LlamaHParams,
                    names: dict[str, str]) -> Callable[[str], np.ndarray]:
    """``get_tensor(gguf_name)`` for write_llama_gguf: reads one HF tensor, fixes q/k row order."""

    def get_tensor(name: str) -> np.ndarray:
        array = source.read(names[name])
        if ".attn_q." in name:
            return unpermute_rows(array, hp.n_head)
        if ".attn_k." in name:
            return unpermute_rows(array, hp.n_head_kv)
        return array

    return get_tensor


def _added_tokens(folder: Path) -> dict[int, str]:
    path = folder / "added_tokens.json"
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise ConversionError(f"{path}: not valid JSON") from None
    if not isinstance(data, dict) or not all(isinstance(v, int) for v in data.values()):
        raise ConversionError(f"{path}: expected an object of token -> id")
    return {int(v): str(k) for k, v in data.items()}


def load_vocab(folder: str | Path, n_vocab: int) -> SentencePieceVocab:
    """The llama.cpp vocabulary of ``tokenizer.model`` (+ ``added_tokens.json``), n_vocab long.

    Ids past the SentencePiece model (a Vicuna pad token, say) come from added_tokens.json, or
    are filled with unused "[PAD<id>]" entries so the list matches the embedding matrix.
    """
    folder = Path(folder)
    model = read_sentencepiece_model(folder / "tokenizer.model")
    if model.model_type not in (1, 2):
        raise ConversionError(f"{folder / 'tokenizer.model'}: SentencePiece model type "
                              f"{model.model_type} is not unigram or BPE")
    tokens: list[str | bytes] = list(model.pieces)
    scores, types = list(model.scores), list(model.types)
    if len(tokens) > n_vocab:
        raise ConversionError(f"{folder / 'tokenizer.model'}: {len(tokens)} tokens but the "
                              f"model's vocab_size is {n_vocab}")
    added = _added_tokens(folder)
    for token_id in range(len(tokens), n_vocab):
        text = added.get(token_id)
        tokens.append(text if text is not None else f"[PAD{token_id}]")
        scores.append(-1000.0)
        types.append(USER_DEFINED if text is not None else UNUSED)
    return SentencePieceVocab(
        tokens=tokens, scores=scores, token_types=types,
        bos_id=model.bos_id, eos_id=model.eos_id, unk_id=model.unk_id,
        pad_id=model.pad_id if model.pad_id >= 0 else None,
        add_bos=True, add_eos=False, add_space_prefix=model.add_dummy_prefix,
    )


def convert_hf_llama(folder: str | Path, out_path: str | Path, dtype: str = "f16",
                     progress: Callable[[int, int, str], None] | None = None) -> HFLlama:
    """Convert a Hugging Face Llama folder to a GGUF at ``out_path``, one tensor at a time."""
    model = read_hf_llama(folder)
    vocab = load_vocab(model.folder, model.hparams.n_vocab)
    source = open_weights_dir(model.folder)
    try:
        names = hf_llama_name_map(model.hparams, model.tie_embeddings)
        if not model.tie_embeddings and names["output.weight"] not in source:
            names = hf_llama_name_map(model.hparams, tie_embeddings=True)  # no lm_head: tied
        check_hf_tensors(source, names, model.hparams, model.folder)
        write_llama_gguf(out_path, model.hparams, vocab, hf_llama_getter(source, model.hparams, names),
                         dtype=dtype, progress=progress, name=model.name)
    finally:
        source.close()
    return model


# --- existing GGUF ---------------------------------------------------------------------------

@dataclass(frozen=True)
class LlamaGGUFInfo:
    """What an existing Llama GGUF declares, after validation."""

    path: Path
    n_embd: int
    n_vocab: int
    n_layer: int
    file_type: str  # "F16", "Q4_K_M", ... (from general.file_type) or "unknown"
    name: str
    n_ctx_train: int = 4096  # llama.context_length: the context the model was trained for


# general.file_type numbers (llama.cpp's llama_ftype) of the types we produce or accept.
FILE_TYPE_NAMES: dict[int, str] = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K",
    11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S",
    17: "Q5_K_M", 18: "Q6_K", 32: "BF16",
}


def _meta(summary: Any, key: str, kind: type, path: Path) -> Any:
    value = summary.metadata.get(key)
    if not isinstance(value, kind) or isinstance(value, bool) and kind is int:
        raise ConversionError(f"{path}: metadata '{key}' is missing or not {kind.__name__}")
    return value


def _check_special(tokens: list, types: list | None, token_id: int, what: str,
                   expected: str, path: Path) -> None:
    if not 0 <= token_id < len(tokens):
        raise ConversionError(f"{path}: {what} token id {token_id} is outside the vocabulary")
    if tokens[token_id] != expected:
        raise ConversionError(f"{path}: {what} token is '{tokens[token_id]}', expected "
                              f"'{expected}' (a Llama SentencePiece vocabulary)")
    if types is not None and types[token_id] != CONTROL:
        raise ConversionError(f"{path}: {what} token '{expected}' is not a control token")


def validate_llama_gguf(path: str | Path, proj_width: int) -> LlamaGGUFInfo:
    """Check an existing GGUF is a Llama whose width and vocabulary fit the projection.

    Checks: a sound GGUF header; ``general.architecture`` "llama"; ``llama.embedding_length`` ==
    ``proj_width``; a SentencePiece ("llama") vocabulary as long as the embedding matrix, with
    ``<s>``/``</s>`` control tokens for BOS/EOS and byte-fallback pieces, so that the "###"
    separator and any text tokenize.
    """
    path = Path(path)
    keys = ("tokenizer.ggml.tokens", "tokenizer.ggml.token_type")
    try:
        summary = read_gguf_header(path, keep_arrays=keys)
    except GGUFFormatError as exc:
        raise ConversionError(str(exc)) from None
    arch = summary.architecture or "none"
    if arch != "llama":
        raise ConversionError(f"{path}: architecture is '{arch}', not 'llama'; SkinGPT-4 needs a "
                              "Llama-2 (or Vicuna) model")
    n_embd = _meta(summary, "llama.embedding_length", int, path)
    if n_embd != proj_width:
        raise ConversionError(f"{path}: the LLM's width is {n_embd} but the SkinGPT-4 projection "
                              f"writes {proj_width}-wide embeddings; use the matching Llama size")
    if summary.metadata.get("tokenizer.ggml.model") != "llama":
        raise ConversionError(f"{path}: tokenizer is '{summary.metadata.get('tokenizer.ggml.model')}'"
                              ", expected the Llama SentencePiece tokenizer ('llama')")
    tokens = summary.metadata.get("tokenizer.ggml.tokens") or []
    types = summary.metadata.get("tokenizer.ggml.token_type")
    embd = summary.tensors.get("token_embd.weight")
    if embd is None or embd.shape != (len(tokens), n_embd):
        raise ConversionError(f"{path}: the vocabulary has {len(tokens)} tokens but token_embd is "
                              f"{embd.shape if embd else 'missing'}")
    _check_special(tokens, types, _meta(summary, "tokenizer.ggml.bos_token_id", int, path),
                   "BOS", "<s>", path)
    _check_special(tokens, types, _meta(summary, "tokenizer.ggml.eos_token_id", int, path),
                   "EOS", "</s>", path)
    byte_pieces = sum(1 for i, t in enumerate(types or []) if t == BYTE)
    if byte_pieces < 256 and "#" not in tokens:
        raise ConversionError(f"{path}: the vocabulary cannot spell the '###' separator")
    file_type = summary.metadata.get("general.file_type")
    return LlamaGGUFInfo(path, n_embd, len(tokens), _meta(summary, "llama.block_count", int, path),
                         FILE_TYPE_NAMES.get(file_type, "unknown") if isinstance(file_type, int)
                         else "unknown", str(summary.metadata.get("general.name", path.stem)),
                         _meta(summary, "llama.context_length", int, path))
