"""Benchmark (not a test): time and peak memory of ``python -m converters skingpt4`` at real shape.

Real SkinGPT-4 sources do not fit into CI or a small machine, so this builds random checkpoints
with the *real* tensor shapes, cut in depth where that is what scales the total:

- vision, full size: LAVIS eva_vit_g.pth (40 EVA-ViT-g blocks, width 1408, fp16, ~2 GB) and a
  blip2_pretrained_flant5xxl.pth with the 12-layer Q-Former, query tokens and ln_vision (fp32);
- SkinGPT-4 checkpoint: llama_proj (5120, 768);
- LLM: a Hugging Face Llama with Llama-2-13B's width (n_embd 5120, n_ff 13824, 40 heads,
  vocabulary 32000) but only ``--llm-layers`` of its 40 layers, fp16 safetensors.

Step 1 needs torch to write .pth files (the [reference] extra)::

    /path/to/reference-venv/bin/python bench/conversion.py make-sources /tmp/bench-src

Step 2 runs the converter as a user would, sampling the resident memory of the converter and of
the quantizer child process every 50 ms (anonymous memory and file-backed pages separately)::

    .venv/bin/python bench/conversion.py measure /tmp/bench-src /tmp/bench-out

Memory does not grow with depth (tensors are streamed one by one; the largest is the 32000 x
5120 embedding), so peak figures carry over to 40 layers; times scale with the bytes written.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LLAMA_13B = {"hidden_size": 5120, "intermediate_size": 13824, "num_attention_heads": 40,
             "num_key_value_heads": 40, "vocab_size": 32000, "num_hidden_layers": 40}


def make_sources(out: Path, llm_layers: int) -> None:
    """Write random real-shape checkpoints (needs torch, numpy, safetensors)."""
    from collections import OrderedDict

    import numpy as np
    import torch
    from safetensors.numpy import save_file

    rng = np.random.default_rng(0)
    out.mkdir(parents=True, exist_ok=True)

    def rand(*shape: int, dtype=torch.float16) -> torch.Tensor:
        return torch.from_numpy(rng.standard_normal(shape, dtype=np.float32) * 0.02).to(dtype)

    width, mlp = 1408, 6144
    eva = OrderedDict(cls_token=rand(1, 1, width), pos_embed=rand(1, 257, width))
    eva["patch_embed.proj.weight"], eva["patch_embed.proj.bias"] = rand(width, 3, 14, 14), rand(width)
    for i in range(40):
        block = {"norm1.weight": (width,), "norm1.bias": (width,), "attn.q_bias": (width,),
                 "attn.v_bias": (width,), "attn.qkv.weight": (3 * width, width),
                 "attn.proj.weight": (width, width), "attn.proj.bias": (width,),
                 "norm2.weight": (width,), "norm2.bias": (width,), "mlp.fc1.weight": (mlp, width),
                 "mlp.fc1.bias": (mlp,), "mlp.fc2.weight": (width, mlp), "mlp.fc2.bias": (width,)}
        for name, shape in block.items():
            eva[f"blocks.{i}.{name}"] = rand(*shape)
    torch.save(eva, out / "eva_vit_g.pth")
    del eva
    q, g = 768, 3072
    blip2 = OrderedDict(query_tokens=rand(1, 32, q, dtype=torch.float32))
    f32 = torch.float32
    blip2["ln_vision.weight"], blip2["ln_vision.bias"] = rand(width, dtype=f32), rand(width, dtype=f32)
    blip2["Qformer.bert.embeddings.LayerNorm.weight"] = rand(q, dtype=torch.float32)
    blip2["Qformer.bert.embeddings.LayerNorm.bias"] = rand(q, dtype=torch.float32)
    for i in range(12):
        parts = {"attention.self.query": q, "attention.self.key": q, "attention.self.value": q,
                 "attention.output.dense": q, "intermediate_query.dense": g, "output_query.dense": q}
        if i % 2 == 0:
            parts.update({"crossattention.self.query": q, "crossattention.self.key": q,
                          "crossattention.self.value": q, "crossattention.output.dense": q})
        for part, rows in parts.items():
            cols = width if part in ("crossattention.self.key", "crossattention.self.value") else \
                g if part == "output_query.dense" else q
            prefix = f"Qformer.bert.encoder.layer.{i}.{part}"
            blip2[prefix + ".weight"] = rand(rows, cols, dtype=f32)
            blip2[prefix + ".bias"] = rand(rows, dtype=f32)
        for norm in ("attention.output.LayerNorm", "output_query.LayerNorm") + (
                ("crossattention.output.LayerNorm",) if i % 2 == 0 else ()):
            prefix = f"Qformer.bert.encoder.layer.{i}.{norm}"
            blip2[prefix + ".weight"], blip2[prefix + ".bias"] = rand(q, dtype=f32), rand(q, dtype=f32)
    torch.save({"model": blip2}, out / "blip2_pretrained_flant5xxl.pth")
    torch.save({"model": OrderedDict([("llama_proj.weight", rand(5120, q, dtype=torch.float32)),
                                      ("llama_proj.bias", rand(5120, dtype=torch.float32))])},
               out / "skingpt4.pth")
    _make_llama(out / "llama", llm_layers, rng, save_file)


def _make_llama(folder: Path, layers: int, rng, save_file) -> None:
    import numpy as np

    folder.mkdir(parents=True, exist_ok=True)
    h, f, v = LLAMA_13B["hidden_size"], LLAMA_13B["intermediate_size"], LLAMA_13B["vocab_size"]

    def rand(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape, dtype=np.float32) * 0.02).astype(np.float16)

    shards = [{"model.embed_tokens.weight": rand(v, h)}]
    for i in range(layers):
        p = f"model.layers.{i}."
        shards.append({p + "input_layernorm.weight": rand(h), p + "post_attention_layernorm.weight": rand(h),
                       **{p + f"self_attn.{n}_proj.weight": rand(h, h) for n in "qkvo"},
                       p + "mlp.gate_proj.weight": rand(f, h), p + "mlp.up_proj.weight": rand(f, h),
                       p + "mlp.down_proj.weight": rand(h, f)})
    shards.append({"model.norm.weight": rand(h), "lm_head.weight": rand(v, h)})
    weight_map = {}
    for n, tensors in enumerate(shards, 1):
        name = f"model-{n:05d}-of-{len(shards):05d}.safetensors"
        save_file(tensors, str(folder / name), metadata={"format": "pt"})
        weight_map.update({k: name for k in tensors})
    (folder / "model.safetensors.index.json").write_text(json.dumps({"weight_map": weight_map}))
    config = {"model_type": "llama", "architectures": ["LlamaForCausalLM"], "rms_norm_eps": 1e-5,
              "max_position_embeddings": 4096, **LLAMA_13B, "num_hidden_layers": layers}
    (folder / "config.json").write_text(json.dumps(config))
    fixture_tokenizer = ROOT / "tests" / "fixtures" / "checkpoints" / "llama_hf" / "tokenizer.model"
    (folder / "tokenizer.model").write_bytes(fixture_tokenizer.read_bytes())


def _sample(pid: int, peaks: dict[str, int]) -> None:
    """Track peak RssAnon / RssFile / VmRSS of ``pid`` and of its children, in bytes."""
    def status(p: int) -> dict[str, int]:
        out = {}
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                key, _, value = line.partition(":")
                if key in ("VmRSS", "RssAnon", "RssFile"):
                    out[key] = int(value.split()[0]) * 1024
        except OSError:
            pass
        return out

    while Path(f"/proc/{pid}").exists():
        children = Path(f"/proc/{pid}/task/{pid}/children")
        kids = [int(k) for k in children.read_text().split()] if children.exists() else []
        for who, p in [("converter", pid)] + [("quantizer", k) for k in kids]:
            for key, value in status(p).items():
                peaks[f"{who}.{key}"] = max(peaks.get(f"{who}.{key}", 0), value)
        time.sleep(0.05)


def measure(src: Path, out: Path, llm_type: str) -> dict:
    """Run the converter on the sources from make-sources; return timings and memory peaks."""
    layers = json.loads((src / "llama" / "config.json").read_text())["num_hidden_layers"]
    command = [sys.executable, "-m", "converters", "skingpt4", "--force", "--out", str(out),
               "--skingpt4", str(src / "skingpt4.pth"), "--vision", str(src / "eva_vit_g.pth"),
               str(src / "blip2_pretrained_flant5xxl.pth"), "--llm", str(src / "llama"),
               "--llm-type", llm_type]
    start = time.monotonic()
    child = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    peaks: dict[str, int] = {}
    sampler = threading.Thread(target=_sample, args=(child.pid, peaks), daemon=True)
    sampler.start()
    steps, last = {}, start
    for line in child.stderr:
        if ": done in " in line:
            label = line.split(": done in ")[0].strip("\r ")
            now = time.monotonic()
            steps[label] = round(now - last, 1)
            last = now
    child.wait()
    sampler.join(timeout=1)
    total = time.monotonic() - start
    sizes = {p.name: p.stat().st_size for p in out.iterdir()} if out.is_dir() else {}
    return {"exit": child.returncode, "llm_layers": layers, "llm_type": llm_type,
            "seconds_total": round(total, 1), "seconds_by_step": steps,
            "peak_bytes": peaks, "pack_files": sizes, "cpu_count": os.cpu_count()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    make = sub.add_parser("make-sources", help="write random real-shape checkpoints (needs torch)")
    make.add_argument("folder", type=Path)
    make.add_argument("--llm-layers", type=int, default=2)
    run = sub.add_parser("measure", help="convert them and report time and peak memory")
    run.add_argument("folder", type=Path)
    run.add_argument("out", type=Path)
    run.add_argument("--llm-type", default="Q4_K_M")
    args = parser.parse_args()
    if args.cmd == "make-sources":
        make_sources(args.folder, args.llm_layers)
        return 0
    print(json.dumps(measure(args.folder, args.out, args.llm_type), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
