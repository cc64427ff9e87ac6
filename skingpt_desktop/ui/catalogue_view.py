"""The model catalogue inside the packs dialog, and the background work that installs from it.

:class:`CatalogueView` lists the entries of ``resources/catalogue.json`` (core/packs/catalogue.py)
and shows, for the selected one, what it is, its intended use and limits, its license (and
whether it must be accepted before first use), the download size and the RAM it needs against
this computer's. A downloadable entry has a "Download and install" button, which only emits
``install_requested``: the packs dialog runs the work, with its progress bar and Cancel. An
entry the user builds points to its guide instead.

The task functions at the end (``install_catalogue_entry``, ``import_gguf_pair``) run on the
task helper: they fetch an LLM GGUF and its mmproj GGUF (the only network use, started by the
user) and wrap them into an ``mtmd`` pack with ``converters.mtmd_pack``. A failure or a cancel
leaves nothing behind in the packs folder.

Texts use the context ``CatalogueView``; the headings shared with the model card keep the
context ``PacksDialog`` so they read the same in both places. What an entry says about its
model (name, use, limits, license, notes) is the catalogue's own text.
"""

from __future__ import annotations

import html
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
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

from converters.mtmd_pack import MtmdPlan, download_pair, wrap_mtmd
from converters.progress import Progress, Reporter
from skingpt_desktop.core.packs.catalogue import BuildSource, CatalogueEntry, RepoSource, load_catalogue
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.packs.machine import RAM_HEADROOM
from skingpt_desktop.core.texts import format_bytes
from skingpt_desktop.ui.installer import InstallError, InstallProgress
from skingpt_desktop.ui.tasks import TaskContext

PACK_NAME_LIMIT = 64


translate = QCoreApplication.translate  # lupdate reads the literal contexts of these calls


# --- texts --------------------------------------------------------------------------------------

def entry_fit_advice(entry: CatalogueEntry, total_ram: int) -> str | None:
    """None when the entry's RAM figure fits this computer (with the usual headroom);
    otherwise the same kind of advice the model card gives for an installed pack."""
    if not total_ram or entry.ram_bytes <= total_ram * RAM_HEADROOM:
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


