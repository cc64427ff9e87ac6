"""First run (disclaimer, vault with strength feedback, recovery key shown once, pack choice),
settings that persist, and accessibility basics (names, shortcuts, system font, palette
colours)."""

from __future__ import annotations

import os
import re
import shutil
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from skingpt_desktop.core.texts import resources_dir
from skingpt_desktop.ui.first_run import PAGE_PACK, PAGE_RECOVERY, PAGE_VAULT
from skingpt_desktop.ui.main_window import PAGE_LOCKED, PAGE_WORK, MainWindow
from skingpt_desktop.ui.passphrase import estimate
from skingpt_desktop.ui.settings import AppSettings, SettingsStore
from tests.gui_helpers import print_dialog_to_pdf

pytestmark = pytest.mark.gui
GOOD_PASSPHRASE = "plum river ochre tandem 19"


def test_first_run_creates_the_vault_shows_the_recovery_key_once_and_picks_a_pack(
        qtbot, services, tiny_pack, tmp_path, monkeypatch) -> None:
    shutil.copytree(tiny_pack, services.packs_folder / "tiny-random")
    win = MainWindow(services, quiet=True)
    qtbot.addWidget(win)
    win.show()
    win.start()
    assert win.stack.currentIndex() == PAGE_LOCKED  # nothing behind the dialog
    qtbot.waitUntil(lambda: getattr(win, "first_run_dialog", None) is not None, timeout=5_000)
    dialog = win.first_run_dialog
    assert dialog.isVisible()

    # 1. The disclaimer must be accepted before anything else.
    assert not dialog.disclaimer_next.isEnabled()
    dialog.accept_box.setChecked(True)
    qtbot.mouseClick(dialog.disclaimer_next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == PAGE_VAULT

    # 2. Passphrase strength feedback; creation only with a long enough, repeated passphrase.
    assert dialog.strength_bar.value() == 0  # nothing typed: an empty meter
    dialog.passphrase.setText("abc")
    assert "Too weak" in dialog.strength_label.text() and not dialog.create_button.isEnabled()
    assert dialog.strength_bar.value() == 1  # "Too weak" shows as one red step, not nothing
    dialog.passphrase.setText(GOOD_PASSPHRASE)
    dialog.confirm.setText(GOOD_PASSPHRASE + "x")
    assert "different" in dialog.strength_label.text() and not dialog.create_button.isEnabled()
    dialog.confirm.setText(GOOD_PASSPHRASE)
    assert dialog.strength_bar.value() >= 3 and dialog.create_button.isEnabled()
    assert dialog.recovery_box.isChecked()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_RECOVERY, timeout=20_000)

    # 3. The recovery key is shown once and must be confirmed as kept.
    recovery_key = dialog.recovery_text.text()
    assert len(recovery_key.replace("-", "").replace(" ", "")) >= 20
    assert not dialog.recovery_next.isEnabled()
    keep_recovery_key(qtbot, dialog, services, recovery_key, tmp_path, monkeypatch)
    dialog.kept_box.setChecked(True)
    qtbot.mouseClick(dialog.recovery_next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == PAGE_PACK and dialog.recovery_text.text() == ""

    # 4. Pick the installed pack and finish: the window is unlocked and loads the pack.
    qtbot.waitUntil(lambda: "Tiny random test pack" in dialog.pack_list.item(0).text(),
                    timeout=20_000)  # the packs are looked for in the background
    qtbot.waitUntil(dialog.finish_button.isEnabled, timeout=5_000)
    with qtbot.waitSignals([win.unlocked, win.engine_ready], timeout=30_000):
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert win.stack.currentIndex() == PAGE_WORK and services.unlocked
    saved = SettingsStore(services.data_folder).load()
    assert saved.disclaimer_accepted
    assert Path(saved.current_pack) == services.packs_folder / "tiny-random"

    # The recovery key really opens the vault.
    win.lock()
    win.lock_screen.use_recovery.setChecked(True)
    assert win.lock_screen.secret.accessibleName() == "Recovery key"
    with qtbot.waitSignal(win.unlocked, timeout=20_000):
        win.lock_screen.secret.setText(recovery_key)
        qtbot.mouseClick(win.lock_screen.unlock_button, Qt.MouseButton.LeftButton)


def keep_recovery_key(qtbot, dialog, services, recovery_key: str, tmp_path: Path,
                      monkeypatch) -> None:
    """Save the key to a file and print it: both name the vault, and the page says where."""
    from skingpt_desktop.ui import first_run

    key_file = tmp_path / "key.txt"
    monkeypatch.setattr(first_run, "choose_save_file", lambda *_a: str(key_file))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    sheet = key_file.read_text(encoding="utf-8")
    assert recovery_key in sheet and services.vault.vault_id in sheet
    assert str(services.vault_file) in sheet
    assert f"Saved to {key_file}" in dialog.kept_status.text()
    if os.name == "posix":  # a secret: readable by its owner only, like backups
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600

    printed = tmp_path / "key.pdf"
    monkeypatch.setattr(first_run, "run_print_dialog", print_dialog_to_pdf(printed))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert printed.read_bytes()[:4] == b"%PDF"
    assert "sent to the printer" in dialog.kept_status.text()


def test_passphrase_strength_estimates_rank_sensibly() -> None:
    short, common, repeated = estimate("abc"), estimate("password1"), estimate("aaaaaaaaaaaa")
    words, mixed = estimate("correct horse battery staple"), estimate("pLum-r1ver-0chre-t4ndem")
    assert not short.acceptable and short.level == 0
    assert common.level <= 1 and repeated.level <= 1
    assert words.level >= 3 and mixed.level >= 3
    assert mixed.bits > common.bits and words.bits > repeated.bits


def test_settings_dialog_persists_every_setting(qtbot, window) -> None:
    win = window
    dialog = win.show_settings()
    dialog.threads.setValue(3)
    dialog.gpu_layers.setValue(10)
    dialog.n_ctx.setValue(4096)
    dialog.temperature.setValue(0.7)
    dialog.top_p.setValue(0.8)
    dialog.max_new_tokens.setValue(200)
    dialog.deterministic.setChecked(True)
    dialog.auto_lock.setValue(3)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert dialog.needs_reload()
    dialog.accept()
    expected = AppSettings(threads=3, gpu_layers=10, n_ctx=4096, temperature=0.7, top_p=0.8,
                           max_new_tokens=200, deterministic=True, auto_lock_minutes=3,
                           answer_language="de", disclaimer_accepted=True)
    assert win.services.settings == expected
    assert SettingsStore(win.services.data_folder).load() == expected
    assert win.services.model_question("Is it serious?") == \
        "Is it serious? Please answer in German."
    generation = win.services.generation_settings()
    assert (generation.temperature, generation.top_p, generation.max_new_tokens,
            generation.deterministic) == (0.7, 0.8, 200, True)


def test_a_damaged_settings_file_falls_back_to_defaults(tmp_path) -> None:
    (tmp_path / "settings.json").write_text('{"threads": "many", "top_p": 7, "answer_language": '
                                            '"xx", "deterministic": 1, "n_ctx": 4096, '
                                            '"vision_backend": "torch"}')
    loaded = SettingsStore(tmp_path).load()
    assert loaded.threads == 0 and loaded.top_p == 1.0 and loaded.answer_language == "en"
    assert loaded.deterministic is False and loaded.n_ctx == 4096
    assert loaded.vision_backend == "auto"
    (tmp_path / "settings.json").write_text("not json")
    assert SettingsStore(tmp_path).load() == AppSettings()


INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QTextEdit)


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive widgets a screen reader could not name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue  # hidden parts (a closed combo box popup, a hidden header) are not reachable
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the line edit inside a spin box is named by the spin box
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "").strip()):
            missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return missing


