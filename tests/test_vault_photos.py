"""Photos reach the vault re-encoded from pixels: no EXIF, no GPS, orientation applied."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import ExifTags, Image

from skingpt_desktop.core.errors import ImageError
from skingpt_desktop.core.storage import Case, KdfParams, Message, Vault
from skingpt_desktop.core.storage.photos import clean_photo

PASS = "correct horse battery staple"
CAMERA = "CanaryCam-GPS-9000"


def gps_jpeg(width: int = 80, height: int = 40, orientation: int = 6) -> bytes:
    """A JPEG whose EXIF holds a camera make, an orientation and a GPS position."""
    rng = np.random.default_rng(7)
    pixels = rng.integers(0, 256, (height, width, 3), dtype=np.uint8)
    pixels[:, : width // 2] = (220, 30, 30)  # a red left half, to check the rotation
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = CAMERA
    exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (52.0, 31.0, 12.5)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (13.0, 24.0, 36.0)
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, "JPEG", exif=exif, quality=95, comment=b"canary comment")
    return out.getvalue()


def test_the_test_photo_really_carries_gps():
    exif = Image.open(io.BytesIO(gps_jpeg())).getexif()
    assert exif[ExifTags.Base.Make] == CAMERA
    assert exif.get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] == (52.0, 31.0, 12.5)


def test_stored_photo_has_no_exif_gps_or_comment(tmp_path):
    raw = gps_jpeg()
    with Vault.create(tmp_path / "v.sqlite3", PASS, kdf=KdfParams.for_tests()) as vault:
        case_id = vault.save_conversation_as_case(raw, [Message("user", "what is it?")], "pack")
        stored = vault.list_photos(case_id)[0]
    image = Image.open(io.BytesIO(stored.data))
    assert image.format == "JPEG" and stored.mime == "image/jpeg"
    assert len(image.getexif()) == 0
    assert image.getexif().get_ifd(ExifTags.IFD.GPSInfo) == {}
    assert not {"exif", "icc_profile", "comment", "xmp"} & set(image.info)
    for marker in (b"Exif\x00\x00", CAMERA.encode(), b"canary comment", b"http://ns.adobe.com"):
        assert marker not in stored.data
    # Orientation 6 means "rotate 90 degrees clockwise to view": 80x40 becomes 40x80 upright.
    assert (stored.width, stored.height) == (40, 80) == image.size
    top = np.asarray(image.convert("RGB"))[:10].reshape(-1, 3).mean(axis=0)
    assert top[0] > 180 and top[1] < 80  # the red half is on top after the rotation


def test_transparent_png_is_flattened_and_colours_survive():
    rgba = Image.new("RGBA", (32, 32), (10, 200, 40, 255))
    rgba.putpixel((0, 0), (0, 0, 0, 0))
    out = io.BytesIO()
    rgba.save(out, "PNG")
    clean = clean_photo(out.getvalue())
    pixels = np.asarray(Image.open(io.BytesIO(clean.data)))
    assert pixels.shape == (32, 32, 3)
    assert np.abs(pixels[16, 16].astype(int) - (10, 200, 40)).max() <= 6


@pytest.mark.parametrize("raw, message", [
    (b"", "file is empty"),
    (b"GIF89a" + b"\x00" * 10, "not a supported photo"),
    (gps_jpeg()[:300], "damaged or truncated"),
])
def test_unreadable_photos_are_refused_clearly(raw, message):
    with pytest.raises(ImageError, match=message):
        clean_photo(raw)


def test_pixel_limit_is_checked_before_decoding(tmp_path):
    with pytest.raises(ImageError, match="megapixels"):
        clean_photo(gps_jpeg(), max_pixels=1000)
    with Vault.create(tmp_path / "v.sqlite3", PASS, kdf=KdfParams.for_tests()) as vault:
        case = vault.add_case(Case(title="t"))
        with pytest.raises(ImageError):
            vault.add_photo(case.id, b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)
        assert vault.list_photos(case.id) == []
