"""Model > Evaluate a pack...: measure installed packs on the clinic's own labelled photos.

The dialog runs exactly what ``main.py evaluate`` runs (core/evaluate/evaluation.py
``run_evaluation``, through ui/evaluate_tasks.py) on the task helper, each pack loaded with the
window's own engine settings and freed when its cases are done. The results are kept where the
user chooses: encrypted in the vault (the default; ``evaluate --vault``) or in an output folder
(``--out``). Stop ends the run at once, dropping only the answer being written; every answer
so far is kept, and Resume continues (``--resume``). When it is done the dialog shows each
pack's figures and plots in the interface language, and opens report.html (from the folder, or
written into a folder the user picks with Save report...). The evaluations kept in the vault
are listed to show again, continue or delete. Nothing leaves the machine.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skingpt_desktop.core.evaluate.evaluation import MAX_RUNS, EvaluationProgress
from skingpt_desktop.core.evaluate.outputs import EvaluationTexts, pack_rows
from skingpt_desktop.core.evaluate.stores import has_run
from skingpt_desktop.core.packs.install import list_installed
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.storage.evaluations import StoredEvaluation
from skingpt_desktop.ui import file_dialogs
from skingpt_desktop.ui.backup_dialogs import documents_folder
from skingpt_desktop.ui.evaluate_tasks import (
    EvaluationRun,
    EvaluationShown,
    LicenseNotAccepted,
    delete_stored_task,
    evaluate_task,
    evaluation_texts,
    export_stored_task,
    show_stored_task,
    stored_evaluations_task,
)
from skingpt_desktop.ui.record_dialogs import set_row_label
from skingpt_desktop.ui.retranslate import Retranslating
from skingpt_desktop.ui.services import Services
from skingpt_desktop.ui.tasks import TaskHandle, TaskRunner, Text, error_text, shown

PLOT_WIDTH = 460  # pixels a plot is shown at in the dialog (the report has them full size)
MAX_SEED = 2**31 - 1


class EvaluateDialog(Retranslating, QDialog):
    """Dataset, packs, runs, seed and where the results go; Start, Resume, Stop; the summary;
    the evaluations kept in the vault."""

    finished_run = Signal(object)  # results.json's content, when a run completes

    def __init__(self, services: Services, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.task: TaskHandle | None = None  # the evaluation, or work on the stored ones
        self.task_uses_vault = False
        self.listing: TaskHandle | None = None  # the installed packs, looked for first
        self.shown: EvaluationShown | None = None
        self.stored_list: list[StoredEvaluation] = []
        self.texts: EvaluationTexts = evaluation_texts()
        self._report_page: Path | None = None  # report.html of the shown results, if written
        self._status: Text = ""
        self._last_step: EvaluationProgress | None = None
        self._build()
        self.retranslate_ui()
        self.refresh_stored()

    @property
    def results(self) -> dict[str, Any] | None:
        """results.json's content of the evaluation shown, if any."""
        return self.shown.results if self.shown is not None else None

    @property
    def running(self) -> bool:
        """Whether an evaluation (or work on a stored one) is under way."""
        return self.task is not None

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
        self.keep_in_vault, self.keep_in_folder = QRadioButton(), QRadioButton()
        self.keep_in_vault.setChecked(True)  # patient data stays encrypted unless asked
        self.keep_group = QButtonGroup(self)
        for button in (self.keep_in_vault, self.keep_in_folder):
            self.keep_group.addButton(button)
        self.keep_in_vault.toggled.connect(lambda _on: self._update())
        self.keep_row = _row(None, self.keep_in_vault, self.keep_in_folder)
        self.out = QLineEdit(str(documents_folder() / "skingpt-evaluation"))
        self.out_choose = QPushButton()
        self.out_choose.clicked.connect(self.choose_out)
        self.out_row = _row(self.out, self.out_choose)
        self.stored = QComboBox()
        self.stored_show, self.stored_delete = QPushButton(), QPushButton()
        self.stored_show.clicked.connect(self.show_stored)
        self.stored_delete.clicked.connect(self.delete_stored)
        self.stored_row = _row(self.stored, self.stored_show, self.stored_delete)
        self.form = QFormLayout()
        for field, row in ((self.dataset, self.dataset_row), (self.packs, None),
                           (self.runs, None), (self.seed, None),
                           (self.keep_in_vault, self.keep_row), (self.out, self.out_row),
                           (self.stored, self.stored_row)):
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
        self._build_buttons()
        for field in (self.dataset, self.out):
            field.textChanged.connect(lambda _text: self._update())
        self.packs.itemChanged.connect(lambda _item: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        for widget in (self.progress, self.status, self.results_area, self.buttons):
            layout.addWidget(widget)
        layout.setStretchFactor(self.results_area, 1)
        self.setMinimumWidth(620)

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.start_button = self.buttons.addButton("", role)
        self.resume_button = self.buttons.addButton("", role)
        self.save_button = self.buttons.addButton("", role)
        self.open_button = self.buttons.addButton("", role)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start_button.clicked.connect(lambda: self.start(resume=False))
        self.resume_button.clicked.connect(lambda: self.start(resume=True))
        self.save_button.clicked.connect(self.save_report)
        self.open_button.clicked.connect(self.open_report)
        self.buttons.rejected.connect(self._stop_or_close)

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
            item.setData(Qt.ItemDataRole.UserRole + 1, pack.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = current is not None and pack.root.resolve() == current.root.resolve()
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self._update()

    # --- texts ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.texts = evaluation_texts()
        self.setWindowTitle(self.tr("Evaluate a pack"))
        self.intro.setText(self.tr(
            "Measure how often each pack names the label of your own labelled photos. The "
            "results stay where you choose: encrypted in the vault, or in a folder; nothing "
            "leaves this computer."))
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
        set_row_label(self.form, self.keep_in_vault, self.tr("&Keep the results:"),
                      self.keep_row)
        self.keep_in_vault.setText(self.tr("Encrypted in the vault"))
        self.keep_in_folder.setText(self.tr("In a folder"))
        set_row_label(self.form, self.out, self.tr("&Output folder:"), self.out_row)
        self.out.setAccessibleName(self.tr("Output folder"))
        self.out_choose.setText(self.tr("C&hoose…"))
        set_row_label(self.form, self.stored, self.tr("In the &vault:"), self.stored_row)
        self.stored.setAccessibleName(self.tr("Evaluations kept in the vault"))
        self.stored_show.setText(self.tr("Sho&w"))
        self.stored_show.setToolTip(self.tr("Show a finished evaluation; a stopped one fills "
                                            "in its settings, for Resume"))
        self.stored_delete.setText(self.tr("Dele&te"))
        self._fill_stored()
        self.start_button.setText(self.tr("&Start"))
        self.resume_button.setText(self.tr("Res&ume"))
        self.resume_button.setToolTip(self.tr("Continue a stopped evaluation: the one in the "
                                              "output folder, or in the vault the one of the "
                                              "same dataset, packs, runs and seed"))
        self.save_button.setText(self.tr("Save &report…"))
        self.save_button.setToolTip(self.tr("Write report.html, report.pdf, results.json and "
                                            "cases.csv into a folder you choose"))
        self.open_button.setToolTip(self.tr("Open report.html, with the plots; report.pdf is "
                                            "beside it"))
        self.open_button.setText(self.tr("Open in &browser"))
        self.status.setText(shown(self._status))
        if self._last_step is not None:
            self._show_progress(self._last_step)
        if self.shown is not None:
            self._show_summary(self.shown)
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
        idle, to_folder = self.task is None, self.keep_in_folder.isChecked()
        for widget in (self.dataset, self.dataset_folder, self.dataset_file, self.packs,
                       self.runs, self.seed, self.keep_in_vault, self.keep_in_folder):
            widget.setEnabled(idle)
        for widget in (self.out, self.out_choose):
            widget.setEnabled(idle and to_folder)
        chosen = self.stored_choice()
        self.stored.setEnabled(idle and bool(self.stored_list))
        self.stored_show.setEnabled(idle and chosen is not None)
        self.stored_delete.setEnabled(idle and chosen is not None)
        ready = idle and bool(self.dataset.text().strip()) and bool(self.chosen_packs()) \
            and (not to_folder or bool(self.out.text().strip()))
        self.start_button.setEnabled(ready)
        stopped = has_run(self.out_folder()) if to_folder else \
            any(not e.finished for e in self.stored_list)
        self.resume_button.setEnabled(ready and stopped)
        in_vault = self.shown is not None and self.shown.evaluation_id is not None
        self.save_button.setVisible(in_vault)
        self.save_button.setEnabled(idle and in_vault)
        self.open_button.setEnabled(idle and self._report_page is not None
                                    and self._report_page.is_file())
        self.close_button.setText(self.tr("S&top") if not idle else self.tr("&Close"))

    # --- choices --------------------------------------------------------------------------

    def chosen_packs(self) -> list[Path]:
        """The ticked packs' folders."""
        return [Path(item.data(Qt.ItemDataRole.UserRole)) for item in self._pack_items()
                if item.checkState() == Qt.CheckState.Checked]

    def _pack_items(self) -> list[QListWidgetItem]:
        return [self.packs.item(i) for i in range(self.packs.count())]

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
        """Start the evaluation, or continue the stopped one (folder or vault)."""
        if self.task is not None:
            return
        out = self.out_folder() if self.keep_in_folder.isChecked() else None
        if out is not None and has_run(out) and not resume:
            self._say(lambda: self.tr("The output folder already holds an evaluation: press "
                                      "Resume to continue it, or choose another folder."))
            return
        request = EvaluationRun(Path(self.dataset.text().strip()).expanduser(),
                                self.chosen_packs(), self.runs.value(), self.seed.value(), out,
                                resume)
        self._forget_shown()
        self.progress.setRange(0, 0)  # busy until the first answer is counted
        self.progress.setVisible(True)
        self._say(lambda: self.tr("Loading the dataset and the first pack…"))
        self.task_uses_vault = out is None
        self.task = self.runner.start(
            evaluate_task, self.services, request, self.texts, name="evaluate packs",
            on_result=self._done, on_error=self._failed, on_progress=self._show_progress,
            on_cancelled=self._stopped, on_finished=self._finished)
        self._update()

    def stop(self) -> None:
        """Stop now: the answer being written is dropped, every earlier one is kept."""
        if self.task is not None:
            self.task.cancel()
            self._say(lambda: self.tr("Stopping…"))

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

    def _done(self, outcome: EvaluationShown | None) -> None:
        if outcome is None:  # stopped
            self._stopped()
            return
        self._show_outcome(outcome)
        if outcome.folder is not None:
            folder = str(outcome.folder)
            self._say(lambda: self.tr("Done. The report, results.json and cases.csv are in "
                                      "{out}.").format(out=folder))
        else:
            self._say(lambda: self.tr("Done. The results are kept encrypted in the vault; "
                                      "Save report… writes them into a folder."))
            self.refresh_stored()
        self.finished_run.emit(outcome.results)

    def _show_outcome(self, outcome: EvaluationShown) -> None:
        self.shown = outcome
        self._report_page = outcome.folder / "report.html" if outcome.folder else None
        self._show_summary(outcome)

    def _forget_shown(self) -> None:
        self.shown, self._last_step, self._report_page = None, None, None
        self.results_area.setVisible(False)

    def _stopped(self) -> None:
        self._say(lambda: self.tr("Stopped. The answers so far are kept: press Resume to "
                                  "continue."))
        if self.task_uses_vault:
            self.refresh_stored()

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
        self.task, self.task_uses_vault = None, False
        self.progress.setVisible(self.shown is None and self._last_step is not None)
        self._update()

    def _stop_or_close(self) -> None:
        if self.task is not None:
            self.stop()
        else:
            self.reject()

    def reject(self) -> None:
        """Close; a running evaluation stops (its answers so far are kept)."""
        if self.task is not None:
            self.task.cancel()
        super().reject()

    def vault_locked(self) -> None:
        """The vault locked: stop a run that writes into it, and forget what it showed."""
        if self.task is not None and self.task_uses_vault:
            self.task.cancel()
        if self.shown is not None and self.shown.evaluation_id is not None:
            self._forget_shown()
            self._say("")
        self.stored_list = []
        self._fill_stored()
        self._update()

    # --- the evaluations kept in the vault ------------------------------------------------

    def refresh_stored(self) -> None:
        """List the vault's evaluations (nothing while it is locked)."""
        if not self.services.unlocked:
            return
        self.runner.start(stored_evaluations_task, self.services, name="list evaluations",
                          on_result=self._got_stored, on_error=lambda _exc: None)

    def _got_stored(self, found: list[StoredEvaluation]) -> None:
        self.stored_list = found
        self._fill_stored()
        self._update()

    def _fill_stored(self) -> None:
        chosen = self.stored_choice()
        self.stored.clear()
        for stored in self.stored_list:
            self.stored.addItem(self._stored_line(stored), stored.id)
        if not self.stored_list:
            self.stored.addItem(self.tr("(none yet)"), None)
        elif chosen is not None:
            self.stored.setCurrentIndex(max(0, self.stored.findData(chosen.id)))

    def _stored_line(self, stored: StoredEvaluation) -> str:
        when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(stored.created_at)),
                                  QLocale.FormatType.ShortFormat)
        state = self.tr("finished") if stored.finished else \
            self.tr("stopped after %n answers", "", stored.answers)
        return " · ".join((when, ", ".join(stored.packs), Path(stored.dataset).name, state))

    def stored_choice(self) -> StoredEvaluation | None:
        """The stored evaluation picked in the list, if any."""
        wanted = self.stored.currentData() if self.stored.count() else None
        return next((e for e in self.stored_list if e.id == wanted), None)

    def show_stored(self) -> None:
        """A finished one: its summary and plots. A stopped one: its settings, for Resume."""
        chosen = self.stored_choice()
        if chosen is None or self.task is not None:
            return
        if not chosen.finished:
            self._fill_form(chosen)
            self._say(lambda: self.tr("Its settings are filled in: press Resume to continue "
                                      "it."))
            return
        self._forget_shown()
        self.task = self.runner.start(show_stored_task, self.services, chosen.id, self.texts,
                                      name="show evaluation", on_result=self._show_outcome,
                                      on_error=self._failed, on_finished=self._finished)
        self._update()

    def _fill_form(self, stored: StoredEvaluation) -> None:
        self.dataset.setText(stored.dataset)
        self.runs.setValue(stored.runs)
        self.seed.setValue(min(stored.seed, MAX_SEED))
        self.keep_in_vault.setChecked(True)
        for item in self._pack_items():
            ticked = item.data(Qt.ItemDataRole.UserRole + 1) in stored.packs
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def delete_stored(self) -> None:
        """Delete the chosen evaluation and its answers, once the user confirms."""
        chosen = self.stored_choice()
        if chosen is None or self.task is not None:
            return
        answer = QMessageBox.question(self, self.tr("Delete evaluation"), self.tr(
            "Delete this evaluation and all its answers from the vault? This cannot be "
            "undone."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.shown is not None and self.shown.evaluation_id == chosen.id:
            self._forget_shown()
        self.task = self.runner.start(
            delete_stored_task, self.services, chosen.id, name="delete evaluation",
            on_result=lambda _n: self._say(lambda: self.tr("The evaluation was deleted.")),
            on_error=self._failed, on_finished=self._after_delete)
        self._update()

    def _after_delete(self) -> None:
        self._finished()
        self.refresh_stored()

    def save_report(self) -> None:
        """Write the shown vault evaluation's report files into a folder the user picks."""
        if self.shown is None or self.shown.evaluation_id is None or self.task is not None:
            return
        chosen = file_dialogs.choose_folder(self, self.tr("Folder for the report"))
        if not chosen:
            return
        self.task = self.runner.start(
            export_stored_task, self.services, self.shown.evaluation_id, Path(chosen),
            self.texts, name="save evaluation report", on_result=self._saved,
            on_error=self._failed, on_finished=self._finished)
        self._update()

    def _saved(self, page: Path) -> None:
        self._report_page = page
        folder = str(page.parent)
        self._say(lambda: self.tr("The report, results.json and cases.csv are in {out}.")
                  .format(out=folder))

    # --- the summary ----------------------------------------------------------------------

    def _show_summary(self, outcome: EvaluationShown) -> None:
        self.summary.setText("".join(self._pack_summary(name, block)
                                     for name, block in outcome.results["packs"].items()))
        while (item := self.plots_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for name, pngs in outcome.plots.items():
            for index, png in enumerate(pngs):
                self.plots_layout.addWidget(_plot_label(png, f"{name}-{index + 1}"))
        if not any(outcome.plots.values()):  # the installed app has no matplotlib
            note = _wrapped_label()
            note.setText(self.texts.no_plots)
            self.plots_layout.addWidget(note)
        self.results_area.setVisible(True)

    def _pack_summary(self, name: str, block: dict[str, Any]) -> str:
        cells = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
                        for k, v in pack_rows(block, self.texts))
        return f"<h3>{html.escape(name)}</h3><table cellpadding='2'>{cells}</table>"

    def open_report(self) -> bool:
        """Open report.html in the system's browser (a local file: nothing is fetched)."""
        page = self._report_page
        if page is None or not page.is_file():
            return False
        if not file_dialogs.open_local_file(str(page)):
            self._say(lambda: self.tr("No program opened {page}; open it from its "
                                      "folder.").format(page=str(page)))
            return False
        return True


def _wrapped_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def _row(field: QWidget | None, *buttons: QWidget) -> QHBoxLayout:
    """``field`` stretched, then ``buttons`` (without a field: the buttons, then space)."""
    row = QHBoxLayout()
    if field is not None:
        row.addWidget(field, 1)
    for button in buttons:
        row.addWidget(button)
    if field is None:
        row.addStretch(1)
    return row


def _column(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return holder


def _plot_label(png: bytes, name: str) -> QLabel:
    """A plot PNG, scaled down to ``PLOT_WIDTH`` for the dialog."""
    label = QLabel()
    pixmap = QPixmap()
    pixmap.loadFromData(png, "PNG")
    if pixmap.width() > PLOT_WIDTH:
        pixmap = pixmap.scaledToWidth(PLOT_WIDTH, Qt.TransformationMode.SmoothTransformation)
    label.setPixmap(pixmap)
    label.setAccessibleName(name)
    return label


def show_evaluate_dialog(window: Any) -> EvaluateDialog:
    """Model > Evaluate a pack… for the main ``window`` (its services and task helper): not
    modal, as a run takes long, and not closed on lock (a run into a folder goes on; the
    window calls ``vault_locked``). An open one is brought forward; it is
    ``window.evaluate_dialog``."""
    dialog = getattr(window, "evaluate_dialog", None)
    if dialog is None or not dialog.isVisible():
        dialog = EvaluateDialog(window.services, window.runner, window)
        window.evaluate_dialog = dialog
    dialog.show()
    dialog.raise_()
    return dialog
