"""Damaged copies of the tiny packs for tests: files that pass every check before llama.cpp
(manifest sizes and hashes updated) yet make it stop the process."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from gguf import GGUFReader

from skingpt_desktop.core.packs.hashing import sha256_file


def rehash(pack: Path) -> None:
    """Sizes and hashes in the manifest updated: the damaged file reaches native code."""
    manifest = json.loads((pack / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        entry["size"] = (pack / entry["path"]).stat().st_size
        entry["sha256"] = sha256_file(pack / entry["path"])
    (pack / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def retyped_tensor(source: Path, pack: Path, file: str, tensor: str,
                   ggml_type: int = 26) -> Path:
    """A copy of ``source`` at ``pack`` with one tensor's type changed in place (26: I8, the
    same size as the F32 it replaces for these shapes' purposes: the offsets stay valid)."""
    shutil.copytree(source, pack)
    reader = GGUFReader(pack / file, "r+")
    info = next(t for t in reader.tensors if t.name == tensor)
    info.field.parts[4][0] = ggml_type
    reader.data.flush()
    del reader
    rehash(pack)
    return pack
