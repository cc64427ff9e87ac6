"""What runs where, in the app: Help > About gathers the llama.cpp build and devices on the task
helper and shows them with a Copy button; the fit check's GPU query runs there too, never on
the screen's thread."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from skingpt_desktop import __version__
from skingpt_desktop.core import build_info
from skingpt_desktop.core.native import ggml_devices
from skingpt_desktop.core.native.ggml_devices import GgmlUnavailable
from skingpt_desktop.ui import pack_loading, packs_dialog
from skingpt_desktop.ui.packs_dialog import PacksDialog
from skingpt_desktop.ui.tasks import TaskRunner
from tests.gui_helpers import load_pack

pytestmark = pytest.mark.gui


def recording(threads: list[threading.Thread], function):
    """``function`` that also notes the thread it ran on."""
    def wrapper(*args, **kwargs):
        threads.append(threading.current_thread())
        return function(*args, **kwargs)
    return wrapper


def test_about_shows_the_llama_cpp_build_and_devices(qtbot, window, monkeypatch) -> None:
    import llama_cpp

    threads: list[threading.Thread] = []
    monkeypatch.setattr(build_info, "gather", recording(threads, build_info.gather))
    dialog = window.show_about()
    text = dialog.browser.toPlainText
    assert f"SkinGPT Desktop {__version__}" in text() and "Checking llama.cpp" in text()
    assert not dialog.copy_button.isEnabled()  # nothing to copy yet
    qtbot.waitUntil(lambda: "CPU variant" in text(), timeout=20_000)
    assert "Checking llama.cpp" not in text()
    # First what a user can act on; the raw flag dump and commit only behind Details.
    assert "CPU features: " not in text() and "commit" not in text()
    assert dialog.details_button.text() == "Show &details"
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert dialog.details_button.text() == "Hide &details"
    assert f"llama-cpp-python: {llama_cpp.__version__}" in text()
    assert "llama.cpp (ggml): " in text() and "CPU features: " in text()
    assert f"CPU variant: {ggml_devices.cpu_backend().variant}" in text()
    lines = text().splitlines()
    assert any(line.startswith("Device ") and "(CPU)" in line for line in lines), text()
    assert threads and threads[0] is not threading.main_thread()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied == dialog.build_report and copied.startswith(f"SkinGPT Desktop {__version__}")
    assert f"llama-cpp-python: {llama_cpp.__version__}" in copied.splitlines()


def test_about_explains_an_unloadable_llama_cpp(qtbot, window, monkeypatch) -> None:
    def unavailable():
        raise GgmlUnavailable("llama.cpp cannot be loaded (OSError: libggml.so: bad ELF)")

    monkeypatch.setattr(build_info, "llama_build", unavailable)
    dialog = window.show_about()
    qtbot.waitUntil(lambda: "not available" in dialog.browser.toPlainText(), timeout=20_000)
    assert dialog.close_button.text() == "&Close"
    assert "llama.cpp: not available: llama.cpp cannot be loaded (OSError: libggml.so: bad ELF)" \
        in dialog.browser.toPlainText()
    assert dialog.copy_button.isEnabled()


def test_pack_check_asks_for_gpu_memory_in_the_background(qtbot, window, monkeypatch,
                                                          tiny_pack: Path) -> None:
    threads: list[threading.Thread] = []
    monkeypatch.setattr(pack_loading, "gpu_memory_bytes", recording(threads, lambda: 0))
    window.services.settings.gpu_layers = 99
    load_pack(qtbot, window, tiny_pack)
    assert threads and threads[0] is not threading.main_thread()
    assert "found no GPU" in window.statusBar().currentMessage()


def test_packs_dialog_asks_for_gpu_memory_in_the_background(qtbot, monkeypatch, tmp_path: Path,
                                                            tiny_pack: Path) -> None:
    folder = tmp_path / "packs"
    shutil.copytree(tiny_pack, folder / "tiny-random")
    threads: list[threading.Thread] = []
    answer = threading.Event()  # the GPU answers only once the card has been looked at

    def gpu_memory() -> int:
        answer.wait(20)
        return 0

    monkeypatch.setattr(packs_dialog, "gpu_memory_bytes", recording(threads, gpu_memory))
    dialog = PacksDialog(TaskRunner(), folder, gpu_layers=99)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "Checking the GPU's memory" in dialog.card.toPlainText(),
                    timeout=20_000)  # shown with the card, once the packs are found
    answer.set()
    qtbot.waitUntil(lambda: "found no GPU" in dialog.card.toPlainText(), timeout=20_000)
    assert "Checking the GPU's memory" not in dialog.card.toPlainText()
    assert threads and threads[0] is not threading.main_thread()


def test_the_text_dialogs_close_with_a_button(qtbot, window) -> None:
    for dialog in (window.show_disclaimer(), window.show_shortcuts(), window.show_about()):
        assert dialog.isVisible() and dialog.close_button.isDefault()
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
