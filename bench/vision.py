"""Benchmark: the numpy vision tower against the PyTorch reference, at the real SkinGPT-4 shape.

Writes random float16 weights of the real shape (EVA-ViT-g 39 x 1408, Q-Former 12 x 768,
projection 5120; about 2.2 GB) to a temporary vision GGUF, then runs each configuration in its
own subprocess, so that each one's peak resident memory (``ru_maxrss``) is its own:

- ours, weight mode "cache"  (float32 weights in memory)
- ours, weight mode "stream" (one layer's weights at a time)
- the reference: transformers Blip2VisionModel + Blip2QFormerModel + Linear, float32, PyTorch
  with ``torch.set_num_threads`` equal to our BLAS threads and transformers' default attention
  (``--attn eager`` for the literal one); skipped if torch is missing.

Each reports load time, the median ms per image of ``--runs`` encodes after one warm-up, and peak
RSS. With ``--parity`` the reference also loads the GGUF's weights and its embeddings are compared
with ours (not timed). Not a test: run it by hand on a quiet machine, e.g.

    .venv/bin/python bench/vision.py --threads 2 --reference-python /work/refvenv/bin/python
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


def _pixels():
    import numpy as np
    return np.random.default_rng(0).standard_normal((3, 224, 224)).astype(np.float32)


def _time_runs(encode, runs: int) -> list[float]:
    encode()  # warm-up: first-touch allocations, BLAS thread start-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        encode()
        times.append((time.perf_counter() - start) * 1000.0)
    return times


# --- children ----------------------------------------------------------------------------------

def child_ours(args: argparse.Namespace) -> dict:
    import numpy as np
    from skingpt_desktop.core.vision import VisionEncoder

    start = time.perf_counter()
    encoder = VisionEncoder.from_gguf(args.gguf, weight_mode=args.mode)
    load_s = time.perf_counter() - start
    pixels = _pixels()
    times = _time_runs(lambda: encoder.encode(pixels), args.runs)
    if args.save:
        np.save(args.save, encoder.encode(pixels))
    return {"load_s": load_s, "ms": times, "peak_rss_mb": _peak_rss_mb()}


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
    with torch.no_grad():  # realistic scales, in place (no extra memory)
        for module in (vision, qformer, proj):
            for name, param in module.named_parameters():
                param.fill_(1.0) if "norm" in name.lower() and name.endswith("weight") \
                    else param.normal_(0.0, 0.02)
        query_tokens.normal_(0.0, 0.02)
    return vision, qformer, proj, query_tokens


def _load_gguf_into_torch(path: str, hp, vision, qformer, proj, query_tokens) -> None:
    """Copy our GGUF's weights into the transformers modules (for --parity only)."""
    import numpy as np
    import torch
    from converters.blip2_hf import hf_blip2_tensor_name_map
    from skingpt_desktop.core.vision_gguf import VisionWeights

    weights = VisionWeights(path, mode="stream")
    params = {f"vision_model.{k}": v for k, v in vision.state_dict().items()}
    params.update({f"qformer.{k}": v for k, v in qformer.state_dict().items()})
    params.update({f"language_projection.{k}": v for k, v in proj.state_dict().items()})
    params["query_tokens"] = query_tokens
    with torch.no_grad():
        for ours, hf_name in hf_blip2_tensor_name_map(hp).items():
            value = torch.from_numpy(np.ascontiguousarray(weights.tensor(ours)))
            target = params[hf_name]
            if ours.endswith("q_bias"):
                target[:hp.vit_width].copy_(value)
                target[hp.vit_width:2 * hp.vit_width].zero_()
            elif ours.endswith("v_bias"):
                target[2 * hp.vit_width:].copy_(value)
            else:
                target.copy_(value)
    weights.close()


def child_torch(args: argparse.Namespace) -> dict:
    import numpy as np
    import torch
    from skingpt_desktop.core.vision_format import VisionHParams

    torch.set_num_threads(args.threads)
    hp = VisionHParams()
    start = time.perf_counter()
    vision, qformer, proj, query_tokens = _torch_models(hp, args.attn)
    if args.save:
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
        return proj(queries)[0]

    times = _time_runs(encode, args.runs)
    if args.save:
        np.save(args.save, encode().numpy())
    return {"load_s": load_s, "ms": times, "peak_rss_mb": _peak_rss_mb(),
            "torch": torch.__version__, "attn": args.attn}


# --- parent ------------------------------------------------------------------------------------

