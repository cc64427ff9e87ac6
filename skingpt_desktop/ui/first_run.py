"""First run: choose the language, read and accept the disclaimer, create the vault, keep the
recovery key, pick a pack.

Pages advance only when their step is done: the disclaimer box is ticked; the vault exists
(created on a worker thread, because Argon2id is slow on purpose); the recovery key, shown once,
is confirmed as written down. Choosing a model pack can be skipped and done later.

The language picker sits above the disclaimer, so that it is read in the reader's language:
picking one switches the whole interface at once (this dialog included) and is saved with the
settings; answers are asked for in the same language (Settings can change either later).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
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

from skingpt_desktop.core.atomic_files import write_atomically
from skingpt_desktop.core.i18n import LANGUAGES, data_file_text
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.ui.file_dialogs import choose_save_file, run_print_dialog
from skingpt_desktop.ui.i18n import current_language, install_language
from skingpt_desktop.ui.packs_dialog import find_installed_packs
from skingpt_desktop.ui.passphrase import LEVEL_COLOURS, new_passphrase_feedback
from skingpt_desktop.ui.recovery_sheet import print_recovery_sheet, recovery_sheet
from skingpt_desktop.ui.retranslate import Retranslating
from skingpt_desktop.ui.services import Services
from skingpt_desktop.ui.settings import ANSWER_LANGUAGES
from skingpt_desktop.ui.tasks import TaskRunner, error_text

PAGE_DISCLAIMER, PAGE_VAULT, PAGE_RECOVERY, PAGE_PACK = range(4)


def _page() -> tuple[QWidget, QVBoxLayout, QLabel]:
    """A wizard page that starts with a word-wrapped title and explanation (its label)."""
    page = QWidget()
    layout = QVBoxLayout(page)
    intro = QLabel()
    intro.setWordWrap(True)
    intro.setTextFormat(Qt.TextFormat.RichText)
    layout.addWidget(intro)
    return page, layout, intro


# What the pack list shows while it is not a list of packs.
PACKS_LOOKING, PACKS_LISTED, PACKS_NONE, PACKS_FAILED = range(4)


class FirstRunDialog(Retranslating, QDialog):
    """The first-run flow. After ``Accepted``: vault unlocked, ``chosen_pack`` set or empty."""

    def __init__(self, services: Services, runner: TaskRunner, need_vault: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.need_vault = need_vault
        self.chosen_pack = ""
        self._packs: list[ModelPack] = []
        self._packs_state = PACKS_LOOKING
        self._packs_error: BaseException | None = None
        self._vault_error: str | None = None  # the last failure, shown until the next attempt
        self._creating = False
        self.pack_dialog_factory = None  # set by the main window: opens the packs dialog
        self.pages = QStackedWidget()
        self.pages.addWidget(self._disclaimer_page())
        self.pages.addWidget(self._vault_page())
        self.pages.addWidget(self._recovery_page())
        self.pages.addWidget(self._pack_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        self.resize(720, 640)
        self.retranslate_ui()

    # --- texts ----------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Every text in the current language; what was typed, ticked and chosen is kept."""
        self.setWindowTitle(self.tr("Welcome to SkinGPT Desktop"))
        # page 1
        self.language_label.setText(self.tr("&Language:"))
        self.language_combo.setAccessibleName(self.tr("Language of the app"))
        self.disclaimer_text.setMarkdown(data_file_text("disclaimer.md", current_language()))
        self.disclaimer_text.setAccessibleName(self.tr("Medical disclaimer"))
        self.accept_box.setText(self.tr("I have read and understood: SkinGPT Desktop gives "
                                        "information, &not a diagnosis."))
        self.accept_box.setAccessibleName(self.tr("Accept the medical disclaimer"))
        self.disclaimer_next.setText(self.tr("&Continue"))
        # page 2
        self.vault_intro.setText(self.tr(
            "<h3>Create your encrypted vault</h3><p>Photos, patients and conversations are "
            "stored only on this computer, encrypted with a key made from your passphrase. "
            "Choose a passphrase of several random words.</p>"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.confirm_label.setText(self.tr("&Repeat:"))
        self.confirm.setAccessibleName(self.tr("Repeat the passphrase"))
        self.strength_title.setText(self.tr("Strength:"))
        self.strength_bar.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label.setAccessibleName(self.tr("Passphrase advice"))
        self.recovery_box.setText(self.tr("Also create a &recovery key (recommended)"))
        self.no_recovery_warning.setText(self.tr(
            "Without the passphrase or the recovery key the data in this vault cannot be "
            "recovered by anyone, including the makers of SkinGPT Desktop."))
        self.vault_status.setAccessibleName(self.tr("Vault status"))
        self.create_button.setText(self.tr("&Create vault"))
        self._show_vault_status()
        if not self._creating:
            self._update_strength()
        # page 3
        self.recovery_intro.setText(self.tr(
            "<h3>Your recovery key</h3><p>This key opens the vault if you forget the "
            "passphrase. It is shown <b>only now</b>: write it down or print it and keep it "
            "somewhere safe, away from this computer.</p>"))
        self.recovery_text.setAccessibleName(self.tr("Recovery key"))
        self.copy_button.setText(self.tr("C&opy"))
        self.save_button.setText(self.tr("&Save to a file…"))
        self.print_button.setText(self.tr("&Print…"))
        self.kept_box.setText(self.tr("I have &written the recovery key down or stored it "
                                      "safely"))
        self.recovery_next.setText(self.tr("&Continue"))
        # page 4
        self.pack_intro.setText(self.tr(
            "<h3>Choose a model pack</h3><p>A model pack holds the SkinGPT-4 model converted "
            "for this app. Import one from a folder or USB drive, or download one. You can also "
            "do this later from the Model menu.</p>"))
        self.pack_list.setAccessibleName(self.tr("Installed model packs"))
        self.manage_button.setText(self.tr("&Install or manage packs…"))
        self.finish_button.setText(self.tr("&Finish"))
        self._render_packs()

    # --- the language ---------------------------------------------------------------------------

    def _language_picker(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.language_label = QLabel()
        self.language_combo = QComboBox()
        for language in LANGUAGES:  # each in its own script, readable whatever is shown now
            self.language_combo.addItem(language.native_name, language.code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(current_language()),
                                                0))
        self.language_label.setBuddy(self.language_combo)
        row.addWidget(self.language_label)
        row.addWidget(self.language_combo)
        row.addStretch(1)
        layout.addLayout(row)
        self.language_combo.currentIndexChanged.connect(
            lambda _index: self.choose_language(self.language_combo.currentData()))

    def choose_language(self, code: str) -> None:
        """Switch the interface to ``code`` now and keep it, for the interface and the answers."""
        app = QApplication.instance()
        if app is not None:
            code = install_language(app, code)
        settings = self.services.settings
        settings.language = code
        if code in ANSWER_LANGUAGES:
            settings.answer_language = code
        self.services.save_settings()
        index = self.language_combo.findData(code)
        if index >= 0 and index != self.language_combo.currentIndex():
            self.language_combo.setCurrentIndex(index)  # the catalogue was missing: English

    # --- page 1: disclaimer -------------------------------------------------------------------

    def _disclaimer_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self._language_picker(layout)
        self.disclaimer_text = QTextBrowser()
        layout.addWidget(self.disclaimer_text, 1)
        self.accept_box = QCheckBox()
        layout.addWidget(self.accept_box)
        self.disclaimer_next = QPushButton()
        self.disclaimer_next.setEnabled(False)
        self.disclaimer_next.setDefault(True)
        self.accept_box.toggled.connect(self.disclaimer_next.setEnabled)
        self.disclaimer_next.clicked.connect(self._disclaimer_done)
        layout.addWidget(self.disclaimer_next, 0, Qt.AlignmentFlag.AlignTrailing)
        return page

    def _disclaimer_done(self) -> None:
        self.services.settings.disclaimer_accepted = True
        self.services.save_settings()
        self._go(PAGE_VAULT if self.need_vault else PAGE_PACK)

    # --- page 2: the vault ----------------------------------------------------------------------

    def _vault_page(self) -> QWidget:
        page, layout, self.vault_intro = _page()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.textChanged.connect(self._update_strength)
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        form.addRow(self.passphrase_label, self.passphrase)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.textChanged.connect(self._update_strength)
        self.confirm_label = QLabel()
        self.confirm_label.setBuddy(self.confirm)
        form.addRow(self.confirm_label, self.confirm)
        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 5)  # 0: empty field, 1-5: Too weak .. Strong
        self.strength_bar.setTextVisible(False)
        self.strength_title = QLabel()
        form.addRow(self.strength_title, self.strength_bar)
        self.strength_label = QLabel()
        self.strength_label.setWordWrap(True)
        form.addRow("", self.strength_label)
        layout.addLayout(form)
        self.recovery_box = QCheckBox()
        self.recovery_box.setChecked(True)
        layout.addWidget(self.recovery_box)
        self.no_recovery_warning = QLabel()
        self.no_recovery_warning.setWordWrap(True)
        self.no_recovery_warning.setObjectName("warningText")
        layout.addWidget(self.no_recovery_warning)
        layout.addStretch(1)
        self.vault_status = QLabel()
        self.vault_status.setWordWrap(True)
        layout.addWidget(self.vault_status)
        self.create_button = QPushButton()
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create_vault)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignTrailing)
        for field in (self.passphrase, self.confirm):  # Enter submits once the form allows it
            field.returnPressed.connect(self._submit_on_enter)
        return page

    def _submit_on_enter(self) -> None:
        if self.create_button.isEnabled():
            self.create_vault()

    def _update_strength(self) -> None:
        strength, text, usable = new_passphrase_feedback(self.passphrase.text(),
                                                         self.confirm.text())
        # Any text fills one step at least: an empty bar beside "Too weak" reads as broken.
        self.strength_bar.setValue(strength.level + 1 if self.passphrase.text() else 0)
        self.strength_bar.setStyleSheet(
            f"QProgressBar::chunk {{ background-color: {LEVEL_COLOURS[strength.level]}; }}")
        self.strength_bar.setAccessibleDescription(strength.label)
        self.strength_label.setText(text)
        self.create_button.setEnabled(usable)

    def create_vault(self) -> None:
        """Derive the key and create the vault on a worker thread."""
        self.create_button.setEnabled(False)
        self.passphrase.setEnabled(False)
        self.confirm.setEnabled(False)
        self._creating, self._vault_error = True, None
        self._show_vault_status()
        self.runner.start(self.services.create_vault, self.passphrase.text(),
                          self.recovery_box.isChecked(), name="create vault",
                          on_result=self._vault_created, on_error=self._vault_failed)

    def _show_vault_status(self) -> None:
        if self._creating:
            self.vault_status.setText(self.tr("Creating your encrypted vault… (deriving the key "
                                              "takes a moment on purpose)"))
        elif self._vault_error is not None:
            self.vault_status.setText(self.tr("The vault could not be created: {reason}").format(
                reason=self._vault_error))
        else:
            self.vault_status.clear()

    def _vault_created(self, recovery_key: str | None) -> None:
        self._creating = False
        self._show_vault_status()
        self.passphrase.clear()
        self.confirm.clear()
        if recovery_key:
            self.recovery_text.setText(recovery_key)
            self._go(PAGE_RECOVERY)
        else:
            self._go(PAGE_PACK)

    def _vault_failed(self, exc: BaseException) -> None:
        self._creating, self._vault_error = False, error_text(exc)
        self._show_vault_status()
        self.passphrase.setEnabled(True)
        self.confirm.setEnabled(True)
        self._update_strength()

    # --- page 3: the recovery key ---------------------------------------------------------------

    def _recovery_page(self) -> QWidget:
        page, layout, self.recovery_intro = _page()
        self.recovery_text = QLineEdit()
        self.recovery_text.setReadOnly(True)
        self.recovery_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a code, not text
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.recovery_text.setFont(font)
        layout.addWidget(self.recovery_text)
        row = QHBoxLayout()
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.recovery_text.text()))
        row.addWidget(self.copy_button)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._save_recovery_key)
        row.addWidget(self.save_button)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self._print_recovery_key)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.kept_status = QLabel()  # what became of the key: saved to which file, printed
        self.kept_status.setWordWrap(True)
        layout.addWidget(self.kept_status)
        self.kept_box = QCheckBox()
        layout.addWidget(self.kept_box)
        layout.addStretch(1)
        self.recovery_next = QPushButton()
        self.recovery_next.setEnabled(False)
        self.kept_box.toggled.connect(self.recovery_next.setEnabled)
        self.recovery_next.clicked.connect(self._recovery_done)
        layout.addWidget(self.recovery_next, 0, Qt.AlignmentFlag.AlignTrailing)
        return page

    def _recovery_sheet(self) -> str:
        vault = self.services.vault
        return recovery_sheet(self.recovery_text.text(), vault.vault_id if vault else "",
                              self.services.vault_file, dt.date.today())

    def _save_recovery_key(self) -> None:
        path = choose_save_file(self, self.tr("Save the recovery key"),
                                self.tr("SkinGPT recovery key.txt", "file name"),
                                self.tr("Text (*.txt)", "file type filter: keep (*.txt)"))
        if not path:
            return
        try:
            write_atomically(path, self._recovery_sheet(), private=True)  # a secret
        except OSError as exc:
            self.kept_status.setText(self.tr("The recovery key was not saved: {reason}").format(
                reason=exc.strerror or type(exc).__name__))
            return
        self.kept_status.setText(self.tr(
            "Saved to {file}. Move it off this computer (a USB stick, a printout) and keep it "
            "safe.").format(file=path))

    def _print_recovery_key(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not run_print_dialog(printer, self):
            return
        print_recovery_sheet(self._recovery_sheet(), printer)
        self.kept_status.setText(self.tr("The recovery key was sent to the printer."))

    def _recovery_done(self) -> None:
        self.recovery_text.clear()  # shown once: gone from the screen from now on
        self.kept_status.clear()
        QGuiApplication.clipboard().clear()
        self._go(PAGE_PACK)

    # --- page 4: the model pack -----------------------------------------------------------------

    def _pack_page(self) -> QWidget:
        page, layout, self.pack_intro = _page()
        self.pack_list = QListWidget()
        layout.addWidget(self.pack_list, 1)
        row = QHBoxLayout()
        self.manage_button = QPushButton()
        self.manage_button.clicked.connect(self._manage_packs)
        row.addWidget(self.manage_button)
        row.addStretch(1)
        self.finish_button = QPushButton()
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self._finish)
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        return page

    def _refresh_packs(self) -> None:
        """Look for the installed packs in the background (each pack's headers are read)."""
        self._packs = []
        self._packs_state = PACKS_LOOKING
        self._render_packs()
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
        self._packs = list(packs)
        self._packs_state = PACKS_LISTED if self._packs else PACKS_NONE
        self._render_packs()
        if self._packs:
            self.pack_list.setCurrentRow(0)

    def _packs_not_listed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._packs_state, self._packs_error = PACKS_FAILED, exc
        self._render_packs()

    def _render_packs(self) -> None:
        """The pack list for the current state, in the current language (selection kept)."""
        row = self.pack_list.currentRow()
        self.pack_list.clear()
        if self._packs_state == PACKS_LISTED:
            for pack in self._packs:
                self.pack_list.addItem(f"{pack.manifest.display_name} "
                                       f"({pack.manifest.quantization})")
            self.pack_list.setCurrentRow(row)
        elif self._packs_state == PACKS_LOOKING:
            self.pack_list.addItem(self.tr("Looking for model packs…"))
        elif self._packs_state == PACKS_NONE:
            self.pack_list.addItem(self.tr("No model pack installed yet."))
        else:
            self.pack_list.addItem(error_text(self._packs_error, self.tr(
                "The installed packs could not be listed ({type}).")))

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
            if QMessageBox.question(self, self.tr("Quit"), self.tr("Quit SkinGPT Desktop?")) == \
                    QMessageBox.StandardButton.Yes:
                super().reject()
            return
        if self.pages.currentIndex() == PAGE_RECOVERY and not self.kept_box.isChecked():
            return  # the key is shown once: do not let Esc lose it by accident
        self.accept()
