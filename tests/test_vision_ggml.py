"""The ggml vision tower against the numpy tower and the committed PyTorch reference fixtures.

Measured when written (tiny shape, 2 threads): against the reference, f32 max abs 1.0e-6;
f16 worst per-query cosine 0.9999995; q8_0 worst 0.99977 (ggml also quantizes the activations
to 8 bits for q8_0 products, so it sits a little below numpy's 0.99989).
"""

from __future__ import annotations

import ctypes
import json
from pathlib import Path

import numpy as np
import pytest

from converters.blip2_hf import hf_blip2_getter, hparams_from_hf_config
from converters.safetensors_reader import SafetensorsFile
from converters.tiny_pack import write_tiny_vision
from skingpt_desktop.core.native import ggml_lib
from skingpt_desktop.core.native.ggml_devices import GgmlUnavailable
from skingpt_desktop.core.vision.vision import VisionEncoder
from skingpt_desktop.core.vision.vision_gguf import write_vision_gguf

try:
    LIB = ggml_lib.ggml()
    REASON = ""
except GgmlUnavailable as exc:  # pragma: no cover - depends on the installed build
    LIB, REASON = None, str(exc)
pytestmark = pytest.mark.skipif(LIB is None, reason=f"ggml cannot be loaded: {REASON}")

from skingpt_desktop.core.vision.vision_ggml import GgmlVisionEncoder  # noqa: E402 - after the skip

REFERENCE = Path(__file__).parent / "fixtures" / "reference"
PHOTOS = ("small", "alpha", "wide")
DTYPES = ("f32", "f16", "q8_0")
F32_MAX_ABS = 1e-4
MIN_COSINE = {"f16": 0.9999, "q8_0": 0.999}


def _photo(name: str) -> tuple[np.ndarray, np.ndarray]:
    with np.load(REFERENCE / f"{name}.npz") as data:
        return data["pixels"].astype(np.float32), data["embeddings"]


def _row_cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(-1) / (np.linalg.norm(a, axis=-1) * np.linalg.norm(b, axis=-1))


@pytest.fixture(scope="module")
def reference_files(tmp_path_factory) -> dict[str, Path]:
    config = json.loads((REFERENCE / "blip2_tiny_config.json").read_text())
    hp = hparams_from_hf_config(config["blip2_config"], config["proj_width"])
    folder = tmp_path_factory.mktemp("ggml_reference")
    source = SafetensorsFile(REFERENCE / "blip2_tiny.safetensors")
    try:
        files = {dt: folder / f"vision-{dt}.gguf" for dt in DTYPES}
        for dt, path in files.items():
            write_vision_gguf(path, hp, hf_blip2_getter(source.read, hp), dt)
    finally:
        source.close()
    return files


@pytest.fixture(scope="module")
def tiny_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("ggml_tiny")
    files = {dt: folder / f"vision-{dt}.gguf" for dt in DTYPES}
    for dt, path in files.items():
        write_tiny_vision(path, dtype=dt)
    return files


@pytest.mark.parametrize("photo", PHOTOS)
def test_f32_matches_reference(reference_files, photo: str) -> None:
    pixels, expected = _photo(photo)
    encoder = GgmlVisionEncoder.from_gguf(reference_files["f32"], threads=2)
    try:
        out = encoder.encode(pixels)
    finally:
        encoder.close()
    assert out.shape == expected.shape and out.dtype == np.float32
    assert float(np.abs(out - expected).max()) <= F32_MAX_ABS


@pytest.mark.parametrize("dtype", ["f16", "q8_0"])
def test_reduced_precision_matches_reference(reference_files, dtype: str) -> None:
    encoder = GgmlVisionEncoder.from_gguf(reference_files[dtype], threads=2)
    try:
        for photo in PHOTOS:
            pixels, expected = _photo(photo)
            cosines = _row_cosines(encoder.encode(pixels), expected)
            assert float(cosines.min()) >= MIN_COSINE[dtype], f"{photo}: {cosines.min():.6f}"
    finally:
        encoder.close()


@pytest.mark.parametrize("dtype", DTYPES)
def test_tiny_pack_matches_numpy(tiny_files, dtype: str) -> None:
    pixels, _ = _photo("wide")
    expected = VisionEncoder.from_gguf(tiny_files[dtype]).encode(pixels)
    encoder = GgmlVisionEncoder.from_gguf(tiny_files[dtype], threads=2)
    try:
        out = encoder.encode(pixels)
    finally:
        encoder.close()
    if dtype == "f32":
        assert float(np.abs(out - expected).max()) <= F32_MAX_ABS
    else:
        assert float(_row_cosines(out, expected).min()) >= MIN_COSINE[dtype]


def test_weights_are_uploaded_as_stored(tiny_files) -> None:
    """f16 and q8_0 weights stay in their stored type: the buffer is far below float32's."""
    sizes = {}
    for dtype in DTYPES:
        encoder = GgmlVisionEncoder.from_gguf(tiny_files[dtype])
        sizes[dtype] = encoder.weight_bytes
        encoder.close()
    assert sizes["f16"] < 0.7 * sizes["f32"]
    assert sizes["q8_0"] < 0.7 * sizes["f32"]


def test_parity_check_can_fail(reference_files) -> None:
    pixels, _ = _photo("small")
    _, other = _photo("wide")
    encoder = GgmlVisionEncoder.from_gguf(reference_files["f32"])
    try:
        out = encoder.encode(pixels)
    finally:
        encoder.close()
    assert float(np.abs(out - other).max()) > 100 * F32_MAX_ABS


def test_cache_and_close(tiny_files) -> None:
    pixels, _ = _photo("alpha")
    encoder = GgmlVisionEncoder.from_gguf(tiny_files["f32"])
    first = encoder.encode_cached(pixels)
    assert np.array_equal(first, encoder.encode_cached(pixels.copy()))
    assert len(encoder.cache) == 1
    encoder.close()
    encoder.close()  # twice is harmless
    with pytest.raises(GgmlUnavailable, match="closed"):
        encoder.encode(pixels)


# --- the binding refuses a library that does not match --------------------------------------

class _FakeLibrary:
    """A symbol table: attributes are ctypes-like callables."""

    def __init__(self, **functions) -> None:
        self.__dict__.update(functions)


def _fake_function(value):
    def function(*_args):
        return value
    return function


def test_missing_symbols_are_named() -> None:
    real = {name: LIB.functions[name] for name in ggml_lib.SIGNATURES}
    del real["ggml_gelu_erf"], real["ggml_gallocr_new"]
    with pytest.raises(ggml_lib.GgmlBindingError, match="lacks ggml_gelu_erf, ggml_gallocr_new"):
        ggml_lib.bind([_FakeLibrary(**real)])


def test_wrong_type_layout_is_named() -> None:
    functions = dict(LIB.functions)
    functions["ggml_type_size"] = _fake_function(36)  # as if q8_0 blocks had grown
    with pytest.raises(ggml_lib.GgmlBindingError, match="ggml type 0"):
        ggml_lib.check_binding(functions)


def test_wrong_tensor_size_is_named() -> None:
    functions = dict(LIB.functions)
    functions["ggml_tensor_overhead"] = _fake_function(ctypes.sizeof(ggml_lib.Tensor) + 40)
    with pytest.raises(ggml_lib.GgmlBindingError, match="sizeof\\(ggml_tensor\\)"):
        ggml_lib.check_binding(functions)


def test_shipped_library_passes_the_checks() -> None:
    ggml_lib.check_binding(LIB.functions)
    assert LIB.version != ""