def test_every_control_has_an_accessible_name(qtbot, window) -> None:
    win = window
    assert unnamed_controls(win) == []
    for dialog in (win.show_settings(), win.show_packs()):
        qtbot.addWidget(dialog)
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        dialog.reject()


def test_main_actions_have_keyboard_shortcuts(window) -> None:
    shortcuts = {a.text().replace("&", ""): a.shortcut().toString()
                 for menu in window.menuBar().findChildren(type(window.menuBar().addMenu("x")))
                 for a in menu.actions() if a.text()}
    for name in ("New case", "Add photo…", "Save case", "Lock vault", "Model packs…", "Settings…",
                 "Camera…", "Paste photo", "Go to the question box"):
        assert shortcuts.get(name), f"{name} has no shortcut"
    chat = window.chat
    assert all(b.toolTip().endswith(f"(Ctrl+{i + 1})") for i, b in enumerate(chat.prompt_buttons))


def test_text_follows_the_system_font_and_colours_come_from_the_palette(window) -> None:
    qss = (resources_dir() / "style.qss").read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    assert "font-size" not in code and "font:" not in code
    assert not re.search(r"#[0-9a-fA-F]{3,8}\b|rgba?\(|\b(white|black|red|blue|green)\b", code)
    assert all(w.font().pixelSize() == -1 for w in window.findChildren(QWidget))


@pytest.mark.parametrize("weak, reason", [("password", "common word (\u201cpassword\u201d)"),
                                          ("Doctor2024", "common word (\u201cdoctor\u201d)"),
                                          ("aaaaaaaaaa", "Repeated or consecutive characters")])
def test_a_long_enough_but_guessable_passphrase_says_why_and_is_refused(weak, reason) -> None:
    strength = estimate(weak)
    assert strength.label == "Too weak" and reason in strength.advice
    assert not strength.acceptable
    assert "at least 8 characters" in estimate("abc").advice  # too short: the length advice
    assert estimate(GOOD_PASSPHRASE).acceptable


def test_enter_in_the_repeat_field_creates_the_vault(qtbot, services) -> None:
    win = MainWindow(services, quiet=True)
    qtbot.addWidget(win)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: getattr(win, "first_run_dialog", None) is not None, timeout=5_000)
    dialog = win.first_run_dialog
    dialog.accept_box.setChecked(True)
    qtbot.mouseClick(dialog.disclaimer_next, Qt.MouseButton.LeftButton)
    dialog.passphrase.setText("password")
    dialog.confirm.setText("password")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == PAGE_VAULT and not services.has_vault()
    dialog.passphrase.setText(GOOD_PASSPHRASE)
    dialog.confirm.setText(GOOD_PASSPHRASE)
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_RECOVERY, timeout=20_000)
    win._closing = True
    win.close()
