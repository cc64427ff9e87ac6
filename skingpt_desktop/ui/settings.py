"""App settings: a small JSON file in the data folder, validated field by field.

Settings hold no patient data (they are the machine's preferences: threads, sampling, the chosen
pack), so they are stored in plain JSON next to the vault, not inside it. Unknown or out-of-range
values in the file fall back to their defaults instead of stopping the app.
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

SETTINGS_FILENAME = "settings.json"

# Answer languages offered in Settings: code -> (name shown, name used in the instruction).
ANSWER_LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "German",
    "es": "Spanish",
    "fr": "French",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "pl": "Polish",
    "tr": "Turkish",
    "zh": "Chinese",
    "ar": "Arabic",
    "hi": "Hindi",
}

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
    temperature: float = 1.0  # reference demo default
    top_p: float = 0.9
    max_new_tokens: int = 300
    deterministic: bool = False
    auto_lock_minutes: int = 10  # 0: never lock automatically
    answer_language: str = "en"
    current_pack: str = ""  # folder of the pack to load at start
    disclaimer_accepted: bool = False

    def language_name(self) -> str:
        """English name of the answer language (used in the instruction to the model)."""
        return ANSWER_LANGUAGES.get(self.answer_language, "English")


def _coerce(name: str, default: Any, value: Any) -> Any:
    """``value`` converted to the type of ``default`` and clamped, or ``default`` if unusable."""
    kind = type(default)
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
        if name == "answer_language" and value not in ANSWER_LANGUAGES:
            return default
        return value
    return default


class SettingsStore:
    """Loads and saves :class:`AppSettings` as ``settings.json`` in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / SETTINGS_FILENAME

    def load(self) -> AppSettings:
        """The saved settings; defaults for anything missing or invalid."""
        defaults = AppSettings()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return defaults
        if not isinstance(data, dict):
            return defaults
        values = {f.name: _coerce(f.name, getattr(defaults, f.name), data.get(f.name))
                  if f.name in data else getattr(defaults, f.name) for f in fields(AppSettings)}
        return AppSettings(**values)

    def save(self, settings: AppSettings) -> None:
        """Write atomically (temp file + rename) so a crash never leaves half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(dataclasses.asdict(settings), indent=2, sort_keys=True) + "\n",
                       encoding="utf-8")
        os.replace(tmp, self.path)
