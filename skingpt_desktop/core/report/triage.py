"""The urgency rule: the most urgent of the ticked warning signs and the model's own estimate,
the model's capped at "see a doctor within 2 weeks".

Rules come first and cannot be overruled: the model can raise the urgency, never lower it, and
never to emergency or same-day care: only a ticked warning sign (a fixed rule from published
guidance) can call for those. A model with random or wrong weights must not be able to send a
patient to the emergency department. The result names what set the urgency (a warning sign's
id, or "model") and keeps the rules' own level, whose instruction the reports show first; the
model's estimate is shown as a suggestion beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.report.checklist import Checklist

SET_BY_MODEL = "model"
SET_BY_DEFAULT = "default"  # nothing ticked and no model estimate: routine
MODEL_CEILING = "within_2_weeks"  # the most urgent level the model's estimate can set
LOWEST = "routine"


class UnknownSymptomError(SkinGPTError):
    """A symptom id that the checklist does not have."""


@dataclass(frozen=True)
class Triage:
    """How soon to get help and why.

    ``urgency``: the level id; ``set_by``: the symptom id of the rule that set it, "model" when
    the model's estimate was higher than every rule, or "default"; ``fired``: the ticked
    symptoms' ids in checklist order; ``model_urgency``: the model's estimate as it gave it
    (None if none; it counts at most as ``MODEL_CEILING``); ``rule_urgency``: the level of
    the ticked signs alone ("routine" when none), whose instruction leads every report.
    """

    urgency: str
    set_by: str
    fired: tuple[str, ...] = field(default_factory=tuple)
    model_urgency: str | None = None
    rule_urgency: str | None = None  # None: records from before it, see ``rules_level``

    @property
    def rules_level(self) -> str:
        """The ticked signs' own level; for a record without ``rule_urgency`` whose urgency
        the model set, "routine" (no ticked sign was stricter)."""
        if self.rule_urgency:
            return self.rule_urgency
        return LOWEST if self.set_by == SET_BY_MODEL else self.urgency

    def to_dict(self) -> dict:
        """JSON-ready fields."""
        return {"urgency": self.urgency, "set_by": self.set_by, "fired": list(self.fired),
                "model_urgency": self.model_urgency, "rule_urgency": self.rule_urgency}

    @classmethod
    def from_dict(cls, data: dict) -> "Triage":
        """The inverse of ``to_dict``."""
        rules = data.get("rule_urgency")
        return cls(str(data["urgency"]), str(data["set_by"]), tuple(data.get("fired", ())),
                   data.get("model_urgency"), str(rules) if rules else None)


def check_symptoms(checklist: Checklist, symptom_ids: Sequence[str]) -> tuple[str, ...]:
    """The ids in checklist order, without repeats; ``UnknownSymptomError`` for an unknown one."""
    known = [s.id for s in checklist.symptoms]
    for symptom_id in symptom_ids:
        if symptom_id not in known:
            raise UnknownSymptomError(
                f"unknown symptom id {symptom_id!r} (list them with: report --symptoms)")
    return tuple(s for s in known if s in set(symptom_ids))


def capped_model_urgency(checklist: Checklist, model_urgency: str | None) -> str | None:
    """What the model's estimate counts as: itself, at most ``MODEL_CEILING`` (None if none or
    unknown)."""
    rank = {level.id: level.rank for level in checklist.levels}
    if model_urgency not in rank:
        return None
    return model_urgency if rank[model_urgency] <= rank[MODEL_CEILING] else MODEL_CEILING


def triage(checklist: Checklist, symptom_ids: Sequence[str], model_urgency: str | None) -> Triage:
    """Urgency = max(every ticked sign's urgency, the model's capped at ``MODEL_CEILING``);
    ties go to the rule.

    An unknown ``model_urgency`` is ignored (the rules still apply); an unknown symptom id
    raises ``UnknownSymptomError``.
    """
    fired = check_symptoms(checklist, symptom_ids)
    rank = {level.id: level.rank for level in checklist.levels}
    best, set_by = checklist.levels[0].id, SET_BY_DEFAULT
    for symptom_id in fired:
        urgency = checklist.symptom(symptom_id).urgency  # type: ignore[union-attr]
        if set_by == SET_BY_DEFAULT or rank[urgency] > rank[best]:
            best, set_by = urgency, symptom_id
    rules = best
    model = capped_model_urgency(checklist, model_urgency)
    if model is not None and (rank[model] > rank[best] or set_by == SET_BY_DEFAULT):
        best, set_by = model, SET_BY_MODEL
    estimate = model_urgency if model is not None else None
    return Triage(urgency=best, set_by=set_by, fired=fired, model_urgency=estimate,
                  rule_urgency=rules)
