"""The background work that installs packs from the catalogue or from two GGUF files.

Task functions for the task helper: ``install_catalogue_entry`` fetches an LLM GGUF and its
mmproj GGUF (the only network use, started by the user, through core.packs.download with byte
progress; a cancel keeps the partial files so the next start resumes) and ``import_gguf_pair``
takes two local ones; both wrap them into an ``mtmd`` pack with ``converters.mtmd_pack``,
reporting progress and stopping on Cancel. No half-built pack is ever left in the packs folder.

The packs dialog imports this module when such an install starts, so the converters are no part
of the window until then.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from converters.mtmd_pack import MtmdPlan, install_entry, wrap_mtmd
from converters.progress import Progress, Reporter
from skingpt_desktop.core.packs.catalogue import CatalogueEntry, RepoSource
from skingpt_desktop.core.packs.install import InstallError, InstallProgress
from skingpt_desktop.ui.tasks import TaskContext

PACK_NAME_LIMIT = 64
translate = QCoreApplication.translate


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


def _copy_reporter(ctx: TaskContext, plan: MtmdPlan) -> Reporter:
    """Progress of copying ``plan``'s two GGUF files into the pack, reported to the task."""
    llm, mmproj = Path(plan.llm), Path(plan.mmproj)
    sizes = sum(path.stat().st_size for path in (llm, mmproj) if path.is_file())
    names = {"copy LLM": llm.name, "copy mmproj": mmproj.name}
    return _CopyReporter(ctx, names, sizes)


def wrap_pair(ctx: TaskContext, plan: MtmdPlan) -> Path:
    """Task step: wrap ``plan``'s two GGUF files into a pack, with progress and cancel."""
    return wrap_mtmd(plan, _copy_reporter(ctx, plan))


def pack_name_for(llm: Path) -> str:
    """A pack folder name from a GGUF file name: lower case, letters, digits, '.', '_', '-'."""
    name = re.sub(r"[^a-z0-9._-]+", "-", Path(llm).stem.lower()).strip("-._")
    return name[:PACK_NAME_LIMIT].rstrip("-._") or "gguf-pack"


def import_gguf_pair(ctx: TaskContext, llm: Path, mmproj: Path, packs_folder: Path) -> Path:
    """Task: build a pack in ``packs_folder`` from a local LLM GGUF and its mmproj GGUF."""
    out = Path(packs_folder) / pack_name_for(Path(llm))
    _refuse_existing(out)
    return wrap_pair(ctx, MtmdPlan(out=out, llm=Path(llm), mmproj=Path(mmproj), name=out.name))


def install_catalogue_entry(ctx: TaskContext, entry: CatalogueEntry, packs_folder: Path) -> Path:
    """Task: download a catalogue entry and install it as the pack ``packs_folder/<id>``
    (``converters.mtmd_pack.install_entry``, with the task's progress and cancel)."""
    if not isinstance(entry.source, RepoSource):
        raise InstallError(translate("CatalogueView", "{name} cannot be downloaded ready-made.")
                           .format(name=entry.display_name))
    _refuse_existing(Path(packs_folder) / entry.id)

    def copy_report(plan: MtmdPlan) -> Reporter:
        ctx.cancel.raise_if_cancelled()  # a cancel at the very end of the download stops here
        return _copy_reporter(ctx, plan)

    return install_entry(entry, Path(packs_folder), Reporter(quiet=True), copy_report,
                         progress=ctx.progress, cancel=ctx.cancel.event)
