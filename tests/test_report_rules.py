"""The report's data files and the warning-sign rules, as a user depends on them: the label
spaces match the paper, every ticked warning sign sets its urgency whatever the model says,
the model can raise the urgency but never lower it, and a broken data file names its bad field."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from skingpt_desktop.core.report import (
    LabelSpaceError,
    UnknownSymptomError,
    default_checklist,
    default_label_spaces,
    load_checklist,
    load_label_spaces,
    triage,
)
from skingpt_desktop.core.report.checklist import URGENCY_IDS
from skingpt_desktop.core.report.schema import build_summary_schema, default_summary_schema
from skingpt_desktop.core.texts import resources_dir

DATA = resources_dir() / "report"
RED_FLAGS = json.loads((DATA / "red_flags.json").read_text(encoding="utf-8"))
SYMPTOM_IDS = [s["id"] for s in RED_FLAGS["symptoms"]]
RANK = {u: i for i, u in enumerate(URGENCY_IDS)}


def test_label_spaces_are_the_papers() -> None:
    labels = default_label_spaces()
    assert len(labels.concepts) == 48 and len(set(labels.concepts)) == 48
    for name in ("Vesicle", "Purpura/Petechiae", "Brown (hyperpigmentation)", "Cyst", "Wheal"):
        assert name in labels.concepts
    assert len(labels.classes) == 16 and labels.class_ids[-1] == "other"
    assert labels.class_by_id("fungal_infections").examples == ("nail fungus", "tinea", "candidiasis")
    assert labels.class_by_id("melanoma_nevi_moles") is not None


def test_checklist_covers_the_warning_signs_the_issue_names() -> None:
    ids = {s.id for s in default_checklist().symptoms}
    assert {"fever_unwell", "spreading_redness", "severe_pain", "blisters_mucosa",
            "face_swelling_breathing", "non_blanching_rash", "changing_mole", "non_healing_sore",
            "immunosuppressed", "infant_under_3_months"} <= ids
    for symptom in default_checklist().symptoms:
        assert symptom.sources and all(s.name and s.section for s in symptom.sources)
        assert symptom.label[0].isupper() and symptom.instruction.endswith(".")


@pytest.mark.parametrize("symptom_id", SYMPTOM_IDS)
def test_every_rule_fires_and_the_model_cannot_lower_it(symptom_id: str) -> None:
    expected = next(s["urgency"] for s in RED_FLAGS["symptoms"] if s["id"] == symptom_id)
    result = triage(default_checklist(), [symptom_id], model_urgency="routine")
    assert result.fired == (symptom_id,)
    assert result.urgency == expected
    assert result.set_by == symptom_id  # the report names the rule, not the model


RANK = {"routine": 0, "within_2_weeks": 1, "same_day": 2, "emergency": 3}


@pytest.mark.parametrize("symptom_id", SYMPTOM_IDS)
@pytest.mark.parametrize("model", ["emergency", "same_day", "within_2_weeks"])
def test_the_model_raises_the_urgency_at_most_to_two_weeks(symptom_id: str, model: str) -> None:
    expected = next(s["urgency"] for s in RED_FLAGS["symptoms"] if s["id"] == symptom_id)
    result = triage(default_checklist(), [symptom_id], model_urgency=model)
    if RANK[expected] >= RANK["within_2_weeks"]:
        assert (result.urgency, result.set_by) == (expected, symptom_id)
    else:
        assert (result.urgency, result.set_by) == ("within_2_weeks", "model")
    assert result.rule_urgency == expected and result.model_urgency == model


@pytest.mark.parametrize("model", ["emergency", "same_day"])
def test_a_model_claiming_an_emergency_alone_gives_two_weeks_at_most(model: str) -> None:
    """Only a ticked warning sign can call for emergency or same-day care (a model with wrong
    or random weights must not send anyone to the emergency department)."""
    from skingpt_desktop.core.report.summary import parse_summary

    summary = parse_summary('{"concepts": [], "differential": [], "patient_summary": "", '
                            f'"clinician_questions": [], "urgency": "{model}", '
                            '"urgency_reason": "Looks dangerous."}')
    assert summary.model_urgency == model and summary.urgency_reason == "Looks dangerous."
    result = triage(default_checklist(), [], summary.model_urgency)
    assert (result.urgency, result.set_by) == ("within_2_weeks", "model")
    assert result.rule_urgency == "routine" and result.model_urgency == model
    swelling = triage(default_checklist(), ["face_swelling_breathing"], summary.model_urgency)
    assert (swelling.urgency, swelling.set_by) == ("emergency", "face_swelling_breathing")


def test_the_most_urgent_rule_wins_and_is_named() -> None:
    result = triage(default_checklist(), ["changing_mole", "non_blanching_rash", "fever_unwell"],
                    model_urgency=None)
    assert result.urgency == "emergency" and result.set_by == "non_blanching_rash"
    assert set(result.fired) == {"changing_mole", "non_blanching_rash", "fever_unwell"}


def test_without_ticks_the_model_estimate_is_used_and_unknown_estimates_ignored() -> None:
    checklist = default_checklist()
    assert triage(checklist, [], "within_2_weeks").urgency == "within_2_weeks"
    assert triage(checklist, [], "same_day").urgency == "within_2_weeks"
    assert triage(checklist, [], None).set_by == "default"
    assert triage(checklist, [], "tomorrow").urgency == "routine"
    assert triage(checklist, ["changing_mole"], "tomorrow").urgency == "within_2_weeks"


def test_unknown_symptom_is_refused() -> None:
    with pytest.raises(UnknownSymptomError, match="not_a_sign"):
        triage(default_checklist(), ["not_a_sign"], None)


def _broken_copy(tmp_path: Path, name: str, change) -> Path:
    folder = tmp_path / "report"
    shutil.copytree(DATA, folder)
    data = json.loads((folder / name).read_text(encoding="utf-8"))
    change(data)
    (folder / name).write_text(json.dumps(data), encoding="utf-8")
    return folder


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["symptoms"][3].update(urgency="soon"), r"symptoms\[3\]\.urgency 'soon'"),
    (lambda d: d["symptoms"][0].pop("instruction"), r"symptoms\[0\]\.instruction is missing"),
    (lambda d: d["symptoms"][2].update(sources=[]), r"symptoms\[2\]\.sources must cite"),
    (lambda d: d["symptoms"].append(dict(d["symptoms"][0])), "occurs twice"),
    (lambda d: d["urgency_levels"].pop(), "urgency_levels must be exactly"),
])
def test_a_broken_checklist_names_the_bad_field(tmp_path: Path, change, message: str) -> None:
    with pytest.raises(LabelSpaceError, match=message):
        load_checklist(_broken_copy(tmp_path, "red_flags.json", change))


def test_a_broken_label_space_names_the_bad_field(tmp_path: Path) -> None:
    folder = _broken_copy(tmp_path, "skincon_concepts.json", lambda d: d["concepts"].pop())
    with pytest.raises(LabelSpaceError, match="lists 47 names"):
        load_label_spaces(folder)
    folder = _broken_copy(tmp_path / "b", "disease_classes.json",
                          lambda d: d["classes"][1].update(id="Bad Id"))
    with pytest.raises(LabelSpaceError, match=r"classes\[1\]\.id 'Bad Id'"):
        load_label_spaces(folder)


def test_schema_enumerations_come_from_the_label_spaces(tmp_path: Path) -> None:
    schema = default_summary_schema()
    defs = schema.schema["$defs"]
    assert defs["concept"]["enum"] == list(default_label_spaces().concepts)
    assert defs["condition"]["enum"] == list(default_label_spaces().class_ids)
    assert defs["urgency"]["enum"] == list(URGENCY_IDS)
    assert all(set(d) == {"type", "enum"} for d in defs.values())  # no x- keys reach the grammar
    assert '\\"Purpura/Petechiae\\"' in schema.gbnf and "char{0,500}" in schema.gbnf
    assert json.loads(schema.minimal_json)["concepts"] == []
    folder = _broken_copy(tmp_path, "summary_schema.json",
                          lambda d: d["$defs"]["concept"].update({"x-label-space": "moods"}))
    with pytest.raises(LabelSpaceError, match="unknown x-label-space 'moods'"):
        build_summary_schema(default_label_spaces(), default_checklist(), folder)


def test_the_layering_check_covers_the_report_package() -> None:
    from test_layering import _core_modules

    modules = _core_modules()
    assert {"skingpt_desktop.core.report.summary", "skingpt_desktop.core.report.triage",
            "skingpt_desktop.core.llm.grammar"} <= set(modules)
