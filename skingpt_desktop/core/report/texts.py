"""The fixed texts of a report (headings, explanations, the disclaimer), per language.

They live in ``resources/report/texts_<language>.json`` so that they can be translated and
reviewed without touching code; the model never writes them. A file that lacks a key the
reports use is rejected with the key's name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from skingpt_desktop.core.report.resources import LabelSpaceError, load_json, require

DEFAULT_LANGUAGE = "en"
REQUIRED_KEYS = (
    "patient_title", "clinician_title", "created", "short_disclaimer", "red_flags_heading", "red_flags_intro",
    "next_steps_heading", "patient_summary_heading", "resembles_heading", "resembles_note",
    "photo_heading", "concepts_heading", "urgency_heading", "set_by_rule", "set_by_model",
    "set_by_default", "model_estimate", "fired_heading", "questions_heading",
    "transcript_heading", "question", "answer", "pack_heading", "pack_name", "pack_sha256",
    "file_sha256", "model_card", "license", "generation", "notes_heading", "none", "no_summary",
    "disclaimer_heading", "disclaimer",
)
_LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")


@lru_cache(maxsize=8)
def report_texts(language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """The fixed texts for ``language`` (``LabelSpaceError`` if the file is missing or short)."""
    if not _LANGUAGE.match(language):
        raise LabelSpaceError(f"{language!r} is not a language code such as 'en' or 'pt_BR'")
    name = f"texts_{language}.json"
    data = load_json(name)
    return {key: require(data, key, str, name) for key in REQUIRED_KEYS}
