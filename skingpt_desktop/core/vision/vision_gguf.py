"""Reading and writing the vision GGUF (format tables in ``vision_format``).

Writing streams: the header, metadata and every tensor's info go out first, then the tensor data
one tensor at a time, each fetched lazily through a getter. A converter can therefore turn a
13B-size checkpoint into a vision GGUF while holding a single tensor in memory.

Reading never trusts the file. The header goes through ``gguf_check``'s bounded parser (which
also proves every tensor's bytes lie inside the file), then the architecture, format version,
every hyper-parameter and every tensor's name, shape and type are checked against the tables
before any weight is used. Tensor data is read with plain positioned reads rather than through a
memory map, so pages of the file never linger in the process's resident memory: in "stream"
mode only the layer that is running is ever in memory.
"""

from __future__ import annotations

import io
import math
import os
import threading
from dataclasses import fields
from pathlib import Path
from typing import Any, Callable

import numpy as np
from gguf import GGML_QUANT_SIZES, GGMLQuantizationType, GGUFValueType, GGUFWriter, LlamaFileType
from gguf.quants import dequantize, quantize

from skingpt_desktop.core.bounded_input import quote_value
from skingpt_desktop.core.errors import ConversionError, GGUFFormatError, SkinGPTError
from skingpt_desktop.core.native.gguf_check import GGUFSummary, TensorInfo, read_gguf_header
from skingpt_desktop.core.vision.vision_format import (
    ARCHITECTURE,
    FORMAT_VERSION,
    KEY_FORMAT_VERSION,
    VisionHParams,
    expected_tensors,
    metadata_key,
)

# A getter returns the tensor with our name, numpy-shaped as in ``expected_tensors``, in any
# floating dtype. Converters build one per checkpoint layout (see converters/blip2_hf.py).
TensorGetter = Callable[[str], np.ndarray]
Progress = Callable[[int, int], None]

WRITE_DTYPES = ("f32", "f16", "q8_0")
WEIGHT_MODES = ("cache", "stream")

F32, F16, Q8_0 = GGMLQuantizationType.F32, GGMLQuantizationType.F16, GGMLQuantizationType.Q8_0
READABLE_TYPES: dict[int, str] = {F32: "F32", F16: "F16", Q8_0: "Q8_0"}  # by ggml type number

# Learned embeddings and tokens are added to activations as they are; they stay float32 in
# every dtype, like all 1-D tensors (norms, biases).
KEEP_F32 = ("vit.cls_token", "vit.pos_embed", "qformer.query_tokens")
Q8_MIN_VALUES = 1024  # smaller matrices gain nothing from 8-bit storage
FLOAT16_MAX = float(np.finfo(np.float16).max)

FILE_TYPES = {"f32": LlamaFileType.ALL_F32, "f16": LlamaFileType.MOSTLY_F16,
              "q8_0": LlamaFileType.MOSTLY_Q8_0}

_INT_FIELDS = tuple(f.name for f in fields(VisionHParams) if f.type in ("int", int))
_FLOAT_FIELDS = tuple(f.name for f in fields(VisionHParams) if f.type in ("float", float))
_TUPLE_FIELDS = tuple(f.name for f in fields(VisionHParams)
                      if f.name not in _INT_FIELDS + _FLOAT_FIELDS)
ARRAY_KEYS = tuple(metadata_key(name) for name in _TUPLE_FIELDS)
MAX_DIM = 1 << 20  # bound for every size-like hyper-parameter read from a file


# --- hyper-parameters ----------------------------------------------------------------------

