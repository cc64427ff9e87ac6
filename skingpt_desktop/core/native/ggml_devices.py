"""The compute devices llama.cpp found (CPU, CUDA, Metal, Vulkan ...), read from its ggml library.

llama-cpp-python binds llama.cpp's own API but not ggml's backend registry, so this is the one
ctypes binding of the few ggml functions the app needs: the registered backends, their devices
with type and memory, and the ggml version. Both the fit check (:mod:`machine`) and the build
report (:mod:`build_info`) read the devices from here.

Loading happens on first use and imports ``llama_cpp`` (which loads and registers the backends),
so callers on a GUI thread run it in the background.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType

from skingpt_desktop.core.native import cpu_variants

# ggml_backend_dev_type values (enum ggml_backend_dev_type in ggml-backend.h).
DEVICE_TYPES = {0: "CPU", 1: "GPU", 2: "integrated GPU", 3: "accelerator", 4: "meta"}
# Device types with memory of their own that llama.cpp can offload layers to.
GPU_DEVICE_TYPES = ("GPU", "integrated GPU")
UNKNOWN = "unknown"

# The libraries that hold these functions, as llama-cpp-python ships them. libggml holds the
# registry (reg_count/get, dev_count/get); libggml-base the rest. Linux and macOS find a symbol
# of libggml-base through libggml's handle, Windows does not, so each is looked up in both.
_LIBRARY_FILES = {
    "win32": ("ggml.dll", "ggml-base.dll"),
    "darwin": ("libggml.dylib", "libggml-base.dylib"),
}
_DEFAULT_LIBRARY_FILES = ("libggml.so", "libggml-base.so")

_size_p = ctypes.POINTER(ctypes.c_size_t)
# name: (restype, argtypes). Without the pointer restypes ctypes would truncate them to int.
_SIGNATURES: dict[str, tuple[object, list]] = {
    "ggml_backend_reg_count": (ctypes.c_size_t, []),
    "ggml_backend_reg_get": (ctypes.c_void_p, [ctypes.c_size_t]),
    "ggml_backend_reg_name": (ctypes.c_char_p, [ctypes.c_void_p]),
    "ggml_backend_dev_count": (ctypes.c_size_t, []),
    "ggml_backend_dev_get": (ctypes.c_void_p, [ctypes.c_size_t]),
    "ggml_backend_dev_name": (ctypes.c_char_p, [ctypes.c_void_p]),
    "ggml_backend_dev_description": (ctypes.c_char_p, [ctypes.c_void_p]),
    "ggml_backend_dev_type": (ctypes.c_int, [ctypes.c_void_p]),
    "ggml_backend_dev_memory": (None, [ctypes.c_void_p, _size_p, _size_p]),
    "ggml_version": (ctypes.c_char_p, []),
    "ggml_commit": (ctypes.c_char_p, []),
    **cpu_variants.SIGNATURES,
}
# Exported only by newer ggml builds; their absence is reported as "unknown", not an error.
_OPTIONAL = frozenset({"ggml_version", "ggml_commit", *cpu_variants.SIGNATURES})


_native_log = logging.getLogger("skingpt_desktop.llama_cpp")


# ggml_log_callback (also llama_cpp's llama_log_callback: ctypes shares the function type).
@ctypes.CFUNCTYPE(None, ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p)
def native_log_callback(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
    """llama.cpp's, ggml's and libmtmd's log: load details and warnings, kept out of the
    console and available at debug level. It never logs prompt text in the calls used here."""
    if _native_log.isEnabledFor(logging.DEBUG):
        _native_log.debug("%s", (text or b"").decode("utf-8", "replace").rstrip("\n"))


class GgmlUnavailable(Exception):
    """llama_cpp or its ggml library cannot be loaded; the message is one line for the user."""


@dataclass(frozen=True)
class GgmlDevice:
    """One device of a ggml backend, with its memory in bytes as the backend reports it."""

    name: str
    description: str
    type: str  # a value of DEVICE_TYPES
    memory_free: int
    memory_total: int

    @property
    def is_gpu(self) -> bool:
        """Whether llama.cpp can offload model layers into this device's memory."""
        return self.type in GPU_DEVICE_TYPES


def import_llama_cpp() -> ModuleType:
    """The llama_cpp package; importing it loads llama.cpp and registers its backends.

    Raises :class:`GgmlUnavailable` (one line) when it is missing or its libraries do not load.
    """
    try:
        import llama_cpp
    except Exception as exc:  # ImportError, or llama_cpp's RuntimeError/OSError for its library
        raise GgmlUnavailable(f"llama.cpp cannot be loaded ({type(exc).__name__}: {exc})") \
            from exc
    return llama_cpp


