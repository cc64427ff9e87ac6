"""The numpy vision tower against the PyTorch/transformers reference, without torch.

tests/fixtures/make_reference.py built random BLIP-2 weights in transformers layout with the
tiny shape (the real architecture at width 32), preprocessed three synthetic photos with
torchvision and ran the fp32 reference forward (ViT, ln_vision, Q-Former, projection). Here the
committed weights go through our converter into a vision GGUF and our encoder must reproduce the
reference embeddings. Measured when written (3 photos, both weight modes): f32 max abs error
1.2e-6 (embeddings have std ~0.95); f16 worst per-query cosine 0.9999996 (max abs 1.9e-3);
q8_0 worst per-query cosine 0.99989 (max abs 0.039). Different photos differ by a mean of
0.05-0.12, far above these errors.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from converters.blip2_hf import hf_blip2_getter, hf_blip2_tensor_name_map, hparams_from_hf_config
from converters.safetensors_reader import SafetensorsFile
from skingpt_desktop.core.errors import ConversionError
from skingpt_desktop.core.vision.vision import VisionEncoder
from skingpt_desktop.core.vision.vision_format import TINY_HPARAMS
from skingpt_desktop.core.vision.vision_gguf import write_vision_gguf

REFERENCE = Path(__file__).parent / "fixtures" / "reference"
PHOTOS = ("small", "alpha", "wide")
F32_MAX_ABS = 1e-4
F16_MIN_COSINE = 0.9999
Q8_MIN_COSINE = 0.999  # measured 0.99989; 8-bit weights through 4 transformer layers


def _config() -> dict:
    return json.loads((REFERENCE / "blip2_tiny_config.json").read_text())


@pytest.fixture(scope="module")
def checkpoint():
    source = SafetensorsFile(REFERENCE / "blip2_tiny.safetensors")
    yield source
    source.close()


@pytest.fixture(scope="module")
def hparams():
    config = _config()
    return hparams_from_hf_config(config["blip2_config"], config["proj_width"])


@pytest.fixture(scope="module")
def gguf_files(tmp_path_factory, checkpoint, hparams) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("vision_parity")
    files = {}
    for dtype in ("f32", "f16", "q8_0"):
        files[dtype] = folder / f"vision-{dtype}.gguf"
        write_vision_gguf(files[dtype], hparams, hf_blip2_getter(checkpoint.read, hparams), dtype)
    return files


def _reference(photo: str) -> tuple[np.ndarray, np.ndarray]:
    with np.load(REFERENCE / f"{photo}.npz") as data:
        return data["pixels"].astype(np.float32), data["embeddings"]


def _row_cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(-1) / (np.linalg.norm(a, axis=-1) * np.linalg.norm(b, axis=-1))


def test_config_gives_the_tiny_hyper_parameters(hparams) -> None:
    assert hparams == TINY_HPARAMS


def test_name_map_uses_every_checkpoint_tensor(checkpoint, hparams) -> None:
    """Nothing in the transformers checkpoint is ignored, nothing we need is absent."""
    names = hf_blip2_tensor_name_map(hparams)
    assert set(names.values()) == set(checkpoint.keys())


def test_fixture_has_a_nonzero_key_bias(checkpoint, hparams) -> None:
    """Parity below then proves that dropping transformers' key bias is exact."""
    bias = checkpoint.read("vision_model.encoder.layers.0.self_attn.qkv.bias")
    width = hparams.vit_width
    assert np.abs(bias[width:2 * width]).max() > 0.01


@pytest.mark.parametrize("mode", ["cache", "stream"])
@pytest.mark.parametrize("photo", PHOTOS)
def test_f32_matches_reference(gguf_files, mode: str, photo: str) -> None:
    pixels, expected = _reference(photo)
    out = VisionEncoder.from_gguf(gguf_files["f32"], weight_mode=mode).encode(pixels)
    assert out.shape == expected.shape == (TINY_HPARAMS.num_query_tokens, TINY_HPARAMS.proj_width)
    assert out.dtype == np.float32
    assert float(np.abs(out - expected).max()) <= F32_MAX_ABS


@pytest.mark.parametrize("dtype,floor", [("f16", F16_MIN_COSINE), ("q8_0", Q8_MIN_COSINE)])
@pytest.mark.parametrize("mode", ["cache", "stream"])
def test_reduced_precision_stays_close(gguf_files, dtype: str, floor: float, mode: str) -> None:
    encoder = VisionEncoder.from_gguf(gguf_files[dtype], weight_mode=mode)
    for photo in PHOTOS:
        pixels, expected = _reference(photo)
        cosines = _row_cosines(encoder.encode(pixels), expected)
        assert float(cosines.min()) >= floor, f"{photo}: worst query cosine {cosines.min():.6f}"


def test_parity_check_can_fail(gguf_files) -> None:
    """Another photo's embeddings are far outside the f32 tolerance."""
    pixels, _ = _reference("small")
    _, other = _reference("wide")
    out = VisionEncoder.from_gguf(gguf_files["f32"]).encode(pixels)
    assert float(np.abs(out - other).max()) > 100 * F32_MAX_ABS


def test_missing_checkpoint_tensor_is_named(tmp_path, checkpoint, hparams) -> None:
    absent = "qformer.encoder.layer.1.output_query.dense.weight"

    def read(name: str) -> np.ndarray:
        if name == absent:
            raise KeyError(name)
        return checkpoint.read(name)

    with pytest.raises(ConversionError, match=absent.replace(".", r"\.")):
        write_vision_gguf(tmp_path / "v.gguf", hparams, hf_blip2_getter(read, hparams), "f32")


def test_projection_prefix_selects_skingpt4_names(hparams) -> None:
    names = hf_blip2_tensor_name_map(hparams, projection_prefix="llama_proj")
    assert names["proj.weight"] == "llama_proj.weight"
    assert names["proj.bias"] == "llama_proj.bias"


def test_config_with_tanh_gelu_is_refused() -> None:
    config = _config()["blip2_config"]
    config["vision_config"]["hidden_act"] = "gelu_pytorch_tanh"
    with pytest.raises(ConversionError, match="hidden_act"):
        hparams_from_hf_config(config, 64)
