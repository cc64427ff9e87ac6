"""Setting up a fresh machine: bootstrap.py runs install-system-deps.sh, which installs as root
and otherwise names what is missing in one line, and bootstrap stops there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "packaging" / "install-system-deps.sh"
sys.path.insert(0, str(ROOT / "packaging"))

import bootstrap  # noqa: E402 - from packaging/, put on sys.path just above


def fake_system(tmp_path: Path, installed: bool) -> dict[str, str]:
    """An environment whose PATH answers ``id -u`` with a normal user and whose dpkg reports
    every package as installed or as missing."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, body in {"id": "echo 1000", "dpkg": f"exit {0 if installed else 1}"}.items():
        tool = bin_dir / name
        tool.write_text(f"#!/bin/sh\n{body}\n")
        tool.chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}


def run_script(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(SCRIPT), *args], env=env, capture_output=True, text=True,
                          timeout=60)


def test_not_root_names_the_missing_packages_in_one_line_and_require_stops(tmp_path) -> None:
    env = fake_system(tmp_path, installed=False)
    required = run_script(env, "--require")
    assert required.returncode == bootstrap.MISSING_NOT_ROOT
    lines = required.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    for package in ("poppler-utils", "fonts-droid-fallback", "fonts-noto-core", "libglib2.0-0"):
        assert package in lines[0]
    assert "wine64" not in lines[0]
    assert "wine64" in run_script(env, "--installers", "--require").stderr
    plain = run_script(env)  # without --require (CI, the workflows): report and carry on
    assert plain.returncode == 0 and plain.stderr == required.stderr


def test_everything_present_is_silent(tmp_path) -> None:
    result = run_script(fake_system(tmp_path, installed=True), "--require", "--installers")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_unknown_option_is_refused(tmp_path) -> None:
    result = run_script(fake_system(tmp_path, installed=True), "--instalers")
    assert result.returncode == 2 and "usage" in result.stderr


def test_bootstrap_runs_the_script_before_the_venv_and_stops_when_packages_miss(
        monkeypatch) -> None:
    calls: list[list[str]] = []
    monkeypatch.setattr(bootstrap.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(bootstrap.subprocess, "call",
                        lambda cmd, **_kw: calls.append(cmd) or bootstrap.MISSING_NOT_ROOT)
    monkeypatch.setattr(bootstrap, "ensure_venv", lambda: pytest.fail("venv before packages"))
    with pytest.raises(SystemExit) as stopped:
        bootstrap.main(["test"])
    assert stopped.value.code == 2
    assert calls == [["bash", str(SCRIPT), "--require"]]


def test_bootstrap_goes_on_when_the_script_succeeds(monkeypatch) -> None:
    steps: list[str] = []
    monkeypatch.setattr(bootstrap.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(bootstrap.subprocess, "call", lambda cmd, **_kw: steps.append(cmd[0]) or 0)
    monkeypatch.setattr(bootstrap, "ensure_venv", lambda: steps.append("venv"))
    monkeypatch.setattr(bootstrap, "ensure_installed", lambda: steps.append("install"))
    monkeypatch.setattr(bootstrap, "run", lambda cmd, env=None: steps.append(cmd[0]) or 0)
    assert bootstrap.main(["test", "-q"]) == 0
    assert steps == ["bash", "venv", "install", "-m"]


def test_a_missing_pdf_tool_fails_the_test_instead_of_skipping(monkeypatch) -> None:
    import pdf_tools

    monkeypatch.setattr(pdf_tools.shutil, "which", lambda _name: None)
    with pytest.raises(pytest.fail.Exception, match="pdffonts is not installed.*poppler-utils"):
        pdf_tools.run_tool("pdffonts", "x.pdf")


def test_only_pdf_tools_looks_for_poppler() -> None:
    """Every test that reads a PDF goes through pdf_tools, so none can skip or weaken its
    check when pdftotext or pdffonts is missing."""
    offenders = [path.name for path in (ROOT / "tests").glob("*.py")
                 if path.name not in ("pdf_tools.py", Path(__file__).name)
                 and any(f'"{tool}"' in line and ("which" in line or "skip" in line)
                         for line in path.read_text(encoding="utf-8").splitlines()
                         for tool in ("pdftotext", "pdffonts"))]
    assert offenders == []
