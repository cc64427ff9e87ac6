"""Read PyTorch ``.pth``/``.bin`` checkpoints without torch, and without running their code.

A torch checkpoint (``torch.save`` since PyTorch 1.6) is a zip archive: ``<root>/data.pkl`` is a
pickle describing the object tree, and every tensor storage is a separate, uncompressed member
``<root>/data/<key>``. Unpickling with the standard library would let the file call any Python
function it names, so this reader uses an allow-list unpickler: the only globals a checkpoint may
name are ``collections.OrderedDict``, torch's tensor-rebuild functions and the storage classes
(each replaced by a harmless local stand-in). Anything else stops loading with a
:class:`ConversionError` naming the global, before it is ever looked up or called.

Tensors are not read while unpickling: each becomes a :class:`LazyTensor` that remembers its
storage member, dtype, shape, strides and offset, all validated against the member's size. Its
data is read from disk only when :meth:`LazyTensor.numpy` is called, so a 26 GB checkpoint costs
a few kilobytes until tensors are pulled one by one.
"""

from __future__ import annotations

import io
import math
import pickle
import struct
import threading
import zipfile
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from converters.dtypes import itemsize, raw_dtype, widen_bfloat16
from skingpt_desktop.core.errors import ConversionError

MAX_PICKLE_BYTES = 256 << 20  # data.pkl of a 70B checkpoint is a few MB
MAX_DIMS = 8
_LOCAL_HEADER = struct.Struct("<4s5H3I2H")  # zip local file header, 30 bytes
_LOCAL_MAGIC = b"PK\x03\x04"

# torch storage class name -> numpy dtype of the stored bytes. bfloat16 has no numpy dtype:
# it is read as uint16 and widened to float32 bit-exactly in LazyTensor.numpy().
STORAGE_DTYPES: dict[str, str] = {
    "FloatStorage": "<f4",
    "DoubleStorage": "<f8",
    "HalfStorage": "<f2",
    "BFloat16Storage": "bfloat16",
    "LongStorage": "<i8",
    "IntStorage": "<i4",
    "ShortStorage": "<i2",
    "CharStorage": "i1",
    "ByteStorage": "u1",
    "BoolStorage": "?",
}


@dataclass(frozen=True)
class _StorageType:
    """Stand-in for ``torch.FloatStorage`` & co. in the pickle: only its dtype matters."""

    name: str
    dtype: str


@dataclass(frozen=True)
class _Storage:
    """One storage member of the archive: where its bytes start and how many elements it has."""

    key: str
    dtype: str
    numel: int
    data_start: int  # absolute offset of the member's bytes in the archive file


class LazyTensor:
    """A tensor in a checkpoint, read from disk only when :meth:`numpy` is called."""

    __slots__ = ("_reader", "_storage", "offset", "shape", "stride")

    def __init__(self, reader: "TorchCheckpoint", storage: _Storage, offset: int,
                 shape: tuple[int, ...], stride: tuple[int, ...]) -> None:
        self._reader, self._storage = reader, storage
        self.offset, self.shape, self.stride = offset, shape, stride

    def __setstate__(self, state: Any) -> None:
        # A pickle BUILD on a tensor could redirect it to other bytes: refuse.
        raise ConversionError("checkpoint tries to modify a tensor object while loading")

    def __reduce__(self) -> Any:
        raise TypeError("LazyTensor cannot be pickled")

    @property
    def dtype(self) -> str:
        """Stored element type: a numpy dtype string, or ``"bfloat16"``."""
        return self._storage.dtype

    def numpy(self) -> np.ndarray:
        """Read the tensor into a new C-contiguous array (bfloat16 becomes float32 exactly)."""
        storage = self._storage
        span = _span(self.shape, self.stride)
        raw = self._reader.read_elements(storage, self.offset, span)
        if storage.dtype == "bfloat16":
            raw = widen_bfloat16(raw)
        if span == 0:
            return np.zeros(self.shape, dtype=raw.dtype)
        if _is_contiguous(self.shape, self.stride):
            return raw.reshape(self.shape)
        view = np.lib.stride_tricks.as_strided(
            raw, shape=self.shape, strides=[s * raw.itemsize for s in self.stride],
            writeable=False)
        return np.ascontiguousarray(view)

    def __repr__(self) -> str:
        return f"LazyTensor(shape={self.shape}, dtype={self.dtype})"