def library_folder() -> Path:
    """The folder llama_cpp loaded its shared libraries from (imports llama_cpp)."""
    llama_cpp = import_llama_cpp()
    bindings = getattr(llama_cpp, "llama_cpp", None)
    # _base_path honours LLAMA_CPP_LIB_PATH; older releases lack it and use the package's lib/.
    base = getattr(bindings, "_base_path", None)
    return Path(base) if base else Path(str(llama_cpp.__file__)).parent / "lib"


def _load_libraries(folder: Path) -> list[ctypes.CDLL]:
    names = _LIBRARY_FILES.get(sys.platform, _DEFAULT_LIBRARY_FILES)
    libraries = [ctypes.CDLL(str(folder / name)) for name in names if (folder / name).exists()]
    if not libraries:
        raise OSError(f"no ggml library in {folder}")
    return libraries


def _bind(libraries: list[ctypes.CDLL], name: str) -> Callable | None:
    """``name`` from the first library that exports it, typed from _SIGNATURES; else None."""
    restype, argtypes = _SIGNATURES[name]
    for library in libraries:
        function = getattr(library, name, None)
        if function is not None:
            function.restype, function.argtypes = restype, argtypes
            return function
    return None


def ggml_functions() -> dict[str, Callable | None]:
    """ggml's functions by name (None for a missing optional one), with the CPU backend loaded.

    Raises :class:`GgmlUnavailable` when llama_cpp, a required function or every CPU variant
    cannot be loaded.
    """
    return load_backends()[0]


def cpu_backend() -> cpu_variants.CpuBackend:
    """The CPU backend variant in use (loads llama.cpp and it on first call)."""
    return load_backends()[1]


def ensure_backends() -> None:
    """Load llama.cpp and register its CPU backend; call before the first model load."""
    load_backends()


@lru_cache(maxsize=1)
def load_backends() -> tuple[dict[str, Callable | None], cpu_variants.CpuBackend]:
    """Bind ggml and register its CPU backend, once (``cache_clear()`` binds again)."""
    folder = library_folder()
    try:
        libraries = _load_libraries(folder)
    except OSError as exc:
        raise GgmlUnavailable(f"the ggml library cannot be loaded from {folder} ({exc})") from exc
    functions = {name: _bind(libraries, name) for name in _SIGNATURES}
    missing = sorted(n for n, f in functions.items() if f is None and n not in _OPTIONAL)
    if missing:
        raise GgmlUnavailable(f"the ggml library lacks {', '.join(missing)}")
    # ggml reports each backend it loads on stderr unless a log callback is set.
    import_llama_cpp().llama_log_set(native_log_callback, ctypes.c_void_p(0))
    try:
        backend = cpu_variants.load_cpu_backend(folder, functions)
    except cpu_variants.CpuVariantError as exc:
        raise GgmlUnavailable(str(exc)) from exc
    return functions, backend


def _text(value: bytes | None) -> str:
    return value.decode("utf-8", "replace") if value else UNKNOWN


def ggml_build() -> tuple[str, str]:
    """(version, commit) of the loaded ggml; "unknown" where the library does not say."""
    version, commit = (ggml_functions()[name] for name in ("ggml_version", "ggml_commit"))
    return (_text(version()) if version else UNKNOWN, _text(commit()) if commit else UNKNOWN)


def _required_functions() -> dict[str, Callable]:
    """ggml's functions without the optional ones that this build lacks (a required one that is
    missing already failed the load)."""
    return {name: function for name, function in ggml_functions().items() if function is not None}


def backend_names() -> list[str]:
    """Names of the registered backends, such as ["CUDA", "CPU"]."""
    fn = _required_functions()
    return [_text(fn["ggml_backend_reg_name"](fn["ggml_backend_reg_get"](i)))
            for i in range(fn["ggml_backend_reg_count"]())]


def _device(fn: dict[str, Callable], handle: int) -> GgmlDevice:
    free, total = ctypes.c_size_t(), ctypes.c_size_t()
    fn["ggml_backend_dev_memory"](handle, ctypes.byref(free), ctypes.byref(total))
    kind = fn["ggml_backend_dev_type"](handle)
    return GgmlDevice(name=_text(fn["ggml_backend_dev_name"](handle)),
                      description=_text(fn["ggml_backend_dev_description"](handle)),
                      type=DEVICE_TYPES.get(kind, f"type {kind}"),
                      memory_free=free.value, memory_total=total.value)


def devices() -> list[GgmlDevice]:
    """Every device of every registered backend, in llama.cpp's order."""
    fn = _required_functions()
    return [_device(fn, fn["ggml_backend_dev_get"](index))
            for index in range(fn["ggml_backend_dev_count"]())]