def hparams_problems(hp: VisionHParams) -> list[str]:
    """Everything that makes ``hp`` unusable by the encoder, as short phrases (empty if fine)."""
    problems = [f"{name} is {getattr(hp, name)}" for name in _INT_FIELDS
                if not 0 < getattr(hp, name) <= MAX_DIM]
    if problems:
        return problems
    for name in _FLOAT_FIELDS:
        if not 0.0 < getattr(hp, name) < 1.0:
            problems.append(f"{name} is {getattr(hp, name)}")
    for name in _TUPLE_FIELDS:
        value = getattr(hp, name)
        if len(value) != 3 or not all(math.isfinite(v) for v in value):
            problems.append(f"{name} is {value}")
    if any(s <= 0 for s in hp.image_std):
        problems.append(f"image_std {hp.image_std} has a non-positive entry")
    if hp.image_size % hp.patch_size:
        problems.append(f"image_size {hp.image_size} is not a multiple of patch_size "
                        f"{hp.patch_size}")
    if hp.vit_width % hp.vit_heads:
        problems.append(f"vit_width {hp.vit_width} is not a multiple of vit_heads {hp.vit_heads}")
    if hp.qformer_width % hp.qformer_heads:
        problems.append(f"qformer_width {hp.qformer_width} is not a multiple of qformer_heads "
                        f"{hp.qformer_heads}")
    return problems


def _add_metadata(writer: GGUFWriter, hp: VisionHParams, dtype: str) -> None:
    # Floats go out as FLOAT64 so that eps values and mean/std read back bit-identical.
    writer.add_uint32(KEY_FORMAT_VERSION, FORMAT_VERSION)
    writer.add_file_type(FILE_TYPES[dtype])
    for name in _INT_FIELDS:
        writer.add_uint32(metadata_key(name), int(getattr(hp, name)))
    for name in _FLOAT_FIELDS:
        writer.add_float64(metadata_key(name), float(getattr(hp, name)))
    for name in _TUPLE_FIELDS:
        writer.add_key_value(metadata_key(name), [float(v) for v in getattr(hp, name)],
                             GGUFValueType.ARRAY, sub_type=GGUFValueType.FLOAT64)


def _as_summary(reader_or_path: GGUFSummary | str | os.PathLike) -> GGUFSummary:
    if isinstance(reader_or_path, GGUFSummary):
        if all(reader_or_path.metadata.get(key) is not None for key in ARRAY_KEYS):
            return reader_or_path
        reader_or_path = reader_or_path.path  # arrays were skipped: read them this time
    return read_gguf_header(Path(reader_or_path), keep_arrays=ARRAY_KEYS)


def _metadata_value(summary: GGUFSummary, name: str) -> object:
    key = metadata_key(name)
    if key not in summary.metadata:
        raise GGUFFormatError(f"{summary.path}: metadata '{key}' is missing")
    value = summary.metadata[key]
    if name in _INT_FIELDS:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif name in _FLOAT_FIELDS:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    else:
        ok = (isinstance(value, list) and len(value) == 3
              and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value))
        value = tuple(float(v) for v in value) if ok else value
    if not ok:
        raise GGUFFormatError(f"{summary.path}: metadata '{key}' has an invalid value {quote_value(value)}")
    return float(value) if name in _FLOAT_FIELDS else value


def read_vision_hparams(reader_or_path: GGUFSummary | str | os.PathLike) -> VisionHParams:
    """The hyper-parameters of a vision GGUF, after checking architecture and format version.

    Accepts a path or a ``gguf_check.GGUFSummary``. Raises GGUFFormatError naming the file and
    the missing or invalid key.
    """
    summary = _as_summary(reader_or_path)
    path = summary.path
    if summary.architecture != ARCHITECTURE:
        raise GGUFFormatError(f"{path}: architecture is '{summary.architecture or 'none'}', "
                              f"expected '{ARCHITECTURE}' (not a vision model file)")
    version = summary.metadata.get(KEY_FORMAT_VERSION)
    if not isinstance(version, int) or isinstance(version, bool):
        raise GGUFFormatError(f"{path}: metadata '{KEY_FORMAT_VERSION}' is missing or invalid")
    if version != FORMAT_VERSION:
        raise GGUFFormatError(f"{path}: vision format version {version} is not supported "
                              f"(this app reads version {FORMAT_VERSION})")
    values: dict[str, Any] = {f.name: _metadata_value(summary, f.name) for f in fields(VisionHParams)}
    hp = VisionHParams(**values)
    problems = hparams_problems(hp)
    if problems:
        raise GGUFFormatError(f"{path}: invalid vision hyper-parameters: {'; '.join(problems)}")
    return hp


