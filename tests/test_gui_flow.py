"""The desktop app end to end on a tiny pack: import a photo, ask, watch the answer stream,
stop, save, lock, unlock, reopen the case; the four clinical prompts; a responsive window; a
clean close during generation; the demo mode command line; no network use."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer

from skingpt_desktop.core.llm.conversation import CLINICAL_PROMPTS
from skingpt_desktop.ui.chat_panel import ANSWER_CAPTION
from skingpt_desktop.ui.main_window import PAGE_LOCKED, PAGE_WORK
from skingpt_desktop.ui.services import CaseDetails
from tests.gui_helpers import PASSPHRASE, add_photo, load_pack

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[1]
# Generous bound for the largest event-loop gap during generation (the target is 100 ms; CI
# machines are shared and slow, and this is a behaviour check, not a benchmark).
MAX_GAP_MS = 250


def ask_and_wait(qtbot, win, question: str, timeout: int = 60_000):
    """Type ``question``, press Enter, return the Answer."""
    with qtbot.waitSignal(win.controller.answer_finished, timeout=timeout) as blocker:
        win.chat.question.setText(question)
        qtbot.keyClick(win.chat.question, Qt.Key.Key_Return)
    return blocker.args[0]


def spy_streaming(win) -> list[str]:
    """Record every streamed text the chat panel receives."""
    seen: list[str] = []
    original = win.chat.update_streaming

    def spy(text: str) -> None:
        seen.append(text)
        original(text)

    win.chat.update_streaming = spy
    return seen


def test_full_flow_import_ask_stream_stop_save_lock_unlock_reopen(
        qtbot, network_events, window, tiny_pack, photo_paths) -> None:
    win = window
    load_pack(qtbot, win, tiny_pack)
    add_photo(qtbot, win, photo_paths[0])
    assert win.photos.current() is not None and win.chat.ask_button.isEnabled() is False

    # Ask: the answer streams in, is labelled with its pack and as not a diagnosis.
    streamed = spy_streaming(win)
    answer = ask_and_wait(qtbot, win, "What do you see on this skin?")
    last = win.chat.messages[-1]
    assert last.role == "assistant" and last.pack == "Tiny random test pack"
    assert last.text == answer.text and answer.generated_tokens > 0
    assert streamed and any(len(s.strip()) < len(answer.text) for s in streamed)
    assert streamed[-1].strip() == answer.text.strip()
    shown = win.chat.transcript.toPlainText()
    assert "What do you see on this skin?" in shown
    assert "Tiny random test pack" in shown and ANSWER_CAPTION in shown
    assert win.chat.disclaimer.isVisible() and "not a diagnosis" in win.chat.disclaimer.text()
    gap = win.controller.last_max_gap_ms
    print(f"\nlargest event-loop gap while generating: {gap:.1f} ms")
    assert 0 < gap < MAX_GAP_MS

    # Stop: a long answer is cut short by the Stop button and marked as stopped.
    win.services.settings.max_new_tokens = 1000
    clicked: list[str] = []
    original = win.chat.update_streaming

    def stop_on_first_piece(text: str) -> None:
        original(text)
        if win.chat.stop_button.isEnabled() and not clicked:
            clicked.append(text)
            QTimer.singleShot(0, lambda: qtbot.mouseClick(win.chat.stop_button,
                                                          Qt.MouseButton.LeftButton))

    win.chat.update_streaming = stop_on_first_piece
    stopped = ask_and_wait(qtbot, win, "Describe it in great detail.")
    assert stopped.stop_reason == "cancelled" and stopped.generated_tokens < 1000
    assert win.chat.messages[-1].note == "stopped"
    assert not win.chat.stop_button.isEnabled() and not win.controller.busy
    transcript = [(m.role, m.text) for m in win.chat.messages]

    # Save, then lock: nothing of the case stays on screen and the key is dropped.
    with qtbot.waitSignal(win.case_saved, timeout=20_000) as saved:
        win.save_case(details=CaseDetails(title="Forearm patch", body_site="left forearm"))
    case_id = saved.args[0]
    assert not win.dirty
    qtbot.waitUntil(lambda: len(win.sidebar.case_items()) == 1, timeout=10_000)
    win.lock()
    assert win.stack.currentIndex() == PAGE_LOCKED and not win.services.unlocked
    assert not win.photos.photos and not win.chat.messages and not win.sidebar.case_items()
    assert "Describe it" not in win.chat.transcript.toPlainText()

    # A wrong passphrase is refused with a message; the right one unlocks.
    win.lock_screen.secret.setText("not the passphrase at all")
    qtbot.mouseClick(win.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.lock_screen.unlock_button.isEnabled(), timeout=20_000)
    assert "passphrase" in win.lock_screen.message.text().lower()
    assert win.stack.currentIndex() == PAGE_LOCKED
    with qtbot.waitSignal(win.unlocked, timeout=20_000):
        win.lock_screen.secret.setText(PASSPHRASE)
        qtbot.keyClick(win.lock_screen.secret, Qt.Key.Key_Return)
    assert win.stack.currentIndex() == PAGE_WORK

    # Reopen the case from the sidebar: its photo and conversation come back.
    qtbot.waitUntil(lambda: len(win.sidebar.case_items()) == 1, timeout=10_000)
    item = win.sidebar.case_items()[0]
    assert "Forearm patch" in item.text(0)
    win.sidebar.tree.setCurrentItem(item)
    with qtbot.waitSignal(win.case_opened, timeout=20_000):
        qtbot.mouseClick(win.sidebar.open_button, Qt.MouseButton.LeftButton)
    assert win.draft.case_id == case_id and len(win.photos.photos) == 1
    assert [(m.role, m.text) for m in win.chat.messages] == transcript
    replies = [m for m in win.chat.messages if m.role == "assistant"]
    assert all(m.pack == "Tiny random test pack" and m.pack_name == "tiny-random" for m in replies)
    # How each answer ended is part of the record: the stopped one still says so.
    assert [m.note for m in replies] == ["", "stopped"]
    assert "(stopped)" in win.chat.transcript.toPlainText()
    assert all(m.time > 0 for m in win.chat.messages)

    # A follow-up continues the conversation: the earlier turns are restored into the model.
    win.services.settings.max_new_tokens = 24
    ask_and_wait(qtbot, win, "Is it getting worse?")
    turns = win.controller.chat.session.turns
    assert [t.question for t in turns[:2]] == [transcript[0][1], transcript[2][1]]
    assert [t.answer for t in turns[:2]] == [transcript[1][1], transcript[3][1]]
    assert network_events == [], "the app opened a network connection"


def test_ask_all_four_clinical_prompts_in_one_conversation(qtbot, window, tiny_pack,
                                                           photo_paths) -> None:
    win = window
    win.services.settings.max_new_tokens = 24
    load_pack(qtbot, win, tiny_pack)
    add_photo(qtbot, win, photo_paths[0])
    answers = []
    win.controller.answer_finished.connect(answers.append)
    qtbot.keyClick(win.chat, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(answers) == 4 and not win.controller.busy, timeout=60_000)
    questions = [m.text for m in win.chat.messages if m.role == "user"]
    assert questions == list(CLINICAL_PROMPTS)
    replies = [m for m in win.chat.messages if m.role == "assistant"]
    assert len(replies) == 4 and all(m.pack == "Tiny random test pack" for m in replies)
    assert len(win.controller.chat.session.turns) == 4  # one model conversation, KV kept


def test_a_second_photo_gets_its_own_conversation(qtbot, window, tiny_pack,
                                                  photo_paths) -> None:
    win = window
    win.services.settings.max_new_tokens = 16
    load_pack(qtbot, win, tiny_pack)
    add_photo(qtbot, win, photo_paths[0])
    add_photo(qtbot, win, photo_paths[1])
    assert [p.view for p in win.photos.photos] == ["close-up", "wide"]
    win.photos.select(0)
    ask_and_wait(qtbot, win, "First photo?")
    first_chat = win.controller.chat
    win.photos.select(1)
    ask_and_wait(qtbot, win, "Second photo?")
    assert win.controller.chat is not first_chat
    notes = [m.text for m in win.chat.messages if m.role == "system"]
    assert notes == ["About photo 1 (close-up)", "About photo 2 (wide)"]
    assert len(win.controller.chat.session.turns) == 1


def test_closing_the_window_during_generation_is_clean(qtbot, services, tiny_pack,
                                                       photo_paths) -> None:
    from skingpt_desktop.ui.main_window import MainWindow
    from tests.gui_helpers import DirectContext

    services.create_vault(DirectContext(), PASSPHRASE, False)
    services.settings.max_new_tokens = 1000
    win = MainWindow(services, quiet=True)
    qtbot.addWidget(win)
    win.show()
    win.after_unlock()
    load_pack(qtbot, win, tiny_pack)
    add_photo(qtbot, win, photo_paths[0])
    closed: list[bool] = []
    original = win.chat.update_streaming

    def close_on_first_piece(text: str) -> None:
        original(text)
        if not closed:
            closed.append(win.close())

    win.chat.update_streaming = close_on_first_piece
    win.chat.question.setText("Tell me everything.")
    qtbot.keyClick(win.chat.question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(closed), timeout=30_000)
    assert closed == [True] and not win.isVisible()
    # The worker was told to stop and waited for; the model and the vault are released.
    assert win.runner.wait_all(0)
    assert services.engine is None and services.vault is None


def test_auto_lock_after_idle_time_saves_unsaved_work_first(qtbot, window, photo_paths) -> None:
    win = window
    win.services.settings.auto_lock_minutes = 5
    add_photo(qtbot, win, photo_paths[0])
    assert win.dirty
    assert not win.check_idle(now=time.monotonic() + 60)  # one minute: still open
    with qtbot.waitSignal(win.case_saved, timeout=20_000):
        assert win.check_idle(now=time.monotonic() + 5 * 60 + 1)
    qtbot.waitUntil(lambda: win.stack.currentIndex() == PAGE_LOCKED, timeout=10_000)
    assert not win.services.unlocked and not win.photos.photos
    assert "Locked after 5 min" in win.lock_screen.message.text()


def run_main(args: list[str], tmp_path: Path, timeout: int = 240) -> subprocess.CompletedProcess:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
           "SKINGPT_DATA_DIR": str(tmp_path / "never-used"), "HOME": str(tmp_path)}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_demo_mode_command_line_saves_a_screenshot_of_the_answer(tmp_path, tiny_pack,
                                                                 photo_paths) -> None:
    out = tmp_path / "shot.png"
    result = run_main(["--pack", str(tiny_pack), "--image", str(photo_paths[0]),
                       "--ask", "What is this?", "--screenshot", str(out)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    with Image.open(out) as shot:
        assert shot.format == "PNG" and shot.width >= 800 and shot.height >= 500
        colours = shot.convert("RGB").getcolors(1 << 20)
    assert colours is None or len(colours) > 200  # a rendered window, not a blank image
    # The temporary vault is gone and the user data folder was never created.
    assert not (tmp_path / "never-used").exists()


def test_demo_mode_reports_a_bad_photo_in_one_line(tmp_path, tiny_pack) -> None:
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 this is not really a jpeg")
    result = run_main(["--pack", str(tiny_pack), "--image", str(bad), "--ask", "What is this?",
                       "--screenshot", str(tmp_path / "x.png")], tmp_path)
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and "broken.jpg" in lines[0] and "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()
