"""The model catalogue in the packs dialog: entries with their RAM advice, the build guide's
pointer, Download and install (tiny real GGUF files from a local stand-in for the Hub, so no
network is used), the license question, a failing download that installs nothing, Cancel
mid-file and resume, and building a pack from two GGUF files chosen by the user."""

from __future__ import annotations

import dataclasses
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from converters import mtmd_pack
from converters.tiny_mtmd import SHAPES, write_tiny_gemma3, write_tiny_mmproj
from skingpt_desktop.core.packs import speed
from skingpt_desktop.core.packs.catalogue import find_entry, load_catalogue
from skingpt_desktop.core.packs.install import InstallProgress
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.ui import catalogue_view, packs_dialog
from skingpt_desktop.ui.catalogue_tasks import pack_name_for
from skingpt_desktop.ui.license_dialog import LicenseDialog
from skingpt_desktop.ui.packs_dialog import PacksDialog
from skingpt_desktop.ui.tasks import TaskRunner
from tests.fake_hub import COMMIT, FakeHub

pytestmark = pytest.mark.gui
GIB = 1 << 30
ENTRY = "medgemma-4b-it-q4_k_m"
BUILD_ENTRY = "skingpt4-13b"


@pytest.fixture
def packs_folder(tmp_path: Path) -> Path:
    return tmp_path / "data" / "packs"


def make_dialog(qtbot, packs_folder: Path) -> PacksDialog:
    dialog = PacksDialog(TaskRunner(), packs_folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.listing is None, timeout=20_000)
    return dialog


def wait_idle(qtbot, dialog: PacksDialog, timeout: int = 30_000) -> None:
    qtbot.waitUntil(lambda: dialog.task is None and dialog.listing is None, timeout=timeout)


def tiny_download(calls: list[tuple]):
    """A stand-in for ``download_pair`` that writes the tiny Gemma 3 pair under the requested
    names (for the tests of the license question)."""
    def download_pair(repo, dest, llm_file, mmproj_file, report=None, progress=None,
                      cancel=None):
        calls.append((repo, Path(dest), llm_file, mmproj_file))
        Path(dest).mkdir(parents=True, exist_ok=True)
        llm = write_tiny_gemma3(Path(dest) / llm_file)
        mmproj = write_tiny_mmproj(Path(dest) / mmproj_file, n_embd_llm=SHAPES.n_embd)
        return llm, mmproj, None
    return download_pair


@pytest.fixture
def medgemma_hub(tmp_path: Path, monkeypatch):
    """A local hub serving the tiny Gemma 3 pair under the catalogue entry's file names (the
    window's download reaches it through HF_ENDPOINT)."""
    (tmp_path / "hub").mkdir()
    llm = write_tiny_gemma3(tmp_path / "hub" / "medgemma-4b-it-Q4_K_M.gguf")
    mmproj = write_tiny_mmproj(tmp_path / "hub" / "mmproj-F16.gguf", n_embd_llm=SHAPES.n_embd)
    hub = FakeHub({llm.name: llm.read_bytes(), mmproj.name: mmproj.read_bytes()},
                  repo="unsloth/medgemma-4b-it-GGUF").start()
    monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)
    yield hub
    hub.stop()


def medgemma_hub_bytes(hub: FakeHub) -> int:
    return sum(len(data) for data in hub.files.values())


def answer_license(monkeypatch, accepted: bool) -> list[str]:
    """Answer the license dialog without showing it; returns the licenses asked about."""
    asked: list[str] = []

    def exec_(self) -> int:
        asked.append(self.text.text())
        return QDialog.DialogCode.Accepted if accepted else QDialog.DialogCode.Rejected

    monkeypatch.setattr(LicenseDialog, "exec", exec_)
    return asked


def select_entry(dialog: PacksDialog, entry_id: str) -> None:
    dialog.tabs.setCurrentIndex(1)
    dialog.catalogue.select(entry_id)
    assert dialog.catalogue.selected().id == entry_id


