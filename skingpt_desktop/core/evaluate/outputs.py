"""What an evaluation writes into its folder: ``results.json`` (the schema below),
``cases.csv`` (one row per case and pack), the plots as ``plots/PACK-confusion.png`` and
``plots/PACK-skin-type.png``, and ``report.html`` (self-contained: the same plots are PNG
images inside the file, nothing is loaded from anywhere). ``report.pdf``, the same page on A4,
is drawn by render/evaluation_pdf.py (Qt: core stays free of it).

results.json::

    {"packs": {PACK: {"n_cases", "top1": {"value", "ci95": [lo, hi], "n"}, "top3": {...},
                      "consistency", "per_class": {CLASS: {"precision", "recall", "f1",
                      "support"}}, "confusion": {"labels", "matrix"},
                      "by_fitzpatrick": {GROUP: {"top1", "top3"}}, "by_monk": {...},
                      "worst_group_top1": {"group", "value", "gap_to_best"} | null,
                      "seconds_per_answer", "urgency_counts": {URGENCY: n}}},
     "comparison": {"A vs B": {"b", "c", "p_value"}} (two packs or more),
     "bad_rows": [{"row", "image", "problem"}], "runs": N, "seed": S}

The plots are drawn with matplotlib's Agg backend (no window, no display needed). Every word
on the page and the plots comes from :class:`EvaluationTexts` (English by default; the window
hands its translation and its language's decimal mark).
"""

from __future__ import annotations

import base64
import csv
import html
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skingpt_desktop.core.atomic_files import write_atomically
from skingpt_desktop.core.evaluate.metrics import CaseResult

PLOT_KINDS = ("confusion", "skin-type")  # file name endings, in the order the page shows them


def _decimal(value: float) -> str:
    return f"{value:.1f}"


@dataclass(frozen=True)
class EvaluationTexts:
    """The words of report.html, report.pdf and the plots, and how a number is written.
    ``{placeholders}`` are filled with ``str.format``; ``number`` writes a percentage's value
    with one decimal and ``count`` a whole number (the window passes its locale's)."""

    title: str = "Pack evaluation on your own cases"
    caveat: str = ("This measures how often each pack's description names the labelled "
                   "condition on these photos. It is not a clinical validation: the numbers "
                   "hold for these cases and labels only.")
    cases: str = "Cases"
    top1: str = "Top-1 accuracy"
    top3: str = "Top-3 accuracy"
    consistency: str = "Consistency across runs"
    one_run: str = "n/a (one run)"
    worst_group: str = "Worst skin-type group (top-1)"
    not_available: str = "n/a"
    worst_value: str = "{group}: {value} % ({gap} points below the best)"
    percent_ci: str = "{value} % (95 % CI {low}-{high}, n = {n})"
    percent: str = "{value} %"
    mcnemar: str = ("McNemar: {b} cases right only with the first, {c} only with the second; "
                    "p = {p}")
    rows_not_used: str = "Rows not used ({count})"
    no_plots: str = ("No plots: this installation has no matplotlib (the installed app leaves "
                     "it out); run the evaluation from a source install for them. The figures "
                     "above are complete.")
    confusion_title: str = "{pack}: confusion matrix"
    confusion_x: str = "answer (first run, top 1)"
    confusion_y: str = "label"
    groups_title: str = "{pack}: accuracy by skin type"
    groups_x: str = "Fitzpatrick skin type"
    groups_y: str = "top-1 accuracy (95 % CI)"
    pdf_footer: str = "SkinGPT Desktop {version} · pack evaluation · page {page} of {pages}"
    language: str = "en"
    right_to_left: bool = False
    number: Callable[[float], str] = _decimal
    count: Callable[[int], str] = str

    def share(self, value: float) -> str:
        """A proportion in [0, 1] as a percentage's number (no % sign)."""
        return self.number(100 * value)

    def plot_text(self, text: str) -> str:
        """``text`` for a plot: in a right-to-left language it starts with a right-to-left
        mark, so matplotlib lays a label that begins with a pack name (Latin) out from the
        right as the language reads, and its colon lands beside the right word."""
        return "\u200f" + text if self.right_to_left else text


ENGLISH = EvaluationTexts()


def write_results(out: Path, results: dict[str, Any]) -> Path:
    """``results.json``, written whole or not at all."""
    return write_atomically(out / "results.json", json.dumps(results, indent=1))


