"""Benchmark: mtmd packs (llama.cpp's own vision encoder) against SkinGPT-4 packs, same run.

Two modes. ``--real``: random weights of the real shapes (``bench/mtmd_models.py``), one
subprocess per configuration, asked in turn, round-robin (peak RSS is each one's own):

- photo encode time of a SigLIP-400M projector at 896 px (MedGemma, Gemma 3) and of
  Qwen2.5-VL-7B's tower, through the app's ``MtmdVision`` (libmtmd, f16 mmproj, an 800 x 600
  photo, Qwen at the app's 576-token budget), and of the SkinGPT-4 tower (EVA-ViT-g +
  Q-Former, ``GgmlVisionEncoder``, q8_0 file as ``bench/vision.py`` writes it, the photo
  preprocessed to 224 px as the app does);
- prefill and decode speed of 4B, 7B and 13B Q4_K_M language models with a few blocks, through
  the app's ``LLM``: 256 prompt tokens, then ``--tokens`` greedy tokens (argmax); decode speed
  = (N - 1) / time from the first to the N-th token. Scaled to the full model by bytes read per
  token: full tokens/s = measured tokens/s x measured bytes / full bytes
  (``mtmd_models.full_bytes_per_token``);
- this computer's matrix-product rate and copy bandwidth (``core/packs/speed.py``), once per
  round in the parent, for the catalogue's speed estimate (printed as its calibration).

The files (about 4.5 GB) are kept in ``--work`` for the next run; ``--clean`` removes them.

The tiny mode, without ``--real``:

For each pack, through the app's own ``Engine`` (what the CLI and the window use), in turn:
photo encode time (the embedding cache emptied first, so every round encodes), and decode speed
of a greedy answer of ``--tokens`` tokens after the pack's prompt with the photo. Both packs are
loaded once and asked alternately, round-robin, so they see the same background load.

Without arguments it builds the two tiny random packs (the test packs: Gemma 3 shape and
SkinGPT-4 shape) in a temporary folder. For real packs, give their folders:

    .venv/bin/python bench/mtmd.py                                   # tiny packs
    .venv/bin/python bench/mtmd.py --pack packs/medgemma-4b --reference packs/skingpt4-13b
    .venv/bin/python bench/mtmd.py --real --work /tmp/skingpt-mtmd-bench --rounds 3
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
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUESTION = "Could you describe the skin disease in this image for me?"


def _photo():
    """A made-up skin-coloured 800 x 600 photo with a darker patch (no patient data)."""
    import numpy as np
    from PIL import Image
    yy, xx = np.mgrid[0:600, 0:800].astype(np.float32)
    patch = np.exp(-(((xx - 420) / 120) ** 2 + ((yy - 280) / 90) ** 2))[..., None]
    skin, lesion = np.array([222, 170, 148], np.float32), np.array([150, 70, 70], np.float32)
    noise = np.random.default_rng(0).normal(0, 6, (600, 800, 3))
    rgb = skin * (1 - patch) + lesion * patch + noise
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8))


def measure(engine, image, tokens: int) -> tuple[float, float]:
    """(encode ms, decode tokens/s) of one uncached photo and one greedy answer."""
    from skingpt_desktop.core.llm.llm import GenerationSettings
    engine.vision.cache.clear()
    start = time.perf_counter()
    chat = engine.start_chat(image)
    encode_ms = (time.perf_counter() - start) * 1000.0
    settings = GenerationSettings(deterministic=True, max_new_tokens=tokens,
                                  min_new_tokens=tokens)
    answer = chat.ask(QUESTION, settings)
    rate = (answer.generated_tokens - 1) / (answer.generation_ms / 1000.0)
    return encode_ms, rate


def _tiny_packs(folder: Path) -> tuple[Path, Path]:
    from converters.tiny_mtmd import write_tiny_mtmd_pack
    from converters.tiny_pack import write_tiny_pack
    return write_tiny_mtmd_pack(folder / "mtmd"), write_tiny_pack(folder / "skingpt4")


def run(packs: dict[str, Path], rounds: int, tokens: int, threads: int) -> None:
    from skingpt_desktop.core.engine import Engine, EngineSettings
    from skingpt_desktop.core.packs.pack import ModelPack

    image = _photo()
    engines, figures = {}, {name: [] for name in packs}
    try:
        for name, folder in packs.items():
            start = time.perf_counter()
            engines[name] = Engine.load(ModelPack.open(folder), EngineSettings(threads=threads))
            print(f"{name}: {engines[name].pack.manifest.display_name}, loaded in "
                  f"{time.perf_counter() - start:.2f} s; vision: "
                  f"{engines[name].vision_choice.describe()}")
            measure(engines[name], image, tokens)  # warm-up
        for round_no in range(rounds):
            order = list(packs) if round_no % 2 == 0 else list(reversed(packs))
            for name in order:
                figures[name].append(measure(engines[name], image, tokens))
    finally:
        for engine in engines.values():
            engine.close()
    print(f"\n{rounds} rounds, {tokens} tokens, {threads} threads")
    print(f"{'pack':12} {'encode ms':>10} {'tokens/s':>9}")
    for name, rows in figures.items():
        print(f"{name:12} {statistics.median(r[0] for r in rows):>10.1f} "
              f"{statistics.median(r[1] for r in rows):>9.1f}")
    for name, rows in figures.items():
        print(f"{name}: per round {[(round(a, 1), round(b)) for a, b in rows]}")


# --- real shapes: children ---------------------------------------------------------------------

SETTLE_S = 1.0  # pause between runs: the previous process's spinning threads go idle
PREFILL = 256   # prompt tokens evaluated before decoding (one batch of the app's LLM)
ARCHES = ("llama", "gemma3", "qwen2vl")


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _serve(run, info: dict) -> None:
    """Line protocol: "run" -> run()'s dict, anything else -> {"peak_rss_mb"} and exit."""
    run()  # warm-up
    print(json.dumps(info), flush=True)
    for line in sys.stdin:
        if line.strip() != "run":
            print(json.dumps({"peak_rss_mb": _peak_rss_mb()}), flush=True)
            return
        print(json.dumps(run()), flush=True)


