"""Evaluation benchmark: cases per minute of ``main.py evaluate`` on the tiny pack, measured,
and on a SkinGPT-4 13B pack (Llama-2-13B Q4_K_M), estimated from per-token costs measured in
the same run.

    .venv/bin/python bench/evaluate.py [--cases 12] [--runs 2] [--layers 2]
                                       [--work /tmp/skingpt-llm-bench] [--threads N]

1. Tiny pack, measured: a synthetic dataset of ``--cases`` labelled photos, each asked
   ``--runs`` times through ``run_evaluation`` (the command's and the window's own function:
   photo, vision tower, the grammar-constrained summary), the engine's load included. Reported:
   cases and answers per minute, and per answer the prompt items evaluated and tokens generated.
2. Per-token costs, measured: the tiny pack's language model and a random-weight Llama of
   Llama-2-13B's width with ``--layers`` of its 40 blocks, Q4_K_M (bench/llm.py builds and
   caches it in ``--work``), each asked the app's SkinGPT-4 prompt with 32 image rows through
   ``ChatSession``: prompt milliseconds per item and decode milliseconds per token.
3. 13B, estimated: per answer, the vision tower's time (``--vision-ms``; default the ggml q8_0
   tower's 3.86 s per image measured by bench/vision.py on 2 cores, docs/performance.md) plus
   the tiny run's prompt items and generated tokens at the 13B model's costs, scaled from the
   reduced model by the bytes read per token (all 40 blocks against ``--layers``; the same
   scaling as docs/performance.md). The tiny random model's answers are not a real model's:
   the table also gives the figure at the summary's whole token budget, an upper bound. The
   prompt items are counted with the tiny pack's vocabulary (1,147 pieces), which splits the
   summary question into more pieces than Llama 2's 32,000 would: the prompt share is high.

Not a test: figures depend on the machine. Everything is written to temporary folders but the
cached 13B-width model.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from llm import N_CTX, N_EMBD, QUESTION, build_model, bytes_per_token, image_rows  # noqa: E402

from converters.tiny_pack import write_tiny_pack  # noqa: E402
from skingpt_desktop.core.engine import Engine, EngineSettings  # noqa: E402
from skingpt_desktop.core.evaluate.evaluation import load_cases, run_evaluation  # noqa: E402
from skingpt_desktop.core.evaluate.stores import FolderStore, read_lines, runs_file  # noqa: E402
from skingpt_desktop.core.packs.pack import ModelPack  # noqa: E402
from skingpt_desktop.core.report.summary import SUMMARY_MAX_TOKENS  # noqa: E402
from skingpt_desktop.ui.screenshots import evaluation_dataset  # noqa: E402

FULL_LAYERS = 40
VISION_MS_13B = 3857.0  # ggml q8_0 tower, 2 threads (docs/performance.md, bench/vision.py)


def tiny_evaluation(work: Path, cases: int, runs: int, threads: int) -> dict:
    """Evaluate the tiny pack on ``cases`` synthetic photos; timings and per-answer counts."""
    pack = ModelPack.open(write_tiny_pack(work / "tiny"))
    dataset = load_cases(evaluation_dataset(work / "data", cases))

    @contextlib.contextmanager
    def engine_for(p: ModelPack):
        engine = Engine.load(p, EngineSettings(threads=threads))
        try:
            yield engine
        finally:
            engine.close()

    started = time.perf_counter()
    run_evaluation(dataset, FolderStore(work / "out"), [pack], engine_for, runs=runs, seed=1)
    seconds = time.perf_counter() - started
    records = [r for r in read_lines(runs_file(work / "out", pack.name)) if "error" not in r]
    return {"seconds": seconds, "cases": cases, "answers": len(records),
            "answer_s": statistics.median(r["seconds"] for r in records),
            "prompt_items": statistics.mean(r["prompt_items"] for r in records),
            "tokens": statistics.mean(r["tokens"] for r in records),
            "llm": pack.root / next(f.path for f in pack.manifest.files if f.role == "llm")}


def token_costs(gguf: Path, threads: int, rounds: int = 5, tokens: int = 32) -> dict:
    """Prompt ms per item and decode ms per token of ``gguf`` (median of ``rounds``), asked
    the app's SkinGPT-4 prompt with 32 image rows of the model's width."""
    from skingpt_desktop.core.llm.chat_session import ChatSession
    from skingpt_desktop.core.llm.llm import LLM, GenerationSettings

    llm = LLM(gguf, n_ctx=N_CTX, n_threads=threads)
    try:
        rows = image_rows()[:, :llm.n_embd] if llm.n_embd <= N_EMBD else None
        settings = GenerationSettings(deterministic=True, max_new_tokens=tokens,
                                      min_new_tokens=tokens)
        prompt, decode = [], []
        for _ in range(rounds + 1):  # the first warms up
            answer = ChatSession(llm, "skingpt4", rows).ask(QUESTION, settings)
            prompt.append(answer.prompt_ms / answer.prompt_tokens_evaluated)
            decode.append(answer.generation_ms / answer.generated_tokens)
    finally:
        llm.close()
    return {"prompt_ms": statistics.median(prompt[1:]), "decode_ms": statistics.median(decode[1:])}


def estimate_13b(tiny: dict, costs: dict, scale: float, vision_ms: float,
                 tokens: float) -> float:
    """Seconds per answer of a 13B pack: vision, prompt and ``tokens`` decoded."""
    return (vision_ms + scale * (tiny["prompt_items"] * costs["prompt_ms"]
                                 + tokens * costs["decode_ms"])) / 1000.0


def print_table(tiny: dict, tiny_costs: dict, big_costs: dict, scale: float, layers: int,
                vision_ms: float, threads: int) -> None:
    per_case = tiny["answers"] / tiny["cases"]
    print(f"\nthreads {threads}; tiny pack: {tiny['cases']} cases x {per_case:.0f} runs in "
          f"{tiny['seconds']:.1f} s (engine load included)")
    print(f"per answer: {tiny['prompt_items']:.0f} prompt items, {tiny['tokens']:.0f} tokens "
          f"generated (median {tiny['answer_s']:.2f} s)\n")
    print("| model | prompt ms/item | decode ms/token | ratio to tiny (decode) |")
    print("|---|---:|---:|---:|")
    print(f"| tiny pack LLM | {tiny_costs['prompt_ms']:.3f} | {tiny_costs['decode_ms']:.3f} | 1 |")
    ratio = big_costs["decode_ms"] / tiny_costs["decode_ms"]
    print(f"| 13B width, {layers} of 40 blocks | {big_costs['prompt_ms']:.1f} | "
          f"{big_costs['decode_ms']:.1f} | {ratio:.0f} |")
    print(f"| 13B, scaled x{scale:.2f} by bytes | {scale * big_costs['prompt_ms']:.1f} | "
          f"{scale * big_costs['decode_ms']:.1f} | "
          f"{scale * big_costs['decode_ms'] / tiny_costs['decode_ms']:.0f} |\n")
    tiny_rate = 60 * tiny["cases"] / tiny["seconds"]
    typical = estimate_13b(tiny, big_costs, scale, vision_ms, tiny["tokens"])
    budget = estimate_13b(tiny, big_costs, scale, vision_ms, SUMMARY_MAX_TOKENS)
    print("| pack | s per answer | cases per minute (1 run) | cases per minute "
          f"({per_case:.0f} runs) |")
    print("|---|---:|---:|---:|")
    print(f"| tiny, measured end to end (load, plots, report) | "
          f"{tiny['seconds'] / tiny['answers']:.2f} | {tiny_rate * per_case:.1f} | "
          f"{tiny_rate:.1f} |")
    print(f"| tiny, measured per answer (median) | {tiny['answer_s']:.2f} | "
          f"{60 / tiny['answer_s']:.1f} | {60 / tiny['answer_s'] / per_case:.1f} |")
    for label, seconds in ((f"13B, estimated ({tiny['tokens']:.0f} tokens)", typical),
                           (f"13B, estimated (whole budget, {SUMMARY_MAX_TOKENS} tokens)",
                            budget)):
        print(f"| {label} | {seconds:.1f} | {60 / seconds:.2f} | "
              f"{60 / seconds / per_case:.2f} |")
    print(f"\n(13B vision tower: {vision_ms / 1000:.2f} s per photo, from --vision-ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=12)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--layers", type=int, default=2, help="13B-width blocks built")
    parser.add_argument("--work", type=Path, default=Path("/tmp/skingpt-llm-bench"))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--vision-ms", type=float, default=VISION_MS_13B)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="skingpt-eval-bench-") as folder:
        tiny = tiny_evaluation(Path(folder), args.cases, args.runs, args.threads)
        tiny_costs = token_costs(tiny["llm"], args.threads)
    big = build_model(args.work, args.layers, args.threads)
    big_costs = token_costs(big, args.threads)
    full_read = bytes_per_token(big)[1]
    block = (full_read - bytes_per_token_without_blocks(big)) / args.layers
    scale = (full_read + (FULL_LAYERS - args.layers) * block) / full_read
    print_table(tiny, tiny_costs, big_costs, scale, args.layers, args.vision_ms, args.threads)


def bytes_per_token_without_blocks(path: Path) -> int:
    """Bytes read per token outside the repeated blocks (the output norm and matrix)."""
    import gguf

    reader = gguf.GGUFReader(path)
    return sum(int(t.n_bytes) for t in reader.tensors
               if not t.name.startswith("blk.") and t.name != "token_embd.weight")


if __name__ == "__main__":
    main()
