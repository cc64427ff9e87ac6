"""A typed ctypes binding to the ggml that llama-cpp-python ships, for the ggml vision tower.

Only what the tower needs: contexts, tensor creation, the handful of operations of a ViT and a
Q-Former, graph building, the CPU backend, one graph allocator and tensor upload/download.
Everything lives in libggml-base (operations, graphs, allocator, backend calls) and libggml-cpu
(the CPU backend); libggml is loaded too so that a build which keeps symbols elsewhere still
binds.

ggml's C API is not stable between releases, so loading proves that this binding matches the
library before anything is computed: every symbol exists, the type enum and block sizes of
f32/f16/q8_0 are what we assume, ``ggml_init_params`` is read back as written, and the
``ggml_tensor`` fields we read (type, ne, nb, data, name) sit at our offsets. Any mismatch raises
one :class:`GgmlBindingError` naming it, so that callers can fall back to the numpy tower.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from skingpt_desktop.core.native.ggml_devices import GgmlUnavailable, cpu_backend, library_folder

# --- C types -------------------------------------------------------------------------------

MAX_DIMS, MAX_SRC, MAX_OP_PARAMS, MAX_NAME = 4, 10, 64, 64  # GGML_MAX_* in ggml.h
OBJECT_SIZE = 32  # sizeof(struct ggml_object): offs, size, next, type + padding


class InitParams(ctypes.Structure):
    """struct ggml_init_params (passed by value to ggml_init)."""

    _fields_ = [("mem_size", ctypes.c_size_t), ("mem_buffer", ctypes.c_void_p),
                ("no_alloc", ctypes.c_bool)]


class Tensor(ctypes.Structure):
    """struct ggml_tensor as ggml.h declares it; only type, ne, nb, data and name are read."""

    _fields_ = [
        ("type", ctypes.c_int),
        ("buffer", ctypes.c_void_p),
        ("ne", ctypes.c_int64 * MAX_DIMS),
        ("nb", ctypes.c_size_t * MAX_DIMS),
        ("op", ctypes.c_int),
        ("op_params", ctypes.c_int32 * (MAX_OP_PARAMS // 4)),
        ("flags", ctypes.c_int32),
        ("src", ctypes.c_void_p * MAX_SRC),
        ("view_src", ctypes.c_void_p),
        ("view_offs", ctypes.c_size_t),
        ("data", ctypes.c_void_p),
        ("name", ctypes.c_char * MAX_NAME),
        ("extra", ctypes.c_void_p),
        ("padding", ctypes.c_char * 8),
    ]


if TYPE_CHECKING:  # the pointer class ctypes makes at run time, as a type
    TensorP: TypeAlias = ctypes._Pointer[Tensor]
else:
    TensorP = ctypes.POINTER(Tensor)
_p, _i64, _sz, _f, _i, _b = (ctypes.c_void_p, ctypes.c_int64, ctypes.c_size_t, ctypes.c_float,
                             ctypes.c_int, ctypes.c_bool)
_T = TensorP

# enum ggml_type values and their (block size, bytes per block), checked at load.
TYPE_F32, TYPE_F16, TYPE_I32, TYPE_Q8_0 = 0, 1, 26, 8
TYPE_LAYOUT: dict[int, tuple[str, int, int]] = {
    TYPE_F32: ("f32", 1, 4), TYPE_F16: ("f16", 1, 2), TYPE_Q8_0: ("q8_0", 32, 34),
    TYPE_I32: ("i32", 1, 4),
}
STATUS_SUCCESS = 0

# name: (restype, argtypes). Pointers are typed so that ctypes never truncates them to int.
SIGNATURES: dict[str, tuple[object, list]] = {
    # contexts and tensors
    "ggml_init": (_p, [InitParams]),
    "ggml_free": (None, [_p]),
    "ggml_get_mem_size": (_sz, [_p]),
    "ggml_get_no_alloc": (_b, [_p]),
    "ggml_tensor_overhead": (_sz, []),
    "ggml_graph_overhead_custom": (_sz, [_sz, _b]),
    "ggml_type_size": (_sz, [_i]),
    "ggml_blck_size": (_i64, [_i]),
    "ggml_type_name": (ctypes.c_char_p, [_i]),
    "ggml_nbytes": (_sz, [_T]),
    "ggml_nelements": (_i64, [_T]),
    "ggml_new_tensor_1d": (_T, [_p, _i, _i64]),
    "ggml_new_tensor_2d": (_T, [_p, _i, _i64, _i64]),
    "ggml_new_tensor_3d": (_T, [_p, _i, _i64, _i64, _i64]),
    "ggml_new_tensor_4d": (_T, [_p, _i, _i64, _i64, _i64, _i64]),
    "ggml_set_name": (_T, [_T, ctypes.c_char_p]),
    "ggml_get_name": (_p, [_T]),
    "ggml_get_data": (_p, [_T]),
    "ggml_set_input": (None, [_T]),
    "ggml_set_output": (None, [_T]),
    # operations
    "ggml_mul_mat": (_T, [_p, _T, _T]),
    "ggml_add": (_T, [_p, _T, _T]),
    "ggml_mul": (_T, [_p, _T, _T]),
    "ggml_norm": (_T, [_p, _T, _f]),
    "ggml_gelu_erf": (_T, [_p, _T]),
    "ggml_soft_max_ext": (_T, [_p, _T, _T, _f, _f]),
    "ggml_scale": (_T, [_p, _T, _f]),
    "ggml_concat": (_T, [_p, _T, _T, _i]),
    "ggml_cont": (_T, [_p, _T]),
    "ggml_reshape_2d": (_T, [_p, _T, _i64, _i64]),
    "ggml_reshape_3d": (_T, [_p, _T, _i64, _i64, _i64]),
    "ggml_view_2d": (_T, [_p, _T, _i64, _i64, _sz, _sz]),
    "ggml_permute": (_T, [_p, _T, _i, _i, _i, _i]),
    "ggml_transpose": (_T, [_p, _T]),
    # graphs
    "ggml_new_graph_custom": (_p, [_p, _sz, _b]),
    "ggml_build_forward_expand": (None, [_p, _T]),
    "ggml_graph_n_nodes": (_i, [_p]),
    # backend, allocation, transfer
    "ggml_backend_cpu_init": (_p, []),
    "ggml_backend_dev_count": (_sz, []),
    "ggml_backend_dev_get": (_p, [_sz]),
    "ggml_backend_dev_type": (_i, [_p]),
    "ggml_backend_dev_description": (ctypes.c_char_p, [_p]),
    "ggml_backend_dev_init": (_p, [_p, ctypes.c_char_p]),
    "ggml_backend_cpu_set_n_threads": (None, [_p, _i]),
    "ggml_backend_free": (None, [_p]),
    "ggml_backend_get_default_buffer_type": (_p, [_p]),
    "ggml_backend_alloc_ctx_tensors": (_p, [_p, _p]),
    "ggml_backend_buffer_free": (None, [_p]),
    "ggml_backend_buffer_get_size": (_sz, [_p]),
    "ggml_backend_graph_compute": (_i, [_p, _p]),
    "ggml_backend_tensor_set": (None, [_T, _p, _sz, _sz]),
    "ggml_backend_tensor_get": (None, [_T, _p, _sz, _sz]),
    "ggml_gallocr_new": (_p, [_p]),
    "ggml_gallocr_free": (None, [_p]),
    "ggml_gallocr_alloc_graph": (_b, [_p, _p]),
    "ggml_gallocr_get_buffer_size": (_sz, [_p, _i]),
    "ggml_version": (ctypes.c_char_p, []),
}

_LIBRARY_FILES = {
    "win32": ("ggml-base.dll", "ggml-cpu.dll", "ggml.dll"),
    "darwin": ("libggml-base.dylib", "libggml-cpu.dylib", "libggml.dylib"),
}
_DEFAULT_LIBRARY_FILES = ("libggml-base.so", "libggml-cpu.so", "libggml.so")


class GgmlBindingError(GgmlUnavailable):
    """The shipped ggml does not match this binding (one line naming what differs)."""


@dataclass(frozen=True)
class Ggml:
    """The bound functions by name (``lib.ggml_add(...)``), plus the library's version."""

    functions: Mapping[str, Callable]
    version: str

    def __getattr__(self, name: str) -> Callable:
        try:
            return self.functions[name]
        except KeyError:
            raise AttributeError(name) from None


