"""The vision GGUF writer/loader and the numpy encoder's behaviour (tiny random weights)."""

from __future__ import annotations

import math
from dataclasses import fields
from pathlib import Path

import numpy as np
import pytest
from gguf import GGUFValueType, GGUFWriter

from skingpt_desktop.core.errors import ConversionError, GGUFFormatError, ImageError
from skingpt_desktop.core.vision.vision import RowThreads, VisionEncoder, gelu_, softmax_
from skingpt_desktop.core.vision.vision_format import (
    ARCHITECTURE,
    FORMAT_VERSION,
    KEY_FORMAT_VERSION,
    TINY_HPARAMS,
    expected_tensors,
    metadata_key,
)
from skingpt_desktop.core.vision.vision_gguf import (
    VisionWeights,
    half_to_float,
    read_vision_hparams,
    write_vision_gguf,
)

HP = TINY_HPARAMS
REFERENCE = Path(__file__).parent / "fixtures" / "reference"


def _random_tensors(seed: int = 7) -> dict[str, np.ndarray]:
    """Unit-gain random weights of the tiny shape: norms near 1, small biases."""
    rng = np.random.default_rng(seed)
    out = {}
    for name, shape in expected_tensors(HP).items():
        if "norm" in name and name.endswith("weight") or name.startswith("ln_vision.weight"):
            value = 1.0 + 0.1 * rng.standard_normal(shape)
        elif len(shape) == 1:
            value = 0.05 * rng.standard_normal(shape)
        elif len(shape) == 3:  # cls token, positions, queries
            value = 0.5 * rng.standard_normal(shape)
        else:
            value = rng.standard_normal(shape) / math.sqrt(math.prod(shape[1:]))
        out[name] = value.astype(np.float32)
    return out


TENSORS = _random_tensors()


def _photo(name: str) -> np.ndarray:
    with np.load(REFERENCE / f"{name}.npz") as data:
        return data["pixels"].astype(np.float32)  # (3, 224, 224)


@pytest.fixture(scope="module")
def vision_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("vision") / "vision.gguf"
    write_vision_gguf(path, HP, TENSORS.__getitem__, dtype="f32")
    return path


@pytest.fixture(scope="module")
def encoder(vision_file) -> VisionEncoder:
    return VisionEncoder.from_gguf(vision_file)


def _write_raw(path: Path, tensors: dict[str, np.ndarray], arch: str = ARCHITECTURE,
               version: int = FORMAT_VERSION, skip_key: str | None = None) -> Path:
    """An independent minimal writer, to build files our loader must refuse."""
    writer = GGUFWriter(path, arch)
    writer.add_uint32(KEY_FORMAT_VERSION, version)
    for field in fields(HP):
        key, value = metadata_key(field.name), getattr(HP, field.name)
        if field.name == skip_key:
            continue
        if isinstance(value, tuple):
            writer.add_key_value(key, list(value), GGUFValueType.ARRAY, GGUFValueType.FLOAT32)
        elif isinstance(value, float):
            writer.add_float32(key, value)
        else:
            writer.add_uint32(key, value)
    for name, array in tensors.items():
        writer.add_tensor(name, array)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


# --- the encoder -----------------------------------------------------------------------------

def test_embeddings_shape_and_type(encoder) -> None:
    out = encoder.encode(_photo("small"))
    assert out.shape == (HP.num_query_tokens, HP.proj_width)
    assert out.dtype == np.float32
    assert np.isfinite(out).all()


def test_different_photos_give_different_embeddings(encoder) -> None:
    small, wide = encoder.encode(_photo("small")), encoder.encode(_photo("wide"))
    assert float(np.abs(small - wide).mean()) > 1e-2


def test_same_photo_gives_identical_embeddings(encoder) -> None:
    assert np.array_equal(encoder.encode(_photo("alpha")), encoder.encode(_photo("alpha")))


def test_cache_and_stream_modes_agree_exactly(vision_file) -> None:
    pixels = _photo("wide")
    cached = VisionEncoder.from_gguf(vision_file, weight_mode="cache").encode(pixels)
    streamed = VisionEncoder.from_gguf(vision_file, weight_mode="stream").encode(pixels)
    assert np.array_equal(cached, streamed)


def test_wrong_pixel_shape_is_refused(encoder) -> None:
    with pytest.raises(ImageError, match="shape"):
        encoder.encode(np.zeros((3, 112, 112), np.float32))
    with pytest.raises(ImageError, match="NaN"):
        encoder.encode(np.full((3, 224, 224), np.nan, np.float32))


def test_unknown_weight_mode_is_refused(vision_file) -> None:
    with pytest.raises(ValueError, match="weight mode"):
        VisionEncoder.from_gguf(vision_file, weight_mode="lazy")


def test_gelu_is_the_exact_erf_gelu() -> None:
    x = np.linspace(-9.0, 9.0, 20001, dtype=np.float32).reshape(3, -1)
    exact = np.array([v * 0.5 * (1.0 + math.erf(v / math.sqrt(2.0))) for v in x.ravel().tolist()])
    ours = gelu_(x.copy())
    assert float(np.abs(ours.ravel() - exact).max()) <= 2e-6
    # the tanh approximation differs by ~1e-3 and would fail
    tanh = 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x ** 3)))
    assert float(np.abs(tanh.ravel() - exact).max()) > 1e-4


