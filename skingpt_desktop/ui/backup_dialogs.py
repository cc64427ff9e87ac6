"""Backing up and restoring the vault in the window.

:class:`BackupDialog` writes the whole vault to one encrypted ``.skgbackup`` file; a USB drive
is just a folder the user picks. :class:`RestoreDialog` first checks a backup completely and
shows what it would add, then adds the records this vault lacks and never overwrites one it
has. Both run on the task helper with a progress bar and Cancel; closing the dialog (locking
the window closes it too) cancels the running task, and a cancelled task writes nothing. The
window does not keep the vault passphrase: the backup dialog asks for it and checks it (as the
command line does by unlocking) before anything is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QDir, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from skingpt_desktop.core.storage.backup import (
    SUFFIX,
    BackupPassphraseError,
    BackupPreview,
    ExportSummary,
    ImportSummary,
    PreviewCase,
)
from skingpt_desktop.core.storage.keyring import WrongPassphraseError
from skingpt_desktop.ui.file_dialogs import choose_open_files, choose_save_file
from skingpt_desktop.ui.passphrase import new_passphrase_feedback
from skingpt_desktop.ui.record_dialogs import set_row_label
from skingpt_desktop.ui.retranslate import Retranslating
from skingpt_desktop.ui.services import Services
from skingpt_desktop.ui.tasks import TaskHandle, TaskRunner, Text, error_text, shown, without_paths


def _secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _wrapped_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def documents_folder() -> Path:
    """The user's documents folder, else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path(QDir.homePath())


def default_backup_path(today: dt.date | None = None) -> Path:
    """``skingpt-backup-YYYY-MM-DD.skgbackup`` in the documents folder."""
    return documents_folder() / f"skingpt-backup-{(today or dt.date.today()).isoformat()}{SUFFIX}"


def _with_suffix(path: str) -> str:
    return path if path.lower().endswith(SUFFIX) else path + SUFFIX


def _file_row(choose: Callable[[], None]) -> tuple[QLineEdit, QPushButton, QHBoxLayout]:
    """A file name field with its Choose… button beside it."""
    path, button, row = QLineEdit(), QPushButton(), QHBoxLayout()
    button.clicked.connect(choose)
    # The button keeps its whole label ("Choose…" in any language) however the dialog grows.
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    path.setMinimumWidth(260)
    row.addWidget(path, 1)
    row.addWidget(button)
    return path, button, row


def _stack(dialog: QDialog, *parts: QWidget | QFormLayout) -> None:
    layout = QVBoxLayout(dialog)
    for part in parts:
        (layout.addLayout if isinstance(part, QFormLayout) else layout.addWidget)(part)


class _TaskDialog(Retranslating, QDialog):
    """One background task at a time, with a progress bar, a status line and Cancel (which
    stops the task, or closes the dialog when none runs). Subclasses hold every text and
    define ``retranslate_ui`` and ``_update`` (the enabled state)."""

    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.task: TaskHandle | None = None
        self._status: Text = ""
        self._focus_next: QWidget | None = None
        self.form = QFormLayout()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = _wrapped_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._cancel_or_close)
        self.setMinimumWidth(480)

    @property
    def busy(self) -> bool:
        """True while a backup, a check or a restore runs."""
        return self.task is not None

    @property
    def cancel_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def _say(self, text: Text) -> None:
        self._status = text
        self.status.setText(shown(text))

    def _run(self, fn: Callable[..., Any], *args: Any, name: str,
             on_result: Callable[[Any], None], on_error: Callable[[BaseException], None],
             on_cancelled: Callable[[], None]) -> None:
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.progress.setVisible(True)
        self.task = self.runner.start(fn, *args, name=name, on_result=on_result,
                                      on_error=on_error, on_progress=self._show_progress,
                                      on_cancelled=on_cancelled, on_finished=self._finished)
        self._update()

    def _show_progress(self, value: tuple[int, int]) -> None:
        done, total = value
        self.progress.setRange(0, total)  # 0 (busy) while a backup is checked: its count
        self.progress.setValue(done)  # is known only at its end

    def _focus_when_done(self, widget: QWidget) -> None:
        """Give ``widget`` the keyboard focus once the task has ended. While it runs the
        fields are disabled, and focus given to a disabled field is lost: after a wrong
        passphrase the keyboard would reach nothing until the user clicked."""
        self._focus_next = widget

    def _finished(self) -> None:
        self.task = None
        if self.progress.maximum() == 0:
            self.progress.setVisible(False)
        self._update()
        if self._focus_next is not None:
            self._focus_next.setFocus(Qt.FocusReason.OtherFocusReason)
            self._focus_next = None

    def _cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        """Close; a running task is cancelled (it writes nothing)."""
        if self.task is not None:
            self.task.cancel()
        super().reject()


