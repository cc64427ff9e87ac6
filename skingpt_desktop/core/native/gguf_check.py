"""A bounded, validating reader of GGUF headers.

Model files come from downloads and USB drives, so they are untrusted input. This module reads
the header with explicit limits (counts, string lengths, array sizes), checks that every tensor's
data lies inside the file, and only then lets the file reach llama.cpp or gguf's memory-mapped
reader. Errors name the file and the problem.

Layout (GGUF v2/v3): magic "GGUF", u32 version, u64 tensor count, u64 key/value count, the
key/value pairs, the tensor infos (name, dims, type, offset), padding to ``general.alignment``,
then the tensor data.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from gguf import GGML_QUANT_SIZES, GGMLQuantizationType

from skingpt_desktop.core.bounded_input import quote, quote_value
from skingpt_desktop.core.errors import GGUFFormatError
from skingpt_desktop.core.native.gguf_rules import TOKENS_KEY, check_metadata

MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
MAX_TENSORS = 1_000_000
MAX_KV = 100_000
MAX_STRING_BYTES = 1 << 20
MAX_ARRAY_ITEMS = 10_000_000
MAX_DIMS = 4
DEFAULT_ALIGNMENT = 32

# GGUF value type id -> struct format for scalars (8: string, 9: array are special).
SCALAR_FORMATS: dict[int, str] = {
    0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
    10: "<Q", 11: "<q", 12: "<d",
}
TYPE_STRING = 8
TYPE_ARRAY = 9


@dataclass(frozen=True)
class TensorInfo:
    """One tensor's header entry; ``shape`` is numpy order (GGUF stores it reversed)."""

    name: str
    shape: tuple[int, ...]
    ggml_type: int
    offset: int
    nbytes: int


@dataclass
class GGUFSummary:
    """What the header says: version, metadata (arrays kept only when short) and tensors."""

    path: Path
    version: int
    metadata: dict[str, Any] = field(default_factory=dict)
    types: dict[str, int] = field(default_factory=dict)  # key -> GGUF value type id
    array_lengths: dict[str, int] = field(default_factory=dict)
    tensors: dict[str, TensorInfo] = field(default_factory=dict)
    data_offset: int = 0

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", ""))


class _BoundedReader:
    """Reads little-endian values and fails cleanly at the end of the file."""

    def __init__(self, handle: BinaryIO, path: Path, size: int) -> None:
        self.handle, self.path, self.size = handle, path, size

    def read(self, count: int) -> bytes:
        if count < 0 or self.handle.tell() + count > self.size:
            raise GGUFFormatError(f"{self.path}: truncated GGUF header")
        return self.handle.read(count)

    def scalar(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.read(struct.calcsize(fmt)))[0]

    def string(self) -> str:
        length = self.scalar("<Q")
        if length > MAX_STRING_BYTES:
            raise GGUFFormatError(f"{self.path}: string of {length} bytes in header exceeds limit")
        return self.read(length).decode("utf-8", errors="replace")

    def value(self, type_id: int, key: str, summary: GGUFSummary, keep_array: bool) -> Any:
        if type_id in SCALAR_FORMATS:
            return self.scalar(SCALAR_FORMATS[type_id])
        if type_id == TYPE_STRING:
            return self.string()
        if type_id == TYPE_ARRAY:
            return self.array(key, summary, keep_array)
        raise GGUFFormatError(f"{self.path}: metadata {quote(key)} has unknown value type {type_id}")

    def array(self, key: str, summary: GGUFSummary, keep: bool) -> Any:
        item_type = self.scalar("<I")
        count = self.scalar("<Q")
        if count > MAX_ARRAY_ITEMS or item_type == TYPE_ARRAY:
            raise GGUFFormatError(f"{self.path}: metadata array {quote(key)} is too large or nested")
        summary.array_lengths[key] = count
        if item_type in SCALAR_FORMATS and not keep:
            self.read(struct.calcsize(SCALAR_FORMATS[item_type]) * count)  # skip in one read
            return None
        items = [self.value(item_type, key, summary, False) for _ in range(count)]
        return items if keep else None


