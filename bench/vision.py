"""Benchmark: the numpy vision tower against the PyTorch reference, at the real SkinGPT-4 shape.

Writes random float16 weights of the real shape (EVA-ViT-g 39 x 1408, Q-Former 12 x 768,
projection 5120; about 2.2 GB) to a temporary vision GGUF and starts one subprocess per
configuration, so that each one's peak resident memory (``ru_maxrss``) is its own:

- ours, weight mode "cache"  (float32 weights in memory)
- ours, weight mode "stream" (one layer's weights at a time)
- the reference: transformers Blip2VisionModel + Blip2QFormerModel + Linear in float32 PyTorch,
  ``torch.set_num_threads`` equal to our BLAS threads, transformers' default attention
  (``--attn eager`` for the literal one), loaded with the same weights; skipped without torch.

Each process loads its model and encodes once to warm up; then the parent asks them in turn,
round-robin, to encode one image, so that all configurations see the same background load.
Reported: load time, median ms per image, peak RSS, the ratios ours / reference, and the largest
difference between our embeddings and the reference's (same weights, float32 math). All three
processes are alive together: about 10 GB of memory. Not a test; run it on a quiet machine:

    .venv/bin/python bench/vision.py --threads 2 --reference-python /work/refvenv/bin/python
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
               "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")
REFERENCE = "reference (torch fp32)"
SETTLE_S = 1.0  # pause between encodes: lets the previous process's spinning threads go idle


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


def _pixels():
    import numpy as np
    return np.random.default_rng(0).standard_normal((3, 224, 224)).astype(np.float32)


# --- children: load, warm up, then encode on request ------------------------------------------

def _serve(encode, load_s: float, extra: dict) -> None:
    """Line protocol on stdin/stdout: "run" -> {"ms"}, "save PATH" -> {}, "quit" -> {peak}."""
    import numpy as np
    encode()  # warm-up: first-touch allocations, thread start-up
    print(json.dumps({"load_s": load_s, **extra}), flush=True)
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "run":
            start = time.perf_counter()
            encode()
            print(json.dumps({"ms": (time.perf_counter() - start) * 1000.0}), flush=True)
        elif command == "save":
            np.save(arg, encode())
            print("{}", flush=True)
        else:
            print(json.dumps({"peak_rss_mb": _peak_rss_mb()}), flush=True)
            return


def child_ours(args: argparse.Namespace) -> None:
    from skingpt_desktop.core.vision import VisionEncoder

    start = time.perf_counter()
    encoder = VisionEncoder.from_gguf(args.gguf, weight_mode=args.mode)
    load_s = time.perf_counter() - start
    pixels = _pixels()
    _serve(lambda: encoder.encode(pixels), load_s, {})


def _torch_models(hp, attn: str):
    import torch
    from torch import nn
    from transformers import (Blip2QFormerConfig, Blip2QFormerModel, Blip2VisionConfig,
                              Blip2VisionModel)

    vision = Blip2VisionModel(Blip2VisionConfig(
        hidden_size=hp.vit_width, intermediate_size=hp.vit_mlp_dim, num_hidden_layers=hp.vit_depth,
        num_attention_heads=hp.vit_heads, image_size=hp.image_size, patch_size=hp.patch_size,
        layer_norm_eps=hp.vit_ln_eps, attn_implementation=attn)).eval()
    qformer = Blip2QFormerModel(Blip2QFormerConfig(
        hidden_size=hp.qformer_width, num_hidden_layers=hp.qformer_depth,
        num_attention_heads=hp.qformer_heads, intermediate_size=hp.qformer_mlp_dim,
        layer_norm_eps=hp.qformer_ln_eps, cross_attention_frequency=hp.cross_attention_freq,
        encoder_hidden_size=hp.vit_width, attn_implementation=attn)).eval()
    proj = nn.Linear(hp.qformer_width, hp.proj_width).eval()
    query_tokens = torch.zeros(1, hp.num_query_tokens, hp.qformer_width)
    return vision, qformer, proj, query_tokens


def _load_gguf_into_torch(path: str, hp, vision, qformer, proj, query_tokens) -> None:
    """Copy our GGUF's weights into the transformers modules, one tensor at a time."""
    import numpy as np
    import torch
    from converters.blip2_hf import hf_blip2_tensor_name_map
    from skingpt_desktop.core.vision_gguf import VisionWeights

    params = {f"vision_model.{k}": v for k, v in vision.state_dict().items()}
    params.update({f"qformer.{k}": v for k, v in qformer.state_dict().items()})
    params.update({f"language_projection.{k}": v for k, v in proj.state_dict().items()})
    params["query_tokens"] = query_tokens
    width = hp.vit_width
    with VisionWeights(path, mode="stream") as weights, torch.no_grad():
        for ours, hf_name in hf_blip2_tensor_name_map(hp).items():
            value = torch.from_numpy(np.ascontiguousarray(weights.tensor(ours)))
            target = params[hf_name]
            if ours.endswith("q_bias"):  # transformers' qkv bias = (q_bias, 0, v_bias)
                target[:width].copy_(value)
                target[width:2 * width].zero_()
            elif ours.endswith("v_bias"):
                target[2 * width:].copy_(value)
            else:
                target.copy_(value)


