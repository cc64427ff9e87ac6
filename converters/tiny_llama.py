"""A tiny random-weight Llama GGUF for tests: real architecture, real tokenizer kind, tiny sizes.

The model has the Llama-2 structure llama.cpp runs for the real 13B model (RMSNorm, rotary
attention, SwiGLU feed-forward, untied output) at n_embd 64, so every code path of the LLM side
(tokenizing, image-embedding batches, KV cache, sampling) is exercised in milliseconds.

The vocabulary is a SentencePiece byte-fallback vocabulary like Llama's: ``<unk>``, ``<s>``,
``</s>``, the 256 byte pieces ``<0x00>``..``<0xFF>`` (so any UTF-8 text tokenizes), and about
900 ordinary pieces: single characters; "#", "##", "###" (so "###" can be produced as one token
or as "##" + "#", like the Llama tokenizer); the words of the SkinGPT-4 prompts and common
English words with the "▁" word prefix; and the few pieces the prompts use without it ("Human"
after "###"). Every prefix of a piece is itself a piece, so the SentencePiece merge procedure
can always build the long pieces.

Weights are Gaussian with a fixed seed, scaled so that activations stay O(1) and logits spread
over a few units: different inputs (text or image embeddings) give clearly different next-token
distributions, and sampling does not collapse onto one token.

Usage: ``python -m converters.tiny_llama OUT.gguf [--seed N]``.
"""

from __future__ import annotations

import argparse
import os
import string
from pathlib import Path

import gguf
import numpy as np

from converters.llama_gguf import LlamaHParams, SentencePieceVocab, tensor_shapes, write_llama_gguf

SPACE = "\u2581"  # SentencePiece's visible space "▁"

# Words every SkinGPT-4 prompt uses, plus frequent English and clinical words.
_WORDS = """
Give the following image Img ImageContent You will be able to see once I provide it you Please
answer my questions Human Assistant Could describe skin disease in this for me provide a paragraph
listing additional features observed Based on previous information detailed explanation of cause
What treatment and medication should recommended case is are was were with that as by from or an
not have has had can may might could would do does did what which who when where why how there
their they them these those than then also other some any more most such only very into about over
after before between through during without within under again further each few both all no nor
own same so too just but if because until while at up down out off here rash red lesion lesions
patch patches plaque papule papules itchy itching dry scaly scale redness swelling pain area
body arm leg face hand doctor dermatologist diagnosis eczema psoriasis acne melanoma infection
fungal bacterial viral allergic reaction cream ointment steroid topical oral antibiotic
antifungal moisturizer sun exposure avoid apply daily twice week weeks days symptoms condition
appear appears looks like likely possible signs common chronic acute mild severe color brown
pink white black border irregular round small large multiple single surface raised flat
""".split()

# Pieces that follow "###" or "<" directly in the prompt, so they appear without "▁"; ".#" is a
# piece that can run into a stop string, as pieces of real vocabularies do.
_BARE = ("##", "###", "Human", "Assistant", "Img", "/Img", ">", "INST", "/INST", "SYS", "/SYS", ".#")

_PUNCT = ".,:;!?'\"()-/<>[]*%&+=_"


def _pieces() -> list[str]:
    """Ordinary (NORMAL) pieces, shortest first; every prefix of a piece is also a piece."""
    chars = list(string.ascii_letters + string.digits + _PUNCT) + ["#", SPACE, "\n"]
    forms = {SPACE + word for word in _WORDS} | set(_BARE)
    longer: set[str] = set()
    for form in forms:
        longer.update(form[:end] for end in range(2, len(form) + 1))
    longer.discard("\n")
    singles = [c for c in dict.fromkeys(chars) if c != "\n"]  # "\n" stays a byte piece, as in Llama
    return singles + sorted(longer - set(singles), key=lambda p: (len(p), p))


def tiny_vocab() -> SentencePieceVocab:
    """The byte-fallback SentencePiece vocabulary of the tiny model (about 1,150 pieces)."""
    tokens: list[str | bytes] = ["<unk>", "<s>", "</s>"]
    types = [gguf.TokenType.UNKNOWN, gguf.TokenType.CONTROL, gguf.TokenType.CONTROL]
    tokens += [f"<0x{b:02X}>" for b in range(256)]
    types += [gguf.TokenType.BYTE] * 256
    scores = [0.0] * len(tokens)
    for rank, piece in enumerate(_pieces()):
        tokens.append(piece)
        types.append(gguf.TokenType.NORMAL)
        # Higher score = merged earlier; shorter pieces merge first, as in a trained model.
        scores.append(-float(rank))
    return SentencePieceVocab(
        tokens=tokens, scores=scores, token_types=[int(t) for t in types],
        bos_id=1, eos_id=2, unk_id=0, add_bos=True, add_eos=False,
    )


def tiny_hparams(n_vocab: int, n_embd: int = 64, n_layer: int = 2, n_head: int = 4,
                 n_head_kv: int | None = None, n_ff: int = 128, n_ctx_train: int = 2048) -> LlamaHParams:
    """Hyper-parameters of the tiny model for a vocabulary of ``n_vocab`` pieces."""
    return LlamaHParams(
        n_vocab=n_vocab, n_embd=n_embd, n_layer=n_layer, n_head=n_head,
        n_head_kv=n_head if n_head_kv is None else n_head_kv, n_ff=n_ff,
        n_ctx_train=n_ctx_train, rope_theta=10000.0, rms_eps=1e-5,
    )


def _std(name: str, shape: tuple[int, ...], hp: LlamaHParams) -> float:
    """Standard deviation per tensor kind: O(1) activations, logits spread over a few units."""
    if name == "token_embd.weight":
        return 1.0
    if name == "output.weight":
        return 2.5 / np.sqrt(hp.n_embd)  # logit std about 2.5 after the final RMSNorm
    return 1.0 / np.sqrt(shape[1])  # fan-in scaling for every projection


def random_tensors(hp: LlamaHParams, seed: int = 0):
    """A getter for ``write_llama_gguf``: seeded Gaussian weights, norms near 1."""
    shapes = tensor_shapes(hp)

    def get(name: str) -> np.ndarray:
        # One generator per tensor, keyed by its position: values do not depend on call order.
        index = list(shapes).index(name)
        rng = np.random.default_rng([seed, index])
        shape = shapes[name]
        if len(shape) == 1:  # RMSNorm weights
            return (1.0 + 0.1 * rng.standard_normal(shape)).astype(np.float32)
        return (_std(name, shape, hp) * rng.standard_normal(shape)).astype(np.float32)

    return get


def write_tiny_llama(path: str | os.PathLike[str], seed: int = 0, n_embd: int = 64, n_layer: int = 2,
                     n_head: int = 4, n_head_kv: int | None = None, n_ff: int = 128,
                     n_ctx_train: int = 2048, dtype: str = "f16") -> Path:
    """Write the tiny random Llama to ``path`` and return the path.

    The same arguments always give byte-identical files.
    """
    vocab = tiny_vocab()
    hp = tiny_hparams(len(vocab.tokens), n_embd, n_layer, n_head, n_head_kv, n_ff, n_ctx_train)
    return write_llama_gguf(path, hp, vocab, random_tensors(hp, seed), dtype=dtype, name="tiny-random-llama")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a tiny random-weight Llama GGUF for tests.")
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--n-embd", type=int, default=64)
    args = parser.parse_args(argv)
    print(write_tiny_llama(args.out, seed=args.seed, n_embd=args.n_embd))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
