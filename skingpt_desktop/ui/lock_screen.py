"""The locked state: nothing of the vault on screen, only a passphrase field.

Its texts follow the interface language (``retranslate_ui``), the message under the field too
when it was given as a function (the main window's "Locked after 10 min without use.").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
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

from skingpt_desktop.core.storage.keyring import WrongPassphraseError
from skingpt_desktop.ui.retranslate import Retranslating
from skingpt_desktop.ui.tasks import Text, error_text, shown, without_paths


def caps_lock_from_key(text: str, shift: bool) -> bool | None:
    """Whether Caps Lock is on, judged from one typed letter and the Shift key (Qt has no
    portable way to ask): an upper-case letter without Shift, or a lower-case one with it,
    means on. None for keys that tell nothing (digits, symbols, letters without case)."""
    if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
        return None
    return text.isupper() != shift


class LockScreen(Retranslating, QWidget):
    """Asks for the passphrase (or the recovery key); emits ``unlock_requested``."""

    unlock_requested = Signal(str, bool)  # secret, is the recovery key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._message: Text = ""
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setObjectName("lockBox")
        box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Wide enough for the explanation at any font size (no clipped, squeezed text).
        box.setMinimumWidth(box.fontMetrics().averageCharWidth() * 56)
        box.setMaximumWidth(box.fontMetrics().averageCharWidth() * 80)
        layout = QVBoxLayout(box)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.info)
        form = QFormLayout()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.returnPressed.connect(self._submit)
        self.secret.installEventFilter(self)  # watches typed letters for Caps Lock
        self.secret_label = QLabel()
        self.secret_label.setBuddy(self.secret)
        form.addRow(self.secret_label, self.secret)
        layout.addLayout(form)
        self.caps_hint = QLabel()
        self.caps_hint.setObjectName("capsLockHint")
        self.caps_hint.setVisible(False)
        layout.addWidget(self.caps_hint)
        self.use_recovery = QCheckBox()
        self.use_recovery.toggled.connect(self._toggle_recovery)
        layout.addWidget(self.use_recovery)
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        layout.addWidget(self.unlock_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
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
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The texts in the current language (the message too, when it is a function)."""
        self.title.setText("<h2>" + self.tr("The vault is locked") + "</h2>")
        self.info.setText(self.tr("Patients, photos and conversations are encrypted. Enter your "
                                  "passphrase to open them."))
        self._secret_texts(self.use_recovery.isChecked())
        self.use_recovery.setText(self.tr("Use the &recovery key instead"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock the vault"))
        self.message.setAccessibleName(self.tr("Unlock status"))
        self.caps_hint.setText(self.tr("Caps Lock is on."))
        self.message.setText(shown(self._message))

    def _secret_texts(self, recovery: bool) -> None:
        self.secret_label.setText(self.tr("&Recovery key:") if recovery else
                                  self.tr("&Passphrase:"))
        self.secret.setAccessibleName(self.tr("Recovery key") if recovery else
                                      self.tr("Passphrase"))

    def _say(self, message: Text) -> None:
        self._message = message
        self.message.setText(shown(message))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.secret and event.type() == QEvent.Type.KeyPress:
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            caps = caps_lock_from_key(event.text(), shift)
            if caps is not None:
                self.caps_hint.setVisible(caps)
        return False

    def _toggle_recovery(self, on: bool) -> None:
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self._secret_texts(on)
        self.secret.clear()
        self._say("")  # a message about the passphrase says nothing about the recovery key

    def _submit(self) -> None:
        secret = self.secret.text()
        if not secret:
            return
        self.set_busy(True)
        self._say(lambda: self.tr("Unlocking… (deriving the key takes a moment on purpose)"))
        self.unlock_requested.emit(secret, self.use_recovery.isChecked())

    def set_busy(self, busy: bool) -> None:
        self.secret.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)

    def failed(self, exc: BaseException) -> None:
        """Unlocking failed: say why in a sentence a person reads (no file paths), clear the
        field and let the user try again."""
        self.set_busy(False)
        self.secret.clear()
        self.secret.setFocus()
        self._say(self._failure_text(exc, self.use_recovery.isChecked()))

    def _failure_text(self, exc: BaseException, recovery: bool) -> Text:
        if isinstance(exc, WrongPassphraseError) and recovery:
            return lambda: self.tr("That recovery key does not open this vault. Compare it with "
                                   "the saved or printed copy and try again. Nothing was "
                                   "changed.")
        if isinstance(exc, WrongPassphraseError):
            return lambda: self.tr("That passphrase does not open this vault. Check the spelling "
                                   "and whether Caps Lock is on, then try again. Nothing was "
                                   "changed.")
        reason = without_paths(error_text(exc, "{type}"))
        return lambda: self.tr("The vault could not be opened: {reason}").format(reason=reason)

    def reset(self, message: Text = "") -> None:
        """Shown afresh (just locked); ``message`` may be a function (follows the language)."""
        self.set_busy(False)
        self.secret.clear()
        self.caps_hint.setVisible(False)
        self._say(message)
        self.secret.setFocus()

