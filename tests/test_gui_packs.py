"""Model packs in the app: the model card, import from a folder, download from a (local
stand-in for a) Hugging Face repository with resume, SHA-256 rejection, cancel and an offline
message, and no network use until the user presses Download."""

from __future__ import annotations

import shutil
import socket
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from skingpt_desktop.core.packs import download as downloads
from skingpt_desktop.core.packs import install
from skingpt_desktop.core.packs.install import (
    DOWNLOADS_SUBDIR,
    InstallProgress,
    list_installed,
)
from skingpt_desktop.core.packs.machine import fit_advice
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.ui import packs_dialog
from skingpt_desktop.ui.packs_dialog import (
    LOOKING_FOR_PACKS,
    PacksDialog,
    progress_text,
)
from skingpt_desktop.ui.tasks import TaskRunner
from tests.fake_hub import COMMIT, FakeHub, pack_files

pytestmark = pytest.mark.gui
REPO = "clinic/skingpt4-tiny"


@pytest.fixture
def packs_folder(tmp_path: Path) -> Path:
    return tmp_path / "data" / "packs"


@pytest.fixture
def server(tiny_pack: Path):
    srv = FakeHub(pack_files(tiny_pack), repo=REPO).start()
    yield srv
    srv.stop()


def wait_for_list(qtbot, dialog: PacksDialog, timeout: int = 20_000) -> None:
    """Wait until the dialog has found the installed packs (it looks in the background)."""
    qtbot.waitUntil(lambda: dialog.listing is None, timeout=timeout)


def make_dialog(qtbot, packs_folder: Path, endpoint: str | None = None) -> PacksDialog:
    dialog = PacksDialog(TaskRunner(), packs_folder, endpoint=endpoint)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_list(qtbot, dialog)
    return dialog


def download(qtbot, dialog: PacksDialog, repo: str = REPO, timeout: int = 30_000) -> None:
    """Type the repository id, press Download, wait until the dialog is idle again."""
    dialog.repo_edit.setText(repo)
    qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None and dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.listing is None, timeout=timeout)


def test_download_resumes_after_an_interrupted_transfer(qtbot, packs_folder, server,
                                                        tiny_pack, monkeypatch) -> None:
    monkeypatch.setattr(downloads, "RETRY_PAUSE_S", 0.05)
    server.drop_after["llm.gguf"] = 100_000  # the connection dies 100 kB into the LLM file
    dialog = make_dialog(qtbot, packs_folder, server.endpoint)
    download(qtbot, dialog)
    assert "Installed and verified" in dialog.status.text(), dialog.status.text()
    # The hub's address answers where the file is (a CDN, as on the Hub); only the missing
    # part is asked for again.
    ranges = server.requests_for("llm.gguf")
    assert ranges[0] is None and len(ranges) == 2 and ranges[1].startswith("bytes=")
    assert [path for verb, path, _r in server.requests
            if verb == "GET" and path.endswith("llm.gguf")][0].startswith("/cdn/")
    installed = ModelPack.open(packs_folder / "tiny-random", verify_hashes=True)
    assert installed.manifest.download.revision == COMMIT
    assert (installed.llm_path.read_bytes() == (tiny_pack / "llm.gguf").read_bytes())
    assert [p.name for p in list_installed(packs_folder)] == ["tiny-random"]
    assert dialog.pack_list.count() == 1 and "Tiny random" in dialog.card.toPlainText()
    assert COMMIT in dialog.card.toPlainText()  # the card shows where it came from
    assert not any((packs_folder / DOWNLOADS_SUBDIR).iterdir())


def test_cancel_keeps_the_partial_file_and_download_again_resumes(qtbot, packs_folder,
                                                                  server) -> None:
    server.delay_s = 0.02  # a second or so for the LLM file: time to press Cancel midway
    dialog = make_dialog(qtbot, packs_folder, server.endpoint)
    seen: list[InstallProgress] = []
    original = dialog._on_progress

    def cancel_inside_llm(p: InstallProgress) -> None:
        original(p)
        seen.append(p)
        if p.file == "llm.gguf" and p.stage == "download" and dialog.task is not None:
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    dialog._on_progress = cancel_inside_llm
    download(qtbot, dialog)
    assert "Cancelled" in dialog.status.text()
    assert list_installed(packs_folder) == []
    parts = list((packs_folder / DOWNLOADS_SUBDIR).rglob("llm.gguf.incomplete"))
    assert len(parts) == 1 and parts[0].stat().st_size > 0
    kept = parts[0].stat().st_size
    assert any(" of " in progress_text(p) and "/s" in progress_text(p) for p in seen)

    dialog._on_progress = original
    server.delay_s = 0.0
    download(qtbot, dialog)
    assert "Installed and verified" in dialog.status.text(), dialog.status.text()
    assert server.requests_for("llm.gguf")[-1] == f"bytes={kept}-"
    ModelPack.open(packs_folder / "tiny-random", verify_hashes=True)