def test_threaded_steps_match_single_thread_exactly() -> None:
    rng = np.random.default_rng(3)
    x = rng.standard_normal((300, 1000), dtype=np.float32) * 3
    scores = rng.standard_normal((16, 257, 257), dtype=np.float32) * 4
    pool = RowThreads(3)
    try:
        assert np.array_equal(gelu_(x.copy(), pool), gelu_(x.copy()))
        threaded = softmax_(scores.copy(), pool)
        assert np.array_equal(threaded, softmax_(scores.copy()))
        assert np.allclose(threaded.sum(-1), 1.0, atol=1e-5)
    finally:
        pool.close()


# --- the embedding cache ---------------------------------------------------------------------

def _counting(encoder: VisionEncoder) -> list[int]:
    calls: list[int] = []
    real = encoder.encode

    def encode(pixels: np.ndarray) -> np.ndarray:
        calls.append(1)
        return real(pixels)

    encoder.encode = encode  # type: ignore[method-assign]
    return calls


def test_encode_cached_does_not_recompute(vision_file) -> None:
    encoder = VisionEncoder.from_gguf(vision_file)
    calls = _counting(encoder)
    first = encoder.encode_cached(_photo("small"))
    again = encoder.encode_cached(_photo("small").copy())  # equal pixels, another array
    assert len(calls) == 1
    assert np.array_equal(first, again)
    first[:] = 0.0  # callers get copies: the cached value is unharmed
    assert np.array_equal(encoder.encode_cached(_photo("small")), again)
    other = encoder.encode_cached(_photo("wide"))
    assert len(calls) == 2
    assert not np.array_equal(other, again)


def test_cache_evicts_least_recently_used(vision_file) -> None:
    encoder = VisionEncoder.from_gguf(vision_file, cache_size=1)
    calls = _counting(encoder)
    for name in ("small", "wide", "small"):
        encoder.encode_cached(_photo(name))
    assert len(calls) == 3


# --- writing ---------------------------------------------------------------------------------

def test_hparams_round_trip_exactly(vision_file) -> None:
    assert read_vision_hparams(vision_file) == HP


def test_writer_fetches_each_tensor_once_in_file_order(tmp_path) -> None:
    asked: list[str] = []
    progress: list[tuple[int, int]] = []

    def get(name: str) -> np.ndarray:
        asked.append(name)
        return TENSORS[name]

    write_vision_gguf(tmp_path / "v.gguf", HP, get, "f16",
                      progress=lambda done, total: progress.append((done, total)))
    assert asked == list(expected_tensors(HP))
    assert progress[-1] == (len(asked), len(asked)) and len(progress) == len(asked)


def test_writer_names_a_wrong_shape(tmp_path) -> None:
    def get(name: str) -> np.ndarray:
        value = TENSORS[name]
        return value.T if name == "vit.blk.1.mlp.fc1.weight" else value

    message = r"vit\.blk\.1\.mlp\.fc1\.weight.*\(64, 32\).*\(32, 64\)"
    with pytest.raises(ConversionError, match=message):
        write_vision_gguf(tmp_path / "v.gguf", HP, get, "f32")


def test_writer_refuses_non_finite_and_unknown_dtype(tmp_path) -> None:
    def get(name: str) -> np.ndarray:
        value = TENSORS[name]
        return np.full_like(value, np.inf) if name == "proj.bias" else value

    with pytest.raises(ConversionError, match=r"proj\.bias"):
        write_vision_gguf(tmp_path / "v.gguf", HP, get, "f32")
    with pytest.raises(ConversionError, match="q4"):
        write_vision_gguf(tmp_path / "w.gguf", HP, TENSORS.__getitem__, "q4")


def test_f16_stores_matrices_in_half_precision(tmp_path) -> None:
    path = tmp_path / "v.gguf"
    write_vision_gguf(path, HP, TENSORS.__getitem__, "f16")
    weights = VisionWeights(path)
    types = weights.storage_types()
    assert types["vit.blk.0.attn.qkv.weight"] == "F16"
    assert types["vit.blk.0.norm1.weight"] == "F32"
    assert types["vit.pos_embed"] == "F32"
    name = "qformer.blk.1.ffn.fc1.weight"
    assert np.array_equal(weights.tensor(name), TENSORS[name].astype(np.float16).astype(np.float32))


