"""Backup and restore in the window: a backup file with progress up to the total, a restore that
first shows what it adds, plain sentences for a wrong passphrase or a damaged file (and nothing
written), and a locked window that closes both dialogs and offers neither."""

from __future__ import annotations

import threading

import pytest

from skingpt_desktop.core.storage import Message, Patient
from skingpt_desktop.core.storage import backup as backup_mod
from skingpt_desktop.ui import backup_dialogs
from tests.gui_helpers import PASSPHRASE

pytestmark = pytest.mark.gui
BACKUP_PASSPHRASE = "a separate passphrase for the drive"


def add_cases(win) -> list[str]:
    """Two saved cases (one with a patient), shown in the sidebar."""
    vault = win.services.vault
    patient = vault.add_patient(Patient(label="Amina K."))
    ids = [vault.save_conversation_as_case(None, [Message("user", "Itchy ring on the arm?")],
                                           "pack", title="Ring on the arm", patient_id=patient.id),
           vault.save_conversation_as_case(None, [Message("user", "Dark spot on the back?")],
                                           "pack", title="Spot on the back")]
    win.refresh_sidebar()
    return ids


def records(win) -> int:
    return sum(n for kind, n in win.services.vault.status().counts.items() if kind != "audit")


def sidebar_titles(win) -> list[str]:
    return [item.text(0) for item in win.sidebar.case_items()]


def wait_idle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def test_back_up_from_the_window_with_progress_to_the_total(qtbot, window, tmp_path,
                                                            monkeypatch) -> None:
    win = window
    add_cases(win)
    dest = tmp_path / "usb" / "clinic.skgbackup"
    dest.parent.mkdir()
    monkeypatch.setattr(backup_dialogs, "choose_save_file", lambda *_args: str(dest))
    total = sum(win.services.vault.status().counts.values())
    dialog = win.show_backup()
    assert dialog.path.text().endswith(".skgbackup") and "skingpt-backup-" in dialog.path.text()
    dialog.choose_file()
    assert dialog.path.text() == str(dest) and not dialog.backup_button.isEnabled()
    dialog.vault_secret.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.backed_up, timeout=20_000) as sent:
        dialog.backup_button.click()
    wait_idle(qtbot, dialog)
    assert dest.is_file() and dialog.progress.value() == dialog.progress.maximum() == total
    assert sent.args[0] == dialog.status.text() == win.statusBar().currentMessage()
    assert f"{dest}: {total}." in sent.args[0]
    assert str(win.services.vault_file.parent) not in sent.args[0]
    assert backup_mod.verify_backup(dest, PASSPHRASE)["records"] == total
    assert not dialog.backup_button.isEnabled()  # done: only Close is left
    dialog.reject()


def test_a_separate_backup_passphrase_and_a_wrong_vault_passphrase(qtbot, window, tmp_path,
                                                                  monkeypatch) -> None:
    win = window
    add_cases(win)
    dest = tmp_path / "own.skgbackup"
    monkeypatch.setattr(backup_dialogs, "choose_save_file", lambda *_args: str(dest))
    dialog = win.show_backup()
    dialog.choose_file()
    dialog.separate.setChecked(True)
    dialog.vault_secret.setText("not the vault passphrase")
    dialog.secret.setText(BACKUP_PASSPHRASE)
    assert not dialog.backup_button.isEnabled()  # not repeated yet
    dialog.confirm.setText(BACKUP_PASSPHRASE)
    dialog.backup_button.click()
    wait_idle(qtbot, dialog)
    assert not dest.exists() and dialog.vault_secret.text() == ""
    assert "not the vault's passphrase" in dialog.status.text()
    dialog.vault_secret.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.backed_up, timeout=20_000):
        dialog.backup_button.click()
    assert backup_mod.verify_backup(dest, BACKUP_PASSPHRASE)["records"] > 0
    with pytest.raises(backup_mod.BackupPassphraseError):
        backup_mod.verify_backup(dest, PASSPHRASE)
    dialog.reject()


def test_an_existing_file_is_not_replaced_unless_the_chooser_confirmed(qtbot, window, tmp_path,
                                                                       monkeypatch) -> None:
    dest = tmp_path / "kept.skgbackup"
    dest.write_bytes(b"keep me")
    dialog = window.show_backup()
    dialog.path.setText(str(dest))
    dialog.vault_secret.setText(PASSPHRASE)
    dialog.backup_button.click()
    assert not dialog.busy and "already there" in dialog.status.text()
    assert dest.read_bytes() == b"keep me"
    monkeypatch.setattr(backup_dialogs, "choose_save_file", lambda *_args: str(dest))
    dialog.choose_file()  # the file chooser asked before replacing it
    with qtbot.waitSignal(dialog.backed_up, timeout=20_000):
        dialog.backup_button.click()
    assert dest.read_bytes().startswith(backup_mod.MAGIC)
    dialog.reject()