# --- loading -------------------------------------------------------------------------------

def load_libraries(folder: Path) -> list[ctypes.CDLL]:
    """The ggml libraries in ``folder`` (base, cpu, registry), in that order."""
    names = _LIBRARY_FILES.get(sys.platform, _DEFAULT_LIBRARY_FILES)
    found = [folder / name for name in names if (folder / name).exists()]
    if not found:
        raise GgmlUnavailable(f"no ggml library in {folder}")
    try:
        return [ctypes.CDLL(str(path)) for path in found]
    except OSError as exc:
        raise GgmlUnavailable(f"the ggml library cannot be loaded from {folder} ({exc})") from exc


def bind(libraries: list, signatures: Mapping[str, tuple[object, list]] = SIGNATURES
         ) -> dict[str, Callable]:
    """Every function of ``signatures`` from the first library exporting it, typed.

    ``libraries`` are ctypes libraries or anything with attributes per symbol (tests pass fake
    tables). Raises GgmlBindingError naming every missing symbol.
    """
    functions, missing = {}, []
    for name, (restype, argtypes) in signatures.items():
        function = next((f for f in (getattr(lib, name, None) for lib in libraries)
                         if f is not None), None)
        if function is None:
            missing.append(name)
            continue
        function.restype, function.argtypes = restype, argtypes
        functions[name] = function
    if missing:
        raise GgmlBindingError(f"the ggml library lacks {', '.join(missing)}")
    return functions


