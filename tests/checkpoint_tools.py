"""Write torch-format checkpoints and safetensors files without torch, for tests.

``save_pth`` produces the zip layout ``torch.save`` writes (``archive/data.pkl`` + one stored
member per storage) with a protocol-2 pickle naming the same globals torch uses
(``torch._utils._rebuild_tensor_v2``, ``torch.FloatStorage``, ``collections.OrderedDict``).
To emit those names the pickler needs importable stand-ins, so ``torch`` and ``torch._utils``
are registered as tiny fake modules for the duration of one dump. Tests use it to build
damaged or hostile variants of the committed fixtures that real torch would refuse to write.
"""

from __future__ import annotations

import io
import json
import pickle
import struct
import sys
import types
import zipfile
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

STORAGE_NAMES = {
    np.dtype("<f4"): "FloatStorage", np.dtype("<f2"): "HalfStorage", np.dtype("<f8"): "DoubleStorage",
    np.dtype("<i8"): "LongStorage", np.dtype("<i4"): "IntStorage", np.dtype("u1"): "ByteStorage",
}


@dataclass
class Tensor:
    """A tensor to pickle: a view (offset, shape, stride in elements) of ``storage``'s data."""

    storage: np.ndarray  # 1-D, its dtype decides the storage class
    offset: int = 0
    shape: tuple[int, ...] | None = None
    stride: tuple[int, ...] | None = None
    numel_claim: int | None = None  # lie about the storage size in the pickle
    build_state: Any = None  # pickle a BUILD (state update) on the rebuilt tensor

    @classmethod
    def of(cls, array: np.ndarray) -> "Tensor":
        array = np.ascontiguousarray(array)
        strides = tuple(s // array.itemsize for s in array.strides)
        return cls(array.reshape(-1), 0, array.shape, strides)


@dataclass(frozen=True)
class _StorageRef:
    key: str
    type_name: str
    numel: int


@contextmanager
def _fake_torch() -> Iterator[types.SimpleNamespace]:
    torch = types.ModuleType("torch")
    utils = types.ModuleType("torch._utils")

    def _rebuild_tensor_v2(*args: Any) -> None:  # never called: only its name is pickled
        raise AssertionError

    _rebuild_tensor_v2.__module__ = "torch._utils"
    _rebuild_tensor_v2.__qualname__ = "_rebuild_tensor_v2"
    utils._rebuild_tensor_v2 = _rebuild_tensor_v2
    torch._utils = utils
    for name in set(STORAGE_NAMES.values()):
        storage_class = type(name, (), {"__module__": "torch"})
        setattr(torch, name, storage_class)
    saved = {k: sys.modules.get(k) for k in ("torch", "torch._utils")}
    sys.modules["torch"], sys.modules["torch._utils"] = torch, utils
    try:
        yield types.SimpleNamespace(torch=torch, rebuild=_rebuild_tensor_v2)
    finally:
        for key, module in saved.items():
            if module is None:
                sys.modules.pop(key, None)
            else:
                sys.modules[key] = module


class _Reducible:
    def __init__(self, reduce_value: tuple) -> None:
        self.reduce_value = reduce_value

    def __reduce__(self) -> tuple:
        return self.reduce_value


def _prepare(tree: Any, fake: types.SimpleNamespace, storages: dict[int, tuple[str, np.ndarray]]) -> Any:
    """Replace arrays/Tensors by reducible stand-ins; collect storages by identity."""
    if isinstance(tree, np.ndarray):
        tree = Tensor.of(tree)
    if isinstance(tree, Tensor):
        ident = id(tree.storage)
        if ident not in storages:
            storages[ident] = (str(len(storages)), tree.storage)
        key, data = storages[ident]
        ref = _StorageRef(key, STORAGE_NAMES[data.dtype], tree.numel_claim or data.size)
        args = (ref, tree.offset, tuple(tree.shape), tuple(tree.stride), False, OrderedDict())
        if tree.build_state is not None:
            return _Reducible((fake.rebuild, args, tree.build_state))
        return _Reducible((fake.rebuild, args))
    if isinstance(tree, OrderedDict):
        return OrderedDict((k, _prepare(v, fake, storages)) for k, v in tree.items())
    if isinstance(tree, dict):
        return {k: _prepare(v, fake, storages) for k, v in tree.items()}
    if isinstance(tree, (list, tuple)):
        return type(tree)(_prepare(v, fake, storages) for v in tree)
    return tree


def pickle_tree(tree: Any) -> tuple[bytes, dict[str, np.ndarray]]:
    """(data.pkl bytes, {storage key: data}) for ``tree`` (arrays become tensors)."""
    storages: dict[int, tuple[str, np.ndarray]] = {}
    with _fake_torch() as fake:
        prepared = _prepare(tree, fake, storages)
        buffer = io.BytesIO()

        class _Pickler(pickle.Pickler):
            def persistent_id(self, obj: Any) -> Any:
                if isinstance(obj, _StorageRef):
                    return ("storage", getattr(fake.torch, obj.type_name), obj.key, "cpu", obj.numel)
                return None

        _Pickler(buffer, protocol=2).dump(prepared)
    return buffer.getvalue(), {key: data for key, data in storages.values()}


def write_zip(path: Path, pkl: bytes, storages: dict[str, bytes], prefix: str = "archive",
              compress: bool = False) -> None:
    """The torch zip layout around ready-made pickle bytes and storage bytes."""
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(path, "w", method) as archive:
        archive.writestr(f"{prefix}/data.pkl", pkl)
        archive.writestr(f"{prefix}/byteorder", "little")
        for key, data in storages.items():
            archive.writestr(f"{prefix}/data/{key}", data)
        archive.writestr(f"{prefix}/version", "3\n")


def save_pth(path: Path, tree: Any, **zip_options: Any) -> Path:
    """``torch.save(tree, path)`` for trees of dicts, lists and numpy arrays / Tensors."""
    pkl, storages = pickle_tree(tree)
    write_zip(Path(path), pkl, {k: v.tobytes() for k, v in storages.items()}, **zip_options)
    return Path(path)


def save_safetensors(path: Path, arrays: dict[str, np.ndarray]) -> Path:
    """Write a .safetensors file (F32/F16 arrays)."""
    names = {np.dtype("<f4"): "F32", np.dtype("<f2"): "F16"}
    header: dict[str, Any] = {}
    offset, blobs = 0, []
    for name, array in arrays.items():
        data = np.ascontiguousarray(array).tobytes()
        header[name] = {"dtype": names[array.dtype], "shape": list(array.shape),
                        "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    raw = json.dumps(header).encode()
    Path(path).write_bytes(struct.pack("<Q", len(raw)) + raw + b"".join(blobs))
    return Path(path)