def write_cases_csv(out: Path, per_pack: dict[str, list[CaseResult]]) -> Path:
    """``cases.csv``: pack, case, label, Fitzpatrick group, first run's top 3, hit flags."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["pack", "case", "label", "fitzpatrick", "top1", "top3", "top1_correct",
                     "top3_correct", "runs"])
    for pack, results in per_pack.items():
        for r in results:
            first = r.runs[0] if r.runs else ()
            writer.writerow([pack, r.case_id, r.label, r.fitzpatrick, r.top1, " ".join(first[:3]),
                             int(r.hit(1)), int(r.hit(3)), len(r.runs)])
    return write_atomically(out / "cases.csv", buffer.getvalue())


def _png(figure) -> bytes:
    stream = io.BytesIO()
    figure.savefig(stream, format="png", dpi=100, bbox_inches="tight")
    return stream.getvalue()


def write_plots(out: Path, images: dict[str, list[bytes]]) -> dict[str, list[Path]]:
    """Each pack's plot PNGs (:func:`plot_images`) as files in ``out/plots``."""
    written: dict[str, list[Path]] = {}
    (out / "plots").mkdir(parents=True, exist_ok=True)
    for name, pngs in images.items():
        written[name] = [write_atomically(out / "plots" / f"{name}-{kind}.png", png)
                         for kind, png in zip(PLOT_KINDS, pngs, strict=False)]
    return written


def plot_images(results: dict[str, Any], texts: EvaluationTexts = ENGLISH
                ) -> dict[str, list[bytes]]:
    """Each pack's plots as PNG bytes, in ``PLOT_KINDS`` order (none where matplotlib is not
    installed: the installed app leaves it out to stay small)."""
    try:
        import matplotlib
    except ImportError:
        return {name: [] for name in results["packs"]}

    matplotlib.use("Agg")  # files only: no display, no Qt
    from matplotlib import pyplot

    images: dict[str, list[bytes]] = {}
    for name, block in results["packs"].items():
        figures = [_confusion_plot(pyplot, name, block, texts)]
        if block["by_fitzpatrick"]:
            figures.append(_groups_plot(pyplot, name, block, texts))
        images[name] = []
        for figure in figures:
            images[name].append(_png(figure))
            pyplot.close(figure)
    return images


def _confusion_plot(pyplot, name: str, block: dict[str, Any], texts: EvaluationTexts):
    """The confusion matrix of one pack: labels down, first-run top-1 answers across."""
    labels, matrix = block["confusion"]["labels"], block["confusion"]["matrix"]
    figure, axes = pyplot.subplots(figsize=(1.2 + 0.5 * len(labels), 1.0 + 0.5 * len(labels)))
    axes.imshow(matrix or [[0]], cmap="Blues")
    axes.set_xticks(range(len(labels)), labels, rotation=60, ha="right", fontsize=8)
    axes.set_yticks(range(len(labels)), labels, fontsize=8)
    axes.set_xlabel(texts.plot_text(texts.confusion_x))
    axes.set_ylabel(texts.plot_text(texts.confusion_y))
    darkest = max((max(row) for row in matrix), default=0)
    for i, row in enumerate(matrix):
        for j, count in enumerate(row):
            if count:  # white on the dark cells, black on the light ones
                axes.text(j, i, str(count), ha="center", va="center", fontsize=8,
                          color="white" if count > darkest / 2 else "black")
    axes.set_title(texts.plot_text(texts.confusion_title.format(pack=name)))
    return figure


def _groups_plot(pyplot, name: str, block: dict[str, Any], texts: EvaluationTexts):
    """Top-1 accuracy per Fitzpatrick group with its 95 % interval."""
    groups = block["by_fitzpatrick"]
    figure, axes = pyplot.subplots(figsize=(5, 3))
    tops = [g["top1"] for g in groups.values()]
    values = [top["value"] for top in tops]
    errors = [[top["value"] - top["ci95"][0] for top in tops],
              [top["ci95"][1] - top["value"] for top in tops]]
    axes.bar(list(groups), values, yerr=errors, color="#23395d", capsize=4)
    axes.set_ylim(0, 1)
    axes.set_xlabel(texts.plot_text(texts.groups_x))
    axes.set_ylabel(texts.plot_text(texts.groups_y))
    axes.set_title(texts.plot_text(texts.groups_title.format(pack=name)))
    return figure


