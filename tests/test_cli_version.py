"""`main.py --version` as a user and phone support run it: the exact one-line version, the
verbose build report (also as JSON), and usage errors for options that need --version."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from skingpt_desktop import __version__
from skingpt_desktop.cli import main
from skingpt_desktop.core.native import ggml_devices

ROOT = Path(__file__).resolve().parents[1]


def run_main(*args: str) -> subprocess.CompletedProcess:
    """Run ``python main.py ARGS`` exactly as a user would."""
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_version_prints_exactly_the_name_and_version() -> None:
    result = run_main("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"SkinGPT Desktop {__version__}\n"
    assert result.stderr == ""


def test_plain_version_does_not_load_llama_cpp() -> None:
    code = ("import sys\nfrom skingpt_desktop.cli import main\ncode = main(['--version'])\n"
            "print('llama_cpp' in sys.modules, code)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.stdout.splitlines()[-1] == "False 0", result.stderr


def test_verbose_version_reports_llama_cpp_and_devices() -> None:
    import llama_cpp

    result = run_main("--version", "--verbose")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"SkinGPT Desktop {__version__}"
    assert f"llama-cpp-python: {llama_cpp.__version__}" in lines
    assert any(line.startswith("llama.cpp (ggml): ") for line in lines)
    assert any(line in ("GPU offload: yes", "GPU offload: no") for line in lines)
    assert any(line.startswith("Device ") and "(CPU)" in line for line in lines), result.stdout


def test_verbose_version_as_json() -> None:
    result = run_main("--version", "--verbose", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["app_version"] == __version__
    assert [d["type"] for d in report["llama"]["devices"]].count("CPU") >= 1


def test_verbose_without_version_is_a_usage_error() -> None:
    result = run_main("--verbose")
    assert result.returncode == 2
    assert "--verbose goes with --version" in result.stderr and "usage:" in result.stderr
    assert result.stdout == ""


def test_json_without_verbose_version_is_a_usage_error() -> None:
    for args in (("--version", "--json"), ("--json",)):
        result = run_main(*args)
        assert result.returncode == 2 and "--json" in result.stderr, args


def test_verbose_version_explains_an_unloadable_llama_cpp(monkeypatch, capsys) -> None:
    ggml_devices.load_backends.cache_clear()
    monkeypatch.setitem(sys.modules, "llama_cpp", None)
    try:
        assert main(["--version", "--verbose"]) == 0
    finally:
        ggml_devices.load_backends.cache_clear()
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"SkinGPT Desktop {__version__}"
    assert out[-1].startswith("llama.cpp: not available: llama.cpp cannot be loaded")
