"""The window's vault care beyond the plain passphrase change: re-encrypting under a new data
key (with progress and a new recovery key), salvaging a damaged vault, and marking a pack
that failed to load."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from skingpt_desktop.core.storage import Vault
from tests.gui_helpers import PASSPHRASE, load_pack
from tests.pack_mutants import retyped_tensor

pytestmark = pytest.mark.gui
NEW = "amber kettle orchard violin 42"


def test_re_encrypting_from_the_window_shows_progress_and_the_new_recovery_key(
        qtbot, window) -> None:
    services = window.services
    old_recovery = services.vault.add_recovery_key()
    dialog = window.show_change_passphrase()
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText(NEW)
    dialog.confirm.setText(NEW)
    dialog.new_key_box.setChecked(True)
    progress: list[str] = []
    dialog.status.linkHovered.connect(progress.append)  # keep a reference to the label alive
    with qtbot.waitSignal(dialog.changed, timeout=30_000):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "The old recovery key no longer works" in boxes[-1].text()
    new_recovery = boxes[-1].text().split("\n\n")[1]
    assert new_recovery != old_recovery
    vault = services.vault
    vault.lock()
    vault.unlock(NEW)
    vault.lock()
    vault.unlock_with_recovery_key(new_recovery)
    audit = [e for e in vault.audit_log() if e.event == "change_passphrase"]
    assert audit[-1].details.get("new_data_key") is True


def test_a_damaged_vault_is_salvaged_from_the_window(qtbot, window, tmp_path) -> None:
    out = tmp_path / "salvaged"
    out.mkdir()
    with qtbot.waitSignal(window.salvage.finished, timeout=30_000) as done:
        assert window.salvage.start(str(out), PASSPHRASE)
    assert done.args[0].startswith("Copied ") and "--data-dir" in done.args[0]
    copy = Vault.open(out / "vault.sqlite3")
    copy.unlock(PASSPHRASE)
    assert copy.verify() == []
    copy.close()
    with qtbot.waitSignal(window.salvage.failed, timeout=30_000) as failed:
        window.salvage.start(str(out), PASSPHRASE)  # the folder now holds a vault
    assert "already exists" in failed.args[0]


def test_a_pack_that_failed_is_marked_in_the_packs_dialog(qtbot, window, tiny_pack,
                                                          tmp_path) -> None:
    window.services.packs_folder.mkdir(parents=True, exist_ok=True)
    broken = retyped_tensor(tiny_pack, window.services.packs_folder / "broken", "llm.gguf",
                            "output_norm.weight")  # stops llama.cpp at the first answer
    with qtbot.waitSignal(window.error_shown, timeout=30_000):
        window.load_pack(str(broken), remember=False)
    qtbot.waitUntil(lambda: not window.packs.loading, timeout=10_000)
    load_pack(qtbot, window, tiny_pack)
    dialog = window.show_packs()
    qtbot.waitUntil(lambda: dialog.pack_list.count() >= 2, timeout=20_000)
    labels = [dialog.pack_list.item(i).text() for i in range(dialog.pack_list.count())]
    assert any("(could not be loaded)" in label for label in labels), labels
    row = next(i for i, label in enumerate(labels) if "(could not be loaded)" in label)
    dialog.pack_list.setCurrentRow(row)
    assert "This pack could not be loaded:" in dialog.card.toPlainText()
    dialog.close()
