"""Vault care in the window: change the passphrase, see whether a recovery key exists, and
salvage a damaged vault file.

The key derivation is slow on purpose (Argon2id), so the change runs on the task helper while
the dialog says so; a wrong current passphrase changes nothing and says that in a sentence.
By default only the wrapping of the data key changes (the same second or two whatever the vault
holds); the re-encrypt option moves every record to a fresh data key, with progress, for when
the old passphrase may be known to someone (docs/security.md). Backup and restore are in
``backup_dialogs``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from skingpt_desktop.core.storage.keyring import WrongPassphraseError
from skingpt_desktop.core.storage.salvage import SalvageSummary
from skingpt_desktop.ui.file_dialogs import choose_folder
from skingpt_desktop.ui.passphrase import new_passphrase_feedback
from skingpt_desktop.ui.record_dialogs import set_row_label
from skingpt_desktop.ui.retranslate import Retranslating
from skingpt_desktop.ui.services import Services
from skingpt_desktop.ui.tasks import TaskRunner, Text, error_text, shown, without_paths


def _secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class ChangePassphraseDialog(Retranslating, QDialog):
    """Current passphrase, new one twice (with strength feedback); Change runs in the background."""

    changed = Signal()

    def __init__(self, services: Services, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self._status: Text = ""
        layout = QVBoxLayout(self)
        self.recovery_status = QLabel()
        self.recovery_status.setWordWrap(True)
        layout.addWidget(self.recovery_status)
        self.form = QFormLayout()
        self.current, self.new, self.confirm = _secret_field(), _secret_field(), _secret_field()
        for field in (self.current, self.new, self.confirm):
            self.form.addRow(QLabel(), field)
            field.textChanged.connect(lambda _text: self._update())
            field.returnPressed.connect(self.change)  # Enter submits once the form allows it
        layout.addLayout(self.form)
        self.new_key_box = QCheckBox()  # re-encrypt under a fresh data key
        layout.addWidget(self.new_key_box)
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        layout.addWidget(self.strength)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)  # room for the advice to read as sentences, not a column
        self.retranslate_ui()

    @property
    def change_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change the vault passphrase"))
        rows = ((self.current, self.tr("&Current passphrase:"), self.tr("Current passphrase")),
                (self.new, self.tr("&New passphrase:"), self.tr("New passphrase")),
                (self.confirm, self.tr("&Repeat the new one:"), self.tr("New passphrase again")))
        for field, label, name in rows:
            set_row_label(self.form, field, label)
            field.setAccessibleName(name)
        self.change_button.setText(self.tr("C&hange"))
        self.new_key_box.setText(self.tr(
            "Also re-&encrypt every record under a new key (when the old passphrase may be "
            "known to someone; takes longer)"))
        vault = self.services.vault
        self.recovery_status.setText(
            self.tr("This vault has a recovery key: it keeps working after the change.")
            if vault is not None and vault.has_recovery_key else
            self.tr("This vault has no recovery key: if the new passphrase is lost, nobody can "
                    "open the vault."))
        self.status.setText(shown(self._status))
        self._update()

    def _say(self, text: Text) -> None:
        self._status = text
        self.status.setText(shown(text))

    def _update(self) -> None:
        _strength, text, usable = new_passphrase_feedback(self.new.text(), self.confirm.text())
        self.strength.setText(text if self.new.text() else "")
        self.change_button.setEnabled(bool(self.current.text()) and usable)

    def change(self) -> None:
        """Re-wrap the vault key under the new passphrase (background); closes when done."""
        if not self.change_button.isEnabled():
            return
        for widget in (self.current, self.new, self.confirm, self.change_button,
                       self.new_key_box):
            widget.setEnabled(False)
        self._say(lambda: self.tr("Changing the passphrase… (deriving the key takes a moment "
                                  "on purpose)"))
        self.runner.start(self.services.change_passphrase, self.current.text(), self.new.text(),
                          self.new_key_box.isChecked(), name="change passphrase",
                          on_progress=self._progress, on_result=self._done,
                          on_error=self._failed)

    def _progress(self, value: tuple[int, int]) -> None:
        done, total = value
        self._say(lambda: self.tr("Re-encrypting the records… {done} of {total}").format(
            done=done, total=total))

    def _done(self, recovery_key: str | None) -> None:
        if recovery_key:
            show_new_recovery_key(self, recovery_key)
        self.changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        for widget in (self.current, self.new, self.confirm, self.new_key_box):
            widget.setEnabled(True)
        if isinstance(exc, WrongPassphraseError):
            self.current.clear()
            self.current.setFocus()
            self._say(lambda: self.tr("That is not the vault's current passphrase. Nothing was "
                                      "changed."))
        else:
            reason = without_paths(error_text(exc, "{type}"))
            self._say(lambda: self.tr("The passphrase was not changed: {reason}").format(
                reason=reason))
        self._update()


def show_new_recovery_key(parent: QWidget, key: str) -> QMessageBox:
    """The recovery key made by a re-encryption, shown once (selectable, to copy it)."""
    title = QCoreApplication.translate("ChangePassphraseDialog", "New recovery key")
    text = QCoreApplication.translate(
        "ChangePassphraseDialog", "The old recovery key no longer works. The new one is:\n\n"
        "{key}\n\nWrite it down now and keep it safe: it is shown only this once.")
    box = QMessageBox(QMessageBox.Icon.Information, title, text.format(key=key),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box


class VaultSalvage(QObject):
    """File > Salvage a damaged vault: choose an empty folder and give the passphrase; every
    record that still reads is copied into a new vault there (core/storage/salvage.py)."""

    finished = Signal(str)  # a sentence: what was copied, where, how to open it
    failed = Signal(str)

    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.services, self.runner, self.window = services, runner, parent

    def start(self, folder: str | None = None, passphrase: str | None = None) -> bool:
        """Ask what is not given, then copy in the background; False when the user stopped."""
        folder = folder or choose_folder(self.window, self.tr(
            "Choose an empty folder for the salvaged vault"))
        if not folder:
            return False
        if passphrase is None:
            passphrase, ok = QInputDialog.getText(
                self.window, self.tr("Salvage a damaged vault"), self.tr("Vault passphrase:"),
                QLineEdit.EchoMode.Password)
            if not ok or not passphrase:
                return False
        self.runner.start(self.services.salvage_vault, folder, passphrase, name="salvage vault",
                          on_result=lambda summary: self._done(summary, folder),
                          on_error=lambda exc: self.failed.emit(without_paths(error_text(
                              exc, self.tr("The vault could not be salvaged ({type}).")))))
        return True

    def _done(self, summary: SalvageSummary, folder: str) -> None:
        text = self.tr("Copied {count} records into {folder}. Start SkinGPT Desktop with "
                       "--data-dir \"{folder}\" to open them; the damaged file was not "
                       "changed.").format(count=summary.total_copied, folder=folder)
        left = summary.unreadable + summary.failed_authentication
        if left:
            text += " " + self.tr("{count} records could not be read and were left "
                                  "behind.").format(count=left)
        self.finished.emit(text)

