"""Camera capture through Qt Multimedia: device choice, live preview, one-shot capture.

Qt Multimedia is an optional part of PySide6 (the PySide6-Addons wheel) and needs the system's
audio/video libraries; when it cannot be loaded, or no camera is connected, the dialog explains
why and what to do instead rather than failing. A captured frame is encoded as PNG and goes
through the same safe decoding path as any imported photo.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from PySide6.QtCore import Qt, Signal
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

NO_MULTIMEDIA = (
    "The camera cannot be used: Qt Multimedia is not available on this computer ({reason}). "
    "You can still take the photo with a phone or another camera app and add it with "
    "Add photo, drag and drop, or Paste."
)
NO_CAMERA = (
    "No camera was found. Connect a camera (or allow camera access for this app in your "
    "system's privacy settings) and press Look again. You can also take the photo with a phone "
    "and add it with Add photo, drag and drop, or Paste."
)


def load_multimedia() -> tuple[ModuleType | None, ModuleType | None, str]:
    """(QtMultimedia, QtMultimediaWidgets, "") or (None, None, reason) when unavailable."""
    try:
        multimedia = importlib.import_module("PySide6.QtMultimedia")
        widgets = importlib.import_module("PySide6.QtMultimediaWidgets")
    except ImportError as exc:  # the Addons wheel or a system library is missing
        return None, None, str(exc) or type(exc).__name__
    return multimedia, widgets, ""


class CameraDialog(QDialog):
    """Live preview of a chosen camera; ``photo_captured`` carries PNG bytes of the shot."""

    photo_captured = Signal(bytes)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Take a photo")
        self.setAccessibleName("Camera")
        self._mm, self._mmw, self._reason = load_multimedia()
        self._camera = None
        self._session = None
        self._capture = None
        self._devices: list = []
        self._build()
        self.refresh_devices()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Camera status")
        self.message.setObjectName("cameraMessage")
        explain = QWidget()
        explain_layout = QVBoxLayout(explain)
        explain_layout.addWidget(QLabel("<h3>The camera cannot be used</h3>"))
        explain_layout.addWidget(self.message)
        explain_layout.addStretch(1)
        self.pages.addWidget(explain)
        self.pages.addWidget(self._build_live_page())
        layout.addWidget(self.pages, 1)

        buttons = QDialogButtonBox()
        self.retry_button = QPushButton("&Look again")
        self.retry_button.setAccessibleName("Look for cameras again")
        self.retry_button.clicked.connect(self.refresh_devices)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.capture_button = QPushButton("&Take photo")
        self.capture_button.setAccessibleName("Take photo")
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
        label = QLabel("&Camera:")
        self.device_combo = QComboBox()
        self.device_combo.setAccessibleName("Camera device")
        self.device_combo.currentIndexChanged.connect(self._start_device)
        label.setBuddy(self.device_combo)
        row.addWidget(label)
        row.addWidget(self.device_combo, 1)
        layout.addLayout(row)
        if self._mmw is not None:
            self.viewfinder = self._mmw.QVideoWidget()
            self.viewfinder.setAccessibleName("Live camera preview")
            self.viewfinder.setMinimumSize(320, 240)
            layout.addWidget(self.viewfinder, 1)
        else:
            self.viewfinder = None
        self.status = QLabel("Hold the camera 10-20 cm from the skin, in even light.")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        return page

    # --- devices ------------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        """True when a camera can be previewed right now."""
        return self.pages.currentIndex() == 1

    def refresh_devices(self) -> None:
        """Look for cameras; show the live page or the explanation."""
        self._stop()
        if self._mm is None:
            self._explain(NO_MULTIMEDIA.format(reason=self._reason), retry=False)
            return
        self._devices = list(self._mm.QMediaDevices.videoInputs())
        if not self._devices:
            self._explain(NO_CAMERA, retry=True)
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

    def _explain(self, text: str, retry: bool) -> None:
        self.message.setText(text)
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
            self.status.setText("The camera is not ready yet; try again in a moment.")
            return
        self._capture.capture()

    def _on_captured(self, _request_id: int, image) -> None:
        self.photo_captured.emit(qimage_to_png_bytes(image))
        self.accept()

    def _on_camera_error(self, _error, text: str) -> None:
        self.status.setText(f"The camera reported a problem: {text}. Choose another camera or "
                            "close other apps that use it.")

    def _on_capture_error(self, _request_id: int, _error, text: str) -> None:
        self.status.setText(f"The photo could not be taken: {text}")

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        self._stop()  # release the camera (its light goes off) however the dialog closes
        super().done(result)