@pytest.mark.parametrize("ram, fits", [(2 * GIB, False), (64 * GIB, True)])
def test_entries_are_listed_with_ram_advice(qtbot, monkeypatch, packs_folder, ram,
                                            fits) -> None:
    monkeypatch.setattr(packs_dialog, "machine_memory_bytes", lambda: ram)
    dialog = make_dialog(qtbot, packs_folder)
    view = dialog.catalogue
    entries = load_catalogue()
    mark = "\n\N{BLACK STAR} Recommended for this computer"
    assert [view.entry_list.item(row).text() for row in range(view.entry_list.count())] == \
        [entry.display_name + (mark if entry.id in view.recommended else "") for entry in entries]
    assert bool(view.recommended) is fits  # 2 GiB: nothing to recommend
    select_entry(dialog, ENTRY)
    text = view.details.toPlainText()
    entry = next(e for e in entries if e.id == ENTRY)
    assert ("Recommended for this computer:" in text) is (ENTRY in view.recommended)
    for part in (entry.display_name, entry.intended_use, entry.good_at, entry.license, entry.limits,
                 "must be accepted before first use", "Download size:", "RAM needed:"):
        assert part in text
    assert ("smaller quantization" in text) is not fits
    assert ("It fits in this computer" in text) is fits
    assert view.install_button.isVisible() and view.install_button.isEnabled()


def test_the_build_entry_points_to_the_guide_instead_of_a_button(qtbot, packs_folder) -> None:
    dialog = make_dialog(qtbot, packs_folder)
    select_entry(dialog, BUILD_ENTRY)
    view = dialog.catalogue
    assert not view.install_button.isVisible()
    assert view.build_note.isVisible() and "docs/conversion.md" in view.build_note.text()


def test_download_and_install_makes_a_loadable_pack(qtbot, monkeypatch, packs_folder,
                                                    medgemma_hub, network_events) -> None:
    asked = answer_license(monkeypatch, accepted=True)
    dialog = make_dialog(qtbot, packs_folder)
    seen: list = []
    original = dialog._on_progress
    dialog._on_progress = lambda p: (seen.append(p), original(p))
    select_entry(dialog, ENTRY)
    dialog.catalogue.install_button.click()
    assert dialog.task is not None and dialog.cancel_button.isEnabled()
    wait_idle(qtbot, dialog)
    assert "Installed and verified" in dialog.status.text(), dialog.status.text()
    assert len(asked) == 1 and "Health AI Developer Foundations" in asked[0]
    pack = ModelPack.open(packs_folder / ENTRY, verify_hashes=True)
    assert pack.manifest.display_name == "MedGemma 4B-it (Q4_K_M)"
    assert pack.card.license == "Health AI Developer Foundations terms of use"
    assert pack.card.license_acceptance_required  # asked again before first use
    assert pack.manifest.download.revision == COMMIT
    assert sorted(p.name for p in packs_folder.iterdir() if p.name != ".downloads") == [ENTRY]
    assert not any((packs_folder / ".downloads").iterdir())  # the downloaded copies are gone
    # The task helper hands the window only the newest progress; with files this small the
    # download's may all be overtaken by the checking's, which counts the same bytes.
    byte_stages = [p for p in seen if isinstance(p, InstallProgress)
                   and p.stage in ("download", "verify")]
    assert byte_stages and all(p.total == medgemma_hub_bytes(medgemma_hub)  # bytes, both files
                               for p in byte_stages if p.stage == "download")
    assert dialog.tabs.currentIndex() == 0 and dialog.selected().root == pack.root
    assert COMMIT in dialog.card.toPlainText()
    connects = [args for event, args in network_events if event == "socket.connect"]
    assert connects and all(args[1][0] == "127.0.0.1" for args in connects)
    assert dialog.pack_list.count() == 1
    assert not [p for p in seen if p.stage == "copy"]  # moved into the pack, not copied
    assert "(installed)" in dialog.catalogue.entry_list.currentItem().text()
    assert not dialog.catalogue.install_button.isEnabled()


