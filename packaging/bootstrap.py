#!/usr/bin/env python3
"""Set up a development environment and run the app or the test suite.

    python3 packaging/bootstrap.py app [APP ARGS...]     # set up, then open the desktop app
    python3 packaging/bootstrap.py test [PYTEST ARGS...] # set up, then run every test

Setting up means: the system packages the app and the tests need (Debian/Ubuntu:
``packaging/install-system-deps.sh`` installs them as root; otherwise it names the missing ones
in one line and setup stops), a virtual environment in ``.venv`` and ``pip install -e .[test]`` (the first
time this compiles llama-cpp-python, about 5 minutes on 2 cores; pip's cache makes later builds
fast). It is skipped while pyproject.toml is unchanged since the last successful install.
Uses only the standard library, so it runs on a bare Python 3.10+.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path
from typing import NoReturn

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
STAMP = VENV / ".skingpt-installed"
MIN_PYTHON = (3, 10)
SYSTEM_DEPS = ROOT / "packaging" / "install-system-deps.sh"
MISSING_NOT_ROOT = 3  # install-system-deps.sh --require: packages missing, cannot install them


def venv_python(venv_dir: Path = VENV) -> Path:
    """The virtual environment's interpreter on this platform."""
    if os.name == "nt":
        return venv_dir / "Scripts" / "python.exe"
    return venv_dir / "bin" / "python"


def fail(message: str) -> NoReturn:
    """Print a setup problem with what to do about it, and stop."""
    print(f"setup: {message}", file=sys.stderr)
    raise SystemExit(2)


def ensure_system_packages(script: Path = SYSTEM_DEPS) -> None:
    """Install (as root) or require the Debian/Ubuntu packages the app and the tests need.

    Elsewhere (no dpkg: Windows, macOS, other Linux distributions) there is nothing to check.
    When packages are missing and cannot be installed, the script has named them in one line;
    setup stops there instead of failing later with a less clear error.
    """
    if os.name == "nt" or shutil.which("dpkg") is None or shutil.which("bash") is None:
        return
    code = subprocess.call(["bash", str(script), "--require"], cwd=ROOT)
    if code == MISSING_NOT_ROOT:
        raise SystemExit(2)
    if code != 0:
        fail(f"installing the system packages failed (see above); run: sudo bash {script}")


def download_sdist(python: str, requirement: str, into: Path, pattern: str) -> Path:
    """Download (or take from pip's cache) the source archive of ``requirement`` into
    ``into``; returns the newest file matching ``pattern`` (PyPI only, no wheels)."""
    command = [python, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
               "--dest", str(into), requirement]
    if subprocess.call(command) != 0:
        fail(f"could not fetch the source of {requirement} (see above)")
    found = sorted(into.glob(pattern))
    if not found:
        fail(f"pip download left no source archive for {requirement}")
    return found[-1]


def ensure_venv(venv_dir: Path = VENV) -> None:
    """Create ``venv_dir`` with pip, explaining the Debian/Ubuntu package if venv is missing."""
    if venv_python(venv_dir).exists():
        return
    print(f"setup: creating the virtual environment in {venv_dir.relative_to(ROOT)}", flush=True)
    try:
        venv.EnvBuilder(with_pip=True).create(venv_dir)
    except (OSError, subprocess.CalledProcessError) as exc:
        fail(f"could not create .venv ({exc}). On Debian/Ubuntu install the venv module: "
             f"sudo apt-get install python3-venv")


def requirements_fingerprint(*extra: str) -> str:
    """Changes whenever the declared dependencies (or any ``extra`` input) change."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    for item in extra:
        digest.update(item.encode())
    return digest.hexdigest()


def ensure_installed(venv_dir: Path = VENV, extras: str = "test",
                     first: tuple[str, ...] = ()) -> None:
    """``pip install -e .[extras]`` unless the same pyproject.toml is already installed.

    ``first`` are requirements or wheel files installed before the project, so that pip keeps
    them (the packaging build installs its portable llama-cpp-python wheel this way).
    """
    stamp = venv_dir / STAMP.name
    fingerprint = requirements_fingerprint(extras, *first)
    if stamp.exists() and stamp.read_text().strip() == fingerprint:
        return
    python = str(venv_python(venv_dir))
    print("setup: installing SkinGPT Desktop and its dependencies (the first time compiles "
          "llama.cpp, about 5 minutes)", flush=True)
    pip = [python, "-m", "pip", "install", "--quiet"]
    steps = [[*pip, "--upgrade", "pip", "setuptools", "wheel"]]
    if first:
        steps.append([*pip, *first])
    steps.append([*pip, "-e", f"{ROOT}[{extras}]"])
    for step in steps:
        if subprocess.call(step, cwd=ROOT) != 0:
            fail("pip install failed (see above). llama-cpp-python needs a C/C++ compiler and "
                 "CMake: sudo apt-get install build-essential cmake")
    stamp.write_text(fingerprint)


def run(command: list[str], extra_env: dict[str, str] | None = None) -> int:
    """Run ``command`` with the venv's interpreter from the repository root."""
    env = {**os.environ, **(extra_env or {})}
    return subprocess.call([str(venv_python()), *command], cwd=ROOT, env=env)


def main(argv: list[str]) -> int:
    """Entry point: ``app`` or ``test`` followed by arguments passed through."""
    if sys.version_info < MIN_PYTHON:
        fail(f"Python {'.'.join(map(str, MIN_PYTHON))} or newer is needed, this is "
             f"{sys.version.split()[0]}")
    if not argv or argv[0] not in ("app", "test"):
        print(__doc__)
        return 2
    ensure_system_packages()
    ensure_venv()
    ensure_installed()
    if argv[0] == "app":
        return run(["main.py", *argv[1:]])
    return run(["-m", "pytest", *argv[1:]], {"QT_QPA_PLATFORM": "offscreen"})


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
