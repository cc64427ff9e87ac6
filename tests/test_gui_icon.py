"""The app icon: every window gets it, drawn for the small and the large sizes desktops ask for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from skingpt_desktop.ui.app import app_icon, application

pytestmark = pytest.mark.gui


@pytest.fixture
def app(qapp):
    """``application()`` on the test QApplication; its icon and style are put back after."""
    icon, style = qapp.windowIcon(), qapp.styleSheet()
    yield application()
    qapp.setWindowIcon(icon)
    qapp.setStyleSheet(style)


def test_the_application_and_its_windows_carry_the_app_icon_at_16_and_256_px(qtbot, app) -> None:
    icon = app.windowIcon()
    assert not icon.isNull()
    sizes = icon.availableSizes()
    assert QSize(16, 16) in sizes and QSize(256, 256) in sizes
    assert icon.pixmap(QSize(16, 16)).size() == QSize(16, 16)  # a real image, not a stub
    widget = QWidget()
    qtbot.addWidget(widget)
    assert not widget.windowIcon().isNull()


def test_the_icon_is_null_rather_than_an_error_when_the_files_are_missing(
        monkeypatch, tmp_path) -> None:
    monkeypatch.setattr("skingpt_desktop.ui.app.resources_dir", lambda: tmp_path)
    assert app_icon().isNull()