def test_cancelling_the_license_question_downloads_nothing(qtbot, monkeypatch,
                                                          packs_folder) -> None:
    calls: list[tuple] = []
    monkeypatch.setattr(mtmd_pack, "download_pair", tiny_download(calls))
    dialog = make_dialog(qtbot, packs_folder)
    select_entry(dialog, ENTRY)
    shown: list[str] = []

    def press_cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, LicenseDialog)
        shown.append(box.text.text())
        box.reject()

    QTimer.singleShot(0, press_cancel)
    dialog.catalogue.install_button.click()
    entry = dialog.catalogue.selected()
    assert shown and entry.license in shown[0] and entry.intended_use in shown[0]
    assert dialog.task is None and calls == []
    assert not (packs_folder / ENTRY).exists()


def test_an_entry_without_a_license_question_downloads_at_once(qtbot, monkeypatch,
                                                               packs_folder) -> None:
    free = [dataclasses.replace(e, license_acceptance_required=False) for e in load_catalogue()]
    monkeypatch.setattr(catalogue_view, "load_catalogue", lambda: free)
    calls: list[tuple] = []
    monkeypatch.setattr(mtmd_pack, "download_pair", tiny_download(calls))
    asked = answer_license(monkeypatch, accepted=False)
    dialog = make_dialog(qtbot, packs_folder)
    select_entry(dialog, ENTRY)
    dialog.catalogue.install_button.click()
    wait_idle(qtbot, dialog)
    assert asked == [] and len(calls) == 1
    ModelPack.open(packs_folder / ENTRY)


def test_a_failing_download_installs_nothing(qtbot, monkeypatch, packs_folder,
                                            medgemma_hub) -> None:
    del medgemma_hub.files["mmproj-F16.gguf"]
    answer_license(monkeypatch, accepted=True)
    dialog = make_dialog(qtbot, packs_folder)
    select_entry(dialog, ENTRY)
    dialog.catalogue.install_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.status.text() == ("unsloth/medgemma-4b-it-GGUF: file 'mmproj-F16.gguf' is not "
                                    "in the repository")
    assert medgemma_hub.requests_for("medgemma-4b-it-Q4_K_M.gguf") == []  # asked first
    assert [p.name for p in packs_folder.iterdir() if p.name != ".downloads"] == []
    assert dialog.pack_list.count() == 0 and dialog.catalogue.install_button.isEnabled()


def test_cancel_mid_file_keeps_the_part_and_the_next_start_resumes(qtbot, monkeypatch,
                                                                    packs_folder,
                                                                    medgemma_hub) -> None:
    medgemma_hub.delay_s = 0.02  # the LLM file takes a second or so
    answer_license(monkeypatch, accepted=True)
    dialog = make_dialog(qtbot, packs_folder)
    original = dialog._on_progress
    pressed: list[float] = []

    def cancel_midway(p) -> None:
        original(p)
        if p.stage == "download" and p.done > 64_000 and not pressed:
            pressed.append(time.monotonic())
            dialog.cancel_task()

    dialog._on_progress = cancel_midway
    select_entry(dialog, ENTRY)
    dialog.catalogue.install_button.click()
    wait_idle(qtbot, dialog)
    assert time.monotonic() - pressed[0] < 1.5
    assert "Cancelled" in dialog.status.text() and "continues where it stopped" in \
        dialog.status.text()
    assert not (packs_folder / ENTRY).exists()
    parts = list((packs_folder / ".downloads").rglob("*.gguf.incomplete"))
    assert len(parts) == 1 and parts[0].stat().st_size > 0
    kept = parts[0].stat().st_size
    dialog._on_progress = original
    medgemma_hub.delay_s = 0.0
    dialog.catalogue.install_button.click()
    wait_idle(qtbot, dialog)
    assert "Installed and verified" in dialog.status.text(), dialog.status.text()
    assert medgemma_hub.requests_for("medgemma-4b-it-Q4_K_M.gguf")[-1] == f"bytes={kept}-"
    ModelPack.open(packs_folder / ENTRY, verify_hashes=True)


