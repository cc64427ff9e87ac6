"""The evaluation's report page renders offline (a Qt browser's screenshot shows the plots, and
it asks for nothing but the page's own data), and report.pdf holds the same figures and plots.

The answers are written by hand (no model): these tests are about the outputs only."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTextBrowser

from skingpt_desktop.core.evaluate.dataset import load_dataset
from skingpt_desktop.core.evaluate.evaluation import build_results
from skingpt_desktop.core.evaluate.outputs import write_outputs
from skingpt_desktop.core.evaluate.stores import runs_file
from skingpt_desktop.core.report.labels import default_label_spaces
from skingpt_desktop.render.evaluation_pdf import write_report_pdf
from tests.pdf_tools import pdf_text_raw, run_tool
from tests.test_cli_evaluate import LABELS, dataset


def evaluated(tmp_path: Path) -> tuple[Path, dict]:
    """An output folder as a finished two-run evaluation of six photos leaves it."""
    cases = load_dataset(dataset(tmp_path / "data"), default_label_spaces().class_ids)
    out = tmp_path / "out"
    records = [{"case": case.id, "run": run, "conditions": [LABELS[(i + run) % 4], LABELS[0]],
                "urgency": "routine", "seconds": 1.5, "tokens": 40}
               for i, case in enumerate(cases.cases) for run in range(2)]
    runs_file(out, "demo").parent.mkdir(parents=True)
    results, per_pack = build_results(cases, {"demo": records}, 2, 0)
    write_outputs(out, results, per_pack)
    return out, results


class RecordingBrowser(QTextBrowser):
    """A QTextBrowser that notes every resource the page asks for."""

    def __init__(self) -> None:
        super().__init__()
        self.requested: list[QUrl] = []

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt API
        self.requested.append(url)
        return super().loadResource(kind, url)


def dark_share(image: QImage, top: int, bottom: int) -> float:
    """The share of sampled pixels in rows ``top``..``bottom`` that are not near-white."""
    samples = [image.pixelColor(x, y) for y in range(top, bottom, 4)
               for x in range(0, image.width(), 4)]
    return sum(1 for c in samples if c.lightness() < 200) / len(samples)


def test_the_html_report_renders_its_plots_and_fetches_nothing(qtbot, tmp_path) -> None:
    out, results = evaluated(tmp_path)
    browser = RecordingBrowser()
    qtbot.addWidget(browser)
    browser.resize(900, 1600)
    browser.setSource(QUrl.fromLocalFile(str(out / "report.html")))
    browser.show()
    qtbot.waitExposed(browser)
    shot = browser.grab().toImage()
    shot.save(str(tmp_path / "report-html.png"))
    text = browser.document().toPlainText()
    assert "Pack evaluation on your own cases" in text and "Top-1 accuracy" in text
    schemes = {url.scheme() for url in browser.requested}
    assert schemes <= {"file", "data"}, browser.requested
    images = [url for url in browser.requested if url.scheme() == "data"]
    assert len(images) == 2  # the confusion matrix and the accuracy by skin type
    for url in images:
        assert not browser.document().resource(2, url).isNull()  # 2: ImageResource, decoded
    # Below the table the plots fill the page: far more ink than text alone would leave.
    assert dark_share(shot, 300, 1200) > 0.05
    assert results["packs"]["demo"]["n_cases"] == 6


def test_the_pdf_has_the_figures_and_both_plots(qapp, tmp_path) -> None:
    out, results = evaluated(tmp_path)
    pdf = write_report_pdf(out, results)
    assert pdf == out / "report.pdf"
    text = " ".join(pdf_text_raw(pdf).split())
    block = results["packs"]["demo"]
    for expected in ("Pack evaluation on your own cases", "Top-1 accuracy", "Top-3 accuracy",
                     f"{100 * block['top1']['value']:.1f} %", "Worst skin-type group",
                     "Rows not used (1)", "photos/gone.jpg", "page 1 of"):
        assert expected in text, expected
    listing = run_tool("pdfimages", "-list", pdf).splitlines()[2:]
    embedded = sorted(int(line.split()[3]) for line in listing)
    plots = sorted(Image.open(png).width for png in (out / "plots").glob("demo-*.png"))
    assert len(plots) == 2 and embedded == plots  # each plot once, at its own resolution
    assert "SkinGPT Desktop pack evaluation" in run_tool("pdfinfo", pdf)
    assert json.loads((out / "results.json").read_text()) == results


def test_right_to_left_plot_labels_start_with_a_right_to_left_mark(tmp_path) -> None:
    import dataclasses

    from matplotlib import pyplot

    from skingpt_desktop.core.evaluate import outputs

    _, results = evaluated(tmp_path)
    block = results["packs"]["demo"]
    arabic = dataclasses.replace(outputs.ENGLISH, right_to_left=True,
                                 confusion_title="{pack}: مصفوفة الالتباس")
    for texts, mark in ((arabic, "\u200f"), (outputs.ENGLISH, "")):
        figure = outputs._confusion_plot(pyplot, "demo", block, texts)
        axes = figure.axes[0]
        assert axes.get_title() == mark + texts.confusion_title.format(pack="demo")
        assert axes.get_xlabel() == mark + texts.confusion_x
        pyplot.close(figure)
    assert outputs.plot_images(results, arabic)["demo"]  # both plots drawn with the marks
