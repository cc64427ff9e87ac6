"""The structured summary from a real (tiny, random) model: grammar-constrained output always
parses and names only known labels, even when the token budget is tight; bad output from
elsewhere is cleaned and its unknown labels are dropped and noted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import synthetic_skin_photo

from skingpt_desktop.core.engine import Engine
from skingpt_desktop.core.llm.grammar import GrammarConstraint, GrammarError
from skingpt_desktop.core.llm.llm import GenerationSettings
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.report import (
    default_checklist,
    default_label_spaces,
    parse_summary,
    summarise,
)
from skingpt_desktop.core.report.schema import default_summary_schema
from skingpt_desktop.core.report.summary import FINISH_MARGIN, clean_text

SEEDS = range(20)


@pytest.fixture(scope="module")
def engine(tiny_pack: Path):
    engine = Engine.load(ModelPack.open(tiny_pack))
    yield engine
    engine.close()


def _chat(engine: Engine, seed: int):
    chat = engine.start_chat(synthetic_skin_photo(seed % 5))
    chat.ask("What is this?", GenerationSettings(max_new_tokens=8, seed=seed))
    return chat


def _assert_only_known_labels(data: dict) -> None:
    labels = default_label_spaces()
    assert set(data) == {"concepts", "differential", "patient_summary", "clinician_questions", "urgency",
                         "urgency_reason"}
    assert all(c in labels.concepts for c in data["concepts"]) and len(data["concepts"]) <= 6
    assert len(data["differential"]) <= 3
    assert all(labels.class_by_id(d["condition"]) and isinstance(d["reason"], str)
               for d in data["differential"])
    assert data["urgency"] in default_checklist().urgency_ids


@pytest.mark.parametrize("seed", SEEDS)
def test_summary_always_parses_with_only_known_labels(engine: Engine, seed: int) -> None:
    # The smallest budget the summary takes: most answers must be closed early to fit.
    summary, answer = summarise(_chat(engine, seed), GenerationSettings(seed=seed), max_tokens=64)
    assert answer.stop_reason == "eos", "the constrained answer must end by itself"
    _assert_only_known_labels(json.loads(answer.text, strict=False))
    assert summary.notes == ()  # nothing had to be dropped: the grammar allowed only known labels
    assert summary.model_urgency in default_checklist().urgency_ids


def test_the_budget_is_respected_and_closing_is_only_a_last_resort(engine: Engine) -> None:
    schema = default_summary_schema()
    reserve = len(schema.minimal_json.encode()) + FINISH_MARGIN
    summary, answer = summarise(_chat(engine, 3), GenerationSettings(seed=3), max_tokens=64)
    assert answer.generated_tokens <= reserve + FINISH_MARGIN
    long_summary, long_answer = summarise(_chat(engine, 3), GenerationSettings(seed=3), max_tokens=900)
    assert long_answer.stop_reason == "eos" and json.loads(long_answer.text, strict=False)
    assert len(long_answer.text) > len(answer.text)  # a larger budget is used, not cut short


def test_deterministic_summaries_repeat(engine: Engine) -> None:
    settings = GenerationSettings(deterministic=True)
    first = summarise(_chat(engine, 1), settings, max_tokens=64)[1].text
    assert summarise(_chat(engine, 1), settings, max_tokens=64)[1].text == first


def test_a_constrained_answer_may_contain_the_stop_string(engine: Engine) -> None:
    chat = _chat(engine, 0)
    with GrammarConstraint(engine.llm, 'root ::= "a###b"', budget=16) as constraint:
        answer = chat.ask("Say it.", GenerationSettings(max_new_tokens=16), constraint=constraint)
    assert answer.text == "a###b" and answer.stop_reason == "eos"


def test_a_bad_grammar_is_a_clear_error(engine: Engine) -> None:
    with pytest.raises(GrammarError, match="rejected the grammar"):
        GrammarConstraint(engine.llm, "root ::= (", budget=8)


def test_parse_drops_unknown_labels_and_notes_them() -> None:
    text = json.dumps({
        "concepts": ["Plaque", "Sparkly", "Plaque", "Scale"],
        "differential": [{"condition": "psoriasis_lichen_planus", "reason": "Silvery\u0007 scale."},
                         {"condition": "dragon_pox", "reason": "?"},
                         {"condition": "psoriasis_lichen_planus", "reason": "again"}],
        "patient_summary": "A red\npatch.", "clinician_questions": ["How long?", "How long?"],
        "urgency": "whenever"})
    summary = parse_summary(text)
    assert summary.concepts == ("Plaque", "Scale")
    assert [d.condition for d in summary.differential] == ["psoriasis_lichen_planus"]
    assert summary.differential[0].reason == "Silvery scale."
    assert summary.patient_summary == "A red patch." and summary.clinician_questions == ("How long?",)
    assert summary.model_urgency is None
    assert any("Sparkly" in n for n in summary.notes) and any("dragon_pox" in n for n in summary.notes)
    assert any("whenever" in n for n in summary.notes)


def test_unreadable_output_gives_an_empty_summary_with_a_note() -> None:
    summary = parse_summary('{"concepts": ["Pla')
    assert summary.concepts == () and summary.model_urgency is None
    assert "incomplete" in summary.notes[0]


def test_clean_text_removes_control_characters_and_lone_surrogates() -> None:
    assert clean_text("a\x00b\tc\ud800d  e") == "a b c d e"
    assert clean_text(None) == ""
