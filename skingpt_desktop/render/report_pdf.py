"""Reports as PDF (QTextDocument + QPdfWriter, no browser engine) and on paper (a QPrinter).

The PDF is rendered into memory and then written atomically: a temporary file in the chosen
file's own folder, flushed to disk and renamed over the target. Patient data is therefore only
ever in the file the user chose (and, for the instant before the rename, in its temporary twin
beside it, which is removed on any error); nothing goes to the system's temporary folder, and
the photo reaches the document from bytes in memory.

Text in any script renders as long as a font has its glyphs: the document asks for DejaVu
Sans, Noto Sans Arabic, Noto Sans Devanagari (Hindi) and Droid Sans Fallback (Chinese) in that
order, which the installed app bundles (``register_bundled_fonts``) and Debian/Ubuntu provide as
fonts-dejavu-core, fonts-noto-core and fonts-droid-fallback; Qt falls back to any other system
font after them. A report in a right-to-left language (Arabic) is laid out right to left: the
document's default direction, besides ``dir="rtl"`` on its blocks (``report_html``).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from skingpt_desktop.core import atomic_files
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.i18n import is_rtl
from skingpt_desktop.core.report.model import Report
from skingpt_desktop.render.report_html import PHOTO_URL, report_html

FONT_FAMILIES = ["DejaVu Sans", "Noto Sans Arabic", "Noto Sans Devanagari", "Droid Sans Fallback",
                 "Noto Sans CJK SC"]
FONT_POINTS = 10
PHOTO_MAX_PIXELS = 1000  # longest side embedded; 220 pt at 1000 px is well over 300 dpi
MARGINS_MM = QMarginsF(16, 14, 16, 14)
PDF_RESOLUTION = 300


def _photo_image(jpeg: bytes) -> QImage:
    """The photo decoded from memory, scaled down to what the page needs."""
    image = QImage.fromData(QByteArray(jpeg))
    if image.isNull():
        raise SkinGPTError("the report's photo cannot be decoded")
    if max(image.width(), image.height()) > PHOTO_MAX_PIXELS:
        image = image.scaled(PHOTO_MAX_PIXELS, PHOTO_MAX_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


def report_document(report: Report, audience: str, page_points: QSizeF) -> QTextDocument:
    """The report laid out for a page whose printable area is ``page_points`` (in points:
    device pixels would make the text microscopic)."""
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(FONT_POINTS)
    document.setDefaultFont(font)
    document.setPageSize(page_points)
    document.setDocumentMargin(0)
    if is_rtl(report.language):
        option = document.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        document.setDefaultTextOption(option)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(PHOTO_URL),
                         _photo_image(report.photo_jpeg))
    document.setHtml(report_html(report, audience))
    return document


def _pdf_writer(device: QIODevice) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    writer.setCreator("SkinGPT Desktop")
    writer.setTitle("SkinGPT Desktop report")  # no patient data in the metadata
    return writer


def render_pdf(report: Report, audience: str) -> bytes:
    """The ``audience`` ("patient" or "clinician") report as PDF bytes, made in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer)
    document = report_document(report, audience, writer.pageLayout().paintRectPoints().size())
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(buffer.data())


def write_report_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename.

    The file is created readable by its owner only (it holds patient data). An unwritable
    place raises ``SkinGPTError`` with one sentence; a failed write leaves nothing behind.
    """
    folder = path.parent
    if path.is_dir():
        raise SkinGPTError(f"cannot write the report to {path}: it is a folder")
    if not folder.is_dir():
        raise SkinGPTError(f"cannot write the report to {path}: the folder {folder} does not exist")
    try:
        atomic_files.write_atomically(path, data, private=True)
    except OSError as exc:
        raise SkinGPTError(f"cannot write the report to {path}: {exc.strerror or exc}") from None


def write_pdf(report: Report, path: str | os.PathLike[str], audience: str) -> Path:
    """Render the report and write it to ``path`` atomically; returns the path."""
    target = Path(path)
    write_report_file(target, render_pdf(report, audience))
    return target


def print_report(report: Report, printer: QPagedPaintDevice, audience: str) -> None:
    """Print on a configured ``QPrinter`` (e.g. after a ``QPrintDialog``); any paged device
    will do, so this module needs QtGui only."""
    document = report_document(report, audience, printer.pageLayout().paintRectPoints().size())
    document.print_(printer)
