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

The plots are drawn with matplotlib's Agg backend (no window, no display needed).
"""

from __future__ import annotations

import base64
import csv
import html
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from skingpt_desktop.core.atomic_files import write_atomically
from skingpt_desktop.core.evaluate.metrics import CaseResult

PLOT_KINDS = ("confusion", "skin-type")  # file name endings, in the order the page shows them


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


def write_plots(out: Path, results: dict[str, Any]) -> dict[str, list[Path]]:
    """Each pack's plots as PNG files in ``out/plots`` (none where matplotlib is not
    installed: the installed app leaves it out to stay small)."""
    written: dict[str, list[Path]] = {}
    (out / "plots").mkdir(parents=True, exist_ok=True)
    for name, block in results["packs"].items():
        images = _plots(name, block)
        written[name] = [write_atomically(out / "plots" / f"{name}-{kind}.png", png)
                         for kind, png in zip(PLOT_KINDS, images, strict=False)]
    return written


def _plots(name: str, block: dict[str, Any]) -> list[bytes]:
    """The confusion matrix and (where the dataset has skin types) the per-group accuracy of
    one pack, as PNG bytes."""
    try:
        import matplotlib
    except ImportError:
        return []

    matplotlib.use("Agg")  # files only: no display, no Qt
    from matplotlib import pyplot

    images = []
    labels, matrix = block["confusion"]["labels"], block["confusion"]["matrix"]
    figure, axes = pyplot.subplots(figsize=(1.2 + 0.5 * len(labels), 1.0 + 0.5 * len(labels)))
    axes.imshow(matrix or [[0]], cmap="Blues")
    axes.set_xticks(range(len(labels)), labels, rotation=60, ha="right", fontsize=8)
    axes.set_yticks(range(len(labels)), labels, fontsize=8)
    axes.set_xlabel("answer (first run, top 1)")
    axes.set_ylabel("label")
    darkest = max((max(row) for row in matrix), default=0)
    for i, row in enumerate(matrix):
        for j, count in enumerate(row):
            if count:  # white on the dark cells, black on the light ones
                axes.text(j, i, str(count), ha="center", va="center", fontsize=8,
                          color="white" if count > darkest / 2 else "black")
    axes.set_title(f"{name}: confusion matrix")
    images.append(_png(figure))
    pyplot.close(figure)
    groups = block["by_fitzpatrick"]
    if groups:
        figure, axes = pyplot.subplots(figsize=(5, 3))
        tops = [g["top1"] for g in groups.values()]
        values = [top["value"] for top in tops]
        errors = [[top["value"] - top["ci95"][0] for top in tops],
                  [top["ci95"][1] - top["value"] for top in tops]]
        axes.bar(list(groups), values, yerr=errors, color="#23395d", capsize=4)
        axes.set_ylim(0, 1)
        axes.set_xlabel("Fitzpatrick skin type")
        axes.set_ylabel("top-1 accuracy (95 % CI)")
        axes.set_title(f"{name}: accuracy by skin type")
        images.append(_png(figure))
        pyplot.close(figure)
    return images


def _percent(p: dict[str, Any]) -> str:
    low, high = p["ci95"]
    return f"{100 * p['value']:.1f} % ({100 * low:.1f}-{100 * high:.1f}, n = {p['n']})"


def write_report_html(out: Path, results: dict[str, Any],
                      plots: dict[str, list[Path]] | None = None) -> Path:
    """``report.html``: the figures per pack with its plots (``write_plots``' files, inlined),
    the comparison, the bad rows; offline."""
    return write_atomically(out / "report.html", report_page(results, plots or {}))


def report_page(results: dict[str, Any], plots: dict[str, list[Path]],
                image_source: Callable[[Path], str] | None = None) -> str:
    """The report page's HTML; each plot's ``src`` is ``image_source(path)`` (default: the
    PNG inlined as a data URL, so the page needs no other file)."""
    source = image_source or _data_url
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Pack evaluation</title>"
             "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
             "td,th{padding:2px 8px;text-align:left}</style></head><body>",
             "<h1>Pack evaluation on your own cases</h1>",
             "<p>This measures how often each pack's description names the labelled condition "
             "on these photos. It is not a clinical validation: the numbers hold for these "
             "cases and labels only.</p>"]
    for name, block in results["packs"].items():
        parts.append(_pack_section(name, block, [source(path) for path in plots.get(name, [])]))
    for pair, test in results.get("comparison", {}).items():
        parts.append(f"<h2>{html.escape(pair)}</h2><p>McNemar: {test['b']} cases right only "
                     f"with the first, {test['c']} only with the second; p = "
                     f"{test['p_value']:.3g}</p>")
    bad = results.get("bad_rows", [])
    parts.append(f"<h2>Rows not used ({len(bad)})</h2><ul>" + "".join(
        f"<li>{html.escape(b['image'])}: {html.escape(b['problem'])}</li>" for b in bad)
        + "</ul></body></html>")
    return "".join(parts)


def _pack_section(name: str, block: dict[str, Any], images: list[str]) -> str:
    """One pack's table of figures and its plots (``images``: the ``src`` of each)."""
    worst = block["worst_group_top1"]
    rows = [("Cases", str(block["n_cases"])), ("Top-1 accuracy", _percent(block["top1"])),
            ("Top-3 accuracy", _percent(block["top3"])),
            ("Consistency across runs", "n/a (one run)" if block["consistency"] is None
             else f"{100 * block['consistency']:.1f} %"),
            ("Worst skin-type group (top-1)", "n/a" if worst is None else
             f"{worst['group']}: {100 * worst['value']:.1f} % "
             f"(gap to the best {100 * worst['gap_to_best']:.1f} points)")]
    parts = [f"<h2>{html.escape(name)}</h2><table>"
             + "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>"
                       for k, v in rows) + "</table>"]
    parts += [f"<p><img alt='plot' src='{html.escape(src)}'></p>" for src in images]
    if not images:
        parts.append("<p><i>No plots: this installation has no matplotlib (the installed "
                     "app leaves it out); run the evaluation from a source install for "
                     "them. The figures above are complete.</i></p>")
    return "".join(parts)


def _data_url(path: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")
