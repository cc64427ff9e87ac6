"""An evaluation's report page as ``OUT/report.pdf``: the same page as ``report.html``
(core/evaluate/outputs.py ``report_page``), laid out on A4 with the reports' own PDF path
(QTextDocument + QPdfWriter, render/report_pdf.py), so the app needs no second PDF library.

Qt needs a QGuiApplication: the command line makes one with ``render.qt_gui.gui_application``
(offscreen where there is no display, so ``main.py evaluate`` works over SSH as ``main.py
report`` does); the window has its own, and writes the PDF on a worker thread. The plots are the
PNG files the evaluation wrote, handed to the document from memory and scaled to the page
width without losing their pixels (a device pixel ratio above 1), so the page stays sharp.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QSizeF, QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument

from skingpt_desktop import __version__
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.evaluate.outputs import ENGLISH, PLOT_KINDS, EvaluationTexts, report_page
from skingpt_desktop.render.report_pdf import (
    FONT_FAMILIES,
    FONT_POINTS,
    pdf_writer,
    print_document,
    write_report_file,
)

PLOT_URL = "plot:{index}"


def plot_files(out: Path, results: dict[str, Any]) -> dict[str, list[Path]]:
    """The plot PNGs the evaluation wrote into ``out/plots``, per pack, in page order."""
    return {name: [path for kind in PLOT_KINDS
                   if (path := out / "plots" / f"{name}-{kind}.png").is_file()]
            for name in results["packs"]}


def evaluation_document(results: dict[str, Any], plots: dict[str, list[Path]],
                        body: QSizeF, texts: EvaluationTexts = ENGLISH) -> QTextDocument:
    """The report page laid out for a printable area of ``body`` points."""
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(FONT_POINTS)
    document.setDefaultFont(font)
    document.setPageSize(body)
    document.setDocumentMargin(0)
    urls: dict[Path, str] = {}
    for path in (p for paths in plots.values() for p in paths):
        urls[path] = PLOT_URL.format(index=len(urls))
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(urls[path]),
                             _fitted_image(path, body.width()))
    document.setHtml(_printable(report_page(results, plots, image_source=urls.__getitem__,
                                            texts=texts)))
    return document


def _fitted_image(path: Path, width_points: float) -> QImage:
    """The PNG at ``path``, drawn at most ``width_points`` wide (pixels kept)."""
    image = QImage(str(path))
    if image.isNull():
        raise SkinGPTError(f"{path.name}: the plot cannot be read")
    image.setDevicePixelRatio(max(1.0, image.width() / width_points))
    return image


def _printable(page: str) -> str:
    """The page with a print style instead of its screen one (QTextDocument's CSS subset
    has no max-width or margin:auto)."""
    return re.sub(r"<style>.*?</style>", "<style>h1{font-size:16pt} h2{font-size:13pt;"
                  "margin-top:14pt} th{text-align:left;padding-right:12pt}</style>", page,
                  flags=re.S)


def render_report_pdf(results: dict[str, Any], plots: dict[str, list[Path]],
                      texts: EvaluationTexts = ENGLISH) -> bytes:
    """The evaluation report as PDF bytes, made in memory (a Q(Gui)Application must exist:
    ``render.qt_gui.gui_application``)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, "SkinGPT Desktop pack evaluation")
    print_document(writer, lambda body: evaluation_document(results, plots, body, texts),
                   lambda page, pages: texts.pdf_footer.format(version=__version__, page=page,
                                                               pages=pages))
    del writer  # finishes the PDF
    buffer.close()
    return bytes(buffer.data())


def write_report_pdf(out: Path, results: dict[str, Any],
                     texts: EvaluationTexts = ENGLISH) -> Path:
    """``out/report.pdf``, written atomically, from results.json's content and the plots."""
    target = out / "report.pdf"
    write_report_file(target, render_report_pdf(results, plot_files(out, results), texts))
    return target

