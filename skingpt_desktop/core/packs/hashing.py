"""SHA-256 of large files, with a cache keyed by path, size and modification time.

Hashing a 8 GB model pack takes tens of seconds; the cache lets the app re-open a pack it has
already verified instantly, while any change of size or mtime forces a full re-hash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from skingpt_desktop.core.atomic_files import write_atomically

CHUNK_BYTES = 4 << 20


def sha256_file(path: Path, progress: Callable[[int, int], None] | None = None) -> str:
    """Hex SHA-256 of a file, read in 4 MiB chunks; ``progress(done, total)`` after each."""
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
            done += len(chunk)
            if progress:
                progress(done, total)
    return digest.hexdigest()


class HashCache:
    """Remembers verified hashes in a small JSON file; entries die when size or mtime change."""

    def __init__(self, cache_file: Path) -> None:
        self.cache_file = cache_file
        self._entries: dict[str, list] = self._load()

    def _load(self) -> dict[str, list]:
        try:
            data = json.loads(self.cache_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def sha256(self, path: Path, progress: Callable[[int, int], None] | None = None) -> str:
        """The file's SHA-256, from the cache when size and mtime are unchanged."""
        stat = path.stat()
        key = str(path.resolve())
        stamp = [stat.st_size, stat.st_mtime_ns]
        cached = self._entries.get(key)
        if isinstance(cached, list) and len(cached) == 3 and cached[:2] == stamp:
            return str(cached[2])
        digest = sha256_file(path, progress)
        self._entries[key] = [*stamp, digest]
        self._save()
        return digest

    def _save(self) -> None:
        self.cache_file.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.cache_file, json.dumps(self._entries))
