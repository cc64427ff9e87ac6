"""Benchmark: our vision towers against the PyTorch reference, at the real SkinGPT-4 shape.

Writes random weights of the real shape (EVA-ViT-g 39 x 1408, Q-Former 12 x 768, projection
5120) to temporary vision GGUFs, float16 (about 2.2 GB) and q8_0 (the same values quantized,
about 1.2 GB), and starts one subprocess per configuration, so that each one's peak resident
memory (``ru_maxrss``) is its own:

- numpy, weight mode "cache"  (float32 weights in memory)
- numpy, weight mode "stream" (one layer's weights at a time)
- ggml on the CPU, the f16 file and the q8_0 file (weights used as stored)
- the reference: transformers Blip2VisionModel + Blip2QFormerModel + Linear in float32 PyTorch,
  ``torch.set_num_threads`` equal to our BLAS threads, transformers' default attention
  (``--attn eager`` for the literal one), loaded with the same weights; skipped without torch.

Each process loads its model and encodes once to warm up; then the parent asks them in turn,
round-robin, to encode one image, so that all configurations see the same background load.
Reported: load time, median ms per image, peak RSS, the ratios ours / reference, and the largest
difference between our embeddings and the reference's (same weights; ggml's q8_0 products also
quantize the activations). All processes are alive together: about 13 GB of memory. Not a
test; run it on a quiet machine:

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
    from skingpt_desktop.core.vision.vision import VisionEncoder

    start = time.perf_counter()
    encoder = VisionEncoder.from_gguf(args.gguf, weight_mode=args.mode)
    load_s = time.perf_counter() - start
    pixels = _pixels()
    _serve(lambda: encoder.encode(pixels), load_s, {})


def child_ggml(args: argparse.Namespace) -> None:
    from skingpt_desktop.core.vision.vision_ggml import GgmlVisionEncoder

    start = time.perf_counter()
    encoder = GgmlVisionEncoder.from_gguf(args.gguf, threads=args.threads)
    load_s = time.perf_counter() - start
    pixels = _pixels()
    _serve(lambda: encoder.encode(pixels), load_s,
           {"weights_mib": encoder.weight_bytes / 2**20,
            "activations_mib": encoder.activation_bytes / 2**20})


def _torch_models(hp, attn: str):
    import torch
    from torch import nn
    from transformers import (
        Blip2QFormerConfig,
        Blip2QFormerModel,
        Blip2VisionConfig,
        Blip2VisionModel,
    )

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
    from skingpt_desktop.core.vision.vision_gguf import VisionWeights

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

    from skingpt_desktop.core.vision.vision_format import VisionHParams

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

def write_random_gguf(path: Path, dtype: str = "f16") -> None:
    """Random weights of the real shape: N(0, 0.02) like the reference's init, norms at 1."""
    import numpy as np

    from skingpt_desktop.core.vision.vision_format import VisionHParams, expected_tensors
    from skingpt_desktop.core.vision.vision_gguf import write_vision_gguf

    hp = VisionHParams()
    table = expected_tensors(hp)

    def get(name: str) -> np.ndarray:
        if "norm" in name and name.endswith("weight") or name == "ln_vision.weight":
            return np.ones(table[name], np.float32)
        rng = np.random.default_rng(zlib.crc32(name.encode()))  # same weights every run
        return rng.standard_normal(table[name], dtype=np.float32) * np.float32(0.02)

    write_vision_gguf(path, hp, get, dtype=dtype)


