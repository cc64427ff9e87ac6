"""The CPU variant of a portable llama.cpp build: found by file name, chosen by ggml's score.

The real variants are checked by packaging/smoke_test.py on the frozen bundle (natively and
under ``qemu-x86_64 -cpu Westmere``); here the choice itself, with fake libraries and scores.
"""

from __future__ import annotations

import ctypes.util
import subprocess
import sys
from pathlib import Path

import pytest

from skingpt_desktop.core.native import cpu_variants, ggml_devices
from skingpt_desktop.core.native.cpu_variants import (
    BUILT_IN,
    CpuBackend,
    CpuVariantError,
    choose_variant,
    load_cpu_backend,
    variant_files,
)

# Scores as ggml's x86 variants report them on an AVX-512 machine: 0 for what cannot run.
SCORES = {"x64": 1, "sse42": 5, "haswell": 41, "skylakex": 137, "sapphirerapids": 0}


def make_variants(folder: Path, names, platform: str = "linux") -> dict[str, Path]:
    pattern = "ggml-cpu-{}.dll" if platform == "win32" else "libggml-cpu-{}.so"
    for name in names:
        (folder / pattern.format(name)).write_bytes(b"not a library")
    return variant_files(folder, platform)


def fake_score(path: Path) -> int:
    name = path.name.split("ggml-cpu-", 1)[1].split(".")[0]
    return SCORES[name]


def test_variant_files_follow_ggml_names_per_platform(tmp_path):
    linux = make_variants(tmp_path, ["sse42", "haswell"])
    assert sorted(linux) == ["haswell", "sse42"]
    (tmp_path / "libggml-base.so").write_bytes(b"")  # not a variant
    (tmp_path / "libggml-cpu.so").write_bytes(b"")  # the built-in backend, not a variant
    windows = make_variants(tmp_path, ["sse42", "zen4"], platform="win32")
    assert sorted(windows) == ["sse42", "zen4"]
    assert sorted(variant_files(tmp_path, "linux")) == ["haswell", "sse42"]
    assert variant_files(tmp_path / "missing") == {}


def test_the_highest_score_wins_and_zero_never_runs(tmp_path):
    files = make_variants(tmp_path, SCORES)
    name, scores = choose_variant(files, score=fake_score)
    assert name == "skylakex"
    assert scores == SCORES


def test_a_processor_without_avx_gets_sse42(tmp_path):
    westmere = {"x64": 1, "sse42": 5, "sandybridge": 0, "haswell": 0, "skylakex": 0}
    files = make_variants(tmp_path, westmere)
    name, _ = choose_variant(files, score=lambda p: westmere[p.name[12:-3]])
    assert name == "sse42"


def test_no_runnable_variant_is_one_clear_error(tmp_path):
    files = make_variants(tmp_path, ["haswell", "skylakex"])
    with pytest.raises(CpuVariantError, match="none of this build's 2 CPU variants runs"):
        choose_variant(files, score=lambda _p: 0)


def test_a_forced_variant_must_exist_and_run_here(tmp_path):
    files = make_variants(tmp_path, SCORES)
    assert choose_variant(files, forced="sse42", score=fake_score)[0] == "sse42"
    with pytest.raises(CpuVariantError, match="names no CPU variant"):
        choose_variant(files, forced="zen9", score=fake_score)
    with pytest.raises(CpuVariantError, match="cannot run that CPU variant"):
        choose_variant(files, forced="sapphirerapids", score=fake_score)


def test_a_library_that_is_no_ggml_backend_is_refused(tmp_path):
    """A real shared library without ggml_backend_init (here: the C library) is named."""
    libc = Path(ctypes.util.find_library("c") or "libc.so.6")
    with pytest.raises(CpuVariantError, match="is not a ggml backend"):
        cpu_variants.register_variant(libc, lambda reg: None)


def test_a_library_that_does_not_load_scores_zero(tmp_path):
    broken = tmp_path / "libggml-cpu-haswell.so"
    broken.write_bytes(b"garbage, not ELF")
    assert cpu_variants.variant_score(broken) == 0


class FakeGgml:
    """ggml_backend_reg_by_name / ggml_backend_register, recording what was registered."""

    def __init__(self, has_cpu: bool) -> None:
        self.has_cpu, self.registered = has_cpu, []

    def functions(self):
        def reg_by_name(name):
            return 1234 if self.has_cpu and name == b"CPU" else None

        return {"ggml_backend_reg_by_name": reg_by_name,
                "ggml_backend_register": self.registered.append}


def test_a_build_with_its_cpu_backend_built_in_loads_nothing(tmp_path):
    ggml = FakeGgml(has_cpu=True)
    assert load_cpu_backend(tmp_path, ggml.functions()) == CpuBackend(BUILT_IN)
    assert ggml.registered == []


def test_the_best_variant_is_registered_by_path(tmp_path, monkeypatch):
    files = make_variants(tmp_path, SCORES)
    monkeypatch.setattr(cpu_variants, "_registered", None)
    monkeypatch.setattr(cpu_variants, "variant_score", fake_score)
    monkeypatch.delenv(cpu_variants.FORCE_ENV, raising=False)
    registered = []
    monkeypatch.setattr(cpu_variants, "register_variant",
                        lambda path, register: registered.append(path))
    ggml = FakeGgml(has_cpu=False)
    backend = load_cpu_backend(tmp_path, ggml.functions())
    assert backend.variant == "skylakex" and backend.path == files["skylakex"]
    assert registered == [files["skylakex"]]
    assert not backend.has_amx
    # Loaded once per process: asking again (ggml's CPU backend now exists) gives the same.
    assert load_cpu_backend(tmp_path, FakeGgml(has_cpu=True).functions()) == backend
    assert CpuBackend("sapphirerapids").has_amx  # models then load without extra buffers


def test_missing_or_unloadable_cpu_backend_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(cpu_variants, "_registered", None)
    with pytest.raises(CpuVariantError, match="CPU backend is missing"):
        load_cpu_backend(tmp_path, FakeGgml(has_cpu=False).functions())
    make_variants(tmp_path, ["sse42"])  # not a library: it cannot load
    monkeypatch.setattr(cpu_variants, "variant_score", lambda _p: 5)
    with pytest.raises(CpuVariantError, match="libggml-cpu-sse42.so did not load"):
        load_cpu_backend(tmp_path, FakeGgml(has_cpu=False).functions())


def test_this_build_reports_its_cpu_backend():
    """The installed llama.cpp loads, with its CPU backend built in or a variant chosen."""
    backend = ggml_devices.cpu_backend()
    assert backend.variant == BUILT_IN or backend.path.is_file()
    assert "CPU" in ggml_devices.backend_names()


def test_version_report_names_the_cpu_variant():
    result = subprocess.run([sys.executable, "main.py", "--version", "--verbose"],
                            capture_output=True, text=True, timeout=300,
                            cwd=Path(__file__).resolve().parents[1])
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("CPU variant: ")]
    assert lines == [f"CPU variant: {ggml_devices.cpu_backend().variant}"]