# --- writing ---------------------------------------------------------------------------------

def storage_type(name: str, shape: tuple[int, ...], dtype: str) -> GGMLQuantizationType:
    """How tensor ``name`` is stored for the requested file ``dtype`` ("f32", "f16", "q8_0")."""
    if dtype == "f32" or len(shape) < 2 or name in KEEP_F32:
        return F32
    if dtype == "f16":
        return F16
    if shape[-1] % GGML_QUANT_SIZES[Q8_0][0] == 0 and math.prod(shape) >= Q8_MIN_VALUES:
        return Q8_0
    return F32


def _stored_nbytes(shape: tuple[int, ...], qtype: GGMLQuantizationType) -> int:
    block, type_size = GGML_QUANT_SIZES[qtype]
    return math.prod(shape) // block * type_size


def _fetch(get_tensor: TensorGetter, name: str, shape: tuple[int, ...]) -> np.ndarray:
    """Ask the getter for one tensor and prove it fits the table; float32, C order."""
    try:
        array = np.asarray(get_tensor(name))
    except SkinGPTError:
        raise
    except KeyError as exc:
        raise ConversionError(f"the checkpoint has no tensor for '{name}' "
                              f"(missing {exc})") from None
    if array.shape != shape:
        raise ConversionError(f"tensor '{name}': expected shape {shape}, got {array.shape}")
    if array.dtype.kind not in "fV":
        raise ConversionError(f"tensor '{name}': expected floating-point values, got {array.dtype}")
    array = np.ascontiguousarray(array, dtype=np.float32)
    if not np.isfinite(array).all():
        raise ConversionError(f"tensor '{name}' contains NaN or infinite values")
    return array


def _encode(name: str, array: np.ndarray, qtype: GGMLQuantizationType) -> np.ndarray:
    if qtype == F32:
        return array.astype("<f4", copy=False)
    if qtype == F16:
        if np.abs(array).max(initial=0.0) > FLOAT16_MAX:
            raise ConversionError(f"tensor '{name}' has values beyond the float16 range; "
                                  "convert with dtype f32")
        return array.astype("<f2")
    return quantize(array, Q8_0)  # (rows, cols / 32 * 34) uint8 blocks


def write_vision_gguf(path: str | os.PathLike, hparams: VisionHParams, get_tensor: TensorGetter,
                      dtype: str = "f16", progress: Progress | None = None) -> None:
    """Write a vision GGUF with every tensor of ``expected_tensors(hparams)``, in table order.

    ``get_tensor(name)`` is called once per tensor, in file order, and may load lazily: only one
    tensor is held at a time. ``dtype`` is "f32", "f16" or "q8_0" (see ``storage_type``).
    ``progress(done, total)`` is called after each tensor. Writes ``path`` directly; atomic
    placement (temp file + rename) and removing a partial file after an error are the caller's
    job. Raises ConversionError naming the tensor for a missing tensor or a wrong shape.
    """
    if dtype not in WRITE_DTYPES:
        raise ConversionError(f"unknown vision weight type '{dtype}' "
                              f"(use {', '.join(WRITE_DTYPES)})")
    problems = hparams_problems(hparams)
    if problems:
        raise ConversionError(f"invalid vision hyper-parameters: {'; '.join(problems)}")
    table = expected_tensors(hparams)
    plan = {name: storage_type(name, shape, dtype) for name, shape in table.items()}
    writer = GGUFWriter(path, ARCHITECTURE)
    _add_metadata(writer, hparams, dtype)
    for name, shape in table.items():
        # Declared float32 so that gguf keeps our logical (element) shape for quantized types.
        writer.add_tensor_info(name, shape, np.dtype(np.float32),
                               _stored_nbytes(shape, plan[name]), raw_dtype=plan[name])
    try:
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_ti_data_to_file()
        for done, (name, shape) in enumerate(table.items(), start=1):
            data = _encode(name, _fetch(get_tensor, name, shape), plan[name])
            writer.write_tensor_data(data)
            del data
            if progress is not None:
                progress(done, len(table))
    finally:
        writer.close()