def child_encode_mtmd(args: argparse.Namespace) -> None:
    """libmtmd through the app's MtmdVision; the embedding cache emptied before every photo."""
    from skingpt_desktop.core.llm.llm import LLM
    from skingpt_desktop.core.vision.mtmd_vision import MtmdVision
    llm = LLM(args.llm, n_ctx=512, n_threads=args.threads, architectures=ARCHES)
    vision, image = MtmdVision(args.mmproj, llm, args.threads), _photo()

    def run() -> dict:
        vision.cache.clear()
        start = time.perf_counter()
        rows = vision.encode_photo(image)  # (K, n_embd)
        return {"s": time.perf_counter() - start, "tokens": int(rows.shape[0])}

    _serve(run, {})


def child_encode_eva(args: argparse.Namespace) -> None:
    """The SkinGPT-4 tower as the app runs it: preprocessing to 224 px, then ggml."""
    from skingpt_desktop.core.vision.preprocess import to_model_input
    from skingpt_desktop.core.vision.vision_ggml import GgmlVisionEncoder
    encoder = GgmlVisionEncoder.from_gguf(args.mmproj, threads=args.threads)
    image = _photo()

    def run() -> dict:
        start = time.perf_counter()
        rows = encoder.encode(to_model_input(image, encoder.hparams))  # (32, 5120)
        return {"s": time.perf_counter() - start, "tokens": int(rows.shape[0])}

    _serve(run, {})


def child_decode(args: argparse.Namespace) -> None:
    """The app's LLM: PREFILL prompt tokens in one batch, then greedy tokens by argmax."""
    import numpy as np

    from skingpt_desktop.core.llm.llm import LLM
    llm = LLM(args.llm, n_ctx=1024, n_threads=args.threads, n_batch=PREFILL, architectures=ARCHES)
    prompt = [300 + (7 * i) % (llm.n_vocab - 400) for i in range(PREFILL)]  # ordinary pieces

    def run() -> dict:
        llm.clear()
        start = time.perf_counter()
        llm.eval_tokens(prompt, 0)
        prefill_s = time.perf_counter() - start
        for pos in range(PREFILL, PREFILL + args.tokens - 1):
            if pos == PREFILL + 1:
                start = time.perf_counter()  # from the first sampled token on
            llm.eval_tokens([int(np.argmax(llm.logits()))], pos)
        decode_s = time.perf_counter() - start
        return {"prefill_tps": PREFILL / prefill_s, "tps": (args.tokens - 2) / decode_s}

    _serve(run, {})


