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
    "ggml CPU backend for processors without AVX": "**/llama_cpp/lib/libggml-cpu-sse42.so",
    "ggml CPU backend for AVX2 processors": "**/llama_cpp/lib/libggml-cpu-haswell.so",
    "ggml CPU backend for AVX-512 processors": "**/llama_cpp/lib/libggml-cpu-skylakex.so",
    "disclaimer text": "**/resources/disclaimer.md",
    "app icon": "**/resources/icons/skingpt-desktop.svg",
    "Latin font": "**/resources/fonts/DejaVuSans.ttf",
    "Arabic font": "**/resources/fonts/NotoSansArabic-Regular.ttf",
    "Chinese font": "**/resources/fonts/DroidSansFallbackFull.ttf",
    "Hindi (Devanagari) font": "**/resources/fonts/NotoSansDevanagari-Regular.ttf",
}
# The same for the Windows bundle (built on Linux by windows_build.py, so checked there too).
REQUIRED_WINDOWS = {
    "display on Windows": "**/platforms/qwindows.dll",
    "headless rendering (offscreen)": "**/platforms/qoffscreen.dll",
    "camera and video (Qt Multimedia)": "**/Qt6Multimedia.dll",
    "photo formats (JPEG)": "**/imageformats/qjpeg.dll",
    "printing (Qt Print Support)": "**/Qt6PrintSupport.dll",
    "SVG icons": "**/Qt6Svg.dll",
    "llama.cpp": "**/llama_cpp/lib/libllama.dll",
    "multimodal packs (libmtmd)": "**/llama_cpp/lib/libmtmd.dll",
    "ggml CPU backend for processors without AVX": "**/llama_cpp/lib/ggml-cpu-sse42.dll",
    "ggml CPU backend for AVX2 processors": "**/llama_cpp/lib/ggml-cpu-haswell.dll",
    "ggml CPU backend for AVX-512 processors": "**/llama_cpp/lib/ggml-cpu-skylakex.dll",
    "MinGW C++ runtime of llama.cpp": "**/llama_cpp/lib/libstdc++-6.dll",
    "disclaimer text": "**/resources/disclaimer.md",
    "Latin font": "**/resources/fonts/DejaVuSans.ttf",
    "Arabic font": "**/resources/fonts/NotoSansArabic-Regular.ttf",
    "Chinese font": "**/resources/fonts/DroidSansFallbackFull.ttf",
    "Hindi (Devanagari) font": "**/resources/fonts/NotoSansDevanagari-Regular.ttf",
    "command-line launcher": "skingpt-desktop-cli.exe",
}
# Parts the app does not use: their presence means the spec's exclusions stopped working. (The
# Qml/Quick libraries are allowed, their Python modules are not: the camera plugin links them.)
FORBIDDEN = re.compile(r"(WebEngine|Qt(Qml|Quick\w*)\.(abi3|pyd)|Qt63D|Qt6Designer|VirtualKeyboard"
                       r"|Qt6Pdf|libqpdf|Qt6Charts|Qt6Sql|Qt6Test|libqgtk3|libqeglfs|libqvnc"
                       r"|hf_xet|_avif|torch|transformers)", re.IGNORECASE)
# Libraries every x86-64 processor must run: ggml's core, llama.cpp, libmtmd and the CPU
# variants for processors without AVX. AVX (ymm registers) or AVX-512 (zmm, k mask registers)
# in them is an illegal instruction on a Celeron or Pentium Silver; a llama.cpp built with
# -march=native has them. The other CPU variants use them by design (ggml picks the variant).
BASELINE_LIBRARY = re.compile(r"^lib(ggml|ggml-base|llama|mtmd|ggml-cpu-x64|ggml-cpu-sse42)\.so")
AVX_OPERAND = re.compile(r"%[yz]mm\d|%k[1-7]\b")


class BundleProblem(Exception):
    """The bundle is missing something a user needs, or holds something it must not."""


def check_bundle(bundle: Path, windows: bool = False) -> None:
    """Required parts present, unused Qt absent, llama.cpp portable and collected once.

    ``windows``: the bundle is the Windows one (checked on Linux, where it was built).
    """
    required = REQUIRED_WINDOWS if windows else \
        REQUIRED_LINUX if sys.platform.startswith("linux") else {}
    missing = [f"{what} ({pattern})" for what, pattern in required.items()
               if not any(bundle.glob(pattern))]
    if missing:
        raise BundleProblem("bundle lacks: " + "; ".join(missing))
    unwanted = sorted({str(p.relative_to(bundle)) for p in bundle.rglob("*")
                       if FORBIDDEN.search(p.name)})
    if unwanted:
        raise BundleProblem(f"bundle holds unused parts: {unwanted[:8]}")
    _check_llama_once(bundle)
    if not windows:
        _check_portable_cpu_code(bundle)
    print(f"  ok  bundle contents ({len(required)} required parts, no unused Qt modules)")


def _check_llama_once(bundle: Path) -> None:
    # One real file; libllama.so (opened by path) and the soname links may point at it.
    copies = sorted(str(p.relative_to(bundle)) for p in bundle.rglob("libllama.*")
                    if p.is_file() and not p.is_symlink())
    if len(copies) > 1:
        raise BundleProblem(f"llama.cpp collected more than once: {copies}")


def _check_portable_cpu_code(bundle: Path) -> None:
    """Refuse AVX in the libraries every processor runs (see BASELINE_LIBRARY)."""
    if not sys.platform.startswith("linux"):
        return
    objdump = shutil.which("objdump")
    if not objdump:
        raise BundleProblem("objdump is needed to check the bundle's CPU code: apt-get install "
                            "binutils")
    libraries = [p for p in bundle.rglob("lib*.so*") if BASELINE_LIBRARY.match(p.name)
                 and p.is_file() and not p.is_symlink()]
    if len(libraries) < 5:
        raise BundleProblem(f"expected llama.cpp's baseline libraries, found {libraries}")
    for library in libraries:
        listing = subprocess.run([objdump, "-d", "--no-show-raw-insn", str(library)],
                                 capture_output=True, text=True, check=True).stdout
        hits = len(AVX_OPERAND.findall(listing))
        if hits:
            raise BundleProblem(f"{library.name} uses AVX ({hits} operands): a processor "
                                "without AVX cannot run it; build llama.cpp with -DGGML_NATIVE=OFF")
    print(f"  ok  no AVX in the {len(libraries)} llama.cpp libraries every processor runs")


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