# --- reading ---------------------------------------------------------------------------------

def _check_tensor_table(summary: GGUFSummary, hp: VisionHParams) -> dict[str, TensorInfo]:
    """The file's tensors, proven to match the table exactly (names, shapes, types)."""
    path = summary.path
    table = expected_tensors(hp)
    for name, shape in table.items():
        info = summary.tensors.get(name)
        if info is None:
            raise GGUFFormatError(f"{path}: tensor '{name}' is missing")
        if tuple(info.shape) != shape:
            raise GGUFFormatError(f"{path}: tensor '{name}' has shape {tuple(info.shape)}, "
                                  f"expected {shape}")
        if info.ggml_type not in READABLE_TYPES:
            kind = GGMLQuantizationType(info.ggml_type).name
            raise GGUFFormatError(f"{path}: tensor '{name}' is stored as {kind}; only "
                                  f"{', '.join(READABLE_TYPES.values())} are supported")
    extra = [name for name in summary.tensors if name not in table]
    if extra:
        raise GGUFFormatError(f"{path}: unexpected tensor '{extra[0]}' (the metadata describes a "
                              "different model shape)")
    return {name: summary.tensors[name] for name in table}


_F16_REBIAS = np.float32(2.0 ** 112)  # float32 exponent bias 127 minus float16's 15, as a factor
_F16_CHUNK = 1 << 16


def half_to_float(half: np.ndarray) -> np.ndarray:
    """float16 (any shape, little-endian) -> float32, exactly, about twice numpy's astype.

    The 15 magnitude bits of a half, shifted into a float's exponent and mantissa, read as the
    value times 2**-112 (subnormal halves land on float subnormals), so one multiply restores
    it; the sign bit moves up 16 places. Infinities and NaNs would come out finite and huge, so
    they are refused: they never appear in a file we wrote.
    """
    bits = half.reshape(-1).view("<u2")
    out = np.empty(bits.size, dtype=np.float32)
    for start in range(0, bits.size, _F16_CHUNK):  # chunks stay in cache across the passes
        word = out[start:start + _F16_CHUNK].view(np.uint32)
        np.copyto(word, bits[start:start + _F16_CHUNK], casting="unsafe")
        sign = word & np.uint32(0x8000)
        sign <<= np.uint32(16)
        word &= np.uint32(0x7FFF)
        if word.max(initial=0) >= 0x7C00:  # exponent all ones: infinity or NaN
            raise ValueError("float16 data contains infinities or NaNs")
        word <<= np.uint32(13)
        value = word.view(np.float32)
        value *= _F16_REBIAS
        word |= sign
    return out.reshape(half.shape)


def _decode(raw: np.ndarray, info: TensorInfo) -> np.ndarray:
    """Stored bytes of one tensor -> float32 array of its numpy shape."""
    if info.ggml_type == F16:
        return half_to_float(raw.view("<u2").reshape(info.shape))
    blocks = raw.reshape(*info.shape[:-1], -1)  # (rows, cols / 32 * 34)
    return dequantize(blocks, Q8_0).reshape(info.shape)