class Child:
    """One configuration in its own process, answering the line protocol of ``_serve``."""

    def __init__(self, name: str, python: str, kind: str, args: argparse.Namespace,
                 extra: list[str], gguf: Path | None = None) -> None:
        env = dict(os.environ, **{var: str(args.threads) for var in THREAD_VARS})
        env["PYTHONPATH"] = str(ROOT)
        cmd = [python, str(Path(__file__).resolve()), "--child", kind,
               "--gguf", str(gguf or args.gguf),
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
    print("\nratios are ours / reference; targets: numpy cache time <= 1.1, numpy stream "
          "memory <= 0.5, ggml f16 time <= 0.8, ggml q8_0 time <= 0.6 and memory <= 0.25")
    for child in children:
        extra = {k: round(v) for k, v in child.info.items() if k.endswith("_mib")}
        print(f"{child.name}: ms per run {[round(t) for t in child.times]}"
              + (f"; ggml buffers MiB {extra}" if extra else ""))


def report_parity(ours: list[Child], ref: Child, workdir: Path) -> None:
    import numpy as np
    ref_file = workdir / "ref.npy"
    ref.ask(f"save {ref_file}")
    b = np.load(ref_file)
    print(f"\nparity at the real shape against the reference (same weights; embedding std "
          f"{b.std():.3g}):")
    for index, child in enumerate(ours):
        path = workdir / f"ours-{index}.npy"
        child.ask(f"save {path}")
        a = np.load(path)
        cos = (a * b).sum(-1) / (np.linalg.norm(a, axis=-1) * np.linalg.norm(b, axis=-1))
        print(f"  {child.name:24} max abs {np.abs(a - b).max():.3g}, worst query cosine "
              f"{cos.min():.7f}")


def _configurations(args: argparse.Namespace) -> list[tuple[str, str, str, list[str], Path]]:
    """(name, interpreter, child kind, extra arguments, GGUF) of every configuration."""
    return [
        ("numpy, cache mode", sys.executable, "ours", ["--mode", "cache"], args.gguf),
        ("numpy, stream mode", sys.executable, "ours", ["--mode", "stream"], args.gguf),
        ("ggml, f16 file", sys.executable, "ggml", [], args.gguf),
        ("ggml, q8_0 file", sys.executable, "ggml", [], args.gguf_q8),
    ]


def run_all(args: argparse.Namespace, workdir: Path) -> None:
    children: list[Child] = []
    try:
        for name, python, kind, extra, gguf in _configurations(args):
            children.append(Child(name, python, kind, args, extra, gguf))
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
        if children[-1].name == REFERENCE:
            report_parity(children[:-1], children[-1], workdir)
        for child in children:
            child.finish()
    finally:
        for child in children:
            if child.proc.poll() is None:
                child.proc.kill()
    print(f"threads: {args.threads}; {args.runs} runs each, round-robin, after a warm-up; "
          f"weights: random f16 (and the same quantized to q8_0); reference attention: "
          f"{args.attn}; load average before the run: {args.load_before}")
    print_table(children)


def _write_files(args: argparse.Namespace, workdir: Path) -> None:
    for attr, dtype in (("gguf", "f16"), ("gguf_q8", "q8_0")):
        if getattr(args, attr) is None:
            path = workdir / f"vision-{dtype}.gguf"
            start = time.perf_counter()
            write_random_gguf(path, dtype)
            print(f"wrote {path} ({path.stat().st_size / 1e9:.2f} GB) in "
                  f"{time.perf_counter() - start:.0f} s")
            setattr(args, attr, path)


def parent_main(args: argparse.Namespace) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="skingpt-bench-"))
    try:
        _write_files(args, workdir)
        args.load_before = " ".join(f"{x:.2f}" for x in os.getloadavg())
        run_all(args, workdir)
    finally:
        for leftover in workdir.glob("*"):
            leftover.unlink()
        workdir.rmdir()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--runs", type=int, default=5, help="timed encodes per configuration")
    parser.add_argument("--gguf", type=Path, help="use this f16 vision GGUF instead of random weights")
    parser.add_argument("--gguf-q8", type=Path, help="and this q8_0 one")
    parser.add_argument("--reference-python", help="interpreter with torch and transformers")
    parser.add_argument("--attn", default="sdpa", choices=["sdpa", "eager"],
                        help="the reference's attention (transformers' default: sdpa)")
    parser.add_argument("--child", choices=["ours", "ggml", "torch"], help=argparse.SUPPRESS)
    parser.add_argument("--mode", default="cache", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "ours":
        child_ours(args)
    elif args.child == "ggml":
        child_ggml(args)
    elif args.child == "torch":
        child_torch(args)
    else:
        parent_main(args)


if __name__ == "__main__":
    main()