CHILDREN = {"encode_mtmd": child_encode_mtmd, "encode_eva": child_encode_eva,
            "decode": child_decode}


# --- real shapes: parent -------------------------------------------------------------------------

class Child:
    """One configuration in its own process."""

    def __init__(self, key: str, kind: str, args: argparse.Namespace, llm: Path | None = None,
                 mmproj: Path | None = None) -> None:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind,
               "--threads", str(args.threads), "--tokens", str(args.tokens)]
        cmd += ["--llm", str(llm)] if llm else []
        cmd += ["--mmproj", str(mmproj)] if mmproj else []
        env = dict(os.environ, PYTHONPATH=str(ROOT), OMP_NUM_THREADS=str(args.threads),
                   OPENBLAS_NUM_THREADS=str(args.threads))
        self.key, self.runs, self.llm = key, [], llm
        self.proc = subprocess.Popen(cmd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True)
        self.info = self.ask(None)

    def ask(self, command: str | None) -> dict:
        if command is not None:
            self.proc.stdin.write(command + "\n")
            self.proc.stdin.flush()
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError(f"{self.key}: the benchmark process exited early")
            if line.startswith("{"):
                return json.loads(line)


def _start_children(args: argparse.Namespace) -> list[Child]:
    from bench.mtmd_models import DECODE_MODELS, PROJECTORS, build_decode_model
    from bench.vision import write_random_gguf
    eva = args.work / "eva-vit-g-q8_0.gguf"
    if not eva.is_file():
        write_random_gguf(eva, "q8_0")
    children = [Child("eva-vit-g", "encode_eva", args, mmproj=eva)]
    for projector in PROJECTORS:
        llm, mmproj = projector.write(args.work)
        children.append(Child(projector.key, "encode_mtmd", args, llm, mmproj))
    for model in DECODE_MODELS:
        children.append(Child(model.key, "decode", args, build_decode_model(model, args.work,
                                                                             args.threads)))
    return children


def run_real(args: argparse.Namespace) -> dict:
    """Round-robin over the children and this computer's speed figures; the results as data."""
    from skingpt_desktop.core.packs.speed import measure_machine
    args.work.mkdir(parents=True, exist_ok=True)
    children, machine = [], []
    try:
        children = _start_children(args)
        load_before = Path("/proc/loadavg").read_text().split()[:3]
        for round_no in range(args.rounds):
            machine.append(measure_machine(args.threads))
            shift = round_no % len(children)
            for child in children[shift:] + children[:shift]:
                time.sleep(SETTLE_S)
                child.runs.append(child.ask("run"))
            print(f"round {round_no + 1} of {args.rounds} done", flush=True)
        for child in children:
            child.info.update(child.ask("quit"))
            child.proc.wait()
    finally:
        for child in children:
            if child.proc.poll() is None:
                child.proc.kill()
    from bench.mtmd_report import summarize
    return summarize(args, children, machine, load_before)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", type=Path, help="an mtmd pack folder (default: the tiny one)")
    parser.add_argument("--reference", type=Path,
                        help="a SkinGPT-4 pack folder (default: the tiny one)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--tokens", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--real", action="store_true",
                        help="random weights of the real shapes (see the module docstring)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/skingpt-mtmd-bench"),
                        help="--real: where the model files are written and kept")
    parser.add_argument("--clean", action="store_true", help="--real: remove --work afterwards")
    parser.add_argument("--json", type=Path, help="--real: also write the results here")
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--llm", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--mmproj", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        CHILDREN[args.child](args)
        return
    if args.real:
        from bench.mtmd_report import print_table
        result = run_real(args)
        print_table(result)
        if args.json:
            args.json.write_text(json.dumps(result, indent=2))
        if args.clean:
            shutil.rmtree(args.work)
        return
    with tempfile.TemporaryDirectory(prefix="skingpt-bench-mtmd-") as folder:
        tiny_mtmd, tiny_skingpt4 = (None, None)
        if args.pack is None or args.reference is None:
            tiny_mtmd, tiny_skingpt4 = _tiny_packs(Path(folder))
        packs = {"mtmd": args.pack or tiny_mtmd, "skingpt4": args.reference or tiny_skingpt4}
        run(packs, args.rounds, args.tokens, args.threads)


if __name__ == "__main__":
    main()
