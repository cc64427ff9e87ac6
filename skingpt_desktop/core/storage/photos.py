"""Photos are re-encoded from their pixels before they reach the vault.

A camera file carries EXIF (GPS position, camera serial, time, sometimes a thumbnail of the
uncropped picture), XMP, IPTC, comments and ICC profiles naming devices. Instead of stripping
known tags, we decode to pixels (bounded), apply the EXIF orientation so the picture looks the
same, and write a fresh high-quality JPEG (quality 95, no chroma subsampling: skin colour and
fine texture matter clinically) that carries nothing but pixels. Colour-managed photos are
converted to sRGB first where Pillow's ImageCms is available, so dropping the profile keeps the
colours.

The vault encodes exactly once: callers hand over the original bytes (or file), or pixels that
the shared decoder already produced (``preprocess.load_photo``), never a re-encoded copy.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass

from PIL import Image, ImageOps

from skingpt_desktop.core.errors import ImageError
from skingpt_desktop.core.vision.preprocess import MAX_PIXELS, decode_photo

JPEG_QUALITY = 95
OUTPUT_MIME = "image/jpeg"
EXIF_ORIENTATION_TAG = 0x0112

# What the vault accepts as a photo: encoded bytes, a file, or pixels from the shared decoder.
PhotoSource = bytes | os.PathLike[str] | Image.Image


@dataclass(frozen=True)
class CleanPhoto:
    """Re-encoded photo bytes with their size; no metadata of the original survives."""

    data: bytes
    width: int
    height: int
    mime: str
    sha256: str


def clean_photo(raw: PhotoSource, *, max_pixels: int | None = None) -> CleanPhoto:
    """Re-encode a photo's pixels only, as one JPEG; no metadata of the original survives.

    ``raw`` is the photo's bytes or file (decoded here with the app's one safe decoder, a file
    read under its size limit), or a PIL image that decoder already produced (the GUI holds
    one; EXIF orientation is applied to it too if it still carries any). A given image is never
    changed. ``max_pixels`` overrides the decoder's pixel limit (tests use a small one).
    """
    image = _source_pixels(raw, max_pixels)  # upright, limits enforced
    image = _to_srgb(image)
    out = io.BytesIO()
    # No exif=, icc_profile=, comment= arguments: the new file holds only pixels.
    image.save(out, format="JPEG", quality=JPEG_QUALITY, subsampling=0, optimize=False)
    data = out.getvalue()
    return CleanPhoto(data=data, width=image.width, height=image.height, mime=OUTPUT_MIME,
                      sha256=hashlib.sha256(data).hexdigest())


def _source_pixels(raw: PhotoSource, max_pixels: int | None) -> Image.Image:
    """Upright pixels of ``raw``, ours to change (a caller's image is copied if it must be)."""
    if isinstance(raw, Image.Image):
        return _decoded_pixels(raw, MAX_PIXELS if max_pixels is None else max_pixels)
    if isinstance(raw, os.PathLike):
        return decode_photo(raw, max_pixels=max_pixels)
    if isinstance(raw, (bytes, bytearray, memoryview)):
        return decode_photo(bytes(raw), max_pixels=max_pixels)
    raise ImageError("the photo must be given as bytes, a file path or decoded pixels")


def _decoded_pixels(image: Image.Image, limit: int) -> Image.Image:
    """A caller's decoded image, held to the decoder's pixel limit and turned upright.

    The copy is made only when there is metadata to drop or an orientation to apply: the GUI's
    images (from ``load_photo``) carry neither, so a 12 MP photo is not copied for nothing.
    """
    if image.width * image.height > limit:
        raise ImageError(f"the photo: {image.width}x{image.height} pixels is over the limit of "
                         f"{limit // 1_000_000} megapixels")
    if image.getexif().get(EXIF_ORIENTATION_TAG, 1) != 1:
        return ImageOps.exif_transpose(image)  # a new image; the caller's stays as it was
    return image.copy() if image.info else image


def _to_srgb(image: Image.Image) -> Image.Image:
    """RGB pixels in sRGB; transparency is flattened onto white (clinical photos are opaque)."""
    icc = image.info.get("icc_profile")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    if image.mode != "RGB":
        image = image.convert("RGB")
    if icc:
        image = _apply_profile(image, icc)
    image.info.clear()
    return image


def _apply_profile(image: Image.Image, icc: bytes) -> Image.Image:
    try:
        from PIL import ImageCms
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"),
                                              outputMode="RGB")
    except Exception:  # noqa: BLE001 - a broken or unsupported profile: keep the raw pixels
        return image
    return converted if converted is not None else image