def entry_details_html(entry: CatalogueEntry, total_ram: int, installed: bool = False) -> str:
    """The selected entry as rich text: what it is, use, limits, license, size and memory."""
    size = translate("CatalogueView", "about {size}").format(
        size=format_bytes(entry.download_bytes))
    note = _license_note(entry)
    done = translate("CatalogueView", "This model is installed: see Installed packs.")
    return (f"<h3>{html.escape(entry.display_name)}</h3>"
            + (f"<p><b>{html.escape(done)}</b></p>" if installed else "")
            + _bold_field(translate("CatalogueView", "What it is:"), _what_it_is(entry))
            + _bold_field(translate("CatalogueView", "Download size:"), size)
            + _memory_html(entry, total_ram)
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

class CatalogueView(QWidget):
    """The catalogue's entries and the selected one's details; ``install_requested`` carries
    the :class:`CatalogueEntry` whose "Download and install" was pressed."""

    install_requested = Signal(object)

    def __init__(self, total_ram: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total_ram = total_ram
        self.installed: set[str] = set()
        self.busy = False
        self.entries: list[CatalogueEntry] = []
        self.load_error = ""
        self._build()
        self._load()
        self.retranslate_ui()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        splitter = QSplitter()
        self.entry_list = QListWidget()
        self.entry_list.setObjectName("catalogueList")
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _label_items(self) -> None:
        for row, entry in enumerate(self.entries):
            label = entry.display_name
            if entry.id in self.installed:
                label = self.tr("{name} (installed)").format(name=label)
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

    def set_busy(self, busy: bool) -> None:
        """While the dialog installs or removes something, no download can start."""
        self.busy = busy
        self._update_action()

    def set_total_ram(self, total_ram: int) -> None:
        """This computer's RAM, for the fit advice."""
        self.total_ram = total_ram
        self._show_selected()

    def _show_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            message = self.load_error or self.tr("The catalogue has no entries.")
            self.details.setHtml(f"<p>{html.escape(message)}</p>")
        else:
            self.details.setHtml(entry_details_html(entry, self.total_ram,
                                                    entry.id in self.installed))
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


# --- background work (task functions for the task helper) ---------------------------------------

@dataclass(frozen=True)
class DownloadStep:
    """A catalogue download reached file ``number`` of ``count`` (huggingface-hub reports no
    byte count to the app, and a file cannot be stopped midway)."""

    file: str
    number: int
    count: int


def download_step_text(step: DownloadStep) -> str:
    """The status line while a file of a catalogue entry downloads."""
    return translate(
        "CatalogueView", "Downloading {file} (file {number} of {count}) from Hugging Face… "
                         "Cancel takes effect when this file is complete.").format(
        file=step.file, number=step.number, count=step.count)


class _DownloadReporter(Reporter):
    """Turns ``download_pair``'s one message per file into a :class:`DownloadStep`, and stops
    the download between files when a cancel was requested."""

    def __init__(self, ctx: TaskContext, files: tuple[str, ...]) -> None:
        super().__init__(quiet=True)
        self.ctx = ctx
        self.files = files
        self.started = 0

    def say(self, message: str) -> None:
        self.ctx.cancel.raise_if_cancelled()
        self.started += 1
        name = self.files[min(self.started, len(self.files)) - 1]
        self.ctx.progress(DownloadStep(name, min(self.started, len(self.files)), len(self.files)))


class _TaskBar(Progress):
    """A silent bar that forwards each update to its :class:`_CopyReporter`."""

    def __init__(self, owner: "_CopyReporter", label: str, total: int, unit: str) -> None:
        super().__init__(label, total, unit, quiet=True)
        self.owner = owner

    def update(self, done: int, detail: str = "") -> None:
        super().update(done, detail)
        self.owner.moved(self)

    def close(self, message: str = "done") -> None:
        super().close(message)
        self.owner.closed(self)


class _CopyReporter(Reporter):
    """``wrap_mtmd``'s copy bars as one :class:`InstallProgress` over both files; a cancel
    request stops the copy at its next chunk (the converter then removes its staging folder)."""

    def __init__(self, ctx: TaskContext, names: dict[str, str], total: int) -> None:
        super().__init__(quiet=True)
        self.ctx = ctx
        self.names = names  # the converter's bar label -> the file's name
        self.total = max(total, 1)
        self.base = 0  # bytes of the bars already closed
        self.start = time.monotonic()

    def bar(self, label: str, total: int, unit: str = "items") -> Progress:
        return _TaskBar(self, label, total, unit)

    def moved(self, bar: _TaskBar) -> None:
        self.ctx.cancel.raise_if_cancelled()
        done = min(self.base + bar.done, self.total)
        elapsed = time.monotonic() - self.start
        speed = done / elapsed if elapsed > 0 else 0.0
        eta = (self.total - done) / speed if speed > 0 else None
        self.ctx.progress(InstallProgress("copy", self.names.get(bar.label, bar.label), done,
                                          self.total, speed, eta))

    def closed(self, bar: _TaskBar) -> None:
        self.base += bar.done


def already_installed_error(name: str) -> InstallError:
    """The plain refusal for a pack name that is taken."""
    return InstallError(translate(
        "CatalogueView", "A pack named '{name}' is already installed; remove it first to "
                         "install it again.").format(name=name))


def _refuse_existing(out: Path) -> None:
    if out.exists() or out.is_symlink():
        raise already_installed_error(out.name)


def wrap_pair(ctx: TaskContext, plan: MtmdPlan) -> Path:
    """Task step: wrap ``plan``'s two GGUF files into a pack, with progress and cancel."""
    llm, mmproj = Path(plan.llm), Path(plan.mmproj)
    sizes = sum(path.stat().st_size for path in (llm, mmproj) if path.is_file())
    names = {"copy LLM": llm.name, "copy mmproj": mmproj.name}
    return wrap_mtmd(plan, _CopyReporter(ctx, names, sizes))


def pack_name_for(llm: Path) -> str:
    """A pack folder name from a GGUF file name: lower case, letters, digits, '.', '_', '-'."""
    name = re.sub(r"[^a-z0-9._-]+", "-", Path(llm).stem.lower()).strip("-._")
    return name[:PACK_NAME_LIMIT].rstrip("-._") or "gguf-pack"


def import_gguf_pair(ctx: TaskContext, llm: Path, mmproj: Path, packs_folder: Path) -> Path:
    """Task: build a pack in ``packs_folder`` from a local LLM GGUF and its mmproj GGUF."""
    out = Path(packs_folder) / pack_name_for(Path(llm))
    _refuse_existing(out)
    return wrap_pair(ctx, MtmdPlan(out=out, llm=Path(llm), mmproj=Path(mmproj), name=out.name))


def _download_entry(ctx: TaskContext, source: RepoSource, folder: Path) -> tuple[Path, Path]:
    """Fetch the entry's two files into ``folder``; a cancel stops before the next file."""
    reporter = _DownloadReporter(ctx, (source.llm_file, source.mmproj_file))
    llm, mmproj = download_pair(source.repo, folder, source.llm_file, source.mmproj_file,
                                report=reporter)
    ctx.cancel.raise_if_cancelled()
    return Path(llm), Path(mmproj)


def install_catalogue_entry(ctx: TaskContext, entry: CatalogueEntry, packs_folder: Path) -> Path:
    """Task: download a catalogue entry and install it as the pack ``packs_folder/<id>``.

    The files go into a hidden temporary folder inside the packs folder (the large files never
    cross file systems), which is deleted afterwards whatever happened.
    """
    if not isinstance(entry.source, RepoSource):
        raise InstallError(translate("CatalogueView", "{name} cannot be downloaded ready-made.")
                           .format(name=entry.display_name))
    packs_folder = Path(packs_folder)
    out = packs_folder / entry.id
    _refuse_existing(out)
    packs_folder.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f".catalogue-{entry.id}-", dir=packs_folder))
    try:
        llm, mmproj = _download_entry(ctx, entry.source, folder)
        # The converter's card for a catalogue model's files carries the entry's license,
        # use, limits and whether the license must be accepted before first use.
        plan = MtmdPlan(out=out, llm=llm, mmproj=mmproj, name=entry.id,
                        display_name=entry.display_name,
                        origin=f"huggingface.co/{entry.source.repo}")
        return wrap_pair(ctx, plan)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
