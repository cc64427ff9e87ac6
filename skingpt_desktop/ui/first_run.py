"""First run: read and accept the disclaimer, create the vault, keep the recovery key, pick a pack.

Pages advance only when their step is done: the disclaimer box is ticked; the vault exists
(created on a worker thread, because Argon2id is slow on purpose); the recovery key, shown once,
is confirmed as written down. Choosing a model pack can be skipped and done later.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from skingpt_desktop.core.pack import ModelPack
from skingpt_desktop.core.storage.vault import NO_RECOVERY_WARNING
from skingpt_desktop.core.texts import read_resource_text
from skingpt_desktop.ui.file_dialogs import choose_save_file
from skingpt_desktop.ui.packs_dialog import LOOKING_FOR_PACKS, find_installed_packs
from skingpt_desktop.ui.passphrase import estimate
from skingpt_desktop.ui.services import Services
from skingpt_desktop.ui.tasks import TaskRunner, error_text

PAGE_DISCLAIMER, PAGE_VAULT, PAGE_RECOVERY, PAGE_PACK = range(4)


def _page(intro_html: str) -> tuple[QWidget, QVBoxLayout]:
    """A wizard page that starts with a word-wrapped title and explanation."""
    page = QWidget()
    layout = QVBoxLayout(page)
    intro = QLabel(intro_html)
    intro.setWordWrap(True)
    layout.addWidget(intro)
    return page, layout


class FirstRunDialog(QDialog):
    """The first-run flow. After ``Accepted``: vault unlocked, ``chosen_pack`` set or empty."""

    def __init__(self, services: Services, runner: TaskRunner, need_vault: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to SkinGPT Desktop")
        self.services = services
        self.runner = runner
        self.need_vault = need_vault
        self.chosen_pack = ""
        self._packs: list[ModelPack] = []
        self.pack_dialog_factory = None  # set by the main window: opens the packs dialog
        self.pages = QStackedWidget()
        self.pages.addWidget(self._disclaimer_page())
        self.pages.addWidget(self._vault_page())
        self.pages.addWidget(self._recovery_page())
        self.pages.addWidget(self._pack_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        self.resize(720, 640)

    # --- page 1: disclaimer -------------------------------------------------------------------

    def _disclaimer_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        text = QTextBrowser()
        text.setMarkdown(read_resource_text("disclaimer.md"))
        text.setAccessibleName("Medical disclaimer")
        layout.addWidget(text, 1)
        self.accept_box = QCheckBox("I have read and understood: SkinGPT Desktop gives "
                                    "information, &not a diagnosis.")
        self.accept_box.setAccessibleName("Accept the medical disclaimer")
        layout.addWidget(self.accept_box)
        self.disclaimer_next = QPushButton("&Continue")
        self.disclaimer_next.setEnabled(False)
        self.disclaimer_next.setDefault(True)
        self.accept_box.toggled.connect(self.disclaimer_next.setEnabled)
        self.disclaimer_next.clicked.connect(self._disclaimer_done)
        layout.addWidget(self.disclaimer_next, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _disclaimer_done(self) -> None:
        self.services.settings.disclaimer_accepted = True
        self.services.save_settings()
        self._go(PAGE_VAULT if self.need_vault else PAGE_PACK)

    # --- page 2: the vault ----------------------------------------------------------------------

    def _vault_page(self) -> QWidget:
        page, layout = _page("<h3>Create your encrypted vault</h3><p>Photos, patients and "
                             "conversations are stored only on this computer, encrypted with a "
                             "key made from your passphrase. Choose a passphrase of several "
                             "random words.</p>")
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("New passphrase")
        self.passphrase.textChanged.connect(self._update_strength)
        form.addRow("&Passphrase:", self.passphrase)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName("Repeat the passphrase")
        self.confirm.textChanged.connect(self._update_strength)
        form.addRow("&Repeat:", self.confirm)
        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setAccessibleName("Passphrase strength")
        form.addRow("Strength:", self.strength_bar)
        self.strength_label = QLabel()
        self.strength_label.setWordWrap(True)
        self.strength_label.setAccessibleName("Passphrase advice")
        form.addRow("", self.strength_label)
        layout.addLayout(form)
        self.recovery_box = QCheckBox("Also create a &recovery key (recommended)")
        self.recovery_box.setChecked(True)
        layout.addWidget(self.recovery_box)
        warning = QLabel(NO_RECOVERY_WARNING)
        warning.setWordWrap(True)
        warning.setObjectName("warningText")
        layout.addWidget(warning)
        layout.addStretch(1)
        self.vault_status = QLabel()
        self.vault_status.setWordWrap(True)
        self.vault_status.setAccessibleName("Vault status")
        layout.addWidget(self.vault_status)
        self.create_button = QPushButton("&Create vault")
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create_vault)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        self._update_strength()
        return page

    def _update_strength(self) -> None:
        strength = estimate(self.passphrase.text())
        self.strength_bar.setValue(strength.level)
        self.strength_bar.setAccessibleDescription(strength.label)
        text = f"<b>{strength.label}.</b> {strength.advice}"
        matches = self.passphrase.text() == self.confirm.text()
        if self.confirm.text() and not matches:
            text += "<br>The two passphrases are different."
        self.strength_label.setText(text)
        self.create_button.setEnabled(strength.acceptable and matches)

    def create_vault(self) -> None:
        """Derive the key and create the vault on a worker thread."""
        self.create_button.setEnabled(False)
        self.passphrase.setEnabled(False)
        self.confirm.setEnabled(False)
        self.vault_status.setText("Creating your encrypted vault… (deriving the key takes a "
                                  "moment on purpose)")
        self.runner.start(self.services.create_vault, self.passphrase.text(),
                          self.recovery_box.isChecked(), name="create vault",
                          on_result=self._vault_created, on_error=self._vault_failed)

    def _vault_created(self, recovery_key: str | None) -> None:
        self.passphrase.clear()
        self.confirm.clear()
        if recovery_key:
            self.recovery_text.setText(recovery_key)
            self._go(PAGE_RECOVERY)
        else:
            self._go(PAGE_PACK)

    def _vault_failed(self, exc: BaseException) -> None:
        self.vault_status.setText(f"The vault could not be created: {error_text(exc)}")
        self.passphrase.setEnabled(True)
        self.confirm.setEnabled(True)
        self._update_strength()

    # --- page 3: the recovery key ---------------------------------------------------------------

    def _recovery_page(self) -> QWidget:
        page, layout = _page("<h3>Your recovery key</h3><p>This key opens the vault if you "
                             "forget the passphrase. It is shown <b>only now</b>: write it down "
                             "or print it and keep it somewhere safe, away from this "
                             "computer.</p>")
        self.recovery_text = QLineEdit()
        self.recovery_text.setReadOnly(True)
        self.recovery_text.setAccessibleName("Recovery key")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.recovery_text.setFont(font)
        layout.addWidget(self.recovery_text)
        row = QHBoxLayout()
        copy = QPushButton("C&opy")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.recovery_text.text()))
        row.addWidget(copy)
        save = QPushButton("&Save to a file…")
        save.clicked.connect(self._save_recovery_key)
        row.addWidget(save)
        row.addStretch(1)
        layout.addLayout(row)
        self.kept_box = QCheckBox("I have &written the recovery key down or stored it safely")
        layout.addWidget(self.kept_box)
        layout.addStretch(1)
        self.recovery_next = QPushButton("&Continue")
        self.recovery_next.setEnabled(False)
        self.kept_box.toggled.connect(self.recovery_next.setEnabled)
        self.recovery_next.clicked.connect(self._recovery_done)
        layout.addWidget(self.recovery_next, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _save_recovery_key(self) -> None:
        path = choose_save_file(self, "Save the recovery key", "SkinGPT recovery key.txt",
                                "Text (*.txt)")
        if path:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write("SkinGPT Desktop vault recovery key\n"
                             f"{self.recovery_text.text()}\n")

    def _recovery_done(self) -> None:
        self.recovery_text.clear()  # shown once: gone from the screen from now on
        QGuiApplication.clipboard().clear()
        self._go(PAGE_PACK)

    # --- page 4: the model pack -----------------------------------------------------------------

    def _pack_page(self) -> QWidget:
        page, layout = _page("<h3>Choose a model pack</h3><p>A model pack holds the SkinGPT-4 "
                             "model converted for this app. Import one from a folder or USB "
                             "drive, or download one. You can also do this later from the Model "
                             "menu.</p>")
        self.pack_list = QListWidget()
        self.pack_list.setAccessibleName("Installed model packs")
        layout.addWidget(self.pack_list, 1)
        row = QHBoxLayout()
        manage = QPushButton("&Install or manage packs…")
        manage.clicked.connect(self._manage_packs)
        row.addWidget(manage)
        row.addStretch(1)
        self.finish_button = QPushButton("&Finish")
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self._finish)
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        return page

    def _refresh_packs(self) -> None:
        """Look for the installed packs in the background (each pack's headers are read)."""
        self._packs = []
        self.pack_list.clear()
        self.pack_list.addItem(LOOKING_FOR_PACKS)
        self.finish_button.setEnabled(False)  # Finish takes the selected pack: wait for the list
        self.runner.start(find_installed_packs, self.services.packs_folder, name="list packs",
                          on_result=self._show_packs, on_error=self._packs_not_listed,
                          on_finished=self._packs_listing_finished)

    def _packs_listing_finished(self) -> None:
        if not isValid(self):
            return  # the dialog was deleted before the look ended
        self.finish_button.setEnabled(True)
        if self.pages.currentIndex() == PAGE_PACK:
            self.finish_button.setFocus()  # it could not take the focus while disabled

    def _show_packs(self, packs: list[ModelPack]) -> None:
        if not isValid(self):
            return
        self.pack_list.clear()
        self._packs = list(packs)
        for pack in self._packs:
            self.pack_list.addItem(f"{pack.manifest.display_name} ({pack.manifest.quantization})")
        if self._packs:
            self.pack_list.setCurrentRow(0)
        else:
            self.pack_list.addItem("No model pack installed yet.")

    def _packs_not_listed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.pack_list.clear()
        self.pack_list.addItem(error_text(exc, "The installed packs could not be listed "
                                               "({type})."))

    def _manage_packs(self) -> None:
        if self.pack_dialog_factory is None:
            return
        dialog = self.pack_dialog_factory(self)
        dialog.pack_chosen.connect(self._pack_chosen)
        dialog.exec()
        self._refresh_packs()

    def _pack_chosen(self, folder: str) -> None:
        self.chosen_pack = folder
        self.accept()

    def _finish(self) -> None:
        row = self.pack_list.currentRow()
        if self._packs and 0 <= row < len(self._packs):
            self.chosen_pack = str(self._packs[row].root)
        self.accept()

    # --- navigation -----------------------------------------------------------------------------

    def _go(self, page: int) -> None:
        if page == PAGE_PACK:
            self._refresh_packs()
        self.pages.setCurrentIndex(page)
        focus = {PAGE_VAULT: self.passphrase, PAGE_RECOVERY: self.recovery_text,
                 PAGE_PACK: self.finish_button}.get(page)
        if focus is not None:
            focus.setFocus()

    def reject(self) -> None:
        """Closing before the vault exists quits the app; afterwards it just skips the pack."""
        if self.pages.currentIndex() in (PAGE_DISCLAIMER, PAGE_VAULT) and \
                not self.services.unlocked:
            if QMessageBox.question(self, "Quit", "Quit SkinGPT Desktop?") == \
                    QMessageBox.StandardButton.Yes:
                super().reject()
            return
        if self.pages.currentIndex() == PAGE_RECOVERY and not self.kept_box.isChecked():
            return  # the key is shown once: do not let Esc lose it by accident
        self.accept()
