"""The Debian package around the frozen bundle, built with dpkg-deb (standard library only).

Layout: the bundle in /opt/skingpt-desktop, the ``skingpt-desktop`` command in /usr/bin (a link
to its launcher), a menu entry and the icons in /usr/share. ``Depends`` is the list in
linux/deb-depends.txt, checked at build time: every shared library the bundle loads from the
system (ldd on each of its ELF files) must come from a declared package, each declared name must
be a real Debian package, and libc6's minimum version is the newest GLIBC symbol version used.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

PACKAGE = "skingpt-desktop"
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEPENDS_FILE = HERE / "linux" / "deb-depends.txt"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ELF_MAGIC = b"\x7fELF"
# Runtime packages a GPU build of llama.cpp adds to the Depends list (the CUDA runtime comes
# from NVIDIA's driver packages, which are not in Debian's main section: named, not checked).
GPU_DEPENDS = {"cpu": [], "vulkan": ["libvulkan1"], "cuda": []}
GLIBC_SYMBOL = re.compile(rb"GLIBC_(\d+)\.(\d+)")
DESCRIPTION = """\
Offline, privacy-first dermatology assistant
 Import or take a photo of the skin and talk about it with a vision-language
 model (SkinGPT-4) that runs entirely on this computer: no account, no cloud,
 no network needed. Conversations and photos are stored encrypted.
 .
 Research-grade information, never a diagnosis. Model packs are installed
 separately (from a folder or USB drive)."""


class DebProblem(Exception):
    """The package cannot be built correctly; the message says what to change."""


def declared_depends() -> list[str]:
    """Package names from deb-depends.txt (one a line, ``#`` comments)."""
    lines = DEPENDS_FILE.read_text(encoding="utf-8").splitlines()
    return [line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()]


def elf_files(folder: Path) -> list[Path]:
    """Regular ELF files below ``folder`` (libraries, plugins, the launcher)."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == ELF_MAGIC:
                    found.append(path)
    return found


def system_libraries(bundle: Path, elves: list[Path]) -> dict[str, str]:
    """Shared libraries the bundle resolves from the system: soname -> path (via ldd)."""
    inside = {p.name for p in elves} | {p.name for p in bundle.rglob("*.so*")}
    env = {**os.environ, "LD_LIBRARY_PATH": ":".join(sorted({str(p.parent) for p in elves}))}
    found: dict[str, str] = {}
    for elf in elves:
        result = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            match = re.match(r"\s*(\S+) => (/\S+)", line)
            if match and match.group(1) not in inside and not match.group(2).startswith(
                    str(bundle)):
                found[match.group(1)] = match.group(2)
            elif "=> not found" in line:
                raise DebProblem(f"{elf.relative_to(bundle)} needs {line.split()[0]}, which "
                                 "neither the bundle nor this system has")
    return found


def owning_package(path: str) -> str:
    """The Debian package that installed ``path`` (following /lib -> /usr/lib)."""
    for candidate in (path, os.path.realpath(path), path.replace("/usr/lib/", "/lib/", 1),
                      path.replace("/lib/", "/usr/lib/", 1)):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":")[0].strip()
    raise DebProblem(f"{path} belongs to no Debian package; bundle it or install it from one")


def glibc_floor(elves: list[Path]) -> tuple[int, int]:
    """The newest GLIBC_x.y symbol version any ELF file of the bundle needs."""
    newest = (2, 17)
    for elf in elves:
        for major, minor in GLIBC_SYMBOL.findall(elf.read_bytes()):
            newest = max(newest, (int(major), int(minor)))
    return newest


def checked_depends(bundle: Path, backend: str = "cpu") -> tuple[str, tuple[int, int]]:
    """The Depends field, after proving it covers every system library the bundle loads."""
    declared = declared_depends() + GPU_DEPENDS[backend]
    unknown = [name for name in declared
               if subprocess.run(["apt-cache", "show", name], capture_output=True).returncode
               and subprocess.run(["dpkg", "-s", name], capture_output=True).returncode]
    if unknown:
        raise DebProblem(f"deb-depends.txt names packages Debian does not have: {unknown}")
    elves = elf_files(bundle)
    needed = {soname: owning_package(path) for soname, path in
              system_libraries(bundle, elves).items()}
    uncovered = {s: pkg for s, pkg in needed.items() if pkg.split(":")[0] not in declared}
    if uncovered:
        raise DebProblem("the bundle loads system libraries from packages not in "
                         f"deb-depends.txt: {uncovered}")
    unused = sorted(set(declared) - {pkg.split(":")[0] for pkg in needed.values()} - {"libc6"})
    if unused:
        print(f"build: note: deb-depends.txt declares packages no bundled library links: "
              f"{unused} (loaded at run time by Qt, or no longer needed)", flush=True)
    floor = glibc_floor(elves)
    fields = [f"libc6 (>= {floor[0]}.{floor[1]})" if n == "libc6" else n for n in declared]
    return ", ".join(fields), floor


def _install_tree(bundle: Path, staging: Path) -> None:
    """opt/ (the bundle), usr/bin link, menu entry and icons, all root-owned and world-readable."""
    opt = staging / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)
    usr_bin = staging / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    (usr_bin / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    share = staging / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(HERE / "linux" / f"{PACKAGE}.desktop", share / "applications")
    icons = ROOT / "resources" / "icons"
    hicolor = share / "icons" / "hicolor"
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(icons / f"{PACKAGE}.svg", hicolor / "scalable" / "apps" / f"{PACKAGE}.svg")
    for size in ICON_SIZES:
        target = hicolor / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy(icons / f"{PACKAGE}-{size}.png", target / f"{PACKAGE}.png")
    for path in staging.rglob("*"):
        if not path.is_symlink():
            executable = path.is_dir() or path.stat().st_mode & stat.S_IXUSR
            path.chmod(0o755 if executable else 0o644)


def build_deb(bundle: Path, dist: Path, version: str, backend: str = "cpu") -> Path:
    """``dist/skingpt-desktop_VERSION_amd64.deb`` (``VERSION+BACKEND`` for GPU builds)."""
    if not shutil.which("dpkg-deb"):
        raise SystemExit("build: dpkg-deb is needed for the .deb (Debian/Ubuntu: dpkg)")
    try:
        depends, floor = checked_depends(bundle, backend)
    except DebProblem as exc:
        raise SystemExit(f"build: {exc}") from exc
    print(f"build: .deb needs glibc {floor[0]}.{floor[1]} or newer; Depends: {depends}",
          flush=True)
    full_version = version if backend == "cpu" else f"{version}+{backend}"
    staging = ROOT / "build" / "deb-root"
    shutil.rmtree(staging, ignore_errors=True)
    _install_tree(bundle, staging)
    installed_kib = sum(p.lstat().st_size for p in staging.rglob("*")) // 1024
    control = staging / "DEBIAN" / "control"
    control.parent.mkdir(mode=0o755)
    control.write_text(
        f"Package: {PACKAGE}\nVersion: {full_version}\nArchitecture: amd64\n"
        f"Maintainer: SkinGPT Desktop developers <packaging@skingpt-desktop.invalid>\n"
        f"Installed-Size: {installed_kib}\nDepends: {depends}\nSection: science\n"
        f"Priority: optional\nDescription: {DESCRIPTION}\n", encoding="utf-8")
    out = dist / f"{PACKAGE}_{full_version}_amd64.deb"
    print(f"build: packing {out.name} (xz)", flush=True)
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(staging), str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(staging, ignore_errors=True)
    return out
