"""Vault benchmark: unlock time at the real (calibrated) Argon2id cost, storing and loading a
12-megapixel photo, loading a 100-message conversation.

Each vault figure is shown next to a plain baseline doing the same work without the vault
(no encryption, no database), as a ratio:

    python bench/vault.py [--repeat 5]

Not a test: numbers depend on the machine. Uses a temporary data folder and deletes it.
"""

from __future__ import annotations

import argparse
import io
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from skingpt_desktop.core.storage import Message, Vault, crypto
from skingpt_desktop.core.storage.models import Case
from skingpt_desktop.core.storage.photos import clean_photo

PASS = "benchmark passphrase, not a secret"


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time in seconds of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def camera_photo(width: int = 4000, height: int = 3000) -> bytes:
    """A 12-megapixel JPEG that compresses like a real photo (smooth shading plus sensor noise)."""
    rng = np.random.default_rng(0)
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    base = np.stack([180 + 40 * np.sin(x / 400), 120 + 30 * np.cos(y / 300),
                     100 + 20 * np.sin((x + y) / 500)], axis=-1)  # (3000, 4000, 3)
    pixels = np.clip(base + rng.normal(0, 6, base.shape), 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, "JPEG", quality=92)
    return out.getvalue()


def row(name: str, vault_s: float, base_s: float | None, base_name: str = "") -> None:
    ratio = f"{vault_s / base_s:6.2f}x  vs {base_name} {base_s * 1000:8.1f} ms" if base_s else ""
    print(f"{name:38s} {vault_s * 1000:9.1f} ms   {ratio}")


def bench_unlock(folder: Path, repeat: int) -> Vault:
    start = time.perf_counter()
    params = crypto.calibrate()
    calibration = time.perf_counter() - start
    vault = Vault.create(folder / "vault.sqlite3", PASS, kdf=params)
    print(f"Argon2id calibrated: {params.memory_kib // 1024} MiB, {params.time_cost} passes, "
          f"{params.parallelism} lanes (calibration took {calibration:.2f} s)")
    vault.close()
    vault = Vault.open(folder / "vault.sqlite3")

    def unlock() -> None:
        vault.lock()
        vault.unlock(PASS)

    salt = bytes(16)
    base = timed(lambda: crypto.derive_kek(PASS, salt, params).wipe(), repeat)
    row("unlock (Argon2id + unwrap + audit)", timed(unlock, repeat), base, "bare Argon2id")
    return vault


def bench_photo(vault: Vault, folder: Path, repeat: int) -> None:
    raw = camera_photo()
    print(f"12 MP input JPEG: {len(raw) / 2**20:.1f} MiB")
    case = vault.add_case(Case(title="bench"))
    base_store = timed(lambda: clean_photo(raw), repeat)
    photo_ids: list[str] = []
    store = timed(lambda: photo_ids.append(vault.add_photo(case.id, raw).id), repeat)
    row("store 12 MP photo (re-encode+seal)", store, base_store, "re-encode only")
    stored = vault.get_photo(photo_ids[0]).data
    print(f"stored (re-encoded) JPEG: {len(stored) / 2**20:.1f} MiB")
    plain = folder / "plain.jpg"
    plain.write_bytes(stored)
    row("load 12 MP photo (bytes)", timed(lambda: vault.get_photo(photo_ids[0]), repeat),
        timed(plain.read_bytes, repeat), "plain file read")
    decode = timed(lambda: Image.open(io.BytesIO(stored)).load(), repeat)
    row("load 12 MP photo + decode pixels", timed(
        lambda: Image.open(io.BytesIO(vault.get_photo(photo_ids[0]).data)).load(), repeat),
        decode + timed(plain.read_bytes, repeat), "plain read + decode")


def bench_conversation(vault: Vault, folder: Path, repeat: int) -> None:
    case = vault.add_case(Case(title="chat"))
    chat = vault.start_conversation(case.id, "bench-pack")
    texts = [("user" if i % 2 == 0 else "assistant", f"message {i} " + "lorem ipsum " * 60)
             for i in range(100)]  # ~750 characters each, like a model answer
    start = time.perf_counter()
    for role, text in texts:
        vault.add_message(chat.id, Message(role, text))
    append = (time.perf_counter() - start) / len(texts)
    plain = sqlite3.connect(folder / "plain.sqlite3")
    plain.execute("CREATE TABLE m (seq INTEGER PRIMARY KEY, conv TEXT, body TEXT)")
    with plain:
        plain.executemany("INSERT INTO m (conv, body) VALUES ('c', ?)",
                          [(json.dumps({"role": r, "text": t}),) for r, t in texts])

    def plain_load() -> list:
        return [json.loads(b) for (b,) in plain.execute("SELECT body FROM m WHERE conv='c' "
                                                        "ORDER BY seq")]

    loaded = vault.get_conversation(chat.id)
    assert len(loaded.messages) == 100 and not loaded.damaged
    row("load 100-message conversation", timed(lambda: vault.get_conversation(chat.id), repeat),
        timed(plain_load, repeat), "plaintext SQLite")
    print(f"{'append one message (commit, fsync)':38s} {append * 1000:9.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="skingpt-vault-bench-") as tmp:
        folder = Path(tmp)
        vault = bench_unlock(folder, args.repeat)
        bench_photo(vault, folder, args.repeat)
        bench_conversation(vault, folder, args.repeat)
        vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
