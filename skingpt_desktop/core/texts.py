"""User-facing texts shared by the CLI and the GUI, and where the resource files live.

The disclaimer, the photo tips and the other fixed texts are data in ``resources/`` (English
in ``resources/texts/en.json`` and ``resources/disclaimer.md``, translations beside them) so
translators and reviewers can read them without reading code; this module reads them through
:func:`skingpt_desktop.core.i18n.data_text`, which falls back to English for anything missing.
"""

from __future__ import annotations

from skingpt_desktop.core.i18n import DISCLAIMER_FILE, SOURCE_LANGUAGE, data_file_text, data_text
from skingpt_desktop.core.resource_files import read_resource_text, resources_dir

__all__ = ["DISCLAIMER_SHORT", "capture_guideline", "clinical_prompt_labels",  # noqa: F822 - PEP 562
           "clinical_prompts_shown", "disclaimer_markdown", "disclaimer_short", "format_bytes",
           "read_resource_text", "resources_dir"]

CLINICAL_PROMPT_COUNT = 4


def disclaimer_short(language: str = SOURCE_LANGUAGE) -> str:
    """The one-paragraph disclaimer (banner, CLI, JSON output) in ``language``."""
    return data_text("disclaimer.short", language)


def disclaimer_markdown(language: str = SOURCE_LANGUAGE) -> str:
    """The full disclaimer (Markdown) in ``language``: ``resources/disclaimer.md`` in English."""
    return data_file_text(DISCLAIMER_FILE, language)


def capture_guideline(language: str = SOURCE_LANGUAGE) -> str:
    """The photo tips as rich text (HTML: a heading paragraph and a list) in ``language``."""
    return data_text("photo.capture_guideline", language)


def clinical_prompt_labels(language: str = SOURCE_LANGUAGE) -> tuple[str, ...]:
    """Short button labels of the four clinical prompts (with ``&`` mnemonics), in order."""
    return tuple(data_text(f"prompt.{i}.label", language) for i in range(1, CLINICAL_PROMPT_COUNT + 1))


def clinical_prompts_shown(language: str = SOURCE_LANGUAGE) -> tuple[str, ...]:
    """The four clinical prompts as shown to the user in ``language`` (tooltips, the chat).

    What the model is sent is always the reference's English,
    :data:`skingpt_desktop.core.llm.conversation.CLINICAL_PROMPTS`; in English the two are equal.
    """
    return tuple(data_text(f"prompt.{i}.text", language) for i in range(1, CLINICAL_PROMPT_COUNT + 1))


def __getattr__(name: str) -> str:
    # DISCLAIMER_SHORT is read from the data file on first use (PEP 562), not at import.
    if name == "DISCLAIMER_SHORT":
        return disclaimer_short()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def format_bytes(count: float) -> str:
    """1536 -> '1.5 KB' (decimal units, as file managers show them)."""
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if abs(count) < 1000 or unit == "TB":
            return f"{count:.0f} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1000.0
    return f"{count:.1f} TB"
