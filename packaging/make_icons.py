"""Render the app icon from its SVG into the PNG, ICO and ICNS files the app and installers use.

Run from the repository root after changing ``resources/icons/skingpt-desktop.svg``::

    .venv/bin/python packaging/make_icons.py

and commit the files it rewrites next to the SVG:

- ``skingpt-desktop-{16,24,32,48,64,128,256,512}.png``: the window icon (``ui/app.py`` loads
  every size, so Qt never has to scale a large one down into a blur) and the Linux menu icons;
- ``skingpt-desktop.ico``: Windows (the .exe and the installer), 16 to 256 px;
- ``skingpt-desktop.icns``: macOS (the .app bundle), 32 to 1024 px.

Each size is rendered from the vector drawing by Qt's own SVG renderer (QtSvg), the same one
that would draw the SVG in the app. Needs PySide6 and Pillow (both in the project's venv);
runs without a display.
"""

from __future__ import annotations

import io
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
NAME = "skingpt-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)  # what Pillow's ICNS writer stores (16 pt @2x etc.)
ICO_PNG_FROM = 256  # ICO frames this large are stored as PNG, smaller ones as bitmaps


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The drawing at ``size`` x ``size`` pixels, antialiased, on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    stride = rgba.bytesPerLine()
    return Image.frombuffer("RGBA", (size, size), bytes(rgba.constBits()), "raw", "RGBA",
                            stride, 1).copy()


def png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def ico_bitmap(image: Image.Image) -> bytes:
    """One ICO frame as a 32-bit DIB: BGRA rows bottom-up, then the 1-bit transparency mask.

    Pillow's ICO writer stores either every frame as PNG or every frame as a bitmap without
    the mask; Windows' own layout (bitmaps for the small sizes, PNG for 256 px) is the one
    every Windows tool and shell component reads, so the frames are written here.
    """
    width, height = image.size
    header = struct.pack("<IiiHHIIiiII", 40, width, 2 * height, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = image.transpose(Image.Transpose.FLIP_TOP_BOTTOM).tobytes("raw", "BGRA")
    alpha = image.getchannel("A").transpose(Image.Transpose.FLIP_TOP_BOTTOM).tobytes()
    row_bytes = (width + 31) // 32 * 4  # mask rows are padded to 32 bits
    mask = bytearray(row_bytes * height)
    for y in range(height):
        for x in range(width):
            if alpha[y * width + x] == 0:  # 1 = transparent, for readers that ignore alpha
                mask[y * row_bytes + x // 8] |= 0x80 >> (x % 8)
    return header + pixels + bytes(mask)


def ico_bytes(images: dict[int, Image.Image]) -> bytes:
    """A multi-size .ico file with one frame per size, smallest first."""
    frames = [(size, png_bytes(images[size]) if size >= ICO_PNG_FROM else ico_bitmap(images[size]))
              for size in sorted(images)]
    out = bytearray(struct.pack("<HHH", 0, 1, len(frames)))
    offset = 6 + 16 * len(frames)
    for size, data in frames:
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    for _size, data in frames:
        out += data
    return bytes(out)


def icns_bytes(images: dict[int, Image.Image]) -> bytes:
    """A .icns file; every size Pillow's writer stores is given, so none is resampled."""
    largest = images[max(images)]
    out = io.BytesIO()
    largest.save(out, "ICNS", append_images=[images[s] for s in sorted(images)])
    return out.getvalue()


def write(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    print(f"{path.relative_to(ICONS.parents[1])}: {len(data) / 1000:.1f} KB")


def main() -> int:
    svg = ICONS / f"{NAME}.svg"
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"error: {svg} is not an SVG that QtSvg can render", file=sys.stderr)
        return 1
    images = {size: render(renderer, size)
              for size in sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))}
    for size in PNG_SIZES:
        write(ICONS / f"{NAME}-{size}.png", png_bytes(images[size]))
    write(ICONS / f"{NAME}.ico", ico_bytes({size: images[size] for size in ICO_SIZES}))
    write(ICONS / f"{NAME}.icns", icns_bytes({size: images[size] for size in ICNS_SIZES}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
