"""Model > Evaluate a pack...: the window runs the command line's evaluation on the task helper,
with progress, Stop and Resume, then shows the summary and plots and opens the report."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from skingpt_desktop.ui import file_dialogs
from skingpt_desktop.ui.evaluate_dialog import EvaluateDialog
from tests.gui_helpers import load_pack
from tests.test_cli_evaluate import dataset


def open_dialog(qtbot, win, tiny_pack: Path, tmp_path: Path,
                to_folder: bool = True) -> EvaluateDialog:
    load_pack(qtbot, win, tiny_pack)
    win.evaluate_action.trigger()
    dialog = win.evaluate_dialog
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.listing is None)  # the installed packs are looked for first
    dialog.dataset.setText(str(dataset(tmp_path / "data")))
    assert dialog.keep_in_vault.isChecked()  # the results stay encrypted unless asked
    dialog.keep_in_folder.setChecked(to_folder)
    dialog.out.setText(str(tmp_path / "out"))
    assert dialog.chosen_packs() == [tiny_pack]  # the loaded pack is ticked
    return dialog


def answers(out: Path) -> list[tuple[str, int]]:
    lines = (out / "runs" / "tiny-random.jsonl").read_text().splitlines()
    return [(r["case"], r["run"]) for r in map(json.loads, lines)]


def test_a_run_shows_progress_the_summary_and_plots_and_opens_the_report(
        qtbot, window, tiny_pack, tmp_path, monkeypatch, network_events) -> None:
    dialog = open_dialog(qtbot, window, tiny_pack, tmp_path)
    dialog.runs.setValue(2)
    steps = []
    original = dialog._show_progress
    monkeypatch.setattr(dialog, "_show_progress", lambda step: (steps.append(step),
                                                                original(step)))
    with qtbot.waitSignal(dialog.finished_run, timeout=120_000) as done:
        dialog.start_button.click()
        assert dialog.task is not None and not dialog.dataset.isEnabled()
    qtbot.waitUntil(lambda: dialog.task is None)
    results = done.args[0]
    assert results["packs"]["tiny-random"]["n_cases"] == 6
    assert steps and steps[-1].done == steps[-1].total == 12  # 6 photos x 2 runs
    out = tmp_path / "out"
    for name in ("results.json", "cases.csv", "report.html", "report.pdf"):
        assert (out / name).is_file(), name
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF")
    summary = dialog.summary.text()
    for text in ("tiny-random", "Top-1 accuracy", "Top-3 accuracy", "95 % CI",
                 "Consistency across runs", "Worst skin-type group"):
        assert text in summary
    assert dialog.plots_layout.count() == 2  # confusion matrix and accuracy by skin type
    assert not dialog.plots_layout.itemAt(0).widget().pixmap().isNull()
    assert dialog.open_button.isEnabled()
    opened = []
    monkeypatch.setattr(file_dialogs, "open_local_file", lambda path: opened.append(path) or True)
    assert dialog.open_report()
    assert opened == [str(out / "report.html")]
    assert network_events == []


def test_stop_keeps_the_answers_and_resume_asks_only_the_rest(
        qtbot, window, tiny_pack, tmp_path) -> None:
    dialog = open_dialog(qtbot, window, tiny_pack, tmp_path)
    dialog.runs.setValue(3)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog._last_step is not None and dialog._last_step.done >= 1,
                    timeout=60_000)
    assert dialog.close_button.text() == "S&top"
    dialog.close_button.click()  # Stop while it runs: the dialog stays open
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.isVisible() and dialog.results is None
    assert "Resume" in dialog.status.text()
    out = tmp_path / "out"
    asked = answers(out)
    assert 1 <= len(asked) < 18 and not (out / "results.json").exists()
    dialog.start_button.click()  # Start again would mix two runs in one folder: refused
    assert dialog.task is None and "Resume" in dialog.status.text()
    assert dialog.resume_button.isEnabled()
    with qtbot.waitSignal(dialog.finished_run, timeout=120_000):
        dialog.resume_button.click()
    qtbot.waitUntil(lambda: dialog.task is None)
    after = answers(out)
    assert after[:len(asked)] == asked and len(after) == len(set(after)) == 18
    assert dialog.results_area.isVisibleTo(dialog)


def test_a_dataset_without_usable_cases_is_one_sentence(qtbot, window, tiny_pack,
                                                        tmp_path) -> None:
    dialog = open_dialog(qtbot, window, tiny_pack, tmp_path)
    empty = tmp_path / "empty.csv"
    empty.write_text("image,label\nnone.jpg,dermatitis\n", encoding="utf-8")
    dialog.dataset.setText(str(empty))
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.status.text().startswith("The evaluation stopped: ")
    assert "no usable case" in dialog.status.text() and dialog.results is None


def test_nothing_ticked_nothing_to_start(qtbot, window, tiny_pack, tmp_path) -> None:
    dialog = open_dialog(qtbot, window, tiny_pack, tmp_path)
    dialog.packs.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.start_button.isEnabled() and not dialog.resume_button.isEnabled()


def test_durations_read_in_minutes_and_hours(qtbot, services) -> None:
    from skingpt_desktop.ui.tasks import TaskRunner

    dialog = EvaluateDialog(services, TaskRunner())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.listing is None)
    assert dialog.duration_text(20) == "1 min"
    assert dialog.duration_text(600) == "10 min"
    assert dialog.duration_text(2 * 3600 + 5 * 60) == "2 h 5 min"


def test_a_pack_whose_license_was_not_accepted_is_refused(qtbot, window, tiny_pack, tmp_path,
                                                          monkeypatch) -> None:
    import dataclasses

    from skingpt_desktop.core.packs.pack import ModelPack

    dialog = open_dialog(qtbot, window, tiny_pack, tmp_path)
    opened = window.services.open_pack

    def needs_acceptance(ctx, folder) -> ModelPack:
        pack = opened(ctx, folder)
        card = dataclasses.replace(pack.card, license_acceptance_required=True)
        return ModelPack(pack.root, dataclasses.replace(pack.manifest, card=card))

    monkeypatch.setattr(window.services, "open_pack", needs_acceptance)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert "needs its license accepted first" in dialog.status.text()
    assert not (tmp_path / "out" / "runs").exists()


def test_the_menu_brings_the_open_dialog_forward(qtbot, window) -> None:
    window.evaluate_action.trigger()
    first = window.evaluate_dialog
    qtbot.waitUntil(lambda: first.listing is None)
    window.evaluate_action.trigger()
    assert window.evaluate_dialog is first and first.isVisible()
    first.reject()
    window.evaluate_action.trigger()
    assert window.evaluate_dialog is not first
    qtbot.waitUntil(lambda: window.evaluate_dialog.listing is None)
