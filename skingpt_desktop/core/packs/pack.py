"""Model packs: a folder with ``manifest.json``, ``vision.gguf`` and ``llm.gguf``.

The manifest is the pack's model card and its integrity record: architecture, conversation
format, default generation settings, provenance, license, intended use, known limits, the RAM the
pack needs, and each file's role, size and SHA-256. ``ModelPack.open`` validates all of it, and
each GGUF's header, before any file reaches llama.cpp. See docs/model-pack.md.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from skingpt_desktop.core.atomic_files import write_atomically
from skingpt_desktop.core.bounded_input import (
    check_regular_file,
    loads_json,
    quote_value,
    read_regular_file,
)
from skingpt_desktop.core.errors import GGUFFormatError, PackError
from skingpt_desktop.core.native.gguf_check import GGUFSummary, check_gguf_file
from skingpt_desktop.core.packs.hashing import HashCache, sha256_file
from skingpt_desktop.core.packs.memory import (
    MEMORY_FIELDS,
    PackMemory,
    estimate_parts,
    parts_from_manifest,
    ram_needed,
)
from skingpt_desktop.core.packs.pack_kinds import ALL_ROLES, PackKind, check_mtmd_pair, pack_kind

FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
ARCHITECTURE = "skingpt4"  # the default kind (core/packs/pack_kinds.py lists them all)
VISION_FILE = "vision.gguf"
LLM_FILE = "llm.gguf"
MMPROJ_FILE = "mmproj.gguf"
DRAFT_FILE = "draft.gguf"
MAX_MANIFEST_BYTES = 1 << 20
MAX_RAM_BYTES = 1 << 50  # 1 PiB: far above any machine, far below what breaks arithmetic
MAX_TEXT_CHARS = 200  # one-line fields: display_name, quantization, created, ...
# What a pack's name may be: it is the folder name of the installed pack on every system.
PACK_NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
SHA256_PATTERN = re.compile(r"[0-9a-f]{64}")


def valid_pack_name(name: object) -> bool:
    """True when ``name`` can name a pack: 1-128 letters, digits, '.', '_' or '-', starting with
    a letter or digit (no path separator, nothing hidden, nothing a file system refuses)."""
    return isinstance(name, str) and PACK_NAME_PATTERN.fullmatch(name) is not None


@dataclass(frozen=True)
class SourceFile:
    """One original file a pack was converted from."""

    name: str
    sha256: str
    origin: str = ""


@dataclass(frozen=True)
class ModelCard:
    """What the weights are, where they come from and what they must not be used for."""

    provenance: str
    license: str
    intended_use: str
    limitations: list[str]
    sources: list[SourceFile] = field(default_factory=list)
    # The license's terms must be accepted before first use (MedGemma's Health AI Developer
    # Foundations terms, for example): the app shows them and asks once per pack and license.
    license_acceptance_required: bool = False

    def license_key(self, pack_name: str) -> str:
        """What an acceptance is recorded under: the pack and the exact license text."""
        digest = hashlib.sha256(self.license.encode("utf-8")).hexdigest()[:16]
        return f"{pack_name}:{digest}"


@dataclass(frozen=True)
class DownloadedFile:
    """One file as it was downloaded, with the SHA-256 checked against the hub's."""

    name: str
    sha256: str


@dataclass(frozen=True)
class DownloadRecord:
    """Where a pack's files were downloaded from: the repository, the exact commit the hub
    served them at, and each file's SHA-256 (computed here and matched with the hub's)."""

    repo: str
    revision: str
    files: list[DownloadedFile] = field(default_factory=list)


