"""Shared fixtures: a tiny model pack built once per test run, synthetic photos, and a guard
that records every network connection attempt made by the code under test."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The GUI tests' fixtures, for every test module (importing gui_helpers also puts Qt on its
# offscreen platform before any Qt module loads).
from tests.gui_helpers import services, window  # noqa: E402 - needs ROOT on sys.path

__all__ = ["services", "window"]

_network_events: list[tuple] = []
_NETWORK_AUDIT_EVENTS = {"socket.connect", "socket.bind", "socket.getaddrinfo",
                         "socket.gethostbyname", "urllib.Request"}


def _audit(event: str, args: tuple) -> None:
    if event in _NETWORK_AUDIT_EVENTS:
        _network_events.append((event, args))


sys.addaudithook(_audit)


@pytest.fixture
def network_events() -> list[tuple]:
    """The network calls (audit events) made during the test; starts empty."""
    _network_events.clear()
    yield _network_events
    _network_events.clear()


@pytest.fixture(scope="session")
def tiny_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A complete tiny random-weight pack, built once per session; treat it as read-only."""
    from converters.tiny_pack import write_tiny_pack

    return write_tiny_pack(tmp_path_factory.mktemp("packs") / "tiny")


@pytest.fixture(scope="session")
def tiny_mtmd_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random-weight mtmd pack (Gemma 3 shape, libmtmd's vision encoder); read-only."""
    from converters.tiny_mtmd import write_tiny_mtmd_pack

    return write_tiny_mtmd_pack(tmp_path_factory.mktemp("packs") / "tiny-mtmd")


@pytest.fixture(scope="session")
def tiny_qwen_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random-weight mtmd pack of Qwen2.5-VL shape (M-RoPE image positions); read-only."""
    from converters.tiny_mtmd import write_tiny_mtmd_pack

    return write_tiny_mtmd_pack(tmp_path_factory.mktemp("packs") / "tiny-qwen", arch="qwen2vl")


@pytest.fixture(scope="session")
def tiny_qwen3_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random-weight mtmd pack of Qwen3-VL shape (M-RoPE, deepstack rows); read-only."""
    from converters.tiny_mtmd import write_tiny_mtmd_pack

    return write_tiny_mtmd_pack(tmp_path_factory.mktemp("packs") / "tiny-qwen3", arch="qwen3vl")


@pytest.fixture
def tiny_pack_copy(tiny_pack: Path, tmp_path: Path) -> Path:
    """A private copy of the tiny pack that a test may damage."""
    import shutil

    return Path(shutil.copytree(tiny_pack, tmp_path / "pack"))


def synthetic_skin_photo(seed: int, size: tuple[int, int] = (640, 480)) -> Image.Image:
    """A textured, skin-coloured test image with a darker 'lesion' (no real patient data)."""
    rng = np.random.default_rng(seed)
    width, height = size
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    base = np.array([224, 172, 150], dtype=np.float32) - 20 * seed % 60
    cx, cy = width * rng.uniform(0.3, 0.7), height * rng.uniform(0.3, 0.7)
    radius = min(width, height) * rng.uniform(0.1, 0.25)
    lesion = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * radius**2))[..., None]
    texture = rng.normal(0, 12, (height, width, 1))
    pixels = base - lesion * np.array([90, 100, 80]) + texture
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


@pytest.fixture
def photo_paths(tmp_path: Path) -> list[Path]:
    """Two different synthetic photos saved as JPEG."""
    paths = []
    for seed in (1, 2):
        path = tmp_path / f"photo{seed}.jpg"
        synthetic_skin_photo(seed).save(path, quality=92)
        paths.append(path)
    return paths


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user data folder."""
    monkeypatch.setenv("SKINGPT_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(autouse=True)
def _fixed_machine_speed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The packs dialog measures this computer for the speed estimate (a second of matrix
    products and 512 MiB of copies); tests get a fixed figure instead."""
    from skingpt_desktop.core.packs import speed
    monkeypatch.setattr(speed, "measure_machine",
                        lambda threads=1: speed.MachineSpeed(gflops=100.0, copy_gbs=20.0))
