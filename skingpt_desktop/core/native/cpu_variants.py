"""The CPU backend llama.cpp runs on: the best of the per-processor variants a build carries.

A portable build (``GGML_BACKEND_DL`` + ``GGML_CPU_ALL_VARIANTS``, packaging/build.py) ships one
ggml-cpu library per x86-64 level, from ``x64`` and ``sse42`` (Celeron/Pentium Silver laptops
without AVX) through ``haswell`` (AVX2) to ``skylakex``/``icelake``/``zen4`` (AVX-512) and
``sapphirerapids`` (AMX). llama-cpp-python does not load them (its issue #2069): without this
module no model loads ("no backends are loaded").

ggml's own rule chooses: each variant's ``ggml_backend_score()`` is 0 when this processor lacks
an instruction set the variant was compiled for, and higher the more it uses; the highest wins.
The app applies that rule itself (rather than ``ggml_backend_load_all``) so that it knows which
variant runs, for Help > About and ``--version --verbose``. ``SKINGPT_CPU_VARIANT=NAME`` forces
one (support, and tests of the lower variants on a newer processor). The variant is loaded by
Python's loader and handed to ``ggml_backend_register``: ``ggml_backend_load`` reads its path
in the ANSI code page on Windows, so it fails for an app installed under a user name such as
"Zoë Müller 診所" (found by the smoke test under Wine).

A build without variants (a developer's native build) has its CPU backend built in; nothing is
loaded then and the variant is reported as ``built-in``.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

FORCE_ENV = "SKINGPT_CPU_VARIANT"
BUILT_IN = "built-in"
# ggml's file names for its CPU variants (ggml-backend-reg.cpp: "ggml-" + name + "-*" + ".dll"
# on Windows, "libggml-" ... ".so" elsewhere).
_VARIANT_FILE = {
    "win32": re.compile(r"^ggml-cpu-(?P<name>[\w.]+)\.dll$", re.IGNORECASE),
}
_DEFAULT_VARIANT_FILE = re.compile(r"^libggml-cpu-(?P<name>[\w.]+)\.so$")
# Variants compiled with llama.cpp's AMX kernels. Its extra buffer types crash on AMX machines
# for Q4_K_M, Q4_0 and Q8_0 weights (SIGSEGV, measured), so models load without them there.
AMX_VARIANTS = frozenset({"sapphirerapids"})

# ggml functions this module needs beyond ggml_devices' registry binding.
SIGNATURES: dict[str, tuple[object, list]] = {
    "ggml_backend_register": (None, [ctypes.c_void_p]),
    "ggml_backend_reg_by_name": (ctypes.c_void_p, [ctypes.c_char_p]),
}
# GGML_BACKEND_API_VERSION of the ggml this binding was written for (ggml-backend-impl.h): the
# first field of the struct ggml_backend_reg a variant's ggml_backend_init() returns.
BACKEND_API_VERSION = 2


_registered: CpuBackend | None = None  # the variant this process loaded, if any
_libraries: list[ctypes.CDLL] = []  # kept loaded for the life of the process: ggml uses them


class CpuVariantError(Exception):
    """No CPU variant can run here, or the chosen one does not load; one line for the user."""


@dataclass(frozen=True)
class CpuBackend:
    """The CPU backend in use: ggml's variant name and where it was loaded from."""

    variant: str  # "sse42", "haswell", "skylakex", ... or BUILT_IN
    path: Path | None = None  # the variant's library; None when built in
    scores: Mapping[str, int] = field(default_factory=dict)  # every variant's score here

    @property
    def has_amx(self) -> bool:
        """Whether the loaded variant carries llama.cpp's AMX kernels."""
        return self.variant in AMX_VARIANTS


def variant_files(folder: Path, platform: str = sys.platform) -> dict[str, Path]:
    """The CPU variant libraries in ``folder`` by variant name."""
    pattern = _VARIANT_FILE.get(platform, _DEFAULT_VARIANT_FILE)
    found = {}
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            match = pattern.match(path.name)
            if match and path.is_file():
                found[match["name"]] = path
    return found


def variant_score(path: Path) -> int:
    """ggml's score of one variant on this processor (0: cannot run here, or does not load)."""
    try:
        library = ctypes.CDLL(str(path))
    except OSError:
        return 0
    score = getattr(library, "ggml_backend_score", None)
    if score is None:
        return 0
    score.restype, score.argtypes = ctypes.c_int, []
    return int(score())


def choose_variant(files: Mapping[str, Path], forced: str | None = None,
                   score: Callable[[Path], int] | None = None) -> tuple[str, dict[str, int]]:
    """(name of the variant to load, every variant's score): the highest score, or ``forced``.

    ``score`` defaults to :func:`variant_score`. Raises :class:`CpuVariantError` when none
    scores above 0 or ``forced`` cannot run here.
    """
    score = score or variant_score
    scores = {name: score(path) for name, path in files.items()}
    if forced:
        if forced not in files:
            raise CpuVariantError(f"{FORCE_ENV}={forced} names no CPU variant of this build "
                                  f"(it has {', '.join(sorted(files))})")
        if scores[forced] <= 0:
            raise CpuVariantError(f"{FORCE_ENV}={forced}: this processor cannot run that CPU "
                                  "variant (it lacks an instruction set the variant needs)")
        return forced, scores
    runnable = {name: value for name, value in scores.items() if value > 0}
    if not runnable:
        raise CpuVariantError(f"none of this build's {len(files)} CPU variants runs on this "
                              "processor")
    return max(runnable, key=lambda name: runnable[name]), scores


def load_cpu_backend(folder: Path, functions: Mapping[str, Callable | None]) -> CpuBackend:
    """Register the best CPU variant in ``folder`` with ggml, unless a CPU backend exists.

    ``functions`` are ggml's, bound with :data:`SIGNATURES` among them. Call once, before the
    first model load (ggml_devices does, when it first binds ggml).
    """
    global _registered
    if _registered is not None:  # a variant stays registered for the life of the process
        return _registered
    reg_by_name, register = functions["ggml_backend_reg_by_name"], \
        functions["ggml_backend_register"]
    if reg_by_name is not None and reg_by_name(b"CPU"):
        return CpuBackend(BUILT_IN)
    files = variant_files(folder)
    if not files or register is None:
        raise CpuVariantError(f"llama.cpp's CPU backend is missing: no CPU library in {folder}")
    name, scores = choose_variant(files, os.environ.get(FORCE_ENV) or None)
    register_variant(files[name], register)
    _registered = CpuBackend(name, files[name], scores)
    return _registered


def register_variant(path: Path, register: Callable[[int], None]) -> None:
    """Load one variant library and register its backend with ggml (``register``:
    ``ggml_backend_register``). Raises :class:`CpuVariantError` naming what went wrong."""
    try:
        library = ctypes.CDLL(str(path))
    except OSError as exc:
        raise CpuVariantError(f"llama.cpp's CPU backend {path.name} did not load ({exc})") \
            from exc
    init = getattr(library, "ggml_backend_init", None)
    if init is None:
        raise CpuVariantError(f"{path.name} is not a ggml backend (no ggml_backend_init)")
    init.restype, init.argtypes = ctypes.c_void_p, []
    reg = init()
    if not reg:
        raise CpuVariantError(f"llama.cpp's CPU backend {path.name} did not start")
    version = ctypes.c_int.from_address(reg).value
    if version != BACKEND_API_VERSION:
        raise CpuVariantError(f"{path.name} was built for ggml backend API {version}, this "
                              f"llama.cpp has {BACKEND_API_VERSION}")
    register(reg)
    _libraries.append(library)
