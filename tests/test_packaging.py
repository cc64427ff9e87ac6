"""The installer's building blocks that can be checked without freezing the app.

The frozen bundle and the .deb themselves are tested by packaging/smoke_test.py, which .ci/run
runs after this suite (building a bundle takes minutes).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from skingpt_desktop.core.native.mtmd_api import PINNED_LLAMA_CPP_PYTHON

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import build  # noqa: E402 - from packaging/, put on sys.path just above
import bundle_checks  # noqa: E402 - as build
import deb  # noqa: E402 - as build
import png_check  # noqa: E402 - as build


def test_every_backend_builds_portable_llama_cpp() -> None:
    # -march=native would bake this machine's AVX-512 into the bundle
    for backend, cmake_args in build.GPU_CMAKE_ARGS.items():
        assert "-DGGML_NATIVE=OFF" in cmake_args.split(), backend
    assert "-DGGML_CUDA=on" in build.GPU_CMAKE_ARGS["cuda"]
    assert "-DGGML_VULKAN=on" in build.GPU_CMAKE_ARGS["vulkan"]


def test_build_reads_version_and_llama_requirement_from_the_project() -> None:
    from skingpt_desktop import __version__

    assert build.app_version() == __version__
    # pinned: libmtmd's C interface is checked against that release (core/native/mtmd_api.py)
    assert build.llama_requirement() == f"llama-cpp-python=={PINNED_LLAMA_CPP_PYTHON}"


def test_avx_check_tells_avx_code_from_code_every_processor_runs() -> None:
    avx512 = "vpaddd %zmm1,%zmm2,%zmm3\n kmovw %k1,%eax"
    avx2 = "vfmadd231ps %ymm1,%ymm2,%ymm3"
    sse = "movups (%rax),%xmm0\n addps %xmm1,%xmm0"
    assert len(bundle_checks.AVX_OPERAND.findall(avx512)) == 4  # 3 zmm + 1 mask
    assert len(bundle_checks.AVX_OPERAND.findall(avx2)) == 3
    assert not bundle_checks.AVX_OPERAND.findall(sse)


def test_unused_qt_modules_are_recognised() -> None:
    for name in ("libQt6WebEngineCore.so.6", "QtQml.abi3.so", "QtQuickWidgets.abi3.so",
                 "libQt63DCore.so.6", "libQt6Designer.so.6", "libqpdf.so", "libqgtk3.so"):
        assert bundle_checks.FORBIDDEN.search(name), name
    # the camera plugin links the Qml/Quick libraries: they must stay
    for name in ("libQt6Widgets.so.6", "libQt6Multimedia.so.6", "libqxcb.so", "libllama.so",
                 "libQt6Quick.so.6", "libQt6Qml.so.6"):
        assert not bundle_checks.FORBIDDEN.search(name), name


def test_deb_depends_are_declared_and_include_glibc() -> None:
    names = deb.declared_depends()
    assert "libc6" in names
    assert all(name and " " not in name for name in names)


def test_glibc_floor_is_the_newest_symbol_version(tmp_path: Path) -> None:
    elf = tmp_path / "libfake.so"
    elf.write_bytes(b"\x7fELF....GLIBC_2.17\x00GLIBC_2.34\x00GLIBC_2.4\x00")
    assert deb.elf_files(tmp_path) == [elf]
    assert deb.glibc_floor([elf]) == (2, 34)


def test_smoke_photo_round_trips_and_passes_the_apps_decoder(tmp_path: Path) -> None:
    from skingpt_desktop.core.vision.preprocess import load_photo

    photo = png_check.write_test_photo(tmp_path / "photo.png")
    stats = png_check.image_stats(photo)
    assert (stats.width, stats.height) == (320, 240)
    assert stats.colours > 16 and stats.busy_fraction > 0.1
    assert load_photo(photo) is not None  # the app accepts what the smoke test feeds it


def test_blank_screenshot_is_recognised(tmp_path: Path) -> None:
    from PIL import Image

    blank, busy = tmp_path / "blank.png", tmp_path / "busy.png"
    Image.new("RGBA", (200, 100), (240, 240, 240, 255)).save(blank)
    image = Image.new("RGB", (200, 100), (240, 240, 240))
    for x in range(0, 200, 3):  # text-like strokes in several colours
        for y in range(20, 80):
            image.putpixel((x, y), (x % 256, (y * 5) % 256, 90))
    image.save(busy)
    assert png_check.image_stats(blank).colours == 1
    assert png_check.image_stats(blank).busy_fraction == 0
    assert png_check.image_stats(busy).colours > 16


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_make_tiny_pack_writes_a_pack_the_app_opens(tmp_path: Path) -> None:
    from skingpt_desktop.core.packs.pack import ModelPack

    result = _cli("make-tiny-pack", str(tmp_path / "pack"))
    assert result.returncode == 0, result.stderr
    assert ModelPack.open(tmp_path / "pack").manifest.name == "tiny-random"


@pytest.mark.parametrize("setup", ["non-empty", "unwritable"])
def test_make_tiny_pack_refuses_with_one_line(tmp_path: Path, setup: str) -> None:
    target = tmp_path / "pack"
    if setup == "non-empty":
        target.mkdir()
        (target / "notes.txt").write_text("keep me")
    else:
        target = Path("/proc/no-such-place/pack")
    result = _cli("make-tiny-pack", str(target))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("error: ")
    if setup == "non-empty":
        assert (target / "notes.txt").read_text() == "keep me"


def test_gpu_build_without_its_toolchain_names_the_install_command(monkeypatch, capsys) -> None:
    monkeypatch.setattr(build.shutil, "which", lambda program: None)
    with pytest.raises(SystemExit):
        build.check_gpu_toolchain("vulkan")
    assert "apt-get install libvulkan-dev glslc spirv-headers" in capsys.readouterr().err
    build.check_gpu_toolchain("cpu")  # the CPU build needs nothing beyond the compiler


def test_vulkan_build_refuses_headers_too_old_for_ggml(monkeypatch, tmp_path, capsys) -> None:
    header = tmp_path / "include" / "vulkan" / "vulkan_core.h"
    header.parent.mkdir(parents=True)
    monkeypatch.setenv("VULKAN_SDK", str(tmp_path))
    monkeypatch.setattr(build.shutil, "which", lambda program: "/usr/bin/" + program)
    header.write_text("#define VK_HEADER_VERSION 239\n")  # Debian 12
    with pytest.raises(SystemExit):
        build.check_gpu_toolchain("vulkan")
    assert "VK_EXT_layer_settings" in capsys.readouterr().err
    header.write_text("#define VK_HEADER_VERSION 275\n#define VK_EXT_layer_settings 1\n")
    build.check_gpu_toolchain("vulkan")
