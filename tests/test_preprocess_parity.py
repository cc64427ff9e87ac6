"""Our BLIP-2 preprocessing against torchvision's, on the committed synthetic photos.

The expected tensors were made by tests/fixtures/make_reference.py with the reference pipeline
(``convert("RGB")``, ``Resize((224, 224), BICUBIC)``, ``ToTensor``, ``Normalize``) and stored as
float16. Measured when the fixtures were made: our float32 output equals torchvision's exactly
(max abs difference 0: both run Pillow's bicubic on 8-bit RGB), and differs from the stored
float16 copy by at most 4.9e-4 (float16 rounding).

Tolerances: per value, float16 storage rounding (2**-11 relative, at most 1.3e-3 for values
below 2.6) plus one 8-bit level in normalised units (1 / 255 / min(std) = 0.0146), so that a
Pillow release that rounds a pixel differently still passes; on average 1e-3, which a bilinear
or Lanczos resize (mean 0.002-0.006 on these photos) or resizing in float (mean 0.004) fails.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from skingpt_desktop.core.vision.preprocess import load_photo, to_model_input
from skingpt_desktop.core.vision.vision_format import VisionHParams

FIXTURES = Path(__file__).parent / "fixtures"
PHOTOS = ("small.jpg", "alpha.png", "wide.png")
HP = VisionHParams()
ONE_LEVEL = 1.0 / 255.0 / min(HP.image_std)
F16_STORAGE = 2.6 * 2.0 ** -11
MAX_TOL = ONE_LEVEL + F16_STORAGE
MEAN_TOL = 1e-3


def _expected(photo: str) -> np.ndarray:
    with np.load(FIXTURES / "reference" / f"{Path(photo).stem}.npz") as data:
        return data["pixels"].astype(np.float32)  # (3, 224, 224)


def test_fixture_photos_cover_alpha_and_non_square() -> None:
    with Image.open(FIXTURES / "photos" / "alpha.png") as alpha:
        assert alpha.mode == "RGBA"
        assert np.asarray(alpha)[..., 3].min() < 128  # really transparent somewhere
    with Image.open(FIXTURES / "photos" / "wide.png") as wide:
        assert wide.width != wide.height
    with Image.open(FIXTURES / "photos" / "small.jpg") as small:
        assert small.format == "JPEG" and small.size == (64, 48)


@pytest.mark.parametrize("photo", PHOTOS)
def test_preprocessing_matches_torchvision(photo: str) -> None:
    expected = _expected(photo)
    ours = to_model_input(load_photo(FIXTURES / "photos" / photo), HP)
    assert ours.shape == expected.shape == (3, HP.image_size, HP.image_size)
    assert ours.dtype == np.float32
    diff = np.abs(ours - expected)
    assert float(diff.max()) <= MAX_TOL, f"max abs difference {diff.max():.5f}"
    assert float(diff.mean()) <= MEAN_TOL, f"mean abs difference {diff.mean():.5f}"


def test_tolerance_rejects_a_different_resize() -> None:
    """The check can fail: the same photo resized bilinearly is outside the tolerance."""
    image = load_photo(FIXTURES / "photos" / "wide.png")
    bilinear = image.resize((HP.image_size, HP.image_size), Image.Resampling.BILINEAR)
    mean = np.asarray(HP.image_mean, np.float32)
    std = np.asarray(HP.image_std, np.float32)
    wrong = ((np.asarray(bilinear, np.float32) / 255.0 - mean) / std).transpose(2, 0, 1)
    diff = np.abs(wrong - _expected("wide.png"))
    assert diff.max() > MAX_TOL or diff.mean() > MEAN_TOL
