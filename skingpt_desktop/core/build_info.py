"""What runs where: the app, Python, the platform and the llama.cpp build with its devices.

A user reads it to phone support (``main.py --version --verbose``, Help > About): which
llama-cpp-python and llama.cpp are installed, whether they can use a GPU, which CPU features the
build uses, and every compute device llama.cpp found with its memory. Gathering it imports
llama_cpp (a moment), so a GUI does it in the background. A missing or broken llama.cpp is
reported in one line, never raised: that is exactly what support needs to hear about.
"""

from __future__ import annotations

import dataclasses
import os
import platform
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import skingpt_desktop
from skingpt_desktop import __version__
from skingpt_desktop.core.native import ggml_devices
from skingpt_desktop.core.native.ggml_devices import UNKNOWN, GgmlDevice

APP_NAME = "SkinGPT Desktop"
_GIB, _MIB = 1 << 30, 1 << 20


@dataclass(frozen=True)
class LlamaBuild:
    """llama-cpp-python and the llama.cpp it runs, as loaded in this process."""

    llama_cpp_python: str
    ggml_version: str
    ggml_commit: str
    gpu_offload: bool
    cpu_features: str
    cpu_variant: str  # ggml's CPU variant in use ("sse42", "haswell", ...) or "built-in"
    backends: tuple[str, ...]
    devices: tuple[GgmlDevice, ...]
    vision_ggml: str = ""  # "self-check passed", or why the vision tower falls back to numpy


@dataclass(frozen=True)
class BuildInfo:
    """The whole report; ``llama`` is None when llama.cpp cannot load (``llama_problem``: why)."""

    app_version: str
    python_version: str
    python_executable: str
    os: str
    machine: str
    frozen: bool
    runs_from: str
    llama: LlamaBuild | None
    llama_problem: str = ""


def version_line() -> str:
    """``SkinGPT Desktop 0.1.0``: what ``--version`` prints (no llama.cpp involved)."""
    return f"{APP_NAME} {__version__}"


def runs_from() -> str:
    """The bundle folder when frozen (PyInstaller), else the folder of the app's source."""
    if getattr(sys, "frozen", False):
        return str(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))
    return str(Path(skingpt_desktop.__file__).resolve().parent)


def operating_system() -> str:
    """``Linux-6.1...-x86_64-with-glibc2.36``, ``Windows 10.0.19045``, ...

    On Windows from ``sys.getwindowsversion``: ``platform.platform()`` asks WMI there (Python
    3.12+), which aborts the process under Wine 8 and can take seconds on a real PC.
    """
    if sys.platform == "win32":
        version = sys.getwindowsversion()
        return f"Windows {version.major}.{version.minor}.{version.build}"
    return platform.platform()


def machine() -> str:
    """The processor architecture (``x86_64``, ``AMD64``, ``arm64``), without WMI on Windows."""
    if sys.platform == "win32":
        return os.environ.get("PROCESSOR_ARCHITECTURE", UNKNOWN)
    return platform.machine()


def _text(value: bytes | str | None) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return value.strip() if value else UNKNOWN


def llama_build() -> LlamaBuild:
    """Read the llama.cpp build; raises when llama_cpp or its ggml library cannot load."""
    from skingpt_desktop.core.vision_backend import ggml_self_check  # numpy: only when asked

    llama_cpp = ggml_devices.import_llama_cpp()
    version, commit = ggml_devices.ggml_build()
    return LlamaBuild(
        llama_cpp_python=getattr(llama_cpp, "__version__", UNKNOWN),
        ggml_version=version,
        ggml_commit=commit,
        gpu_offload=bool(llama_cpp.llama_supports_gpu_offload()),
        # "CPU : SSE3 = 1 | AVX = 1 | ... | ": the features this build was compiled to use.
        cpu_features=_text(llama_cpp.llama_print_system_info()).rstrip(" |"),
        cpu_variant=ggml_devices.cpu_backend().variant,
        backends=tuple(ggml_devices.backend_names()),
        devices=tuple(ggml_devices.devices()),
        vision_ggml=ggml_self_check() or "self-check passed",
    )


def gather() -> BuildInfo:
    """Everything the report shows. Never raises because of llama.cpp (see ``llama_problem``)."""
    llama, problem = None, ""
    try:
        llama = llama_build()
    except Exception as exc:  # noqa: BLE001 - a broken install is the report, not a crash
        problem = str(exc) if isinstance(exc, ggml_devices.GgmlUnavailable) else \
            f"llama.cpp cannot be loaded ({type(exc).__name__}: {exc})"
    return BuildInfo(
        app_version=__version__,
        python_version=f"{platform.python_version()} ({platform.python_implementation()})",
        python_executable=sys.executable,
        os=operating_system(),
        machine=machine(),
        frozen=bool(getattr(sys, "frozen", False)),
        runs_from=runs_from(),
        llama=llama,
        llama_problem=problem.replace("\n", " "),
    )


def as_dict(info: BuildInfo) -> dict[str, Any]:
    """The report as plain JSON-ready data (devices as dicts, tuples as lists)."""
    data = dataclasses.asdict(info)
    if data["llama"] is not None:
        data["llama"]["backends"] = list(data["llama"]["backends"])
        data["llama"]["devices"] = list(data["llama"]["devices"])
    return data


def format_memory(count: int) -> str:
    """Memory as the operating system counts it: 1.5 GiB, or MiB below one GiB."""
    if count >= _GIB:
        return f"{count / _GIB:.1f} GiB"
    return f"{count / _MIB:.0f} MiB"


def device_line(device: GgmlDevice) -> str:
    """``Device CUDA0 (GPU): NVIDIA ...; memory 22.1 GiB free of 24.0 GiB``."""
    memory = (f"memory {format_memory(device.memory_free)} free of "
              f"{format_memory(device.memory_total)}" if device.memory_total
              else "memory not reported")
    return f"Device {device.name} ({device.type}): {device.description}; {memory}"


def _llama_lines(llama: LlamaBuild) -> list[str]:
    commit = "" if llama.ggml_commit == UNKNOWN else f", commit {llama.ggml_commit}"
    return [
        f"llama-cpp-python: {llama.llama_cpp_python}",
        f"llama.cpp (ggml): {llama.ggml_version}{commit}",
        f"GPU offload: {'yes' if llama.gpu_offload else 'no'}",
        f"CPU features: {llama.cpu_features}",
        f"CPU variant: {llama.cpu_variant}",
        f"Backends: {', '.join(llama.backends) or 'none'}",
        *(device_line(device) for device in llama.devices),
        f"Vision tower on ggml: {llama.vision_ggml}",
    ]


def report_lines(info: BuildInfo) -> list[str]:
    """The report as readable lines, in the order support asks for them."""
    where = "bundle" if info.frozen else "source"
    lines = [
        f"{APP_NAME} {info.app_version}",
        f"Python: {info.python_version}, {info.python_executable}",
        f"Platform: {info.os} ({info.machine})",
        f"Frozen: {'yes' if info.frozen else 'no'}; runs from the {where} at {info.runs_from}",
    ]
    if info.llama is None:
        return [*lines, f"llama.cpp: not available: {info.llama_problem}"]
    return [*lines, *_llama_lines(info.llama)]
