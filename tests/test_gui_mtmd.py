"""The window runs an mtmd pack (Gemma 3 shape) exactly as it runs a SkinGPT-4 pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from skingpt_desktop.core.llm.conversation import CLINICAL_PROMPTS
from skingpt_desktop.ui.services import CaseDetails
from tests.gui_helpers import add_photo, load_pack

PACK_NAME = "Tiny random mtmd test pack (Gemma 3 shape)"
# (pack fixture, display name, pack name): Gemma 3's plain positions and Qwen2.5-VL's M-RoPE.
MTMD_PACKS = [
    ("tiny_mtmd_pack", PACK_NAME, "tiny-mtmd"),
    ("tiny_qwen_pack", "Tiny random mtmd test pack (Qwen2.5-VL shape)", "tiny-mtmd-qwen2vl"),
    ("tiny_qwen3_pack", "Tiny random mtmd test pack (Qwen3-VL shape)", "tiny-mtmd-qwen3vl"),
]


@pytest.mark.parametrize(("pack_fixture", "display_name", "pack_name"), MTMD_PACKS)
def test_ask_the_clinical_prompts_save_and_reopen_with_an_mtmd_pack(
        qtbot, request, network_events, window, photo_paths, pack_fixture: str,
        display_name: str, pack_name: str) -> None:
    from PySide6.QtCore import Qt

    win = window
    win.services.settings.max_new_tokens = 16
    load_pack(qtbot, win, request.getfixturevalue(pack_fixture))
    assert win.services.engine.vision_choice.backend == "mtmd"
    assert "mtmd" in win.pack_label.toolTip()
    add_photo(qtbot, win, photo_paths[0])
    answers = []
    win.controller.answer_finished.connect(answers.append)
    qtbot.keyClick(win.chat, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(answers) == 4 and not win.controller.busy, timeout=60_000)
    assert [m.text for m in win.chat.messages if m.role == "user"] == list(CLINICAL_PROMPTS)
    replies = [m for m in win.chat.messages if m.role == "assistant"]
    assert len(replies) == 4 and all(m.pack == display_name for m in replies)
    assert len(win.controller.chat.session.turns) == 4  # one conversation, KV cache kept
    assert win.chat.disclaimer.isVisible()

    transcript = [(m.role, m.text) for m in win.chat.messages]
    with qtbot.waitSignal(win.case_saved, timeout=20_000):
        win.save_case(details=CaseDetails(title="Forearm patch", body_site="left forearm"))
    qtbot.waitUntil(lambda: len(win.sidebar.case_items()) == 1, timeout=10_000)
    win.sidebar.tree.setCurrentItem(win.sidebar.case_items()[0])
    with qtbot.waitSignal(win.case_opened, timeout=20_000):
        qtbot.mouseClick(win.sidebar.open_button, Qt.MouseButton.LeftButton)
    assert [(m.role, m.text) for m in win.chat.messages] == transcript
    assert all(m.pack_name == pack_name for m in win.chat.messages if m.role == "assistant")
    # A follow-up on the reopened case continues the conversation through the mtmd pack.
    answers.clear()
    win.chat.question.setText("Is it getting better?")
    qtbot.keyClick(win.chat.question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(answers) == 1 and not win.controller.busy, timeout=60_000)
    assert len(win.controller.chat.session.turns) == 5
    assert network_events == []


def test_a_pack_whose_license_needs_acceptance_loads_only_after_it(qtbot, window,
                                                                   tiny_mtmd_pack, tmp_path):
    from test_mtmd_engine import _pack_needing_acceptance

    win = window
    pack = _pack_needing_acceptance(tiny_mtmd_pack, tmp_path / "pack")
    asked: list[str] = []
    errors: list[str] = []
    win.packs.error.connect(errors.append)
    win.packs.ask_license = lambda p: asked.append(p.name) or False
    win.load_pack(str(pack), remember=False)
    qtbot.waitUntil(lambda: bool(errors) and not win.packs.loading, timeout=20_000)
    assert asked == ["tiny-mtmd"] and win.services.engine is None
    assert "its license was not accepted" in errors[0]
    win.packs.ask_license = lambda p: asked.append(p.name) or True
    load_pack(qtbot, win, pack)
    assert win.services.engine is not None and len(asked) == 2
    assert len(win.services.settings.accepted_licenses) == 1
    load_pack(qtbot, win, pack)  # accepted once: not asked again
    assert len(asked) == 2


def test_the_model_card_of_an_mtmd_pack_names_its_license_step(qtbot, tiny_mtmd_pack,
                                                              tmp_path) -> None:
    from test_mtmd_engine import _pack_needing_acceptance

    from skingpt_desktop.core.packs.pack import ModelPack
    from skingpt_desktop.ui.packs_dialog import model_card_html

    pack = ModelPack.open(_pack_needing_acceptance(tiny_mtmd_pack, tmp_path / "pack"))
    html = model_card_html(pack, total_ram=16 << 30)
    assert "must be accepted before the pack is first used" in html
    assert "depends on the model" in html and "Llama 2" not in html
    plain = model_card_html(ModelPack.open(tiny_mtmd_pack), total_ram=16 << 30)
    assert "must be accepted" not in plain


def test_the_timing_line_shows_how_much_of_the_draft_was_kept(qtbot, window, tiny_mtmd_pack,
                                                              tmp_path) -> None:
    import shutil

    from skingpt_desktop.core.packs.pack import ModelPack, build_manifest, write_manifest

    pack = Path(shutil.copytree(tiny_mtmd_pack, tmp_path / "pack"))
    shutil.copyfile(pack / "llm.gguf", pack / "draft.gguf")  # the model as its own draft
    card = ModelPack.open(tiny_mtmd_pack).card
    write_manifest(pack, build_manifest(pack, name="tiny-mtmd-draft", display_name="With draft",
                                        conversation_format="gemma", card=card,
                                        architecture="mtmd"))
    win = window
    win.services.settings.max_new_tokens = 24
    assert win.services.settings.speculative == "auto"  # on only where it measures faster
    win.services.settings.speculative = "on"
    load_pack(qtbot, win, pack)
    assert win.services.engine.draft.name == "draft.gguf"
    add_photo(qtbot, win, photo_paths_for(tmp_path))
    answers = []
    win.controller.answer_finished.connect(answers.append)
    win.chat.question.setText("Describe it.")
    from PySide6.QtCore import Qt
    qtbot.keyClick(win.chat.question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(answers) == 1 and not win.controller.busy, timeout=60_000)
    assert answers[0].draft_proposed > 0
    assert "speculative decoding:" in win.chat.status.text()


def photo_paths_for(folder: Path) -> Path:
    from conftest import synthetic_skin_photo

    path = folder / "photo.png"
    synthetic_skin_photo(3).save(path)
    return path


def test_the_license_dialog_defaults_to_cancel(qtbot, tiny_mtmd_pack) -> None:
    from PySide6.QtCore import Qt

    from skingpt_desktop.core.packs.pack import ModelPack
    from skingpt_desktop.ui.license_dialog import LicenseDialog, terms_for_pack

    dialog = LicenseDialog(terms_for_pack(ModelPack.open(tiny_mtmd_pack)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Rejected
