"""The model catalogue inside the packs dialog.

:class:`CatalogueView` lists the entries of ``resources/catalogue.json`` (core/packs/catalogue.py)
and shows, for the selected one, what it is, its intended use and limits, its license (and
whether it must be accepted before first use), the download size and the RAM it needs against
this computer's, and, once the packs dialog has measured this computer (``set_machine_speed``),
about how many seconds a photo and how many words per second the model would take here
(core/packs/speed.py). A downloadable entry has a "Download and install" button, which only emits
``install_requested``: the packs dialog runs the work, with its progress bar and Cancel. An
entry the user builds points to its guide instead.

The work of installing an entry runs in ``catalogue_tasks`` (imported when an install starts:
the converters it uses are no part of the window until then); it reports byte progress as
``InstallProgress``, shown like any other download.

Texts use the context ``CatalogueView``; the headings shared with the model card keep the
context ``PacksDialog`` so they read the same in both places. What an entry says about its
model (name, use, limits, license, notes) is the catalogue's own text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.packs.catalogue import (
    BuildSource,
    CatalogueEntry,
    RepoSource,
    load_catalogue,
)
from skingpt_desktop.core.packs.machine import entry_fits, recommended_entries
from skingpt_desktop.core.packs.speed import MachineSpeed, estimate_speed
from skingpt_desktop.core.texts import format_bytes
from skingpt_desktop.ui.retranslate import Retranslating

translate = QCoreApplication.translate  # lupdate reads the literal contexts of these calls


# --- texts --------------------------------------------------------------------------------------

def entry_fit_advice(entry: CatalogueEntry, total_ram: int) -> str | None:
    """None when the entry's RAM figure fits this computer (with the usual headroom);
    otherwise the same kind of advice the model card gives for an installed pack."""
    if not total_ram or entry_fits(entry, total_ram):
        return None
    return translate(
        "CatalogueView", "This model needs about {need} of memory but this computer has {have}. "
                         "It may be very slow or fail to load: choose a smaller quantization of "
                         "the same model (for example Q4_K_M instead of Q8_0), or offload layers "
                         "to a GPU in Settings.").format(
        need=format_bytes(entry.ram_bytes), have=format_bytes(total_ram))


def _what_it_is(entry: CatalogueEntry) -> str:
    """One sentence on the kind of pack and where it comes from."""
    if isinstance(entry.source, RepoSource):
        return translate(
            "CatalogueView", "A language model with its vision projector (two GGUF files), "
                             "downloaded from huggingface.co/{repo} and installed as a model "
                             "pack.").format(repo=entry.source.repo)
    return translate("CatalogueView",
                     "A model pack you build on your own computer from the original weights.")


def _license_note(entry: CatalogueEntry) -> str:
    """Whether the license must be accepted, and when the app asks."""
    if not entry.license_acceptance_required:
        return ""
    if entry.downloadable:
        return translate("CatalogueView", "This license must be accepted before first use: the "
                                          "app asks you before it downloads anything.")
    return translate("CatalogueView", "This license must be accepted before first use.")


def _bold_field(label: str, value: str) -> str:
    """A paragraph: the label in bold, then the value (both escaped)."""
    return f"<p><b>{html.escape(label)}</b> {html.escape(value)}</p>"


def _memory_html(entry: CatalogueEntry, total_ram: int) -> str:
    """The RAM line and, when it does not fit, the advice."""
    have = format_bytes(total_ram) if total_ram else translate("PacksDialog", "an unknown amount")
    need = translate("PacksDialog", "about {ram}; this computer has {have}.").format(
        ram=format_bytes(entry.ram_bytes), have=have)
    text = _bold_field(translate("PacksDialog", "RAM needed:"), need)
    advice = entry_fit_advice(entry, total_ram)
    if advice:
        return text + _bold_field(translate("PacksDialog", "Warning:"), advice)
    if total_ram:
        fits = translate("CatalogueView", "It fits in this computer’s memory.")
        text += f"<p>{html.escape(fits)}</p>"
    return text


def _figure(value: float) -> str:
    """A rough figure: whole numbers from 10 up, one decimal below."""
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def speed_html(entry: CatalogueEntry, machine: MachineSpeed | None) -> str:
    """The "On this computer" line of the speed estimate ("" until the measurement is known)."""
    if machine is None:
        return ""
    estimate = estimate_speed(entry.llm_bytes, entry.vision_encoder, machine)
    text = translate("CatalogueView", "about {photo} s per photo, {words} words per second "
                                      "(estimated from a short measurement)").format(
        photo=_figure(estimate.photo_s), words=_figure(estimate.words_per_s))
    return _bold_field(translate("CatalogueView", "On this computer:"), text)


def recommended_text() -> str:
    """The mark of the entries recommended for this computer (list and details)."""
    return translate("CatalogueView", "Recommended for this computer")


def entry_details_html(entry: CatalogueEntry, total_ram: int, installed: bool = False,
                       recommended: bool = False, machine: MachineSpeed | None = None) -> str:
    """The selected entry as rich text: what it is, what it is good at, use, limits, license,
    size and memory; ``recommended`` adds the mark and why, ``machine`` (this computer's
    measured speed) the estimated seconds per photo and words per second."""
    size = translate("CatalogueView", "about {size}").format(
        size=format_bytes(entry.download_bytes))
    note = _license_note(entry)
    done = translate("CatalogueView", "This model is installed: see Installed packs.")
    why = translate("CatalogueView", "Of this model's versions, this is the largest that fits "
                                     "this computer's memory.")
    return (f"<h3>{html.escape(entry.display_name)}</h3>"
            + (f"<p><b>{html.escape(done)}</b></p>" if installed else "")
            + (_bold_field(recommended_text() + ":", why) if recommended else "")
            + _bold_field(translate("CatalogueView", "What it is:"), _what_it_is(entry))
            + _bold_field(translate("CatalogueView", "Good at:"), entry.good_at)
            + _bold_field(translate("CatalogueView", "Download size:"), size)
            + _memory_html(entry, total_ram)
            + speed_html(entry, machine)
            + _bold_field(translate("PacksDialog", "Intended use:"), entry.intended_use)
            + _bold_field(translate("PacksDialog", "Known limits:"), entry.limits)
            + _bold_field(translate("PacksDialog", "License:"), entry.license)
            + (f"<p>{html.escape(note)}</p>" if note else "")
            + f"<p><small>{html.escape(entry.size_note)}</small></p>")


def build_pointer_text(source: BuildSource) -> str:
    """What replaces the download button for a pack the user builds."""
    return translate(
        "CatalogueView", "This pack cannot be downloaded ready-made: build it on your computer "
                         "by following the guide {guide} in the app's documentation, then use "
                         "Import from folder.").format(guide=source.guide)


# --- the widget ---------------------------------------------------------------------------------

class CatalogueView(Retranslating, QWidget):
    """The catalogue's entries and the selected one's details; ``install_requested`` carries
    the :class:`CatalogueEntry` whose "Download and install" was pressed."""

    install_requested = Signal(object)

    def __init__(self, total_ram: int, parent: QWidget | None = None, gpu_memory: int = 0) -> None:
        super().__init__(parent)
        self.total_ram = total_ram
        self.installed: set[str] = set()
        self.busy = False
        self.entries: list[CatalogueEntry] = []
        self.load_error = ""
        self.recommended: frozenset[str] = frozenset()
        self.machine_speed: MachineSpeed | None = None  # None: not measured (yet)
        self._build()
        self._load()
        self.recommended = recommended_entries(self.entries, total_ram, gpu_memory)
        self.retranslate_ui()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        splitter = QSplitter()
        self.entry_list = QListWidget()
        self.entry_list.setObjectName("catalogueList")
        self.entry_list.setWordWrap(True)  # long names wrap instead of running off the side
        self.entry_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entry_list.currentRowChanged.connect(lambda _row: self._show_selected())
        splitter.addWidget(self.entry_list)
        self.details = QTextBrowser()
        self.details.setObjectName("catalogueDetails")
        splitter.addWidget(self.details)
        splitter.setSizes([220, 480])
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        self.install_button = QPushButton()
        self.install_button.clicked.connect(self._install_clicked)
        row.addWidget(self.install_button)
        self.build_note = QLabel()
        self.build_note.setObjectName("buildPointer")
        self.build_note.setWordWrap(True)
        self.build_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.build_note, 1)
        row.addStretch()
        layout.addLayout(row)

    def _load(self) -> None:
        """Read the shipped catalogue (one small local file); a bad one is reported."""
        try:
            self.entries = load_catalogue()
        except SkinGPTError as exc:
            self.entries, self.load_error = [], str(exc)
        for _entry in self.entries:
            QListWidgetItem(self.entry_list)
        if self.entries:
            self.entry_list.setCurrentRow(0)

    # --- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Texts, labels and the selected entry's details in the current language."""
        self.entry_list.setAccessibleName(self.tr("Model catalogue"))
        self.details.setAccessibleName(self.tr("Catalogue entry"))
        text = self.tr("Download and i&nstall")
        self.install_button.setText(text)
        self.install_button.setAccessibleName(text.replace("&", ""))
        self._label_items()
        self._show_selected()

    def _label_items(self) -> None:
        for row, entry in enumerate(self.entries):
            label = entry.display_name
            if entry.id in self.installed:
                label = self.tr("{name} (installed)").format(name=label)
            elif entry.id in self.recommended:  # on a line of its own: never cut off
                label = f"{label}\n\N{BLACK STAR} {recommended_text()}"
            self.entry_list.item(row).setText(label)

    # --- state ------------------------------------------------------------------------------

    def selected(self) -> CatalogueEntry | None:
        row = self.entry_list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def select(self, entry_id: str) -> None:
        """Select the entry called ``entry_id`` (nothing happens for an unknown id)."""
        for row, entry in enumerate(self.entries):
            if entry.id == entry_id:
                self.entry_list.setCurrentRow(row)

    def set_installed(self, ids: set[str]) -> None:
        """The pack names found in the packs folder; their entries are marked installed."""
        self.installed = set(ids)
        self._label_items()
        self._show_selected()

    def set_gpu_memory(self, gpu_memory: int) -> None:
        """The GPU's memory once known: the recommendations count it with the RAM."""
        self.recommended = recommended_entries(self.entries, self.total_ram, gpu_memory)
        self._label_items()
        self._show_selected()

    def set_machine_speed(self, machine: MachineSpeed) -> None:
        """This computer's measured speed: the details then show the speed estimate."""
        self.machine_speed = machine
        self._show_selected()

    def set_busy(self, busy: bool) -> None:
        """While the dialog installs or removes something, no download can start."""
        self.busy = busy
        self._update_action()

    def _show_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            message = self.load_error or self.tr("The catalogue has no entries.")
            self.details.setHtml(f"<p>{html.escape(message)}</p>")
        else:
            self.details.setHtml(entry_details_html(entry, self.total_ram,
                                                    entry.id in self.installed,
                                                    entry.id in self.recommended,
                                                    self.machine_speed))
        self._update_action()

    def _update_action(self) -> None:
        """The download button for a downloadable entry, the guide's pointer otherwise."""
        entry = self.selected()
        downloadable = entry is not None and entry.downloadable
        self.install_button.setVisible(downloadable)
        self.install_button.setEnabled(downloadable and not self.busy
                                       and entry.id not in self.installed)
        builds = entry is not None and isinstance(entry.source, BuildSource)
        self.build_note.setVisible(builds)
        self.build_note.setText(build_pointer_text(entry.source) if builds else "")

    def _install_clicked(self) -> None:
        entry = self.selected()
        if entry is not None and entry.downloadable:
            self.install_requested.emit(entry)