def test_q8_0_quantizes_only_matrices_with_32_wide_rows(tmp_path) -> None:
    path = tmp_path / "v.gguf"
    write_vision_gguf(path, HP, TENSORS.__getitem__, "q8_0")
    weights = VisionWeights(path, mode="stream")
    types = weights.storage_types()
    assert types["vit.blk.1.mlp.fc2.weight"] == "Q8_0"
    assert types["proj.weight"] == "Q8_0"
    assert types["vit.patch_embed.weight"] == "F32"  # rows of 14 values
    assert types["qformer.query_tokens"] == "F32"
    vectors = [name for name, shape in expected_tensors(HP).items() if len(shape) == 1]
    assert all(types[name] == "F32" for name in vectors)
    name = "vit.blk.1.mlp.fc2.weight"
    error = np.abs(weights.tensor(name) - TENSORS[name]).max()
    assert 0 < error <= np.abs(TENSORS[name]).max() / 127  # half a step of the 8-bit grid, or so


def test_half_to_float_is_exact_for_every_finite_half() -> None:
    halves = np.arange(1 << 16, dtype=np.uint16).view(np.float16)
    finite = halves[np.isfinite(halves)]
    ours = half_to_float(finite)
    assert np.array_equal(ours, finite.astype(np.float32))
    assert np.array_equal(np.signbit(ours), np.signbit(finite))  # -0.0 stays -0.0
    for bad in (np.inf, -np.inf, np.nan):
        with pytest.raises(ValueError):
            half_to_float(np.array([1.0, bad], np.float16))


# --- refusing bad files ----------------------------------------------------------------------

def test_infinite_half_weight_is_named(tmp_path) -> None:
    damaged = TENSORS["vit.blk.0.mlp.fc1.weight"].astype(np.float16)
    damaged[3, 5] = np.inf
    path = _write_raw(tmp_path / "inf.gguf", dict(TENSORS, **{"vit.blk.0.mlp.fc1.weight": damaged}))
    for mode in ("cache", "stream"):
        with pytest.raises(GGUFFormatError, match=r"inf\.gguf.*vit\.blk\.0\.mlp\.fc1\.weight"):
            VisionEncoder.from_gguf(path, weight_mode=mode).encode(_photo("small"))


def test_missing_tensor_is_named(tmp_path) -> None:
    tensors = dict(TENSORS)
    del tensors["vit.blk.1.mlp.fc2.bias"]
    path = _write_raw(tmp_path / "missing.gguf", tensors)
    message = r"missing\.gguf.*vit\.blk\.1\.mlp\.fc2\.bias.*missing"
    with pytest.raises(GGUFFormatError, match=message):
        VisionEncoder.from_gguf(path)


def test_wrong_shape_is_named(tmp_path) -> None:
    tensors = dict(TENSORS, **{"qformer.blk.0.cross_attn.k.weight": np.zeros((32, 16), np.float32)})
    path = _write_raw(tmp_path / "shape.gguf", tensors)
    with pytest.raises(GGUFFormatError, match=r"cross_attn\.k\.weight.*\(32, 16\).*\(32, 32\)"):
        VisionEncoder.from_gguf(path, weight_mode="stream")


def test_unexpected_tensor_is_named(tmp_path) -> None:
    tensors = dict(TENSORS, **{"vit.blk.2.norm1.weight": np.ones(32, np.float32)})
    path = _write_raw(tmp_path / "extra.gguf", tensors)
    with pytest.raises(GGUFFormatError, match=r"vit\.blk\.2\.norm1\.weight"):
        VisionEncoder.from_gguf(path)


def test_wrong_architecture_is_refused(tmp_path) -> None:
    path = _write_raw(tmp_path / "llm.gguf", TENSORS, arch="llama")
    with pytest.raises(GGUFFormatError, match=r"llm\.gguf.*'llama'.*skingpt4-vision"):
        VisionEncoder.from_gguf(path)


def test_newer_format_version_is_refused(tmp_path) -> None:
    path = _write_raw(tmp_path / "future.gguf", TENSORS, version=FORMAT_VERSION + 1)
    with pytest.raises(GGUFFormatError, match="version"):
        VisionEncoder.from_gguf(path)


def test_missing_metadata_is_named(tmp_path) -> None:
    path = _write_raw(tmp_path / "nometa.gguf", TENSORS, skip_key="qformer_heads")
    with pytest.raises(GGUFFormatError, match=r"skingpt4-vision\.qformer_heads"):
        VisionEncoder.from_gguf(path)


def test_float32_metadata_from_other_writers_is_accepted(tmp_path) -> None:
    path = _write_raw(tmp_path / "f32meta.gguf", TENSORS)
    hp = read_vision_hparams(path)
    assert hp.vit_depth == HP.vit_depth
    assert hp.qformer_ln_eps == pytest.approx(HP.qformer_ln_eps, rel=1e-6)


@pytest.mark.parametrize("keep", [0.97, 0.5, 0.01])
def test_truncated_file_is_refused(vision_file, tmp_path, keep: float) -> None:
    data = vision_file.read_bytes()
    path = tmp_path / "cut.gguf"
    path.write_bytes(data[:int(len(data) * keep)])
    with pytest.raises(GGUFFormatError, match=r"cut\.gguf"):
        VisionEncoder.from_gguf(path)


def test_not_a_gguf_is_refused(tmp_path) -> None:
    path = tmp_path / "photo.gguf"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(1000))
    with pytest.raises(GGUFFormatError, match=r"photo\.gguf"):
        VisionEncoder.from_gguf(path)
