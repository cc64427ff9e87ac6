"""Speculative decoding on "automatic": measured once per pack and settings, then remembered."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from skingpt_desktop.core.llm import speed_trial
from skingpt_desktop.core.llm.speed_trial import (
    GAIN_NEEDED,
    DraftTrial,
    TrialLedger,
    choose_draft,
)


def test_the_gain_decides() -> None:
    assert DraftTrial(10.0, 12.5).gain == pytest.approx(1.25)
    assert DraftTrial(10.0, 12.5).worth_it
    assert not DraftTrial(10.0, 10.0 * GAIN_NEEDED - 0.01).worth_it
    assert not DraftTrial(0.0, 5.0).worth_it  # a failed plain run proves nothing


def test_the_ledger_keeps_trials_and_survives_damage(tmp_path: Path) -> None:
    ledger = TrialLedger(tmp_path / "speed-trials.json")
    assert ledger.get("a") is None
    ledger.remember("a", DraftTrial(8.0, 6.0))
    assert ledger.get("a") == DraftTrial(8.0, 6.0)
    ledger.path.write_text('{"a": {"plain_tokens_per_s": "x"}, "b": [1]}')
    assert ledger.get("a") is None and ledger.get("b") is None
    ledger.path.write_bytes(b"\xff" * 10)
    assert ledger.get("a") is None
    ledger.remember("c", DraftTrial(1.0, 2.0))
    assert json.loads(ledger.path.read_text()) == {
        "c": {"plain_tokens_per_s": 1.0, "draft_tokens_per_s": 2.0}}


class FakeEngine:
    def __init__(self) -> None:
        self.draft: object | None = object()
        self.dropped = False

    def drop_draft(self) -> None:
        self.draft, self.dropped = None, True


@pytest.mark.parametrize(("trial", "kept"), [(DraftTrial(10, 9), False), (DraftTrial(10, 13), True)])
def test_choose_measures_once_and_keeps_the_draft_only_if_faster(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, trial: DraftTrial, kept: bool) -> None:
    measured = []
    monkeypatch.setattr(speed_trial, "trial_key", lambda engine: "key")
    monkeypatch.setattr(speed_trial, "measure_draft_gain",
                        lambda engine, cancel: measured.append(1) or trial)
    ledger = TrialLedger(tmp_path / "speed-trials.json")
    for _ in range(2):
        engine = FakeEngine()
        assert choose_draft(engine, ledger) == trial  # type: ignore[arg-type]
        assert (engine.draft is not None) is kept and engine.dropped is not kept
    assert measured == [1]  # the second load took the remembered trial



def test_a_real_trial_on_the_tiny_pack_with_itself_as_draft(tiny_mtmd_pack: Path,
                                                              tmp_path: Path) -> None:
    from skingpt_desktop.core.engine import Engine, EngineSettings
    from skingpt_desktop.core.packs.pack import ModelPack, build_manifest, write_manifest

    pack = Path(shutil.copytree(tiny_mtmd_pack, tmp_path / "pack"))
    shutil.copyfile(pack / "llm.gguf", pack / "draft.gguf")
    card = ModelPack.open(tiny_mtmd_pack).card
    write_manifest(pack, build_manifest(pack, name="self-draft", display_name="Self draft",
                                        conversation_format="gemma", card=card,
                                        architecture="mtmd"))
    engine = Engine.load(ModelPack.open(pack), EngineSettings(threads=1, draft="auto"))
    try:
        ledger = TrialLedger(tmp_path / "trials.json")
        trial = choose_draft(engine, ledger)
        assert trial is not None and trial.plain_tokens_per_s > 0 and trial.draft_tokens_per_s > 0
        assert (engine.draft is not None) is trial.worth_it
        assert ledger.get(speed_trial.trial_key(engine)) == trial
    finally:
        engine.close()


def test_a_ticked_box_of_earlier_versions_means_always_on(tmp_path: Path) -> None:
    from skingpt_desktop.ui.settings import SettingsStore

    store = SettingsStore(tmp_path)
    store.path.write_text(json.dumps({"use_draft": True}))
    assert store.load().speculative == "on"
    store.path.write_text(json.dumps({"use_draft": False}))
    assert store.load().speculative == "auto"
    store.path.write_text(json.dumps({"speculative": "sometimes"}))
    assert store.load().speculative == "auto"


@pytest.mark.gui
def test_settings_say_what_was_measured(qapp) -> None:
    from skingpt_desktop.ui.settings import AppSettings
    from skingpt_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(AppSettings())
    assert dialog.speculative.currentData() == "auto"
    assert "measures it once" in dialog.speculative_note.text()
    measured = SettingsDialog(AppSettings(speculative="off"), draft_trial=DraftTrial(8.0, 6.0))
    assert measured.result_settings().speculative == "off"
    note = measured.speculative_note.text()
    assert "6.0 words per second without it, 4.5 with it (0.75x)" in note and "it off." in note
