"""Photos are re-encoded from their pixels before they reach the vault.

A camera file carries EXIF (GPS position, camera serial, time, sometimes a thumbnail of the
uncropped picture), XMP, IPTC, comments and ICC profiles naming devices. Instead of stripping
known tags, we decode to pixels (bounded), apply the EXIF orientation so the picture looks the
same, and write a fresh high-quality JPEG (quality 95, no chroma subsampling: skin colour and
fine texture matter clinically) that carries nothing but pixels. Colour-managed photos are
converted to sRGB first where Pillow's ImageCms is available, so dropping the profile keeps the
colours.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass

from PIL import Image

from skingpt_desktop.core.errors import ImageError
from skingpt_desktop.core.preprocess import decode_photo

JPEG_QUALITY = 95
OUTPUT_MIME = "image/jpeg"


@dataclass(frozen=True)
class CleanPhoto:
    """Re-encoded photo bytes with their size; no metadata of the original survives."""

    data: bytes
    width: int
    height: int
    mime: str
    sha256: str


def clean_photo(raw: bytes | os.PathLike[str], *, max_pixels: int | None = None) -> CleanPhoto:
    """Decode ``raw`` (bytes, or a file path) with the app's one safe decoder and re-encode its
    pixels only; a file is read by the decoder, under its size limit.

    ``max_pixels`` overrides the decoder's pixel limit (tests use a small one)."""
    if isinstance(raw, os.PathLike):
        source: bytes | os.PathLike[str] = raw
    elif isinstance(raw, (bytes, bytearray, memoryview)):
        source = bytes(raw)
    else:
        raise ImageError("the photo must be given as bytes or a file path")
    image = decode_photo(source, max_pixels=max_pixels)  # upright, limits enforced
    image = _to_srgb(image)
    out = io.BytesIO()
    # No exif=, icc_profile=, comment= arguments: the new file holds only pixels.
    image.save(out, format="JPEG", quality=JPEG_QUALITY, subsampling=0, optimize=False)
    data = out.getvalue()
    return CleanPhoto(data=data, width=image.width, height=image.height, mime=OUTPUT_MIME,
                      sha256=hashlib.sha256(data).hexdigest())


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
