"""Camera capture through Qt Multimedia: device choice, live preview, one-shot capture.

Qt Multimedia is an optional part of PySide6 (the PySide6-Addons wheel) and needs the system's
audio/video libraries; when it cannot be loaded, or no camera is connected, the dialog explains
why and what to do instead rather than failing. A captured frame is encoded as PNG and goes
through the same safe decoding path as any imported photo.

Texts follow the interface language (``retranslate_ui``); the camera's own error texts (from
Qt Multimedia or the system) are quoted as they come.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from skingpt_desktop.ui.qimages import qimage_to_png_bytes
from skingpt_desktop.ui.retranslate import Retranslating
from skingpt_desktop.ui.tasks import Text, shown

# Source texts (context "CameraDialog"); shown translated.
NO_MULTIMEDIA = QT_TRANSLATE_NOOP(
    "CameraDialog",
    "The camera cannot be used: Qt Multimedia is not available on this computer ({reason}). "
    "You can still take the photo with a phone or another camera app and add it with "
    "Add photo, drag and drop, or Paste.")
NO_CAMERA = QT_TRANSLATE_NOOP(
    "CameraDialog",
    "No camera was found. Connect a camera (or allow camera access for this app in your "
    "system's privacy settings) and press Look again. You can also take the photo with a phone "
    "and add it with Add photo, drag and drop, or Paste.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CameraDialog", text)


def load_multimedia() -> tuple[ModuleType | None, ModuleType | None, str]:
    """(QtMultimedia, QtMultimediaWidgets, "") or (None, None, reason) when unavailable."""
    try:
        multimedia = importlib.import_module("PySide6.QtMultimedia")
        widgets = importlib.import_module("PySide6.QtMultimediaWidgets")
    except ImportError as exc:  # the Addons wheel or a system library is missing
        return None, None, str(exc) or type(exc).__name__
    return multimedia, widgets, ""


class CameraDialog(Retranslating, QDialog):
    """Live preview of a chosen camera; ``photo_captured`` carries PNG bytes of the shot."""

    photo_captured = Signal(bytes)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mm, self._mmw, self._reason = load_multimedia()
        self._message: Text = ""
        self._status: Text = ""
        self._camera = None
        self._session = None
        self._capture = None
        self._devices: list = []
        self._build()
        self.retranslate_ui()
        self.refresh_devices()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("cameraMessage")
        explain = QWidget()
        explain_layout = QVBoxLayout(explain)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        explain_layout.addWidget(self.heading)
        explain_layout.addWidget(self.message)
        explain_layout.addStretch(1)
        self.pages.addWidget(explain)
        self.pages.addWidget(self._build_live_page())
        layout.addWidget(self.pages, 1)

        buttons = QDialogButtonBox()
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self.refresh_devices)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.capture_button = QPushButton()
        self.capture_button.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.capture_button.clicked.connect(self.capture)
        buttons.addButton(self.capture_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def _build_live_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.device_label = QLabel()
        self.device_combo = QComboBox()
        self.device_combo.currentIndexChanged.connect(self._start_device)
        self.device_label.setBuddy(self.device_combo)
        row.addWidget(self.device_label)
        row.addWidget(self.device_combo, 1)
        layout.addLayout(row)
        if self._mmw is not None:
            self.viewfinder = self._mmw.QVideoWidget()
            self.viewfinder.setMinimumSize(320, 240)
            layout.addWidget(self.viewfinder, 1)
        else:
            self.viewfinder = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._status = lambda: self.tr("Hold the camera 10-20 cm from the skin, in even light.")
        layout.addWidget(self.status)
        return page

    # --- texts ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """The dialog's texts in the current language (the messages too)."""
        self.setWindowTitle(self.tr("Take a photo"))
        self.setAccessibleName(self.tr("Camera"))
        self.heading.setText("<h3>" + self.tr("The camera cannot be used") + "</h3>")
        self.message.setAccessibleName(self.tr("Camera status"))
        self.message.setText(shown(self._message))
        self.retry_button.setText(self.tr("&Look again"))
        self.retry_button.setAccessibleName(self.tr("Look for cameras again"))
        self.capture_button.setText(self.tr("&Take photo"))
        self.capture_button.setAccessibleName(self.tr("Take photo"))
        self.device_label.setText(self.tr("&Camera:"))
        self.device_combo.setAccessibleName(self.tr("Camera device"))
        if self.viewfinder is not None:
            self.viewfinder.setAccessibleName(self.tr("Live camera preview"))
        self.status.setText(shown(self._status))

    def _say(self, text: Text) -> None:
        """The line under the preview (a function: follows the language)."""
        self._status = text
        self.status.setText(shown(text))

    # --- devices ------------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        """True when a camera can be previewed right now."""
        return self.pages.currentIndex() == 1

    def refresh_devices(self) -> None:
        """Look for cameras; show the live page or the explanation."""
        self._stop()
        if self._mm is None:
            reason = self._reason
            self._explain(lambda: _tr(NO_MULTIMEDIA).format(reason=reason), retry=False)
            return
        self._devices = list(self._mm.QMediaDevices.videoInputs())
        if not self._devices:
            self._explain(lambda: _tr(NO_CAMERA), retry=True)
            return
        self.device_combo.blockSignals(True)
        self.device_combo.clear()
        for device in self._devices:
            self.device_combo.addItem(device.description())
        default = self._mm.QMediaDevices.defaultVideoInput()
        ids = [d.id() for d in self._devices]
        self.device_combo.setCurrentIndex(ids.index(default.id()) if default.id() in ids else 0)
        self.device_combo.blockSignals(False)
        self.pages.setCurrentIndex(1)
        self.retry_button.setVisible(False)
        self.capture_button.setEnabled(True)
        self._start_device(self.device_combo.currentIndex())

    def _explain(self, text: Text, retry: bool) -> None:
        self._message = text
        self.message.setText(shown(text))
        self.pages.setCurrentIndex(0)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())
        self.retry_button.setVisible(retry)
        self.capture_button.setEnabled(False)

    def _start_device(self, index: int) -> None:
        if self._mm is None or not 0 <= index < len(self._devices):
            return
        self._stop()
        mm = self._mm
        self._camera = mm.QCamera(self._devices[index])
        self._camera.errorOccurred.connect(self._on_camera_error)
        self._session = mm.QMediaCaptureSession()
        self._session.setCamera(self._camera)
        self._capture = mm.QImageCapture()
        self._capture.imageCaptured.connect(self._on_captured)
        self._capture.errorOccurred.connect(self._on_capture_error)
        self._session.setImageCapture(self._capture)
        if self.viewfinder is not None:
            self._session.setVideoOutput(self.viewfinder)
        self._camera.start()

    def _stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
        self._camera = self._session = self._capture = None

    # --- capture ------------------------------------------------------------------------------

    def capture(self) -> None:
        """Take one photo from the live camera."""
        if self._capture is None or not self._capture.isReadyForCapture():
            self._say(lambda: self.tr("The camera is not ready yet; try again in a moment."))
            return
        self._capture.capture()

    def _on_captured(self, _request_id: int, image) -> None:
        self.photo_captured.emit(qimage_to_png_bytes(image))
        self.accept()

    def _on_camera_error(self, _error, text: str) -> None:
        self._say(lambda: self.tr("The camera reported a problem: {error}. Choose another camera "
                                  "or close other apps that use it.").format(error=text))

    def _on_capture_error(self, _request_id: int, _error, text: str) -> None:
        self._say(lambda: self.tr("The photo could not be taken: {error}").format(error=text))

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        self._stop()  # release the camera (its light goes off) however the dialog closes
        super().done(result)
