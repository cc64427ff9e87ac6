"""Fuzzer (not a unit test): hostile and damaged packs, manifests and backups against the CLI.

Each mutant is made deterministically from ``--seed`` and its index, from the tiny SkinGPT-4
pack, the tiny mtmd pack or a real backup of a small vault, and then run the way a user runs
it, under a time and memory limit::

    python main.py ask --pack MUTANT --image PHOTO --deterministic --max-tokens 4 describe
    python main.py vault import [--dry-run] MUTANT.skgbackup

and classified:

- ``clean``: an answer (exit 0), or exactly one ``error:`` line with exit 1 or 2;
- ``traceback``: Python's traceback or the app's "unexpected error" report;
- ``signal``: the process died of a signal (SIGABRT from a GGML_ASSERT, SIGSEGV);
- ``hang``: it ran past ``--timeout``;
- ``memory``: its peak resident memory passed 2 GB, or it ran out of its address space;
- ``unclear``: any other ending (a non-zero exit without exactly one ``error:`` line).

Usage::

    .venv/bin/python bench/fuzz_packs.py --seed 1 --count 2000 --jobs 2 --out fuzz.json
    .venv/bin/python bench/fuzz_packs.py --seed 1 --count 300 --keep /tmp/bad   # keeps non-clean

tests/test_fuzz_packs.py runs a fast subset in CI and requires 0 non-clean endings; the full
run's figures are in docs/security.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gguf import GGUFReader, GGUFValueType  # noqa: E402

from skingpt_desktop.core.packs.hashing import sha256_file  # noqa: E402

MAIN = ROOT / "main.py"
PASSPHRASE = "correct horse battery staple 42"
MAX_RSS_KB = 2 * 1024 * 1024  # 2 GB, as the check
ADDRESS_SPACE = 8 << 30
ERROR_PREFIX = "error:"
TRACE_MARKS = ("Traceback (most recent call last)", "hit an unexpected error",
               "unexpected internal error")

# Values a hostile file puts into numeric keys.
HOSTILE_INTS = (0, 1, 3, 7, 255, 1 << 16, 1048577, (1 << 31) - 1, (1 << 32) - 1, (1 << 63))
HOSTILE_FLOATS = (0.0, -1.0, 1e-45, 1e30, float("nan"), float("inf"), -float("inf"))
SAME_SIZE_TYPES = {  # scalar GGUF types that can be swapped in place (same width)
    1: (GGUFValueType.UINT8, GGUFValueType.INT8, GGUFValueType.BOOL),
    4: (GGUFValueType.UINT32, GGUFValueType.INT32, GGUFValueType.FLOAT32),
    8: (GGUFValueType.UINT64, GGUFValueType.INT64, GGUFValueType.FLOAT64),
}


@dataclass
class Outcome:
    """One mutant's run and how it ended."""

    index: int
    target: str  # "skingpt4", "mtmd" or "backup"
    mutation: str
    detail: str
    verdict: str
    code: int | None
    seconds: float
    peak_rss_mb: float
    tail: str


# --- GGUF mutations (in place, on a copy) -----------------------------------------------------

def _scalar_fields(reader: GGUFReader) -> list:
    return [f for f in reader.fields.values() if len(f.types) == 1
            and f.types[0] not in (GGUFValueType.STRING, GGUFValueType.ARRAY)
            and not f.name.startswith("GGUF.")]


def mutate_kv_number(reader: GGUFReader, rng: random.Random) -> str:
    field = rng.choice(_scalar_fields(reader))
    part = field.parts[field.data[0]]
    if np.issubdtype(part.dtype, np.floating):
        value = rng.choice(HOSTILE_FLOATS)
        part[0] = value
    else:
        value = rng.choice(HOSTILE_INTS + (int(part[0]) + 1, int(part[0]) * 2, -1))
        part[0] = np.array(value).astype(part.dtype, casting="unsafe")
    return f"{field.name} = {value}"


def mutate_kv_retype(reader: GGUFReader, rng: random.Random) -> str:
    field = rng.choice(_scalar_fields(reader))
    width = field.parts[field.data[0]].nbytes
    choices = [t for t in SAME_SIZE_TYPES.get(width, ()) if t != field.types[0]]
    if rng.random() < 0.2 or not choices:
        choices = [GGUFValueType.STRING, GGUFValueType.ARRAY, 99]
    new = rng.choice(choices)
    field.parts[2][0] = int(new)
    return f"{field.name} retyped {field.types[0].name} -> {getattr(new, 'name', new)}"


