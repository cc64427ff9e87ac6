"""Opening a model pack: every way a pack can be broken gets its own clear error."""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path

import pytest

from skingpt_desktop.core.errors import GGUFFormatError, PackError
from skingpt_desktop.core.native.gguf_check import read_gguf_header
from skingpt_desktop.core.packs.hashing import HashCache
from skingpt_desktop.core.packs.pack import ModelPack


def _edit_manifest(pack: Path, **changes) -> None:
    path = pack / "manifest.json"
    data = json.loads(path.read_text())
    data.update(changes)
    path.write_text(json.dumps(data))


def test_tiny_pack_opens_with_its_model_card(tiny_pack: Path) -> None:
    pack = ModelPack.open(tiny_pack)
    assert pack.name == "tiny-random"
    assert pack.vision_path.name == "vision.gguf" and pack.llm_path.name == "llm.gguf"
    assert "random" in pack.card.provenance.lower()
    assert pack.card.limitations and pack.manifest.ram_bytes > 0


def test_missing_folder_and_manifest(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="folder not found"):
        ModelPack.open(tmp_path / "nope")
    with pytest.raises(PackError, match="manifest.json: missing"):
        ModelPack.open(tmp_path)


def test_missing_file_is_named(tiny_pack_copy: Path) -> None:
    (tiny_pack_copy / "llm.gguf").unlink()
    with pytest.raises(PackError, match=r"llm\.gguf: missing llm file"):
        ModelPack.open(tiny_pack_copy)


def test_size_mismatch_is_reported(tiny_pack_copy: Path) -> None:
    with open(tiny_pack_copy / "vision.gguf", "ab") as handle:
        handle.write(b"\0" * 7)
    with pytest.raises(PackError, match=r"vision\.gguf: size is .* manifest says"):
        ModelPack.open(tiny_pack_copy)


def test_hash_mismatch_is_reported(tiny_pack_copy: Path) -> None:
    path = tiny_pack_copy / "llm.gguf"
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF  # inside tensor data: header stays valid, only the hash can tell
    path.write_bytes(bytes(data))
    with pytest.raises(PackError, match="SHA-256 does not match"):
        ModelPack.open(tiny_pack_copy)
    ModelPack.open(tiny_pack_copy, verify_hashes=False)  # the header itself is fine


def test_hash_cache_skips_rehash_until_file_changes(tiny_pack_copy: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    cache = HashCache(tmp_path / "hashes.json")
    ModelPack.open(tiny_pack_copy, hash_cache=cache)
    calls = []
    import skingpt_desktop.core.packs.hashing as hashing

    real = hashing.sha256_file
    monkeypatch.setattr(hashing, "sha256_file", lambda p, progress=None: calls.append(p) or real(p))
    ModelPack.open(tiny_pack_copy, hash_cache=HashCache(tmp_path / "hashes.json"))
    assert calls == []
    llm = tiny_pack_copy / "llm.gguf"
    os.utime(llm, ns=(llm.stat().st_atime_ns, llm.stat().st_mtime_ns + 10**9))
    ModelPack.open(tiny_pack_copy, hash_cache=HashCache(tmp_path / "hashes.json"))
    assert calls == [llm]


def test_bad_magic(tiny_pack_copy: Path) -> None:
    path = tiny_pack_copy / "vision.gguf"
    data = bytearray(path.read_bytes())
    data[:4] = b"GGML"
    path.write_bytes(bytes(data))
    with pytest.raises(GGUFFormatError, match=r"vision\.gguf: not a GGUF file"):
        ModelPack.open(tiny_pack_copy, verify_hashes=False)


def test_unsupported_version(tiny_pack_copy: Path) -> None:
    path = tiny_pack_copy / "llm.gguf"
    data = bytearray(path.read_bytes())
    data[4:8] = struct.pack("<I", 99)
    path.write_bytes(bytes(data))
    with pytest.raises(GGUFFormatError, match="GGUF version 99"):
        ModelPack.open(tiny_pack_copy, verify_hashes=False)


def test_implausible_counts(tiny_pack_copy: Path) -> None:
    path = tiny_pack_copy / "llm.gguf"
    data = bytearray(path.read_bytes())
    data[8:16] = struct.pack("<Q", 2**62)  # tensor count
    path.write_bytes(bytes(data))
    with pytest.raises(GGUFFormatError, match="implausible counts"):
        ModelPack.open(tiny_pack_copy, verify_hashes=False)


def test_tensor_offset_out_of_bounds(tiny_pack_copy: Path) -> None:
    """A truncated file whose header still claims all tensors: caught before llama.cpp."""
    path = tiny_pack_copy / "llm.gguf"
    summary = read_gguf_header(path)
    keep = summary.data_offset + max(t.offset for t in summary.tensors.values())
    path.write_bytes(path.read_bytes()[:keep])
    _edit_manifest(tiny_pack_copy, files=[
        {**f, "size": keep} if f["role"] == "llm" else f
        for f in json.loads((tiny_pack_copy / "manifest.json").read_text())["files"]
    ])
    with pytest.raises(GGUFFormatError, match="lies outside the file"):
        ModelPack.open(tiny_pack_copy, verify_hashes=False)


def test_wrong_architecture_per_role(tiny_pack_copy: Path) -> None:
    """Swapping the two files is caught by the architecture each role must declare."""
    vision, llm = tiny_pack_copy / "vision.gguf", tiny_pack_copy / "llm.gguf"
    tmp = tiny_pack_copy / "swap"
    vision.rename(tmp)
    llm.rename(vision)
    tmp.rename(llm)
    data = json.loads((tiny_pack_copy / "manifest.json").read_text())
    sizes = {f["role"]: f["size"] for f in data["files"]}
    for f in data["files"]:
        f["size"] = sizes["llm" if f["role"] == "vision" else "vision"]
    (tiny_pack_copy / "manifest.json").write_text(json.dumps(data))
    with pytest.raises(GGUFFormatError, match="architecture is 'llama', expected 'skingpt4-vision'"):
        ModelPack.open(tiny_pack_copy, verify_hashes=False)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format_version": 7}, "pack format version 7 is not supported"),
        ({"architecture": "minigpt5"}, "architecture 'minigpt5'"),
        ({"name": 3}, "field 'name' must be str"),
        ({"files": []}, "no file with role"),
        ({"generation": {"temperature": 99}}, "generation.temperature=99"),
        ({"generation": {"bogus": 1}}, "unknown generation setting 'bogus'"),
        ({"card": {"license": "x"}}, "missing field 'limitations'"),
    ],
)
def test_bad_manifest_fields(tiny_pack_copy: Path, change: dict, message: str) -> None:
    _edit_manifest(tiny_pack_copy, **change)
    with pytest.raises(PackError, match=message):
        ModelPack.open(tiny_pack_copy)


