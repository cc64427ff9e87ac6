"""The structured summary: one more, grammar-constrained model call after the chat.

The question (``resources/report/summary_prompt.txt``) asks the model to fill the summary
schema; llama.cpp's grammar sampler keeps every token inside the schema's grammar, so the answer
is JSON of the right shape even from a model with random weights. The parsed answer is then
validated against the label spaces: unknown labels are dropped and noted, duplicates removed,
text cleaned of control characters. The differential is what the model's description
*resembles*, never a diagnosis; the reports say so.
"""

from __future__ import annotations

import dataclasses
import json
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

from skingpt_desktop.core.llm.chat_session import Answer
from skingpt_desktop.core.llm.grammar import GrammarConstraint
from skingpt_desktop.core.llm.llm import GenerationSettings
from skingpt_desktop.core.report.checklist import Checklist, default_checklist
from skingpt_desktop.core.report.labels import LabelSpaces, default_label_spaces
from skingpt_desktop.core.report.resources import report_resource
from skingpt_desktop.core.report.schema import SummarySchema, default_summary_schema

PROMPT_FILE = "summary_prompt.txt"
SUMMARY_MAX_TOKENS = 512  # the schema's limits allow about 500 English tokens; finishing covers the rest
FINISH_MARGIN = 64  # tokens beyond the shortest completion: an open string, enum or item to close
MAX_DIFFERENTIAL = 3


@dataclass(frozen=True)
class DifferentialItem:
    """A disease class the description resembles, with the model's one-sentence reason."""

    condition: str  # a class id from disease_classes.json
    reason: str


@dataclass(frozen=True)
class Summary:
    """The validated summary; ``notes`` say what validation dropped or why fields are empty."""

    concepts: tuple[str, ...] = ()
    differential: tuple[DifferentialItem, ...] = ()
    patient_summary: str = ""
    clinician_questions: tuple[str, ...] = ()
    model_urgency: str | None = None
    notes: tuple[str, ...] = ()
    raw: str = ""  # the model's JSON text, as generated
    urgency_reason: str = ""  # the model's one sentence on why ``model_urgency``

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        data = dataclasses.asdict(self)
        data["differential"] = [dataclasses.asdict(d) for d in self.differential]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Summary":
        """The inverse of ``to_dict``."""
        return cls(tuple(data.get("concepts", ())),
                   tuple(DifferentialItem(str(d["condition"]), str(d["reason"]))
                         for d in data.get("differential", ())),
                   str(data.get("patient_summary", "")), tuple(data.get("clinician_questions", ())),
                   data.get("model_urgency"), tuple(data.get("notes", ())), str(data.get("raw", "")),
                   str(data.get("urgency_reason", "")))


def clean_text(value: object) -> str:
    """Model text made safe to show and store: control characters and unpaired surrogates
    become spaces, runs of whitespace one space."""
    if not isinstance(value, str):
        return ""
    chars = (" " if unicodedata.category(c) in ("Cc", "Cs") else c for c in value)
    return " ".join("".join(chars).split())


def summary_question(labels: LabelSpaces, checklist: Checklist) -> str:
    """The summary prompt with the allowed labels filled in (no ``str.format`` on data)."""
    template = report_resource(PROMPT_FILE).read_text(encoding="utf-8").strip()
    return (template.replace("{concepts}", ", ".join(labels.concepts))
            .replace("{conditions}", ", ".join(labels.class_ids))
            .replace("{urgency}", ", ".join(checklist.urgency_ids)))


def _known_concepts(items: object, labels: LabelSpaces, notes: list[str]) -> tuple[str, ...]:
    """Known concepts in the model's order, each once; unknown ones noted."""
    kept: list[str] = []
    for item in items if isinstance(items, list) else []:
        name = clean_text(item)
        if name not in labels.concepts:
            notes.append(f"dropped an unknown concept: {name[:60]!r}")
        elif name not in kept:
            kept.append(name)
    return tuple(kept)


def _known_differential(items: object, labels: LabelSpaces,
                        notes: list[str]) -> tuple[DifferentialItem, ...]:
    """Up to three known classes in the model's order, each once, with cleaned reasons."""
    kept: list[DifferentialItem] = []
    for item in items if isinstance(items, list) else []:
        condition = clean_text(item.get("condition")) if isinstance(item, dict) else ""
        if labels.class_by_id(condition) is None:
            notes.append(f"dropped an unknown condition: {condition[:60]!r}")
        elif condition not in {d.condition for d in kept} and len(kept) < MAX_DIFFERENTIAL:
            kept.append(DifferentialItem(condition, clean_text(item.get("reason"))))
    return tuple(kept)


def _questions(items: object) -> tuple[str, ...]:
    questions = (clean_text(q) for q in (items if isinstance(items, list) else []))
    return tuple(dict.fromkeys(q for q in questions if q))


def parse_summary(text: str, labels: LabelSpaces | None = None,
                  checklist: Checklist | None = None) -> Summary:
    """Validate the model's JSON ``text`` against the label spaces.

    Never raises for bad model output: what cannot be used is dropped and named in ``notes``
    (an unreadable answer gives an empty summary with a note).
    """
    labels, checklist = labels or default_label_spaces(), checklist or default_checklist()
    try:
        data = json.loads(text, strict=False)  # the grammar allows raw control characters
    except json.JSONDecodeError:
        data = None
    if not isinstance(data, dict):
        return Summary(notes=("the model's summary was incomplete or not JSON; it was left out",),
                       raw=text)
    notes: list[str] = []
    urgency = data.get("urgency")
    if urgency is not None and urgency not in checklist.urgency_ids:
        notes.append(f"ignored an unknown urgency: {clean_text(urgency)[:40]!r}")
        urgency = None
    return Summary(concepts=_known_concepts(data.get("concepts"), labels, notes),
                   differential=_known_differential(data.get("differential"), labels, notes),
                   patient_summary=clean_text(data.get("patient_summary")),
                   clinician_questions=_questions(data.get("clinician_questions")),
                   model_urgency=urgency, notes=tuple(notes), raw=text,
                   urgency_reason=clean_text(data.get("urgency_reason")) if urgency else "")


def summary_budget(chat, question: str, limit: int, reserve: int) -> int:
    """Tokens for the summary: ``limit``, or less when that keeps the whole conversation in
    the context window (never less than the finishing reserve plus a margin)."""
    room = chat.session.room_for_answer(question)
    return max(min(limit, room), reserve + FINISH_MARGIN)


def summarise(chat, settings: GenerationSettings, *, max_tokens: int = SUMMARY_MAX_TOKENS,
              schema: SummarySchema | None = None, labels: LabelSpaces | None = None,
              checklist: Checklist | None = None,
              cancel: threading.Event | None = None) -> tuple[Summary, Answer]:
    """Ask ``chat`` (an ``engine.Chat``) for the summary under the schema's grammar.

    ``settings`` are the conversation's generation settings (their ``max_new_tokens`` is
    replaced by the summary's budget). Returns the validated summary and the raw answer.
    """
    labels, checklist = labels or default_label_spaces(), checklist or default_checklist()
    schema = schema or default_summary_schema()
    question = summary_question(labels, checklist)
    reserve = len(schema.minimal_json.encode("utf-8")) + FINISH_MARGIN
    budget = summary_budget(chat, question, max_tokens, reserve)
    gen = dataclasses.replace(settings, max_new_tokens=budget, min_new_tokens=0)
    with GrammarConstraint(chat.engine.llm, schema.gbnf, budget, reserve) as constraint:
        answer = chat.ask(question, gen, cancel=cancel, constraint=constraint)
    return parse_summary(answer.text, labels, checklist), answer
