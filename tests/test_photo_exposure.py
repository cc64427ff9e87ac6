"""Exposure in the photo quality check: clipped shadows are "dark", never "too bright"; a
uniform border or background is left out; transparency becomes neutral grey, not black."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from skingpt_desktop.core.vision.preprocess import FLATTEN_GREY, assess_quality, load_photo
from tests.conftest import synthetic_skin_photo


def _skin() -> np.ndarray:
    return np.asarray(synthetic_skin_photo(3, (1024, 768))).copy()  # (768, 1024, 3)


def test_black_inside_the_photo_is_dark_not_over_exposed() -> None:
    pixels = _skin()
    pixels[150:650, 200:850] = 0  # a large black area, skin all round it
    report = assess_quality(Image.fromarray(pixels))
    assert report.shadow_share > 0.25 and report.highlight_share < 0.01
    assert "bright" not in report.problems and "dark" in report.problems


def test_clipped_highlights_are_too_bright() -> None:
    pixels = _skin()
    pixels[150:650, 200:850] = 255
    report = assess_quality(Image.fromarray(pixels))
    assert "bright" in report.problems and "dark" not in report.problems


def test_a_uniform_black_or_white_border_is_ignored() -> None:
    skin = _skin()
    for value in (0, 255):
        framed = np.full((1400, 1400, 3), value, np.uint8)
        framed[316:1084, 188:1212] = skin  # letterboxed: more than half of it is the border
        report = assess_quality(Image.fromarray(framed))
        assert report.ok, (value, report)
        assert report.clipped_share < 0.05


def test_transparent_background_is_flattened_onto_grey() -> None:
    rgba = np.zeros((768, 1024, 4), np.uint8)  # transparent black all round
    rgba[150:650, 200:850, :3] = _skin()[150:650, 200:850]
    rgba[150:650, 200:850, 3] = 255
    buffer = io.BytesIO()
    Image.fromarray(rgba, "RGBA").save(buffer, "PNG")
    photo = load_photo(buffer.getvalue())
    assert photo.mode == "RGB" and photo.getpixel((5, 5)) == FLATTEN_GREY
    report = assess_quality(photo)
    assert report.shadow_share < 0.01 and "dark" not in report.problems
    assert "bright" not in report.problems
