"""The results of ``bench/mtmd.py --real`` as data, the printed table and the speed calibration.

Every figure is given twice: the median over the rounds and the best round (least time, most
tokens/s). On a machine shared with other work the median moves with the others' load; the best
round is the least disturbed one, and the machine figures of ``core/packs/speed.py`` (which a
user's computer is compared with) are themselves best-of, so the calibration uses best rounds.

Per encoder: seconds per photo, image tokens, peak RSS, ratio to the SkinGPT-4 tower. Per LLM
size: prefill and decode tokens/s of the measured blocks, and the same scaled to the full model
by bytes read per token (full = measured x measured bytes / full bytes). Per pack kind: seconds
per photo = encoder + the image tokens' prefill at the full model's rate. Calibration: the
machine figures, the encoders' seconds and tokens, and seconds per token per GB for prefill and
decode (median over the three sizes of 1 / (measured tokens/s x measured GB read per token)),
and the share of the copy bandwidth decoding reached (tokens/s x GB per token / copy GB/s).
"""

from __future__ import annotations

import statistics
from pathlib import Path

from bench.mtmd_models import DECODE_MODELS, bytes_per_token, full_bytes_per_token, tensor_bytes

ENCODERS = {"eva-vit-g": "EVA-ViT-g + Q-Former (SkinGPT-4), ggml, q8_0",
            "siglip-896": "SigLIP-400M at 896 px (MedGemma, Gemma 3), libmtmd, f16",
            "qwen2.5-vl": "Qwen2.5-VL-7B tower, libmtmd, f16, 576-token budget"}
# Pack kinds: (label, encoder, LLM size).
PACKS = (("SkinGPT-4 13B", "eva-vit-g", "13b"), ("MedGemma 4B", "siglip-896", "4b"),
         ("Qwen2.5-VL 7B (Lingshu)", "qwen2.5-vl", "7b"))


def _median(runs: list[dict], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def _best(runs: list[dict], key: str) -> float:
    """The least disturbed round: least seconds, most tokens/s."""
    values = [run[key] for run in runs]
    return min(values) if key == "s" else max(values)


def _decode(child, model, pick) -> dict:
    sizes = tensor_bytes(Path(child.llm))
    measured, full = bytes_per_token(sizes), full_bytes_per_token(model, sizes)
    tps, prefill = pick(child.runs, "tps"), pick(child.runs, "prefill_tps")
    return {"label": model.label, "layers": model.layers, "full_layers": model.full_layers,
            "file_bytes": Path(child.llm).stat().st_size, "measured_bytes_per_token": measured,
            "full_bytes_per_token": full, "tps": tps, "prefill_tps": prefill,
            "full_tps": tps * measured / full, "full_prefill_tps": prefill * measured / full,
            "peak_rss_mb": child.info["peak_rss_mb"],
            "per_round_tps": [round(r["tps"], 2) for r in child.runs]}


def summarize(args, children: list, machine: list, load_before: list[str]) -> dict:
    """Everything measured, with the median and the best round, as JSON-ready data."""
    return {"threads": args.threads, "rounds": args.rounds, "tokens": args.tokens,
            "load_before": load_before, "load_after": Path("/proc/loadavg").read_text().split()[:3],
            "machine_per_round": [[round(m.gflops, 1), round(m.copy_gbs, 1)] for m in machine],
            "median": _figures(children, machine, _median, statistics.median),
            "best": _figures(children, machine, _best, max)}


def _figures(children: list, machine: list, pick, pick_machine) -> dict:
    """Encoders, decode, pack kinds and calibration, each round's figures reduced by ``pick``."""
    by_key = {child.key: child for child in children}
    encoders = {key: {"label": label, "s": pick(by_key[key].runs, "s"),
                      "tokens": by_key[key].runs[-1]["tokens"],
                      "peak_rss_mb": by_key[key].info["peak_rss_mb"],
                      "per_round_s": [round(r["s"], 2) for r in by_key[key].runs]}
                for key, label in ENCODERS.items()}
    decode = {m.key: _decode(by_key[m.key], m, pick) for m in DECODE_MODELS}
    packs = [{"pack": label, "encode_s": encoders[enc]["s"],
              "prefill_s": encoders[enc]["tokens"] / decode[size]["full_prefill_tps"],
              "full_tps": decode[size]["full_tps"]} for label, enc, size in PACKS]
    gflops = pick_machine(m.gflops for m in machine)
    copy = pick_machine(m.copy_gbs for m in machine)
    calibration = {
        "gflops": gflops, "copy_gbs": copy,
        "encoders": {k: {"encode_s": e["s"], "image_tokens": e["tokens"]}
                     for k, e in encoders.items()},
        "prefill_s_per_token_gb": statistics.median(
            1e9 / (d["prefill_tps"] * d["measured_bytes_per_token"]) for d in decode.values()),
        "decode_s_per_token_gb": statistics.median(
            1e9 / (d["tps"] * d["measured_bytes_per_token"]) for d in decode.values()),
        "decode_bandwidth_share": statistics.median(
            d["tps"] * d["measured_bytes_per_token"] / 1e9 / copy for d in decode.values())}
    return {"encoders": encoders, "decode": decode, "packs": packs, "calibration": calibration}


def print_table(result: dict) -> None:
    """The results as plain-text tables, median then best round."""
    print(f"\n{result['rounds']} rounds, {result['threads']} threads, load average "
          f"{' '.join(result['load_before'])} before, {' '.join(result['load_after'])} after")
    print(f"machine per round (GFLOP/s, copy GB/s): {result['machine_per_round']}")
    for which in ("median", "best"):
        print(f"\n=== {which} ===")
        _print_figures(result[which])


def _print_figures(r: dict) -> None:
    eva = r["encoders"]["eva-vit-g"]
    print(f"\n{'encoder':58} {'s/photo':>8} {'tokens':>6} {'RSS MiB':>8} {'x EVA':>6}")
    for e in r["encoders"].values():
        print(f"{e['label']:58} {e['s']:>8.2f} {e['tokens']:>6} {e['peak_rss_mb']:>8.0f} "
              f"{e['s'] / eva['s']:>6.2f}   per round {e['per_round_s']}")
    big = r["decode"]["13b"]
    print(f"\n{'LLM, Q4_K_M':28} {'layers':>9} {'GB/token':>13} {'tok/s':>7} {'prefill':>8} "
          f"{'full tok/s':>10} {'full prefill':>12} {'x 13B':>6} {'RSS MiB':>8}")
    for d in r["decode"].values():
        gb = f"{d['measured_bytes_per_token'] / 1e9:.3f}>{d['full_bytes_per_token'] / 1e9:.2f}"
        print(f"{d['label']:28} {d['layers']:>4} of {d['full_layers']:>2} {gb:>13} {d['tps']:>7.2f} "
              f"{d['prefill_tps']:>8.1f} {d['full_tps']:>10.2f} {d['full_prefill_tps']:>12.1f} "
              f"{d['full_tps'] / big['full_tps']:>6.2f} {d['peak_rss_mb']:>8.0f}   "
              f"per round {d['per_round_tps']}")
    print(f"\n{'pack kind':26} {'encode s':>9} {'prefill s':>10} {'per photo s':>12} {'tok/s':>7}")
    for p in r["packs"]:
        print(f"{p['pack']:26} {p['encode_s']:>9.2f} {p['prefill_s']:>10.2f} "
              f"{p['encode_s'] + p['prefill_s']:>12.2f} {p['full_tps']:>7.2f}")
    print(f"calibration: {r['calibration']}")