@dataclass(frozen=True)
class PackFile:
    """A file of the pack with its integrity record."""

    role: str
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """The parsed, validated ``manifest.json``."""

    name: str
    display_name: str
    conversation_format: str
    card: ModelCard
    files: list[PackFile]
    generation: dict[str, Any] = field(default_factory=dict)
    ram_bytes: int = 0  # RAM needed with the default (ggml) vision tower; 0: not stated
    quantization: str = ""
    memory: dict[str, int] = field(default_factory=dict)  # the parts, see core/packs/memory.py
    architecture: str = ARCHITECTURE
    format_version: int = FORMAT_VERSION
    created: str = ""
    download: DownloadRecord | None = None  # provenance of a downloaded pack

    def file(self, role: str) -> PackFile:
        """The file entry for ``role`` ("vision" or "llm")."""
        for entry in self.files:
            if entry.role == role:
                return entry
        raise PackError(f"{MANIFEST_NAME}: no file with role '{role}'")

    @property
    def kind(self) -> PackKind:
        """What kind of pack this is (its files and what they declare)."""
        return pack_kind(self.architecture)

    def memory_parts(self) -> PackMemory:
        """What the pack's parts take in memory (recorded, or estimated from file sizes)."""
        return parts_from_manifest(self.file("llm").size, self.file(self.kind.image_role).size,
                                   self.memory)

    def ram_needed(self, vision_mode: str = "ggml", llm_on_gpu: bool = False) -> int:
        """RAM the pack needs with its vision tower in ``vision_mode`` (core/packs/memory.py);
        0 when the manifest states neither the parts nor a figure."""
        if self.memory:  # plus a draft model, memory-mapped like the language model
            draft = sum(f.size for f in self.files if f.role == "draft")
            return ram_needed(self.memory_parts(), vision_mode, llm_on_gpu) + draft
        if not self.ram_bytes:
            return 0
        if not llm_on_gpu:  # a stated figure, for whichever tower its author had in mind
            return self.ram_bytes
        parts = self.memory_parts()
        return max(self.ram_bytes - parts.llm_file - parts.kv_cache, self.ram_bytes // 4)

    def to_json(self) -> str:
        """Serialise as pretty, stable JSON (no ``download`` key for a pack not downloaded)."""
        data = dataclasses.asdict(self)
        if data["download"] is None:
            del data["download"]
        return json.dumps(data, indent=2, sort_keys=True) + "\n"


# Generation settings a manifest may carry, with their allowed ranges.
GENERATION_FIELDS: dict[str, tuple[type, float, float]] = {
    "temperature": (float, 0.0, 5.0),
    "top_p": (float, 0.0, 1.0),
    "repetition_penalty": (float, 0.5, 3.0),
    "max_new_tokens": (int, 1, 8192),
    "n_ctx": (int, 128, 131072),
}


def build_manifest(
    pack_dir: Path,
    *,
    name: str,
    display_name: str,
    conversation_format: str,
    card: ModelCard,
    generation: dict[str, Any] | None = None,
    memory: PackMemory | None = None,
    quantization: str = "",
    progress: Callable[[int, int], None] | None = None,
    known_sha256: Mapping[str, str] | None = None,
    architecture: str = ARCHITECTURE,
) -> Manifest:
    """Describe the GGUF files already written in ``pack_dir`` (sizes and SHA-256 computed).

    ``progress(done_bytes, total_bytes)`` follows the hashing, which takes about a minute for
    a 10 GB pack. ``memory`` gives the parts' memory when the caller knows the models (the
    converter); otherwise they are estimated from the file sizes. ``known_sha256`` maps file
    names whose digest the caller already computed (a file copied while hashing) to that
    digest, so they are not read again.
    """
    known = known_sha256 or {}
    kind = pack_kind(architecture)
    paths = {role: pack_dir / filename for role, filename in kind.files.items()}
    for role, path in paths.items():
        if not path.is_file():
            raise PackError(f"{path}: missing {role} file")
    paths.update({role: pack_dir / filename for role, filename in kind.optional.items()
                  if (pack_dir / filename).is_file()})
    sizes = {role: path.stat().st_size for role, path in paths.items()}
    total_bytes = sum(sizes.values())
    parts = memory or estimate_parts(sizes["llm"], sizes[kind.image_role])
    files, hashed = [], 0
    for role, path in paths.items():
        def file_progress(done: int, _total: int, offset: int = hashed) -> None:
            if progress:
                progress(offset + done, total_bytes)
        digest = known.get(path.name) or sha256_file(path, file_progress)
        files.append(PackFile(role, path.name, path.stat().st_size, digest))
        hashed += path.stat().st_size
    return Manifest(
        name=name,
        display_name=display_name,
        conversation_format=conversation_format,
        card=card,
        files=files,
        generation=dict(generation or {}),
        ram_bytes=ram_needed(parts, "ggml"),
        quantization=quantization,
        memory=parts.to_manifest(),
        architecture=architecture,
        created=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    )


def write_manifest(pack_dir: Path, manifest: Manifest) -> Path:
    """Write ``manifest.json`` atomically (temp file + rename) and return its path."""
    return write_atomically(pack_dir / MANIFEST_NAME, manifest.to_json())


def _require(data: dict, key: str, kind: type, where: str) -> Any:
    if key not in data:
        raise PackError(f"{where}: missing field '{key}'")
    value = data[key]
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        raise PackError(f"{where}: field '{key}' must be {kind.__name__}")
    return value


def _parse_card(data: Any, where: str) -> ModelCard:
    if not isinstance(data, dict):
        raise PackError(f"{where}: field 'card' must be an object")
    limitations = _require(data, "limitations", list, f"{where} card")
    if not all(isinstance(x, str) for x in limitations):
        raise PackError(f"{where}: card.limitations must be a list of strings")
    sources = []
    for item in data.get("sources", []):
        if not isinstance(item, dict):
            raise PackError(f"{where}: card.sources entries must be objects")
        sources.append(SourceFile(_require(item, "name", str, f"{where} source"),
                                  _require(item, "sha256", str, f"{where} source"),
                                  str(item.get("origin", ""))))
    return ModelCard(
        provenance=_require(data, "provenance", str, f"{where} card"),
        license=_require(data, "license", str, f"{where} card"),
        intended_use=_require(data, "intended_use", str, f"{where} card"),
        limitations=list(limitations),
        sources=sources,
        license_acceptance_required=_optional_bool(data, "license_acceptance_required",
                                                   f"{where} card"),
    )


def _optional_bool(data: dict, key: str, where: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise PackError(f"{where}: field '{key}' must be true or false")
    return value


def _parse_files(data: Any, where: str, kind: PackKind) -> list[PackFile]:
    if not isinstance(data, list):
        raise PackError(f"{where}: field 'files' must be a list")
    files = []
    for item in data:
        if not isinstance(item, dict):
            raise PackError(f"{where}: 'files' entries must be objects")
        entry = PackFile(
            role=_require(item, "role", str, f"{where} file"),
            path=_require(item, "path", str, f"{where} file"),
            size=_require(item, "size", int, f"{where} file"),
            sha256=_require(item, "sha256", str, f"{where} file").lower(),
        )
        if entry.role not in kind.all_roles:
            known = "unknown" if entry.role not in ALL_ROLES else f"not a {kind.architecture}"
            raise PackError(f"{where}: {known} file role {quote_value(entry.role)}")
        if Path(entry.path).name != entry.path or entry.path in ("", ".", ".."):
            raise PackError(f"{where}: file path {quote_value(entry.path)} must be a plain file name")
        if len(entry.sha256) != 64 or any(c not in "0123456789abcdef" for c in entry.sha256):
            raise PackError(f"{where}: file {quote_value(entry.path)} has a malformed sha256")
        files.append(entry)
    missing = set(kind.files) - {f.role for f in files}
    if missing:
        raise PackError(f"{where}: no file with role {sorted(missing)[0]!r}")
    return files


def _parse_generation(data: Any, where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise PackError(f"{where}: field 'generation' must be an object")
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key not in GENERATION_FIELDS:
            raise PackError(f"{where}: unknown generation setting {quote_value(key)}")
        kind, low, high = GENERATION_FIELDS[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise PackError(f"{where}: generation.{key} must be a number")
        if not low <= value <= high:
            raise PackError(f"{where}: generation.{key}={value} is outside {low}..{high}")
        out[key] = kind(value)
    return out


def _parse_memory(data: Any, where: str) -> dict[str, int]:
    """Either no parts or all of them, each a whole number of bytes."""
    if not isinstance(data, dict):
        raise PackError(f"{where}: field 'memory' must be an object")
    if not data:
        return {}
    for key in MEMORY_FIELDS:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise PackError(f"{where}: memory.{key} must be a whole number of bytes")
    unknown = sorted(set(data) - set(MEMORY_FIELDS))
    if unknown:
        raise PackError(f"{where}: unknown memory field {quote_value(unknown[0])}")
    return {key: int(data[key]) for key in MEMORY_FIELDS}


def _one_line(data: dict, key: str, where: str, default: str = "") -> str:
    """An optional one-line text field of at most MAX_TEXT_CHARS characters."""
    value = data.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str) or len(value) > MAX_TEXT_CHARS or "\n" in value:
        raise PackError(f"{where}: field '{key}' must be one line of at most {MAX_TEXT_CHARS} "
                        "characters")
    return value


def _pack_name(data: dict, where: str) -> str:
    """The ``name`` field: a valid pack name, as it becomes the installed folder's name."""
    name = _require(data, "name", str, where)
    if not valid_pack_name(name):
        raise PackError(f"{where}: field 'name' {quote_value(name)} must be 1-128 letters, digits, '.', "
                        "'_' or '-', starting with a letter or digit")
    return name


def _ram_bytes(data: dict, where: str) -> int:
    """The optional ``ram_bytes`` field: a whole, non-negative number of bytes."""
    value = data.get("ram_bytes", 0)
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_RAM_BYTES:
        raise PackError(f"{where}: field 'ram_bytes' must be a whole number of bytes from 0 to "
                        f"{MAX_RAM_BYTES}")
    return value


def parse_manifest(raw: bytes, where: str) -> Manifest:
    """Parse and validate manifest JSON; ``where`` names the file in error messages.

    The JSON is read within bounds (size, nesting, integer digits, no NaN) and every field is
    checked for its type and range; the first bad field is named in the ``PackError``.
    """
    data = loads_json(raw, where, PackError, max_bytes=MAX_MANIFEST_BYTES)
    if not isinstance(data, dict):
        raise PackError(f"{where}: must be a JSON object")
    version = _require(data, "format_version", int, where)
    if version != FORMAT_VERSION:
        raise PackError(f"{where}: pack format version {version} is not supported "
                        f"(this app reads version {FORMAT_VERSION}); update the app or the pack")
    architecture = _require(data, "architecture", str, where)
    kind = pack_kind(architecture, where)
    name = _pack_name(data, where)
    return Manifest(
        name=name,
        display_name=_one_line(data, "display_name", where) or name,
        conversation_format=_require(data, "conversation_format", str, where),
        card=_parse_card(data.get("card"), where),
        files=_parse_files(data.get("files"), where, kind),
        generation=_parse_generation(data.get("generation", {}), where),
        ram_bytes=_ram_bytes(data, where),
        quantization=_one_line(data, "quantization", where),
        memory=_parse_memory(data.get("memory", {}), where),
        architecture=architecture,
        format_version=version,
        created=_one_line(data, "created", where),
        download=parse_download_record(data.get("download"), where),
    )


def parse_download_record(data: Any, where: str) -> DownloadRecord | None:
    """The manifest's optional ``download`` object (None when absent), validated."""
    if data is None:
        return None
    if not isinstance(data, dict):
        raise PackError(f"{where}: field 'download' must be an object")
    label = f"{where} download"
    items = _require(data, "files", list, label)
    files = []
    for item in items:
        if not isinstance(item, dict):
            raise PackError(f"{where}: download.files entries must be objects")
        digest = _require(item, "sha256", str, label)
        if not SHA256_PATTERN.fullmatch(digest):
            raise PackError(f"{where}: download.files sha256 must be 64 hex digits")
        files.append(DownloadedFile(_require(item, "name", str, label), digest))
    return DownloadRecord(_require(data, "repo", str, label), _require(data, "revision", str, label),
                          files)


class ModelPack:
    """An opened, validated model pack. Use :meth:`open`."""

    def __init__(self, root: Path, manifest: Manifest, hashes_verified: bool = False) -> None:
        self.root = root
        self.manifest = manifest
        # Whether every file's SHA-256 was checked against the manifest when it was opened.
        self.hashes_verified = hashes_verified

    @property
    def name(self) -> str:
        return self.manifest.name

    @property
    def card(self) -> ModelCard:
        return self.manifest.card

    @property
    def vision_path(self) -> Path:
        """The file that turns photos into tokens: vision.gguf, or an mtmd pack's mmproj."""
        return self.root / self.manifest.file(self.manifest.kind.image_role).path

    @property
    def llm_path(self) -> Path:
        return self.root / self.manifest.file("llm").path

    @property
    def draft_path(self) -> Path | None:
        """The pack's draft model for speculative decoding, if it has one."""
        entry = next((f for f in self.manifest.files if f.role == "draft"), None)
        return None if entry is None else self.root / entry.path

    @classmethod
    def open(cls, folder: str | os.PathLike, *, verify_hashes: bool = True,
             hash_cache: HashCache | None = None) -> "ModelPack":
        """Open and validate a pack folder; raises PackError naming the file and problem.

        Checks, in order: the folder and manifest exist and parse; every file exists with the
        recorded size; each GGUF header is sound (magic, version, counts, offsets in bounds) and
        declares the expected architecture; the SHA-256 matches (cached by size + mtime when
        ``hash_cache`` is given). The vision/LLM width match is checked when the engine loads.
        """
        root = Path(folder)
        if not root.is_dir():
            raise PackError(f"{root}: model pack folder not found")
        manifest_path = root / MANIFEST_NAME
        if not manifest_path.exists():
            raise PackError(f"{manifest_path}: missing (is this a SkinGPT Desktop model pack?)")
        raw = read_regular_file(manifest_path, "the pack manifest", PackError, MAX_MANIFEST_BYTES)
        manifest = parse_manifest(raw, str(manifest_path))
        headers = {entry.role: _verify_file(root / entry.path, entry, manifest.kind,
                                            verify_hashes, hash_cache)
                   for entry in manifest.files}
        if manifest.architecture == "mtmd":
            check_mtmd_pair(headers["mmproj"], headers["llm"])
        return cls(root, manifest, hashes_verified=verify_hashes)


def _verify_file(path: Path, entry: PackFile, kind: PackKind, verify_hash: bool,
                 hash_cache: HashCache | None) -> GGUFSummary:
    if not path.exists():
        raise PackError(f"{path}: missing {entry.role} file")
    size = check_regular_file(path, f"the pack's {entry.role} file", PackError)
    if size != entry.size:
        raise PackError(f"{path}: size is {size} bytes, manifest says {entry.size} "
                        "(incomplete copy or wrong file)")
    summary = check_gguf_file(path)
    if not kind.accepts(entry.role, summary.architecture):
        expected = "' or '".join(kind.declared[entry.role])
        found = quote_value(summary.architecture or "none")
        raise GGUFFormatError(f"{path}: architecture is {found}, expected '{expected}'")
    if verify_hash:
        digest = hash_cache.sha256(path) if hash_cache else sha256_file(path)
        if digest != entry.sha256:
            raise PackError(f"{path}: SHA-256 does not match the manifest (file damaged or altered)")
    return summary
