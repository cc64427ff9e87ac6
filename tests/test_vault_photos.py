"""Photos reach the vault re-encoded from pixels: no EXIF, no GPS, orientation applied."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import ExifTags, Image

from skingpt_desktop.core.errors import ImageError
from skingpt_desktop.core.storage import Case, CaseDetails, CaseDraft, KdfParams, Message, Vault
from skingpt_desktop.core.storage.photos import clean_photo
from skingpt_desktop.core.vision.preprocess import load_photo

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


def assert_clean_and_upright(stored_data: bytes) -> None:
    """No EXIF, GPS or camera name in a stored photo; the 80x40 test photo stands 40x80."""
    image = Image.open(io.BytesIO(stored_data))
    assert image.format == "JPEG" and len(image.getexif()) == 0
    assert not {"exif", "icc_profile", "comment", "xmp"} & set(image.info)
    for marker in (b"Exif\x00\x00", CAMERA.encode(), b"canary comment"):
        assert marker not in stored_data
    assert image.size == (40, 80)
    top = np.asarray(image.convert("RGB"))[:10].reshape(-1, 3).mean(axis=0)
    assert top[0] > 180 and top[1] < 80


def test_decoded_pixels_are_stored_with_one_jpeg_encode(tmp_path, monkeypatch):
    image = load_photo(gps_jpeg())  # what the GUI holds: upright RGB pixels
    formats: list[str | None] = []
    real_save = Image.Image.save

    def counting_save(self, fp, format=None, **params):
        formats.append(format)
        return real_save(self, fp, format, **params)

    monkeypatch.setattr(Image.Image, "save", counting_save)
    with Vault.create(tmp_path / "v.sqlite3", PASS, kdf=KdfParams.for_tests()) as vault:
        saved = vault.save_case(CaseDraft(), [Message("user", "what is it?")], [image], "pack")
        stored = vault.get_photo(saved.photo_ids[0])
    assert formats == ["JPEG"]
    assert_clean_and_upright(stored.data)
    assert saved.draft.title == "what is it?" and saved.draft.saved_messages == 1


def test_an_image_still_carrying_exif_is_turned_upright_and_left_unchanged():
    image = Image.open(io.BytesIO(gps_jpeg()))
    image.load()
    info_before = dict(image.info)
    clean = clean_photo(image)
    assert_clean_and_upright(clean.data)
    assert image.size == (80, 40) and image.info == info_before  # the caller's image as it was


def test_decoded_pixels_are_held_to_the_pixel_limit():
    with pytest.raises(ImageError, match="megapixels"):
        clean_photo(load_photo(gps_jpeg()), max_pixels=1000)


def test_later_saves_add_only_what_is_new(tmp_path):
    messages = [Message("user", "q1"), Message("assistant", "a1")]
    with Vault.create(tmp_path / "v.sqlite3", PASS, kdf=KdfParams.for_tests()) as vault:
        first = vault.save_case(CaseDraft(), messages, [gps_jpeg()], "pack",
                                CaseDetails(title="Arm", body_site="left arm"))
        messages += [Message("user", "q2"), Message("assistant", "a2")]
        second = vault.save_case(first.draft, messages, [load_photo(gps_jpeg())], "pack")
        conversation = vault.get_conversation(second.draft.conversation_id)
        case = vault.get_case(second.draft.case_id)
        photos = vault.list_photos(case.id)
    assert second.draft.case_id == first.draft.case_id and first.draft.saved_messages == 2
    assert [m.text for m in conversation.messages] == ["q1", "a1", "q2", "a2"]
    assert [p.id for p in photos] == first.photo_ids + second.photo_ids
    assert (case.title, case.body_site, case.first_question) == ("Arm", "left arm", "q1")