def _span(shape: tuple[int, ...], stride: tuple[int, ...]) -> int:
    """Elements from the first to one past the last element a strided view touches."""
    if any(d == 0 for d in shape):
        return 0
    return 1 + sum((d - 1) * s for d, s in zip(shape, stride, strict=False))


def _is_contiguous(shape: tuple[int, ...], stride: tuple[int, ...]) -> bool:
    expected = 1
    for dim, step in zip(reversed(shape), reversed(stride), strict=False):
        if dim != 1 and step != expected:
            return False
        expected *= dim
    return True


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class _SafeUnpickler(pickle.Unpickler):
    """Unpickler that resolves only the allow-listed globals, to local stand-ins."""

    def __init__(self, data: bytes, checkpoint: "TorchCheckpoint") -> None:
        super().__init__(io.BytesIO(data))
        self._checkpoint = checkpoint

    def find_class(self, module: str, name: str) -> Any:
        allowed = {
            ("collections", "OrderedDict"): OrderedDict,
            ("torch._utils", "_rebuild_tensor_v2"): self._checkpoint._rebuild_tensor,
            ("torch._utils", "_rebuild_parameter"): _rebuild_parameter,
        }
        if (module, name) in allowed:
            return allowed[(module, name)]
        if module == "torch" and name in STORAGE_DTYPES:
            return _StorageType(name, STORAGE_DTYPES[name])
        raise ConversionError(
            f"{self._checkpoint.path}: checkpoint refers to '{module}.{name}', which a weights "
            "file has no reason to use; refusing to load it (nothing was run)")

    def persistent_load(self, pid: Any) -> Any:
        return self._checkpoint._storage_from_pid(pid)


def _rebuild_parameter(data: Any, requires_grad: Any, backward_hooks: Any) -> Any:
    """``torch.nn.Parameter`` is a tensor for our purposes."""
    if not isinstance(data, LazyTensor):
        raise ConversionError("checkpoint builds a parameter from something that is not a tensor")
    return data


