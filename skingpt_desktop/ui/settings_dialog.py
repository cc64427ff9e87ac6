"""The settings dialog: how the model runs, how answers are generated, when the vault locks."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skingpt_desktop.ui.settings import ANSWER_LANGUAGES, NUMERIC_BOUNDS, AppSettings

# Settings that only take effect when the model pack is loaded again.
RELOAD_FIELDS = ("threads", "gpu_layers", "n_ctx")


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``result_settings()`` after ``Accepted``."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self._original = settings
        layout = QVBoxLayout(self)
        layout.addWidget(self._model_box())
        layout.addWidget(self._answer_box())
        layout.addWidget(self._privacy_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self._load(AppSettings()))
        layout.addWidget(buttons)
        self._load(settings)

    def _spin(self, name: str, label: str, form: QFormLayout, special: str = "",
              suffix: str = "") -> QSpinBox:
        low, high = NUMERIC_BOUNDS[name]
        box = QSpinBox()
        box.setRange(int(low), int(high))
        box.setAccessibleName(label.replace("&", "").rstrip(":"))
        if special:
            box.setSpecialValueText(special)
        if suffix:
            box.setSuffix(suffix)
        form.addRow(label, box)
        return box

    def _double(self, name: str, label: str, form: QFormLayout, step: float) -> QDoubleSpinBox:
        low, high = NUMERIC_BOUNDS[name]
        box = QDoubleSpinBox()
        box.setRange(low, high)
        box.setSingleStep(step)
        box.setDecimals(2)
        box.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(label, box)
        return box

    def _model_box(self) -> QGroupBox:
        box = QGroupBox("Running the model (applied when the pack is loaded again)")
        form = QFormLayout(box)
        self.threads = self._spin("threads", "CPU &threads:", form, special="Automatic")
        self.gpu_layers = self._spin("gpu_layers", "&GPU layers:", form, special="None (CPU only)")
        self.n_ctx = self._spin("n_ctx", "&Context size:", form, suffix=" tokens")
        self.n_ctx.setSingleStep(256)
        return box

    def _answer_box(self) -> QGroupBox:
        box = QGroupBox("Answers")
        form = QFormLayout(box)
        self.temperature = self._double("temperature", "T&emperature:", form, 0.1)
        self.top_p = self._double("top_p", "&Top-p:", form, 0.05)
        self.max_new_tokens = self._spin("max_new_tokens", "&Maximum answer length:", form,
                                         suffix=" tokens")
        self.deterministic = QCheckBox("&Deterministic (same photo and question, same answer)")
        self.deterministic.setAccessibleName("Deterministic answers")
        form.addRow(self.deterministic)
        self.language = QComboBox()
        self.language.setAccessibleName("Answer language")
        for code, name in ANSWER_LANGUAGES.items():
            self.language.addItem(name, code)
        form.addRow("Answer &language:", self.language)
        note = QLabel("The model was trained in English; answers in other languages are less "
                      "reliable.")
        note.setWordWrap(True)
        form.addRow(note)
        return box

    def _privacy_box(self) -> QGroupBox:
        box = QGroupBox("Privacy")
        form = QFormLayout(box)
        self.auto_lock = self._spin("auto_lock_minutes", "&Lock the vault after:", form,
                                    special="Never", suffix=" min without use")
        return box

    def _load(self, s: AppSettings) -> None:
        self.threads.setValue(s.threads)
        self.gpu_layers.setValue(s.gpu_layers)
        self.n_ctx.setValue(s.n_ctx)
        self.temperature.setValue(s.temperature)
        self.top_p.setValue(s.top_p)
        self.max_new_tokens.setValue(s.max_new_tokens)
        self.deterministic.setChecked(s.deterministic)
        self.auto_lock.setValue(s.auto_lock_minutes)
        index = self.language.findData(s.answer_language)
        self.language.setCurrentIndex(max(index, 0))

    def result_settings(self) -> AppSettings:
        """The edited settings (app state such as the current pack is carried over)."""
        return dataclasses.replace(
            self._original,
            threads=self.threads.value(), gpu_layers=self.gpu_layers.value(),
            n_ctx=self.n_ctx.value(), temperature=round(self.temperature.value(), 2),
            top_p=round(self.top_p.value(), 2), max_new_tokens=self.max_new_tokens.value(),
            deterministic=self.deterministic.isChecked(),
            auto_lock_minutes=self.auto_lock.value(),
            answer_language=self.language.currentData())

    def needs_reload(self) -> bool:
        """True if a change only takes effect after loading the pack again."""
        new = self.result_settings()
        return any(getattr(new, f) != getattr(self._original, f) for f in RELOAD_FIELDS)
