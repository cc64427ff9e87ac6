"""Moving pictures between Qt and Pillow.

Frames from the camera, the clipboard or a drop arrive as QImage; the app decodes every photo
with core's one safe decoder, so they are handed over as PNG bytes (lossless, no metadata).
Kept apart from the widgets so the camera dialog and the photo panel both use it without
importing each other.
"""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage


def pil_to_qimage(image: Image.Image) -> QImage:
    """An RGB PIL image as an independent QImage (safe to create on a worker thread)."""
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    qimage = QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888)
    return qimage.copy()  # detach from ``data``, which Python may free


def qimage_to_png_bytes(image: QImage) -> bytes:
    """Encode a QImage (clipboard, camera, drop) as PNG so it takes the same safe decode path."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(array.data())