class TorchCheckpoint:
    """An opened torch zip checkpoint; :attr:`root` is its object tree with lazy tensors.

    Use as a context manager, or call :meth:`close`. Tensor reads are thread-safe.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._storages: dict[str, _Storage] = {}
        try:
            self._handle = open(self.path, "rb")
        except OSError as exc:
            raise ConversionError(f"{self.path}: cannot be opened ({exc.strerror})") from None
        try:
            self._file_size = self.path.stat().st_size
            self._members = self._open_zip()
            self.root = self._unpickle()
        except BaseException:
            self._handle.close()
            raise

    def __enter__(self) -> "TorchCheckpoint":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        """Close the file; lazy tensors of this checkpoint can no longer be read."""
        self._handle.close()

    # --- archive -------------------------------------------------------------------------
    def _open_zip(self) -> dict[str, zipfile.ZipInfo]:
        head = self._handle.read(4)
        self._handle.seek(0)
        if head != _LOCAL_MAGIC:
            if head[:1] == b"\x80":
                raise ConversionError(
                    f"{self.path}: legacy (pre-1.6) torch checkpoint format is not supported; "
                    "it must be re-saved with a current PyTorch")
            raise ConversionError(f"{self.path}: not a PyTorch checkpoint (not a zip archive)")
        try:
            archive = zipfile.ZipFile(self._handle)
        except (zipfile.BadZipFile, OSError, ValueError):
            raise ConversionError(
                f"{self.path}: checkpoint is truncated or damaged (zip directory unreadable); "
                "download it again") from None
        members = {info.filename: info for info in archive.infolist()}
        pickles = [name for name in members if name.endswith("/data.pkl") or name == "data.pkl"]
        if len(pickles) != 1:
            raise ConversionError(f"{self.path}: not a PyTorch checkpoint (no single data.pkl)")
        self._prefix = pickles[0][: -len("data.pkl")]
        return members

    def _member_data_start(self, info: zipfile.ZipInfo) -> int:
        """Absolute offset of a stored member's bytes, checked against the file size."""
        if info.compress_type != zipfile.ZIP_STORED or info.compress_size != info.file_size:
            raise ConversionError(f"{self.path}: member '{info.filename}' is compressed; "
                                  "torch checkpoints store tensors uncompressed")
        self._handle.seek(info.header_offset)
        header = self._handle.read(_LOCAL_HEADER.size)
        if len(header) != _LOCAL_HEADER.size or header[:4] != _LOCAL_MAGIC:
            raise ConversionError(f"{self.path}: member '{info.filename}' has a damaged header "
                                  "(truncated file?)")
        name_len, extra_len = _LOCAL_HEADER.unpack(header)[-2:]
        start = info.header_offset + _LOCAL_HEADER.size + name_len + extra_len
        if start + info.file_size > self._file_size:
            raise ConversionError(f"{self.path}: member '{info.filename}' extends past the end "
                                  "of the file (truncated download?)")
        return start

    def _unpickle(self) -> Any:
        info = self._members[self._prefix + "data.pkl"]
        if info.file_size > MAX_PICKLE_BYTES:
            raise ConversionError(f"{self.path}: data.pkl is implausibly large "
                                  f"({info.file_size} bytes)")
        start = self._member_data_start(info)
        self._handle.seek(start)
        data = self._handle.read(info.file_size)
        try:
            return _SafeUnpickler(data, self).load()
        except ConversionError:
            raise
        except (pickle.UnpicklingError, EOFError, ValueError, TypeError, KeyError,
                IndexError, AttributeError, RecursionError, MemoryError) as exc:
            raise ConversionError(f"{self.path}: data.pkl is malformed ({exc})") from None

    # --- pickle callbacks -------------------------------------------------------------------
    def _storage_from_pid(self, pid: Any) -> _Storage:
        """Validate ``('storage', StorageType, key, location, numel)`` and locate the member."""
        if (not isinstance(pid, tuple) or len(pid) != 5 or pid[0] != "storage"
                or not isinstance(pid[1], _StorageType) or not isinstance(pid[2], str)
                or not _is_int(pid[4]) or pid[4] < 0):
            raise ConversionError(f"{self.path}: unexpected storage reference {pid!r:.80}")
        _, storage_type, key, _location, numel = pid
        if key in self._storages:
            cached = self._storages[key]
            if cached.dtype != storage_type.dtype or cached.numel != numel:
                raise ConversionError(f"{self.path}: storage '{key}' is described two ways")
            return cached
        member = self._members.get(f"{self._prefix}data/{key}")
        if member is None:
            raise ConversionError(f"{self.path}: storage '{key}' is missing from the archive "
                                  "(truncated or damaged checkpoint)")
        needed = numel * itemsize(storage_type.dtype)
        if member.file_size < needed:
            raise ConversionError(f"{self.path}: storage '{key}' holds {member.file_size} bytes "
                                  f"but {needed} are needed (truncated or damaged checkpoint)")
        storage = _Storage(key, storage_type.dtype, numel, self._member_data_start(member))
        self._storages[key] = storage
        return storage

    def _rebuild_tensor(self, storage: Any, offset: Any, size: Any, stride: Any,
                        requires_grad: Any = False, hooks: Any = None,
                        metadata: Any = None) -> LazyTensor:
        """Stand-in for ``torch._utils._rebuild_tensor_v2`` with full bounds validation."""
        if not isinstance(storage, _Storage):
            raise ConversionError(f"{self.path}: tensor is not backed by a storage")
        if not (isinstance(size, tuple) and isinstance(stride, tuple) and len(size) == len(stride)
                and len(size) <= MAX_DIMS and all(_is_int(v) and v >= 0 for v in size + stride)
                and _is_int(offset) and offset >= 0):
            raise ConversionError(f"{self.path}: tensor has an invalid shape/stride/offset "
                                  f"({size!r:.60}, {stride!r:.60}, {offset!r:.20})")
        if hooks is not None and (not isinstance(hooks, OrderedDict) or hooks):
            raise ConversionError(f"{self.path}: tensor carries backward hooks")
        if math.prod(size) > max(storage.numel, 1):
            raise ConversionError(f"{self.path}: a tensor of shape {size} has more elements than "
                                  f"storage '{storage.key}' (overlapping view; not a weights file)")
        span = _span(size, stride)
        if span and offset + span > storage.numel:
            raise ConversionError(f"{self.path}: a tensor of shape {size} reads past the end of "
                                  f"storage '{storage.key}' (damaged checkpoint)")
        return LazyTensor(self, storage, offset, size, stride)

    # --- data -------------------------------------------------------------------------------
    def read_elements(self, storage: _Storage, offset: int, count: int) -> np.ndarray:
        """Read ``count`` elements of ``storage`` from element ``offset`` (bounds pre-checked)."""
        out = np.empty(count, dtype=raw_dtype(storage.dtype))
        with self._lock:
            if self._handle.closed:
                raise ConversionError(f"{self.path}: checkpoint was closed before reading")
            self._handle.seek(storage.data_start + offset * out.itemsize)
            got = self._handle.readinto(memoryview(out).cast("B"))
        if got != out.nbytes:
            raise ConversionError(f"{self.path}: storage '{storage.key}' ends early "
                                  "(truncated file)")
        return out


