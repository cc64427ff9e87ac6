"""Read safetensors files (single or sharded) lazily, one tensor at a time, with bounds checks.

Layout of a ``.safetensors`` file: an unsigned 64-bit little-endian header length N, N bytes of
JSON ``{name: {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__": {...}}``, then the
tensor bytes, offsets relative to the end of the header. Large models are split into shards listed
by ``model.safetensors.index.json`` (``{"weight_map": {name: shard_file}}``); the same index form
exists for torch ``.bin`` shards (``pytorch_model.bin.index.json``). :class:`ShardedTensors`
opens a shard only when one of its tensors is read, so shards holding nothing we need (a BLIP-2
repository's language model) are never opened, and :func:`needed_shards` tells the downloader
which files to fetch.
"""

from __future__ import annotations

import json
import math
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from converters.dtypes import itemsize, raw_dtype, widen_bfloat16
from skingpt_desktop.core.errors import ConversionError

MAX_HEADER_BYTES = 100 << 20
MAX_INDEX_BYTES = 50 << 20
MAX_DIMS = 8

# safetensors dtype -> numpy dtype ("bfloat16" is widened to float32 on read).
DTYPES: dict[str, str] = {
    "F64": "<f8", "F32": "<f4", "F16": "<f2", "BF16": "bfloat16",
    "I64": "<i8", "I32": "<i4", "I16": "<i2", "I8": "i1", "U8": "u1", "BOOL": "?",
}


class TensorSource(Protocol):
    """What converters read weights from: a name -> array mapping with lazy reads."""

    def keys(self) -> list[str]: ...

    def __contains__(self, name: str) -> bool: ...

    def shape(self, name: str) -> tuple[int, ...]: ...

    def read(self, name: str) -> np.ndarray: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class _Entry:
    dtype: str
    shape: tuple[int, ...]
    begin: int  # absolute file offsets
    end: int


