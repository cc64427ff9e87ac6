"""The fixed texts of a report (headings, explanations, the disclaimer), per language.

English lives in ``resources/report/texts_en.json``, the source every translation follows; the
translations are the ``report.*`` keys of ``resources/texts/<code>.json``, read through
:func:`skingpt_desktop.core.i18n.data_text` (English, logged, for a key a translation lacks).
The model never writes them. The English file must have every key the reports use; a file
that lacks one is rejected with the key's name.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from skingpt_desktop.core.i18n import (
    SOURCE_LANGUAGE,
    UnknownLanguageError,
    data_text,
    validate_language,
)
from skingpt_desktop.core.report.resources import LabelSpaceError, load_json, require

DEFAULT_LANGUAGE = SOURCE_LANGUAGE
REQUIRED_KEYS = (
    "patient_title", "clinician_title", "created", "short_disclaimer", "red_flags_heading", "red_flags_intro",
    "next_steps_heading", "patient_summary_heading", "resembles_heading", "resembles_note",
    "photo_heading", "concepts_heading", "urgency_heading", "set_by_rule", "set_by_model",
    "set_by_default", "model_estimate", "fired_heading", "questions_heading",
    "transcript_heading", "question", "answer", "pack_heading", "pack_name", "pack_sha256",
    "file_sha256", "model_card", "license", "generation", "notes_heading", "none", "no_summary",
    "disclaimer_heading", "disclaimer", "patient_heading", "patient_name", "clinic_number",
    "birth_year", "sex", "fitzpatrick", "allergies", "case_heading", "case_title", "body_site",
    "onset", "symptoms", "status", "not_recorded", "page_of", "model_suggests", "model_reason",
    "model_capped", "no_sign_ticked", "follows", "change_note",
    # stored values as printed (a patient's sex, a case's status)
    "sex_female", "sex_male", "sex_intersex", "sex_other", "sex_unknown",
    "status_open", "status_follow-up", "status_referred", "status_closed",
    # the patient report's lines for the clinic to fill in by hand
    "clinic_line", "appointment_line", "case_photos_heading",
)
log = logging.getLogger(__name__)
PLACEHOLDERS = {"set_by_rule": ("{label}",), "page_of": ("{page}", "{pages}"),  # must survive
                "model_suggests": ("{level}",), "model_capped": ("{level}",)}


@lru_cache(maxsize=8)
def report_texts(language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """The fixed texts for ``language`` (``LabelSpaceError`` for an unsupported language or a
    short English file; a translation's gaps are filled with English)."""
    try:
        language = validate_language(language)
    except UnknownLanguageError as exc:
        raise LabelSpaceError(str(exc)) from None
    name = f"texts_{SOURCE_LANGUAGE}.json"
    english = load_json(name)
    texts = {key: require(english, key, str, name) for key in REQUIRED_KEYS}
    if language == SOURCE_LANGUAGE:
        return texts
    translated = {key: data_text(f"report.{key}", language) for key in REQUIRED_KEYS}
    for key, markers in PLACEHOLDERS.items():
        lost = [m for m in markers if m not in translated[key]]
        if lost:  # a broken template would drop the rule's name or the page number
            log.warning("the %s text %r lacks %s; showing the English text", language,
                        f"report.{key}", ", ".join(lost))
            translated[key] = texts[key]
    return translated
