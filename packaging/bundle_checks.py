"""What a frozen bundle must and must not contain, and snapshots to prove nothing is left behind.

Used by smoke_test.py (and so by build.py). Standard library only. The lists are data: a Qt
module that starts being used, or a new plugin the app needs, is one line here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Files (glob patterns below the bundle) whose absence breaks a user-visible feature.
REQUIRED_LINUX = {
    "display on X11 (xcb)": "**/platforms/libqxcb.so",
    "headless rendering (offscreen)": "**/platforms/libqoffscreen.so",
    "display on Wayland": "**/platforms/libqwayland*.so",
    "camera and video (Qt Multimedia)": "**/libQt6Multimedia.so*",
    "camera backend plugin": "**/multimedia/*.so",
    "libraries the camera plugin links (Qt Quick)": "**/libQt6Quick.so*",
    "Wayland windows (xdg-shell)": "**/wayland-shell-integration/libxdg-shell.so",
    "photo formats (JPEG)": "**/imageformats/libqjpeg.so",
    "printing (Qt Print Support)": "**/libQt6PrintSupport.so*",
    "SVG icons": "**/libQt6Svg.so*",
    "llama.cpp": "**/llama_cpp/lib/libllama.so",
    "ggml CPU backend": "**/llama_cpp/lib/libggml-cpu.so",
    "disclaimer text": "**/resources/disclaimer.md",
    "app icon": "**/resources/icons/skingpt-desktop.svg",
    "Latin font": "**/resources/fonts/DejaVuSans.ttf",
    "Arabic font": "**/resources/fonts/NotoSansArabic-Regular.ttf",
    "Chinese font": "**/resources/fonts/DroidSansFallbackFull.ttf",
    "Hindi (Devanagari) font": "**/resources/fonts/NotoSansDevanagari-Regular.ttf",
}
# Parts the app does not use: their presence means the spec's exclusions stopped working. (The
# Qml/Quick libraries are allowed, their Python modules are not: the camera plugin links them.)
FORBIDDEN = re.compile(r"(WebEngine|Qt(Qml|Quick\w*)\.(abi3|pyd)|Qt63D|Qt6Designer|VirtualKeyboard"
                       r"|Qt6Pdf|libqpdf|Qt6Charts|Qt6Sql|Qt6Test|libqgtk3|libqeglfs|libqvnc"
                       r"|hf_xet|_avif|torch|transformers)", re.IGNORECASE)
# x86 instructions beyond the portable baseline (AVX2/FMA/F16C): AVX-512 uses zmm registers
# and k mask registers. A llama.cpp built with -march=native on this machine would have them.
AVX512_OPERAND = re.compile(r"%zmm\d|%k[1-7]\b")


class BundleProblem(Exception):
    """The bundle is missing something a user needs, or holds something it must not."""


def check_bundle(bundle: Path) -> None:
    """Required parts present, unused Qt absent, llama.cpp portable and collected once."""
    if sys.platform.startswith("linux"):
        missing = [f"{what} ({pattern})" for what, pattern in REQUIRED_LINUX.items()
                   if not any(bundle.glob(pattern))]
        if missing:
            raise BundleProblem("bundle lacks: " + "; ".join(missing))
    unwanted = sorted({str(p.relative_to(bundle)) for p in bundle.rglob("*")
                       if FORBIDDEN.search(p.name)})
    if unwanted:
        raise BundleProblem(f"bundle holds unused parts: {unwanted[:8]}")
    _check_llama_once(bundle)
    _check_portable_cpu_code(bundle)
    print(f"  ok  bundle contents ({len(REQUIRED_LINUX)} required parts, no unused Qt modules)")


def _check_llama_once(bundle: Path) -> None:
    # One real file; libllama.so (opened by path) and the soname links may point at it.
    copies = sorted(str(p.relative_to(bundle)) for p in bundle.rglob("libllama.so*")
                    if p.is_file() and not p.is_symlink())
    if len(copies) > 1:
        raise BundleProblem(f"llama.cpp collected more than once: {copies}")


def _check_portable_cpu_code(bundle: Path) -> None:
    """Refuse AVX-512 in llama.cpp's CPU code (an illegal instruction on most laptops)."""
    objdump = shutil.which("objdump")
    libraries = [p for p in bundle.rglob("libggml*.so*") if p.is_file() and not p.is_symlink()]
    if not objdump or not libraries or not sys.platform.startswith("linux"):
        print("  --  CPU instruction check skipped (needs objdump and a Linux bundle)")
        return
    for library in libraries:
        listing = subprocess.run([objdump, "-d", "--no-show-raw-insn", str(library)],
                                 capture_output=True, text=True, check=True).stdout
        hits = len(AVX512_OPERAND.findall(listing))
        if hits:
            raise BundleProblem(f"{library.name} uses AVX-512 ({hits} operands): it was built "
                                "for this CPU only; rebuild llama.cpp with -DGGML_NATIVE=OFF")
    print(f"  ok  no AVX-512 in {len(libraries)} ggml libraries (portable x86-64-v3 baseline)")


def tree_snapshot(folder: Path) -> set[tuple[str, int, int]]:
    """Every file below ``folder`` with its size and modification time."""
    snapshot = set()
    for path in folder.rglob("*"):
        info = path.lstat()
        snapshot.add((str(path.relative_to(folder)), info.st_size, int(info.st_mtime)))
    return snapshot


def system_snapshot(roots: tuple[str, ...] = ("/opt", "/usr")) -> set[str]:
    """Every path under ``roots`` (to compare before an install and after its removal)."""
    paths = set()
    for root in roots:
        for folder, dirs, files in os.walk(root):
            paths.update(os.path.join(folder, name) for name in (*dirs, *files))
    return paths


def check_installed(package: str) -> None:
    """The .deb put the command, the menu entry and the icons where a desktop finds them."""
    expected = [Path("/usr/bin") / package, Path("/usr/share/applications") / f"{package}.desktop",
                Path("/usr/share/icons/hicolor/scalable/apps") / f"{package}.svg",
                Path("/usr/share/icons/hicolor/256x256/apps") / f"{package}.png",
                Path("/opt") / package / package]
    missing = [str(p) for p in expected if not p.exists()]
    if missing:
        raise BundleProblem(f"installed package lacks {missing}")
    print("  ok  command, menu entry and icons installed")
