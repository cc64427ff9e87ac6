"""Photo decoding is safe and faithful: every bad photo gets a clear error, every mode works."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from skingpt_desktop.core.errors import ImageError
from skingpt_desktop.core.vision import preprocess
from skingpt_desktop.core.vision.preprocess import assess_quality, load_photo, to_model_input
from skingpt_desktop.core.vision.vision_format import VisionHParams
from tests.conftest import synthetic_skin_photo


def _encode(image: Image.Image, fmt: str, **kwargs) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **kwargs)
    return buffer.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "TIFF", "BMP"])
def test_camera_formats_decode_to_rgb(fmt: str) -> None:
    image = load_photo(_encode(synthetic_skin_photo(3, (120, 80)), fmt))
    assert image.mode == "RGB" and image.size == (120, 80)


def test_heic_from_iphones_decodes() -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    source = synthetic_skin_photo(4, (64, 48))
    heif = pillow_heif.from_pillow(source)
    buffer = io.BytesIO()
    heif.save(buffer, quality=90)
    image = load_photo(buffer.getvalue())
    assert image.size == (64, 48)
    difference = np.abs(np.asarray(image, float) - np.asarray(source, float)).mean()
    assert difference < 20  # lossy, but the same picture


@pytest.mark.parametrize(
    "mode", ["RGBA", "LA", "L", "CMYK", "P", "I;16", "1"],
)
def test_any_mode_becomes_rgb(mode: str) -> None:
    source = synthetic_skin_photo(5, (40, 30))
    if mode == "I;16":
        grey = np.asarray(source.convert("L"), dtype=np.uint16) * 257
        converted = Image.fromarray(grey)  # uint16 -> mode "I;16"
        fmt = "PNG"
    else:
        converted = source.convert(mode)
        fmt = "TIFF" if mode == "CMYK" else "PNG"
    image = load_photo(_encode(converted, fmt))
    assert image.mode == "RGB"
    if mode == "I;16":  # 16-bit grey is scaled, not clipped to white
        expected = np.asarray(source.convert("L"), dtype=float)
        assert np.abs(np.asarray(image, float)[..., 0] - expected).max() <= 1


def test_palette_with_transparency() -> None:
    source = synthetic_skin_photo(6, (32, 32)).convert("P")
    source.info["transparency"] = 0
    image = load_photo(_encode(source, "PNG", transparency=0))
    assert image.mode == "RGB"


def test_exif_orientation_is_applied() -> None:
    source = synthetic_skin_photo(7, (60, 20))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise when shown
    image = load_photo(_encode(source, "JPEG", exif=exif.tobytes()))
    assert image.size == (20, 60)


def test_metadata_is_dropped() -> None:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    image = load_photo(_encode(synthetic_skin_photo(8, (30, 30)), "JPEG", exif=exif.tobytes()))
    assert not image.info and not image.getexif()


def test_truncated_file_is_rejected() -> None:
    data = _encode(synthetic_skin_photo(9, (300, 200)), "JPEG")
    with pytest.raises(ImageError, match="damaged or truncated"):
        load_photo(data[: len(data) // 2])


def test_not_an_image_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("not a photo at all")
    with pytest.raises(ImageError, match="notes.jpg: not a supported photo"):
        load_photo(path)


def test_formats_outside_the_list_are_refused() -> None:
    """GIF and EPS are valid images but not camera formats; EPS would run Ghostscript."""
    with pytest.raises(ImageError, match="not a supported photo"):
        load_photo(_encode(synthetic_skin_photo(1, (20, 20)), "GIF"))
    with pytest.raises(ImageError, match="not a supported photo"):
        load_photo(b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n")


def test_decompression_bomb_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preprocess, "MAX_PIXELS", 10_000)
    with pytest.raises(ImageError, match="over the limit"):
        load_photo(_encode(Image.new("RGB", (200, 200)), "PNG"))


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that declares a canvas of width x height but holds a few bytes of data."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))


def test_pillow_bomb_guard_is_an_error() -> None:
    """A small file claiming a huge canvas never reaches full decoding."""
    with pytest.raises(ImageError, match="too large|over the limit"):
        load_photo(_png_header_only(30000, 30000))


def test_file_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preprocess, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.png"
    path.write_bytes(_encode(synthetic_skin_photo(2, (200, 200)), "PNG"))
    with pytest.raises(ImageError, match="big.png: file is"):
        load_photo(path)


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(ImageError, match="file not found"):
        load_photo(tmp_path / "absent.jpg")
    (tmp_path / "empty.jpg").write_bytes(b"")
    with pytest.raises(ImageError, match="file is empty"):
        load_photo(tmp_path / "empty.jpg")
    with pytest.raises(ImageError, match="is a folder"):
        load_photo(tmp_path)


def test_model_input_shape_and_normalisation() -> None:
    hp = VisionHParams()
    white = to_model_input(Image.new("RGB", (50, 70), (255, 255, 255)), hp)
    assert white.shape == (3, 224, 224) and white.dtype == np.float32
    expected = (1.0 - np.array(hp.image_mean)) / np.array(hp.image_std)
    np.testing.assert_allclose(white[:, 100, 100], expected, rtol=1e-6)


def test_quality_flags_blur_dark_and_small() -> None:
    sharp = synthetic_skin_photo(3, (1024, 768))
    assert assess_quality(sharp).ok
    blurred = Image.fromarray(np.full((768, 1024, 3), 180, np.uint8))
    assert "blur" in assess_quality(blurred).problems
    dark = Image.fromarray((np.asarray(sharp) * 0.1).astype(np.uint8))
    assert "dark" in assess_quality(dark).problems
    small = assess_quality(sharp.resize((200, 150)))
    assert "resolution" in small.problems and small.guidance