class VisionWeights:
    """The validated tensors of a vision GGUF, handed out as float32 numpy arrays.

    ``mode="cache"`` converts every tensor to float32 once at load (fastest encoding; memory is
    4 bytes per weight). ``mode="stream"`` keeps only the open file and converts a layer's
    tensors when ``layer`` is called; the caller drops them after the layer ran (memory is one
    layer plus activations). Safe to share between threads.
    """

    def __init__(self, path: str | os.PathLike, mode: str = "cache",
                 progress: Progress | None = None) -> None:
        if mode not in WEIGHT_MODES:
            raise ValueError(f"weight mode must be one of {WEIGHT_MODES}, not {mode!r}")
        self.path = Path(path)
        self.mode = mode
        summary = read_gguf_header(self.path, keep_arrays=ARRAY_KEYS)
        self.hparams = read_vision_hparams(summary)
        self._infos = _check_tensor_table(summary, self.hparams)
        self._data_offset = summary.data_offset
        self._lock = threading.Lock()
        self._cache: dict[str, np.ndarray] | None = None
        self._handle: io.BufferedReader | None = open(self.path, "rb")
        if mode == "cache":
            self.cache_all(progress)

    def cache_all(self, progress: Progress | None = None) -> None:
        """Switch to cache mode: convert every tensor to float32 now, then close the file."""
        try:
            self._cache = self._read_all(progress)
            self.mode = "cache"
        finally:
            self.close()

    @property
    def names(self) -> tuple[str, ...]:
        """Every tensor name, in file order."""
        return tuple(self._infos)

    def storage_types(self) -> dict[str, str]:
        """How each tensor is stored in the file: "F32", "F16" or "Q8_0"."""
        return {name: READABLE_TYPES[info.ggml_type] for name, info in self._infos.items()}

    def tensor(self, name: str) -> np.ndarray:
        """One tensor as float32 (shared and read-only in cache mode; do not modify)."""
        if name not in self._infos:
            raise KeyError(name)
        if self._cache is not None:
            return self._cache[name]
        return self._read(self._infos[name])

    def shape(self, name: str) -> tuple[int, ...]:
        """The numpy shape of tensor ``name`` (checked against the table at load)."""
        return tuple(self._infos[name].shape)

    def stored_bytes(self, name: str) -> np.ndarray:
        """One tensor's bytes exactly as the file stores them (uint8; f32, f16 or q8_0 blocks).

        For native code that computes on the stored type directly; needs the file open (stream
        mode).
        """
        info = self._infos[name]
        raw = np.empty(info.nbytes, dtype=np.uint8)
        self._read_bytes(info, raw)
        return raw

    def layer(self, prefix: str) -> dict[str, np.ndarray]:
        """All tensors whose name starts with ``prefix``, keyed by the rest of the name."""
        return {name[len(prefix):]: self.tensor(name) for name in self._infos
                if name.startswith(prefix)}

    def close(self) -> None:
        """Release the file (stream mode stops working; cached weights stay usable)."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> VisionWeights:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _read_all(self, progress: Progress | None) -> dict[str, np.ndarray]:
        cache = {}
        for done, (name, info) in enumerate(self._infos.items(), start=1):
            array = self._read(info)
            array.flags.writeable = False  # shared by every encode: guard against accidents
            cache[name] = array
            if progress is not None:
                progress(done, len(self._infos))
        return cache

    def _read_bytes(self, info: TensorInfo, out: np.ndarray) -> None:
        with self._lock:
            if self._handle is None:
                raise GGUFFormatError(f"{self.path}: the vision model file was closed")
            self._handle.seek(self._data_offset + info.offset)
            count = self._handle.readinto(out.data.cast("B"))
        if count != info.nbytes:
            raise GGUFFormatError(f"{self.path}: tensor '{info.name}' is truncated "
                                  "(the file changed on disk?)")

    def _read(self, info: TensorInfo) -> np.ndarray:
        if info.ggml_type == F32:  # straight into the result: no second copy
            out = np.empty(info.shape, dtype="<f4")
            self._read_bytes(info, out)
            return out
        raw = np.empty(info.nbytes, dtype=np.uint8)
        self._read_bytes(info, raw)
        try:
            return _decode(raw, info)
        except ValueError as exc:
            raise GGUFFormatError(f"{self.path}: tensor '{info.name}' is damaged ({exc})") from None