def mutate_kv_string(reader: GGUFReader, rng: random.Random) -> str:
    fields = [f for f in reader.fields.values() if f.types == [GGUFValueType.STRING]]
    field = rng.choice(fields)
    length, data = field.parts[3], field.parts[4]
    how = rng.choice(("nul", "junk", "length"))
    if how == "length":
        length[0] = rng.choice((0, len(data) + 1, 1 << 40))
    elif len(data):
        data[rng.randrange(len(data))] = 0 if how == "nul" else rng.randrange(128, 256)
    return f"{field.name} string {how}"


def mutate_tensor_dims(reader: GGUFReader, rng: random.Random) -> str:
    tensor = rng.choice(reader.tensors)
    dims = tensor.field.parts[3]
    axis = rng.randrange(len(dims))
    value = rng.choice((0, 1, 2, int(dims[axis]) + 1, int(dims[axis]) * 2, 1 << 33))
    dims[axis] = value
    return f"{tensor.name} dim {axis} = {value}"


def mutate_tensor_type(reader: GGUFReader, rng: random.Random) -> str:
    tensor = rng.choice(reader.tensors)
    new = rng.choice((0, 1, 2, 3, 6, 7, 8, 10, 12, 14, 16, 20, 24, 25, 26, 28, 30, 39, 200))
    tensor.field.parts[4][0] = new
    return f"{tensor.name} type {tensor.tensor_type.name} -> {new}"


def mutate_tensor_offset(reader: GGUFReader, rng: random.Random) -> str:
    tensor = rng.choice(reader.tensors)
    offset = tensor.field.parts[5]
    offset[0] = rng.choice((int(offset[0]) + 1, int(offset[0]) + 32, 0, 1 << 40))
    return f"{tensor.name} offset -> {int(offset[0])}"


def mutate_tensor_name(reader: GGUFReader, rng: random.Random) -> str:
    tensor = rng.choice(reader.tensors)
    name = tensor.field.parts[1]
    other = rng.choice(reader.tensors).field.parts[1]
    if rng.random() < 0.5 and len(other) == len(name):
        name[:] = other  # a duplicated tensor name
        return f"{tensor.name} renamed to a duplicate"
    name[rng.randrange(len(name))] = 0
    return f"{tensor.name} NUL in name"