class BackupDialog(_TaskDialog):
    """Destination file, vault passphrase, optionally a separate backup passphrase; Back up
    writes the file in the background. ``backed_up`` carries the sentence for the status bar."""

    backed_up = Signal(str)

    def __init__(self, services: Services, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, runner, parent)
        self._confirmed: str | None = None  # the file the file chooser confirmed to replace
        self._done = False
        self.intro = _wrapped_label()
        self.path, self.choose, self.path_row = _file_row(self.choose_file)
        self.path.setText(str(default_backup_path()))
        self.vault_secret, self.secret, self.confirm = (_secret_field(), _secret_field(),
                                                        _secret_field())
        self.separate = QCheckBox()
        self.form.addRow(QLabel(), self.path_row)
        self.form.addRow(QLabel(), self.vault_secret)
        self.form.addRow(self.separate)
        self.form.addRow(QLabel(), self.secret)
        self.form.addRow(QLabel(), self.confirm)
        self.strength = _wrapped_label()
        for field in (self.path, self.vault_secret, self.secret, self.confirm):
            field.textChanged.connect(lambda _text: self._update())
        self.separate.toggled.connect(lambda _on: self._update())
        self.backup_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.back_up)
        _stack(self, self.intro, self.form, self.strength, self.progress, self.status,
               self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Back up the vault"))
        self.intro.setText(self.tr(
            "The backup is one encrypted file with every patient, case, photo, conversation and "
            "report of this vault. Keep it away from this computer: to use a USB drive, choose a "
            "folder on it."))
        set_row_label(self.form, self.path, self.tr("&Save to:"), self.path_row)
        self.path.setAccessibleName(self.tr("Backup file"))
        self.choose.setText(self.tr("C&hoose…"))
        self.choose.setToolTip(self.tr("Choose the folder and the name of the backup file"))
        set_row_label(self.form, self.vault_secret, self.tr("&Vault passphrase:"))
        self.vault_secret.setAccessibleName(self.tr("Vault passphrase"))
        self.separate.setText(self.tr("&Use a separate backup passphrase"))
        self.separate.setToolTip(self.tr("Without it the backup opens with the vault "
                                         "passphrase."))
        set_row_label(self.form, self.secret, self.tr("Backup &passphrase:"))
        self.secret.setAccessibleName(self.tr("Backup passphrase"))
        set_row_label(self.form, self.confirm, self.tr("&Repeat it:"))
        self.confirm.setAccessibleName(self.tr("Backup passphrase again"))
        self.backup_button.setText(self.tr("&Back up"))
        self.progress.setFormat(self.tr("%v of %m records"))
        if self._done:
            self.cancel_button.setText(self.tr("&Close"))
        self.status.setText(shown(self._status))
        self._update()

    def _update(self) -> None:
        separate, idle = self.separate.isChecked(), not self.busy
        for field in (self.secret, self.confirm):
            self.form.setRowVisible(field, separate)
        _strength, text, usable = new_passphrase_feedback(self.secret.text(), self.confirm.text())
        self.strength.setText(text if separate and self.secret.text() else "")
        for widget in (self.path, self.choose, self.vault_secret, self.separate, self.secret,
                       self.confirm):
            widget.setEnabled(idle and not self._done)
        ready = bool(self.path.text().strip()) and bool(self.vault_secret.text()) \
            and (usable or not separate)
        self.backup_button.setEnabled(idle and ready and not self._done)

    def destination(self) -> Path:
        """The file to write (a bare name goes into the documents folder)."""
        path = Path(self.path.text().strip()).expanduser()
        return path if path.is_absolute() else documents_folder() / path

    def choose_file(self) -> None:
        """The file chooser (it asks before replacing a file); the suffix is added if missing."""
        chosen = choose_save_file(self, self.tr("Back up the vault to"), str(self.destination()),
                                  self.tr("SkinGPT backups (*.skgbackup)"))
        if chosen:
            self._confirmed = chosen if _with_suffix(chosen) == chosen else None
            self.path.setText(_with_suffix(chosen))

    def back_up(self) -> None:
        """Check the vault passphrase and write the backup (background); says how it went."""
        if not self.backup_button.isEnabled():
            return
        dest = self.destination()
        if dest.exists() and str(dest) != self._confirmed:
            name = dest.name
            self._say(lambda: self.tr("A file named {name} is already there. Type another name, "
                                      "or pick it with Choose… to replace it.").format(name=name))
            return
        vault_secret = self.vault_secret.text()
        secret = self.secret.text() if self.separate.isChecked() else vault_secret
        task = partial(self.services.export_backup, vault_passphrase=vault_secret,
                       overwrite=str(dest) == self._confirmed)
        self._say(lambda: self.tr("Checking the vault passphrase, then writing the backup…"))
        self._run(task, dest, secret, None, name="back up vault", on_result=self._backed_up,
                  on_error=self._failed, on_cancelled=lambda: self._say(
                      lambda: self.tr("The backup was cancelled; no file was written.")))

    def _backed_up(self, summary: ExportSummary) -> None:
        self._done = True
        count, damaged, file = summary.records, summary.damaged_skipped, str(summary.path)

        def text() -> str:
            said = self.tr("Records backed up to {file}: %n.", "", count).format(file=file)
            if damaged:
                said += " " + self.tr("Damaged records left out (they could not be read): %n.",
                                      "", damaged)
            return said

        self._say(text)
        self.cancel_button.setText(self.tr("&Close"))
        self.backed_up.emit(text())

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPassphraseError):
            self.vault_secret.clear()
            self._focus_when_done(self.vault_secret)
            self._say(lambda: self.tr("That is not the vault's passphrase. No backup was "
                                      "written."))
            return
        reason = without_paths(error_text(exc, self.tr("an unexpected error ({type})")))
        self._say(lambda: self.tr("No backup was written: {reason}.").format(reason=reason))


