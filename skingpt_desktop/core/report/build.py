"""Assembling a report: summary call, urgency rule, pack identity, photo and transcript.

``make_report`` is what the CLI and the app's report dialog call after a conversation: it asks the
chat for the constrained summary, applies the warning-sign rules, and returns a ``Report``
ready to render or store. Nothing here writes a file.
"""

from __future__ import annotations

import dataclasses
import hashlib
import threading
from collections.abc import Sequence
from typing import Any

from skingpt_desktop.core.llm.llm import GenerationSettings
from skingpt_desktop.core.packs.pack import MANIFEST_NAME, ModelCard, ModelPack
from skingpt_desktop.core.report.checklist import Checklist, default_checklist
from skingpt_desktop.core.report.model import PackInfo, Report, TranscriptTurn, now_iso
from skingpt_desktop.core.report.summary import SUMMARY_MAX_TOKENS, summarise
from skingpt_desktop.core.report.texts import DEFAULT_LANGUAGE, report_texts
from skingpt_desktop.core.report.triage import check_symptoms, triage


def card_summary(card: ModelCard) -> str:
    """The model card in a few sentences: provenance, intended use, known limits."""
    limits = " ".join(card.limitations)
    return f"{card.provenance} Intended use: {card.intended_use} Limitations: {limits}".strip()


def pack_info(pack: ModelPack) -> PackInfo:
    """The pack's identity as a report records it."""
    manifest = (pack.root / MANIFEST_NAME).read_bytes()
    return PackInfo(name=pack.name, display_name=pack.manifest.display_name,
                    manifest_sha256=hashlib.sha256(manifest).hexdigest(),
                    files_sha256={f.role: f.sha256 for f in pack.manifest.files},
                    card_summary=card_summary(pack.card), license=pack.card.license)


def generation_record(settings: GenerationSettings, summary_tokens: int,
                      seeds: Sequence[int]) -> dict[str, Any]:
    """The generation settings as a report shows them (JSON-ready)."""
    record = dataclasses.asdict(settings)
    record["logit_bias"] = {str(k): v for k, v in settings.logit_bias.items()}
    record["summary_max_tokens"] = summary_tokens
    record["seeds"] = list(seeds)
    return record


def make_report(chat, turns: Sequence[TranscriptTurn], photo_jpeg: bytes, symptoms: Sequence[str],
                settings: GenerationSettings, pack: ModelPack, *,
                checklist: Checklist | None = None, language: str = DEFAULT_LANGUAGE,
                summary_tokens: int = SUMMARY_MAX_TOKENS, seeds: Sequence[int] = (),
                cancel: threading.Event | None = None) -> Report:
    """Summarise the conversation in ``chat`` and build the report.

    ``turns`` is the conversation as it is to be shown (the summary question is not part of
    it); ``photo_jpeg`` the photo re-encoded without metadata; ``symptoms`` the ticked warning
    signs' ids (``UnknownSymptomError`` for an unknown one, raised before the model runs).
    """
    checklist = checklist or default_checklist()
    check_symptoms(checklist, symptoms)
    texts = report_texts(language)
    summary, answer = summarise(chat, settings, max_tokens=summary_tokens, checklist=checklist,
                                cancel=cancel)
    result = triage(checklist, symptoms, summary.model_urgency)
    return Report(created=now_iso(), language=language, photo_jpeg=photo_jpeg,
                  transcript=tuple(turns), summary=summary, triage=result, pack=pack_info(pack),
                  generation=generation_record(settings, summary_tokens, [*seeds, answer.seed]),
                  disclaimer=texts["disclaimer"])
