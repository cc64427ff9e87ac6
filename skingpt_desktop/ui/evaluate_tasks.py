"""The work behind Model > Evaluate a pack..., run on the task helper: the evaluation itself
(core/evaluate/evaluation.py, as ``main.py evaluate`` runs it), the evaluations kept in the
vault (listed, shown, exported, deleted), and the report's words in the interface language.

Where the results go is the user's choice, as on the command line: a folder (``out``) or,
with ``out`` None, the encrypted vault, whose records are reached only through
``Services.vault_access`` (one vault call at a time, and none while it is locked).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt

from skingpt_desktop.core.engine import Engine
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.evaluate.evaluation import load_cases, run_evaluation
from skingpt_desktop.core.evaluate.outputs import EvaluationTexts, plot_images
from skingpt_desktop.core.evaluate.stores import (
    FolderStore,
    ResultStore,
    VaultStore,
    export_stored,
    vault_store,
)
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.storage.evaluations import StoredEvaluation
from skingpt_desktop.ui.services import Services
from skingpt_desktop.ui.tasks import TaskContext


@dataclass(frozen=True)
class EvaluationRun:
    """What the dialog asks for: the dataset, the packs' folders, runs and seed, and where
    the results go (a folder, or None: the vault)."""

    dataset: Path
    packs: list[Path]
    runs: int
    seed: int
    out: Path | None
    resume: bool = False


@dataclass(frozen=True)
class EvaluationShown:
    """A finished evaluation as the dialog shows it: the numbers, each pack's plots (PNG),
    and where it is kept (its folder, or its id in the vault)."""

    results: dict[str, Any]
    plots: dict[str, list[bytes]]
    folder: Path | None = None
    evaluation_id: str | None = None


class LicenseNotAccepted(SkinGPTError):
    """A ticked pack needs its license accepted, and it was not (the dialog says so)."""

    def __init__(self, pack: str) -> None:
        super().__init__(f"{pack}: its license is not accepted yet")
        self.pack = pack


def evaluate_task(ctx: TaskContext, services: Services, request: EvaluationRun,
                  texts: EvaluationTexts) -> EvaluationShown | None:
    """Task: check the packs, run the evaluation into the folder (with report.pdf beside
    report.html) or the vault; what to show, or None when it was stopped (what was asked
    is kept)."""
    cases = load_cases(request.dataset)
    packs = [services.open_pack(ctx, folder) for folder in request.packs]
    accepted = services.settings.accepted_licenses
    for pack in packs:
        if pack.card.license_acceptance_required and \
                pack.card.license_key(pack.name) not in accepted:
            raise LicenseNotAccepted(pack.manifest.display_name)

    @contextmanager
    def engine_for(pack: ModelPack) -> Iterator[Engine]:
        engine = services.load_engine(cast(TaskContext, _Quiet(ctx)), pack)
        try:
            yield engine
        finally:
            engine.close()

    store: ResultStore = FolderStore(request.out, texts) if request.out is not None else \
        vault_store(services.vault_access, request.dataset, [p.name for p in packs],
                    request.runs, request.seed, resume=request.resume)
    results = run_evaluation(cases, store, packs, engine_for, runs=request.runs,
                             seed=request.seed, progress=ctx.progress, cancel=ctx.cancel.event)
    if results is None:
        return None
    if request.out is None:
        return EvaluationShown(results, plot_images(results, texts),
                               evaluation_id=cast(VaultStore, store).evaluation_id)
    from skingpt_desktop.render.evaluation_pdf import plot_files, write_report_pdf

    write_report_pdf(request.out, results, texts)
    plots = {name: [path.read_bytes() for path in paths]
             for name, paths in plot_files(request.out, results).items()}
    return EvaluationShown(results, plots, folder=request.out)


class _Quiet:
    """The task's context for loading an engine: its load stages are not the dialog's
    progress (that counts answers), but a Stop still reaches it."""

    def __init__(self, ctx: TaskContext) -> None:
        self.cancel = ctx.cancel

    def progress(self, _value: Any) -> None:
        pass


def stored_evaluations_task(ctx: TaskContext, services: Services) -> list[StoredEvaluation]:
    """Task: the evaluations kept in the vault, newest first."""
    with services.vault_access() as vault:
        return vault.list_evaluations()


def show_stored_task(ctx: TaskContext, services: Services, evaluation_id: str,
                     texts: EvaluationTexts) -> EvaluationShown:
    """Task: a finished evaluation from the vault, with its plots drawn in memory."""
    with services.vault_access() as vault:
        stored = vault.get_evaluation(evaluation_id)
    if stored.results is None:
        raise SkinGPTError("this evaluation has not finished: resume it first")
    return EvaluationShown(stored.results, plot_images(stored.results, texts),
                           evaluation_id=evaluation_id)


def export_stored_task(ctx: TaskContext, services: Services, evaluation_id: str, out: Path,
                       texts: EvaluationTexts) -> Path:
    """Task: write a vault evaluation's report.html, report.pdf, results.json and cases.csv
    into ``out`` (the folder the user chose); returns report.html's path."""
    with services.vault_access() as vault:
        stored = vault.get_evaluation(evaluation_id)
    export_stored(stored, out, texts)
    from skingpt_desktop.render.evaluation_pdf import write_report_pdf

    assert stored.results is not None  # export_stored refuses an unfinished one
    write_report_pdf(out, stored.results, texts)
    return out / "report.html"