def _check_types(fn: Mapping[str, Callable]) -> None:
    for value, (name, block, size) in TYPE_LAYOUT.items():
        got = ((fn["ggml_type_name"](value) or b"").decode(), fn["ggml_blck_size"](value),
               fn["ggml_type_size"](value))
        if got != (name, block, size):
            raise GgmlBindingError(f"ggml type {value} is {got[0]!r} with block {got[1]} of "
                                   f"{got[2]} bytes; expected {name!r}, {block}, {size}")


def _check_init_params(fn: Mapping[str, Callable]) -> None:
    """ggml_init_params by value: the context must report our size and no_alloc back."""
    size = 4 * fn["ggml_tensor_overhead"]()
    ctx = fn["ggml_init"](InitParams(size, None, True))
    if not ctx:
        raise GgmlBindingError("ggml_init returned no context")
    try:
        got = (fn["ggml_get_mem_size"](ctx), bool(fn["ggml_get_no_alloc"](ctx)))
    finally:
        fn["ggml_free"](ctx)
    if got[0] < size or not got[1]:
        raise GgmlBindingError(f"ggml_init_params layout differs (asked {size} bytes, no_alloc; "
                               f"the context has {got[0]} bytes, no_alloc={got[1]})")


def _check_tensor_layout(fn: Mapping[str, Callable]) -> None:
    """Our ggml_tensor fields sit where ggml writes them (a 4-D f16 tensor, read back)."""
    overhead = fn["ggml_tensor_overhead"]()
    if overhead != OBJECT_SIZE + ctypes.sizeof(Tensor):
        raise GgmlBindingError(f"sizeof(ggml_tensor) differs: ggml_tensor_overhead is {overhead}, "
                               f"expected {OBJECT_SIZE} + {ctypes.sizeof(Tensor)}")
    ctx = fn["ggml_init"](InitParams(4 * overhead + 4096, None, False))
    try:
        t = fn["ggml_new_tensor_4d"](ctx, TYPE_F16, 3, 5, 7, 11)
        fn["ggml_set_name"](t, b"layout-probe")
        s = t.contents
        address = ctypes.addressof(s)
        problems = [label for label, ok in (
            ("type", s.type == TYPE_F16),
            ("ne", list(s.ne) == [3, 5, 7, 11]),
            ("nb", list(s.nb) == [2, 6, 30, 210]),
            ("data", s.data == fn["ggml_get_data"](t)),
            ("name", address + Tensor.name.offset == fn["ggml_get_name"](t)
             and s.name == b"layout-probe"),
            ("nbytes", fn["ggml_nbytes"](t) == 2310),
        ) if not ok]
    finally:
        fn["ggml_free"](ctx)
    if problems:
        raise GgmlBindingError(f"ggml_tensor layout differs in {', '.join(problems)}")


def check_binding(fn: Mapping[str, Callable]) -> None:
    """Prove types, init params and tensor layout match; raises GgmlBindingError otherwise."""
    _check_types(fn)
    _check_init_params(fn)
    _check_tensor_layout(fn)


def load_ggml(libraries: list | None = None) -> Ggml:
    """Bind and check the ggml libraries (default: the ones llama_cpp loaded).

    Raises GgmlUnavailable (GgmlBindingError for a mismatch) with a one-line reason.
    """
    if libraries is None:
        libraries = load_libraries(library_folder())
        cpu = cpu_backend()  # a portable build's CPU functions live in the chosen variant
        if cpu.path is not None:
            libraries.insert(1, ctypes.CDLL(str(cpu.path)))
    functions = bind(libraries)
    check_binding(functions)
    version = (functions["ggml_version"]() or b"unknown").decode("utf-8", "replace")
    return Ggml(functions, version)


@lru_cache(maxsize=1)
def ggml() -> Ggml:
    """The checked binding to the shipped ggml, loaded once (raises GgmlUnavailable)."""
    return load_ggml()


# --- small helpers -------------------------------------------------------------------------

def shape_of(t: TensorP) -> tuple[int, ...]:
    """ggml's ne of ``t`` (fastest dimension first), trailing 1s dropped (at least one)."""
    ne = list(t.contents.ne)
    while len(ne) > 1 and ne[-1] == 1:
        ne.pop()
    return tuple(ne)
