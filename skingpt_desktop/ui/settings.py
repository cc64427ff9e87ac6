"""App settings: a small JSON file in the data folder, validated field by field.

Settings hold no patient data (they are the machine's preferences: threads, sampling, the chosen
pack), so they are stored in plain JSON next to the vault, not inside it. Unknown or out-of-range
values in the file fall back to their defaults instead of stopping the app.

A command line may override a setting for one run (``--lang ar``): the store then keeps saving
the value the user chose, until the user changes that setting in the app.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from skingpt_desktop.core.atomic_files import write_atomically
from skingpt_desktop.core.bounded_input import read_json
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.i18n import LANGUAGES, language_codes

SETTINGS_FILENAME = "settings.json"
MAX_SETTINGS_BYTES = 1 << 20  # a real settings file is under 2 KiB

# Answer languages offered in Settings: code -> the name used in the instruction to the model
# ("Please answer in Spanish."). The interface languages come first, with the codes of
# skingpt_desktop.core.i18n; the others are languages the model may answer in although the
# interface has no translation for them.
ANSWER_LANGUAGES: dict[str, str] = {
    **{language.code: language.model_name for language in LANGUAGES},
    "de": "German",
    "it": "Italian",
    "nl": "Dutch",
    "pl": "Polish",
    "tr": "Turkish",
}
# Each answer language in its own script, as the Settings dialog lists them.
ANSWER_LANGUAGE_NATIVE_NAMES: dict[str, str] = {
    **{language.code: language.native_name for language in LANGUAGES},
    "de": "Deutsch",
    "it": "Italiano",
    "nl": "Nederlands",
    "pl": "Polski",
    "tr": "Türkçe",
}
# Codes saved by earlier versions, which had one Portuguese and one Chinese.
_OLD_ANSWER_CODES = {"pt": "pt_BR", "zh": "zh_CN"}

# The look: follow the system's colour scheme, or always light, or always dark (ui/theme.py).
THEME_CHOICES = ("system", "light", "dark", "contrast")

# How the vision tower runs (core/vision_backend.py): ggml when it passes its self-check,
# always ggml, or the exact numpy tower.
VISION_BACKEND_CHOICES = ("auto", "ggml", "numpy")

# Speculative decoding (core/llm/speculative.py): on only where a short trial at the pack's
# first load measured it faster on this computer (core/llm/speed_trial.py), always, or never.
SPECULATIVE_CHOICES = ("auto", "on", "off")

# Field -> (minimum, maximum) for numbers; the settings dialog uses the same table.
NUMERIC_BOUNDS: dict[str, tuple[float, float]] = {
    "threads": (0, 256),
    "gpu_layers": (0, 999),
    "n_ctx": (512, 32768),
    "temperature": (0.1, 2.0),
    "top_p": (0.05, 1.0),
    "max_new_tokens": (16, 2048),
    "auto_lock_minutes": (0, 240),
}


@dataclass
class AppSettings:
    """Everything the Settings dialog edits, plus a little app state."""

    threads: int = 0  # 0: let llama.cpp choose for this CPU
    gpu_layers: int = 0
    n_ctx: int = 2048  # the reference keeps at most 2000 tokens of context
    vision_backend: str = "auto"  # one of VISION_BACKEND_CHOICES
    # Speculative decoding (the pack's draft model, or prompt lookup), one of SPECULATIVE_CHOICES:
    # by default only where it measured faster on this computer (on the 2-core development
    # machine every configuration ran at 0.52-0.97x the speed without it, docs/performance.md).
    speculative: str = "auto"
    temperature: float = 1.0  # reference demo default
    top_p: float = 0.9
    max_new_tokens: int = 300
    deterministic: bool = False
    auto_lock_minutes: int = 10  # 0: never lock automatically
    answer_language: str = "en"
    language: str = ""  # the interface language; "": not chosen yet (the system's is used)
    current_pack: str = ""  # folder of the pack to load at start
    theme: str = "system"  # one of THEME_CHOICES
    # Model licenses the user accepted (ModelCard.license_key: pack name and license digest).
    accepted_licenses: list[str] = field(default_factory=list)
    disclaimer_accepted: bool = False

    def language_name(self) -> str:
        """English name of the answer language (used in the instruction to the model)."""
        return ANSWER_LANGUAGES.get(self.answer_language, "English")


def _coerce(name: str, default: Any, value: Any) -> Any:
    """``value`` converted to the type of ``default`` and clamped, or ``default`` if unusable."""
    kind = type(default)
    if kind is list:  # of strings
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else default
    if kind is bool:
        return value if isinstance(value, bool) else default
    if kind in (int, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return default
        low, high = NUMERIC_BOUNDS.get(name, (float("-inf"), float("inf")))
        return kind(min(max(value, low), high))
    if kind is str:
        if not isinstance(value, str):
            return default
        if name == "answer_language":
            value = _OLD_ANSWER_CODES.get(value, value)
            return value if value in ANSWER_LANGUAGES else default
        if name == "language":
            return value if value in language_codes() else default
        if name == "theme":
            return value if value in THEME_CHOICES else default
        if name == "vision_backend":
            return value if value in VISION_BACKEND_CHOICES else default
        if name == "speculative":
            return value if value in SPECULATIVE_CHOICES else default
        return value
    return default


class SettingsStore:
    """Loads and saves :class:`AppSettings` as ``settings.json`` in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / SETTINGS_FILENAME
        # field -> (the value to save, the value for this run only)
        self._for_this_run: dict[str, tuple[Any, Any]] = {}

    def load(self) -> AppSettings:
        """The saved settings; defaults for anything missing or invalid."""
        defaults = AppSettings()
        if not self.path.exists():
            return defaults
        try:  # a damaged or hostile file (a FIFO, deep JSON, NaN) falls back to the defaults
            data = read_json(self.path, "the settings file", SkinGPTError,
                             max_bytes=MAX_SETTINGS_BYTES)
        except SkinGPTError:
            return defaults
        if not isinstance(data, dict):
            return defaults
        if "speculative" not in data and data.get("use_draft") is True:
            data["speculative"] = "on"  # the check box of earlier versions, ticked
        values = {f.name: _coerce(f.name, getattr(defaults, f.name), data.get(f.name))
                  if f.name in data else getattr(defaults, f.name) for f in fields(AppSettings)}
        return AppSettings(**values)

    def override_for_this_run(self, settings: AppSettings, **values: Any) -> None:
        """Set ``values`` on ``settings`` for this run only: ``save`` keeps writing the values
        they replace, unless the setting is changed again before that (the user's new choice
        is saved then). Values are checked like those read from the file."""
        defaults = AppSettings()
        for name, value in values.items():
            if name not in {f.name for f in fields(AppSettings)}:
                raise AttributeError(f"no setting called {name!r}")
            value = _coerce(name, getattr(defaults, name), value)
            saved = self._for_this_run.get(name, (getattr(settings, name), None))[0]
            self._for_this_run[name] = (saved, value)
            setattr(settings, name, value)

    def save(self, settings: AppSettings) -> None:
        """Write atomically (temp file + rename) so a crash never leaves half a file."""
        data = dataclasses.asdict(settings)
        for name, (saved, for_this_run) in list(self._for_this_run.items()):
            if data[name] == for_this_run:
                data[name] = saved
            else:  # changed since: from now on the user's own choice
                del self._for_this_run[name]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, json.dumps(data, indent=2, sort_keys=True) + "\n")
