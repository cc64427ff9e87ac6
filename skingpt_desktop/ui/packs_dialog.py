"""The model packs dialog: installed packs with their model card, the model catalogue, import
and download.

Nothing here touches the network until the user presses Download (a ready-made pack repository)
or Download and install (an entry of the model catalogue, ui/catalogue_view.py). Downloads,
imports and building a pack from two GGUF files run through the task helper with a progress
bar (bytes, speed, time left where known) and a Cancel button. Listing the installed packs (it
reads each pack's GGUF headers) and removing one also run there, so the dialog never freezes on
a slow or large disk.

The dialog's texts and the model card's headings follow the interface language (context
``PacksDialog``); what a pack says about itself (provenance, license, use, limits) is the
pack's own text. A downloaded pack's card also shows the repository, the commit and each
downloaded file's SHA-256 that its manifest recorded. Install errors are the phrases of
core.packs.install and core.packs.download, translated by install_texts.
"""

from __future__ import annotations

import html
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from skingpt_desktop.core.packs import speed
from skingpt_desktop.core.packs.catalogue import CatalogueEntry
from skingpt_desktop.core.packs.download import download_pack
from skingpt_desktop.core.packs.install import (
    InstallProgress,
    import_pack,
    list_installed,
    remove_installed,
)
from skingpt_desktop.core.packs.machine import fit_advice, gpu_memory_bytes, machine_memory_bytes
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.texts import format_bytes
from skingpt_desktop.ui.catalogue_view import CatalogueView
from skingpt_desktop.ui.file_dialogs import choose_folder, choose_open_files
from skingpt_desktop.ui.license_dialog import ask_license, terms_for_entry
from skingpt_desktop.ui.retranslate import Retranslating
from skingpt_desktop.ui.tasks import TaskContext, TaskHandle, TaskRunner, Text, error_text, shown

# Source texts (context "PacksDialog"), translated where they are shown.
LOOKING_FOR_PACKS = QT_TRANSLATE_NOOP("PacksDialog", "Looking for model packs…")
NO_PACK_HTML = QT_TRANSLATE_NOOP(
    "PacksDialog", "<p>No model pack is installed yet.</p><p>Import one from a folder or USB "
                   "drive, or download one from Hugging Face.</p>")
