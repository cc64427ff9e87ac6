"""Model > Evaluate a pack...: measure installed packs on the clinic's own labelled photos.

The dialog runs exactly what ``main.py evaluate`` runs (core/evaluate/evaluation.py
``run_evaluation``) on the task helper, each pack loaded with the window's own engine settings
and freed when its cases are done. Stop ends the run between two cases; every answer so far
stays in the output folder, and Resume continues there (the command line's ``--resume``).
When it is done the dialog shows each pack's figures and plots, and opens report.html (or the
PDF beside it) in the system's program. Nothing leaves the machine.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skingpt_desktop.core.engine import Engine
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.evaluate.evaluation import (
    MAX_RUNS,
    EvaluationProgress,
    has_run,
    load_cases,
    run_evaluation,
)
from skingpt_desktop.core.packs.install import list_installed
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.ui import file_dialogs
from skingpt_desktop.ui.backup_dialogs import documents_folder
from skingpt_desktop.ui.record_dialogs import set_row_label
from skingpt_desktop.ui.retranslate import Retranslating
from skingpt_desktop.ui.services import Services
from skingpt_desktop.ui.tasks import TaskContext, TaskHandle, TaskRunner, Text, error_text, shown

PLOT_WIDTH = 460  # pixels a plot is shown at in the dialog (the report has them full size)
MAX_SEED = 2**31 - 1


def evaluate_task(ctx: TaskContext, services: Services, dataset: Path, out: Path,
                  pack_folders: list[Path], runs: int, seed: int) -> dict[str, Any] | None:
    """Task: check the packs, run the evaluation, write report.pdf beside report.html;
    results.json's content, or None when it was stopped (what was asked is kept)."""
    cases = load_cases(dataset)
    packs = [services.open_pack(ctx, folder) for folder in pack_folders]
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

    results = run_evaluation(cases, out, packs, engine_for, runs=runs, seed=seed,
                             progress=ctx.progress, cancel=ctx.cancel.event)
    if results is not None:
        from skingpt_desktop.render.evaluation_pdf import write_report_pdf

        write_report_pdf(out, results)
    return results


class LicenseNotAccepted(SkinGPTError):
    """A ticked pack needs its license accepted, and it was not (the dialog says so)."""

    def __init__(self, pack: str) -> None:
        super().__init__(f"{pack}: its license is not accepted yet")
        self.pack = pack


class _Quiet:
    """The task's context for loading an engine: its load stages are not the dialog's
    progress (that counts answers), but a Stop still reaches it."""

    def __init__(self, ctx: TaskContext) -> None:
        self.cancel = ctx.cancel

    def progress(self, _value: Any) -> None:
        pass