def test_a_hash_mismatch_is_rejected_and_nothing_is_installed(qtbot, packs_folder, server,
                                                              tiny_pack) -> None:
    data = bytearray(server.files["llm.gguf"])
    data[len(data) // 2] ^= 0xFF  # same size, one byte changed in transit or on the server
    server.files["llm.gguf"] = bytes(data)
    dialog = make_dialog(qtbot, packs_folder, server.endpoint)
    download(qtbot, dialog)
    text = dialog.status.text()
    assert "llm.gguf" in text and "SHA-256 does not match" in text
    assert "Nothing was installed" in text
    assert list_installed(packs_folder) == [] and not (packs_folder / "tiny-random").exists()
    assert not list((packs_folder / DOWNLOADS_SUBDIR).rglob("llm.gguf*"))
    assert dialog.pack_list.count() == 0


def test_offline_gives_a_clear_message(qtbot, packs_folder) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dialog = make_dialog(qtbot, packs_folder, f"http://127.0.0.1:{port}")
    download(qtbot, dialog)
    text = dialog.status.text()
    assert "offline" in text and "Import from folder" in text
    assert "the connection was refused" in text and "Errno" not in text
    assert list_installed(packs_folder) == []


def test_a_name_lookup_failure_reads_as_a_sentence(qtbot, packs_folder, monkeypatch) -> None:
    def no_dns(*_args, **_kwargs):
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    dialog = make_dialog(qtbot, packs_folder, "https://huggingface.invalid")
    download(qtbot, dialog)
    text = dialog.status.text()
    assert "the server's name could not be looked up" in text and "Errno" not in text
    assert text.startswith("Cannot reach huggingface.invalid")


def test_unknown_repository_is_named_in_the_message(qtbot, packs_folder, server) -> None:
    dialog = make_dialog(qtbot, packs_folder, server.endpoint)
    download(qtbot, dialog, repo="clinic/does-not-exist")
    assert "404" in dialog.status.text() and "repository id" in dialog.status.text()
    download(qtbot, dialog, repo="not a repo id")
    assert "not a repository id" in dialog.status.text()


def test_no_network_use_until_download_is_pressed(qtbot, server, network_events, packs_folder,
                                                  tiny_pack) -> None:
    # ``server`` comes before ``network_events``: its own listening socket is not the app's.
    shutil.copytree(tiny_pack, packs_folder / "tiny-random")
    dialog = make_dialog(qtbot, packs_folder, server.endpoint)
    dialog.pack_list.setCurrentRow(0)
    dialog.repo_edit.setText(REPO)
    assert network_events == []
    shutil.rmtree(packs_folder / "tiny-random")
    dialog.refresh()
    wait_for_list(qtbot, dialog)
    download(qtbot, dialog)
    connects = [args for event, args in network_events if event == "socket.connect"]
    assert connects and all(args[1][0] == "127.0.0.1" for args in connects)


def test_model_card_shows_provenance_license_use_limits_and_memory(qtbot, packs_folder,
                                                                   tiny_pack) -> None:
    shutil.copytree(tiny_pack, packs_folder / "tiny-random")
    dialog = make_dialog(qtbot, packs_folder)
    card = ModelPack.open(packs_folder / "tiny-random").card
    text = dialog.card.toPlainText()
    for part in (card.provenance, card.license, card.intended_use, *card.limitations):
        assert part in text
    assert "RAM needed" in text and "llm.gguf" in text and "F32" in text
    chosen: list[str] = []
    dialog.pack_chosen.connect(chosen.append)
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert chosen == [str(packs_folder / "tiny-random")]


def test_memory_check_advises_a_smaller_quantization(qtbot, packs_folder, tiny_pack) -> None:
    shutil.copytree(tiny_pack, packs_folder / "tiny-random")
    manifest = ModelPack.open(packs_folder / "tiny-random").manifest
    assert fit_advice(manifest, total_ram=64 << 30) is None
    advice = fit_advice(manifest, total_ram=512 << 20)
    assert advice is not None and "smaller quantization" in advice
    dialog = make_dialog(qtbot, packs_folder)
    dialog.total_ram = 512 << 20
    dialog._show_card(0)
    assert "smaller quantization" in dialog.card.toPlainText()


def test_import_from_a_folder_is_verified_with_progress(qtbot, packs_folder, tiny_pack) -> None:
    dialog = make_dialog(qtbot, packs_folder)
    seen: list[InstallProgress] = []
    original = dialog._on_progress
    dialog._on_progress = lambda p: (seen.append(p), original(p))
    dialog.start_import(str(tiny_pack))
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert "Installed and verified" in dialog.status.text()
    assert seen and seen[-1].done == seen[-1].total
    ModelPack.open(packs_folder / "tiny-random", verify_hashes=True)


def test_import_of_a_tampered_folder_installs_nothing(qtbot, packs_folder, tiny_pack_copy) -> None:
    llm = tiny_pack_copy / "llm.gguf"
    data = bytearray(llm.read_bytes())
    data[-10] ^= 0x01
    llm.write_bytes(bytes(data))
    dialog = make_dialog(qtbot, packs_folder)
    dialog.start_import(str(tiny_pack_copy))
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert "SHA-256 does not match" in dialog.status.text()
    assert list_installed(packs_folder) == []
    assert not any((packs_folder / DOWNLOADS_SUBDIR).iterdir())


def gated(threads: list[threading.Thread], gate: threading.Event, function):
    """``function`` that notes the thread it runs on and waits for ``gate`` first."""
    def wrapper(*args, **kwargs):
        threads.append(threading.current_thread())
        assert gate.wait(20), "the test never opened the gate"
        return function(*args, **kwargs)
    return wrapper


def answer_removal(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer the removal question with ``button``; returns the questions asked."""
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_installed_packs_are_looked_for_in_the_background(qtbot, monkeypatch, packs_folder,
                                                          tiny_pack) -> None:
    shutil.copytree(tiny_pack, packs_folder / "tiny-random")
    threads: list[threading.Thread] = []
    gate = threading.Event()
    monkeypatch.setattr(packs_dialog, "list_installed",
                        gated(threads, gate, install.list_installed))
    dialog = PacksDialog(TaskRunner(), packs_folder)
    qtbot.addWidget(dialog)
    assert LOOKING_FOR_PACKS in dialog.card.toPlainText()  # the dialog is up before the list
    assert dialog.pack_list.count() == 0 and not dialog.use_button.isEnabled()
    gate.set()
    wait_for_list(qtbot, dialog)
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.pack_list.count() == 1 and "Tiny random" in dialog.card.toPlainText()
    assert dialog.use_button.isEnabled() and dialog.remove_button.isEnabled()


def test_a_pack_is_removed_in_the_background_only_after_confirmation(qtbot, monkeypatch,
                                                                     packs_folder,
                                                                     tiny_pack) -> None:
    shutil.copytree(tiny_pack, packs_folder / "tiny-random")
    dialog = make_dialog(qtbot, packs_folder)
    asked = answer_removal(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "Tiny random" in asked[0]
    assert dialog.removal is None and (packs_folder / "tiny-random").is_dir()

    threads: list[threading.Thread] = []
    gate = threading.Event()
    monkeypatch.setattr(packs_dialog, "remove_installed",
                        gated(threads, gate, install.remove_installed))
    answer_removal(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.removal is not None and "Removing" in dialog.status.text()
    buttons = (dialog.use_button, dialog.remove_button, dialog.import_button,
               dialog.download_button, dialog.cancel_button)
    assert not any(button.isEnabled() for button in buttons)
    gate.set()
    qtbot.waitUntil(lambda: dialog.removal is None and dialog.listing is None, timeout=20_000)
    assert threads and threads[0] is not threading.main_thread()
    assert not (packs_folder / "tiny-random").exists()
    assert "Removed" in dialog.status.text() and dialog.pack_list.count() == 0
    assert "No model pack is installed" in dialog.card.toPlainText()
    assert dialog.import_button.isEnabled() and dialog.download_button.isEnabled()


def test_a_failed_removal_or_listing_is_one_sentence(qtbot, monkeypatch, packs_folder,
                                                    tiny_pack) -> None:
    shutil.copytree(tiny_pack, packs_folder / "tiny-random")
    dialog = make_dialog(qtbot, packs_folder)

    def refuse(*_args) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(packs_dialog, "remove_installed", refuse)
    answer_removal(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.removal is None and dialog.listing is None, timeout=20_000)
    assert dialog.status.text() == ("The pack could not be removed completely "
                                    "(PermissionError: [Errno 13] Permission denied).")
    assert dialog.pack_list.count() == 1 and dialog.remove_button.isEnabled()

    monkeypatch.setattr(packs_dialog, "list_installed", refuse)
    dialog.refresh()
    wait_for_list(qtbot, dialog)
    assert dialog.status.text() == "The installed packs could not be listed (PermissionError)."


def test_only_packs_in_the_packs_folder_can_be_removed(tmp_path, tiny_pack_copy) -> None:
    with pytest.raises(install.InstallError, match="only packs installed"):
        install.remove_installed(tiny_pack_copy, tmp_path / "packs")
    assert tiny_pack_copy.is_dir()


def test_buttons_stay_in_place_when_a_long_error_appears(qtbot, packs_folder) -> None:
    dialog = make_dialog(qtbot, packs_folder, "http://127.0.0.1:9")
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.use_button.mapTo(dialog, dialog.use_button.rect().topLeft())
    dialog._set_status("Cannot reach huggingface.co: the server's name could not be looked up. "
                       "This computer seems to be offline or a firewall blocks the connection. "
                       "Connect to the internet and try again, or copy the pack from another "
                       "computer and use Import from folder.")
    dialog.progress.setVisible(True)
    qtbot.wait(50)
    assert dialog.use_button.mapTo(dialog, dialog.use_button.rect().topLeft()) == before


def test_a_pack_without_a_ram_figure_says_so_plainly(qtbot, tiny_pack: Path) -> None:
    import dataclasses

    pack = ModelPack.open(tiny_pack)
    silent = ModelPack(pack.root, dataclasses.replace(pack.manifest, ram_bytes=0, memory={}))
    text = packs_dialog.model_card_html(silent, total_ram=16 * 2**30)
    assert "not stated by the pack; this computer has 17.2 GB." in text  # 16 GiB
    assert "about not stated" not in text
    stated = packs_dialog.model_card_html(pack, total_ram=16 * 2**30)
    assert "about " in stated and "not stated" not in stated


def test_install_errors_show_in_the_interface_language(qapp) -> None:
    """Core reports in English; the window shows the same error translated, the phrase inside
    it (why the connection failed) too."""
    from skingpt_desktop.ui import i18n
    from skingpt_desktop.ui.tasks import error_text

    error = install.InstallError("Cannot reach {host}: {reason}. This computer seems to be "
                                 "offline or a firewall blocks the connection. Connect to the "
                                 "internet and try again, or copy the pack from another "
                                 "computer and use Import from folder.", host="example.org",
                                 reason=install.Phrase("the connection was refused"))
    assert str(error).startswith("Cannot reach example.org: the connection was refused.")
    try:
        i18n.install_language(qapp, "fr")
        french = error_text(error)
    finally:
        i18n.install_language(qapp, "en")
    assert "example.org" in french and "Cannot reach" not in french
    assert "the connection was refused" not in french
    assert error_text(error) == str(error)


def test_every_install_template_is_listed_for_translation() -> None:
    """A template core raises that the list lacks would reach the window in English only."""
    import ast
    import inspect

    from skingpt_desktop.ui.install_texts import INSTALLER_TEXTS

    raised: set[str] = set()
    for module in (install, downloads):
        raised |= {node.args[0].value for node in ast.walk(ast.parse(inspect.getsource(module)))
                   if isinstance(node, ast.Call) and getattr(node.func, "id", "") in
                   ("InstallError", "Phrase", "RemoteFileMissing", "AccessRefused")
                   and node.args and isinstance(node.args[0], ast.Constant)}
    assert len(raised) >= 20 and raised <= set(INSTALLER_TEXTS)


def test_a_silent_name_server_is_told_as_offline_without_waiting_it_out(
        qtbot, packs_folder, monkeypatch) -> None:
    """An offline computer's resolver retries for ~20 s: the lookup is given a short limit."""
    released = threading.Event()

    def silent_dns(*_args, **_kwargs):
        released.wait(60)  # a resolver that does not answer
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", silent_dns)
    monkeypatch.setattr(downloads, "NAME_LOOKUP_TIMEOUT_S", 0.2)
    dialog = make_dialog(qtbot, packs_folder, "https://huggingface.invalid")
    try:
        download(qtbot, dialog)
        text = dialog.status.text()
        assert text.startswith("Cannot reach huggingface.invalid")
        assert "the server's name could not be looked up" in text and "offline" in text
    finally:
        released.set()
