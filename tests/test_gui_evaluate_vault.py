"""Model > Evaluate a pack... keeping the results in the vault (the default): nothing written to
any folder until Save report..., the stored evaluations listed, shown again, continued and
deleted; a lock stops a run into the vault; the numbers and plots in the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from skingpt_desktop.ui import evaluate_dialog, file_dialogs
from skingpt_desktop.ui.evaluate_tasks import evaluation_texts
from tests.gui_helpers import PASSPHRASE, DirectContext
from tests.test_gui_evaluate import open_dialog


def finish(qtbot, dialog, button) -> dict:
    with qtbot.waitSignal(dialog.finished_run, timeout=120_000) as done:
        button.click()
    qtbot.waitUntil(lambda: dialog.task is None)
    return done.args[0]


def test_a_run_into_the_vault_writes_no_file_until_the_report_is_saved(
        qtbot, window, tiny_pack, tmp_path, monkeypatch, network_events) -> None:
    dialog = open_dialog(qtbot, window, tiny_pack, tmp_path, to_folder=False)
    assert not dialog.out.isEnabled()  # the folder is for the other choice
    results = finish(qtbot, dialog, dialog.start_button)
    assert results["packs"]["tiny-random"]["n_cases"] == 6
    assert not (tmp_path / "out").exists()
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["cases.csv", "photos"]
    qtbot.waitUntil(lambda: len(dialog.stored_list) == 1)
    stored = dialog.stored_list[0]
    assert stored.finished and stored.answers == 6 and stored.results == results
    assert "finished" in dialog.stored.currentText()
    assert dialog.plots_layout.count() == 2 and "Top-1 accuracy" in dialog.summary.text()
    assert dialog.save_button.isVisibleTo(dialog) and not dialog.open_button.isEnabled()
    export = tmp_path / "export"
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *_args: str(export))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    for name in ("results.json", "cases.csv", "report.html", "report.pdf"):
        assert (export / name).is_file(), name
    opened = []
    monkeypatch.setattr(file_dialogs, "open_local_file", lambda path: opened.append(path) or True)
    assert dialog.open_button.isEnabled() and dialog.open_report()
    assert opened == [str(export / "report.html")]
    assert network_events == []


def test_a_stored_evaluation_is_shown_again_continued_and_deleted(
        qtbot, window, tiny_pack, tmp_path, monkeypatch) -> None:
    dialog = open_dialog(qtbot, window, tiny_pack, tmp_path, to_folder=False)
    dialog.runs.setValue(3)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog._last_step is not None and dialog._last_step.done >= 1,
                    timeout=60_000)
    dialog.close_button.click()  # Stop
    qtbot.waitUntil(lambda: dialog.task is None and len(dialog.stored_list) == 1,
                    timeout=60_000)
    stopped = dialog.stored_list[0]
    assert not stopped.finished and 1 <= stopped.answers < 18
    dialog.runs.setValue(1)
    dialog.dataset.setText("")
    dialog.stored_show.click()  # a stopped one: its settings come back, for Resume
    assert dialog.runs.value() == 3 and dialog.dataset.text() == stopped.dataset
    assert dialog.resume_button.isEnabled()
    results = finish(qtbot, dialog, dialog.resume_button)
    assert results["runs"] == 3 and results["packs"]["tiny-random"]["n_cases"] == 6
    with window.services.vault_access() as vault:
        assert vault.get_evaluation(stopped.id).answers == 18  # nothing asked twice
    assert dialog._last_step.done == dialog._last_step.total == 18
    dialog._forget_shown()
    qtbot.waitUntil(lambda: dialog.stored_list and dialog.stored_list[0].finished)
    dialog.stored_show.click()  # a finished one: its summary and plots, drawn again
    qtbot.waitUntil(lambda: dialog.task is None and dialog.results is not None)
    assert dialog.results == results and dialog.plots_layout.count() == 2
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    dialog.stored_delete.click()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.stored_list == [])
    assert dialog.results is None and "deleted" in dialog.status.text()
    with window.services.vault_access() as vault:
        assert vault.list_evaluations() == []


def test_locking_stops_a_run_into_the_vault_and_keeps_its_answers(
        qtbot, window, tiny_pack, tmp_path) -> None:
    dialog = open_dialog(qtbot, window, tiny_pack, tmp_path, to_folder=False)
    dialog.runs.setValue(3)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog._last_step is not None and dialog._last_step.done >= 1,
                    timeout=60_000)
    assert window.check_idle(now=10**9) is False  # the idle lock waits for the run
    window.lock(lambda: "locked by the test")
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.isVisible() and dialog.stored_list == [] and dialog.results is None
    assert "press Resume" in dialog.status.text()  # stopped, not failed
    assert not window.services.unlocked
    window.services.unlock(DirectContext(), PASSPHRASE)
    with window.services.vault_access() as vault:
        kept = vault.list_evaluations()
    assert len(kept) == 1 and not kept[0].finished and 1 <= kept[0].answers < 18
    window.after_unlock()  # the dialog, left open, lists the vault's evaluations again
    qtbot.waitUntil(lambda: [e.id for e in dialog.stored_list] == [kept[0].id])
    assert dialog.resume_button.isEnabled()


@pytest.fixture
def french(qapp):
    from skingpt_desktop.ui import i18n

    i18n.install_language(qapp, "fr")
    yield
    i18n.install_language(qapp, "en")


def test_the_numbers_and_plots_follow_the_interface_language(french) -> None:
    texts = evaluation_texts()
    assert texts.language.startswith("fr") and texts.share(0.5) == "50,0"
    assert texts.top1 != "Top-1 accuracy" and texts.groups_x != "Fitzpatrick skin type"
    block = {"n_cases": 4, "top1": {"value": 0.25, "ci95": [0.046, 0.699], "n": 4},
             "top3": {"value": 0.5, "ci95": [0.15, 0.85], "n": 4}, "consistency": 0.875,
             "worst_group_top1": None}
    rows = dict(evaluate_dialog.pack_rows(block, texts))
    assert rows[texts.top1].startswith("25,0 %") and "4,6-69,9" in rows[texts.top1]
    assert rows[texts.consistency] == texts.percent.format(value="87,5")


def test_the_window_and_the_command_line_write_the_same_english_report() -> None:
    from skingpt_desktop.core.evaluate.outputs import ENGLISH
    from skingpt_desktop.ui.evaluate_tasks import REPORT_WORDS

    for field, text in REPORT_WORDS.items():
        assert getattr(ENGLISH, field) == text, field


def test_without_matplotlib_the_summary_says_why_there_are_no_plots(qtbot, services) -> None:
    from skingpt_desktop.ui.evaluate_dialog import EvaluateDialog
    from skingpt_desktop.ui.evaluate_tasks import EvaluationShown
    from skingpt_desktop.ui.tasks import TaskRunner

    dialog = EvaluateDialog(services, TaskRunner())
    qtbot.addWidget(dialog)
    block = {"n_cases": 1, "top1": {"value": 1.0, "ci95": [0.2, 1.0], "n": 1},
             "top3": {"value": 1.0, "ci95": [0.2, 1.0], "n": 1}, "consistency": None,
             "worst_group_top1": None}
    dialog._show_outcome(EvaluationShown({"packs": {"demo": block}}, {"demo": []},
                                         evaluation_id="0" * 32))
    shown = dialog.plots_layout.itemAt(0).widget()
    assert dialog.plots_layout.count() == 1 and "matplotlib" in shown.text()
    qtbot.waitUntil(lambda: dialog.listing is None)
