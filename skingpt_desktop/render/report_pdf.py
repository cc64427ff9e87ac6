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
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from skingpt_desktop import __version__
from skingpt_desktop.core import atomic_files
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.i18n import is_rtl
from skingpt_desktop.core.report.model import Report
from skingpt_desktop.core.report.texts import report_texts
from skingpt_desktop.render.report_html import (
    PATIENT_PHOTO_PT,
    PHOTO_URL,
    case_photo_url,
    report_html,
)

FONT_FAMILIES = ["DejaVu Sans", "Noto Sans Arabic", "Noto Sans Devanagari", "Droid Sans Fallback",
                 "Noto Sans CJK SC"]
FONT_POINTS = 10
PHOTO_MAX_PIXELS = 1000  # longest side embedded; 220 pt at 1000 px is well over 300 dpi
MARGINS_MM = QMarginsF(16, 14, 16, 14)
PDF_RESOLUTION = 300
FOOTER_POINTS = 18  # the strip under the text that holds the version and "page x of y"
FOOTER_FONT_POINTS = 7.5
# A last page filled less than this is a sliver: the patient report tries smaller photos.
SLIVER_FRACTION = 0.25
SMALLER_PHOTO_POINTS = (140, 100)


def _photo_image(jpeg: bytes) -> QImage:
    """The photo decoded from memory, scaled down to what the page needs."""
    image = QImage.fromData(QByteArray(jpeg))
    if image.isNull():
        raise SkinGPTError("the report's photo cannot be decoded")
    if max(image.width(), image.height()) > PHOTO_MAX_PIXELS:
        image = image.scaled(PHOTO_MAX_PIXELS, PHOTO_MAX_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


def report_document(report: Report, audience: str, page_points: QSizeF,
                    photo_points: int = PATIENT_PHOTO_PT) -> QTextDocument:
    """The report laid out for a page whose printable area is ``page_points`` (in points:
    device pixels would make the text microscopic); the patient report's photo
    ``photo_points`` wide."""
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
    case_photos = report.subject.photos if report.subject is not None else ()
    for index, jpeg in enumerate(case_photos if audience == "clinician" else ()):
        document.addResource(QTextDocument.ResourceType.ImageResource,
                             QUrl(case_photo_url(index)), _photo_image(jpeg))
    document.setHtml(report_html(report, audience, patient_photo_points=photo_points))
    return document


def fitted_document(report: Report, audience: str, body: QSizeF) -> QTextDocument:
    """The report laid out; a patient report whose last page would hold only a few lines is
    laid out again with a smaller photo, while that saves the page (a handout of one page
    and a sliver is what printing must not produce)."""
    document = report_document(report, audience, body)
    if audience != "patient" or _last_page_fill(document, body) >= SLIVER_FRACTION:
        return document
    for width in SMALLER_PHOTO_POINTS:
        smaller = report_document(report, audience, body, width)
        if smaller.pageCount() < document.pageCount():
            return smaller
    return document


def _last_page_fill(document: QTextDocument, body: QSizeF) -> float:
    """How much of the last page's height the text uses (1.0 for a single full page)."""
    pages = max(1, document.pageCount())
    if pages == 1:
        return 1.0
    used = document.size().height() - (pages - 1) * body.height()
    return max(0.0, used / body.height())


def pdf_writer(device: QIODevice, title: str = "SkinGPT Desktop report") -> QPdfWriter:
    """An A4 portrait writer at ``PDF_RESOLUTION`` with the reports' margins; ``title`` goes
    into the PDF's metadata (never patient data)."""
    writer = QPdfWriter(device)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    writer.setCreator("SkinGPT Desktop")
    writer.setTitle(title)
    return writer


def render_pdf(report: Report, audience: str) -> bytes:
    """The ``audience`` ("patient" or "clinician") report as PDF bytes, made in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer)
    print_paged(report, writer, audience)
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
    print_paged(report, printer, audience)


def footer_text(report: Report, page: int, pages: int) -> str:
    """What the foot of each page says: the app and its version, and "page x of y"."""
    template = report_texts(report.language)["page_of"]
    where = template.replace("{page}", str(page)).replace("{pages}", str(pages))
    return f"SkinGPT Desktop {__version__} · {where}"


def print_paged(report: Report, device: QPagedPaintDevice, audience: str) -> int:
    """Lay the report out on ``device``'s pages with a footer on each; the number of pages."""
    return print_document(device, lambda body: fitted_document(report, audience, body),
                          lambda page, pages: footer_text(report, page, pages),
                          is_rtl(report.language))


def print_document(device: QPagedPaintDevice, layout: Callable[[QSizeF], QTextDocument],
                   footer: Callable[[int, int], str], rtl: bool = False) -> int:
    """Draw the document ``layout(body)`` makes on ``device``'s pages, ``footer(page, pages)``
    at the foot of each; the number of pages.

    The text is laid out in points on a page ``FOOTER_POINTS`` shorter than the printable
    area, then each page is drawn scaled to the device (as ``QTextDocument.print_`` does) and
    the footer is drawn in the strip left below it."""
    area = device.pageLayout().paintRectPoints().size()
    body = QSizeF(area.width(), area.height() - FOOTER_POINTS)
    document = layout(body)
    pages = max(1, document.pageCount())
    scale = device.width() / area.width()  # device pixels per point
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            _draw_page(painter, document, page, body, scale)
            _draw_footer(painter, footer(page + 1, pages), body, area, scale, rtl)
    finally:
        painter.end()
    return pages


def _draw_page(painter: QPainter, document: QTextDocument, page: int, body: QSizeF,
               scale: float) -> None:
    painter.save()
    painter.scale(scale, scale)
    painter.translate(0, -page * body.height())
    # A hair less than the page: an image that starts the next page would otherwise leave a
    # one-pixel sliver at the foot of this one.
    document.drawContents(painter, QRectF(0, page * body.height(), body.width(),
                                          body.height() - 0.5))
    painter.restore()


def _draw_footer(painter: QPainter, text: str, body: QSizeF, area: QSizeF, scale: float,
                 rtl: bool) -> None:
    painter.save()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(FOOTER_FONT_POINTS)
    painter.setFont(font)
    painter.setPen(QColor("#555555"))
    strip = QRectF(0, body.height() * scale, area.width() * scale,
                   (area.height() - body.height()) * scale)
    align = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
    painter.drawText(strip, int(align | Qt.AlignmentFlag.AlignBottom), text)
    painter.restore()