def child_torch(args: argparse.Namespace) -> None:
    import torch
    from skingpt_desktop.core.vision_format import VisionHParams

    torch.set_num_threads(args.threads)
    hp = VisionHParams()
    start = time.perf_counter()
    vision, qformer, proj, query_tokens = _torch_models(hp, args.attn)
    _load_gguf_into_torch(args.gguf, hp, vision, qformer, proj, query_tokens)
    load_s = time.perf_counter() - start
    pixels = torch.from_numpy(_pixels())[None]
    post = vision.post_layernorm

    @torch.inference_mode()
    def encode():
        hidden = vision.encoder(inputs_embeds=vision.embeddings(pixels)).last_hidden_state
        image = torch.nn.functional.layer_norm(hidden, post.normalized_shape, post.weight,
                                               post.bias, eps=hp.ln_vision_eps)  # ln_vision
        queries = qformer(query_embeds=query_tokens, encoder_hidden_states=image).last_hidden_state
        return proj(queries)[0].numpy()

    _serve(encode, load_s, {"torch": torch.__version__})


# --- parent ------------------------------------------------------------------------------------

def write_random_gguf(path: Path) -> None:
    """Random weights of the real shape: N(0, 0.02) like the reference's init, norms at 1."""
    import numpy as np
    from skingpt_desktop.core.vision_format import VisionHParams, expected_tensors
    from skingpt_desktop.core.vision_gguf import write_vision_gguf

    hp = VisionHParams()
    table = expected_tensors(hp)

    def get(name: str) -> np.ndarray:
        if "norm" in name and name.endswith("weight") or name == "ln_vision.weight":
            return np.ones(table[name], np.float32)
        rng = np.random.default_rng(zlib.crc32(name.encode()))  # same weights every run
        return rng.standard_normal(table[name], dtype=np.float32) * np.float32(0.02)

    write_vision_gguf(path, hp, get, dtype="f16")


class Child:
    """One configuration in its own process, answering the line protocol of ``_serve``."""

    def __init__(self, name: str, python: str, kind: str, args: argparse.Namespace,
                 extra: list[str]) -> None:
        env = dict(os.environ, **{var: str(args.threads) for var in THREAD_VARS})
        env["PYTHONPATH"] = str(ROOT)
        cmd = [python, str(Path(__file__).resolve()), "--child", kind, "--gguf", str(args.gguf),
               "--threads", str(args.threads), "--attn", args.attn, *extra]
        self.name, self.times = name, []
        self.proc = subprocess.Popen(cmd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True)
        self.info = self._answer()

    def _answer(self) -> dict:
        while True:  # libraries may print to stdout too: answers are the JSON lines
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError(f"{self.name}: the benchmark process exited early")
            if line.startswith("{"):
                return json.loads(line)

    def ask(self, command: str) -> dict:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self._answer()

    def finish(self) -> None:
        self.info.update(self.ask("quit"))
        self.proc.wait()