class RestoreDialog(_TaskDialog):
    """Backup file and passphrase; Check backup shows what it would add; Restore (only after a
    successful check of that same file) adds it. ``restored`` carries the sentence for the
    status bar once records were added."""

    restored = Signal(str)

    def __init__(self, services: Services, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, runner, parent)
        self._preview: BackupPreview | None = None
        self._checked: tuple[str, str] | None = None  # (file, passphrase) of the preview
        self._restored = False
        self.intro, self.hint = _wrapped_label(), _wrapped_label()
        self.path, self.choose, self.path_row = _file_row(self.choose_file)
        self.secret = _secret_field()
        self.form.addRow(QLabel(), self.path_row)
        self.form.addRow(QLabel(), self.secret)
        self.summary, self.kept = _wrapped_label(), _wrapped_label()
        self.cases = QListWidget()
        for field in (self.path, self.secret):
            field.textChanged.connect(lambda _text: self._inputs_changed())
        self.check_button = QPushButton()
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.clicked.connect(self.check)
        self.restore_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.restore)
        _stack(self, self.intro, self.form, self.hint, self.summary, self.cases, self.kept,
               self.progress, self.status, self.buttons)
        # Room for what Check backup adds (the summary and the list of cases) without
        # squeezing the fields above it.
        self.cases.setMinimumHeight(140)
        self.setMinimumWidth(580)
        self.resize(640, 620)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro.setText(self.tr(
            "Restoring adds the records of a backup that this vault does not have. Records "
            "already here are kept as they are: nothing is overwritten. The backup is checked "
            "completely first, and nothing is written if any part of it is damaged."))
        set_row_label(self.form, self.path, self.tr("&Backup file:"), self.path_row)
        self.path.setAccessibleName(self.tr("Backup file"))
        self.choose.setText(self.tr("C&hoose…"))
        self.choose.setToolTip(self.tr("Choose a backup file (.skgbackup)"))
        set_row_label(self.form, self.secret, self.tr("&Passphrase:"))
        self.secret.setAccessibleName(self.tr("Backup passphrase"))
        self.hint.setText(self.tr(
            "A backup opens with the vault passphrase of the computer that made it, or with its "
            "own passphrase if it was given one."))
        self.cases.setAccessibleName(self.tr("Cases in the backup"))
        self.check_button.setText(self.tr("&Check backup"))
        self.restore_button.setText(self.tr("&Restore"))
        self.progress.setFormat(self.tr("%v of %m records"))
        if self._restored:
            self.cancel_button.setText(self.tr("&Close"))
        self.status.setText(shown(self._status))
        self._render_preview()
        self._update()

    def _inputs(self) -> tuple[str, str]:
        return self.path.text().strip(), self.secret.text()

    def _inputs_changed(self) -> None:
        if self._preview is not None and self._inputs() != self._checked:
            self._preview, self._checked, self._restored = None, None, False
            self._render_preview()
        self._update()

    def _update(self) -> None:
        idle = not self.busy
        for widget in (self.path, self.choose, self.secret):
            widget.setEnabled(idle)
        path, secret = self._inputs()
        ready = self._preview is not None and self._preview.added > 0 \
            and self._checked == (path, secret) and not self._restored
        self.check_button.setEnabled(idle and bool(path) and bool(secret))
        self.restore_button.setEnabled(idle and ready)
        self.restore_button.setDefault(ready)
        self.check_button.setDefault(not ready)

    def choose_file(self) -> None:
        chosen = choose_open_files(self, self.tr("Choose a backup to restore"),
                                   self.tr("SkinGPT backups (*.skgbackup);;All files (*)"))
        if chosen:
            self.path.setText(chosen[0])

    def check(self) -> None:
        """Verify the whole file and list what it would add (background); writes nothing."""
        path, secret = self._inputs()
        if not self.check_button.isEnabled():
            return
        self._preview, self._checked, self._restored = None, None, False
        self._render_preview()
        self._say(lambda: self.tr("Checking every record of the backup…"))
        self._run(self.services.preview_backup, Path(path), secret, name="check backup",
                  on_result=lambda preview: self._checked_ok(preview, path, secret),
                  on_error=lambda exc: self._failed(exc, restoring=False),
                  on_cancelled=lambda: self._say(
                      lambda: self.tr("The check was stopped. Nothing was written.")))

    def _checked_ok(self, preview: BackupPreview, path: str, secret: str) -> None:
        self._preview, self._checked = preview, (path, secret)
        self._render_preview()
        if preview.added:
            self._say(lambda: self.tr("The backup is intact. Restore adds what is listed."))
        else:
            self._say(lambda: self.tr("Everything in this backup is already in the vault: "
                                      "restoring it would add nothing."))

    def _render_preview(self) -> None:
        """The last check's result in the current language (empty without one)."""
        preview = self._preview
        self.cases.clear()
        self.cases.setVisible(preview is not None)
        if preview is None:
            self.summary.setText("")
            self.kept.setText("")
            return
        scope = self.tr("the whole vault") if preview.scope == "vault" else self.tr("one case")
        added = {kind: preview.added_counts.get(kind, 0)
                 for kind in ("case", "patient", "photo", "report")}
        self.summary.setText(
            self.tr("A backup of {scope}, made {date}.").format(
                scope=scope, date=self._date(preview.created)) + " " +
            self.tr("To be added: cases {case}, patients {patient}, photos {photo}, reports "
                    "{report}.").format(**added))
        self.cases.addItems([self._case_line(c) for c in preview.cases_added])
        self.cases.addItems([self.tr("{case} (already in this vault: kept as it is)").format(
            case=self._case_line(c)) for c in preview.cases_present])
        self.kept.setText(self.tr(
            "Records of the backup already in this vault, which will be kept as they are: %n.",
            "", preview.skipped) if preview.skipped else "")

    def _case_line(self, case: PreviewCase) -> str:
        """``title · patient`` as the sidebar names them."""
        title = " ".join(case.title.split()) or self.tr("(untitled)")
        if case.patient is None:
            return self.tr("{title} · no patient").format(title=title)
        return "{title} · {patient}".format(title=title,
                                            patient=case.patient or self.tr("unnamed patient"))

    def _date(self, created: float | None) -> str:
        if not created:
            return self.tr("an unknown date")
        return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(created)),
                                  QLocale.FormatType.ShortFormat)

    def restore(self) -> None:
        """Add the checked backup's new records (background; checked again as they go in)."""
        if not self.restore_button.isEnabled() or self._checked is None:
            return
        path, secret = self._checked
        self._say(lambda: self.tr("Restoring… every record is checked again as it is added."))
        self._run(self.services.import_backup, Path(path), secret, name="restore backup",
                  on_result=self._restore_done,
                  on_error=lambda exc: self._failed(exc, restoring=True),
                  on_cancelled=lambda: self._say(lambda: self.tr(
                      "The restore was cancelled; nothing was added to the vault.")))

    def _restore_done(self, summary: ImportSummary) -> None:
        self._restored = True
        added, kept = summary.imported, summary.skipped

        def text() -> str:
            said = self.tr("Records restored from the backup: %n.", "", added)
            if kept:
                said += " " + self.tr("Records already in the vault, kept as they were: %n.",
                                      "", kept)
            return said

        self._say(text)
        self.cancel_button.setText(self.tr("&Close"))
        self.restored.emit(text())

    def _failed(self, exc: BaseException, restoring: bool) -> None:
        if isinstance(exc, BackupPassphraseError):
            self.secret.clear()
            self._focus_when_done(self.secret)
            self._say(lambda: self.tr("That passphrase does not open this backup. Nothing was "
                                      "written."))
            return
        reason = without_paths(error_text(exc, self.tr("an unexpected error ({type})")))
        if restoring:
            self._say(lambda: self.tr("Nothing was restored: {reason}.").format(reason=reason))
        else:
            self._say(lambda: self.tr("This file cannot be restored: {reason}. Nothing was "
                                      "written.").format(reason=reason))
