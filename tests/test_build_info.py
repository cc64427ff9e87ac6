"""The build report (what runs where) and the shared ggml device list behind the fit check:
real content on this build, one line instead of an exception when llama.cpp cannot load."""

from __future__ import annotations

import json
import sys

import pytest

from skingpt_desktop import __version__
from skingpt_desktop.core import build_info
from skingpt_desktop.core.native import ggml_devices
from skingpt_desktop.core.native.ggml_devices import GgmlDevice, GgmlUnavailable
from skingpt_desktop.core.packs import machine

# The cached functions themselves: a test may monkeypatch the module attributes away.
CACHED = (ggml_devices.load_backends, machine.gpu_memory_bytes)


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Each test loads ggml (or fails to) itself; later tests get a clean cache back."""
    for function in CACHED:
        function.cache_clear()
    yield
    for function in CACHED:
        function.cache_clear()


def test_report_names_the_llama_cpp_build_and_a_cpu_device() -> None:
    import llama_cpp

    info = build_info.gather()
    assert info.llama is not None, info.llama_problem
    assert info.app_version == __version__ and not info.frozen
    assert info.llama.llama_cpp_python == llama_cpp.__version__
    assert info.llama.ggml_version != ""  # "unknown" only on a ggml without ggml_version
    assert "CPU" in info.llama.backends
    cpu = [d for d in info.llama.devices if d.type == "CPU"]
    assert cpu and cpu[0].memory_total > 0 and not cpu[0].is_gpu
    lines = build_info.report_lines(info)
    assert lines[0] == f"SkinGPT Desktop {__version__}"
    assert f"llama-cpp-python: {llama_cpp.__version__}" in lines
    assert any(line.startswith("CPU features: ") and "=" in line for line in lines)
    assert any(line.startswith("Device ") and "(CPU)" in line and "iB free of" in line
               for line in lines)
    assert "Vision tower on ggml: self-check passed" in lines


def test_report_turns_into_json() -> None:
    data = json.loads(json.dumps(build_info.as_dict(build_info.gather())))
    assert data["app_version"] == __version__
    assert any(device["type"] == "CPU" for device in data["llama"]["devices"])


def test_unloadable_llama_cpp_is_one_line_not_an_exception(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # import llama_cpp now raises
    info = build_info.gather()
    assert info.llama is None
    # ModuleNotFoundError, as for a llama-cpp-python that is not installed at all
    assert info.llama_problem.startswith("llama.cpp cannot be loaded (ModuleNotFoundError: ")
    assert "\n" not in info.llama_problem
    lines = build_info.report_lines(info)
    assert lines[-1] == f"llama.cpp: not available: {info.llama_problem}"
    assert lines[0] == f"SkinGPT Desktop {__version__}"  # the rest of the report still there
    assert json.loads(json.dumps(build_info.as_dict(info)))["llama"] is None


def test_unloadable_ggml_library_gives_no_gpu_and_a_reason(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(ggml_devices, "library_folder", lambda: tmp_path)  # holds no library
    with pytest.raises(GgmlUnavailable, match="cannot be loaded from"):
        ggml_devices.devices()
    assert machine.gpu_memory_bytes() == 0
    assert "no ggml library" in build_info.gather().llama_problem


def test_ggml_without_version_functions_says_unknown(monkeypatch) -> None:
    monkeypatch.setattr(ggml_devices, "ggml_functions",
                        lambda: {"ggml_version": None, "ggml_commit": None})
    assert ggml_devices.ggml_build() == ("unknown", "unknown")


def test_gpu_memory_adds_the_gpus_of_the_shared_device_list(monkeypatch) -> None:
    found = [GgmlDevice("CPU", "AMD EPYC", "CPU", 30 << 30, 32 << 30),
             GgmlDevice("CUDA0", "NVIDIA RTX 4090", "GPU", 20 << 30, 24 << 30),
             GgmlDevice("Vulkan1", "Intel Iris Xe", "integrated GPU", 1 << 30, 2 << 30),
             GgmlDevice("BLAS", "OpenBLAS", "accelerator", 0, 0)]
    monkeypatch.setattr(ggml_devices, "devices", lambda: found)
    assert machine.gpu_memory_bytes() == (24 << 30) + (2 << 30)


def test_device_lines_show_type_and_memory_in_binary_units() -> None:
    gpu = GgmlDevice("CUDA0", "NVIDIA RTX 4090", "GPU", 20 << 30, 24 << 30)
    assert build_info.device_line(gpu) == \
        "Device CUDA0 (GPU): NVIDIA RTX 4090; memory 20.0 GiB free of 24.0 GiB"
    small = GgmlDevice("Metal", "Apple M1", "integrated GPU", 300 << 20, 512 << 20)
    assert build_info.device_line(small).endswith("memory 300 MiB free of 512 MiB")
    blas = GgmlDevice("BLAS", "OpenBLAS", "accelerator", 0, 0)
    assert build_info.device_line(blas).endswith("(accelerator): OpenBLAS; memory not reported")
    assert ggml_devices.DEVICE_TYPES[3] == "accelerator" and ggml_devices.DEVICE_TYPES[2] == \
        "integrated GPU"


def test_frozen_bundle_reports_its_folder(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    info = build_info.gather()
    assert info.frozen and info.runs_from == str(tmp_path)
    assert f"Frozen: yes; runs from the bundle at {tmp_path}" in build_info.report_lines(info)