def write_outputs(out: Path, results: dict[str, Any], per_pack: dict[str, list[CaseResult]],
                  texts: EvaluationTexts | None = None) -> list[Path]:
    """results.json, cases.csv, the plot PNGs and report.html; the paths written."""
    plots = write_plots(out, plot_images(results, texts or ENGLISH))
    return [write_results(out, results), write_cases_csv(out, per_pack),
            *[path for paths in plots.values() for path in paths],
            write_report_html(out, results, plots, texts)]


def write_report_html(out: Path, results: dict[str, Any],
                      plots: dict[str, list[Path]] | None = None,
                      texts: EvaluationTexts | None = None) -> Path:
    """``report.html``: the figures per pack with its plots (``write_plots``' files, inlined),
    the comparison, the bad rows; offline."""
    return write_atomically(out / "report.html",
                            report_page(results, plots or {}, texts=texts or ENGLISH))


def report_page(results: dict[str, Any], plots: dict[str, list[Path]],
                image_source: Callable[[Path], str] | None = None,
                texts: EvaluationTexts = ENGLISH) -> str:
    """The report page's HTML; each plot's ``src`` is ``image_source(path)`` (default: the
    PNG inlined as a data URL, so the page needs no other file)."""
    source = image_source or _data_url
    e = html.escape
    parts = [f"<!DOCTYPE html><html lang='{e(texts.language)}' "
             f"dir='{'rtl' if texts.right_to_left else 'ltr'}'><head><meta charset='utf-8'>"
             f"<title>{e(texts.title)}</title>"
             "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
             "td,th{padding:2px 8px;text-align:start}</style></head><body>",
             f"<h1>{e(texts.title)}</h1>", f"<p>{e(texts.caveat)}</p>"]
    for name, block in results["packs"].items():
        parts.append(_pack_section(name, block, [source(path) for path in plots.get(name, [])],
                                   texts))
    for pair, test in results.get("comparison", {}).items():
        parts.append(f"<h2>{e(pair)}</h2><p>" + e(texts.mcnemar.format(
            b=test["b"], c=test["c"], p=f"{test['p_value']:.3g}")) + "</p>")
    bad = results.get("bad_rows", [])
    parts.append(f"<h2>{e(texts.rows_not_used.format(count=len(bad)))}</h2><ul>" + "".join(
        f"<li>{e(b['image'])}: {e(b['problem'])}</li>" for b in bad) + "</ul></body></html>")
    return "".join(parts)


def pack_rows(block: dict[str, Any], texts: EvaluationTexts = ENGLISH) -> list[tuple[str, str]]:
    """One pack's headline figures as (name, value) lines: the report's table and the
    window's summary."""
    worst, consistency = block["worst_group_top1"], block["consistency"]
    return [(texts.cases, texts.count(block["n_cases"])),
            (texts.top1, _with_interval(block["top1"], texts)),
            (texts.top3, _with_interval(block["top3"], texts)),
            (texts.consistency, texts.one_run if consistency is None
             else texts.percent.format(value=texts.share(consistency))),
            (texts.worst_group, texts.not_available if worst is None else
             texts.worst_value.format(group=worst["group"], value=texts.share(worst["value"]),
                                      gap=texts.share(worst["gap_to_best"])))]


def _with_interval(p: dict[str, Any], texts: EvaluationTexts) -> str:
    low, high = p["ci95"]
    return texts.percent_ci.format(value=texts.share(p["value"]), low=texts.share(low),
                                   high=texts.share(high), n=texts.count(p["n"]))


def _pack_section(name: str, block: dict[str, Any], images: list[str],
                  texts: EvaluationTexts) -> str:
    """One pack's table of figures and its plots (``images``: the ``src`` of each)."""
    e = html.escape
    parts = [f"<h2>{e(name)}</h2><table>" + "".join(
        f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in pack_rows(block, texts))
        + "</table>"]
    parts += [f"<p><img alt='plot' src='{e(src)}'></p>" for src in images]
    if not images:
        parts.append(f"<p><i>{e(texts.no_plots)}</i></p>")
    return "".join(parts)


def _data_url(path: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")
