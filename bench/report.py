"""Report benchmark: the structured-summary call on the tiny pack, and what llama.cpp's grammar
sampler costs per token next to plain numpy sampling.

    python bench/report.py [--runs 10] [--tokens 200]

1. Summary call: a tiny random pack answers the four clinical prompts (16 tokens each), then
   ``summarise`` runs under the summary grammar with its default budget; reported: median
   milliseconds per call, tokens generated and milliseconds per token.
2. Sampling cost per token: for the tiny vocabulary (about 1,150 pieces) and a 32,000-piece
   vocabulary (the size of Llama 2's, on the same tiny network), the same logits rows go
   through plain sampling (``Sampler.choose``) and grammar-constrained sampling (the full
   vocabulary through ``llama_sampler_apply`` viewed as a numpy array, then the same sampler,
   then ``llama_sampler_accept``); the ratio is constrained / plain. The grammar advances with
   the constrained tokens, which are evaluated so that the logits stay realistic.

Not a test: figures depend on the machine. Everything is written to a temporary folder.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import string
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from converters.llama_gguf import SentencePieceVocab, write_llama_gguf
from converters.tiny_llama import random_tensors, tiny_hparams, tiny_vocab
from converters.tiny_pack import write_tiny_pack
from skingpt_desktop.core.engine import Engine
from skingpt_desktop.core.llm.conversation import CLINICAL_PROMPTS
from skingpt_desktop.core.llm.grammar import GrammarConstraint
from skingpt_desktop.core.llm.llm import LLM, GenerationSettings
from skingpt_desktop.core.llm.sampling import Sampler
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.report.schema import default_summary_schema
from skingpt_desktop.core.report.summary import summarise
from skingpt_desktop.core.vision.preprocess import load_photo

LLAMA_VOCAB = 32000


def big_vocab(size: int = LLAMA_VOCAB) -> SentencePieceVocab:
    """The tiny vocabulary padded with two- to four-letter pieces up to ``size`` pieces."""
    vocab = tiny_vocab()
    tokens, seen = list(vocab.tokens), set(vocab.tokens)
    letters = string.ascii_lowercase
    for n in (2, 3, 4):
        for combo in itertools.product(letters, repeat=n):
            for piece in ("".join(combo), "\u2581" + "".join(combo)):
                if len(tokens) < size and piece not in seen:
                    tokens.append(piece)
                    seen.add(piece)
    extra = len(tokens) - len(vocab.tokens)
    return SentencePieceVocab(tokens=tokens, scores=vocab.scores + [-1e4 - i for i in range(extra)],
                              token_types=vocab.token_types + [1] * extra, bos_id=1, eos_id=2,
                              unk_id=0, add_bos=True, add_eos=False)


def write_big_llama(path: Path) -> Path:
    vocab = big_vocab()
    hp = tiny_hparams(len(vocab.tokens))
    return write_llama_gguf(path, hp, vocab, random_tensors(hp, 0), dtype="f16", name="bench-32k")


def bench_summary(pack_dir: Path, photo: Path, runs: int) -> dict:
    """Median time of the summary call after a four-prompt conversation."""
    engine = Engine.load(ModelPack.open(pack_dir))
    times, tokens = [], []
    try:
        for seed in range(runs):
            chat = engine.start_chat(load_photo(photo))
            for question in CLINICAL_PROMPTS:
                chat.ask(question, GenerationSettings(max_new_tokens=16, seed=seed))
            start = time.perf_counter()
            _, answer = summarise(chat, GenerationSettings(seed=seed))
            times.append((time.perf_counter() - start) * 1000.0)
            tokens.append(answer.generated_tokens)
    finally:
        engine.close()
    ms, n = statistics.median(times), statistics.median(tokens)
    return {"ms": ms, "tokens": n, "ms_per_token": ms / n}


def bench_sampling(llm_path: Path, steps: int) -> dict:
    """Per-token milliseconds of plain and grammar-constrained sampling on the same logits."""
    llm = LLM(llm_path, n_ctx=1024)
    try:
        prompt = llm.tokenize("Summarise the conversation as JSON.", add_bos=True)
        llm.eval_tokens(prompt, 0)
        sampler, generated = Sampler(GenerationSettings(seed=1), llm.eos_id), []
        plain, constrained, decode = [], [], []
        schema = default_summary_schema()
        with GrammarConstraint(llm, schema.gbnf, budget=steps + 1) as constraint:
            for _ in range(steps):
                logits = llm.logits()
                t0 = time.perf_counter()
                sampler.choose(logits, generated)
                t1 = time.perf_counter()
                token = sampler.choose(constraint.mask(logits), generated)
                constraint.accept(token)
                t2 = time.perf_counter()
                if llm.is_eog(token):
                    break
                llm.eval_tokens([token], len(prompt) + len(generated))
                generated.append(token)
                decode.append((time.perf_counter() - t2) * 1000.0)
                plain.append((t1 - t0) * 1000.0)
                constrained.append((t2 - t1) * 1000.0)
        return {"vocab": llm.n_vocab, "steps": len(plain), "plain_ms": statistics.median(plain),
                "grammar_ms": statistics.median(constrained),
                "grammar_p95_ms": float(np.percentile(constrained, 95)),
                "decode_ms": statistics.median(decode)}
    finally:
        llm.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="summary calls (seeds)")
    parser.add_argument("--tokens", type=int, default=200, help="tokens per sampling run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        folder = Path(tmp)
        pack = write_tiny_pack(folder / "tiny")
        sys.path.insert(0, str(ROOT / "tests"))
        from conftest import synthetic_skin_photo

        synthetic_skin_photo(1).save(folder / "photo.jpg", quality=92)
        summary = bench_summary(pack, folder / "photo.jpg", args.runs)
        print(f"summary call, tiny pack: {summary['ms']:.0f} ms median over {args.runs} calls, "
              f"{summary['tokens']:.0f} tokens, {summary['ms_per_token']:.2f} ms per token")
        print("| vocabulary | plain ms/token | grammar ms/token (p95) | ratio | decode ms/token |")
        for path in (pack / "llm.gguf", write_big_llama(folder / "big.gguf")):
            r = bench_sampling(path, args.tokens)
            print(f"| {r['vocab']:,} | {r['plain_ms']:.3f} | {r['grammar_ms']:.3f} "
                  f"({r['grammar_p95_ms']:.3f}) | {r['grammar_ms'] / r['plain_ms']:.1f} | "
                  f"{r['decode_ms']:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
