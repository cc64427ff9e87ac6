"""A clinic's day in the window: a locked vault accepts nothing, the unlock screen speaks
plainly, and what the user entered comes back (issue: the clinic's workflow)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from skingpt_desktop.ui.lock_screen import caps_lock_from_key
from skingpt_desktop.ui.main_window import PAGE_LOCKED, PAGE_WORK
from tests.gui_helpers import PASSPHRASE, add_photo, load_pack

pytestmark = pytest.mark.gui


def unlock(qtbot, win, secret: str = PASSPHRASE) -> None:
    with qtbot.waitSignal(win.unlocked, timeout=20_000):
        win.lock_screen.secret.setText(secret)
        qtbot.keyClick(win.lock_screen.secret, Qt.Key.Key_Return)


def try_wrong(qtbot, win, secret: str) -> str:
    win.lock_screen.secret.setText(secret)
    qtbot.keyClick(win.lock_screen.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.lock_screen.unlock_button.isEnabled(), timeout=20_000)
    return win.lock_screen.message.text()


def drop(widget, path: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)
    return event


def test_a_locked_window_offers_only_unlock_and_quit(qtbot, window, photo_paths) -> None:
    win = window
    win.lock()
    assert win.stack.currentIndex() == PAGE_LOCKED
    blocked = (win.new_action, win.open_photo_action, win.paste_photo_action, win.camera_action,
               win.save_action, win.report_action, win.lock_action, win.packs_action,
               win.settings_action, win.question_action)
    assert [a.text() for a in blocked if a.isEnabled()] == []
    assert win.quit_action.isEnabled() and win.disclaimer_action.isEnabled()
    # No route takes a photo in: the menu's slots, the clipboard, a drop, the camera.
    win.photos.add_source(str(photo_paths[0]))
    win.photos.paste_from_clipboard()
    win.photos.open_camera()
    assert not win.photos.acceptDrops()
    assert not drop(win.photos, photo_paths[1]).isAccepted()
    win.open_photo_action.trigger()  # disabled: does nothing (and opens no file dialog)
    qtbot.wait(300)
    assert win.photos.photos == [] and win.photos._camera_dialog is None
    # After unlocking the workspace is empty: nothing added while locked landed in a case.
    unlock(qtbot, win)
    assert win.stack.currentIndex() == PAGE_WORK and win.photos.photos == [] and not win.dirty
    assert win.open_photo_action.isEnabled() and win.settings_action.isEnabled()
    add_photo(qtbot, win, photo_paths[0])
    assert len(win.photos.photos) == 1


def test_a_photo_still_decoding_when_the_vault_locks_is_dropped(qtbot, window,
                                                                photo_paths) -> None:
    win = window
    finished = []
    win.runner.task_finished.connect(lambda *_a: finished.append(1)) \
        if hasattr(win.runner, "task_finished") else None
    win.photos.add_source(str(photo_paths[0]))
    win.lock()
    qtbot.waitUntil(lambda: win.photos._pending == 0, timeout=20_000)
    assert win.photos.photos == []
    unlock(qtbot, win)
    qtbot.wait(100)
    assert win.photos.photos == [] and not win.dirty


def test_settings_and_packs_dialogs_close_when_the_vault_locks(qtbot, window) -> None:
    win = window
    settings = win.show_settings()
    packs = win.show_packs()
    assert settings.isVisible() and packs.isVisible()
    win.lock()
    assert not settings.isVisible() and not packs.isVisible()


def test_a_wrong_passphrase_is_told_plainly_and_the_field_cleared(qtbot, window) -> None:
    win = window
    win.lock()
    text = try_wrong(qtbot, win, "not the passphrase")
    assert "does not open this vault" in text and "Caps Lock" in text
    assert "/" not in text and "vault.sqlite3" not in text and "wrong passphrase" not in text
    assert win.lock_screen.secret.text() == ""
    # Switching to the recovery key clears the passphrase message.
    win.lock_screen.use_recovery.setChecked(True)
    assert win.lock_screen.message.text() == ""
    win.lock_screen.use_recovery.setChecked(False)
    unlock(qtbot, win)


def test_caps_lock_hint_follows_the_typed_letters(qtbot, window) -> None:
    win = window
    win.lock()
    field = win.lock_screen.secret
    qtbot.keyClicks(field, "AB")  # upper case without Shift: Caps Lock is on
    assert win.lock_screen.caps_hint.isVisibleTo(win.lock_screen)
    qtbot.keyClicks(field, "c")
    assert not win.lock_screen.caps_hint.isVisibleTo(win.lock_screen)
    qtbot.keyClick(field, Qt.Key.Key_D, Qt.KeyboardModifier.ShiftModifier, )
    assert caps_lock_from_key("D", shift=True) is False
    assert caps_lock_from_key("d", shift=True) is True
    assert caps_lock_from_key("7", shift=False) is None
    assert caps_lock_from_key("ب", shift=False) is None  # no letter case in Arabic


def test_other_unlock_errors_show_no_internal_paths(qtbot, window, tmp_path) -> None:
    from skingpt_desktop.core.errors import VaultError

    win = window
    win.lock()
    win.lock_screen.failed(VaultError(f"{tmp_path}/patients/amina/vault.sqlite3 is not a "
                                      "readable vault database (file is not a database)"))
    text = win.lock_screen.message.text()
    assert "vault.sqlite3 is not a readable vault database" in text
    assert str(tmp_path) not in text and "amina" not in text


def test_a_missing_pack_folder_falls_back_to_the_last_used_pack(qtbot, window, tiny_pack,
                                                                tmp_path) -> None:
    win = window
    win.services.settings.current_pack = str(tiny_pack)
    errors: list[str] = []
    win.error_shown.connect(errors.append)
    with qtbot.waitSignal(win.engine_ready, timeout=30_000):
        assert win.load_named_pack(str(tmp_path / "moved-away"), remember=True)
    assert win.services.pack.root == tiny_pack
    assert len(errors) == 1 and "last used model pack is loaded instead" in errors[0]
    assert "moved-away" in errors[0]
    assert win.services.settings.current_pack == str(tiny_pack)


def test_an_installed_pack_loads_by_its_name(qtbot, window, tiny_pack) -> None:
    import shutil

    win = window
    installed = Path(shutil.copytree(tiny_pack, win.services.packs_folder / "tiny-random"))
    with qtbot.waitSignal(win.engine_ready, timeout=30_000):
        assert win.load_named_pack("tiny-random", remember=True)
    assert win.services.pack.root == installed
    assert win.services.settings.current_pack == str(installed)


def test_no_pack_and_none_used_before_says_so(qtbot, window) -> None:
    win = window
    errors: list[str] = []
    win.error_shown.connect(errors.append)
    assert not win.load_named_pack("tiny-random", remember=True)
    assert errors and "no pack is installed yet" in errors[0] and win.services.pack is None


def test_an_answer_length_out_of_range_is_set_to_the_bound_and_said(qtbot) -> None:
    from skingpt_desktop.ui.settings import NUMERIC_BOUNDS, AppSettings
    from skingpt_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.max_new_tokens
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "99999")
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # on to the next field (Return would press OK)
    longest = NUMERIC_BOUNDS["max_new_tokens"][1]
    assert box.value() == longest  # not 999, the digits that happened to fit
    assert dialog.notice.isVisible() and f"the largest, {longest}, is set" in dialog.notice.text()
    assert dialog.result_settings().max_new_tokens == longest


def test_after_stop_the_focus_stays_in_the_question_field(qtbot, window) -> None:
    from PySide6.QtWidgets import QApplication

    win = window
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5_000)
    chat = win.chat
    chat.set_can_ask(True)
    chat.set_busy(True)
    chat.stop_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is chat.stop_button, timeout=5_000)
    chat.set_busy(False)  # the answer ended: Stop is disabled under the focus
    assert QApplication.focusWidget() is chat.question  # not the sidebar's search box


def test_the_passphrase_is_changed_from_the_window(qtbot, window) -> None:
    win = window
    new = "amber kettle orchard violin 42"
    dialog = win.show_change_passphrase()
    assert "no recovery key" in dialog.recovery_status.text()
    dialog.current.setText("not the passphrase")
    dialog.new.setText(new)
    dialog.confirm.setText(new + "x")
    assert not dialog.change_button.isEnabled() and "different" in dialog.strength.text()
    dialog.confirm.setText(new)
    assert dialog.change_button.isEnabled()
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nothing was changed" in dialog.status.text(), timeout=20_000)
    assert dialog.current.text() == "" and dialog.isVisible()

    dialog.current.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.changed, timeout=20_000):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    win.lock()
    assert not win.passphrase_action.isEnabled()
    assert "does not open" in try_wrong(qtbot, win, PASSPHRASE)  # the old one no longer opens
    unlock(qtbot, win, new)
    assert win.stack.currentIndex() == PAGE_WORK and win.passphrase_action.isEnabled()


def test_a_context_longer_than_the_model_was_trained_for_is_lowered_and_said(
        qtbot, window, tiny_pack) -> None:
    win = window
    win.services.settings.n_ctx = 32768  # the Settings maximum; the tiny model knows less
    messages: list[str] = []
    win.packs.advice.connect(messages.append)
    load_pack(qtbot, win, tiny_pack)
    assert win.services.engine.llm.n_ctx == win.services.engine.llm.n_ctx_train < 32768
    assert any("context was lowered from 32768" in m for m in messages)


def test_the_vision_backend_setting_reaches_the_engine_and_is_shown(qtbot, window,
                                                                     tiny_pack) -> None:
    from skingpt_desktop.ui.settings import AppSettings
    from skingpt_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    assert dialog.vision_backend.currentData() == "auto"
    dialog.vision_backend.setCurrentIndex(dialog.vision_backend.findData("numpy"))
    assert dialog.result_settings().vision_backend == "numpy" and dialog.needs_reload()
    win = window
    win.services.settings.vision_backend = "numpy"
    load_pack(qtbot, win, tiny_pack)
    assert win.services.engine.vision_choice.backend == "numpy"
    assert "numpy, " in win.pack_label.toolTip()  # under the pack's intended use
    assert win.pack_label.toolTip().startswith(win.services.pack.card.intended_use)
