"""Photo decoding, BLIP-2 preprocessing and photo-quality checks.

Photos are untrusted input. ``load_photo`` accepts only the formats cameras and phones produce,
decodes in-process (never through an external program), enforces file-size and pixel-count limits
before decoding, rejects truncated files, applies the EXIF orientation and returns a fresh RGB
image that carries no metadata.

``to_model_input`` reproduces the reference BLIP-2 eval processor exactly: bicubic resize to
S x S (aspect ratio not kept), scale to [0, 1], per-channel mean/std normalisation. On a PIL image
this is what torchvision's Resize/ToTensor/Normalize compute.
"""

from __future__ import annotations

import io
import os
import stat
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from skingpt_desktop.core.bounded_input import short_path
from skingpt_desktop.core.errors import ImageError
from skingpt_desktop.core.i18n import SOURCE_LANGUAGE, data_text
from skingpt_desktop.core.vision.vision_format import VisionHParams

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_PIXELS = 120_000_000  # a 108-megapixel phone photo still opens; bombs do not
ALLOWED_FORMATS = ("JPEG", "PNG", "WEBP", "TIFF", "BMP", "HEIF")
FLATTEN_GREY = (128, 128, 128)  # what fully transparent pixels become: neutral mid-grey
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp", ".heic", ".heif")

_heif_registered = False


def _register_heif() -> None:
    """Teach Pillow to read HEIC/HEIF (iPhone photos) through libheif, in-process."""
    global _heif_registered
    if _heif_registered:
        return
    try:
        from pillow_heif import register_heif_opener
    except ImportError:  # optional at run time: HEIC photos then get a clear error
        return
    register_heif_opener()
    _heif_registered = True