class SafetensorsFile:
    """One ``.safetensors`` file; the header is parsed and validated when opened."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            self._handle = open(self.path, "rb")
            size = self.path.stat().st_size
        except OSError as exc:
            raise ConversionError(f"{self.path}: cannot be opened ({exc.strerror})") from None
        try:
            self._entries = self._parse_header(size)
        except BaseException:
            self._handle.close()
            raise

    def _parse_header(self, size: int) -> dict[str, _Entry]:
        prefix = self._handle.read(8)
        if len(prefix) != 8:
            raise ConversionError(f"{self.path}: too short to be a safetensors file")
        (length,) = struct.unpack("<Q", prefix)
        if length > MAX_HEADER_BYTES or 8 + length > size:
            raise ConversionError(f"{self.path}: safetensors header length {length} is invalid "
                                  "(truncated or not a safetensors file)")
        try:
            header = json.loads(self._handle.read(length).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise ConversionError(f"{self.path}: safetensors header is not valid JSON") from None
        if not isinstance(header, dict):
            raise ConversionError(f"{self.path}: safetensors header is not an object")
        base = 8 + length
        entries = {}
        for name, spec in header.items():
            if name == "__metadata__":
                continue
            entries[name] = self._parse_entry(name, spec, base, size)
        return entries

    def _parse_entry(self, name: str, spec: Any, base: int, size: int) -> _Entry:
        try:
            dtype = DTYPES[spec["dtype"]]
            shape = tuple(spec["shape"])
            begin, end = spec["data_offsets"]
        except (KeyError, TypeError, ValueError):
            raise ConversionError(f"{self.path}: tensor '{name}' has an unsupported or malformed "
                                  "header entry") from None
        ints = all(isinstance(v, int) and not isinstance(v, bool) and v >= 0
                   for v in (*shape, begin, end))
        if not ints or len(shape) > MAX_DIMS:
            raise ConversionError(f"{self.path}: tensor '{name}' has an invalid shape or offsets")
        nbytes = math.prod(shape) * itemsize(dtype)
        if end - begin != nbytes:
            raise ConversionError(f"{self.path}: tensor '{name}' of shape {shape} should take "
                                  f"{nbytes} bytes, header says {end - begin}")
        if base + end > size:
            raise ConversionError(f"{self.path}: tensor '{name}' lies past the end of the file "
                                  "(truncated download?)")
        return _Entry(dtype, shape, base + begin, base + end)

    def keys(self) -> list[str]:
        """Tensor names in header order."""
        return list(self._entries)

    def __contains__(self, name: str) -> bool:
        return name in self._entries

    def shape(self, name: str) -> tuple[int, ...]:
        """Shape of ``name`` without reading it."""
        return self._entry(name).shape

    def _entry(self, name: str) -> _Entry:
        try:
            return self._entries[name]
        except KeyError:
            raise ConversionError(f"{self.path}: tensor '{name}' is missing") from None

    def read(self, name: str) -> np.ndarray:
        """Read ``name`` into a new array (bfloat16 becomes float32 exactly)."""
        entry = self._entry(name)
        out = np.empty(entry.shape, dtype=raw_dtype(entry.dtype))
        with self._lock:
            self._handle.seek(entry.begin)
            got = self._handle.readinto(memoryview(out.reshape(-1)).cast("B"))
        if got != entry.end - entry.begin:
            raise ConversionError(f"{self.path}: tensor '{name}' ends early (truncated file)")
        return widen_bfloat16(out) if entry.dtype == "bfloat16" else out

    def close(self) -> None:
        """Release the file."""
        self._handle.close()


def read_index(index_path: str | Path) -> dict[str, str]:
    """The ``weight_map`` of a shard index, validated: tensor name -> shard file name."""
    index_path = Path(index_path)
    try:
        if index_path.stat().st_size > MAX_INDEX_BYTES:
            raise ConversionError(f"{index_path}: shard index is implausibly large")
        data = json.loads(index_path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConversionError(f"{index_path}: cannot be read ({exc.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ConversionError(f"{index_path}: shard index is not valid JSON") from None
    weight_map = data.get("weight_map") if isinstance(data, dict) else None
    if not isinstance(weight_map, dict) or not weight_map:
        raise ConversionError(f"{index_path}: shard index has no 'weight_map'")
    for name, shard in weight_map.items():
        if not isinstance(shard, str) or Path(shard).name != shard or shard in ("", ".", ".."):
            raise ConversionError(f"{index_path}: shard '{shard}' for '{name}' must be a plain "
                                  "file name in the same folder")
    return dict(weight_map)


def needed_shards(weight_map: dict[str, str], wanted: Callable[[str], bool]) -> list[str]:
    """Shard files holding at least one tensor whose name satisfies ``wanted``, sorted."""
    return sorted({shard for name, shard in weight_map.items() if wanted(name)})


def open_tensor_file(path: Path) -> TensorSource:
    """Open a single weights file by extension: ``.safetensors`` or a torch ``.bin``/``.pth``."""
    if path.suffix == ".safetensors":
        return SafetensorsFile(path)
    from converters.pth_reader import PthTensors  # local: keeps this module torch-format free

    return PthTensors(path, key=None)


class ShardedTensors:
    """Tensors spread over shards named by an index; a shard is opened on first use."""

    def __init__(self, index_path: str | Path,
                 opener: Callable[[Path], TensorSource] = open_tensor_file) -> None:
        self.index_path = Path(index_path)
        self.weight_map = read_index(self.index_path)
        self._opener = opener
        self._open: dict[str, TensorSource] = {}
        self._lock = threading.Lock()

    @property
    def opened_shards(self) -> list[str]:
        """Shard files opened so far (tests use it to prove unneeded shards stay closed)."""
        return sorted(self._open)

    def keys(self) -> list[str]:
        """Every tensor name the index lists."""
        return list(self.weight_map)

    def __contains__(self, name: str) -> bool:
        return name in self.weight_map

    def _source(self, name: str) -> TensorSource:
        shard = self.weight_map.get(name)
        if shard is None:
            raise ConversionError(f"{self.index_path}: tensor '{name}' is not in the shard index")
        with self._lock:
            if shard not in self._open:
                path = self.index_path.parent / shard
                if not path.is_file():
                    raise ConversionError(f"{path}: shard listed in {self.index_path.name} is "
                                          f"missing (needed for '{name}')")
                self._open[shard] = self._opener(path)
            source = self._open[shard]
        if name not in source:
            raise ConversionError(f"{self.index_path.parent / shard}: tensor '{name}' is missing "
                                  "although the shard index lists it here")
        return source

    def shape(self, name: str) -> tuple[int, ...]:
        """Shape of ``name`` (opens its shard's header)."""
        return self._source(name).shape(name)

    def read(self, name: str) -> np.ndarray:
        """Read ``name`` from its shard."""
        return self._source(name).read(name)

    def close(self) -> None:
        """Close every opened shard."""
        for source in self._open.values():
            source.close()
        self._open.clear()


INDEX_NAMES = ("model.safetensors.index.json", "pytorch_model.bin.index.json")
SINGLE_NAMES = ("model.safetensors", "pytorch_model.bin")


def open_weights_dir(folder: str | Path) -> TensorSource:
    """The weights of a Hugging Face model folder: sharded index first, else a single file.

    safetensors is preferred over ``.bin`` when both are present (it needs no unpickling).
    """
    folder = Path(folder)
    for index_name, single_name in zip(INDEX_NAMES, SINGLE_NAMES, strict=True):
        if (folder / index_name).is_file():
            return ShardedTensors(folder / index_name)
        if (folder / single_name).is_file():
            return open_tensor_file(folder / single_name)
    raise ConversionError(f"{folder}: no model weights found (expected one of "
                          f"{', '.join(INDEX_NAMES + SINGLE_NAMES)})")
