"""After a wrong passphrase, the keyboard focus is back in the passphrase field, in every
dialog that asks for one, so the user can type again at once."""

from __future__ import annotations

import pytest

from skingpt_desktop.core.storage import Message
from skingpt_desktop.ui import backup_dialogs
from tests.gui_helpers import PASSPHRASE

pytestmark = pytest.mark.gui


def shown(qtbot, dialog):
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def focus_returns(qtbot, dialog, field) -> None:
    qtbot.waitUntil(lambda: not getattr(dialog, "busy", False), timeout=20_000)
    qtbot.waitUntil(lambda: field.hasFocus(), timeout=5_000)
    assert field.isEnabled() and field.text() == ""


def test_backup_dialog_focus_after_a_wrong_passphrase(qtbot, window, tmp_path,
                                                      monkeypatch) -> None:
    monkeypatch.setattr(backup_dialogs, "choose_save_file",
                        lambda *_a: str(tmp_path / "b.skgbackup"))
    dialog = shown(qtbot, window.show_backup())
    dialog.choose_file()
    dialog.vault_secret.setText("not the vault passphrase")
    dialog.backup_button.setFocus()
    dialog.backup_button.click()
    focus_returns(qtbot, dialog, dialog.vault_secret)
    assert "not the vault's passphrase" in dialog.status.text()
    dialog.reject()


def test_restore_dialog_focus_after_a_wrong_passphrase(qtbot, window, tmp_path) -> None:
    vault = window.services.vault
    vault.save_conversation_as_case(None, [Message("user", "Spot?")], "pack", title="Spot")
    backup = tmp_path / "b.skgbackup"
    vault.export_backup(backup, PASSPHRASE)
    dialog = shown(qtbot, window.show_restore())
    dialog.path.setText(str(backup))
    dialog.secret.setText("not the right passphrase")
    dialog.check_button.setFocus()
    dialog.check_button.click()
    focus_returns(qtbot, dialog, dialog.secret)
    dialog.reject()


def test_change_passphrase_dialog_focus_after_a_wrong_passphrase(qtbot, window) -> None:
    dialog = shown(qtbot, window.show_change_passphrase())
    dialog.current.setText("not the vault passphrase")
    dialog.new.setText("a much longer new passphrase 42")
    dialog.confirm.setText("a much longer new passphrase 42")
    dialog.change_button.setFocus()
    dialog.change_button.click()
    qtbot.waitUntil(lambda: "Nothing was changed" in dialog.status.text(), timeout=20_000)
    focus_returns(qtbot, dialog, dialog.current)
    dialog.reject()