def _read_source(source: str | os.PathLike | bytes) -> tuple[bytes, str]:
    """The photo's bytes and a label for messages (the file name, never the content)."""
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
        label = "the photo"
    else:
        path = Path(source)
        label = short_path(path.name)
        data = _read_photo_file(path, label)
    if len(data) > MAX_FILE_BYTES:
        raise ImageError(f"{label}: image is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    if not data:
        raise ImageError(f"{label}: file is empty")
    return data, label


def _read_photo_file(path: Path, label: str) -> bytes:
    """At most MAX_FILE_BYTES + 1 bytes of ``path``, which must be a regular file: a FIFO
    would block, and ``/dev/zero`` would be read until memory runs out."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise ImageError(f"{label}: is a folder, not a photo")
        if not stat.S_ISREG(info.st_mode):
            raise ImageError(f"{label}: is not a regular file (a device, pipe or socket); only "
                             "photo files are read")
        if info.st_size > MAX_FILE_BYTES:
            raise ImageError(f"{label}: file is {info.st_size // (1024 * 1024)} MB; photos up to "
                             f"{MAX_FILE_BYTES // (1024 * 1024)} MB are accepted")
        with open(path, "rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)  # a file growing meanwhile is still capped
    except FileNotFoundError:
        raise ImageError(f"{label}: file not found") from None
    except OSError as exc:
        raise ImageError(f"{label}: cannot be read ({exc.strerror})") from None
    except ValueError:  # a NUL character in the path
        raise ImageError(f"{label}: is not a valid file name") from None


def decode_photo(source: str | os.PathLike | bytes, *, max_pixels: int | None = None) -> Image.Image:
    """Decode a photo safely and turn it upright; mode and ICC profile are kept.

    This is the one decoder for untrusted photos (the model path and the vault both use it):
    camera formats only, decoded in-process, byte and pixel limits checked before any pixel is
    decoded, truncated files rejected, EXIF orientation applied. Raises ImageError.
    """
    _register_heif()
    limit = MAX_PIXELS if max_pixels is None else max_pixels
    data, label = _read_source(source)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            Image.init()  # load Pillow's format plugins so the filter below sees them
            formats = [name for name in ALLOWED_FORMATS if name in Image.OPEN]
            image: Image.Image = Image.open(io.BytesIO(data), formats=formats)
            width, height = image.size  # from the header, before any pixel is decoded
            if width * height > limit:
                raise ImageError(f"{label}: {width}x{height} pixels is over the limit of "
                                 f"{limit // 1_000_000} megapixels")
            image.load()
            icc = image.info.get("icc_profile")
            image = ImageOps.exif_transpose(image)
    except UnidentifiedImageError:
        raise ImageError(f"{label}: not a supported photo (use JPEG, PNG, WebP, TIFF, BMP or "
                         "HEIC)") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError(f"{label}: image is too large to open safely (over the limit of "
                         f"{limit // 1_000_000} megapixels)") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise ImageError(f"{label}: damaged or truncated image ({exc})") from None
    if icc:
        image.info["icc_profile"] = icc
    return image


def load_photo(source: str | os.PathLike | bytes) -> Image.Image:
    """Decode a photo safely for the model: RGB, EXIF orientation applied, no metadata.

    Raises ImageError with one clear sentence for unknown formats, truncated or damaged files,
    and images over the size limits.
    """
    return _to_rgb(decode_photo(source))


def _to_rgb(image: Image.Image) -> Image.Image:
    """Any mode to a fresh 8-bit RGB image without metadata.

    Colour modes go through Pillow's conversion (alpha dropped, as the reference's
    ``convert("RGB")`` does), except that fully transparent pixels become a neutral grey
    (``FLATTEN_GREY``): their hidden colour is arbitrary, often black, and would read as a dark,
    clipped photo (partly transparent pixels keep their colour, so the model input stays the
    reference's for them). 16-bit and float greyscale are scaled to 8 bits first, because a
    plain conversion would clip them to white.
    """
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        values = np.asarray(image, dtype=np.float64)
        high = 65535.0 if image.mode.startswith("I;16") or values.max(initial=0) > 255 else 255.0
        image = Image.fromarray(np.clip(values / high * 255.0 + 0.5, 0, 255).astype(np.uint8))
    elif image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    rgb = image.convert("RGB")
    if image.mode in ("RGBA", "LA", "PA"):
        hidden = np.asarray(image.getchannel("A")) == 0
        if hidden.any():
            pixels = np.array(rgb)
            pixels[hidden] = FLATTEN_GREY
            rgb = Image.fromarray(pixels, "RGB")
    return Image.frombytes("RGB", rgb.size, rgb.tobytes())


def to_model_input(image: Image.Image, hparams: VisionHParams) -> np.ndarray:
    """BLIP-2 eval preprocessing: (3, S, S) float32, bicubic-resized and normalised."""
    size = hparams.image_size
    resized = image.convert("RGB").resize((size, size), Image.Resampling.BICUBIC)
    pixels = np.asarray(resized, dtype=np.float32) / np.float32(255.0)  # (S, S, 3)
    mean = np.asarray(hparams.image_mean, dtype=np.float32)
    std = np.asarray(hparams.image_std, dtype=np.float32)
    normalised = (pixels - mean) / std
    return np.ascontiguousarray(normalised.transpose(2, 0, 1))  # (3, S, S)


# --- photo quality ------------------------------------------------------------------------

# Thresholds for the quality report, as data. Blur: variance of the Laplacian of a 512-px-wide
# grey copy; exposure: mean brightness and the shares of clipped shadows (grey <= 5) and
# clipped highlights (grey >= 250), measured inside any uniform border or background.
QUALITY_LIMITS = {
    "min_side_px": 448,
    "blur_variance": 60.0,
    "dark_mean": 45.0,
    "bright_mean": 215.0,
    "clipped_share": 0.25,
}
SHADOW_MAX = 5  # grey levels at or below: clipped to black
HIGHLIGHT_MIN = 250  # grey levels at or above: clipped to white
BACKGROUND_TOLERANCE = 8  # grey levels a border may vary and still count as uniform

# The problems a quality report can name; each has one sentence of retake guidance, a data text
# (``quality.<problem>`` in resources/texts/, English in en.json) so that it can be translated.
QUALITY_PROBLEMS = ("resolution", "blur", "dark", "bright")


def retake_guidance(problem: str, language: str = SOURCE_LANGUAGE) -> str:
    """The retake advice for ``problem`` (one of ``QUALITY_PROBLEMS``) in ``language``."""
    return data_text(f"quality.{problem}", language)


def __getattr__(name: str) -> dict[str, str]:
    # RETAKE_GUIDANCE (English, problem -> sentence) is read from the data file on first use.
    if name == "RETAKE_GUIDANCE":
        return {problem: retake_guidance(problem) for problem in QUALITY_PROBLEMS}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass
class QualityReport:
    """Measured quality figures and any problems, each with retake guidance."""

    width: int
    height: int
    sharpness: float
    brightness: float
    clipped_share: float  # shadows and highlights together
    problems: list[str] = field(default_factory=list)
    shadow_share: float = 0.0  # pixels at or below SHADOW_MAX: too dark, never "too bright"
    highlight_share: float = 0.0  # pixels at or above HIGHLIGHT_MIN

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def guidance(self) -> list[str]:
        """One sentence of advice per problem, in the spirit of the paper's capture guideline."""
        return self.guidance_in(SOURCE_LANGUAGE)

    def guidance_in(self, language: str) -> list[str]:
        """``guidance`` in ``language`` (English for any sentence not translated)."""
        return [retake_guidance(p, language) for p in self.problems]


def _laplacian_variance(grey: np.ndarray) -> float:
    """Variance of the 4-neighbour Laplacian; low means few edges, i.e. blur."""
    centre = grey[1:-1, 1:-1]
    lap = grey[:-2, 1:-1] + grey[2:, 1:-1] + grey[1:-1, :-2] + grey[1:-1, 2:] - 4.0 * centre
    return float(lap.var())


def subject_area(grey: np.ndarray) -> np.ndarray:
    """``grey`` without a uniform border or background: the bounding box of the pixels that
    differ from the border's typical value, when the border is uniform (a letterbox, a black
    or white backdrop); the whole image otherwise or when nothing differs."""
    if min(grey.shape) < 3:
        return grey
    ring = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    border = float(np.median(ring))
    if np.mean(np.abs(ring - border) <= BACKGROUND_TOLERANCE) < 0.95:
        return grey  # the photo runs to its edges
    rows, cols = np.nonzero(np.abs(grey - border) > BACKGROUND_TOLERANCE)
    if rows.size == 0:
        return grey
    return grey[rows.min():rows.max() + 1, cols.min():cols.max() + 1]


def _exposure_problems(report: QualityReport) -> list[str]:
    """"dark" for a dark mean or many clipped shadows; "bright" only for a bright mean or many
    clipped highlights (black is never over-exposure)."""
    limits = QUALITY_LIMITS
    if report.brightness < limits["dark_mean"] or report.shadow_share > limits["clipped_share"]:
        return ["dark"]
    if report.brightness > limits["bright_mean"] or report.highlight_share > limits["clipped_share"]:
        return ["bright"]
    return []


def assess_quality(image: Image.Image) -> QualityReport:
    """Check resolution, focus and exposure of a photo; never raises for a valid image.

    Exposure is measured on the subject: a uniform border or background is left out."""
    width, height = image.size
    scale = 512 / max(width, 1)
    small = _to_rgb(image).convert("L")  # transparency flattened as the model sees it
    if scale < 1:
        small = small.resize((512, max(1, round(height * scale))), Image.Resampling.BILINEAR)
    grey = np.asarray(small, dtype=np.float32)
    subject = subject_area(grey)
    shadows, highlights = float((subject <= SHADOW_MAX).mean()), float((subject >= HIGHLIGHT_MIN).mean())
    report = QualityReport(
        width=width,
        height=height,
        sharpness=_laplacian_variance(grey) if min(grey.shape) >= 3 else 0.0,
        brightness=float(subject.mean()),
        clipped_share=shadows + highlights,
        shadow_share=shadows,
        highlight_share=highlights,
    )
    if min(width, height) < QUALITY_LIMITS["min_side_px"]:
        report.problems.append("resolution")
    if report.sharpness < QUALITY_LIMITS["blur_variance"]:
        report.problems.append("blur")
    report.problems.extend(_exposure_problems(report))
    return report