def print_table(children: list[Child]) -> None:
    ref = next((c for c in children if c.name == REFERENCE), None)
    print(f"\n{'configuration':26} {'load s':>7} {'ms/image':>9} {'peak RSS MiB':>12}"
          f" {'time ratio':>11} {'memory ratio':>13}")
    for child in children:
        ms, rss = statistics.median(child.times), child.info["peak_rss_mb"]
        ratios = ""
        if ref is not None and child is not ref:
            ratios = (f"{ms / statistics.median(ref.times):>11.2f} "
                      f"{rss / ref.info['peak_rss_mb']:>13.2f}")
        print(f"{child.name:26} {child.info['load_s']:>7.1f} {ms:>9.0f} {rss:>12.0f} {ratios}")
    print("\nratios are ours / reference; targets: cache-mode time <= 1.1, "
          "stream-mode memory <= 0.5")
    for child in children:
        print(f"{child.name}: ms per run {[round(t) for t in child.times]}")


def report_parity(ours: Child, ref: Child, workdir: Path) -> None:
    import numpy as np
    ours_file, ref_file = workdir / "ours.npy", workdir / "ref.npy"
    ours.ask(f"save {ours_file}")
    ref.ask(f"save {ref_file}")
    a, b = np.load(ours_file), np.load(ref_file)
    cos = (a * b).sum(-1) / (np.linalg.norm(a, axis=-1) * np.linalg.norm(b, axis=-1))
    print(f"\nparity at the real shape (same f16 weights, float32 math): max abs "
          f"{np.abs(a - b).max():.3g} (embedding std {b.std():.3g}), worst query cosine "
          f"{cos.min():.7f}")


def run_all(args: argparse.Namespace, workdir: Path) -> None:
    children: list[Child] = []
    try:
        for mode in ("cache", "stream"):
            children.append(Child(f"ours, {mode} mode", sys.executable, "ours", args,
                                  ["--mode", mode]))
        ref_python = args.reference_python or sys.executable
        if subprocess.run([ref_python, "-c", "import torch, transformers"],
                          capture_output=True).returncode == 0:
            children.append(Child(REFERENCE, ref_python, "torch", args, []))
        else:
            print(f"{ref_python} has no torch/transformers: reference skipped")
        for round_no in range(args.runs):
            shift = round_no % len(children)  # rotate who goes first
            for child in children[shift:] + children[:shift]:
                time.sleep(SETTLE_S)
                child.times.append(child.ask("run")["ms"])
        if len(children) == 3:
            report_parity(children[0], children[2], workdir)
        for child in children:
            child.finish()
    finally:
        for child in children:
            if child.proc.poll() is None:
                child.proc.kill()
    print(f"threads: {args.threads}; {args.runs} runs each, round-robin, after a warm-up; "
          f"weights: random f16; reference attention: {args.attn}")
    print_table(children)


def parent_main(args: argparse.Namespace) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="skingpt-bench-"))
    own_file = args.gguf is None
    if own_file:
        args.gguf = workdir / "vision-f16.gguf"
        start = time.perf_counter()
        write_random_gguf(args.gguf)
        print(f"wrote {args.gguf} ({args.gguf.stat().st_size / 1e9:.2f} GB) in "
              f"{time.perf_counter() - start:.0f} s")
    try:
        run_all(args, workdir)
    finally:
        for leftover in workdir.glob("*"):
            leftover.unlink()
        workdir.rmdir()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--runs", type=int, default=5, help="timed encodes per configuration")
    parser.add_argument("--gguf", type=Path, help="use this vision GGUF instead of random weights")
    parser.add_argument("--reference-python", help="interpreter with torch and transformers")
    parser.add_argument("--attn", default="sdpa", choices=["sdpa", "eager"],
                        help="the reference's attention (transformers' default: sdpa)")
    parser.add_argument("--child", choices=["ours", "torch"], help=argparse.SUPPRESS)
    parser.add_argument("--mode", default="cache", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "ours":
        child_ours(args)
    elif args.child == "torch":
        child_torch(args)
    else:
        parent_main(args)


if __name__ == "__main__":
    main()