def delete_stored_task(ctx: TaskContext, services: Services, evaluation_id: str) -> int:
    """Task: delete a vault evaluation and its answers; how many records went."""
    with services.vault_access() as vault:
        return vault.delete_evaluation(evaluation_id)


# The report's words (core/evaluate/outputs.EvaluationTexts' fields), marked for lupdate.
REPORT_WORDS = {
    "title": QT_TRANSLATE_NOOP("EvaluationReport", "Pack evaluation on your own cases"),
    "caveat": QT_TRANSLATE_NOOP(
        "EvaluationReport", "This measures how often each pack's description names the "
        "labelled condition on these photos. It is not a clinical validation: the numbers hold "
        "for these cases and labels only."),
    "cases": QT_TRANSLATE_NOOP("EvaluationReport", "Cases"),
    "top1": QT_TRANSLATE_NOOP("EvaluationReport", "Top-1 accuracy"),
    "top3": QT_TRANSLATE_NOOP("EvaluationReport", "Top-3 accuracy"),
    "consistency": QT_TRANSLATE_NOOP("EvaluationReport", "Consistency across runs"),
    "one_run": QT_TRANSLATE_NOOP("EvaluationReport", "n/a (one run)"),
    "worst_group": QT_TRANSLATE_NOOP("EvaluationReport", "Worst skin-type group (top-1)"),
    "not_available": QT_TRANSLATE_NOOP("EvaluationReport", "n/a"),
    "worst_value": QT_TRANSLATE_NOOP("EvaluationReport",
                                     "{group}: {value} % ({gap} points below the best)"),
    "percent_ci": QT_TRANSLATE_NOOP("EvaluationReport",
                                    "{value} % (95 % CI {low}-{high}, n = {n})"),
    "percent": QT_TRANSLATE_NOOP("EvaluationReport", "{value} %"),
    "mcnemar": QT_TRANSLATE_NOOP(
        "EvaluationReport", "McNemar: {b} cases right only with the first, {c} only with the "
        "second; p = {p}"),
    "rows_not_used": QT_TRANSLATE_NOOP("EvaluationReport", "Rows not used ({count})"),
    "no_plots": QT_TRANSLATE_NOOP(
        "EvaluationReport", "No plots: this installation has no matplotlib (the installed app "
        "leaves it out); run the evaluation from a source install for them. The figures above "
        "are complete."),
    "confusion_title": QT_TRANSLATE_NOOP("EvaluationReport", "{pack}: confusion matrix"),
    "confusion_x": QT_TRANSLATE_NOOP("EvaluationReport", "answer (first run, top 1)"),
    "confusion_y": QT_TRANSLATE_NOOP("EvaluationReport", "label"),
    "groups_title": QT_TRANSLATE_NOOP("EvaluationReport", "{pack}: accuracy by skin type"),
    "groups_x": QT_TRANSLATE_NOOP("EvaluationReport", "Fitzpatrick skin type"),
    "groups_y": QT_TRANSLATE_NOOP("EvaluationReport", "top-1 accuracy (95 % CI)"),
    "pdf_footer": QT_TRANSLATE_NOOP(
        "EvaluationReport", "SkinGPT Desktop {version} · pack evaluation · page {page} of "
        "{pages}"),
}


def evaluation_texts() -> EvaluationTexts:
    """The report's and the plots' words in the interface language, with its decimal mark
    (made on the GUI thread, handed to the task)."""
    locale = QLocale()
    words = {field: QCoreApplication.translate("EvaluationReport", text)
             for field, text in REPORT_WORDS.items()}
    return EvaluationTexts(**words, language=locale.bcp47Name() or "en",
                           right_to_left=locale.textDirection() == Qt.LayoutDirection.RightToLeft,
                           number=lambda value: locale.toString(float(value), "f", 1),
                           count=lambda value: locale.toString(int(value)))
