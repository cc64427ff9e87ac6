"""Benchmark: decode speed of the language model, ours against the plainest loop over llama.cpp.

Builds (once, cached in ``--work``) a random-weight Llama GGUF of Llama-2-13B's width (n_embd
5120, n_ff 13824, 40 heads, vocabulary 32000) with ``--layers`` blocks, written as f16 by
``write_llama_gguf`` one tensor at a time and quantized to Q4_K_M by ``quantize_gguf``. Per-token
cost scales with the bytes read, so the layer count and file size are printed with the figures.

One subprocess per configuration (peak RSS is each one's own), asked in turn, round-robin:

- ours: ``LLM`` + ``ChatSession`` with the app's prompt and 32 image embedding rows, greedy;
- plain: ``llama_decode`` one token at a time + numpy argmax over the logits pointer;
- high-level: ``llama_cpp.Llama.generate`` greedy (top_k 1), same prompt length.

Decode speed = (N - 1) evaluated tokens / time from the first to the N-th sampled token (ours:
``Answer.generation_ms``, which also holds the first sample). The bandwidth bound is a numpy copy
bandwidth divided by the tensor bytes read per token (all tensors but ``token_embd``). Then ours
alone: time to reopen a saved case of about 1,500 tokens and time to the first token of a
follow-up at cache ~100 and ~1,500. ``--speculative`` adds ours with a draft: the model itself
(best acceptance, a draft as costly as the model), a small random model with the vocabulary
(worst acceptance) and prompt lookup (no model). Not a test; run it on a quiet machine:

    .venv/bin/python bench/llm.py --work /tmp/skingpt-llm-bench --layers 4 --tokens 64 --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from skingpt_desktop.core.packs.speed import copy_bandwidth  # noqa: E402

N_VOCAB, N_EMBD, N_FF, N_HEAD, N_CTX, N_IMAGE = 32000, 5120, 13824, 40, 2048, 32
QUESTION = "Could you describe the skin disease in this image for me?"
SETTLE_S = 1.0
CONFIGS = ("ours", "plain", "highlevel", "spec_self", "spec_small", "spec_lookup")
# The small random draft: the bench vocabulary at a tenth of the width, two layers, f16.
DRAFT_EMBD, DRAFT_FF, DRAFT_HEAD, DRAFT_LAYERS = 512, 1376, 8, 2


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- the model ---------------------------------------------------------------------------------

def bench_vocab():
    """A valid SentencePiece byte-fallback vocabulary of 32000 pieces, prefix-closed, no '#'."""
    import gguf

    from converters.llama_gguf import SentencePieceVocab
    from converters.tiny_llama import SPACE
    letters = "abcdefghijklmnopqrstuvwxyz"
    singles = list(letters + letters.upper() + "0123456789.,:;!?'\"()-/<>[]*%&+=_") + [SPACE]
    pieces = singles + [SPACE + a for a in letters] + [SPACE + a + b for a in letters for b in letters]
    pieces += [a + b for a in letters for b in letters]
    pieces += [SPACE + a + b + c for a in letters for b in letters for c in letters]
    pieces += [a + b + c for a in letters for b in letters for c in letters]
    tokens = ["<unk>", "<s>", "</s>"] + [f"<0x{b:02X}>" for b in range(256)]
    types = [gguf.TokenType.UNKNOWN, gguf.TokenType.CONTROL, gguf.TokenType.CONTROL]
    types += [gguf.TokenType.BYTE] * 256
    pieces = pieces[: N_VOCAB - len(tokens)]
    scores = [0.0] * len(tokens) + [-float(rank) for rank in range(len(pieces))]
    tokens += pieces
    types += [gguf.TokenType.NORMAL] * len(pieces)
    return SentencePieceVocab(tokens=tokens, scores=scores, token_types=[int(t) for t in types])


def default_layers(work: Path) -> int:
    """Up to 4 layers, fewer when free disk (f16 + Q4_K_M) or RAM (three mappings) is short."""
    free_disk = shutil.disk_usage(work).free / 1e9
    avail_ram = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") / 1e9
    by_disk = (0.8 * free_disk - 0.9) / 0.85
    by_ram = (0.5 * avail_ram - 0.3) / 0.2
    return max(1, min(4, int(by_disk), int(by_ram)))


def build_model(work: Path, layers: int, threads: int) -> Path:
    """The cached Q4_K_M file for ``layers`` blocks (built when absent; the f16 is removed)."""
    from converters.llama_gguf import LlamaHParams, write_llama_gguf
    from converters.quantize import quantize_gguf
    from converters.tiny_llama import random_tensors
    work.mkdir(parents=True, exist_ok=True)
    q4 = work / f"llama-13b-width-{layers}L-q4_k_m.gguf"
    if q4.is_file():
        return q4
    hp = LlamaHParams(n_vocab=N_VOCAB, n_embd=N_EMBD, n_layer=layers, n_head=N_HEAD,
                      n_head_kv=N_HEAD, n_ff=N_FF)
    f16 = work / f"llama-13b-width-{layers}L-f16.gguf"
    start = time.perf_counter()
    write_llama_gguf(f16, hp, bench_vocab(), random_tensors(hp, 0), dtype="f16", name="bench-llama")
    print(f"wrote {f16.name} ({f16.stat().st_size / 1e9:.2f} GB) in {time.perf_counter() - start:.0f} s")
    start = time.perf_counter()
    quantize_gguf(f16, q4, "Q4_K_M", threads=threads)
    print(f"quantized to {q4.name} ({q4.stat().st_size / 1e9:.2f} GB) in {time.perf_counter() - start:.0f} s")
    f16.unlink()
    return q4


def bytes_per_token(path: Path) -> tuple[int, int]:
    """(all tensor data bytes, bytes read per decoded token: all but token_embd)."""
    import gguf
    reader = gguf.GGUFReader(path)
    sizes = {t.name: int(t.n_bytes) for t in reader.tensors}
    return sum(sizes.values()), sum(sizes.values()) - sizes["token_embd.weight"]


# --- children ------------------------------------------------------------------------------------

def image_rows() -> np.ndarray:
    return np.random.default_rng(0).standard_normal((N_IMAGE, N_EMBD)).astype(np.float32)


def _serve(run, extra: dict) -> None:
    """Line protocol: "run" -> {"tps"[, "acceptance"]}, "quit" -> {"peak_rss_mb"}; ``run``
    returns tokens/s or a dict with "tps"."""
    run()  # warm-up
    print(json.dumps(extra), flush=True)
    for line in sys.stdin:
        if line.strip() == "run":
            result = run()
            print(json.dumps(result if isinstance(result, dict) else {"tps": result}), flush=True)
        else:
            print(json.dumps({"peak_rss_mb": _peak_rss_mb()}), flush=True)
            return


def _settings(tokens: int, llm):
    from skingpt_desktop.core.llm.llm import GenerationSettings
    # EOS banned for the whole answer and the '#' byte banned so "###" cannot end it early.
    return GenerationSettings(deterministic=True, max_new_tokens=tokens, min_new_tokens=tokens,
                              logit_bias={3 + 0x23: float("-inf")})


def child_ours(args: argparse.Namespace) -> None:
    from skingpt_desktop.core.llm.chat_session import ChatSession
    from skingpt_desktop.core.llm.llm import LLM
    llm = LLM(args.gguf, n_ctx=N_CTX, n_threads=args.threads)
    image, settings = image_rows(), _settings(args.tokens, llm)
    holder: dict = {}

    def run() -> float:
        session = ChatSession(llm, "skingpt4", image)
        answer = session.ask(QUESTION, settings)
        holder["items"] = list(session.last_prompt_items)
        return (answer.generated_tokens - 1) / (answer.generation_ms / 1000.0)

    run()
    Path(args.items).write_text(json.dumps(holder["items"]))
    _serve(run, {"prompt_items": len(holder["items"])})


def build_draft(work: Path) -> Path:
    """The small random draft with the bench vocabulary (cached in ``work``)."""
    from converters.llama_gguf import LlamaHParams, write_llama_gguf
    from converters.tiny_llama import random_tensors
    path = work / f"draft-{DRAFT_EMBD}-{DRAFT_LAYERS}L-f16.gguf"
    if not path.is_file():
        hp = LlamaHParams(n_vocab=N_VOCAB, n_embd=DRAFT_EMBD, n_layer=DRAFT_LAYERS,
                          n_head=DRAFT_HEAD, n_head_kv=DRAFT_HEAD, n_ff=DRAFT_FF)
        write_llama_gguf(path, hp, bench_vocab(), random_tensors(hp, 7), dtype="f16",
                         name="bench-draft")
    return path


def _child_speculative(args: argparse.Namespace, draft_path: Path | None) -> None:
    """Ours with a draft model (None: prompt lookup): tokens/s and the share of proposals kept."""
    from skingpt_desktop.core.llm.chat_session import ChatSession
    from skingpt_desktop.core.llm.llm import LLM
    from skingpt_desktop.core.llm.speculative import DraftModel, PromptLookup
    llm = LLM(args.gguf, n_ctx=N_CTX, n_threads=args.threads)
    draft = PromptLookup() if draft_path is None else \
        DraftModel(LLM(draft_path, n_ctx=N_CTX, n_threads=args.threads), llm)
    image, settings = image_rows(), _settings(args.tokens, llm)

    def run() -> dict:
        answer = ChatSession(llm, "skingpt4", image, draft=draft).ask(QUESTION, settings)
        return {"tps": (answer.generated_tokens - 1) / (answer.generation_ms / 1000.0),
                "acceptance": answer.draft_acceptance}

    _serve(run, {})


def child_spec_self(args: argparse.Namespace) -> None:
    _child_speculative(args, args.gguf)  # the target as its own draft: the upper bound


def child_spec_small(args: argparse.Namespace) -> None:
    _child_speculative(args, build_draft(args.gguf.parent))  # a random small model: the lower


def child_spec_lookup(args: argparse.Namespace) -> None:
    _child_speculative(args, None)  # no model: n-grams of the conversation itself


def _plain_prompt(ctx, items: list[int], batch, threads: int) -> None:
    """Evaluate the prompt items: token runs in ``batch``, image rows in an embedding batch."""
    import ctypes

    import llama_cpp
    rows, pos = image_rows(), 0
    while pos < len(items):
        image = items[pos] < 0
        end = pos
        while end < len(items) and (items[end] < 0) == image and end - pos < 256:
            end += 1
        b = llama_cpp.llama_batch_init(end - pos, N_EMBD, 1) if image else batch
        if image:
            data = np.ascontiguousarray(rows[[-1 - i for i in items[pos:end]]])
            ctypes.memmove(b.embd, data.ctypes.data, data.nbytes)
        for i in range(end - pos):
            if not image:
                b.token[i] = items[pos + i]
            b.pos[i], b.n_seq_id[i], b.seq_id[i][0], b.logits[i] = pos + i, 1, 0, 0
        b.logits[end - pos - 1] = int(end == len(items))
        b.n_tokens = end - pos
        assert llama_cpp.llama_decode(ctx, b) == 0
        if image:
            llama_cpp.llama_batch_free(b)
        pos = end


def _same_kernels_as_ours() -> None:
    """Load models the way core/llm/llm.py does: on a build with AMX, without llama.cpp's extra
    buffer types (their AMX kernels crash there), so all three configurations run the same
    CPU kernels. The high-level Llama has no option for it, hence the default params."""
    import llama_cpp

    from skingpt_desktop.core.llm.llm import build_has_amx
    if not build_has_amx():
        return
    default = llama_cpp.llama_model_default_params

    def without_extra_bufts():
        params = default()
        params.use_extra_bufts = False
        return params

    llama_cpp.llama_model_default_params = without_extra_bufts
    llama_cpp.llama_cpp.llama_model_default_params = without_extra_bufts


def child_plain(args: argparse.Namespace) -> None:
    import llama_cpp
    llama_cpp.llama_backend_init()
    _same_kernels_as_ours()
    model = llama_cpp.llama_model_load_from_file(os.fsencode(args.gguf),
                                                 llama_cpp.llama_model_default_params())
    params = llama_cpp.llama_context_default_params()
    params.n_ctx, params.n_batch, params.n_ubatch, params.n_seq_max = N_CTX, 256, 256, 1
    params.n_threads = params.n_threads_batch = args.threads
    ctx = llama_cpp.llama_init_from_model(model, params)
    memory = llama_cpp.llama_get_memory(ctx)
    batch = llama_cpp.llama_batch_init(256, 0, 1)
    items = json.loads(Path(args.items).read_text())

    def run() -> float:
        llama_cpp.llama_memory_clear(memory, True)
        _plain_prompt(ctx, items, batch, args.threads)
        pos, start = len(items), time.perf_counter()
        for step in range(args.tokens):
            logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(ctx, -1), shape=(N_VOCAB,))
            tok = int(np.argmax(logits))
            if step == 0:
                start = time.perf_counter()
            if step == args.tokens - 1:
                break
            batch.token[0], batch.pos[0], batch.n_seq_id[0], batch.seq_id[0][0] = tok, pos, 1, 0
            batch.logits[0], batch.n_tokens = 1, 1
            assert llama_cpp.llama_decode(ctx, batch) == 0
            pos += 1
        return (args.tokens - 1) / (time.perf_counter() - start)

    _serve(run, {})


def child_highlevel(args: argparse.Namespace) -> None:
    import llama_cpp
    _same_kernels_as_ours()
    llm = llama_cpp.Llama(str(args.gguf), n_ctx=N_CTX, n_batch=256, n_ubatch=256,
                          n_threads=args.threads, n_threads_batch=args.threads, verbose=False)
    items = json.loads(Path(args.items).read_text())
    tokens = [t if t >= 0 else 300 for t in items]  # image rows -> a filler token, same length

    def run() -> float:
        llm.reset()
        start = time.perf_counter()
        for n, _tok in enumerate(llm.generate(tokens, top_k=1, temp=0.0, min_p=0.0, top_p=1.0), 1):
            if n == 1:
                start = time.perf_counter()
            if n == args.tokens:
                break
        return (args.tokens - 1) / (time.perf_counter() - start)

    _serve(run, {})


def _history(llm, target: int) -> list:
    """Stored turns whose prompt is about ``target`` items (words from the vocabulary)."""
    from skingpt_desktop.core.llm.conversation import Turn
    rng = np.random.default_rng(1)
    words = ["".join(rng.choice(list("abcdefghijklmnopqrstuvwxyz"), 3)) for _ in range(400)]
    turns, total = [], 120
    while total < target:
        answer = " ".join(rng.choice(words, 90)) + "."
        turns.append(Turn(QUESTION, answer))
        total += len(llm.tokenize(answer)) + len(llm.tokenize(QUESTION)) + 8
    return turns


def child_ttft(args: argparse.Namespace) -> None:
    """Reopen time and follow-up TTFT (prompt + first token: ``max_new_tokens`` 1)."""
    from skingpt_desktop.core.llm.chat_session import ChatSession
    from skingpt_desktop.core.llm.llm import LLM, GenerationSettings
    llm = LLM(args.gguf, n_ctx=N_CTX, n_threads=args.threads)
    one = GenerationSettings(deterministic=True, max_new_tokens=1)
    out: dict = {}

    def timed(session, key: str) -> None:
        start = time.perf_counter()
        answer = session.ask("And what treatment would you recommend?", one)
        out[key] = {"ms": (time.perf_counter() - start) * 1000.0, "cache_before": len(session.kv_items)
                    - answer.prompt_tokens_evaluated - 0, "evaluated": answer.prompt_tokens_evaluated}

    fresh = ChatSession(llm, "skingpt4", image_rows())
    fresh.ask(QUESTION, _settings(8, llm))
    timed(fresh, "followup_small")
    reopened = ChatSession(llm, "skingpt4", image_rows(), turns=_history(llm, 1450))
    timed(reopened, "reopen")
    timed(reopened, "followup_large")
    out["peak_rss_mb"] = _peak_rss_mb()
    print(json.dumps(out), flush=True)


# --- parent --------------------------------------------------------------------------------------

class Child:
    """One configuration in its own process."""

    def __init__(self, kind: str, args: argparse.Namespace) -> None:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--gguf", str(args.gguf),
               "--threads", str(args.threads), "--tokens", str(args.tokens), "--items", str(args.items)]
        env = dict(os.environ, PYTHONPATH=str(ROOT), OMP_NUM_THREADS=str(args.threads))
        self.name, self.tps, self.acceptance = kind, [], []
        self.proc = subprocess.Popen(cmd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.info = self._answer()

    def _answer(self) -> dict:
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError(f"{self.name}: the benchmark process exited early")
            if line.startswith("{"):
                return json.loads(line)

    def ask(self, command: str) -> dict:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self._answer()


def run_rounds(args: argparse.Namespace) -> dict[str, Child]:
    children = {"ours": Child("ours", args)}  # writes the prompt items the others use
    try:
        children["plain"] = Child("plain", args)
        children["highlevel"] = Child("highlevel", args)
        if args.speculative:
            build_draft(args.gguf.parent)
            children["spec_self"] = Child("spec_self", args)
            children["spec_small"] = Child("spec_small", args)
            children["spec_lookup"] = Child("spec_lookup", args)
        order = list(children.values())
        for round_no in range(args.rounds):
            shift = round_no % len(order)
            for child in order[shift:] + order[:shift]:
                time.sleep(SETTLE_S)
                answer = child.ask("run")
                child.tps.append(answer["tps"])
                if answer.get("acceptance") is not None:
                    child.acceptance.append(answer["acceptance"])
        for child in order:
            child.info.update(child.ask("quit"))
            child.proc.wait()
    finally:
        for child in children.values():
            if child.proc.poll() is None:
                child.proc.kill()
    return children


def summarize(args, children: dict[str, Child], ttft: dict, bw: float, sizes: tuple[int, int]) -> dict:
    med = {k: statistics.median(c.tps) for k, c in children.items()}
    bound = bw * 1e9 / sizes[1]
    return {"layers": args.layers, "file_bytes": args.gguf.stat().st_size, "tensor_bytes": sizes[0],
            "bytes_per_token": sizes[1], "threads": args.threads, "tokens": args.tokens,
            "rounds": args.rounds, "prompt_items": children["ours"].info["prompt_items"],
            "copy_bandwidth_gbs": bw, "bound_tps": bound, "median_tps": med,
            "per_round_tps": {k: c.tps for k, c in children.items()},
            "peak_rss_mb": {**{k: c.info["peak_rss_mb"] for k, c in children.items()},
                            "ttft": ttft["peak_rss_mb"]},
            "ours_over_plain": med["ours"] / med["plain"], "plain_over_bound": med["plain"] / bound,
            "highlevel_over_plain": med["highlevel"] / med["plain"], "ttft": ttft,
            "acceptance": {k: statistics.median(c.acceptance) for k, c in children.items()
                           if c.acceptance},
            "loadavg": Path("/proc/loadavg").read_text().split()[:3]}


def print_table(r: dict) -> None:
    names = {"ours": "ours (LLM + ChatSession)", "plain": "plain llama_decode + argmax",
             "highlevel": "llama_cpp.Llama (greedy)", "spec_self": "ours + draft: the model itself",
             "spec_small": "ours + draft: small random",
             "spec_lookup": "ours + prompt lookup"}
    names = {k: v for k, v in names.items() if k in r["median_tps"]}
    print(f"\n{r['layers']} layers, {r['file_bytes'] / 1e9:.2f} GB Q4_K_M, "
          f"{r['bytes_per_token'] / 1e9:.3f} GB"
          f" read per token, {r['threads']} threads, n_ctx {N_CTX}, {r['tokens']} tokens, "
          f"{r['prompt_items']} prompt items, {r['rounds']} rounds, load {' '.join(r['loadavg'])}")
    print(f"{'configuration':30} {'tokens/s':>9} {'peak RSS MiB':>13}")
    for key, name in names.items():
        print(f"{name:30} {r['median_tps'][key]:>9.2f} {r['peak_rss_mb'][key]:>13.0f}")
    print(f"{'bandwidth bound':30} {r['bound_tps']:>9.2f}   (copy {r['copy_bandwidth_gbs']:.1f} GB/s)")
    for key, rate in r["acceptance"].items():
        speedup = r["median_tps"][key] / r["median_tps"]["ours"]
        print(f"{names[key]}: {rate:.0%} of proposals kept, {speedup:.2f}x ours without a draft")
    print(f"ours/plain {r['ours_over_plain']:.3f}  plain/bound {r['plain_over_bound']:.3f}  "
          f"highlevel/plain {r['highlevel_over_plain']:.3f}")
    t = r["ttft"]
    for key in ("followup_small", "reopen", "followup_large"):
        print(f"{key:16} {t[key]['ms']:>9.0f} ms  (cache before {t[key]['cache_before']}, "
              f"evaluated {t[key]['evaluated']})")
    print(f"{'pass' if r['ours_over_plain'] >= 0.95 else 'miss'}: ours >= 0.95 x plain")
    ok = r["plain_over_bound"] >= 0.7
    print(f"{'pass' if ok else 'miss'}: plain >= 0.7 x bandwidth bound"
          + ("" if ok else " (llama.cpp itself falls short: not ours to fix)"))
    print("per round tokens/s:", {k: [round(v, 2) for v in vs] for k, vs in r["per_round_tps"].items()})


def parent_main(args: argparse.Namespace) -> None:
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    args.layers = args.layers or default_layers(work)
    args.gguf = build_model(work, args.layers, args.threads)
    args.items = work / "prompt-items.json"
    children = run_rounds(args)
    ttft = Child("ttft", args).info
    bw = copy_bandwidth(args.threads, mib=1024)  # last: a child's ru_maxrss starts at the parent's RSS
    result = summarize(args, children, ttft, bw, bytes_per_token(args.gguf))
    print_table(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/skingpt-llm-bench"))
    parser.add_argument("--layers", type=int, default=0, help="0: from free RAM and disk (at most 4)")
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--speculative", action="store_true",
                        help="also time speculative decoding with two drafts (itself, small random)")
    parser.add_argument("--child", choices=[*CONFIGS, "ttft"], help=argparse.SUPPRESS)
    parser.add_argument("--gguf", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--items", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    child = {"ours": child_ours, "plain": child_plain, "highlevel": child_highlevel,
             "spec_self": child_spec_self, "spec_small": child_spec_small,
             "spec_lookup": child_spec_lookup, "ttft": child_ttft}
    (child[args.child] if args.child else parent_main)(args)


if __name__ == "__main__":
    main()
