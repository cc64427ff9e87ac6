"""The settings dialog: the languages, the theme, how the model runs, how answers are generated,
when the vault locks."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QApplication,
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

from skingpt_desktop.core.i18n import LANGUAGES
from skingpt_desktop.core.llm.speed_trial import DraftTrial
from skingpt_desktop.core.packs.speed import WORDS_PER_TOKEN
from skingpt_desktop.ui.i18n import current_language, install_language
from skingpt_desktop.ui.retranslate import Retranslating
from skingpt_desktop.ui.settings import (
    ANSWER_LANGUAGE_NATIVE_NAMES,
    ANSWER_LANGUAGES,
    NUMERIC_BOUNDS,
    SPECULATIVE_CHOICES,
    THEME_CHOICES,
    VISION_BACKEND_CHOICES,
    AppSettings,
)
from skingpt_desktop.ui.theme import apply_theme_choice

# Settings that only take effect when the model pack is loaded again.
RELOAD_FIELDS = ("threads", "gpu_layers", "n_ctx", "vision_backend", "speculative")


class BoundedSpinBox(QSpinBox):
    """A spin box that takes a number typed above its maximum as the maximum and says so at
    once (``corrected``), instead of silently refusing the keystroke: typing 99999 where 2048
    is the most used to leave 999 in the field. (More digits never make a number smaller, so
    clamping while typing cannot get in the way of a valid entry.)"""

    corrected = Signal(int)  # the maximum that was set

    def validate(self, text: str, pos: int) -> object:  # noqa: D102 - Qt API
        digits = text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        if digits.isdigit() and int(digits) > self.maximum():
            clamped = f"{self.prefix()}{self.maximum()}{self.suffix()}"
            self.corrected.emit(self.maximum())
            return QValidator.State.Acceptable, clamped, min(pos, len(clamped))
        return super().validate(text, pos)


class SettingsDialog(Retranslating, QDialog):
    """Edits a copy of the settings; ``result_settings()`` after ``Accepted``.

    Accepting a new interface language installs it at once (every window re-translates itself
    and keeps what it shows); the caller saves the settings. Restore Defaults resets how the
    model runs and answers and the auto-lock, not the languages.
    """

    def __init__(self, settings: AppSettings, parent: QWidget | None = None,
                 draft_trial: DraftTrial | None = None) -> None:
        super().__init__(parent)
        self._original = settings
        self._draft_trial = draft_trial  # the loaded pack's trial, shown beside the choice
        self._language_at_open = current_language()
        self._interface_shown = settings.language or self._language_at_open
        self._labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        self.language_box = self._language_box()
        self.look_box = self._look_box()
        self.model_box = self._model_box()
        self.answer_box = self._answer_box()
        self.privacy_box = self._privacy_box()
        for box in (self.language_box, self.look_box, self.model_box, self.answer_box,
                    self.privacy_box):
            layout.addWidget(box)
        self.notice = QLabel()  # a value typed out of range and what was set instead
        self.notice.setWordWrap(True)
        self.notice.setObjectName("warningText")
        self.notice.hide()
        layout.addWidget(self.notice)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults)
        layout.addWidget(self.buttons)
        self._load(settings)
        self.interface_language.currentIndexChanged.connect(self._interface_language_picked)
        self.retranslate_ui()

    # --- building ---------------------------------------------------------------------------

    def _row(self, key: str, form: QFormLayout, field: QWidget) -> None:
        """A form row whose label (translated in ``retranslate_ui``) is the field's buddy."""
        label = QLabel()
        label.setBuddy(field)
        self._labels[key] = label
        form.addRow(label, field)

    def _spin(self, name: str, form: QFormLayout) -> QSpinBox:
        low, high = NUMERIC_BOUNDS[name]
        box = BoundedSpinBox()
        box.setRange(int(low), int(high))
        box.corrected.connect(lambda _kept: self._say_corrected(name))
        self._row(name, form, box)
        return box

    def _say_corrected(self, name: str) -> None:
        low, high = NUMERIC_BOUNDS[name]
        self.notice.setText(self.tr("A number from {low} to {high} fits here; the largest, "
                                    "{high}, is set.").format(low=int(low), high=int(high)))
        self.notice.show()

    def _double(self, name: str, form: QFormLayout, step: float) -> QDoubleSpinBox:
        low, high = NUMERIC_BOUNDS[name]
        box = QDoubleSpinBox()
        box.setRange(low, high)
        box.setSingleStep(step)
        box.setDecimals(2)
        self._row(name, form, box)
        return box

    def _language_box(self) -> QGroupBox:
        box = QGroupBox()
        column = QVBoxLayout(box)
        form = QFormLayout()
        column.addLayout(form)
        self.interface_language = QComboBox()
        for language in LANGUAGES:  # each in its own script: readable whatever is shown now
            self.interface_language.addItem(language.native_name, language.code)
        self._row("interface_language", form, self.interface_language)
        self.language = QComboBox()  # the answer language
        for code in ANSWER_LANGUAGES:
            self.language.addItem(ANSWER_LANGUAGE_NATIVE_NAMES[code], code)
        self._row("answer_language", form, self.language)
        # Below the form, not in it: a form row does not grow with a wrapped label's height.
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        column.addWidget(self.language_note)
        return box

    def _look_box(self) -> QGroupBox:
        box = QGroupBox()
        form = QFormLayout(box)
        self.theme = QComboBox()
        for choice in THEME_CHOICES:
            self.theme.addItem("", choice)  # texts: retranslate_ui
        self._row("theme", form, self.theme)
        return box

    def _model_box(self) -> QGroupBox:
        box = QGroupBox()
        form = QFormLayout(box)
        self.threads = self._spin("threads", form)
        self.gpu_layers = self._spin("gpu_layers", form)
        self.n_ctx = self._spin("n_ctx", form)
        self.n_ctx.setSingleStep(256)
        self.vision_backend = QComboBox()
        for choice in VISION_BACKEND_CHOICES:
            self.vision_backend.addItem("", choice)  # texts: retranslate_ui
        self._row("vision_backend", form, self.vision_backend)
        self.speculative = QComboBox()
        for choice in SPECULATIVE_CHOICES:
            self.speculative.addItem("", choice)  # texts: retranslate_ui
        self._row("speculative", form, self.speculative)
        self.speculative_note = QLabel()
        self.speculative_note.setObjectName("speculativeNote")
        self.speculative_note.setWordWrap(True)
        form.addRow(self.speculative_note)
        return box

    def _answer_box(self) -> QGroupBox:
        box = QGroupBox()
        form = QFormLayout(box)
        self.temperature = self._double("temperature", form, 0.1)
        self.top_p = self._double("top_p", form, 0.05)
        self.max_new_tokens = self._spin("max_new_tokens", form)
        self.deterministic = QCheckBox()
        form.addRow(self.deterministic)
        return box

    def _privacy_box(self) -> QGroupBox:
        box = QGroupBox()
        form = QFormLayout(box)
        self.auto_lock = self._spin("auto_lock_minutes", form)
        return box

    # --- texts --------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Every text of the dialog in the current language (values are kept)."""
        self.setWindowTitle(self.tr("Settings"))
        self.language_box.setTitle(self.tr("Language"))
        self.look_box.setTitle(self.tr("Appearance"))
        themes = {"system": self.tr("Follow the system"), "light": self.tr("Light"),
                  "dark": self.tr("Dark"), "contrast": self.tr("High contrast")}
        for index in range(self.theme.count()):
            self.theme.setItemText(index, themes[self.theme.itemData(index)])
        self.theme.setAccessibleName(self.tr("Theme"))
        self.model_box.setTitle(self.tr("Running the model (applied when the pack is loaded "
                                        "again)"))
        self.answer_box.setTitle(self.tr("Answers"))
        self.privacy_box.setTitle(self.tr("Privacy"))
        labels = {
            "interface_language": self.tr("&Interface language:"),
            "answer_language": self.tr("Answer &language:"),
            "theme": self.tr("T&heme:"),
            "threads": self.tr("CPU &threads:"),
            "gpu_layers": self.tr("&GPU layers:"),
            "n_ctx": self.tr("&Context size:"),
            "vision_backend": self.tr("&Vision model runs on:"),
            "speculative": self.tr("&Speculative decoding:"),
            "temperature": self.tr("T&emperature:"),
            "top_p": self.tr("Top-&p:"),
            "max_new_tokens": self.tr("&Maximum answer length:"),
            "auto_lock_minutes": self.tr("Loc&k the vault after:"),
        }
        for key, text in labels.items():
            self._labels[key].setText(text)
        for form in self.findChildren(QFormLayout):  # long labels go above their field
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.interface_language.setAccessibleName(self.tr("Interface language"))
        self.language.setAccessibleName(self.tr("Answer language"))
        self.threads.setAccessibleName(self.tr("CPU threads"))
        self.gpu_layers.setAccessibleName(self.tr("GPU layers"))
        self.n_ctx.setAccessibleName(self.tr("Context size"))
        backends = {"auto": self.tr("Automatic (ggml if it works here, else numpy)"),
                    "ggml": self.tr("ggml (least memory; on the GPU with GPU layers; on a CPU it "
                                    "can be slower than numpy)"),
                    "numpy": self.tr("numpy (the exact reference; most memory)")}
        for index in range(self.vision_backend.count()):
            self.vision_backend.setItemText(index, backends[self.vision_backend.itemData(index)])
        self.vision_backend.setAccessibleName(self.tr("Vision model runs on"))
        modes = {"auto": self.tr("Automatic: only if it measures faster on this computer"),
                 "on": self.tr("Always on"), "off": self.tr("Off")}
        for index in range(self.speculative.count()):
            self.speculative.setItemText(index, modes[self.speculative.itemData(index)])
        self.speculative_note.setText(self._speculative_note())
        self.speculative.setToolTip(self.tr("The pack's draft model, or words already in the "
                                          "conversation, propose the next words and the model "
                                          "checks them; the answers stay the model's own. It "
                                          "pays only where checking several words costs about "
                                          "as much as writing one (a GPU, fast memory): on the "
                                          "2-core test machine answers came at 0.52-0.97x the "
                                          "speed without it."))
        self.speculative.setAccessibleName(self.tr("Speculative decoding"))
        self.temperature.setAccessibleName(self.tr("Temperature"))
        self.top_p.setAccessibleName(self.tr("Top-p"))
        self.max_new_tokens.setAccessibleName(self.tr("Maximum answer length"))
        self.auto_lock.setAccessibleName(self.tr("Lock the vault after"))
        self.language_note.setText(self.tr(
            "The model was trained in English: answers in other languages are less reliable. "
            "The disclaimer, photo guidance and warning signs are shown in the interface "
            "language."))
        self.threads.setSpecialValueText(self.tr("Automatic"))
        self.gpu_layers.setSpecialValueText(self.tr("None (CPU only)"))
        tokens = self.tr(" tokens", "suffix of a number of tokens, with its leading space")
        self.n_ctx.setSuffix(tokens)
        self.max_new_tokens.setSuffix(tokens)
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setSuffix(self.tr(" min without use",
                                         "suffix of a number of minutes, with its leading space"))
        self.deterministic.setText(self.tr("&Deterministic (same photo and question, same "
                                           "answer)"))
        self.deterministic.setAccessibleName(self.tr("Deterministic answers"))
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setToolTip(self.tr("Resets how the model runs and answers and the automatic "
                                   "lock; the languages stay as they are."))
        self._fit()

    def _fit(self) -> None:
        """Grow to show every text whole in the current language (wrapped labels need a height
        for their width, which a window's minimum size does not take into account)."""
        layout = self.layout()
        layout.activate()
        width = max(self.width() if self.isVisible() else 0, self.sizeHint().width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        height = max(height, self.sizeHint().height(), self.height() if self.isVisible() else 0)
        self.resize(width, height)

    # --- values -------------------------------------------------------------------------------

    def _interface_language_picked(self, _index: int) -> None:
        """Answers follow the interface language unless the user chose another one."""
        new = self.interface_language.currentData()
        if self.language.currentData() == self._interface_shown:
            index = self.language.findData(new)
            if index >= 0:
                self.language.setCurrentIndex(index)
        self._interface_shown = new

    def _speculative_note(self) -> str:
        """What the loaded pack's trial measured here, or what "automatic" will do."""
        trial = self._draft_trial
        if trial is None:
            return self.tr("Automatic measures it once when a pack is first loaded with these "
                           "settings (three short answers) and remembers the result.")
        verdict = self.tr("on") if trial.worth_it else self.tr("off")
        return self.tr("Measured with the loaded pack on this computer: {plain:.1f} words per "
                       "second without it, {draft:.1f} with it ({gain:.2f}x), so automatic keeps "
                       "it {verdict}.").format(
            plain=trial.plain_tokens_per_s * WORDS_PER_TOKEN,
            draft=trial.draft_tokens_per_s * WORDS_PER_TOKEN, gain=trial.gain, verdict=verdict)

    def _select(self, combo: QComboBox, code: str) -> None:
        combo.setCurrentIndex(max(combo.findData(code), 0))

    def _load(self, s: AppSettings) -> None:
        self.threads.setValue(s.threads)
        self.gpu_layers.setValue(s.gpu_layers)
        self.n_ctx.setValue(s.n_ctx)
        self._select(self.vision_backend, s.vision_backend)
        self._select(self.speculative, s.speculative)
        self.temperature.setValue(s.temperature)
        self.top_p.setValue(s.top_p)
        self.max_new_tokens.setValue(s.max_new_tokens)
        self.deterministic.setChecked(s.deterministic)
        self.auto_lock.setValue(s.auto_lock_minutes)
        self._select(self.language, s.answer_language)
        self._select(self.theme, s.theme)
        self._select(self.interface_language, s.language or self._language_at_open)

    def restore_defaults(self) -> None:
        """The default settings, except for the two languages and the theme."""
        self._load(dataclasses.replace(AppSettings(), language=self.interface_language.currentData(),
                                       answer_language=self.language.currentData(),
                                       theme=self.theme.currentData()))

    def result_settings(self) -> AppSettings:
        """The edited settings (app state such as the current pack is carried over)."""
        interface = self.interface_language.currentData()
        if not self._original.language and interface == self._language_at_open:
            interface = ""  # never chosen and not changed: keep following the system's language
        return dataclasses.replace(
            self._original,
            threads=self.threads.value(), gpu_layers=self.gpu_layers.value(),
            n_ctx=self.n_ctx.value(), vision_backend=self.vision_backend.currentData(),
            speculative=self.speculative.currentData(),
            temperature=round(self.temperature.value(), 2),
            top_p=round(self.top_p.value(), 2), max_new_tokens=self.max_new_tokens.value(),
            deterministic=self.deterministic.isChecked(),
            auto_lock_minutes=self.auto_lock.value(),
            answer_language=self.language.currentData(), language=interface,
            theme=self.theme.currentData())

    def needs_reload(self) -> bool:
        """True if a change only takes effect after loading the pack again."""
        new = self.result_settings()
        return any(getattr(new, f) != getattr(self._original, f) for f in RELOAD_FIELDS)

    def accept(self) -> None:
        """Close with the edited settings, switching the interface language and the theme if
        they changed."""
        apply_theme_choice(self.theme.currentData())
        interface = self.interface_language.currentData()
        if interface != current_language():
            app = QApplication.instance()
            if app is not None:
                install_language(app, interface)
        super().accept()