def write_random_gguf(path: Path) -> None:
    import numpy as np
    from skingpt_desktop.core.vision_format import VisionHParams
    from skingpt_desktop.core.vision_gguf import write_vision_gguf

    def get(name: str) -> np.ndarray:
        shape = table[name]
        rng = np.random.default_rng(zlib.crc32(name.encode()))  # same weights every run
        if "norm" in name and name.endswith("weight") or name == "ln_vision.weight":
            return np.ones(shape, np.float32)
        return rng.standard_normal(shape, dtype=np.float32) * np.float32(0.02)

    from skingpt_desktop.core.vision_format import expected_tensors
    hp = VisionHParams()
    table = expected_tensors(hp)
    write_vision_gguf(path, hp, get, dtype="f16")


def run_child(python: str, kind: str, args: argparse.Namespace, extra: list[str]) -> dict | None:
    env = dict(os.environ, **{var: str(args.threads) for var in THREAD_VARS})
    env["PYTHONPATH"] = str(ROOT)
    cmd = [python, str(Path(__file__).resolve()), "--child", kind, "--gguf", str(args.gguf),
           "--threads", str(args.threads), "--runs", str(args.runs), "--attn", args.attn, *extra]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"[{kind} {' '.join(extra)}] failed:\n{proc.stderr[-2000:]}", file=sys.stderr)
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def print_table(results: dict[str, dict | None]) -> None:
    ref = results.get("reference (torch fp32)")
    print(f"\n{'configuration':28} {'load s':>8} {'ms/image':>10} {'peak RSS MB':>12}"
          f" {'time ratio':>11} {'memory ratio':>13}")
    for name, res in results.items():
        if res is None:
            print(f"{name:28} {'(failed or skipped)':>40}")
            continue
        ms, rss = _median(res["ms"]), res["peak_rss_mb"]
        ratios = ""
        if ref is not None and name != "reference (torch fp32)":
            ratios = f"{ms / _median(ref['ms']):>11.2f} {rss / ref['peak_rss_mb']:>13.2f}"
        print(f"{name:28} {res['load_s']:>8.1f} {ms:>10.0f} {rss:>12.0f} {ratios}")
    print("\nratios are ours / reference; targets: cache-mode time <= 1.1, stream-mode memory <= 0.5")


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
        results = {
            "ours, cache mode": run_child(sys.executable, "ours", args, ["--mode", "cache"]),
            "ours, stream mode": run_child(sys.executable, "ours", args, ["--mode", "stream"]),
        }
        ref_python = args.reference_python or sys.executable
        has_torch = subprocess.run([ref_python, "-c", "import torch, transformers"],
                                   capture_output=True).returncode == 0
        results["reference (torch fp32)"] = (run_child(ref_python, "torch", args, [])
                                             if has_torch else None)
        print(f"threads: {args.threads}; runs: {args.runs} after a warm-up; weights: random f16; "
              f"reference attention: {args.attn}")
        print_table(results)
        for name, res in results.items():
            if res is not None:
                print(f"{name}: ms per run {[round(t) for t in res['ms']]}")
        if args.parity and has_torch:
            report_parity(args, ref_python, workdir)
    finally:
        if own_file:
            args.gguf.unlink(missing_ok=True)
        for leftover in workdir.glob("*"):
            leftover.unlink()
        workdir.rmdir()


def report_parity(args: argparse.Namespace, ref_python: str, workdir: Path) -> None:
    import numpy as np
    ours_file, ref_file = workdir / "ours.npy", workdir / "ref.npy"
    if run_child(sys.executable, "ours", args, ["--mode", "cache", "--save", str(ours_file)]) is None:
        return
    if run_child(ref_python, "torch", args, ["--save", str(ref_file)]) is None:
        return
    ours, ref = np.load(ours_file), np.load(ref_file)
    cos = (ours * ref).sum(-1) / (np.linalg.norm(ours, axis=-1) * np.linalg.norm(ref, axis=-1))
    print(f"\nparity at the real shape (same f16 weights, fp32 math): max abs "
          f"{np.abs(ours - ref).max():.3g} (embedding std {ref.std():.3g}), worst query cosine "
          f"{cos.min():.7f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--gguf", type=Path, help="use this vision GGUF instead of random weights")
    parser.add_argument("--reference-python", help="interpreter with torch and transformers")
    parser.add_argument("--parity", action="store_true", help="also compare outputs with torch")
    parser.add_argument("--attn", default="sdpa", choices=["sdpa", "eager"],
                        help="the reference's attention implementation (transformers' default: sdpa)")
    parser.add_argument("--child", choices=["ours", "torch"], help=argparse.SUPPRESS)
    parser.add_argument("--mode", default="cache", help=argparse.SUPPRESS)
    parser.add_argument("--save", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "ours":
        print(json.dumps(child_ours(args)))
    elif args.child == "torch":
        print(json.dumps(child_torch(args)))
    else:
        parent_main(args)


if __name__ == "__main__":
    main()
