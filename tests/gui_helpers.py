"""Helpers and fixtures for the GUI tests (pytest-qt, offscreen).

Import the fixtures you need into a test module (``from tests.gui_helpers import ...``); the
Qt platform is forced to ``offscreen`` before any Qt module loads.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from skingpt_desktop.core.storage.crypto import KdfParams
from skingpt_desktop.ui.services import Services
from skingpt_desktop.ui.tasks import CancelToken

PASSPHRASE = "correct horse battery staple"


class DirectContext:
    """Stands in for a TaskContext when a test calls a task function on its own thread."""

    def __init__(self) -> None:
        self.cancel = CancelToken()
        self.reports: list = []

    def progress(self, value) -> None:
        self.reports.append(value)


def make_services(folder: Path) -> Services:
    """Services on ``folder`` with a cheap key derivation (tests only)."""
    return Services(folder, kdf=KdfParams.for_tests())


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    """Services on a fresh data folder; closed after the test."""
    svc = make_services(tmp_path / "appdata")
    yield svc
    svc.close()


@pytest.fixture
def window(qtbot, services: Services):
    """A quiet main window (errors go to ``error_shown``, no message boxes), vault unlocked."""
    from skingpt_desktop.ui.main_window import MainWindow

    services.create_vault(DirectContext(), PASSPHRASE, False)
    services.settings.disclaimer_accepted = True
    win = MainWindow(services, quiet=True)
    qtbot.addWidget(win)
    win.show()
    win.after_unlock()
    yield win
    win._closing = True
    win.close()


def load_pack(qtbot, win, pack: Path, timeout: int = 30_000) -> None:
    """Load ``pack`` into ``win`` and wait until the engine is ready."""
    with qtbot.waitSignal(win.engine_ready, timeout=timeout):
        win.load_pack(str(pack), remember=False)


def print_dialog_to_pdf(path: Path):
    """A stand-in for ``run_print_dialog``: the user "chose" to print into ``path`` (PDF)."""
    def choose(printer, _parent) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True

    return choose


def add_photo(qtbot, win, path: Path, timeout: int = 20_000) -> None:
    """Import a photo through the photo panel and wait until it is shown."""
    with qtbot.waitSignal(win.photos.photos_changed, timeout=timeout):
        win.photos.add_source(str(path))


# --- a local stand-in for the Hugging Face file server -----------------------------------
