"""Benchmark: an mtmd pack (llama.cpp's own vision encoder) against a SkinGPT-4 pack, same run.

For each pack, through the app's own ``Engine`` (what the CLI and the window use), in turn:
photo encode time (the embedding cache emptied first, so every round encodes), and decode speed
of a greedy answer of ``--tokens`` tokens after the pack's prompt with the photo. Both packs are
loaded once and asked alternately, round-robin, so they see the same background load.

Without arguments it builds the two tiny random packs (the test packs: Gemma 3 shape and
SkinGPT-4 shape) in a temporary folder. For real packs, give their folders:

    .venv/bin/python bench/mtmd.py                                   # tiny packs
    .venv/bin/python bench/mtmd.py --pack packs/medgemma-4b --reference packs/skingpt4-13b
"""

from __future__ import annotations

import argparse
import statistics
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", type=Path, help="an mtmd pack folder (default: the tiny one)")
    parser.add_argument("--reference", type=Path,
                        help="a SkinGPT-4 pack folder (default: the tiny one)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--tokens", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="skingpt-bench-mtmd-") as folder:
        tiny_mtmd, tiny_skingpt4 = (None, None)
        if args.pack is None or args.reference is None:
            tiny_mtmd, tiny_skingpt4 = _tiny_packs(Path(folder))
        packs = {"mtmd": args.pack or tiny_mtmd, "skingpt4": args.reference or tiny_skingpt4}
        run(packs, args.rounds, args.tokens, args.threads)


if __name__ == "__main__":
    main()