def test_path_traversal_in_manifest_is_refused(tiny_pack_copy: Path) -> None:
    data = json.loads((tiny_pack_copy / "manifest.json").read_text())
    data["files"][0]["path"] = "../../etc/passwd"
    (tiny_pack_copy / "manifest.json").write_text(json.dumps(data))
    with pytest.raises(PackError, match="must be a plain file name"):
        ModelPack.open(tiny_pack_copy)


def test_manifest_not_json(tiny_pack_copy: Path) -> None:
    (tiny_pack_copy / "manifest.json").write_bytes(b"\xff\xfe{")
    with pytest.raises(PackError, match="not valid JSON"):
        ModelPack.open(tiny_pack_copy)


@pytest.mark.parametrize(("change", "message"), [
    ({"ram_bytes": "8 GB"}, "field 'ram_bytes' must be a whole number of bytes"),
    ({"ram_bytes": [1]}, "field 'ram_bytes' must be a whole number"),
    ({"ram_bytes": -1}, "field 'ram_bytes' must be a whole number"),
    ({"ram_bytes": 1.5}, "field 'ram_bytes' must be a whole number"),
    ({"name": "../../evil name"}, "field 'name' '../../evil name' must be 1-128 letters"),
    ({"name": ".hidden"}, "field 'name'"),
    ({"name": 7}, "field 'name' must be str"),
    ({"display_name": ["x"]}, "field 'display_name' must be one line"),
    ({"quantization": "q" * 500}, "field 'quantization' must be one line"),
])
def test_manifest_fields_are_type_and_range_checked(tiny_pack_copy: Path, change: dict,
                                                    message: str) -> None:
    _edit_manifest(tiny_pack_copy, **change)
    with pytest.raises(PackError, match=message):
        ModelPack.open(tiny_pack_copy)


@pytest.mark.parametrize(("text", "message"), [
    ('{"format_version": ' + "[" * 30000 + "]" * 30000 + "}", "nests 30001 levels deep"),
    ('{"format_version": 1, "ram_bytes": ' + "9" * 4000 + "}", "integer of 4000 digits"),
    ('{"format_version": 1, "ram_bytes": NaN}', "holds NaN"),
])
def test_hostile_manifest_json_is_one_error(tiny_pack_copy: Path, text: str,
                                            message: str) -> None:
    (tiny_pack_copy / "manifest.json").write_text(text)
    with pytest.raises(PackError, match=message):
        ModelPack.open(tiny_pack_copy)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_as_manifest_or_pack_file_is_refused_at_once(tiny_pack_copy: Path) -> None:
    manifest = tiny_pack_copy / "manifest.json"
    saved = manifest.read_bytes()
    manifest.unlink()
    os.mkfifo(manifest)
    with pytest.raises(PackError, match="manifest.json is not a regular file"):
        ModelPack.open(tiny_pack_copy)
    manifest.unlink()
    manifest.write_bytes(saved)
    (tiny_pack_copy / "llm.gguf").unlink()
    os.mkfifo(tiny_pack_copy / "llm.gguf")
    with pytest.raises(PackError, match="llm.gguf is not a regular file"):
        ModelPack.open(tiny_pack_copy)


def test_a_damaged_key_is_quoted_short_and_printable(tmp_path: Path) -> None:
    """A damaged length field can make a 'key' of a megabyte of raw bytes with terminal escape
    sequences; the error line quotes a few printable characters of it, never the bytes."""
    key = ("\x1b[31m" + "K" * 5000).encode()
    header = (b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + struct.pack("<Q", len(key)) + key
              + struct.pack("<I", 99))  # value type 99 does not exist
    path = tmp_path / "damaged.gguf"
    path.write_bytes(header)
    with pytest.raises(GGUFFormatError, match="unknown value type 99") as caught:
        read_gguf_header(path)
    message = str(caught.value)
    assert "\x1b" not in message and len(message) < len(str(path)) + 120
    assert "\\x1b[31mKKK" in message