def mutate_tensor_values(reader: GGUFReader, rng: random.Random) -> str:
    floats = [t for t in reader.tensors if t.data.dtype in (np.float32, np.float16)]
    tensor = rng.choice(floats)
    value = rng.choice((float("nan"), float("inf"), -float("inf"), 65504.0))
    flat = tensor.data.reshape(-1)
    count = len(flat) if rng.random() < 0.5 else max(1, len(flat) // 10)
    flat[:count] = value
    return f"{tensor.name} {count} values = {value}"


def mutate_duplicate_token(reader: GGUFReader, rng: random.Random) -> str:
    field = reader.fields.get("tokenizer.ggml.tokens")
    if field is None:
        return mutate_kv_number(reader, rng)
    texts = [field.parts[i] for i in field.data]
    by_length: dict[int, list] = {}
    for text in texts[3:]:
        by_length.setdefault(len(text), []).append(text)
    groups = [g for g in by_length.values() if len(g) > 1]
    first, second = rng.sample(rng.choice(groups), 2)
    second[:] = first
    return f"duplicate token {bytes(first)!r}"


def mutate_counts(reader: GGUFReader, rng: random.Random) -> str:
    field = reader.fields[rng.choice(("GGUF.tensor_count", "GGUF.kv_count"))]
    part = field.parts[field.data[0]]
    part[0] = rng.choice((0, int(part[0]) - 1, int(part[0]) + 1, 1 << 40))
    return f"{field.name} = {int(part[0])}"


GGUF_MUTATIONS: dict[str, Callable[[GGUFReader, random.Random], str]] = {
    "kv_number": mutate_kv_number,
    "kv_retype": mutate_kv_retype,
    "kv_string": mutate_kv_string,
    "tensor_dims": mutate_tensor_dims,
    "tensor_type": mutate_tensor_type,
    "tensor_offset": mutate_tensor_offset,
    "tensor_name": mutate_tensor_name,
    "tensor_values": mutate_tensor_values,
    "duplicate_token": mutate_duplicate_token,
    "counts": mutate_counts,
}


def mutate_bytes(path: Path, rng: random.Random) -> str:
    """Bit flips in the header area, overwritten bytes anywhere, or a truncation."""
    data = bytearray(path.read_bytes())
    how = rng.choice(("bitflip", "overwrite", "truncate"))
    if how == "bitflip":
        for _ in range(rng.randint(1, 8)):
            spot = rng.randrange(min(len(data), 8192))
            data[spot] ^= 1 << rng.randrange(8)
    elif how == "overwrite":
        spot = rng.randrange(len(data))
        data[spot:spot + 8] = bytes(rng.randrange(256) for _ in range(8))
    else:
        del data[rng.randrange(len(data)):]
    path.write_bytes(bytes(data))
    return f"{path.name} {how}"


# --- manifest mutations ---------------------------------------------------------------------

def mutate_manifest(manifest: dict, rng: random.Random) -> tuple[bytes, str]:
    """A hostile manifest.json: deep nesting, long integers, wrong types, odd names and paths."""
    how = rng.choice(("deep", "long_int", "retype", "name", "path", "drop", "size", "nan",
                      "not_utf8", "huge_string"))
    data = json.loads(json.dumps(manifest))
    if how == "deep":
        return ("[" * rng.choice((40, 1000, 30000)) + "]" * 3).encode(), how
    if how == "not_utf8":
        return json.dumps(data).encode()[:50] + b"\xff\xfe" + json.dumps(data).encode()[50:], how
    if how == "long_int":
        data["memory"] = {"ram_bytes": int("9" * rng.choice((25, 4000)))} \
            if rng.random() < 0.5 else data.get("memory")
        data["format_version"] = int("7" * 300)
    elif how == "retype":
        key = rng.choice(sorted(data))
        data[key] = rng.choice(([1, 2], "x", 3.5, None, {"a": 1}, True))
        how = f"retype {key}"
    elif how == "name":
        data["name"] = rng.choice(("../../evil name", "a\x00b", "con", "x" * 5000, "\u202ename"))
    elif how == "path":
        entry = rng.choice(data["files"])
        entry["path"] = rng.choice(("../outside.gguf", "/dev/zero", "/etc/passwd", ".", ""))
        how = f"path {entry['path']}"
    elif how == "drop":
        key = rng.choice(sorted(data))
        del data[key]
        how = f"drop {key}"
    elif how == "size":
        rng.choice(data["files"])["size"] = rng.choice((-1, 0, 1 << 62))
    elif how == "nan":
        return json.dumps(data).replace('"size": ', '"size": NaN, "x": ', 1).encode(), how
    else:
        data["card"] = {"license": "x" * (2 << 20)}
    return json.dumps(data).encode(), how


# --- building mutants ----------------------------------------------------------------------

def rehash(pack: Path) -> None:
    """Update the manifest's sizes and hashes so mutated files pass the hash check and reach
    native code (the files a hostile pack author would ship)."""
    manifest_path = pack / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        path = pack / entry["path"]
        entry["size"] = path.stat().st_size
        entry["sha256"] = sha256_file(path)
    manifest_path.write_text(json.dumps(manifest, indent=2), encoding="utf-8")


def make_pack_mutant(base: Path, out: Path, rng: random.Random) -> tuple[str, str]:
    """Copy ``base`` to ``out`` and damage it; returns (mutation kind, detail)."""
    shutil.copytree(base, out)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    roll = rng.random()
    if roll < 0.15:
        raw, how = mutate_manifest(manifest, rng)
        (out / "manifest.json").write_bytes(raw)
        return "manifest", how
    target = out / rng.choice(manifest["files"])["path"]
    if roll < 0.30:
        detail = mutate_bytes(target, rng)
        kind = "bytes"
    else:
        kind = rng.choice(sorted(GGUF_MUTATIONS))
        try:
            reader = GGUFReader(target, "r+")
            detail = f"{target.name}: " + GGUF_MUTATIONS[kind](reader, rng)
            reader.data.flush()
            del reader
        except (ValueError, IndexError) as exc:  # the mutation does not apply to this file
            detail = f"{target.name}: not applicable ({type(exc).__name__}); bytes instead: " \
                     + mutate_bytes(target, rng)
    if rng.random() < 0.85:
        rehash(out)
        detail += " (hashes updated)"
    return kind, detail


def make_backup_mutant(base: Path, out: Path, rng: random.Random) -> tuple[str, str]:
    """A damaged copy of a real backup: header JSON, length fields, bytes, truncation."""
    data = bytearray(base.read_bytes())
    magic_len = 16
    length = int.from_bytes(data[magic_len:magic_len + 4], "big")
    header = json.loads(data[magic_len + 4:magic_len + 4 + length])
    how = rng.choice(("kdf", "deep", "retype", "length", "bitflip", "truncate", "overwrite"))
    if how in ("kdf", "deep", "retype"):
        if how == "kdf":
            kdf = next(v for v in header.values() if isinstance(v, dict))
            key = rng.choice(sorted(kdf))
            kdf[key] = rng.choice((0, -1, 1 << 22, 1 << 40, 64, "x", 1.5))
            how = f"kdf {key}={kdf[key]}"
            raw = json.dumps(header).encode()
        elif how == "deep":
            raw = ("[" * rng.choice((100, 30000)) + "]").encode()
        else:
            key = rng.choice(sorted(header))
            header[key] = rng.choice((None, [], 12, "AAAA"))
            raw = json.dumps(header).encode()
            how = f"retype {key}"
        data[magic_len:magic_len + 4 + length] = len(raw).to_bytes(4, "big") + raw
    elif how == "length":
        data[magic_len:magic_len + 4] = rng.choice((0, length + 1, 1 << 31, 65537)).to_bytes(
            4, "big")
    else:
        out.write_bytes(bytes(data))
        return "backup", mutate_bytes(out, rng)
    out.write_bytes(bytes(data))
    return "backup", how


# --- running and judging ------------------------------------------------------------------

def _limits() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run_cli(args: list[str], data_dir: Path, timeout: float) -> tuple[int | None, str, float,
                                                                        float]:
    """Run ``main.py ARGS``; returns (exit code or None on timeout, stderr, seconds, peak MB)."""
    env = {**os.environ, "SKINGPT_DATA_DIR": str(data_dir), "SKINGPT_PASSPHRASE": PASSPHRASE,
           "SKINGPT_BACKUP_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen([sys.executable, str(MAIN), *args], stdin=subprocess.DEVNULL,
                                 stdout=subprocess.DEVNULL, stderr=err, env=env,
                                 preexec_fn=_limits, start_new_session=True)
        code, peak_kb = _wait(child, timeout)
        err.seek(0)
        stderr = err.read(1 << 20).decode("utf-8", errors="replace")
    return code, stderr, time.monotonic() - started, peak_kb / 1024


def _wait(child: subprocess.Popen, timeout: float) -> tuple[int | None, float]:
    """Wait for ``child`` (killing its process group past ``timeout``); returns its exit code
    (negative: the signal; None: timed out) and its peak resident memory in kB (wait4)."""
    deadline = time.monotonic() + timeout
    timed_out = False
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline and not timed_out:
            os.killpg(child.pid, 9)
            timed_out = True
        time.sleep(0.02)
    child.returncode = os.waitstatus_to_exitcode(status)
    return (None if timed_out else child.returncode), float(usage.ru_maxrss)


def verdict(code: int | None, stderr: str, peak_mb: float) -> str:
    """How a run ended, in the classes of the module docstring."""
    if code is None:
        return "hang"
    if code < 0:
        return "signal"
    if "MemoryError" in stderr or peak_mb * 1024 > MAX_RSS_KB:
        return "memory"
    if any(mark in stderr for mark in TRACE_MARKS):
        return "traceback"
    errors = [line for line in stderr.splitlines() if line.startswith(ERROR_PREFIX)]
    if code == 0 and not errors:
        return "clean"
    if code in (1, 2) and len(errors) == 1:
        return "clean"
    return "unclear"


class Fuzzer:
    """Builds the bases once, then makes, runs and judges mutants ``index`` by ``index``."""

    def __init__(self, work: Path, seed: int, timeout: float, keep: Path | None) -> None:
        self.work, self.seed, self.timeout, self.keep = work, seed, timeout, keep
        self.photo = work / "photo.png"
        self.bases = {"skingpt4": work / "base-skingpt4", "mtmd": work / "base-mtmd"}
        self.backup = work / "base.skgbackup"
        self.vault_dir = work / "base-vault"

    def prepare(self) -> None:
        """The tiny packs, a photo, and a vault with one case exported to a backup."""
        from PIL import Image

        from converters.tiny_mtmd import write_tiny_mtmd_pack
        from converters.tiny_pack import write_tiny_pack

        Image.new("RGB", (96, 80), (190, 120, 110)).save(self.photo)
        write_tiny_pack(self.bases["skingpt4"])
        write_tiny_mtmd_pack(self.bases["mtmd"])
        steps = (["vault", "init"],
                 ["ask", "--pack", str(self.bases["skingpt4"]), "--image", str(self.photo),
                  "--save", "--deterministic", "--max-tokens", "4", "describe"],
                 ["vault", "export", str(self.backup)])
        for step in steps:
            code, stderr, _, _ = run_cli(step, self.vault_dir, 300)
            if code != 0:
                raise SystemExit(f"fuzz setup failed at {' '.join(step[:2])}: {stderr[-500:]}")

    def run_one(self, index: int) -> Outcome:
        rng = random.Random(self.seed * 1_000_003 + index)
        target = rng.choices(("skingpt4", "mtmd", "backup"), weights=(5, 3, 2))[0]
        with tempfile.TemporaryDirectory(prefix=f"m{index}-", dir=self.work) as tmp:
            folder = Path(tmp)
            if target == "backup":
                mutant = folder / "mutant.skgbackup"
                kind, detail = make_backup_mutant(self.backup, mutant, rng)
                data_dir = folder / "data"
                shutil.copytree(self.vault_dir, data_dir)
                dry = ["--dry-run"] if rng.random() < 0.5 else []
                args = ["vault", "import", *dry, str(mutant)]
            else:
                mutant = folder / "pack"
                kind, detail = make_pack_mutant(self.bases[target], mutant, rng)
                data_dir = folder / "data"
                args = ["ask", "--pack", str(mutant), "--image", str(self.photo),
                        "--deterministic", "--max-tokens", "4", "--accept-license", "describe"]
            code, stderr, seconds, peak = run_cli(args, data_dir, self.timeout)
            outcome = Outcome(index, target, kind, detail, verdict(code, stderr, peak), code,
                              round(seconds, 2), round(peak, 1), stderr[-600:])
            if outcome.verdict != "clean" and self.keep:
                shutil.copytree(folder, self.keep / f"{index}-{target}-{kind}",
                                dirs_exist_ok=True)
        return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--start", type=int, default=0, help="first mutant index")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--out", type=Path, help="write every outcome here (JSON)")
    parser.add_argument("--keep", type=Path, help="keep non-clean mutants in this folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="skingpt-fuzz-") as tmp:
        fuzzer = Fuzzer(Path(tmp), args.seed, args.timeout, args.keep)
        fuzzer.prepare()
        started = time.monotonic()
        with ThreadPoolExecutor(args.jobs) as pool:
            outcomes = list(pool.map(fuzzer.run_one,
                                     range(args.start, args.start + args.count)))
    summary = summarize(outcomes, time.monotonic() - started)
    print(json.dumps(summary, indent=1))
    if args.out:
        args.out.write_text(json.dumps({"summary": summary,
                                        "outcomes": [asdict(o) for o in outcomes]}, indent=1))
    return 0 if summary["non_clean"] == 0 else 1


def summarize(outcomes: list[Outcome], seconds: float) -> dict:
    """Counts per class, per target and per mutation kind; the non-clean ones listed."""
    by_class = Counter(o.verdict for o in outcomes)
    return {
        "mutants": len(outcomes),
        "seconds": round(seconds, 1),
        "by_class": dict(sorted(by_class.items())),
        "by_target": {t: dict(Counter(o.verdict for o in outcomes if o.target == t))
                      for t in sorted({o.target for o in outcomes})},
        "by_mutation": {m: dict(Counter(o.verdict for o in outcomes if o.mutation == m))
                        for m in sorted({o.mutation for o in outcomes})},
        "non_clean": len(outcomes) - by_class["clean"],
        "non_clean_list": [f"{o.index} {o.target} {o.verdict} {o.detail} :: "
                           f"{o.tail.strip().splitlines()[-1] if o.tail.strip() else ''}"
                           for o in outcomes if o.verdict != "clean"],
    }


if __name__ == "__main__":
    sys.exit(main())