class EvaluateDialog(Retranslating, QDialog):
    """Dataset, packs, runs, seed and output folder; Start, Resume, Stop; the summary."""

    finished_run = Signal(object)  # results.json's content, when a run completes

    def __init__(self, services: Services, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.task: TaskHandle | None = None
        self.listing: TaskHandle | None = None  # the installed packs, looked for first
        self.results: dict[str, Any] | None = None
        self._status: Text = ""
        self._last_step: EvaluationProgress | None = None
        self._build()
        self.retranslate_ui()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.intro = _wrapped_label()
        self.dataset = QLineEdit()
        self.dataset_folder, self.dataset_file = QPushButton(), QPushButton()
        self.dataset_folder.clicked.connect(self.choose_dataset_folder)
        self.dataset_file.clicked.connect(self.choose_dataset_file)
        self.dataset_row = _row(self.dataset, self.dataset_folder, self.dataset_file)
        self.packs = QListWidget()
        self.packs.setMaximumHeight(110)
        self._list_packs()
        self.runs, self.seed = QSpinBox(), QSpinBox()
        self.runs.setRange(1, MAX_RUNS)
        self.seed.setRange(0, MAX_SEED)
        self.out = QLineEdit(str(documents_folder() / "skingpt-evaluation"))
        self.out_choose = QPushButton()
        self.out_choose.clicked.connect(self.choose_out)
        self.out_row = _row(self.out, self.out_choose)
        self.form = QFormLayout()
        for field, row in ((self.dataset, self.dataset_row), (self.packs, None),
                           (self.runs, None), (self.seed, None), (self.out, self.out_row)):
            self.form.addRow(QLabel(), row if row is not None else field)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = _wrapped_label()
        self.summary = _wrapped_label()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.plots = QWidget()
        self.plots_layout = QVBoxLayout(self.plots)
        self.results_area = QScrollArea()
        self.results_area.setWidgetResizable(True)
        self.results_area.setWidget(_column(self.summary, self.plots))
        self.results_area.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.resume_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start_button.clicked.connect(lambda: self.start(resume=False))
        self.resume_button.clicked.connect(lambda: self.start(resume=True))
        self.open_button.clicked.connect(self.open_report)
        self.buttons.rejected.connect(self._stop_or_close)
        for field in (self.dataset, self.out):
            field.textChanged.connect(lambda _text: self._update())
        self.packs.itemChanged.connect(lambda _item: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        for widget in (self.progress, self.status, self.results_area, self.buttons):
            layout.addWidget(widget)
        layout.setStretchFactor(self.results_area, 1)
        self.setMinimumWidth(560)

    def _list_packs(self) -> None:
        """Look for the installed packs in the background (their headers are read)."""
        self.listing = self.runner.start(lambda _ctx: list_installed(self.services.packs_folder),
                                         name="list packs", on_result=self._fill_packs,
                                         on_error=lambda _exc: self._fill_packs([]))

    def _fill_packs(self, installed: list[ModelPack]) -> None:
        """Installed packs, and the loaded one where it lives elsewhere; the loaded one ticked."""
        self.listing = None
        current = self.services.pack
        packs = list(installed)
        if current is not None and all(p.root.resolve() != current.root.resolve()
                                       for p in packs):
            packs.append(current)
        for pack in packs:
            display = pack.manifest.display_name
            item = QListWidgetItem(pack.name if display in ("", pack.name)
                                   else f"{display} ({pack.name})", self.packs)
            item.setData(Qt.ItemDataRole.UserRole, str(pack.root))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = current is not None and pack.root.resolve() == current.root.resolve()
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self._update()

    # --- texts ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Evaluate a pack"))
        self.intro.setText(self.tr(
            "Measure how often each pack names the label of your own labelled photos. The "
            "results stay in the output folder; nothing leaves this computer."))
        set_row_label(self.form, self.dataset, self.tr("&Dataset:"), self.dataset_row)
        self.dataset.setPlaceholderText(self.tr("A folder of class folders, or a CSV or JSON "
                                                "list"))
        self.dataset.setAccessibleName(self.tr("Dataset"))
        self.dataset_folder.setText(self.tr("&Folder…"))
        self.dataset_file.setText(self.tr("&List…"))
        set_row_label(self.form, self.packs, self.tr("&Packs:"))
        self.packs.setAccessibleName(self.tr("Packs to evaluate"))
        set_row_label(self.form, self.runs, self.tr("&Runs per photo:"))
        self.runs.setToolTip(self.tr("One greedy answer gives the accuracy; more runs, "
                                     "sampled, measure consistency."))
        set_row_label(self.form, self.seed, self.tr("S&eed:"))
        set_row_label(self.form, self.out, self.tr("&Output folder:"), self.out_row)
        self.out.setAccessibleName(self.tr("Output folder"))
        self.out_choose.setText(self.tr("C&hoose…"))
        self.start_button.setText(self.tr("&Start"))
        self.resume_button.setText(self.tr("Res&ume"))
        self.resume_button.setToolTip(self.tr("Continue a stopped evaluation in the output "
                                              "folder"))
        self.open_button.setToolTip(self.tr("Open report.html, with the plots; report.pdf is "
                                            "beside it"))
        self.open_button.setText(self.tr("Open in &browser"))
        self.status.setText(shown(self._status))
        if self._last_step is not None:
            self._show_progress(self._last_step)
        if self.results is not None:
            self._show_summary(self.results)
        self._update()

    def duration_text(self, seconds: float) -> str:
        """"3 min", "1 h 20 min"... in the interface language (at least one minute)."""
        minutes = max(1, round(seconds / 60))
        if minutes < 60:
            return self.tr("%n min", "", minutes)
        return self.tr("{hours} h {minutes} min").format(hours=minutes // 60,
                                                         minutes=minutes % 60)

    def _say(self, text: Text) -> None:
        self._status = text
        self.status.setText(shown(text))

    def _update(self) -> None:
        idle = self.task is None
        for widget in (self.dataset, self.dataset_folder, self.dataset_file, self.packs,
                       self.runs, self.seed, self.out, self.out_choose):
            widget.setEnabled(idle)
        ready = idle and bool(self.dataset.text().strip()) and bool(self.out.text().strip()) \
            and bool(self.chosen_packs())
        self.start_button.setEnabled(ready)
        self.resume_button.setEnabled(ready and has_run(self.out_folder()))
        self.open_button.setEnabled(idle and (self.out_folder() / "report.html").is_file())
        self.close_button.setText(self.tr("S&top") if not idle else self.tr("&Close"))

    # --- choices --------------------------------------------------------------------------

    def chosen_packs(self) -> list[Path]:
        """The ticked packs' folders."""
        return [Path(item.data(Qt.ItemDataRole.UserRole))
                for item in (self.packs.item(i) for i in range(self.packs.count()))
                if item.checkState() == Qt.CheckState.Checked]

    def out_folder(self) -> Path:
        """The output folder (a bare name goes into the documents folder)."""
        path = Path(self.out.text().strip()).expanduser()
        return path if path.is_absolute() else documents_folder() / path

    def choose_dataset_folder(self) -> None:
        chosen = file_dialogs.choose_folder(self, self.tr("Dataset: a folder of class folders"))
        if chosen:
            self.dataset.setText(chosen)

    def choose_dataset_file(self) -> None:
        chosen = file_dialogs.choose_open_files(self, self.tr("Dataset: a list of photos"),
                                                self.tr("Case lists (*.csv *.json)"))
        if chosen:
            self.dataset.setText(chosen[0])

    def choose_out(self) -> None:
        chosen = file_dialogs.choose_folder(self, self.tr("Folder for the results"))
        if chosen:
            self.out.setText(chosen)

    # --- the run --------------------------------------------------------------------------

    def start(self, resume: bool = False) -> None:
        """Start the evaluation, or continue the one stopped in the output folder."""
        if self.task is not None:
            return
        out = self.out_folder()
        if has_run(out) and not resume:
            self._say(lambda: self.tr("The output folder already holds an evaluation: press "
                                      "Resume to continue it, or choose another folder."))
            return
        self.results, self._last_step = None, None
        self.results_area.setVisible(False)
        self.progress.setRange(0, 0)  # busy until the first answer is counted
        self.progress.setVisible(True)
        self._say(lambda: self.tr("Loading the dataset and the first pack…"))
        self.task = self.runner.start(
            evaluate_task, self.services, Path(self.dataset.text().strip()).expanduser(), out,
            self.chosen_packs(), self.runs.value(), self.seed.value(), name="evaluate packs",
            on_result=self._done, on_error=self._failed, on_progress=self._show_progress,
            on_cancelled=self._stopped, on_finished=self._finished)
        self._update()

    def stop(self) -> None:
        """Stop after the case being asked; its answers so far are kept for Resume."""
        if self.task is not None:
            self.task.cancel()
            self._say(lambda: self.tr("Stopping after the current photo…"))

    def _show_progress(self, step: EvaluationProgress) -> None:
        self._last_step = step
        self.progress.setRange(0, max(1, step.total))
        self.progress.setValue(step.done)
        self._say(lambda: self._progress_text(step))

    def _progress_text(self, step: EvaluationProgress) -> str:
        text = self.tr("{pack} (pack {index} of {count}): {done} of {total} answers").format(
            pack=step.pack, index=step.pack_index + 1, count=step.pack_count, done=step.done,
            total=step.total)
        if step.seconds_left is not None and step.done < step.total:
            text = self.tr("{progress}, about {time} left").format(
                progress=text, time=self.duration_text(step.seconds_left))
        return text

    def _done(self, results: dict[str, Any] | None) -> None:
        if results is None:  # stopped between two cases
            self._stopped()
            return
        self.results = results
        self._say(lambda: self.tr("Done. The report, results.json and cases.csv are in {out}.")
                  .format(out=str(self.out_folder())))
        self._show_summary(results)
        self.finished_run.emit(results)

    def _stopped(self) -> None:
        self._say(lambda: self.tr("Stopped. The answers so far are kept: press Resume to "
                                  "continue."))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, LicenseNotAccepted):
            pack = exc.pack
            self._say(lambda: self.tr("{pack} needs its license accepted first: load it once "
                                      "from Model packs to read and accept it.").format(pack=pack))
            return
        reason = error_text(exc, self.tr("an unexpected error ({type})"))
        self._say(lambda: self.tr("The evaluation stopped: {reason}.").format(
            reason=reason.rstrip(".")))

    def _finished(self) -> None:
        self.task = None
        self.progress.setVisible(self.results is None and self._last_step is not None)
        self._update()

    def _stop_or_close(self) -> None:
        if self.task is not None:
            self.stop()
        else:
            self.reject()

    def reject(self) -> None:
        """Close; a running evaluation stops after its current photo (answers kept)."""
        if self.task is not None:
            self.task.cancel()
        super().reject()

    # --- the summary ----------------------------------------------------------------------

    def _show_summary(self, results: dict[str, Any]) -> None:
        self.summary.setText("".join(self._pack_summary(name, block)
                                     for name, block in results["packs"].items()))
        while (item := self.plots_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for path in sorted((self.out_folder() / "plots").glob("*.png")):
            if any(path.name.startswith(f"{name}-") for name in results["packs"]):
                self.plots_layout.addWidget(_plot_label(path))
        self.results_area.setVisible(True)

    def _pack_summary(self, name: str, block: dict[str, Any]) -> str:
        worst, consistency = block["worst_group_top1"], block["consistency"]
        rows = [(self.tr("Cases"), str(block["n_cases"])),
                (self.tr("Top-1 accuracy"), self._percent(block["top1"])),
                (self.tr("Top-3 accuracy"), self._percent(block["top3"])),
                (self.tr("Consistency across runs"), self.tr("n/a (one run)")
                 if consistency is None else f"{100 * consistency:.1f} %"),
                (self.tr("Worst skin-type group (top-1)"), self.tr("n/a") if worst is None
                 else self.tr("{group}: {value} % ({gap} points below the best)").format(
                     group=worst["group"], value=f"{100 * worst['value']:.1f}",
                     gap=f"{100 * worst['gap_to_best']:.1f}"))]
        cells = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
                        for k, v in rows)
        return f"<h3>{html.escape(name)}</h3><table cellpadding='2'>{cells}</table>"

    def _percent(self, p: dict[str, Any]) -> str:
        low, high = p["ci95"]
        return self.tr("{value} % (95 % CI {low}-{high})").format(
            value=f"{100 * p['value']:.1f}", low=f"{100 * low:.1f}", high=f"{100 * high:.1f}")

    def open_report(self) -> bool:
        """Open report.html in the system's browser (a local file: nothing is fetched)."""
        page = self.out_folder() / "report.html"
        if not page.is_file():
            return False
        if not file_dialogs.open_local_file(str(page)):
            self._say(lambda: self.tr("No program opened {page}; open it from the output "
                                      "folder.").format(page=str(page)))
            return False
        return True


def _wrapped_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def _row(field: QLineEdit, *buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(field, 1)
    for button in buttons:
        row.addWidget(button)
    return row


def _column(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return holder


def _plot_label(path: Path) -> QLabel:
    """A plot PNG, scaled down to ``PLOT_WIDTH`` for the dialog."""
    label = QLabel()
    pixmap = QPixmap(str(path))
    if pixmap.width() > PLOT_WIDTH:
        pixmap = pixmap.scaledToWidth(PLOT_WIDTH, Qt.TransformationMode.SmoothTransformation)
    label.setPixmap(pixmap)
    label.setAccessibleName(path.stem)
    return label


def show_evaluate_dialog(window: Any) -> EvaluateDialog:
    """Model > Evaluate a pack… for the main ``window`` (its services and task helper): not
    modal, as a run takes long, and not closed on lock, as it reads no vault record. An open
    one is brought forward; it is ``window.evaluate_dialog``."""
    dialog = getattr(window, "evaluate_dialog", None)
    if dialog is None or not dialog.isVisible():
        dialog = EvaluateDialog(window.services, window.runner, window)
        window.evaluate_dialog = dialog
    dialog.show()
    dialog.raise_()
    return dialog