def _tensor_nbytes(path: Path, name: str, shape: tuple[int, ...], ggml_type: int) -> int:
    try:
        block, type_size = GGML_QUANT_SIZES[GGMLQuantizationType(ggml_type)]
    except (ValueError, KeyError):
        raise GGUFFormatError(f"{path}: tensor {quote(name)} has unknown type {ggml_type}") from None
    count = 1
    for dim in shape:
        count *= dim
    if shape and shape[-1] % block:
        raise GGUFFormatError(f"{path}: tensor {quote(name)} row of {shape[-1]} is not a multiple of "
                              f"its block size {block}")
    return count // block * type_size


def _read_tensor_info(reader: _BoundedReader, path: Path) -> tuple[str, tuple[int, ...], int, int]:
    name = reader.string()
    n_dims = reader.scalar("<I")
    if not 1 <= n_dims <= MAX_DIMS:
        raise GGUFFormatError(f"{path}: tensor {quote(name)} has {n_dims} dimensions")
    dims = [reader.scalar("<Q") for _ in range(n_dims)]
    if any(d <= 0 or d > 1 << 40 for d in dims):
        raise GGUFFormatError(f"{path}: tensor {quote(name)} has an invalid dimension {dims}")
    ggml_type = reader.scalar("<I")
    offset = reader.scalar("<Q")
    return name, tuple(reversed(dims)), ggml_type, offset


def read_gguf_header(path: Path, keep_arrays: tuple[str, ...] = ()) -> GGUFSummary:
    """Read and validate the header of ``path``; arrays are kept only for keys in ``keep_arrays``."""
    path = Path(path)
    try:
        size = path.stat().st_size
        handle = open(path, "rb")
    except OSError as exc:
        raise GGUFFormatError(f"{path}: cannot be read ({exc.strerror})") from None
    with handle:
        reader = _BoundedReader(handle, path, size)
        if size < 24 or reader.read(4) != MAGIC:
            raise GGUFFormatError(f"{path}: not a GGUF file (bad magic)")
        version = reader.scalar("<I")
        if version not in SUPPORTED_VERSIONS:
            raise GGUFFormatError(f"{path}: GGUF version {version} is not supported")
        n_tensors, n_kv = reader.scalar("<Q"), reader.scalar("<Q")
        if n_tensors > MAX_TENSORS or n_kv > MAX_KV:
            raise GGUFFormatError(f"{path}: implausible counts ({n_tensors} tensors, {n_kv} keys)")
        summary = GGUFSummary(path=path, version=version)
        for _ in range(n_kv):
            key = reader.string()
            type_id = reader.scalar("<I")
            summary.types[key] = type_id
            summary.metadata[key] = reader.value(type_id, key, summary, key in keep_arrays)
        raw_infos = [_read_tensor_info(reader, path) for _ in range(n_tensors)]
        alignment = summary.metadata.get("general.alignment", DEFAULT_ALIGNMENT)
        if not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1):
            raise GGUFFormatError(f"{path}: invalid general.alignment {quote_value(alignment)}")
        header_end = handle.tell()
        summary.data_offset = (header_end + alignment - 1) // alignment * alignment
    _check_tensors(summary, raw_infos, size)
    return summary


def _check_tensors(summary: GGUFSummary, raw_infos: list, size: int) -> None:
    path = summary.path
    data_bytes = size - summary.data_offset
    for name, shape, ggml_type, offset in raw_infos:
        if name in summary.tensors:
            raise GGUFFormatError(f"{path}: tensor {quote(name)} appears twice")
        nbytes = _tensor_nbytes(path, name, shape, ggml_type)
        if offset + nbytes > data_bytes:
            raise GGUFFormatError(f"{path}: tensor {quote(name)} lies outside the file "
                                  "(truncated or corrupt)")
        summary.tensors[name] = TensorInfo(name, shape, ggml_type, offset, nbytes)


def check_gguf_file(path: Path, expected_architecture: str | None = None) -> GGUFSummary:
    """Validate a GGUF file's header, its hyper-parameters (core/native/gguf_rules.py) and,
    optionally, its ``general.architecture``."""
    summary = read_gguf_header(path, keep_arrays=(TOKENS_KEY,))
    if expected_architecture is not None and summary.architecture != expected_architecture:
        found = summary.architecture or "none"
        raise GGUFFormatError(f"{path}: architecture is {quote(found)}, expected "
                              f"'{expected_architecture}'")
    check_metadata(str(path), summary.metadata, summary.types)
    return summary