def gguf_pair(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return (write_tiny_gemma3(folder / "Tiny-Gemma3-F16.gguf"),
            write_tiny_mmproj(folder / "mmproj-tiny.gguf", n_embd_llm=SHAPES.n_embd))


def choose_in_turn(monkeypatch, answers: list[list[str]]) -> list[str]:
    """The file chooser answers ``answers`` in turn; returns the titles it was opened with."""
    titles: list[str] = []

    def choose(_parent, title, name_filter):
        titles.append(title)
        assert "*.gguf" in name_filter
        return answers.pop(0)

    monkeypatch.setattr(packs_dialog, "choose_open_files", choose)
    return titles


def test_import_gguf_files_builds_a_pack(qtbot, monkeypatch, tmp_path, packs_folder,
                                         network_events) -> None:
    llm, mmproj = gguf_pair(tmp_path / "src")
    titles = choose_in_turn(monkeypatch, [[str(llm)], [str(mmproj)]])
    dialog = make_dialog(qtbot, packs_folder)
    dialog.import_gguf_button.click()
    wait_idle(qtbot, dialog)
    assert len(titles) == 2 and "language model" in titles[0] and "mmproj" in titles[1]
    name = pack_name_for(llm)
    assert name == "tiny-gemma3-f16"
    assert "Installed and verified" in dialog.status.text(), dialog.status.text()
    pack = ModelPack.open(packs_folder / name, verify_hashes=True)
    assert dialog.selected().root == pack.root and network_events == []


def test_import_gguf_files_reports_a_converter_error_in_one_sentence(qtbot, monkeypatch,
                                                                     tmp_path,
                                                                     packs_folder) -> None:
    llm, mmproj = gguf_pair(tmp_path / "src")
    choose_in_turn(monkeypatch, [[str(mmproj)], [str(llm)]])  # the two swapped
    dialog = make_dialog(qtbot, packs_folder)
    dialog.import_gguf_button.click()
    wait_idle(qtbot, dialog)
    text = dialog.status.text()
    assert "architecture is" in text and "\n" not in text
    assert not packs_folder.exists() or list(packs_folder.iterdir()) == []


def test_cancelling_the_file_chooser_builds_nothing(qtbot, monkeypatch, packs_folder) -> None:
    choose_in_turn(monkeypatch, [[]])
    dialog = make_dialog(qtbot, packs_folder)
    dialog.import_gguf_button.click()
    assert dialog.task is None


def test_the_speed_estimate_appears_after_the_background_measurement(qtbot, monkeypatch,
                                                                     packs_folder) -> None:
    threads: list[threading.Thread] = []
    answer = threading.Event()  # the measurement ends only once the details have been looked at
    measured = speed.MachineSpeed(gflops=150.0, copy_gbs=30.0)

    def measure(threads_wanted: int) -> speed.MachineSpeed:
        threads.append(threading.current_thread())
        answer.wait(20)
        return measured

    monkeypatch.setattr(speed, "measure_machine", measure)
    dialog = make_dialog(qtbot, packs_folder)
    select_entry(dialog, ENTRY)
    assert "On this computer" not in dialog.catalogue.details.toPlainText()
    answer.set()
    qtbot.waitUntil(lambda: "On this computer" in dialog.catalogue.details.toPlainText(),
                    timeout=20_000)
    entry = find_entry(load_catalogue(), ENTRY)
    est = speed.estimate_speed(entry.llm_bytes, entry.vision_encoder, measured)
    expected = (f"On this computer: about {catalogue_view._figure(est.photo_s)} s per photo, "
                f"{catalogue_view._figure(est.words_per_s)} words per second (estimated from a "
                "short measurement)")
    assert expected in " ".join(dialog.catalogue.details.toPlainText().split())
    assert threads == [threads[0]] and threads[0] is not threading.main_thread()
    select_entry(dialog, BUILD_ENTRY)  # every entry has its own figures, SkinGPT-4's too
    assert "s per photo" in dialog.catalogue.details.toPlainText()