def state_dict(checkpoint: TorchCheckpoint, key: str | None = "model") -> dict[str, LazyTensor]:
    """The ``{name: LazyTensor}`` mapping of a checkpoint.

    With ``key``, the tree must be a dict holding the state dict under ``key`` (the LAVIS and
    MiniGPT-4 convention); if the tree is itself a flat state dict it is used as is. Non-tensor
    entries are rejected so a caller never mistakes them for weights.
    """
    root = checkpoint.root
    if not isinstance(root, dict):
        raise ConversionError(f"{checkpoint.path}: checkpoint is not a dictionary")
    tree = root
    if key is not None and key in root and isinstance(root[key], dict):
        tree = root[key]
    tensors = {k: v for k, v in tree.items() if isinstance(v, LazyTensor)}
    if not tensors:
        found = ", ".join(sorted(map(str, root))[:8])
        raise ConversionError(f"{checkpoint.path}: no tensors found (top-level keys: {found})")
    bad = [k for k in tree if not isinstance(k, str)]
    if bad:
        raise ConversionError(f"{checkpoint.path}: tensor names must be strings")
    return tensors


class PthTensors:
    """Tensor source over a torch checkpoint: ``keys()``, ``shape(name)``, ``read(name)``."""

    def __init__(self, path: str | Path, key: str | None = "model") -> None:
        self.checkpoint = TorchCheckpoint(path)
        self.path = self.checkpoint.path
        try:
            self.tensors = state_dict(self.checkpoint, key)
        except BaseException:
            self.checkpoint.close()
            raise

    def keys(self) -> list[str]:
        """Tensor names in checkpoint order."""
        return list(self.tensors)

    def __contains__(self, name: str) -> bool:
        return name in self.tensors

    def shape(self, name: str) -> tuple[int, ...]:
        """Shape of ``name`` without reading it."""
        return self._get(name).shape

    def read(self, name: str) -> np.ndarray:
        """Read ``name`` from disk."""
        return self._get(name).numpy()

    def _get(self, name: str) -> LazyTensor:
        try:
            return self.tensors[name]
        except KeyError:
            raise ConversionError(f"{self.path}: tensor '{name}' is missing") from None

    def close(self) -> None:
        """Release the file."""
        self.checkpoint.close()

    def __enter__(self) -> "PthTensors":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
