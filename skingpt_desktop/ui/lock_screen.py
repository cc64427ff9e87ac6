"""The locked state: nothing of the vault on screen, only a passphrase field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class LockScreen(QWidget):
    """Asks for the passphrase (or the recovery key); emits ``unlock_requested``."""

    unlock_requested = Signal(str, bool)  # secret, is the recovery key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setObjectName("lockBox")
        box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Wide enough for the explanation at any font size (no clipped, squeezed text).
        box.setMinimumWidth(box.fontMetrics().averageCharWidth() * 56)
        box.setMaximumWidth(box.fontMetrics().averageCharWidth() * 80)
        layout = QVBoxLayout(box)
        title = QLabel("<h2>The vault is locked</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        info = QLabel("Patients, photos and conversations are encrypted. Enter your passphrase "
                      "to open them.")
        info.setWordWrap(True)
        info.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(info)
        form = QFormLayout()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName("Passphrase")
        self.secret.returnPressed.connect(self._submit)
        self.secret_label = QLabel("&Passphrase:")
        self.secret_label.setBuddy(self.secret)
        form.addRow(self.secret_label, self.secret)
        layout.addLayout(form)
        self.use_recovery = QCheckBox("Use the &recovery key instead")
        self.use_recovery.toggled.connect(self._toggle_recovery)
        layout.addWidget(self.use_recovery)
        self.unlock_button = QPushButton("&Unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName("Unlock the vault")
        self.unlock_button.clicked.connect(self._submit)
        layout.addWidget(self.unlock_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Unlock status")
        self.message.setObjectName("lockMessage")
        layout.addWidget(self.message)
        # Centred by stretches, not an alignment flag: an aligned widget gets only its size
        # hint, and its word-wrapped labels would be cut off.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 0)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _toggle_recovery(self, on: bool) -> None:
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.secret_label.setText("&Recovery key:" if on else "&Passphrase:")
        self.secret.setAccessibleName("Recovery key" if on else "Passphrase")
        self.secret.clear()

    def _submit(self) -> None:
        secret = self.secret.text()
        if not secret:
            return
        self.set_busy(True)
        self.message.setText("Unlocking… (deriving the key takes a moment on purpose)")
        self.unlock_requested.emit(secret, self.use_recovery.isChecked())

    def set_busy(self, busy: bool) -> None:
        self.secret.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)

    def failed(self, message: str) -> None:
        """Unlocking failed: say why, let the user try again."""
        self.set_busy(False)
        self.secret.selectAll()
        self.secret.setFocus()
        self.message.setText(message)

    def reset(self, message: str = "") -> None:
        """Shown afresh (just locked)."""
        self.set_busy(False)
        self.secret.clear()
        self.message.setText(message)
        self.secret.setFocus()