def test_restore_shows_what_it_adds_then_adds_it_to_the_sidebar(qtbot, window, tmp_path,
                                                                 monkeypatch) -> None:
    win = window
    ids = add_cases(win)
    path = tmp_path / "before.skgbackup"
    win.services.vault.export_backup(path, PASSPHRASE)
    win.services.vault.delete_case(ids[0])
    win.refresh_sidebar()
    qtbot.waitUntil(lambda: len(sidebar_titles(win)) == 1, timeout=10_000)
    monkeypatch.setattr(backup_dialogs, "choose_open_files", lambda *_args: [str(path)])
    dialog = win.show_restore()
    dialog.choose_file()
    dialog.secret.setText(PASSPHRASE)
    assert dialog.check_button.isEnabled() and not dialog.restore_button.isEnabled()
    before = records(win)
    dialog.check_button.click()
    wait_idle(qtbot, dialog)
    assert records(win) == before  # the check wrote nothing
    listed = [dialog.cases.item(i).text() for i in range(dialog.cases.count())]
    assert listed[0] == "Ring on the arm · Amina K."
    assert "Spot on the back · no patient" in listed[1] and "already" in listed[1]
    assert "cases 1" in dialog.summary.text() and "kept as they are" in dialog.kept.text()
    assert dialog.restore_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.choose.isVisible(), timeout=5_000)
    # What the check added does not squeeze the form: the whole "Choose…" and a usable field.
    assert dialog.choose.width() >= dialog.choose.sizeHint().width()
    assert dialog.path.width() >= 260 and dialog.cases.height() >= 140
    dialog.path.setText(str(path) + " ")  # the same file: still checked
    assert dialog.restore_button.isEnabled()
    dialog.path.setText(str(tmp_path / "other.skgbackup"))  # another file: check it first
    assert not dialog.restore_button.isEnabled() and dialog.cases.count() == 0
    dialog.path.setText(str(path))
    dialog.check_button.click()
    wait_idle(qtbot, dialog)
    with qtbot.waitSignal(dialog.restored, timeout=20_000) as sent:
        dialog.restore_button.click()
    assert "restored" in sent.args[0] and "kept" in sent.args[0]
    qtbot.waitUntil(lambda: any("Ring on the arm" in t for t in sidebar_titles(win)),
                    timeout=10_000)
    assert len(sidebar_titles(win)) == 2 and records(win) > before
    assert dialog.progress.value() == dialog.progress.maximum() > 0
    assert not dialog.restore_button.isEnabled()  # restored once; nothing left to add
    dialog.reject()


def test_a_wrong_passphrase_or_a_damaged_file_restores_nothing(qtbot, window, tmp_path,
                                                               monkeypatch) -> None:
    win = window
    add_cases(win)
    good, bad = tmp_path / "good.skgbackup", tmp_path / "bad.skgbackup"
    win.services.vault.export_backup(good, PASSPHRASE)
    bad.write_bytes(good.read_bytes()[:-40])
    before = records(win)
    dialog = win.show_restore()
    dialog.path.setText(str(good))
    dialog.secret.setText("not the right passphrase")
    dialog.check_button.click()
    wait_idle(qtbot, dialog)
    assert "does not open this backup" in dialog.status.text() and dialog.secret.text() == ""
    assert not dialog.restore_button.isEnabled() and dialog.cases.count() == 0
    dialog.path.setText(str(bad))
    dialog.secret.setText(PASSPHRASE)
    dialog.check_button.click()
    wait_idle(qtbot, dialog)
    text = dialog.status.text()
    assert "cannot be restored" in text and "Nothing was written" in text and str(tmp_path) \
        not in text
    assert not dialog.restore_button.isEnabled() and records(win) == before
    dialog.reject()


def test_locking_closes_the_dialogs_and_cancels_a_running_restore(qtbot, window, tmp_path,
                                                                  monkeypatch) -> None:
    win = window
    ids = add_cases(win)
    path = tmp_path / "b.skgbackup"
    win.services.vault.export_backup(path, PASSPHRASE)
    win.services.vault.delete_case(ids[0])
    before = records(win)
    backup = win.show_backup()
    restore = win.show_restore()
    restore.path.setText(str(path))
    restore.secret.setText(PASSPHRASE)
    restore.check_button.click()
    wait_idle(qtbot, restore)
    started, release = threading.Event(), threading.Event()
    real = backup_mod._report

    def held(progress, done, total) -> None:  # the restore stops at its first written record
        if total:
            started.set()
            release.wait(10)
        real(progress, done, total)

    monkeypatch.setattr(backup_mod, "_report", held)
    restore.restore_button.click()
    assert started.wait(10)
    threading.Timer(0.3, release.set).start()  # lock() waits for the vault call in flight
    win.lock()
    assert not backup.isVisible() and not restore.isVisible()
    assert win.backup_dialog is None and win.restore_dialog is None
    qtbot.waitUntil(lambda: win.runner.active_count == 0, timeout=20_000)
    assert restore.task is None and "cancelled" in restore.status.text()
    assert not win.backup_action.isEnabled() and not win.restore_action.isEnabled()
    win.backup_action.trigger()  # disabled: opens nothing
    assert win.backup_dialog is None
    win.services.unlock(None, PASSPHRASE)
    win.after_unlock()
    assert win.backup_action.isEnabled() and win.restore_action.isEnabled()
    assert records(win) == before


def test_closing_the_backup_dialog_cancels_the_backup(qtbot, window, tmp_path,
                                                      monkeypatch) -> None:
    win = window
    add_cases(win)
    dest = tmp_path / "usb" / "c.skgbackup"
    dest.parent.mkdir()
    started, release = threading.Event(), threading.Event()
    real = backup_mod._report

    def held(progress, done, total) -> None:
        started.set()
        release.wait(10)
        real(progress, done, total)

    monkeypatch.setattr(backup_mod, "_report", held)
    dialog = win.show_backup()
    dialog.path.setText(str(dest))
    dialog.vault_secret.setText(PASSPHRASE)
    dialog.backup_button.click()
    assert started.wait(10)
    dialog.reject()
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert list(dest.parent.iterdir()) == []  # no file, no partial file
    assert "cancelled" in dialog.status.text()
