"""The model catalogue in the packs dialog: entries with their RAM advice, the build guide's
pointer, Download and install (with the download replaced by tiny real GGUF files, so no
network is used), the license question, a failing download that leaves nothing behind, and
building a pack from two GGUF files chosen by the user."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from converters import mtmd_pack
from converters.tiny_mtmd import SHAPES, write_tiny_gemma3, write_tiny_mmproj
from skingpt_desktop.core.errors import ConversionError
from skingpt_desktop.core.packs import speed
from skingpt_desktop.core.packs.catalogue import find_entry, load_catalogue
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.ui import catalogue_view, packs_dialog
from skingpt_desktop.ui.catalogue_tasks import pack_name_for
from skingpt_desktop.ui.license_dialog import LicenseDialog
from skingpt_desktop.ui.packs_dialog import PacksDialog
from skingpt_desktop.ui.tasks import TaskRunner

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
    names, announcing each file as the real one does."""
    def download_pair(repo, dest, llm_file, mmproj_file, report=None):
        calls.append((repo, Path(dest), llm_file, mmproj_file))
        report.say(f"downloading {repo}/{llm_file}")
        llm = write_tiny_gemma3(Path(dest) / llm_file)
        report.say(f"downloading {repo}/{mmproj_file}")
        mmproj = write_tiny_mmproj(Path(dest) / mmproj_file, n_embd_llm=SHAPES.n_embd)
        return llm, mmproj
    return download_pair


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
    mark = " \N{EM DASH} Recommended for this computer"
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
                                                    network_events) -> None:
    calls: list[tuple] = []
    monkeypatch.setattr(mtmd_pack, "download_pair", tiny_download(calls))
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
    assert calls[0][0] == "unsloth/medgemma-4b-it-GGUF"
    assert calls[0][1].parent == packs_folder  # downloaded inside the packs folder
    pack = ModelPack.open(packs_folder / ENTRY, verify_hashes=True)
    assert pack.manifest.display_name == "MedGemma 4B-it (Q4_K_M)"
    assert pack.card.license == "Health AI Developer Foundations terms of use"
    assert pack.card.license_acceptance_required  # asked again before first use
    assert sorted(p.name for p in packs_folder.iterdir()) == [ENTRY]  # no temporary folder
    assert dialog.tabs.currentIndex() == 0 and dialog.selected().root == pack.root
    assert dialog.pack_list.count() == 1
    assert any(isinstance(p, catalogue_view.DownloadStep) for p in seen)
    assert any(getattr(p, "stage", "") == "copy" for p in seen)
    assert "(installed)" in dialog.catalogue.entry_list.currentItem().text()
    assert not dialog.catalogue.install_button.isEnabled()
    assert network_events == []


def test_an_installed_entry_is_refused_plainly(qtbot, monkeypatch, packs_folder) -> None:
    (packs_folder / ENTRY).mkdir(parents=True)
    asked = answer_license(monkeypatch, accepted=True)
    dialog = make_dialog(qtbot, packs_folder)
    entry = next(e for e in load_catalogue() if e.id == ENTRY)
    dialog.install_entry(entry)
    assert dialog.task is None and asked == []
    assert "already installed" in dialog.status.text()


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


def test_a_failing_download_leaves_no_folder_behind(qtbot, monkeypatch, packs_folder) -> None:
    def half_then_fail(repo, dest, llm_file, mmproj_file, report=None):
        report.say(f"downloading {repo}/{llm_file}")
        write_tiny_gemma3(Path(dest) / llm_file)
        report.say(f"downloading {repo}/{mmproj_file}")
        raise ConversionError(f"download from {repo} failed (ConnectionError: reset)")

    monkeypatch.setattr(mtmd_pack, "download_pair", half_then_fail)
    answer_license(monkeypatch, accepted=True)
    dialog = make_dialog(qtbot, packs_folder)
    select_entry(dialog, ENTRY)
    dialog.catalogue.install_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.status.text() == ("download from unsloth/medgemma-4b-it-GGUF failed "
                                    "(ConnectionError: reset)")
    assert list(packs_folder.iterdir()) == []
    assert dialog.pack_list.count() == 0 and dialog.catalogue.install_button.isEnabled()


def test_cancel_stops_between_files_and_deletes_them(qtbot, monkeypatch, packs_folder) -> None:
    dialog = make_dialog(qtbot, packs_folder)

    def cancel_after_first(repo, dest, llm_file, mmproj_file, report=None):
        report.say(f"downloading {repo}/{llm_file}")
        write_tiny_gemma3(Path(dest) / llm_file)
        dialog.task.cancel()  # pressed while the first file was downloading
        report.say(f"downloading {repo}/{mmproj_file}")
        raise AssertionError("the second file must not be fetched")

    monkeypatch.setattr(mtmd_pack, "download_pair", cancel_after_first)
    answer_license(monkeypatch, accepted=True)
    select_entry(dialog, ENTRY)
    dialog.catalogue.install_button.click()
    dialog.cancel_task()
    assert "finishes first" in dialog.status.text()
    wait_idle(qtbot, dialog)
    assert "Cancelled. Nothing was installed" in dialog.status.text()
    assert list(packs_folder.iterdir()) == []


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
