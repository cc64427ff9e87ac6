"""Who and what a report is about: the patient banner and the case details of the clinician
report, taken from the vault's patient and case records when the report is printed."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from skingpt_desktop.core.storage.models import Case, Patient


@dataclass(frozen=True)
class CaseSubject:
    """The patient's identity and the case's details as the clinic recorded them ("" when
    not recorded). Only the clinician report shows them; the patient knows who they are."""

    name: str = ""
    clinic_number: str = ""
    birth_year: int | None = None
    sex: str = ""
    fitzpatrick: str = ""
    allergies: str = ""
    title: str = ""
    body_site: str = ""
    onset: str = ""
    symptoms: str = ""
    status: str = ""

    @classmethod
    def from_records(cls, case: Case, patient: Patient | None) -> CaseSubject:
        """The subject of ``case``, with ``patient`` (None: a case kept without a patient)."""
        subject = cls(title=case.title, body_site=case.body_site, onset=case.onset,
                      symptoms=case.symptoms, status=case.status)
        if patient is None:
            return subject
        return dataclasses.replace(
            subject, name=patient.label or "", clinic_number=patient.clinic_id or "",
            birth_year=patient.birth_year, sex=patient.sex or "",
            fitzpatrick=patient.fitzpatrick or "", allergies=patient.allergies)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CaseSubject:
        """The inverse of ``to_dict``; unknown keys are ignored (a newer app's record)."""
        def text(name: str) -> str:
            value = data.get(name)
            return "" if value is None else str(value)

        year = data.get("birth_year")
        return cls(name=text("name"), clinic_number=text("clinic_number"),
                   birth_year=int(year) if year is not None else None, sex=text("sex"),
                   fitzpatrick=text("fitzpatrick"), allergies=text("allergies"),
                   title=text("title"), body_site=text("body_site"), onset=text("onset"),
                   symptoms=text("symptoms"), status=text("status"))