STAGES = {"download": QT_TRANSLATE_NOOP("PacksDialog", "Downloading {file}"),
          "verify": QT_TRANSLATE_NOOP("PacksDialog", "Verifying {file}"),
          "copy": QT_TRANSLATE_NOOP("PacksDialog", "Copying and verifying {file}")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PacksDialog", text)


def format_duration(seconds: float | None) -> str:
    """65 -> '1 min 5 s'; None -> 'unknown'."""
    if seconds is None:
        return QCoreApplication.translate("PacksDialog", "unknown")
    seconds = int(round(seconds))
    if seconds < 60:
        return QCoreApplication.translate("PacksDialog", "{s} s").format(s=seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return QCoreApplication.translate("PacksDialog", "{min} min {s} s").format(
            min=minutes, s=seconds)
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("PacksDialog", "{h} h {min} min").format(
        h=hours, min=minutes)


def progress_text(p: InstallProgress) -> str:
    """One line: what, how far, how fast, how long."""
    what = _tr(STAGES[p.stage]).format(file=p.file) if p.stage in STAGES else \
        f"{p.stage} {p.file}"
    line = QCoreApplication.translate("PacksDialog", "{what}: {done} of {total}").format(
        what=what, done=format_bytes(p.done), total=format_bytes(p.total))
    if p.stage != "verify" and p.speed > 0:
        line += QCoreApplication.translate("PacksDialog", " · {speed}/s · {time} left").format(
            speed=format_bytes(p.speed), time=format_duration(p.eta_s))
    return line


def find_installed_packs(ctx: TaskContext, folder: Path) -> list[ModelPack]:
    """Task: the packs installed in ``folder`` (each pack's headers are read and checked)."""
    return list_installed(folder)


def remove_pack_folder(ctx: TaskContext, pack_root: Path, packs_folder: Path) -> None:
    """Task: delete an installed pack's folder with all its files."""
    remove_installed(pack_root, packs_folder)


def model_card_html(pack: ModelPack, total_ram: int, gpu_layers: int = 0,
                    gpu_memory: int | None = None, vision_mode: str = "ggml") -> str:
    """The model card as rich text: provenance, license, use, limits, memory, files.

    The memory figure is for the vision tower held as ``vision_mode`` (core/packs/memory.py).

    ``gpu_memory`` None with ``gpu_layers`` > 0: the GPU's memory is still being asked for, so
    the fit check waits for it (the card is shown again when it is known).
    """
    m = pack.manifest
    card = pack.card
    esc = html.escape
    translate = QCoreApplication.translate

    def field(label: str, value: str) -> str:
        return f"<b>{esc(label)}</b> {esc(value)}"

    def heading(label: str) -> str:
        return f"<p><b>{esc(label)}</b></p>"

    limits = "".join(f"<li>{esc(x)}</li>" for x in card.limitations) or \
        "<li>" + esc(translate("PacksDialog", "None stated")) + "</li>"
    files = "".join(f"<li>{esc(f.path)} ({f.role}): {format_bytes(f.size)}</li>" for f in m.files)
    sources = "".join("<li>" + esc(translate("PacksDialog", "{name} from {origin}").format(
        name=s.name, origin=s.origin) if s.origin else s.name) + "</li>" for s in card.sources)
    checking = gpu_layers > 0 and gpu_memory is None
    advice = None if checking else fit_advice(m, total_ram, gpu_layers, gpu_memory, vision_mode)
    have = format_bytes(total_ram) if total_ram else translate("PacksDialog", "an unknown amount")
    ram = m.ram_needed(vision_mode)
    need = translate("PacksDialog", "about {ram}; this computer has {have}.").format(
        ram=format_bytes(ram), have=have) if ram else translate(
        "PacksDialog", "not stated by the pack; this computer has {have}.").format(have=have)
    fit = "<p>" + field(translate("PacksDialog", "RAM needed:"), need) + "</p>"
    if checking:
        fit += "<p>" + esc(translate("PacksDialog", "Checking the GPU's memory…")) + "</p>"
    if advice:  # core's English sentence (not translated yet)
        fit += "<p>" + field(translate("PacksDialog", "Warning:"), advice) + "</p>"
    languages = translate(
        "PacksDialog", "The app asks the model to answer in the language chosen in Settings, "
                       "but the model's answers in languages other than English are of limited "
                       "quality: Llama 2's model card puts other languages out of scope. The "
                       "app's fixed texts and the warning signs are always its own reviewed "
                       "translations, never the model's.") if m.architecture == "skingpt4" else \
        translate("PacksDialog", "The app asks the model to answer in the language chosen in "
                                 "Settings; how well it answers in languages other than English "
                                 "depends on the model (see its own model card). The app's fixed "
                                 "texts and the warning signs are always its own reviewed "
                                 "translations, never the model's.")
    accept = ("<p>" + esc(translate("PacksDialog", "This license must be accepted before the "
                                                   "pack is first used: the app asks.")) + "</p>"
              if card.license_acceptance_required else "")
    quantization = m.quantization or translate("PacksDialog", "n/a")
    return (
        f"<h3>{esc(m.display_name)}</h3>"
        "<p>" + field(translate("PacksDialog", "Name:"), m.name) + " · "
        + field(translate("PacksDialog", "Quantization:"), quantization) + " · "
        + field(translate("PacksDialog", "Conversation format:"), m.conversation_format) + "</p>"
        "<p>" + field(translate("PacksDialog", "Provenance:"), card.provenance) + "</p>"
        "<p>" + field(translate("PacksDialog", "License:"), card.license) + "</p>" + accept
        + "<p>" + field(translate("PacksDialog", "Intended use:"), card.intended_use) + "</p>"
        + heading(translate("PacksDialog", "Known limits:")) + f"<ul>{limits}</ul>"
        "<p>" + field(translate("PacksDialog", "Languages:"), languages) + "</p>"
        + fit
        + heading(translate("PacksDialog", "Files:")) + f"<ul>{files}</ul>"
        + (heading(translate("PacksDialog", "Converted from:")) + f"<ul>{sources}</ul>"
           if sources else "")
        + download_html(pack)
        + "<p>" + field(translate("PacksDialog", "Folder:"), str(pack.root)) + "</p>"
    )


def download_html(pack: ModelPack) -> str:
    """Where a downloaded pack came from: repository, commit, each file's checked SHA-256."""
    record = pack.manifest.download
    if record is None:
        return ""
    esc = html.escape
    translate = QCoreApplication.translate
    where = translate("PacksDialog", "{repo}, revision {revision}").format(
        repo=record.repo, revision=record.revision)
    files = "".join(f"<li>{esc(f.name)}: <code>{esc(f.sha256)}</code></li>" for f in record.files)
    return ("<p><b>" + esc(translate("PacksDialog", "Downloaded from:")) + "</b> " + esc(where)
            + "</p><p>" + esc(translate("PacksDialog", "SHA-256 of the downloaded files (checked "
                                                       "against Hugging Face):"))
            + f"</p><ul>{files}</ul>")


class PacksDialog(Retranslating, QDialog):
    """Lists packs and installs new ones; ``pack_chosen`` carries the folder to load."""

    pack_chosen = Signal(str)

    def __init__(self, runner: TaskRunner, packs_folder: Path, current: ModelPack | None = None,
                 gpu_layers: int = 0, endpoint: str | None = None,
                 parent: QWidget | None = None, vision_mode: str = "ggml",
                 failed: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self.failed = failed or {}  # resolved folder -> why it did not load this session
        self.runner = runner
        self.packs_folder = Path(packs_folder)
        self.current = current
        self.gpu_layers = gpu_layers
        self.vision_mode = vision_mode  # how the vision tower will hold its weights
        self.endpoint = endpoint  # None: huggingface_hub's configured endpoint
        self.total_ram = machine_memory_bytes()
        self.gpu_memory: int | None = None if gpu_layers > 0 else 0  # None: not known yet
        self.packs: list[ModelPack] = []
        self.task: TaskHandle | None = None  # an install; the GPU query is not one
        self.listing: TaskHandle | None = None  # the newest look for installed packs
        self.removal: TaskHandle | None = None
        self._list_round = 0  # which look for packs is the newest
        self._select_after_listing: Path | None = None
        self._card_text: Text = ""
        self._status_text: Text = ""
        self._cancelling_text: Text = ""  # what Cancel says for the running install
        self._cancelled_text: Text = ""
        self._build()
        self.retranslate_ui()
        self.refresh()
        if self.gpu_memory is None:
            self._query_gpu_memory()
        self._measure_speed()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # Two pages behind a pair of exclusive buttons (a tab bar would add Qt's own scroll
        # buttons, whose texts are not the app's).
        self.tabs = QStackedWidget()
        self.tabs.addWidget(self._build_installed_tab())
        self.catalogue = CatalogueView(self.total_ram)
        self.catalogue.install_requested.connect(self.install_entry)
        self.tabs.addWidget(self.catalogue)
        layout.addLayout(self._build_page_buttons())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._build_download_box())

        # The progress bar keeps its place when hidden and the status reserves three lines, so
        # the buttons do not jump when a download starts or a two-line error appears.
        self.progress = QProgressBar()
        keep_place = self.progress.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(keep_place)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 3 + 4)
        self.status.setObjectName("installStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 660)

    def _build_page_buttons(self) -> QHBoxLayout:
        """"Installed packs" and "Catalogue": which page the dialog shows."""
        row = QHBoxLayout()
        self.page_group = QButtonGroup(self)
        self.page_buttons: list[QPushButton] = []
        for index in range(self.tabs.count()):
            button = QPushButton()
            button.setCheckable(True)
            button.setChecked(index == 0)
            self.page_group.addButton(button, index)
            self.page_buttons.append(button)
            row.addWidget(button)
        row.addStretch()
        self.page_group.idClicked.connect(self.tabs.setCurrentIndex)
        self.tabs.currentChanged.connect(lambda index: self.page_buttons[index].setChecked(True))
        return row

    def _build_installed_tab(self) -> QWidget:
        """The installed packs, the selected one's card, and the buttons that act on them."""
        tab = QWidget()
        layout = QVBoxLayout(tab)
        splitter = QSplitter()
        self.pack_list = QListWidget()
        self.pack_list.currentRowChanged.connect(self._show_card)
        self.pack_list.itemActivated.connect(lambda _item: self.use_selected())
        splitter.addWidget(self.pack_list)
        self.card = QTextBrowser()
        self.card.setObjectName("modelCard")
        splitter.addWidget(self.card)
        splitter.setSizes([220, 480])
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        self.use_button = self._button(self.use_selected, row)
        self.import_button = self._button(self.choose_import_folder, row)
        self.import_gguf_button = self._button(self.choose_gguf_files, row)
        self.remove_button = self._button(self.remove_selected, row)
        layout.addLayout(row)
        return tab

    def _build_download_box(self) -> QGroupBox:
        self.download_box = box = QGroupBox()
        form = QFormLayout(box)
        self.repo_edit = QLineEdit()
        self.repo_label = QLabel()
        self.repo_label.setBuddy(self.repo_edit)
        form.addRow(self.repo_label, self.repo_edit)
        self.revision_edit = QLineEdit("main")  # a git revision name, not a translatable text
        self.revision_label = QLabel()
        self.revision_label.setBuddy(self.revision_edit)
        form.addRow(self.revision_label, self.revision_edit)
        row = QHBoxLayout()
        self.download_button = self._button(self.start_download, row)
        self.cancel_button = self._button(self.cancel_task, row)
        self.cancel_button.setEnabled(False)
        self.download_note = QLabel()
        self.download_note.setWordWrap(True)
        form.addRow(row)
        form.addRow(self.download_note)
        return box

    @staticmethod
    def _button(slot, row: QHBoxLayout) -> QPushButton:
        button = QPushButton()
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # --- texts ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """The dialog's texts in the current language; the list, card and status re-rendered."""
        self.setWindowTitle(self.tr("Model packs"))
        self.pack_list.setAccessibleName(self.tr("Installed model packs"))
        self.card.setAccessibleName(self.tr("Model card"))
        for button, text in ((self.use_button, self.tr("&Use this pack")),
                             (self.import_button, self.tr("&Import from folder…")),
                             (self.import_gguf_button, self.tr("Import &GGUF files…")),
                             (self.remove_button, self.tr("&Remove…")),
                             (self.download_button, self.tr("&Download")),
                             (self.cancel_button, self.tr("&Cancel"))):
            button.setText(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
        for button, text in ((self.page_buttons[0], self.tr("Installed &packs")),
                             (self.page_buttons[1], self.tr("Cata&logue"))):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
        self.download_box.setTitle(self.tr("Download from Hugging Face"))
        self.repo_edit.setPlaceholderText(self.tr("owner/name"))
        self.repo_edit.setAccessibleName(self.tr("Repository id"))
        self.repo_label.setText(self.tr("&Repository:"))
        self.revision_edit.setAccessibleName(self.tr("Revision"))
        self.revision_label.setText(self.tr("Re&vision:"))
        self.download_note.setText(self.tr(
            "Downloads resume where they stopped, even after a restart, and every file is "
            "checked against the hash Hugging Face publishes and the pack's SHA-256 list before "
            "anything is installed."))
        self.progress.setAccessibleName(self.tr("Install progress"))
        self.status.setAccessibleName(self.tr("Install status"))
        self.status.setText(shown(self._status_text))
        for row in range(self.pack_list.count()):
            self.pack_list.item(row).setText(self._pack_label(self.packs[row]))
        self.card.setHtml(shown(self._card_text))

    def _set_card(self, text: Text) -> None:
        """The card's HTML (a function: rendered again when the language changes)."""
        self._card_text = text
        self.card.setHtml(shown(text))

    def _set_status(self, text: Text) -> None:
        """The status line (a function: rendered again when the language changes)."""
        self._status_text = text
        self.status.setText(shown(text))

    def _pack_label(self, pack: ModelPack) -> str:
        label = pack.manifest.display_name
        if self.current is not None and pack.root.resolve() == self.current.root.resolve():
            label = self.tr("{pack} (in use)").format(pack=label)
        elif str(pack.root.resolve()) in self.failed:
            label = self.tr("{pack} (could not be loaded)").format(pack=label)
        return label

    # --- the list and the card ---------------------------------------------------------------

    def refresh(self, select: Path | None = None) -> None:
        """Look for the installed packs in the background; the list shows them when found,
        with the pack in ``select`` (a folder) chosen if it is among them.

        Only the newest look counts: one started earlier that answers later is ignored.
        """
        self._select_after_listing = Path(select).resolve() if select is not None else None
        self.packs = []
        self.pack_list.clear()
        self._set_card(lambda: f"<p>{html.escape(_tr(LOOKING_FOR_PACKS))}</p>")
        self._list_round += 1
        round_no = self._list_round
        self.listing = self.runner.start(
            find_installed_packs, self.packs_folder, name="list packs",
            on_result=lambda packs: self._packs_found(round_no, packs),
            on_error=lambda exc: self._listing_failed(round_no, exc),
            on_finished=lambda: self._listing_done(round_no))
        self._update_buttons()

    def _is_current_look(self, round_no: int) -> bool:
        """True for the newest look, while the dialog still exists (Qt may have deleted it
        after it closed: a background task can answer later)."""
        return round_no == self._list_round and isValid(self)

    def _packs_found(self, round_no: int, packs: list[ModelPack]) -> None:
        if self._is_current_look(round_no):
            self._show_packs(packs)

    def _listing_failed(self, round_no: int, exc: BaseException) -> None:
        if self._is_current_look(round_no):
            self._set_card(lambda: _tr(NO_PACK_HTML))
            self._set_status(error_text(exc, self.tr("The installed packs could not be listed "
                                                     "({type}).")))

    def _listing_done(self, round_no: int) -> None:
        if self._is_current_look(round_no):
            self.listing = None
            self._update_buttons()

    def _show_packs(self, packs: list[ModelPack]) -> None:
        """Fill the list (the current pack first if it lives elsewhere) and show a card."""
        self.packs = list(packs)
        if self.current is not None and all(p.root.resolve() != self.current.root.resolve()
                                            for p in self.packs):
            self.packs.insert(0, self.current)
        self.pack_list.clear()
        for pack in self.packs:
            QListWidgetItem(self._pack_label(pack), self.pack_list)
        self.catalogue.set_installed(self._installed_names())
        if self.packs:
            self.pack_list.setCurrentRow(self._row_to_select())
        else:
            self._set_card(lambda: _tr(NO_PACK_HTML))

    def _installed_names(self) -> set[str]:
        """The folder and pack names in the packs folder (a catalogue entry's id is both)."""
        inside = [p for p in self.packs if self.packs_folder in p.root.parents]
        return {p.root.name for p in inside} | {p.manifest.name for p in inside}

    def _row_to_select(self) -> int:
        """The row of the pack asked for in ``refresh``, else the first."""
        wanted = self._select_after_listing
        rows = [row for row, pack in enumerate(self.packs) if pack.root.resolve() == wanted]
        return rows[0] if rows else 0

    def _query_gpu_memory(self) -> None:
        """Ask llama.cpp for the GPU's memory in the background: it starts the GPU backends."""
        self.runner.start(lambda _ctx: gpu_memory_bytes(), name="GPU memory",
                          on_result=self._gpu_memory_known)

    def _measure_speed(self) -> None:
        """Measure this computer for the catalogue's speed estimate, once, in the background
        (about a second of matrix products and memory copies)."""
        self.runner.start(lambda _ctx: speed.measure_machine(os.cpu_count() or 1),
                          name="speed measurement", on_result=self._speed_known)

    def _speed_known(self, machine: speed.MachineSpeed) -> None:
        if isValid(self):  # not closed and deleted in the meantime
            self.catalogue.set_machine_speed(machine)

    def _gpu_memory_known(self, total: int) -> None:
        if not isValid(self):
            return  # the dialog was closed and deleted before the GPU answered
        self.gpu_memory = total
        self.catalogue.set_gpu_memory(total)
        self._show_card(self.pack_list.currentRow())

    def selected(self) -> ModelPack | None:
        row = self.pack_list.currentRow()
        return self.packs[row] if 0 <= row < len(self.packs) else None

    def _show_card(self, row: int) -> None:
        if 0 <= row < len(self.packs):
            pack = self.packs[row]
            reason = self.failed.get(str(pack.root.resolve()))
            self._set_card(lambda: (self._failure_html(reason) if reason else "") + model_card_html(
                pack, self.total_ram, self.gpu_layers, self.gpu_memory, self.vision_mode))
        self._update_buttons()

    def _failure_html(self, reason: str) -> str:
        return "<p><b>{}</b> {}</p>".format(html.escape(self.tr(
            "This pack could not be loaded:")), html.escape(reason))

    def _update_buttons(self) -> None:
        busy = self.task is not None or self.removal is not None
        pack = self.selected()
        installed = pack is not None and self.packs_folder in pack.root.parents
        in_use = pack is not None and self.current is not None and \
            pack.root.resolve() == self.current.root.resolve()
        self.use_button.setEnabled(pack is not None and not busy)
        self.remove_button.setEnabled(installed and not busy and not in_use)
        self.import_button.setEnabled(not busy)
        self.import_gguf_button.setEnabled(not busy)
        self.download_button.setEnabled(not busy)
        self.catalogue.set_busy(busy or self.listing is not None)
        self.cancel_button.setEnabled(self.task is not None)  # a removal cannot be cancelled

    def use_selected(self) -> None:
        pack = self.selected()
        if pack is None:
            return
        # Chosen before the GPU query answered (rare): fit_advice then asks llama.cpp itself.
        advice = fit_advice(pack.manifest, self.total_ram, self.gpu_layers, self.gpu_memory,
                            self.vision_mode)
        if advice and QMessageBox.question(
                self, self.tr("Model pack"), self.tr("{advice}\n\nUse this pack anyway?").format(
                    advice=advice)) \
                != QMessageBox.StandardButton.Yes:
            return
        self.pack_chosen.emit(str(pack.root))
        self.accept()

    def remove_selected(self) -> None:
        """Delete the selected installed pack, after confirmation, in the background."""
        pack = self.selected()
        if pack is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove model pack"),
            self.tr("Delete the pack '{pack}' and its files from this computer?").format(
                pack=pack.manifest.display_name))
        if answer == QMessageBox.StandardButton.Yes:
            self._start_removal(pack)

    def _start_removal(self, pack: ModelPack) -> None:
        name = pack.manifest.display_name
        self._set_status(lambda: self.tr("Removing {pack}…").format(pack=name))
        self.progress.setRange(0, 0)  # rmtree reports no progress: a busy bar
        self.progress.setVisible(True)
        self.removal = self.runner.start(
            remove_pack_folder, pack.root, self.packs_folder, name="remove pack",
            on_result=lambda _none: self._removal_finished(
                lambda: self.tr("Removed {pack}.").format(pack=name)),
            on_error=lambda exc: self._removal_finished(error_text(
                exc, self.tr("The pack could not be removed completely ({type}: {exc})."))))
        self._update_buttons()

    def _removal_finished(self, message: Text) -> None:
        if not isValid(self):
            return  # the dialog was closed and deleted meanwhile
        self._set_status(message)
        self.removal = None
        self.progress.setVisible(False)
        self.refresh()  # also after an error: show what is left

    # --- installing ---------------------------------------------------------------------------

    def choose_import_folder(self) -> None:
        folder = choose_folder(self, self.tr("Choose the model pack folder"))
        if folder:
            self.start_import(folder)

    def start_import(self, folder: str) -> None:
        """Copy and verify a pack folder into the packs folder, in the background."""
        def work(ctx: TaskContext, source: str) -> Path:
            return import_pack(Path(source), self.packs_folder, progress=ctx.progress,
                               cancel=ctx.cancel.event)

        self._run(work, folder, lambda: self.tr("Importing…"))

    def start_download(self) -> None:
        """Download the repository's pack, in the background (the only network use)."""
        repo = self.repo_edit.text().strip()
        revision = self.revision_edit.text().strip() or "main"
        if not repo:
            self._set_status(lambda: self.tr("Enter a repository id such as owner/skingpt4-q4."))
            return
        endpoint = self.endpoint

        def work(ctx: TaskContext, repo_id: str) -> Path:
            return download_pack(repo_id, self.packs_folder, revision=revision,
                                 endpoint=endpoint, progress=ctx.progress,
                                 cancel=ctx.cancel.event)

        self._run(work, repo, lambda: self.tr("Connecting to download {repo}…").format(repo=repo))

    def choose_gguf_files(self) -> None:
        """Ask for a language model GGUF, then its mmproj GGUF, and build a pack from them."""
        llm = self._choose_gguf(self.tr("Choose the language model (.gguf)"))
        if not llm:
            return
        mmproj = self._choose_gguf(self.tr("Choose its vision projector (mmproj .gguf)"))
        if mmproj:
            self.start_gguf_import(llm, mmproj)

    def _choose_gguf(self, title: str) -> str | None:
        chosen = choose_open_files(self, title, self.tr("GGUF files (*.gguf)"))
        return chosen[0] if chosen else None

    def start_gguf_import(self, llm: str, mmproj: str) -> None:
        """Wrap a language model GGUF and its mmproj GGUF into a pack, in the background."""
        packs_folder = self.packs_folder

        def work(ctx: TaskContext, files: tuple[str, str]) -> Path:
            from skingpt_desktop.ui.catalogue_tasks import import_gguf_pair  # loads converters

            return import_gguf_pair(ctx, Path(files[0]), Path(files[1]), packs_folder)

        name = Path(llm).name
        self._run(work, (llm, mmproj),
                  lambda: self.tr("Building a model pack from {file}…").format(file=name),
                  cancelled=lambda: self.tr("Cancelled. Nothing was installed."))

    def install_entry(self, entry: CatalogueEntry) -> None:
        """Download a catalogue entry and install it (after its license was accepted)."""
        if self.task is not None or self.removal is not None or not entry.downloadable:
            return
        if entry.id in self._installed_names() or (self.packs_folder / entry.id).exists():
            self._set_status(lambda: self.tr("{pack} is already installed; remove it first to "
                                             "install it again.").format(
                pack=entry.display_name))
            return
        if entry.license_acceptance_required and not ask_license(self, terms_for_entry(entry)):
            return
        packs_folder = self.packs_folder

        def work(ctx: TaskContext, chosen: CatalogueEntry) -> Path:
            from skingpt_desktop.ui.catalogue_tasks import install_catalogue_entry  # converters

            return install_catalogue_entry(ctx, chosen, packs_folder)

        self._run(work, entry,
                  lambda: self.tr("Connecting to download {pack}…").format(
                      pack=entry.display_name))

    def _run(self, work, arg: object, message: Text, cancelling: Text | None = None,
             cancelled: Text | None = None) -> None:
        """Start an install task; ``cancelling`` and ``cancelled`` replace the default texts
        shown when Cancel is pressed and when the task has stopped."""
        self.packs_folder.mkdir(parents=True, exist_ok=True)
        self._set_status(message)
        self._cancelling_text = cancelling or (lambda: self.tr("Cancelling…"))
        self._cancelled_text = cancelled or (lambda: self.tr(
            "Cancelled. A download continues where it stopped when you press Download again."))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.task = self.runner.start(work, arg, name="install pack",
                                      on_progress=self._on_progress, on_result=self._on_installed,
                                      on_error=self._on_error, on_cancelled=self._on_cancelled,
                                      on_finished=self._on_finished)
        self._update_buttons()

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self._set_status(self._cancelling_text)

    def _on_progress(self, p: InstallProgress) -> None:
        if not isValid(self):
            return  # the dialog was closed and deleted while the task went on
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(p.fraction * 1000))
        self._set_status(lambda: progress_text(p))

    def _on_installed(self, folder: Path) -> None:
        if not isValid(self):
            return
        name = Path(folder).name
        self._set_status(lambda: self.tr("Installed and verified: {pack}").format(pack=name))
        self.tabs.setCurrentIndex(0)  # the new pack, selected in the installed list
        self.refresh(select=Path(folder))

    def _on_error(self, exc: BaseException) -> None:
        if isValid(self):
            self._set_status(error_text(exc, self.tr("The pack could not be installed "
                                                     "({type}: {exc}).")))

    def _on_cancelled(self) -> None:
        if isValid(self):
            self._set_status(self._cancelled_text)

    def _on_finished(self) -> None:
        if not isValid(self):
            return
        self.task = None
        self.progress.setVisible(False)
        self._update_buttons()

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()  # closing the dialog stops the transfer; parts are kept
        super().reject()
