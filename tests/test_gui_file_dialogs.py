"""Choosing files leaves no record of the patient's folder in Qt's plain-text settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from skingpt_desktop.ui.file_dialogs import choose_folder, choose_open_files

pytestmark = pytest.mark.gui


def _settings_in(folder: Path) -> Path:
    """Send Qt's user settings (QtProject.conf among them) to ``folder``."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    return folder


def _saved_text(folder: Path) -> str:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return "".join(p.read_text(errors="replace") for p in folder.rglob("*") if p.is_file())


def _browse_then_close(folder: Path, result: QDialog.DialogCode) -> None:
    """Act as the user: go to ``folder`` in the open file dialog, then close it."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog)
    dialog.setDirectory(str(folder))
    dialog.done(result.value)


@pytest.fixture
def patient_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Patients" / "JaneDoe_rash"  # no spaces: Qt saves URLs (%20)
    folder.mkdir(parents=True)
    return folder


def test_a_plain_qt_dialog_would_record_the_folder(qtbot, tmp_path, patient_folder) -> None:
    """The leak this module prevents is real (and this check can see it)."""
    settings = _settings_in(tmp_path / "config-plain")
    dialog = QFileDialog(None, "Add photos", str(patient_folder))
    dialog.deleteLater()
    assert "JaneDoe_rash" in _saved_text(settings)


@pytest.mark.parametrize("result", [QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])
def test_our_dialogs_leave_no_trace_of_the_folder(qtbot, tmp_path, patient_folder,
                                                 result) -> None:
    settings = _settings_in(tmp_path / f"config-{result.name}")
    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(100, lambda: _browse_then_close(patient_folder, result))
    choose_open_files(parent, "Add photos", "Photos (*.jpg)")
    QTimer.singleShot(100, lambda: _browse_then_close(patient_folder, result))
    choose_folder(parent, "Choose the model pack folder")
    saved = _saved_text(settings)
    assert "lastVisited" in saved  # Qt did save its state, only without the folder
    assert "JaneDoe" not in saved and "Patients" not in saved
